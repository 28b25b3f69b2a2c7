#include "cleaning/SortRowsStep.h"

#include "cleaning/CellCollator.h"

#include <QJsonArray>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <vector>

namespace tenarai {

namespace {
struct SortItem
{
    quint64 head = 0;   // the first key's first 64 bits, in its direction
    qsizetype row = 0;
    quint8 group = 0;   // the first key's rank, in its direction; 255 for a blank cell
};

// 64 bits that order like the key within its rank: a number's bits made to compare as unsigned
// integers, or a text key's first 8 bytes (equal heads of text keys need the whole key).
quint64 head(const CellCollator::Key &key)
{
    if (key.rank == CellCollator::Rank::Text || key.rank == CellCollator::Rank::Error) {
        quint64 h = 0;
        for (qsizetype i = 0; i < 8; ++i)
            h = (h << 8) | (i < key.text.size() ? quint8(key.text[i]) : 0u);
        return h;
    }
    const double number = key.number == 0 ? 0.0 : key.number; // -0 and +0 are equal
    quint64 bits = 0;
    std::memcpy(&bits, &number, sizeof bits);
    constexpr quint64 Sign = quint64(1) << 63;
    return (bits & Sign) ? ~bits : (bits | Sign);
}
} // namespace

QList<ParameterSpec> SortRowsStep::parameterSpecs() const
{
    ParameterSpec keys;
    keys.key = QStringLiteral("keys");
    keys.kind = ParameterSpec::Kind::SortKeys;
    keys.label = tr("Sort by");
    keys.help = tr("The first column decides; the next ones break ties.");

    ParameterSpec locale;
    locale.key = QStringLiteral("locale");
    locale.kind = ParameterSpec::Kind::Text;
    locale.label = tr("Language of the text");
    locale.help = tr("“ja” sorts kana in 五十音 order.");
    locale.optional = true;
    return {keys, locale};
}

QJsonObject SortRowsStep::parameters() const
{
    QJsonArray keys;
    for (const SortKey &key : m_keys)
        keys.append(QJsonObject{{QStringLiteral("column"), key.column},
                                {QStringLiteral("descending"), key.descending}});
    return {{QStringLiteral("keys"), keys}, {QStringLiteral("locale"), m_locale}};
}

Status SortRowsStep::setParameters(const QJsonObject &parameters)
{
    const QJsonValue keysValue = parameters.value(QStringLiteral("keys"));
    if (!keysValue.isArray() || keysValue.toArray().isEmpty())
        return stepError(tr("“keys” must list at least one column to sort by."));
    QList<SortKey> keys;
    for (const QJsonValue &v : keysValue.toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonValue column = o.value(QStringLiteral("column"));
        if (!v.isObject() || !column.isString() || column.toString().isEmpty())
            return stepError(tr("Each of “keys” must give a “column” to sort by."));
        const QJsonValue descending = o.value(QStringLiteral("descending"));
        if (!descending.isUndefined() && !descending.isBool())
            return stepError(tr("“descending” in “keys” must be true or false."), column.toString());
        keys.append(SortKey{column.toString(), descending.toBool(false)});
    }
    QString locale = QStringLiteral("ja");
    const QJsonValue localeValue = parameters.value(QStringLiteral("locale"));
    if (!localeValue.isUndefined()) {
        if (!localeValue.isString() || localeValue.toString().isEmpty())
            return stepError(tr("“locale” must be a language code such as “ja”."));
        locale = localeValue.toString();
    }
    const auto collator = CellCollator::open(locale);
    if (!collator)
        return stepError(tr("“locale”: %1").arg(collator.error().message));
    m_keys = keys;
    m_locale = locale;
    return Ok{};
}

Result<StepOutcome> SortRowsStep::apply(const Table &input, const StepContext &context) const
{
    QList<int> columns;
    for (const SortKey &key : m_keys) {
        const auto index = findColumn(input, key.column);
        if (!index)
            return index.error();
        columns << index.value();
    }
    auto collator = CellCollator::open(m_locale);
    if (!collator)
        return stepError(collator.error().message);

    // One key per cell, made once: the sort then compares bytes and numbers only. Making the
    // keys (parsing numbers and dates, ICU sort keys) is most of the work and each cell's key is
    // independent, so blocks of rows are keyed on Qt's thread pool; ICU collators are safe to
    // share between threads for reading.
    const qsizetype rows = input.rowCount();
    const qsizetype total = rows * columns.size();
    constexpr qsizetype BlockRows = 16384;
    QList<qsizetype> blockStarts;
    for (qsizetype start = 0; start < rows; start += BlockRows)
        blockStarts << start;
    std::vector<std::vector<CellCollator::Key>> keys(size_t(columns.size()));
    std::atomic<qsizetype> done{0};
    std::atomic<bool> stopped{context.isCancelled()};
    for (qsizetype k = 0; k < columns.size() && !stopped; ++k) {
        const Column &column = input.column(columns[k]);
        std::vector<CellCollator::Key> &columnKeys = keys[size_t(k)];
        columnKeys.resize(size_t(rows));
        const CellCollator &cellCollator = collator.value();
        QtConcurrent::blockingMap(blockStarts, [&](qsizetype start) {
            if (stopped.load(std::memory_order_relaxed))
                return;
            const qsizetype end = std::min(start + BlockRows, rows);
            for (qsizetype r = start; r < end; ++r)
                columnKeys[size_t(r)] = cellCollator.key(column.at(r));
            const qsizetype finished = done.fetch_add(end - start) + (end - start);
            if (context.progress)
                context.progress(double(finished) / double(total));
            if (context.isCancelled())
                stopped = true;
        });
    }
    if (stopped)
        return cancelledError();

    // The sort moves small items holding the first key's rank and its first 64 bits, so that
    // most comparisons read neither the key arrays nor a sort key's bytes elsewhere in memory.
    std::vector<SortItem> items(static_cast<size_t>(rows));
    const bool firstDescending = m_keys.first().descending;
    for (qsizetype r = 0; r < rows; ++r) {
        const CellCollator::Key &key = keys[0][size_t(r)];
        SortItem &item = items[size_t(r)];
        item.row = r;
        if (key.rank == CellCollator::Rank::Blank) {
            item.group = 255; // last, whichever the direction
            continue;
        }
        item.group = firstDescending ? quint8(100 - int(key.rank)) : quint8(key.rank);
        item.head = firstDescending ? ~head(key) : head(key);
    }
    // The keys after the head: the rest of a long text key, then the other columns.
    auto compareRest = [&](qsizetype a, qsizetype b) {
        for (qsizetype k = 0; k < columns.size(); ++k) {
            const CellCollator::Key &ka = keys[size_t(k)][size_t(a)];
            const CellCollator::Key &kb = keys[size_t(k)][size_t(b)];
            const bool blankA = ka.rank == CellCollator::Rank::Blank;
            const bool blankB = kb.rank == CellCollator::Rank::Blank;
            if (blankA || blankB) {
                if (blankA == blankB)
                    continue;
                return blankB ? -1 : 1; // empty cells last, whichever the direction
            }
            int c = CellCollator::compare(ka, kb);
            if (m_keys[k].descending)
                c = -c;
            if (c != 0)
                return c;
        }
        return 0;
    };
    std::stable_sort(items.begin(), items.end(), [&](const SortItem &a, const SortItem &b) {
        if (a.group != b.group)
            return a.group < b.group;
        if (a.head != b.head)
            return a.head < b.head;
        return compareRest(a.row, b.row) < 0;
    });
    std::vector<qsizetype> order(static_cast<size_t>(rows));
    for (qsizetype r = 0; r < rows; ++r)
        order[size_t(r)] = items[size_t(r)].row;
    if (context.isCancelled())
        return cancelledError();

    StepOutcome out;
    out.table = input.selectRows(order);
    return out;
}

} // namespace tenarai
