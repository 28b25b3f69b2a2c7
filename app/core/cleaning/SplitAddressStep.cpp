#include "cleaning/SplitAddressStep.h"

#include "cleaning/CellMapper.h"
#include "normalize/AddressSplitter.h"
#include "normalize/MunicipalityDirectory.h"

#include <QJsonArray>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <vector>

namespace tenarai {

SplitAddressStep::SplitAddressStep()
    // The headers Japanese lists use; they are data (column names), so they are not translated.
    : m_names { QStringLiteral("都道府県"), QStringLiteral("市区町村"), QStringLiteral("町域以降") }
{ }

QList<ParameterSpec> SplitAddressStep::parameterSpecs() const
{
    ParameterSpec column;
    column.key = QStringLiteral("column");
    column.kind = ParameterSpec::Kind::Column;
    column.label = tr("Address column");

    ParameterSpec names;
    names.key = QStringLiteral("names");
    names.kind = ParameterSpec::Kind::TextList;
    names.label = tr("New column names");
    names.help = tr("Three names: prefecture, city, and the rest of the address.");
    names.optional = true;
    return { column, names };
}

QJsonObject SplitAddressStep::parameters() const
{
    return { { QStringLiteral("column"), m_column },
             { QStringLiteral("names"), QJsonArray::fromStringList(m_names) } };
}

Status SplitAddressStep::setParameters(const QJsonObject &parameters)
{
    const QJsonValue column = parameters.value(QStringLiteral("column"));
    if (!column.isString() || column.toString().isEmpty())
        return stepError(tr("“column” must name the address column."));
    QStringList names = SplitAddressStep().m_names;
    const QJsonValue namesValue = parameters.value(QStringLiteral("names"));
    if (!namesValue.isUndefined()) {
        names.clear();
        for (const QJsonValue &v : namesValue.toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                break;
            names << v.toString();
        }
        if (!namesValue.isArray() || names.size() != 3 || namesValue.toArray().size() != 3)
            return stepError(tr("“names” must list three column names: prefecture, city and the rest."));
        if (names.removeDuplicates() > 0)
            return stepError(tr("“names” must list three different column names."));
    }
    m_column = column.toString();
    m_names = names;
    return Ok {};
}

Result<StepOutcome> SplitAddressStep::apply(const Table &input, const StepContext &context) const
{
    const auto found = findColumn(input, m_column);
    if (!found)
        return found.error();
    const int at = found.value();
    for (const QString &name : m_names) {
        const int existing = int(input.columnNames().indexOf(name));
        if (existing >= 0 && existing != at)
            return stepError(tr("The table already has a column with this name; choose other names."), name);
    }
    // Loaded once per process and shared (MunicipalityDirectory::standard() caches it); a broken
    // replacement list named by IT is this step's error, not a silent fallback.
    const auto directory = MunicipalityDirectory::standard();
    if (!directory) {
        Error e = stepError(directory.error().message);
        e.file = directory.error().file;
        return e;
    }
    const AddressSplitter splitter(directory.value());

    // Blocks of rows are split on the thread pool (the directory lookups are the work), each into
    // its own three columns, then joined in row order without copying.
    const Column &source = input.column(at);
    struct Block
    {
        qsizetype first = 0;
        qsizetype count = 0;
        Column prefectures;
        Column municipalities;
        Column rests;
        StepOutcome issues; // only its issues are used
        bool cancelled = false;
    };
    const qsizetype rows = source.size();
    std::vector<Block> blocks;
    for (qsizetype first = 0; first < rows; first += CellMapper::BlockRows) {
        blocks.emplace_back();
        blocks.back().first = first;
        blocks.back().count = std::min(CellMapper::BlockRows, rows - first);
    }
    const auto appendText = [](Column &column, const QString &text) {
        if (text.isEmpty())
            column.appendEmpty();
        else
            column.append(Cell::text(text));
    };
    std::atomic<qsizetype> done{0};
    const auto splitBlock = [&](Block &block) {
        if (context.isCancelled()) {
            block.cancelled = true;
            return;
        }
        for (qsizetype r = block.first; r < block.first + block.count; ++r) {
            const Cell::Kind kind = source.kindAt(r);
            if (kind != Cell::Kind::Text) {
                if (kind != Cell::Kind::Empty)
                    block.issues.addIssue(r, at, tr("“%1” is not an address.").arg(source.at(r).toString()));
                block.prefectures.appendEmpty();
                block.municipalities.appendEmpty();
                block.rests.appendFrom(source, r); // kept for the user, in the column that takes free text
                continue;
            }
            AddressParts unresolved;
            const Result<AddressParts> parts = splitter.split(source.at(r).textValue(), &unresolved);
            if (!parts)
                block.issues.addIssue(r, at, parts.error().message);
            const AddressParts &p = parts ? parts.value() : unresolved;
            appendText(block.prefectures, p.prefecture);
            appendText(block.municipalities, p.municipality);
            appendText(block.rests, p.rest);
        }
        const qsizetype now = done.fetch_add(block.count) + block.count;
        if (context.progress)
            context.progress(double(now) / double(rows));
    };
    if (blocks.size() <= 2)
        std::for_each(blocks.begin(), blocks.end(), splitBlock);
    else
        QtConcurrent::blockingMap(blocks, splitBlock);

    StepOutcome out;
    Column prefectures;
    Column municipalities;
    Column rests;
    for (Block &block : blocks) {
        if (block.cancelled)
            return cancelledError();
        prefectures.appendColumn(std::move(block.prefectures));
        municipalities.appendColumn(std::move(block.municipalities));
        rests.appendColumn(std::move(block.rests));
        for (const CellIssue &issue : std::as_const(block.issues.issues))
            out.addIssue(issue.row, issue.column, issue.message);
        out.issueCount += block.issues.issueCount - block.issues.issues.size();
    }
    if (context.isCancelled())
        return cancelledError();
    prefectures.squeeze();
    municipalities.squeeze();
    rests.squeeze();

    out.table = input;
    out.table.removeColumn(at);
    out.table.insertColumn(at, std::move(rests), m_names.at(2));
    out.table.insertColumn(at, std::move(municipalities), m_names.at(1));
    out.table.insertColumn(at, std::move(prefectures), m_names.at(0));
    return out;
}

} // namespace tenarai
