#pragma once

#include "Error.h"
#include "io/TableIO.h"
#include "table/Workbook.h"
#include "io/XlsxNumberFormat.h"

#include <QByteArray>
#include <QString>

#include <vector>


namespace tenarai {

class XlsxPartDevice;
class XlsxXmlScanner;

// Streams one worksheet part (<worksheet>, <dialogsheet> or <macrosheet>) into a Sheet's table
// and merged ranges. Cells go straight into per-column storage as they are read; no DOM and no
// QString per cell (shared strings are appended as the UTF-8 bytes read once).
//
// Memory bound: a Table spends a 4-byte offset per row per column even on empty cells (see
// Column), so what a sheet costs is its grid, rows x columns up to the last value, not its count
// of values. A lone value at XFD1048576 would make a 1048576 x 16384 grid: 17 billion offsets,
// 68 GB. So the grid of every sheet, added up over the workbook, is what counts against
// ReadLimits::maxCells (default 200 million cells, at most 800 MB of offsets); the check is made
// before a cell that would widen the grid is stored. This also bounds the non-empty cells.
// Styled but empty cells, <dimension> and merged ranges never widen the grid.
class XlsxSheetParser
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::XlsxSheetParser)
public:
    // The shared-string table as UTF-8, back to back in one buffer: one allocation for
    // hundreds of thousands of strings.
    struct SharedStrings
    {
        QByteArray data;
        std::vector<qsizetype> ends; // end of string i in data
        qsizetype size() const { return qsizetype(ends.size()); }
        QByteArrayView at(qsizetype i) const
        {
            const qsizetype begin = i == 0 ? 0 : ends[size_t(i - 1)];
            return QByteArrayView(data.constData() + begin, ends[size_t(i)] - begin);
        }
    };

    struct Context
    {
        const SharedStrings *sharedStrings = nullptr;
        const std::vector<XlsxNumberFormat::Category> *styles = nullptr; // by cellXfs index
        bool date1904 = false;
        ReadLimits limits;
        QString file;
        QString part;
        qint64 *gridCellsUsed = nullptr; // the other sheets' grids, for the maxCells check
    };

    explicit XlsxSheetParser(const Context &context);

    Status parse(XlsxXmlScanner &xml, const XlsxPartDevice &device, Sheet &sheet);

    // The cell an XLSX serial number stands for in a format category (Number stays a number).
    // 1900 system: serial 1 is 1900-01-01 and serials below 60 are shifted by one day, because
    // Excel counts the nonexistent 1900-02-29 (serial 60, shown as 1900-02-28 here, as openpyxl
    // does). 1904 system: serial 0 is 1904-01-01.
    static Cell serialToCell(double serial, XlsxNumberFormat::Category category, bool date1904);
    // A t="d" cell: ISO 8601 date, date-time or time of day; an empty cell when unreadable.
    static Cell isoToCell(QStringView text);

private:
    Status parseSheetData(XlsxXmlScanner &xml, const XlsxPartDevice &device);
    // row and column come in as the position a cell without r= takes and leave as the cell's.
    Status parseCell(XlsxXmlScanner &xml, const XlsxPartDevice &device, qsizetype &row, int &column);
    Status store(qsizetype row, int column, const Cell &cell);
    Status storeText(qsizetype row, int column, QByteArrayView utf8);
    Status reserve(qsizetype row, int column);
    Error cellError(Error::Kind kind, const QString &message, qsizetype row, int column) const;
    Error partError(Error::Kind kind, const QString &message) const;
    static bool numberFrom(QByteArrayView text, double *value);

    Context m_context;
    std::vector<Column> m_columns;
    qsizetype m_rows = 0;
    int m_columnCount = 0;
    QList<CellRange> m_merges;
    QByteArray m_value; // reused for <v> and inline text so that cells do not allocate
    QByteArray m_inline;
};

} // namespace tenarai
