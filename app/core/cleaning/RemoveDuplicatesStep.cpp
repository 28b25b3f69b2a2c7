#include "cleaning/RemoveDuplicatesStep.h"

#include "normalize/NameKey.h"
#include "normalize/TextNormalizer.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <vector>

namespace tenarai {

namespace {
constexpr qsizetype BlockRows = 4 * Column::ChunkRows;
} // namespace

QList<ParameterSpec> RemoveDuplicatesStep::parameterSpecs() const
{
    ParameterSpec columns = columnsSpec(true);
    columns.label = tr("Columns that must match");

    ParameterSpec keep;
    keep.key = QStringLiteral("keep");
    keep.kind = ParameterSpec::Kind::Choice;
    keep.label = tr("Row to keep");
    keep.optional = true;
    // Stored in recipes: never rename a value.
    keep.choices = {{QStringLiteral("first"), tr("The first one")}, {QStringLiteral("last"), tr("The last one")}};

    ParameterSpec names;
    names.key = QStringLiteral("nameKeyColumns");
    names.kind = ParameterSpec::Kind::Columns;
    names.label = tr("Name columns");
    names.help = tr("Names match in spite of spacing, width and variant kanji (髙橋 = 高橋).");
    names.optional = true;

    ParameterSpec width;
    width.key = QStringLiteral("ignoreWidth");
    width.kind = ParameterSpec::Kind::Boolean;
    width.label = tr("Ignore full-width, half-width and extra spaces");
    width.optional = true;
    return {columns, keep, names, width};
}

QJsonObject RemoveDuplicatesStep::parameters() const
{
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(m_columns)},
            {QStringLiteral("keep"), m_keepLast ? QStringLiteral("last") : QStringLiteral("first")},
            {QStringLiteral("nameKeyColumns"), QJsonArray::fromStringList(m_nameKeyColumns)},
            {QStringLiteral("ignoreWidth"), m_ignoreWidth}};
}

Status RemoveDuplicatesStep::setParameters(const QJsonObject &parameters)
{
    auto columns = columnNamesParameter(parameters, false);
    if (!columns)
        return columns.error();
    auto keep = choiceParameter(parameters, parameterSpecs().at(1), QStringLiteral("first"));
    if (!keep)
        return keep.error();
    QStringList names;
    const QJsonValue nameValue = parameters.value(QStringLiteral("nameKeyColumns"));
    if (!nameValue.isUndefined()) {
        if (!nameValue.isArray())
            return stepError(tr("“nameKeyColumns” must list column names."));
        for (const QJsonValue &v : nameValue.toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return stepError(tr("“nameKeyColumns” must list column names."));
            names << v.toString();
        }
    }
    auto width = booleanParameter(parameters, QStringLiteral("ignoreWidth"), false);
    if (!width)
        return width.error();
    m_columns = columns.value();
    m_keepLast = keep.value() == u"last";
    m_nameKeyColumns = names;
    m_ignoreWidth = width.value();
    return Ok{};
}

Result<StepOutcome> RemoveDuplicatesStep::apply(const Table &input, const StepContext &context) const
{
    auto found = findColumns(input, m_columns);
    if (!found)
        return found.error();
    QList<int> keyColumns = found.value();
    QList<int> nameColumns;
    for (const QString &name : m_nameKeyColumns) {
        const auto index = findColumn(input, name);
        if (!index)
            return index.error();
        nameColumns << index.value();
        if (!keyColumns.contains(index.value()))
            keyColumns << index.value();
    }
    std::vector<bool> isName(size_t(input.columnCount()), false);
    for (int c : nameColumns)
        isName[size_t(c)] = true;

    // Each part is its kind, its length in four bytes, then its text in UTF-8: no separator that
    // a value could contain, so different rows can never join to the same key. Plain text is
    // taken as stored, without decoding; only name keys and width folding need a QString.
    auto appendPart = [](QByteArray &out, Cell::Kind kind, QByteArrayView utf8) {
        if (utf8.isEmpty())
            kind = Cell::Kind::Empty; // blank text matches an empty cell
        const auto size = quint32(utf8.size());
        const char header[5] = {char(kind), char(size >> 24), char(size >> 16), char(size >> 8), char(size)};
        out.append(header, sizeof header);
        out.append(utf8);
    };
    auto appendRowKey = [&](QByteArray &out, qsizetype row) {
        for (int c : keyColumns) {
            const Column &column = input.column(c);
            QByteArrayView utf8;
            const Cell::Kind kind = column.kindAt(row, &utf8);
            if (kind == Cell::Kind::Text && !isName[size_t(c)] && !m_ignoreWidth) {
                appendPart(out, kind, utf8);
                continue;
            }
            const Cell cell = column.at(row);
            QString text = kind == Cell::Kind::Text ? cell.textValue() : cell.toString();
            if (isName[size_t(c)])
                text = NameKey::key(text);
            else if (m_ignoreWidth && kind == Cell::Kind::Text)
                text = TextNormalizer::normalize(text);
            appendPart(out, kind, text.toUtf8());
        }
    };

    // The keys are built in parallel blocks (decoding and NameKey are the work), each block's
    // keys back to back in one string rather than a string per row; then one pass in row order
    // keeps the first of each key. The hash table maps a key's hash to the row that first had
    // it, far lighter on memory and cache than a table of strings; equal hashes are confirmed
    // by comparing the keys, so a hash collision never removes a row.
    struct Block
    {
        qsizetype first = 0;
        qsizetype count = 0;
        QByteArray keys;
        std::vector<qsizetype> ends; // where each row's key ends in keys
        std::vector<size_t> hashes;
    };
    const qsizetype rows = input.rowCount();
    std::vector<Block> blocks;
    for (qsizetype first = 0; first < rows; first += BlockRows) {
        blocks.emplace_back();
        blocks.back().first = first;
        blocks.back().count = std::min(BlockRows, rows - first);
    }
    std::atomic<qsizetype> done{0};
    auto buildKeys = [&](Block &block) {
        if (context.isCancelled())
            return;
        block.ends.reserve(size_t(block.count));
        block.hashes.reserve(size_t(block.count));
        for (qsizetype r = block.first; r < block.first + block.count; ++r) {
            const qsizetype start = block.keys.size();
            appendRowKey(block.keys, r);
            if (r == block.first) // grown once from the first row's size rather than doubling
                block.keys.reserve((block.keys.size() + block.keys.size() / 4) * block.count);
            block.ends.push_back(block.keys.size());
            block.hashes.push_back(qHash(QByteArrayView(block.keys).sliced(start), size_t(0x9E3779B97F4A7C15ULL)));
        }
        block.keys.squeeze();
        const qsizetype now = done.fetch_add(block.count) + block.count;
        if (context.progress)
            context.progress(0.8 * double(now) / double(rows));
    };
    if (blocks.size() <= 2)
        std::for_each(blocks.begin(), blocks.end(), buildKeys);
    else
        QtConcurrent::blockingMap(blocks, buildKeys);
    if (context.isCancelled())
        return cancelledError();
    auto keyOf = [&](qsizetype row) {
        const Block &block = blocks[size_t(row / BlockRows)];
        const auto i = size_t(row - block.first);
        const qsizetype begin = i == 0 ? 0 : block.ends[i - 1];
        return QByteArrayView(block.keys).sliced(begin, block.ends[i] - begin);
    };

    QHash<size_t, qsizetype> firstWithHash; // hash -> 1 + the row kept with it
    firstWithHash.reserve(rows);
    QSet<QByteArray> collided; // kept keys whose hash an earlier, different key already had
    std::vector<qsizetype> kept;
    kept.reserve(size_t(rows));
    for (qsizetype i = 0; i < rows; ++i) {
        if ((i & 0x3fff) == 0 && context.isCancelled())
            return cancelledError();
        const qsizetype row = m_keepLast ? rows - 1 - i : i;
        const size_t hash = blocks[size_t(row / BlockRows)].hashes[size_t(row % BlockRows)];
        qsizetype &slot = firstWithHash[hash];
        if (slot == 0) {
            slot = row + 1;
            kept.push_back(row);
        } else if (keyOf(slot - 1) != keyOf(row)) {
            const qsizetype before = collided.size();
            collided.insert(keyOf(row).toByteArray());
            if (collided.size() != before)
                kept.push_back(row);
        }
    }
    if (m_keepLast)
        std::reverse(kept.begin(), kept.end());

    StepOutcome out;
    // Nothing removed: the input's columns stay shared.
    out.table = qsizetype(kept.size()) == rows ? input : input.selectRows(kept);
    return out;
}

} // namespace tenarai
