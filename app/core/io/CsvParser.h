#pragma once

#include "Error.h"
#include "table/Table.h"
#include "io/TableIO.h"
#include "table/Workbook.h"

#include <QByteArray>

#include <array>
#include <utility>
#include <vector>

namespace tenarai {

// Splits UTF-8 CSV text into rows and cells (RFC 4180: quoted cells may hold the delimiter,
// doubled quotes and line breaks; rows end in CRLF, LF or CR) and appends them to a Table.
// Text arrives in blocks of any size and may end anywhere, even inside a quoted cell: the parser
// resumes where it stopped and keeps only the unfinished row. Cells are cut straight out of the
// bytes (doubled quotes are undone in place), with no QString per cell.
//
// Lenient where real files are sloppy: a quote inside an unquoted cell is text, text after a
// closing quote is kept, and a quote still open at the end keeps the rest of the file in its
// cell with a warning. Blank lines inside the file are empty rows; blank lines at the end are
// dropped.
class CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::CsvParser)
public:
    CsvParser(char delimiter, const ReadLimits &limits, Table *table);

    // False when a limit was exceeded; error() then says which (file name not filled in).
    bool feed(QByteArrayView utf8);
    bool finish();
    // feed() and finish() for text that is the whole file, on a parser that has been fed nothing.
    // A large text is cut after line breaks into parts parsed on every core; when every part
    // ends where a row ends and none hit a limit or a warning, the parts are joined, otherwise
    // the text is parsed again in one go, so the table, errors and warnings are exactly those of
    // feed() and finish(). The text is released before the parts are joined, so that it, the
    // parts and the table are not all held at once: pass it with std::move when it is not needed
    // afterwards.
    bool parseAll(QByteArray utf8);

    char delimiter() const { return m_delimiter; }
    const Error &error() const { return m_error; }
    // 0-based row the next byte belongs to: the row an encoding error is reported in.
    qsizetype currentRow() const { return m_rowIndex; }
    // Fills expectedColumns, raggedRows, raggedRowCount and warnings.
    void fillSourceInfo(SourceInfo *info) const;

    // The candidate (comma, tab, semicolon) that gives the most lines the same number of cells,
    // counting outside quotes, in the first lines of sample; comma when none splits anything.
    static char detectDelimiter(QByteArrayView sample);

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterCR };

    bool parse();
    bool endCell();
    bool endRow();
    bool checkCellLength(qsizetype start, qsizetype end, bool quoted);
    bool fail(Error::Kind kind, const QString &message);
    void compact();
    bool parseParts(QByteArray &utf8, const std::vector<qsizetype> &starts);
    void recordCells(int cells, qsizetype rows);

    char m_delimiter;
    ReadLimits m_limits;
    Table *m_table;
    std::array<bool, 256> m_stops {};  // bytes that end an unquoted cell

    QByteArray m_buf;         // the unfinished row and the text after it
    qsizetype m_pos = 0;      // next byte to read
    qsizetype m_write = 0;    // where the current cell's next byte goes (≤ m_pos)
    qsizetype m_cellStart = 0;
    qsizetype m_rowStart = 0;
    State m_state = State::FieldStart;
    std::vector<std::pair<qsizetype, qsizetype>> m_cells; // current row: [start, end) in m_buf
    std::vector<QByteArrayView> m_views;

    qsizetype m_rowIndex = 0;       // rows appended plus blank rows held back
    qsizetype m_pendingBlank = 0;   // blank lines not yet appended (dropped at the end)
    qsizetype m_quoteRow = -1;      // row where the open quoted cell started
    qint64 m_nonEmptyCells = 0;
    std::vector<std::pair<int, qsizetype>> m_cellCounts; // run lengths of cells per row
    QStringList m_warnings;
    Error m_error;
};

} // namespace tenarai
