#pragma once

#include "table/Cell.h"
#include "table/Column.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace tenarai {

// A rectangular grid of cells stored column by column (see Column for the memory layout).
// Readers fill it row by row; cleaning steps work on whole columns. Column names are optional:
// a freshly read sheet has none (its first row is data until a step promotes it).
//
// Columns are shared between copies and copied only when one copy changes them, so a cleaning
// step that rewrites one column of twelve, and the undo history that keeps each step's result,
// cost one column rather than a whole table. Copies may live on different threads.
class Table
{
public:
    Table() = default;
    explicit Table(int columns);

    qsizetype rowCount() const { return m_rowCount; }
    int columnCount() const { return int(m_columns.size()); }
    bool isEmpty() const { return m_rowCount == 0 || m_columns.empty(); }

    Cell cell(qsizetype row, int column) const;
    Cell::Kind kindAt(qsizetype row, int column) const;
    void setCell(qsizetype row, int column, const Cell &cell); // grows the table if needed

    // Appends a row; a row longer than the table adds columns (earlier rows get empty cells),
    // a shorter one is padded with empty cells.
    void appendRow(const QList<Cell> &cells);
    // Fast path for readers: appends one row of UTF-8 texts (empty byte views are empty cells).
    void appendTextRow(const std::vector<QByteArrayView> &cells);
    QList<Cell> row(qsizetype row) const;
    // A new table with the given rows, in the given order, and the same column names.
    Table selectRows(const std::vector<qsizetype> &rows) const;
    Table sliceRows(qsizetype first, qsizetype count) const;

    const Column &column(int column) const { return *m_columns[size_t(column)]; }
    void setColumn(int column, Column cells);      // cells must have rowCount() rows
    void insertColumn(int at, Column cells, const QString &name = QString());
    void removeColumn(int column);
    // Moves a column and its name to index `to`, sharing its cells rather than copying them.
    void moveColumn(int from, int to);
    void setColumnCount(int columns);
    void setRowCount(qsizetype rows);

    QString columnName(int column) const;         // empty when unnamed
    QStringList columnNames() const { return m_names; }
    void setColumnNames(const QStringList &names);

    // Release the slack left by appending; readers call this when done.
    void squeeze();
    qsizetype memoryUsage() const;

    // Same size, names and cell values (kinds included).
    friend bool operator==(const Table &a, const Table &b);

    // "A", "B", …, "Z", "AA", … for a 0-based column, as spreadsheets name them.
    static QString columnLetters(int column);

private:
    void ensureColumns(int columns);
    Column &mutableColumn(int column);   // detaches a column shared with another table

    std::vector<std::shared_ptr<Column>> m_columns;
    QStringList m_names;
    qsizetype m_rowCount = 0;
};

} // namespace tenarai
