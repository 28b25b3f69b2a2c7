// XlsxWriter: files that openpyxl (an independent reader) sees as we meant them, and failures that
// leave nothing behind.
#include "io/XlsxWriter.h"
#include "io/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {

const QString Japanese = QStringLiteral(u"髙橋①㈱ｶﾀｶﾅ");

// Reads an .xlsx with Debian's openpyxl and returns what it saw as JSON (see the script).
// The pyenv python3 first on PATH cannot import openpyxl, hence the fixed path.
const char *const DumpScript = R"PY(
import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
out = {'active': wb.active.title, 'sheets': []}
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            v = c.value
            if v is None:
                continue
            if isinstance(v, datetime.timedelta):
                v = ['timedelta', v.total_seconds()]
            elif isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
                v = [type(v).__name__, v.isoformat()]
            else:
                v = [type(v).__name__, v]
            cells[c.coordinate] = {'value': v, 'type': c.data_type, 'is_date': c.is_date, 'format': c.number_format,
                                   'bold': bool(c.font.b), 'fill': c.fill.fill_type or ''}
    out['sheets'].append({'title': ws.title, 'state': ws.sheet_state,
                          'freeze': ws.freeze_panes or '',
                          'merges': sorted(str(r) for r in ws.merged_cells.ranges),
                          'cells': cells})
print(json.dumps(out))
)PY";

bool openpyxlAvailable()
{
    static const bool available = [] {
        if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
            return false;
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                { QStringLiteral("-c"), QStringLiteral("import openpyxl") });
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }();
    return available;
}

QJsonObject readWithOpenpyxl(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            { QStringLiteral("-c"), QString::fromUtf8(DumpScript), path });
    EXPECT_TRUE(p.waitForFinished(60000));
    const QByteArray err = p.readAllStandardError();
    EXPECT_EQ(p.exitCode(), 0) << err.constData();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &parseError);
    EXPECT_EQ(parseError.error, QJsonParseError::NoError) << err.constData();
    return doc.object();
}

QJsonObject sheetNamed(const QJsonObject &dump, const QString &title)
{
    const QJsonArray sheets = dump.value(u"sheets").toArray();
    for (const QJsonValue &s : sheets) {
        if (s.toObject().value(u"title").toString() == title)
            return s.toObject();
    }
    ADD_FAILURE() << "no sheet " << title.toStdString();
    return {};
}

QJsonObject cellAt(const QJsonObject &sheet, const char *a1)
{
    return sheet.value(u"cells").toObject().value(QString::fromLatin1(a1)).toObject();
}

std::string valueType(const QJsonObject &cell)
{
    return cell.value(u"value").toArray().at(0).toString().toStdString();
}

QJsonValue value(const QJsonObject &cell)
{
    return cell.value(u"value").toArray().at(1);
}

Workbook everyKindWorkbook()
{
    Workbook book;
    Sheet data;
    data.name = QStringLiteral(u"売上データ");
    Table &t = data.table;
    t.appendRow({ Cell::text(QStringLiteral("Name")), Cell::text(QStringLiteral("Amount")),
                  Cell::text(QStringLiteral("Paid")), Cell::text(QStringLiteral("Day")),
                  Cell::text(QStringLiteral("Stamp")), Cell::text(QStringLiteral("Duration")),
                  Cell::text(QStringLiteral("Check")) });
    t.appendRow({ Cell::text(Japanese), Cell::number(1234.5), Cell::boolean(true),
                  Cell::date(QDate(2021, 4, 1)), Cell::dateTime(QDate(2021, 4, 1), QTime(9, 30, 15)),
                  Cell::time(qint64(26) * 3600 * 1000 + 5 * 60 * 1000 + 7 * 1000),
                  Cell::error(QStringLiteral("#N/A")) });
    t.appendRow({ Cell::text(QStringLiteral("=not a formula")), Cell::number(-0.1), Cell::boolean(false),
                  Cell::date(QDate(1900, 2, 28)), Cell(), Cell::time(0),
                  Cell::error(QStringLiteral("#DIV/0!")) });
    t.appendRow({ Cell::text(QStringLiteral(u"結合")), Cell(), Cell(), Cell::number(42) });
    t.appendRow({});
    data.merges = { CellRange { 3, 0, 4, 2 } };
    book.sheets.push_back(data);

    Sheet hidden;
    hidden.name = QStringLiteral("Hidden");
    hidden.state = Sheet::State::Hidden;
    hidden.table.appendRow({ Cell::text(QStringLiteral("secret")), Cell::number(7) });
    book.sheets.push_back(hidden);
    return book;
}

class XlsxWriterTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Anything besides the named files, such as a temporary file left by a failed write.
    QStringList strayFiles(const QStringList &expected = {}) const
    {
        QStringList files = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &e : expected)
            files.removeAll(e);
        return files;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(XlsxWriterTest, OpenpyxlReadsEveryKindAsWritten)
{
    if (!openpyxlAvailable())
        GTEST_SKIP() << "/usr/bin/python3 with openpyxl (Debian python3-openpyxl) is not installed";
    const QString out = path(QStringLiteral(u"結果.xlsx"));
    const Status written = XlsxWriter::writeFile(out, everyKindWorkbook());
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    EXPECT_EQ(strayFiles({ QStringLiteral(u"結果.xlsx") }), QStringList());

    const QJsonObject dump = readWithOpenpyxl(out);
    const QJsonArray sheets = dump.value(u"sheets").toArray();
    ASSERT_EQ(sheets.size(), 2);
    EXPECT_EQ(sheets.at(0).toObject().value(u"title").toString(), QStringLiteral(u"売上データ"));
    EXPECT_EQ(sheets.at(1).toObject().value(u"title").toString(), QStringLiteral("Hidden"));
    EXPECT_EQ(dump.value(u"active").toString(), QStringLiteral(u"売上データ"));

    const QJsonObject s = sheetNamed(dump, QStringLiteral(u"売上データ"));
    EXPECT_EQ(s.value(u"state").toString(), QStringLiteral("visible"));

    // Header row: bold, filled, frozen below.
    EXPECT_TRUE(cellAt(s, "A1").value(u"bold").toBool());
    EXPECT_EQ(cellAt(s, "A1").value(u"fill").toString(), QStringLiteral("solid"));
    EXPECT_FALSE(cellAt(s, "A2").value(u"bold").toBool());
    EXPECT_EQ(s.value(u"freeze").toString(), QStringLiteral("A2"));

    EXPECT_EQ(valueType(cellAt(s, "A2")), "str");
    EXPECT_EQ(value(cellAt(s, "A2")).toString(), Japanese);
    EXPECT_EQ(valueType(cellAt(s, "A3")), "str");
    EXPECT_EQ(value(cellAt(s, "A3")).toString(), QStringLiteral("=not a formula"));

    EXPECT_EQ(valueType(cellAt(s, "B2")), "float");
    EXPECT_DOUBLE_EQ(value(cellAt(s, "B2")).toDouble(), 1234.5);
    EXPECT_DOUBLE_EQ(value(cellAt(s, "B3")).toDouble(), -0.1);
    EXPECT_EQ(valueType(cellAt(s, "D4")), "int");
    EXPECT_EQ(value(cellAt(s, "D4")).toInt(), 42);

    EXPECT_EQ(valueType(cellAt(s, "C2")), "bool");
    EXPECT_TRUE(value(cellAt(s, "C2")).toBool());
    EXPECT_EQ(valueType(cellAt(s, "C3")), "bool");
    EXPECT_FALSE(value(cellAt(s, "C3")).toBool());

    EXPECT_TRUE(cellAt(s, "D2").value(u"is_date").toBool());
    EXPECT_EQ(cellAt(s, "D2").value(u"format").toString(), QStringLiteral("yyyy-mm-dd"));
    EXPECT_EQ(value(cellAt(s, "D2")).toString(), QStringLiteral("2021-04-01T00:00:00"));
    // Before Excel's phantom 1900-02-29: the serial must still mean the same day.
    EXPECT_EQ(value(cellAt(s, "D3")).toString(), QStringLiteral("1900-02-28T00:00:00"));

    EXPECT_TRUE(cellAt(s, "E2").value(u"is_date").toBool());
    EXPECT_EQ(cellAt(s, "E2").value(u"format").toString(), QStringLiteral("yyyy-mm-dd hh:mm:ss"));
    EXPECT_EQ(value(cellAt(s, "E2")).toString(), QStringLiteral("2021-04-01T09:30:15"));

    EXPECT_EQ(cellAt(s, "F2").value(u"format").toString(), QStringLiteral("[h]:mm:ss"));
    EXPECT_EQ(valueType(cellAt(s, "F2")), "timedelta");
    EXPECT_DOUBLE_EQ(value(cellAt(s, "F2")).toDouble(), 26 * 3600 + 5 * 60 + 7);

    // Error cells are error values, not text.
    EXPECT_EQ(cellAt(s, "G2").value(u"type").toString(), QStringLiteral("e"));
    EXPECT_EQ(value(cellAt(s, "G2")).toString(), QStringLiteral("#N/A"));
    EXPECT_EQ(cellAt(s, "G3").value(u"type").toString(), QStringLiteral("e"));
    EXPECT_EQ(value(cellAt(s, "G3")).toString(), QStringLiteral("#DIV/0!"));
    EXPECT_EQ(cellAt(s, "A2").value(u"type").toString(), QStringLiteral("s"));

    EXPECT_EQ(s.value(u"merges").toArray(), QJsonArray({ QStringLiteral("A4:C5") }));
    EXPECT_EQ(value(cellAt(s, "A4")).toString(), QStringLiteral(u"結合"));

    const QJsonObject h = sheetNamed(dump, QStringLiteral("Hidden"));
    EXPECT_EQ(h.value(u"state").toString(), QStringLiteral("hidden"));
    EXPECT_EQ(value(cellAt(h, "A1")).toString(), QStringLiteral("secret"));
    EXPECT_EQ(value(cellAt(h, "B1")).toInt(), 7);
}

TEST_F(XlsxWriterTest, NoHeaderStyleWhenNotAsked)
{
    if (!openpyxlAvailable())
        GTEST_SKIP() << "/usr/bin/python3 with openpyxl is not installed";
    WriteOptions options;
    options.headerRow = false;
    const QString out = path(QStringLiteral("plain.xlsx"));
    ASSERT_TRUE(XlsxWriter::writeFile(out, everyKindWorkbook(), options).ok());
    const QJsonObject s = sheetNamed(readWithOpenpyxl(out), QStringLiteral(u"売上データ"));
    EXPECT_FALSE(cellAt(s, "A1").value(u"bold").toBool());
    EXPECT_EQ(s.value(u"freeze").toString(), QString());
}

TEST_F(XlsxWriterTest, SheetNamesExcelRefusesAreMadeValidAndUnique)
{
    if (!openpyxlAvailable())
        GTEST_SKIP() << "/usr/bin/python3 with openpyxl is not installed";
    Workbook book;
    const QStringList names = { QStringLiteral("a/b"),
                                QStringLiteral("A:B"),
                                QString(QLatin1Char('x')).repeated(40),
                                QString(QLatin1Char('X')).repeated(35),
                                QStringLiteral("'quoted'"),
                                QString(),
                                QStringLiteral("History"),
                                QStringLiteral(u"令和[3]年度*集計?") };
    for (const QString &name : names) {
        Sheet s;
        s.name = name;
        s.table.appendRow({ Cell::text(name) });
        book.sheets.push_back(s);
    }
    const QString out = path(QStringLiteral("names.xlsx"));
    const Status written = XlsxWriter::writeFile(out, book);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();

    QStringList titles;
    const QJsonArray sheets = readWithOpenpyxl(out).value(u"sheets").toArray();
    for (const QJsonValue &s : sheets)
        titles << s.toObject().value(u"title").toString();
    const QString x31 = QString(QLatin1Char('x')).repeated(31);
    const QString x27 = QString(QLatin1Char('X')).repeated(27);
    EXPECT_EQ(titles,
              QStringList({ QStringLiteral("a_b"), QStringLiteral("A_B (2)"), x31,
                            x27 + QStringLiteral(" (2)"), QStringLiteral("quoted"), QStringLiteral("Sheet6"),
                            QStringLiteral("History (2)"), QStringLiteral(u"令和_3_年度_集計_") }));
}

TEST_F(XlsxWriterTest, ChartsheetsAreSkippedAndSomeSheetStaysVisible)
{
    if (!openpyxlAvailable())
        GTEST_SKIP() << "/usr/bin/python3 with openpyxl is not installed";
    Workbook book;
    Sheet chart;
    chart.name = QStringLiteral("Chart1");
    chart.type = Sheet::Type::Chartsheet;
    book.sheets.push_back(chart);
    for (const char *name : { "first", "second" }) {
        Sheet s;
        s.name = QString::fromLatin1(name);
        s.state = Sheet::State::VeryHidden;
        s.table.appendRow({ Cell::number(1) });
        book.sheets.push_back(s);
    }
    const QString out = path(QStringLiteral("hidden.xlsx"));
    ASSERT_TRUE(XlsxWriter::writeFile(out, book).ok());
    const QJsonObject dump = readWithOpenpyxl(out);
    const QJsonArray sheets = dump.value(u"sheets").toArray();
    ASSERT_EQ(sheets.size(), 2);
    EXPECT_EQ(sheets.at(0).toObject().value(u"state").toString(), QStringLiteral("visible"));
    EXPECT_EQ(sheets.at(1).toObject().value(u"state").toString(), QStringLiteral("veryHidden"));
    EXPECT_EQ(dump.value(u"active").toString(), QStringLiteral("first"));
}

TEST_F(XlsxWriterTest, ColumnNamesBecomeTheFirstRow)
{
    if (!openpyxlAvailable())
        GTEST_SKIP() << "/usr/bin/python3 with openpyxl is not installed";
    Workbook book;
    Sheet s;
    s.name = QStringLiteral("Named");
    s.table.appendRow({ Cell::number(1), Cell::text(QStringLiteral("a")) });
    s.table.setColumnNames({ QStringLiteral(u"番号"), QStringLiteral(u"名前") });
    s.merges = { CellRange { 0, 0, 0, 1 } };
    book.sheets.push_back(s);
    const QString out = path(QStringLiteral("named.xlsx"));
    ASSERT_TRUE(XlsxWriter::writeFile(out, book).ok());
    const QJsonObject sheet = sheetNamed(readWithOpenpyxl(out), QStringLiteral("Named"));
    EXPECT_EQ(value(cellAt(sheet, "A1")).toString(), QStringLiteral(u"番号"));
    EXPECT_TRUE(cellAt(sheet, "A1").value(u"bold").toBool());
    EXPECT_EQ(value(cellAt(sheet, "A2")).toInt(), 1);
    // Merges refer to the data, which moved down one row.
    EXPECT_EQ(sheet.value(u"merges").toArray(), QJsonArray({ QStringLiteral("A2:B2") }));
}

TEST_F(XlsxWriterTest, TooManyRowsIsTooLargeAndWritesNothing)
{
    Workbook book;
    Sheet s;
    s.name = QStringLiteral("Big");
    s.table.setColumnCount(1);
    s.table.setRowCount(1048577);
    book.sheets.push_back(s);
    const QString out = path(QStringLiteral("big.xlsx"));
    const Status written = XlsxWriter::writeFile(out, book);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(written.error().file, out);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("1048576")))
        << written.error().message.toStdString();
    EXPECT_EQ(strayFiles(), QStringList());
}

TEST_F(XlsxWriterTest, TooManyColumnsIsTooLarge)
{
    Workbook book;
    Sheet s;
    s.table.setColumnCount(16385);
    s.table.setRowCount(1);
    book.sheets.push_back(s);
    const Status written = XlsxWriter::writeFile(path(QStringLiteral("wide.xlsx")), book);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(strayFiles(), QStringList());
}

TEST_F(XlsxWriterTest, OverlongTextFailsNamingTheCellAndLeavesNoFile)
{
    Workbook book;
    Sheet s;
    s.name = QStringLiteral("Long");
    s.table.appendRow({ Cell::text(QStringLiteral("ok")) });
    s.table.appendRow({ Cell(), Cell(), Cell::text(QString(QLatin1Char('a')).repeated(32768)) });
    book.sheets.push_back(s);
    const QString out = path(QStringLiteral("long.xlsx"));
    const Status written = XlsxWriter::writeFile(out, book);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(written.error().file, out);
    EXPECT_EQ(written.error().row, 1);
    EXPECT_EQ(written.error().column, 2);
    EXPECT_TRUE(written.error().toString().contains(QStringLiteral("row 2, column 3")));
    EXPECT_EQ(strayFiles(), QStringList());

    // The longest text a cell can hold is fine.
    book.sheets[0].table.setCell(1, 2, Cell::text(QString(QLatin1Char('a')).repeated(32767)));
    EXPECT_TRUE(XlsxWriter::writeFile(out, book).ok());
}

TEST_F(XlsxWriterTest, UnwritableFolderIsAnIoErrorNamingTheFile)
{
    const QString out = path(QStringLiteral("no/such/folder/out.xlsx"));
    const Status written = XlsxWriter::writeFile(out, everyKindWorkbook());
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, Error::Kind::Io);
    EXPECT_TRUE(written.error().toString().startsWith(out)) << written.error().toString().toStdString();
}

TEST_F(XlsxWriterTest, ReplacesAnExistingFile)
{
    const QString out = path(QStringLiteral("again.xlsx"));
    {
        QFile old(out);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    ASSERT_TRUE(XlsxWriter::writeFile(out, everyKindWorkbook()).ok());
    QFile now(out);
    ASSERT_TRUE(now.open(QIODevice::ReadOnly));
    EXPECT_TRUE(now.read(4).startsWith("PK\x03\x04"));
    EXPECT_EQ(strayFiles({ QStringLiteral("again.xlsx") }), QStringList());
}

TEST_F(XlsxWriterTest, ReportsProgressAndCanBeCancelled)
{
    Workbook book;
    Sheet s;
    s.name = QStringLiteral("Rows");
    for (int r = 0; r < 5000; ++r)
        s.table.appendRow({ Cell::number(r), Cell::text(QStringLiteral("row %1").arg(r)) });
    book.sheets.push_back(s);

    QList<qint64> seen;
    WriteOptions options;
    options.progress = [&seen](qint64 done, qint64 total) {
        EXPECT_EQ(total, 5000);
        seen << done;
        return true;
    };
    const QString out = path(QStringLiteral("progress.xlsx"));
    ASSERT_TRUE(XlsxWriter::writeFile(out, book, options).ok());
    ASSERT_GE(seen.size(), 2);
    EXPECT_TRUE(std::is_sorted(seen.cbegin(), seen.cend()));
    EXPECT_EQ(seen.last(), 5000);
    QFile::remove(out);

    options.progress = [](qint64 done, qint64) { return done < 2000; };
    const Status cancelled = XlsxWriter::writeFile(out, book, options);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().kind, Error::Kind::Cancelled);
    EXPECT_EQ(strayFiles(), QStringList());
}

TEST_F(XlsxWriterTest, XlsxReaderReadsBackEveryCellKindAndSheet)
{
    Workbook book = everyKindWorkbook();
    Table &t = book.sheets[0].table;
    // Texts XML would otherwise mangle: CR LF inside a cell, a control character, a literal
    // _xHHHH_ escape, leading and trailing spaces, markup characters.
    t.appendRow({ Cell::text(QStringLiteral("line 1\r\nline 2")), Cell::text(QStringLiteral("bell\x07tab\t")),
                  Cell::text(QStringLiteral("_x0041_ stays")), Cell::text(QStringLiteral("  padded  ")),
                  Cell::text(QStringLiteral("<a href=\"x\">&amp;</a>")), Cell::number(1e-5),
                  Cell::error(QStringLiteral("#CUSTOM")) });
    book.sheets[1].state = Sheet::State::VeryHidden;
    const QString out = path(QStringLiteral("roundtrip.xlsx"));
    const Status written = XlsxWriter::writeFile(out, book);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();

    const Result<Workbook> read = XlsxReader::readFile(out);
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    const Workbook &back = read.value();
    ASSERT_EQ(back.sheets.size(), 2u);
    EXPECT_FALSE(back.source.date1904);
    for (size_t s = 0; s < 2; ++s) {
        const Sheet &want = book.sheets[s];
        const Sheet &got = back.sheets[s];
        EXPECT_EQ(got.name, want.name);
        EXPECT_EQ(got.state, want.state);
        EXPECT_EQ(got.merges, want.merges);
        for (qsizetype r = 0; r < want.table.rowCount(); ++r) {
            for (int c = 0; c < want.table.columnCount(); ++c) {
                Cell expected = want.table.cell(r, c);
                // Unknown error codes cannot be error values in a spreadsheet; they are kept as text.
                if (expected.kind() == Cell::Kind::Error && expected.errorCode() == u"#CUSTOM")
                    expected = Cell::text(expected.errorCode());
                const Cell actual = got.table.cell(r, c);
                EXPECT_EQ(actual, expected)
                    << "sheet " << s << " " << Table::columnLetters(c).toStdString() << r + 1 << ": expected "
                    << Cell::kindName(expected.kind()).toStdString() << " '"
                    << expected.toString().toStdString() << "' got "
                    << Cell::kindName(actual.kind()).toStdString() << " '" << actual.toString().toStdString()
                    << "'";
            }
        }
    }
}
