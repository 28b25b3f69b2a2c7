#pragma once

#include "table/Table.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tenarai {

// A rectangle of cells, 0-based and inclusive, as in a merged range "B2:D3".
struct CellRange
{
    qsizetype firstRow = 0;
    int firstColumn = 0;
    qsizetype lastRow = 0;
    int lastColumn = 0;

    QString toA1() const;                                        // "B2:D3" (1-based rows)
    static std::optional<CellRange> fromA1(QStringView text);    // also accepts "B2"
    bool contains(qsizetype row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
    friend bool operator==(const CellRange &, const CellRange &) = default;
};

// "B3" → row 2, column 1; nullopt when malformed or beyond the spreadsheet limits.
std::optional<std::pair<qsizetype, int>> parseCellReference(QStringView text);

struct Sheet
{
    enum class State { Visible, Hidden, VeryHidden };
    enum class Type { Worksheet, Chartsheet };

    QString name;
    State state = State::Visible;
    Type type = Type::Worksheet;
    Table table;
    QList<CellRange> merges;   // the value sits in each range's top-left cell

    static QString stateName(State state); // "visible", "hidden", "veryHidden"
};

// A row of a CSV file whose cell count differs from the most common one; kept as it is.
struct RaggedRow
{
    qsizetype row = 0;   // 0-based
    int cells = 0;
};

// What a reader found out about the file, for `tenarai-cli info` and the status bar.
struct SourceInfo
{
    QString format;               // "csv" or "xlsx"
    QString encoding;             // CSV: "UTF-8", "UTF-8 (BOM)", "CP932", "UTF-16LE"…
    QChar delimiter;              // CSV
    bool date1904 = false;        // XLSX
    int expectedColumns = 0;      // CSV: the most common cell count
    QList<RaggedRow> raggedRows;  // CSV; capped at RaggedRowReportLimit entries
    qsizetype raggedRowCount = 0; // CSV: all of them
    QStringList warnings;         // translated, for things read but worth knowing

    static constexpr int RaggedRowReportLimit = 1000;
};

struct Workbook
{
    std::vector<Sheet> sheets;
    SourceInfo source;

    // Index of the sheet called name, or -1.
    int indexOf(const QString &name) const;
};

} // namespace tenarai
