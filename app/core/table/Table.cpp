#include "table/Table.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace tenarai {

Table::Table(int columns)
{
    ensureColumns(columns);
}

void Table::ensureColumns(int columns)
{
    while (int(m_columns.size()) < columns) {
        auto c = std::make_shared<Column>();
        c->appendEmpty(m_rowCount);
        m_columns.push_back(std::move(c));
    }
}

Column &Table::mutableColumn(int column)
{
    std::shared_ptr<Column> &c = m_columns[size_t(column)];
    if (c.use_count() > 1)
        c = std::make_shared<Column>(*c);
    return *c;
}

Cell Table::cell(qsizetype row, int column) const
{
    if (column < 0 || column >= columnCount())
        return {};
    return m_columns[size_t(column)]->at(row);
}

Cell::Kind Table::kindAt(qsizetype row, int column) const
{
    if (column < 0 || column >= columnCount())
        return Cell::Kind::Empty;
    return m_columns[size_t(column)]->kindAt(row);
}

void Table::setCell(qsizetype row, int column, const Cell &cell)
{
    if (row < 0 || column < 0)
        return;
    ensureColumns(column + 1);
    if (row >= m_rowCount)
        setRowCount(row + 1);
    mutableColumn(column).set(row, cell);
}

void Table::appendRow(const QList<Cell> &cells)
{
    ensureColumns(int(cells.size()));
    for (int c = 0; c < columnCount(); ++c) {
        if (c < cells.size())
            mutableColumn(c).append(cells[c]);
        else
            mutableColumn(c).appendEmpty();
    }
    ++m_rowCount;
}

void Table::appendTextRow(const std::vector<QByteArrayView> &cells)
{
    ensureColumns(int(cells.size()));
    for (int c = 0; c < columnCount(); ++c) {
        if (size_t(c) < cells.size() && !cells[size_t(c)].isEmpty())
            mutableColumn(c).appendText(cells[size_t(c)]);
        else
            mutableColumn(c).appendEmpty();
    }
    ++m_rowCount;
}

QList<Cell> Table::row(qsizetype row) const
{
    QList<Cell> cells;
    cells.reserve(columnCount());
    for (const auto &c : m_columns)
        cells.append(c->at(row));
    return cells;
}

Table Table::selectRows(const std::vector<qsizetype> &rows) const
{
    Table out;
    out.m_columns.resize(m_columns.size());
    const auto copyColumn = [&](size_t index) {
        const Column &source = *m_columns[index];
        auto c = std::make_shared<Column>();
        // Runs of consecutive rows (a slice, a filter keeping most rows) are copied in bulk.
        for (size_t i = 0; i < rows.size();) {
            size_t j = i + 1;
            while (j < rows.size() && rows[j] == rows[j - 1] + 1)
                ++j;
            c->appendRange(source, rows[i], qsizetype(j - i));
            i = j;
        }
        c->squeeze();
        out.m_columns[index] = std::move(c);
    };
    // Columns are independent: a large selection copies them on the thread pool.
    std::vector<size_t> indexes(m_columns.size());
    std::iota(indexes.begin(), indexes.end(), size_t(0));
    if (rows.size() < size_t(Column::ChunkRows) || indexes.size() < 2)
        std::for_each(indexes.begin(), indexes.end(), copyColumn);
    else
        QtConcurrent::blockingMap(indexes, copyColumn);
    out.m_rowCount = qsizetype(rows.size());
    out.m_names = m_names;
    return out;
}

Table Table::sliceRows(qsizetype first, qsizetype count) const
{
    first = std::clamp<qsizetype>(first, 0, m_rowCount);
    count = std::clamp<qsizetype>(count, 0, m_rowCount - first);
    std::vector<qsizetype> rows(static_cast<size_t>(count));
    for (qsizetype i = 0; i < count; ++i)
        rows[size_t(i)] = first + i;
    return selectRows(rows);
}

void Table::setColumn(int column, Column cells)
{
    if (column < 0 || column >= columnCount())
        return;
    cells.resize(m_rowCount);
    m_columns[size_t(column)] = std::make_shared<Column>(std::move(cells));
}

void Table::insertColumn(int at, Column cells, const QString &name)
{
    at = std::clamp(at, 0, columnCount());
    if (m_columns.empty() && m_rowCount == 0)
        m_rowCount = cells.size();
    cells.resize(m_rowCount);
    const bool named = !m_names.isEmpty() || !name.isEmpty();
    if (named) {
        while (m_names.size() < columnCount())
            m_names.append(QString());
        m_names.insert(at, name);
    }
    m_columns.insert(m_columns.begin() + at, std::make_shared<Column>(std::move(cells)));
}

void Table::removeColumn(int column)
{
    if (column < 0 || column >= columnCount())
        return;
    m_columns.erase(m_columns.begin() + column);
    if (column < m_names.size())
        m_names.removeAt(column);
}

void Table::moveColumn(int from, int to)
{
    if (from < 0 || from >= columnCount() || to < 0 || to >= columnCount() || from == to)
        return;
    auto moved = std::move(m_columns[size_t(from)]);
    m_columns.erase(m_columns.begin() + from);
    m_columns.insert(m_columns.begin() + to, std::move(moved));
    if (!m_names.isEmpty()) {
        while (m_names.size() < columnCount())
            m_names.append(QString());
        m_names.move(from, to);
    }
}

void Table::setColumnCount(int columns)
{
    if (columns < columnCount()) {
        m_columns.resize(size_t(std::max(0, columns)));
        while (m_names.size() > columns)
            m_names.removeLast();
    } else {
        ensureColumns(columns);
    }
}

void Table::setRowCount(qsizetype rows)
{
    for (int c = 0; c < columnCount(); ++c) {
        if (m_columns[size_t(c)]->size() != rows)
            mutableColumn(c).resize(rows);
    }
    m_rowCount = rows;
}

QString Table::columnName(int column) const
{
    return column >= 0 && column < m_names.size() ? m_names[column] : QString();
}

void Table::setColumnNames(const QStringList &names)
{
    ensureColumns(int(names.size()));
    m_names = names;
}

void Table::squeeze()
{
    // A column shared with another table was squeezed by whoever built it; copying it here to
    // save its slack would cost far more than the slack.
    for (auto &c : m_columns) {
        if (c.use_count() == 1)
            c->squeeze();
    }
    m_columns.shrink_to_fit();
}

qsizetype Table::memoryUsage() const
{
    qsizetype bytes = qsizetype(m_columns.capacity() * (sizeof(std::shared_ptr<Column>) + sizeof(Column)));
    for (const auto &c : m_columns)
        bytes += c->memoryUsage();
    return bytes;
}

bool operator==(const Table &a, const Table &b)
{
    if (a.m_rowCount != b.m_rowCount || a.columnCount() != b.columnCount())
        return false;
    for (int c = 0; c < a.columnCount(); ++c) {
        if (a.columnName(c) != b.columnName(c))
            return false;
        for (qsizetype r = 0; r < a.m_rowCount; ++r) {
            if (!(a.cell(r, c) == b.cell(r, c)))
                return false;
        }
    }
    return true;
}

QString Table::columnLetters(int column)
{
    QString letters;
    int n = column + 1;
    while (n > 0) {
        const int rem = (n - 1) % 26;
        letters.prepend(QChar(u'A' + rem));
        n = (n - 1) / 26;
    }
    return letters;
}

} // namespace tenarai
