#include "io/XlsxSheetParser.h"

#include "io/XlsxPartDevice.h"
#include "io/XlsxXml.h"

#include "io/XlsxXmlScanner.h"

#include <charconv>
#include <cmath>

namespace tenarai {

namespace {
constexpr qsizetype MaxRows = 1048576;
constexpr qint64 MsPerDay = 86400000;
// Excel's date range ends at 9999-12-31 (serial 2958465); values beyond stay numbers. Before
// year 1 QDate and openpyxl disagree, so those stay numbers too.
constexpr double MinDateSerial = -693593.0;
constexpr double MaxDateSerial = 2958466.0;

enum class ValueType : quint8 { Number, SharedString, InlineString, FormulaString, Boolean, Error, IsoDate };

ValueType valueType(QByteArrayView t)
{
    if (t.isEmpty() || t == "n")
        return ValueType::Number;
    if (t == "s")
        return ValueType::SharedString;
    if (t == "inlineStr")
        return ValueType::InlineString;
    if (t == "str")
        return ValueType::FormulaString;
    if (t == "b")
        return ValueType::Boolean;
    if (t == "e")
        return ValueType::Error;
    if (t == "d")
        return ValueType::IsoDate;
    return ValueType::Number;
}

// "B3" -> row 2, column 1 (0-based), within the spreadsheet limits; false when malformed.
bool parseReference(QByteArrayView text, qsizetype *row, int *column)
{
    qsizetype i = 0;
    int c = 0;
    const qsizetype n = text.size();
    while (i < n && text[i] >= 'A' && text[i] <= 'Z') {
        c = c * 26 + (text[i] - 'A' + 1);
        if (c > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == n)
        return false;
    qint64 r = 0;
    for (; i < n; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        r = r * 10 + (text[i] - '0');
        if (r > MaxRows)
            return false;
    }
    if (r < 1)
        return false;
    *row = qsizetype(r - 1);
    *column = c - 1;
    return true;
}

// A non-negative decimal integer, or -1.
qint64 parseIndex(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 12)
        return -1;
    qint64 v = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}
} // namespace

XlsxSheetParser::XlsxSheetParser(const Context &context) : m_context(context)
{
}

Error XlsxSheetParser::partError(Error::Kind kind, const QString &message) const
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.file = m_context.file;
    e.part = m_context.part;
    return e;
}

Error XlsxSheetParser::cellError(Error::Kind kind, const QString &message, qsizetype row, int column) const
{
    Error e = partError(kind, message);
    e.row = row;
    e.column = column;
    return e;
}

Cell XlsxSheetParser::serialToCell(double serial, XlsxNumberFormat::Category category, bool date1904)
{
    using Category = XlsxNumberFormat::Category;
    if (category == Category::Number || !std::isfinite(serial) || serial < MinDateSerial
        || serial >= MaxDateSerial)
        return Cell::number(serial);
    const qint64 totalMs = std::llround(serial * double(MsPerDay));
    if (category == Category::Duration || (category == Category::Time && serial >= 0 && serial < 1))
        return Cell::time(totalMs);
    qint64 days = totalMs / MsPerDay;
    qint64 ms = totalMs % MsPerDay;
    if (ms < 0) {
        ms += MsPerDay;
        --days;
    }
    qint64 baseDay;
    if (date1904) {
        baseDay = QDate(1904, 1, 1).toJulianDay();
    } else {
        baseDay = QDate(1899, 12, 30).toJulianDay();
        if (serial > 0 && serial < 60)
            ++days;
    }
    const QDate date = QDate::fromJulianDay(baseDay + days);
    // A date format on a value with a time of day keeps the time: dropping it would lose data.
    if (category == Category::Date && ms == 0)
        return Cell::date(date);
    return Cell::dateTime(date, QTime::fromMSecsSinceStartOfDay(int(ms)));
}

Cell XlsxSheetParser::isoToCell(QStringView text)
{
    text = text.trimmed();
    qsizetype t = text.indexOf(u'T');
    if (t < 0 && text.size() > 10 && text[10] == u' ')
        t = 10;
    QStringView datePart = t < 0 ? text : text.left(t);
    QStringView timePart = t < 0 ? QStringView() : text.mid(t + 1);
    if (t < 0 && text.contains(u':')) {
        timePart = text;
        datePart = {};
    }
    if (!timePart.isEmpty()) {
        // Drop a zone designator: spreadsheet values are naive.
        if (timePart.endsWith(u'Z') || timePart.endsWith(u'z'))
            timePart.chop(1);
        const qsizetype sign = std::max(timePart.lastIndexOf(u'+'), timePart.lastIndexOf(u'-'));
        if (sign > 0)
            timePart = timePart.left(sign);
    }
    QTime time;
    if (!timePart.isEmpty()) {
        time = QTime::fromString(timePart.toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            return {};
    }
    if (datePart.isEmpty())
        return time.isValid() ? Cell::time(time.msecsSinceStartOfDay()) : Cell();
    const QDate date = QDate::fromString(datePart.toString(), Qt::ISODate);
    if (!date.isValid())
        return {};
    if (!time.isValid())
        return Cell::date(date);
    return Cell::dateTime(date, time);
}

bool XlsxSheetParser::numberFrom(QByteArrayView text, double *value)
{
    text = text.trimmed();
    if (!text.isEmpty() && text[0] == '+')
        text = text.sliced(1);
    if (text.isEmpty())
        return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
    return ec == std::errc() && end == text.data() + text.size() && std::isfinite(*value);
}

Status XlsxSheetParser::reserve(qsizetype row, int column)
{
    if (row < m_rows && column < m_columnCount)
        return Ok{};
    if (column >= m_context.limits.maxColumns)
        return cellError(Error::Kind::TooLarge,
                         tr("The sheet has a value in column %1, beyond the limit of %2 columns.")
                             .arg(column + 1)
                             .arg(m_context.limits.maxColumns),
                         row, column);
    const qsizetype rows = std::max(m_rows, row + 1);
    const int columns = std::max(m_columnCount, column + 1);
    const qint64 grid = qint64(rows) * columns;
    if (*m_context.gridCellsUsed + grid > m_context.limits.maxCells)
        return cellError(Error::Kind::TooLarge,
                         tr("A value at %1 makes the sheet a grid of %2 rows by %3 columns; with the "
                            "other sheets that is more than the limit of %4 cells.")
                             .arg(Table::columnLetters(column) + QString::number(row + 1))
                             .arg(rows)
                             .arg(columns)
                             .arg(m_context.limits.maxCells),
                         row, column);
    m_rows = rows;
    m_columnCount = columns;
    if (qsizetype(m_columns.size()) < columns)
        m_columns.resize(size_t(columns));
    return Ok{};
}

Status XlsxSheetParser::store(qsizetype row, int column, const Cell &cell)
{
    if (cell.isEmpty())
        return Ok{};
    if (Status s = reserve(row, column); !s.ok())
        return s;
    Column &c = m_columns[size_t(column)];
    if (row < c.size()) {
        c.set(row, cell); // out of order or repeated: rare, slower
        return Ok{};
    }
    if (row > c.size())
        c.appendEmpty(row - c.size());
    c.append(cell);
    return Ok{};
}

Status XlsxSheetParser::storeText(qsizetype row, int column, QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return Ok{};
    if (Status s = reserve(row, column); !s.ok())
        return s;
    Column &c = m_columns[size_t(column)];
    if (row < c.size()) {
        c.set(row, Cell::text(QString::fromUtf8(utf8)));
        return Ok{};
    }
    if (row > c.size())
        c.appendEmpty(row - c.size());
    c.appendText(utf8);
    return Ok{};
}

Status XlsxSheetParser::parse(XlsxXmlScanner &xml, const XlsxPartDevice &device, Sheet &sheet)
{
    using Token = XlsxXmlScanner::Token;
    bool rootSeen = false;
    for (;;) {
        const Token token = xml.next();
        if (token == Token::EndOfDocument)
            break;
        if (token == Token::Invalid)
            return XlsxXml::partError(xml, device, m_context.file, m_context.part);
        if (token != Token::StartElement)
            continue;
        const QByteArrayView name = xml.localName();
        if (!rootSeen) {
            rootSeen = true;
            if (name != "worksheet" && name != "dialogsheet" && name != "macrosheet")
                return partError(Error::Kind::Format,
                                 tr("The part is not a worksheet: its root element is <%1>.")
                                     .arg(QString::fromUtf8(name.first(std::min<qsizetype>(40, name.size())))));
            continue;
        }
        if (!xml.isMain())
            continue;
        if (name == "sheetData") {
            if (Status s = parseSheetData(xml, device); !s.ok())
                return s;
        } else if (name == "mergeCell") {
            const auto range = CellRange::fromA1(QString::fromLatin1(xml.attribute("ref")));
            if (range) {
                if (m_merges.size() >= m_context.limits.maxCells)
                    return partError(Error::Kind::TooLarge, tr("The sheet has too many merged ranges."));
                m_merges.append(*range);
            }
        }
    }
    // Only a clean end of the device counts: a limit or a cancel may look like the end.
    if (device.failed())
        return XlsxXml::partError(xml, device, m_context.file, m_context.part);

    *m_context.gridCellsUsed += qint64(m_rows) * m_columnCount;
    Table table;
    for (int c = 0; c < m_columnCount; ++c) {
        Column &column = m_columns[size_t(c)];
        column.resize(m_rows);
        table.insertColumn(c, std::move(column));
    }
    m_columns.clear();
    table.squeeze();
    sheet.table = std::move(table);
    sheet.merges = std::move(m_merges);
    return Ok{};
}

Status XlsxSheetParser::parseSheetData(XlsxXmlScanner &xml, const XlsxPartDevice &device)
{
    using Token = XlsxXmlScanner::Token;
    qsizetype row = -1;
    int column = -1;
    for (;;) {
        const Token token = xml.next();
        if (token == Token::StartElement) {
            const QByteArrayView name = xml.localName();
            if (name == "c" && xml.isMain()) {
                // Cells without r= follow the previous cell; a row without r= follows the
                // previous row.
                if (row < 0)
                    row = 0;
                ++column;
                if (Status s = parseCell(xml, device, row, column); !s.ok())
                    return s;
                continue;
            }
            if (name == "row" && xml.isMain()) {
                const QByteArrayView r = xml.attribute("r");
                if (r.isNull()) {
                    ++row;
                } else {
                    const qint64 n = parseIndex(r);
                    if (n < 1 || n > MaxRows)
                        return cellError(Error::Kind::Format,
                                         tr("A row has the invalid number \"%1\".").arg(QString::fromUtf8(r.first(std::min<qsizetype>(20, r.size())))),
                                         row + 1, -1);
                    row = qsizetype(n - 1);
                }
                if (row >= MaxRows)
                    return cellError(Error::Kind::Format, tr("The sheet has more than %1 rows.").arg(MaxRows),
                                     row, -1);
                column = -1;
                continue;
            }
            if (!xml.skipElement())
                return XlsxXml::partError(xml, device, m_context.file, m_context.part);
        } else if (token == Token::EndElement) {
            if (xml.localName() == "sheetData")
                return Ok{};
        } else if (token != Token::Text) {
            return XlsxXml::partError(xml, device, m_context.file, m_context.part);
        }
    }
}

Status XlsxSheetParser::parseCell(XlsxXmlScanner &xml, const XlsxPartDevice &device, qsizetype &row, int &column)
{
    using Token = XlsxXmlScanner::Token;
    ValueType type = ValueType::Number;
    qint64 style = 0;
    for (const XlsxXmlScanner::Attribute &a : xml.attributes()) {
        if (a.localName.size() != 1 || !a.prefix.isEmpty())
            continue;
        switch (a.localName[0]) {
        case 'r': {
            if (!parseReference(a.value.trimmed(), &row, &column))
                return cellError(Error::Kind::Format,
                                 tr("A cell has the invalid reference \"%1\".").arg(QString::fromUtf8(a.value.first(std::min<qsizetype>(20, a.value.size())))),
                                 row, column);
            break;
        }
        case 't':
            type = valueType(a.value);
            break;
        case 's':
            style = parseIndex(a.value);
            break;
        default:
            break;
        }
    }
    if (column >= 16384)
        return cellError(Error::Kind::Format, tr("A row has more than 16384 cells."), row, column);

    m_value.resize(0);
    m_inline.resize(0);
    bool hasValue = false;
    bool hasInline = false;
    const qsizetype maxChars = m_context.limits.maxCellChars;
    for (;;) {
        const Token token = xml.next();
        if (token == Token::EndElement)
            break; // </c>: children are read to their end below
        if (token == Token::Text)
            continue;
        if (token != Token::StartElement)
            return XlsxXml::partError(xml, device, m_context.file, m_context.part);
        const QByteArrayView name = xml.localName();
        if (name == "v") {
            hasValue = true;
            for (;;) {
                const Token t = xml.next();
                if (t == Token::Text) {
                    m_value.append(xml.text());
                    if (m_value.size() > maxChars && XlsxXml::utf16Length(m_value) > maxChars)
                        return XlsxXml::tooLongText(m_context.file, m_context.part, maxChars);
                } else if (t == Token::EndElement) {
                    break;
                } else if (t != Token::StartElement || !xml.skipElement()) {
                    return XlsxXml::partError(xml, device, m_context.file, m_context.part);
                }
            }
        } else if (name == "is") {
            hasInline = true;
            if (!XlsxXml::readRichText(xml, m_inline, maxChars)) {
                if (xml.token() == Token::Invalid || xml.token() == Token::EndOfDocument)
                    return XlsxXml::partError(xml, device, m_context.file, m_context.part);
                return XlsxXml::tooLongText(m_context.file, m_context.part, maxChars);
            }
        } else if (!xml.skipElement()) { // <f>, <extLst>
            return XlsxXml::partError(xml, device, m_context.file, m_context.part);
        }
    }

    if (!hasValue && !hasInline)
        return Ok{}; // a styled empty cell: never widens the table

    if (type == ValueType::InlineString || (hasInline && !hasValue)) {
        XlsxXml::decodeEscapes(m_inline);
        return storeText(row, column, m_inline);
    }
    switch (type) {
    case ValueType::SharedString: {
        const qint64 index = parseIndex(m_value);
        const auto &strings = *m_context.sharedStrings;
        if (index < 0 || index >= strings.size())
            return cellError(Error::Kind::Format,
                             tr("The cell refers to shared string %1, but the table has %2.")
                                 .arg(QString::fromUtf8(m_value.left(20)))
                                 .arg(strings.size()),
                             row, column);
        return storeText(row, column, strings.at(index));
    }
    case ValueType::Number: {
        double v = 0;
        if (!numberFrom(m_value, &v)) {
            XlsxXml::decodeEscapes(m_value);
            return storeText(row, column, m_value);
        }
        const auto &styles = *m_context.styles;
        const auto category = style >= 0 && style < qint64(styles.size()) ? styles[size_t(style)]
                                                                          : XlsxNumberFormat::Category::Number;
        if (category == XlsxNumberFormat::Category::Number)
            return store(row, column, Cell::number(v));
        return store(row, column, serialToCell(v, category, m_context.date1904));
    }
    case ValueType::FormulaString:
    case ValueType::InlineString:
        XlsxXml::decodeEscapes(m_value);
        return storeText(row, column, m_value);
    case ValueType::Boolean: {
        const QByteArrayView v = QByteArrayView(m_value).trimmed();
        return store(row, column, Cell::boolean(v == "1" || v.compare("true", Qt::CaseInsensitive) == 0));
    }
    case ValueType::Error: {
        const QString code = QString::fromUtf8(m_value).trimmed();
        return store(row, column, code.isEmpty() ? Cell() : Cell::error(code));
    }
    case ValueType::IsoDate: {
        const Cell cell = isoToCell(QString::fromUtf8(m_value));
        if (cell.isEmpty())
            return storeText(row, column, m_value);
        return store(row, column, cell);
    }
    }
    return Ok{};
}

} // namespace tenarai
