#include "io/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <optional>
#include <system_error>

// Why not libxlsxwriter: Debian's libxlsxwriter calls zipOpen() from libminizip, and QuaZip (which
// XlsxReader needs) exports its own, incompatible zipOpen() under the same unversioned name. In a
// process that loads both, libxlsxwriter binds to QuaZip's and crashes in workbook_close(). So the
// package is written here with QuaZip: a handful of small XML parts, sheets streamed row by row.
//
// Choices the format leaves open:
// - Chartsheets are skipped: they hold no cells, and an empty worksheet under a chart's name would
//   look like lost data. A workbook without any worksheet gets one empty "Sheet1".
// - Sheet names Excel refuses are changed deterministically: []:*?/\ and control characters
//   become "_", leading and trailing apostrophes are dropped, names are cut to 31 characters, an
//   empty name becomes "SheetN", and a name already taken (compared case-insensitively, as Excel
//   does; "History" is reserved) gets " (2)", " (3)"… appended.
// - If no sheet is visible, the first one is made visible: Excel cannot open such a workbook.
// - Error cells are written as error values (t="e") when Excel knows the code (#N/A, #DIV/0!…),
//   otherwise as text. NaN and infinite numbers cannot be stored and become #NUM!.
// - Dates before 1900-01-01 (the start of Excel's 1900 date system) are written as ISO 8601 text,
//   negative durations as text too (Excel shows ##### for negative times).
// - When the table has column names, they are written as the first row (merges move down too).
// - Overlapping merged ranges are passed on as they are (readers take them from files that Excel
//   or another writer made).

namespace tenarai {

namespace {

constexpr qsizetype MaxRows = 1048576;
constexpr int MaxColumns = 16384;
constexpr int MaxCellChars = 32767;
constexpr int MaxSheetNameChars = 31;
constexpr qint64 MsPerDay = 86400000;
constexpr qsizetype WidthSampleRows = 1000;
constexpr double MinColumnWidth = 8.43; // Excel's default
constexpr double MaxColumnWidth = 60.0;
constexpr qsizetype ProgressEveryRows = 1024;
constexpr qsizetype FlushBytes = 1 << 20;

// Cell style indexes into cellXfs of StylesXml; header styles follow the body ones.
enum Style { PlainStyle = 0, DateStyle = 1, DateTimeStyle = 2, DurationStyle = 3, HeaderOffset = 4 };

const char *const XmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char *const MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char *const RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const char *const StylesXml
    = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<numFmts count=\"3\">"
      "<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/>"
      "<numFmt numFmtId=\"166\" formatCode=\"[h]:mm:ss\"/>"
      "</numFmts>"
      "<fonts count=\"2\">"
      "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      "</fonts>"
      "<fills count=\"3\">"
      "<fill><patternFill patternType=\"none\"/></fill>"
      "<fill><patternFill patternType=\"gray125\"/></fill>"
      "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor "
      "indexed=\"64\"/></patternFill></fill>"
      "</fills>"
      "<borders count=\"2\">"
      "<border><left/><right/><top/><bottom/><diagonal/></border>"
      "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>"
      "</borders>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
      "<cellXfs count=\"8\">"
      "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" "
      "applyFill=\"1\" applyBorder=\"1\"/>"
      "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" "
      "applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"/>"
      "<xf numFmtId=\"165\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" "
      "applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"/>"
      "<xf numFmtId=\"166\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" "
      "applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"/>"
      "</cellXfs>"
      "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
      "</styleSheet>";

// Days since 1899-12-30 with Excel's phantom 1900-02-29, so that 1900-01-01 is 1 and 1900-03-01
// is 61, as Excel counts them.
std::optional<double> excelSerial(QDate date)
{
    static const QDate first(1900, 1, 1);
    static const QDate last(9999, 12, 31);
    static const QDate leapBug(1900, 3, 1);
    static const qint64 epoch = QDate(1899, 12, 30).toJulianDay();
    if (!date.isValid() || date < first || date > last)
        return std::nullopt;
    qint64 serial = date.toJulianDay() - epoch;
    if (date < leapBug)
        serial -= 1;
    return double(serial);
}

bool isErrorLiteral(const QString &code)
{
    static const QSet<QString> literals = {
        QStringLiteral("#NULL!"), QStringLiteral("#DIV/0!"), QStringLiteral("#VALUE!"),
        QStringLiteral("#REF!"),  QStringLiteral("#NAME?"),  QStringLiteral("#NUM!"),
        QStringLiteral("#N/A"),
    };
    return literals.contains(code);
}

// Columns as Excel counts them: East Asian wide characters take two.
int displayWidth(const QString &text)
{
    int widest = 0;
    int width = 0;
    for (const char32_t ch : text.toUcs4()) {
        if (ch == U'\n') {
            widest = std::max(widest, width);
            width = 0;
            continue;
        }
        const bool wide = (ch >= 0x1100 && ch <= 0x115F) || (ch >= 0x2E80 && ch <= 0xA4CF)
            || (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0xF900 && ch <= 0xFAFF)
            || (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60)
            || (ch >= 0xFFE0 && ch <= 0xFFE6) || (ch >= 0x1F300 && ch <= 0x1FAFF)
            || (ch >= 0x20000 && ch <= 0x3FFFD) || (ch >= 0x2460 && ch <= 0x24FF);
        width += wide ? 2 : 1;
    }
    return std::max(widest, width);
}

int displayWidth(const Cell &cell)
{
    switch (cell.kind()) {
    case Cell::Kind::Empty:
        return 0;
    case Cell::Kind::Date:
        return 10;
    case Cell::Kind::DateTime:
        return 19;
    default:
        return displayWidth(cell.toString());
    }
}

int codePointCount(const QString &text)
{
    return int(text.toUcs4().size());
}

QString leftCodePoints(const QString &text, int count)
{
    const QList<uint> ucs4 = text.toUcs4();
    if (ucs4.size() <= count)
        return text;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), count);
}

// A name Excel accepts, unique among those already used (compared case-folded).
QString excelSheetName(const QString &wanted, int position, QSet<QString> *used)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    QString name;
    name.reserve(wanted.size());
    for (const QChar ch : wanted)
        name += (forbidden.contains(ch) || ch.unicode() < 0x20) ? QLatin1Char('_') : ch;
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    if (name.trimmed().isEmpty())
        name = QStringLiteral("Sheet%1").arg(position + 1);
    name = leftCodePoints(name, MaxSheetNameChars);

    QString candidate = name;
    for (int n = 2; used->contains(candidate.toCaseFolded()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = leftCodePoints(name, MaxSheetNameChars - codePointCount(suffix)) + suffix;
    }
    used->insert(candidate.toCaseFolded());
    return candidate;
}

// XML text or attribute value. Characters XML 1.0 cannot hold or keep (C0 controls but tab and
// LF) and a literal "_xHHHH_" use the OOXML _xHHHH_ escape, which spreadsheet readers decode.
void appendEscaped(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char ch = utf8[i];
        switch (ch) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '_':
            if (i + 6 < utf8.size() && utf8[i + 1] == 'x' && utf8[i + 6] == '_'
                && std::all_of(utf8.constData() + i + 2, utf8.constData() + i + 6,
                               [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; })) {
                out += "_x005F_";
            } else {
                out += '_';
            }
            break;
        default:
            // XML parsers turn a raw CR (and CRLF) into LF, so CR is escaped like the other controls.
            if (static_cast<unsigned char>(ch) < 0x20 && ch != '\t' && ch != '\n')
                out += QByteArray("_x00") + QByteArray::number(int(ch), 16).rightJustified(2, '0').toUpper()
                    + '_';
            else
                out += ch;
        }
    }
}

QByteArray columnLetters(int column)
{
    return Table::columnLetters(column).toLatin1();
}

QByteArray numberText(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

// The grid to write: column names, when present, become the first row.
class SheetRows
{
public:
    explicit SheetRows(const Table &table) : m_table(table)
    {
        const QStringList names = table.columnNames();
        m_hasNames = std::any_of(names.cbegin(), names.cend(), [](const QString &n) { return !n.isEmpty(); });
    }
    qsizetype rowCount() const { return m_table.rowCount() + dataOffset(); }
    int columnCount() const { return m_table.columnCount(); }
    qsizetype dataOffset() const { return m_hasNames ? 1 : 0; }
    Cell cell(qsizetype row, int column) const
    {
        if (m_hasNames && row == 0) {
            const QString name = m_table.columnName(column);
            return name.isEmpty() ? Cell() : Cell::text(name);
        }
        return m_table.column(column).at(row - dataOffset());
    }
    bool isEmptyAt(qsizetype row, int column) const
    {
        if (m_hasNames && row == 0)
            return m_table.columnName(column).isEmpty();
        return m_table.column(column).isEmptyAt(row - dataOffset());
    }

private:
    const Table &m_table;
    bool m_hasNames = false;
};

// Collects the distinct texts of all sheets for xl/sharedStrings.xml.
class SharedStrings
{
public:
    int indexOf(const QString &text)
    {
        ++m_count;
        const auto it = m_index.constFind(text);
        if (it != m_index.constEnd())
            return *it;
        const int index = int(m_strings.size());
        m_index.insert(text, index);
        m_strings.append(text);
        return index;
    }
    const QStringList &strings() const { return m_strings; }
    qint64 count() const { return m_count; }

private:
    QHash<QString, int> m_index;
    QStringList m_strings;
    qint64 m_count = 0;
};

// One member of the archive being written; buffers XML and streams it in large pieces.
class PartWriter
{
public:
    PartWriter(QuaZip *zip, const QString &name) : m_file(zip)
    {
        m_ok = m_file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
        m_buffer.reserve(FlushBytes + 4096);
    }
    QByteArray &buffer() { return m_buffer; }
    bool flushIfFull() { return m_buffer.size() < FlushBytes || flush(); }
    bool flush()
    {
        if (m_ok && !m_buffer.isEmpty())
            m_ok = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return m_ok;
    }
    bool close()
    {
        flush();
        if (m_file.isOpen())
            m_file.close();
        return m_ok && m_file.getZipError() == 0;
    }

private:
    QuaZipFile m_file;
    QByteArray m_buffer;
    bool m_ok = false;
};

struct WrittenSheet
{
    QString name;
    Sheet::State state = Sheet::State::Visible;
};

} // namespace

Status XlsxWriter::writeFile(const QString &path, const Workbook &workbook, const WriteOptions &options)
{
    const auto fail = [&path](Error::Kind kind, const QString &message, const QString &part = QString(),
                              qint64 row = -1, qint64 column = -1) {
        Error e;
        e.kind = kind;
        e.message = message;
        e.file = path;
        e.part = part;
        e.row = row;
        e.column = column;
        return Status(e);
    };

    std::vector<const Sheet *> sheets;
    for (const Sheet &sheet : workbook.sheets) {
        if (sheet.type == Sheet::Type::Worksheet)
            sheets.push_back(&sheet);
    }

    // Check the format's limits before anything is written.
    qint64 totalRows = 0;
    for (const Sheet *sheet : sheets) {
        const SheetRows rows(sheet->table);
        if (rows.rowCount() > MaxRows) {
            return fail(Error::Kind::TooLarge,
                        tr("The sheet has %1 rows; an Excel worksheet holds at most %2.")
                            .arg(rows.rowCount())
                            .arg(MaxRows),
                        sheet->name);
        }
        if (rows.columnCount() > MaxColumns) {
            return fail(Error::Kind::TooLarge,
                        tr("The sheet has %1 columns; an Excel worksheet holds at most %2.")
                            .arg(rows.columnCount())
                            .arg(MaxColumns),
                        sheet->name);
        }
        for (const CellRange &range : sheet->merges) {
            if (range.firstRow < 0 || range.firstColumn < 0 || range.lastRow < range.firstRow
                || range.lastColumn < range.firstColumn || range.lastRow + rows.dataOffset() >= MaxRows
                || range.lastColumn >= MaxColumns) {
                return fail(Error::Kind::TooLarge,
                            tr("The merged range %1 lies outside an Excel worksheet.").arg(range.toA1()),
                            sheet->name);
            }
        }
        totalRows += rows.rowCount();
    }

    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".tenarai-XXXXXX.tmp")));
    if (!temp.open())
        return fail(Error::Kind::Io,
                    tr("The file cannot be created in its folder: %1").arg(temp.errorString()));
    // QTemporaryFile makes the file private; give the result the permissions of a normal new file,
    // or those of the file it replaces.
    temp.setPermissions(target.exists()
                            ? QFile::permissions(path)
                            : (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const QString tempPath = temp.fileName();
    temp.close();

    QuaZip zip(tempPath);
    zip.setZip64Enabled(totalRows > 100000);
    if (!zip.open(QuaZip::mdCreate))
        return fail(Error::Kind::Io, tr("The file cannot be created (error %1).").arg(zip.getZipError()));
    const auto writeFailed = [&fail, &zip]() {
        return fail(Error::Kind::Io,
                    tr("The file cannot be written (error %1); is the disk full?").arg(zip.getZipError()));
    };

    SharedStrings strings;
    std::vector<WrittenSheet> written;
    QSet<QString> usedNames { QStringLiteral("history") };
    qint64 rowsDone = 0;

    for (size_t sheetIndex = 0; sheetIndex < sheets.size(); ++sheetIndex) {
        const Sheet &sheet = *sheets[sheetIndex];
        const SheetRows rows(sheet.table);
        written.push_back({ excelSheetName(sheet.name, int(sheetIndex), &usedNames), sheet.state });

        const int columns = rows.columnCount();
        const qsizetype rowCount = rows.rowCount();
        const bool headerRow = options.headerRow && rowCount > 0;
        std::vector<QByteArray> letters;
        letters.reserve(size_t(columns));
        for (int c = 0; c < columns; ++c)
            letters.push_back(columnLetters(c));

        PartWriter part(&zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheetIndex + 1));
        QByteArray &x = part.buffer();
        x += XmlHeader;
        x += QByteArray("<worksheet xmlns=\"") + MainNs + "\" xmlns:r=\"" + RelNs + "\">";
        x += "<dimension ref=\"A1";
        if (rowCount > 0 && columns > 0)
            x += ':' + letters.back() + QByteArray::number(rowCount);
        x += "\"/>";
        x += "<sheetViews><sheetView workbookViewId=\"0\">";
        if (headerRow)
            x += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                 "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>";
        x += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";

        // Widths from a sample of the first rows: enough to size typical columns, cheap for huge ones.
        QByteArray cols;
        for (int c = 0; c < columns; ++c) {
            int widest = 0;
            const qsizetype sample = std::min(rowCount, WidthSampleRows);
            for (qsizetype r = 0; r < sample; ++r) {
                if (!rows.isEmptyAt(r, c))
                    widest = std::max(widest, displayWidth(rows.cell(r, c)));
            }
            const double width = std::clamp(double(widest) + 2.0, MinColumnWidth, MaxColumnWidth);
            if (width != MinColumnWidth) {
                cols += "<col min=\"" + QByteArray::number(c + 1) + "\" max=\"" + QByteArray::number(c + 1)
                    + "\" width=\"" + QByteArray::number(width, 'f', 2) + "\" customWidth=\"1\"/>";
            }
        }
        if (!cols.isEmpty())
            x += "<cols>" + cols + "</cols>";

        x += "<sheetData>";
        for (qsizetype r = 0; r < rowCount; ++r) {
            const bool header = headerRow && r == 0;
            const int styleBase = header ? HeaderOffset : 0;
            const QByteArray rowNumber = QByteArray::number(r + 1);
            bool rowOpen = false;
            for (int c = 0; c < columns; ++c) {
                const bool empty = rows.isEmptyAt(r, c);
                if (empty && !header)
                    continue;
                if (!rowOpen) {
                    x += "<row r=\"" + rowNumber + "\">";
                    rowOpen = true;
                }
                const Cell cell = empty ? Cell() : rows.cell(r, c);
                const auto open = [&](const char *type, int style) {
                    x += "<c r=\"" + letters[size_t(c)] + rowNumber + '"';
                    if (style + styleBase != 0)
                        x += " s=\"" + QByteArray::number(style + styleBase) + '"';
                    if (type)
                        x += QByteArray(" t=\"") + type + '"';
                    x += '>';
                };
                const auto writeNumber = [&](double value, int style) {
                    open(nullptr, style);
                    x += "<v>" + numberText(value) + "</v></c>";
                };
                const auto writeText = [&](const QString &text) {
                    open("s", PlainStyle);
                    x += "<v>" + QByteArray::number(strings.indexOf(text)) + "</v></c>";
                };
                const auto writeError = [&](const QString &code) {
                    if (!isErrorLiteral(code))
                        return writeText(code);
                    open("e", PlainStyle);
                    x += "<v>" + code.toLatin1() + "</v></c>";
                };
                switch (cell.kind()) {
                case Cell::Kind::Empty:
                    open(nullptr, PlainStyle);
                    x.chop(1);
                    x += "/>";
                    break;
                case Cell::Kind::Text:
                    if (cell.textValue().size() > MaxCellChars) {
                        return fail(
                            Error::Kind::TooLarge,
                            tr("The text is longer than the 32,767 characters an Excel cell can hold."),
                            sheet.name, r - rows.dataOffset(), c);
                    }
                    writeText(cell.textValue());
                    break;
                case Cell::Kind::Number:
                    if (std::isfinite(cell.numberValue()))
                        writeNumber(cell.numberValue(), PlainStyle);
                    else
                        writeError(QStringLiteral("#NUM!"));
                    break;
                case Cell::Kind::Boolean:
                    open("b", PlainStyle);
                    x += cell.booleanValue() ? "<v>1</v></c>" : "<v>0</v></c>";
                    break;
                case Cell::Kind::Date:
                case Cell::Kind::DateTime: {
                    const QDateTime stamp = cell.dateTimeValue();
                    const std::optional<double> day = excelSerial(stamp.date());
                    if (!day) {
                        writeText(cell.toString());
                        break;
                    }
                    if (cell.kind() == Cell::Kind::Date)
                        writeNumber(*day, DateStyle);
                    else
                        writeNumber(*day + double(stamp.time().msecsSinceStartOfDay()) / MsPerDay,
                                    DateTimeStyle);
                    break;
                }
                case Cell::Kind::Time:
                    if (cell.timeMilliseconds() < 0)
                        writeText(cell.toString());
                    else
                        writeNumber(double(cell.timeMilliseconds()) / MsPerDay, DurationStyle);
                    break;
                case Cell::Kind::Error:
                    writeError(cell.errorCode());
                    break;
                }
            }
            if (rowOpen)
                x += "</row>";
            if (!part.flushIfFull())
                return writeFailed();
            ++rowsDone;
            if (options.progress && rowsDone % ProgressEveryRows == 0
                && !options.progress(rowsDone, totalRows))
                return fail(Error::Kind::Cancelled, tr("Writing was cancelled."));
        }
        x += "</sheetData>";

        QByteArray merges;
        int mergeCount = 0;
        for (const CellRange &range : sheet.merges) {
            if (range.firstRow == range.lastRow && range.firstColumn == range.lastColumn)
                continue; // a one-cell "merge" is no merge, and Excel reports it as damage
            CellRange shifted = range;
            shifted.firstRow += rows.dataOffset();
            shifted.lastRow += rows.dataOffset();
            merges += "<mergeCell ref=\"" + shifted.toA1().toLatin1() + "\"/>";
            ++mergeCount;
        }
        if (mergeCount > 0)
            x += "<mergeCells count=\"" + QByteArray::number(mergeCount) + "\">" + merges + "</mergeCells>";
        x += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
             "footer=\"0.3\"/>"
             "</worksheet>";
        if (!part.close())
            return writeFailed();
    }

    if (written.empty())
        written.push_back({ QStringLiteral("Sheet1"), Sheet::State::Visible });
    const auto firstVisible = std::find_if(written.begin(), written.end(), [](const WrittenSheet &s) {
        return s.state == Sheet::State::Visible;
    });
    const size_t active = firstVisible == written.end() ? 0 : size_t(firstVisible - written.begin());
    written[active].state = Sheet::State::Visible;
    if (sheets.empty()) {
        PartWriter part(&zip, QStringLiteral("xl/worksheets/sheet1.xml"));
        part.buffer()
            += XmlHeader + QByteArray("<worksheet xmlns=\"") + MainNs + "\"><sheetData/></worksheet>";
        if (!part.close())
            return writeFailed();
    }

    {
        PartWriter part(&zip, QStringLiteral("xl/sharedStrings.xml"));
        QByteArray &x = part.buffer();
        x += XmlHeader;
        x += QByteArray("<sst xmlns=\"") + MainNs + "\" count=\"" + QByteArray::number(strings.count())
            + "\" uniqueCount=\"" + QByteArray::number(strings.strings().size()) + "\">";
        for (const QString &s : strings.strings()) {
            const bool preserve = !s.isEmpty() && (s.front().isSpace() || s.back().isSpace());
            x += preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>";
            appendEscaped(x, s);
            x += "</t></si>";
            if (!part.flushIfFull())
                return writeFailed();
        }
        x += "</sst>";
        if (!part.close())
            return writeFailed();
    }

    const qsizetype sheetCount = qsizetype(written.size());
    QByteArray contentTypes = XmlHeader;
    contentTypes
        += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" "
           "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/xl/workbook.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
           "<Override PartName=\"/xl/styles.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
           "<Override PartName=\"/xl/sharedStrings.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
    QByteArray workbookXml = XmlHeader;
    workbookXml += QByteArray("<workbook xmlns=\"") + MainNs + "\" xmlns:r=\"" + RelNs + "\">";
    workbookXml += "<bookViews><workbookView firstSheet=\"" + QByteArray::number(active) + "\" activeTab=\""
        + QByteArray::number(active) + "\"/></bookViews><sheets>";
    QByteArray workbookRels = XmlHeader;
    workbookRels += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (qsizetype i = 0; i < sheetCount; ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        contentTypes += "<Override PartName=\"/xl/worksheets/sheet" + n
            + ".xml\" "
              "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        workbookXml += "<sheet name=\"";
        appendEscaped(workbookXml, written[size_t(i)].name);
        workbookXml += "\" sheetId=\"" + n + '"';
        if (written[size_t(i)].state == Sheet::State::Hidden)
            workbookXml += " state=\"hidden\"";
        else if (written[size_t(i)].state == Sheet::State::VeryHidden)
            workbookXml += " state=\"veryHidden\"";
        workbookXml += " r:id=\"rId" + n + "\"/>";
        workbookRels += "<Relationship Id=\"rId" + n
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
              "Target=\"worksheets/sheet"
            + n + ".xml\"/>";
    }
    contentTypes += "</Types>";
    workbookXml += "</sheets></workbook>";
    workbookRels += "<Relationship Id=\"rId" + QByteArray::number(sheetCount + 1)
        + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
          "Target=\"styles.xml\"/>"
          "<Relationship Id=\"rId"
        + QByteArray::number(sheetCount + 2)
        + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
          "Target=\"sharedStrings.xml\"/></Relationships>";
    const QByteArray rootRels = QByteArray(XmlHeader)
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

    const std::pair<QString, QByteArray> smallParts[] = {
        { QStringLiteral("[Content_Types].xml"), contentTypes },
        { QStringLiteral("_rels/.rels"), rootRels },
        { QStringLiteral("xl/workbook.xml"), workbookXml },
        { QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels },
        { QStringLiteral("xl/styles.xml"), QByteArray(XmlHeader) + StylesXml },
    };
    for (const auto &[name, content] : smallParts) {
        PartWriter part(&zip, name);
        part.buffer() = content;
        if (!part.close())
            return writeFailed();
    }
    zip.close();
    if (zip.getZipError() != 0)
        return writeFailed();

    std::error_code ec;
    std::filesystem::rename(QFileInfo(tempPath).filesystemFilePath(), target.filesystemFilePath(), ec);
    if (ec) {
        return fail(Error::Kind::Io,
                    tr("The finished file cannot be moved into place: %1")
                        .arg(QString::fromLocal8Bit(ec.message().c_str())));
    }
    temp.setAutoRemove(false);
    if (options.progress)
        options.progress(totalRows, totalRows);
    return Ok {};
}

} // namespace tenarai
