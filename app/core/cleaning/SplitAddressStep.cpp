#include "cleaning/SplitAddressStep.h"

#include "cleaning/CellMapper.h"
#include "normalize/AddressSplitter.h"
#include "normalize/MunicipalityDirectory.h"

#include <QJsonArray>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <vector>

namespace tenarai {

namespace {

// Decodes well-formed UTF-8 into out, as QString::fromUtf8() would, but into a reused buffer.
// false for anything else (an invalid or overlong sequence, a surrogate, a leading BOM): the
// caller then asks QString::fromUtf8() itself, so its rules for bad input stay the only ones.
bool decodeUtf8(QByteArrayView in, AddressSplitter::Buffer &out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(in.data());
    const auto *const end = p + in.size();
    if (in.size() >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return false;
    out.resize(in.size()); // never more UTF-16 units than bytes
    char16_t *const begin = out.data();
    char16_t *o = begin;
    while (p < end) {
        const unsigned c = *p;
        if (c < 0x80) {
            *o++ = char16_t(c);
            ++p;
        } else if (c >= 0xC2 && c < 0xE0) {
            if (end - p < 2 || (p[1] & 0xC0) != 0x80)
                return false;
            *o++ = char16_t(((c & 0x1F) << 6) | (p[1] & 0x3F));
            p += 2;
        } else if (c >= 0xE0 && c < 0xF0) {
            if (end - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
                return false;
            const char32_t u = ((c & 0x0F) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
            if (u < 0x800 || QChar::isSurrogate(u))
                return false;
            *o++ = char16_t(u);
            p += 3;
        } else if (c >= 0xF0 && c < 0xF5) {
            if (end - p < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
                return false;
            const char32_t u
                = ((c & 0x07) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
            if (u < 0x10000 || u > 0x10FFFF)
                return false;
            *o++ = QChar::highSurrogate(u);
            *o++ = QChar::lowSurrogate(u);
            p += 4;
        } else {
            return false;
        }
    }
    out.resize(o - begin);
    return true;
}

} // namespace

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

std::function<void()> SplitAddressStep::warmUp() const
{
    return [] { MunicipalityDirectory::standard(); };
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
    const MunicipalityDirectory &dir = splitter.directory();
    std::atomic<qsizetype> done{0};
    const auto splitBlock = [&](Block &block) {
        if (context.isCancelled()) {
            block.cancelled = true;
            return;
        }
        // Reused for every row of the block: an address that splits certainly is read from the
        // column's bytes, split and stored back without a QString or Cell on the way.
        AddressSplitter::Buffer decoded;
        AddressSplitter::Buffer cleaned;
        QString slowText;
        for (qsizetype r = block.first; r < block.first + block.count; ++r) {
            QByteArrayView bytes;
            const Cell::Kind kind = source.kindAt(r, &bytes);
            if (kind != Cell::Kind::Text) {
                if (kind != Cell::Kind::Empty)
                    block.issues.addIssue(r, at, tr("“%1” is not an address.").arg(source.at(r).toString()));
                block.prefectures.appendEmpty();
                block.municipalities.appendEmpty();
                block.rests.appendFrom(source, r); // kept for the user, in the column that takes free text
                continue;
            }
            QStringView text;
            if (decodeUtf8(bytes, decoded)) {
                text = QStringView(decoded.constData(), decoded.size());
            } else {
                slowText = QString::fromUtf8(bytes);
                text = slowText;
            }
            AddressSplitter::Found quick;
            if (splitter.trySplit(text, cleaned, &quick)) {
                // Directory names are never empty, so they are stored as appendText() below would.
                block.prefectures.appendText(dir.prefectureNameUtf8(quick.prefecture));
                block.municipalities.appendText(dir.municipalityNameUtf8(quick.municipality));
                if (quick.rest.isEmpty())
                    block.rests.appendEmpty();
                else
                    block.rests.appendText(quick.rest);
                continue;
            }
            // Refused or unusual: split() builds the message and what could still be told apart.
            AddressParts unresolved;
            const Result<AddressParts> parts = splitter.split(text, &unresolved);
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
