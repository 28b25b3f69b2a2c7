// XlsxReader on workbooks built in the test: every value kind, dates in both date systems,
// namespaces and part names as other writers spell them, sparse sheets, limits, progress and
// cancel, and broken files (each must fail quickly with an Error naming the file and the part).
// The corpus files are covered by XlsxCorpusTest; the broken corpus files are checked here.
#include "io/XlsxReader.h"

#include "TestZip.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>


using namespace tenarai;

namespace {

const QByteArray Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const QByteArray RelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const QByteArray PkgRel = "http://schemas.openxmlformats.org/package/2006/relationships";

QByteArray rootRels(const QByteArray &target = "xl/workbook.xml")
{
    return "<?xml version=\"1.0\"?><Relationships xmlns=\"" + PkgRel + "\"><Relationship Id=\"rId1\" Type=\""
           + RelType + "officeDocument\" Target=\"" + target + "\"/></Relationships>";
}

QByteArray sheetXml(const QByteArray &sheetData, const QByteArray &extra = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + Main + "\" xmlns:r=\"" + Rel
           + "\"><sheetData>" + sheetData + "</sheetData>" + extra + "</worksheet>";
}

struct Book
{
    QByteArray workbookPr;
    QList<std::pair<QByteArray, QByteArray>> sheets; // name, sheet XML
    QByteArray sharedStrings;                        // <si> elements, or empty for no part
    QByteArray styles;                               // styles.xml content, or empty
    QList<TestZip::Entry> extra;

    QByteArray zip() const
    {
        QByteArray wb = "<?xml version=\"1.0\"?><workbook xmlns=\"" + Main + "\" xmlns:r=\"" + Rel + "\">"
                        + workbookPr + "<sheets>";
        QByteArray rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"" + PkgRel + "\">";
        QList<TestZip::Entry> entries;
        entries << TestZip::Entry{"_rels/.rels", rootRels()};
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            const QByteArray n = QByteArray::number(i + 1);
            wb += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
            rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + RelType + "worksheet\" Target=\"worksheets/sheet"
                    + n + ".xml\"/>";
            entries << TestZip::Entry{"xl/worksheets/sheet" + n + ".xml", sheets[i].second};
        }
        if (!sharedStrings.isEmpty()) {
            rels += "<Relationship Id=\"rIdS\" Type=\"" + RelType + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
            entries << TestZip::Entry{"xl/sharedStrings.xml",
                                      "<?xml version=\"1.0\"?><sst xmlns=\"" + Main + "\">" + sharedStrings + "</sst>"};
        }
        if (!styles.isEmpty()) {
            rels += "<Relationship Id=\"rIdT\" Type=\"" + RelType + "styles\" Target=\"styles.xml\"/>";
            entries << TestZip::Entry{"xl/styles.xml",
                                      "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + Main + "\">" + styles
                                          + "</styleSheet>"};
        }
        wb += "</sheets></workbook>";
        rels += "</Relationships>";
        entries << TestZip::Entry{"xl/workbook.xml", wb}
                << TestZip::Entry{"xl/_rels/workbook.xml.rels", rels};
        entries << extra;
        return TestZip::build(entries);
    }
};

Result<Workbook> readBytes(QByteArray bytes, const ReadOptions &options = {})
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return XlsxReader::read(&buffer, QStringLiteral("test.xlsx"), options);
}

Workbook readOk(const QByteArray &bytes, const ReadOptions &options = {})
{
    auto result = readBytes(bytes, options);
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().toString().toStdString());
    return result.ok() ? std::move(result).value() : Workbook();
}

Error readError(const QByteArray &bytes, const ReadOptions &options = {})
{
    auto result = readBytes(bytes, options);
    EXPECT_FALSE(result.ok());
    if (result.ok())
        return {};
    EXPECT_EQ(result.error().file, QStringLiteral("test.xlsx"));
    EXPECT_FALSE(result.error().message.isEmpty());
    return result.error();
}

Table oneSheet(const QByteArray &sheetData, const QByteArray &sst = {}, const QByteArray &styles = {},
               const QByteArray &workbookPr = {})
{
    Book b;
    b.sheets << std::pair{QByteArray("S"), sheetXml(sheetData)};
    b.sharedStrings = sst;
    b.styles = styles;
    b.workbookPr = workbookPr;
    Workbook wb = readOk(b.zip());
    return wb.sheets.empty() ? Table() : wb.sheets[0].table;
}

QByteArray stylesWith(const QByteArray &numFmts, const QList<int> &xfFormatIds)
{
    QByteArray s = "<numFmts>" + numFmts + "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>";
    for (int id : xfFormatIds)
        s += "<xf numFmtId=\"" + QByteArray::number(id) + "\"/>";
    return s + "</cellXfs>";
}

} // namespace

TEST(XlsxReader, ReadsEveryValueKind)
{
    const QByteArray sst = "<si><t>plain</t></si>"
                           "<si><r><rPr><b/></rPr><t>rich </t></r><r><t xml:space=\"preserve\">text</t></r></si>"
                           "<si><t>豊田</t><rPh sb=\"0\" eb=\"2\"><t>トヨタ</t></rPh></si>"
                           "<si><t>A_x000D_B&amp;&lt;C&gt;</t></si>"
                           "<si><t>_x005F_x0041_</t></si>";
    const Table t = oneSheet("<row r=\"1\">"
                             "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                             "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c>"
                             "<c r=\"E1\" t=\"s\"><v>4</v></c></row>"
                             "<row r=\"2\"><c r=\"A2\"><v>1234.5</v></c><c r=\"B2\" t=\"n\"><v>-1E-3</v></c>"
                             "<c r=\"C2\" t=\"b\"><v>1</v></c><c r=\"D2\" t=\"e\"><v>#DIV/0!</v></c>"
                             "<c r=\"E2\" t=\"inlineStr\"><is><t>in</t><r><t>line</t></r></is></c></row>"
                             "<row r=\"3\"><c r=\"A3\"><f>1+1</f><v>2</v></c>"
                             "<c r=\"B3\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>"
                             "<c r=\"C3\"><f t=\"shared\" ref=\"C3:C4\" si=\"0\">A3*2</f><v>4</v></c>"
                             "<c r=\"D3\" t=\"d\"><v>2021-04-01</v></c><c r=\"E3\" t=\"d\"><v>2021-04-01T09:30:00</v></c></row>"
                             "<row r=\"4\"><c r=\"C4\"><f t=\"shared\" si=\"0\"/><v>8</v></c><c r=\"D4\" t=\"b\"><v>0</v></c></row>",
                             sst);
    EXPECT_EQ(t.cell(0, 0), Cell::text(QStringLiteral("plain")));
    EXPECT_EQ(t.cell(0, 1), Cell::text(QStringLiteral("rich text")));
    EXPECT_EQ(t.cell(0, 2), Cell::text(QStringLiteral("豊田"))); // furigana dropped
    EXPECT_EQ(t.cell(0, 3), Cell::text(QStringLiteral("A\rB&<C>")));
    EXPECT_EQ(t.cell(0, 4), Cell::text(QStringLiteral("_x0041_")));
    EXPECT_EQ(t.cell(1, 0), Cell::number(1234.5));
    EXPECT_EQ(t.cell(1, 1), Cell::number(-0.001));
    EXPECT_EQ(t.cell(1, 2), Cell::boolean(true));
    EXPECT_EQ(t.cell(1, 3), Cell::error(QStringLiteral("#DIV/0!")));
    EXPECT_EQ(t.cell(1, 4), Cell::text(QStringLiteral("inline")));
    EXPECT_EQ(t.cell(2, 0), Cell::number(2));
    EXPECT_EQ(t.cell(2, 1), Cell::text(QStringLiteral("ab")));
    EXPECT_EQ(t.cell(2, 2), Cell::number(4));
    EXPECT_EQ(t.cell(2, 3), Cell::date(QDate(2021, 4, 1)));
    EXPECT_EQ(t.cell(2, 4), Cell::dateTime(QDate(2021, 4, 1), QTime(9, 30)));
    EXPECT_EQ(t.cell(3, 2), Cell::number(8));
    EXPECT_EQ(t.cell(3, 3), Cell::boolean(false));
    EXPECT_EQ(t.rowCount(), 4);
    EXPECT_EQ(t.columnCount(), 5);
}

TEST(XlsxReader, DatesFollowTheNumberFormat)
{
    // xf 0 General, 1 built-in 14, 2 built-in 22, 3 built-in 46 [h]:mm:ss, 4 custom date-time,
    // 5 custom elapsed, 6 custom time, 7 scientific, 8 quoted letters, 9 CJK built-in 31, 10 built-in 20
    const QByteArray styles = stylesWith("<numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\\ h:mm\"/>"
                                         "<numFmt numFmtId=\"165\" formatCode=\"[h]:mm:ss\"/>"
                                         "<numFmt numFmtId=\"166\" formatCode=\"[$-411]h&quot;時&quot;mm&quot;分&quot;\"/>"
                                         "<numFmt numFmtId=\"167\" formatCode=\"0.00E+00\"/>"
                                         "<numFmt numFmtId=\"168\" formatCode=\"&quot;day&quot; 0;[Red]-0\"/>",
                                         {0, 14, 22, 46, 164, 165, 166, 167, 168, 31, 20});
    const Table t = oneSheet("<row r=\"1\"><c r=\"A1\" s=\"0\"><v>44287</v></c><c r=\"B1\" s=\"1\"><v>44287</v></c>"
                             "<c r=\"C1\" s=\"2\"><v>44287.5</v></c><c r=\"D1\" s=\"3\"><v>1.5</v></c>"
                             "<c r=\"E1\" s=\"4\"><v>44287.25</v></c><c r=\"F1\" s=\"5\"><v>10.632060185185185</v></c>"
                             "<c r=\"G1\" s=\"6\"><v>0.75</v></c><c r=\"H1\" s=\"7\"><v>44287</v></c>"
                             "<c r=\"I1\" s=\"8\"><v>44287</v></c><c r=\"J1\" s=\"9\"><v>44287</v></c>"
                             "<c r=\"K1\" s=\"1\"><v>44287.5</v></c><c r=\"L1\" s=\"10\"><v>1.25</v></c></row>"
                             "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>1</v></c><c r=\"B2\" s=\"1\"><v>59</v></c>"
                             "<c r=\"C2\" s=\"1\"><v>60</v></c><c r=\"D2\" s=\"1\"><v>61</v></c>"
                             "<c r=\"E2\" s=\"99\"><v>61</v></c></row>",
                             {}, styles);
    EXPECT_EQ(t.cell(0, 0), Cell::number(44287));
    EXPECT_EQ(t.cell(0, 1), Cell::date(QDate(2021, 4, 1)));
    EXPECT_EQ(t.cell(0, 2), Cell::dateTime(QDate(2021, 4, 1), QTime(12, 0)));
    EXPECT_EQ(t.cell(0, 3), Cell::time(36 * 3600 * 1000));
    EXPECT_EQ(t.cell(0, 4), Cell::dateTime(QDate(2021, 4, 1), QTime(6, 0)));
    EXPECT_EQ(t.cell(0, 5).toString(), QStringLiteral("255:10:10"));
    EXPECT_EQ(t.cell(0, 6), Cell::time(18 * 3600 * 1000));
    EXPECT_EQ(t.cell(0, 7), Cell::number(44287));
    EXPECT_EQ(t.cell(0, 8), Cell::number(44287));
    EXPECT_EQ(t.cell(0, 9), Cell::date(QDate(2021, 4, 1)));
    // A date format on a value with a time of day keeps the time rather than lose it.
    EXPECT_EQ(t.cell(0, 10), Cell::dateTime(QDate(2021, 4, 1), QTime(12, 0)));
    // A time format on a value of a day or more is a date-time, as Excel stores it.
    EXPECT_EQ(t.cell(0, 11), Cell::dateTime(QDate(1900, 1, 1), QTime(6, 0)));
    // 1900 system: Excel's phantom 1900-02-29 (serial 60) shifts everything before it.
    EXPECT_EQ(t.cell(1, 0), Cell::date(QDate(1900, 1, 1)));
    EXPECT_EQ(t.cell(1, 1), Cell::date(QDate(1900, 2, 28)));
    EXPECT_EQ(t.cell(1, 2), Cell::date(QDate(1900, 2, 28)));
    EXPECT_EQ(t.cell(1, 3), Cell::date(QDate(1900, 3, 1)));
    EXPECT_EQ(t.cell(1, 4), Cell::number(61)); // a style index beyond cellXfs: plain number
}

TEST(XlsxReader, Reads1904DateSystem)
{
    for (const char *flag : {"1", "true"}) {
        Book b;
        b.workbookPr = "<workbookPr date1904=\"" + QByteArray(flag) + "\"/>";
        b.styles = stylesWith({}, {0, 14});
        b.sheets << std::pair{QByteArray("S"), sheetXml("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c>"
                                                        "<c r=\"B1\" s=\"1\"><v>42825</v></c></row>")};
        const Workbook wb = readOk(b.zip());
        ASSERT_EQ(wb.sheets.size(), 1u);
        EXPECT_TRUE(wb.source.date1904);
        EXPECT_EQ(wb.sheets[0].table.cell(0, 0), Cell::date(QDate(1904, 1, 1)));
        EXPECT_EQ(wb.sheets[0].table.cell(0, 1), Cell::date(QDate(2021, 4, 1)));
    }
}

TEST(XlsxReader, MatchesElementsByNamespaceNotPrefix)
{
    // Every element x:-prefixed, the relationship id under another prefix, and a foreign
    // element called <c> that must be ignored.
    const QByteArray wb = "<x:workbook xmlns:x=\"" + Main + "\" xmlns:ns=\"" + Rel + "\"><x:sheets>"
                          "<x:sheet name=\"One\" sheetId=\"1\" ns:id=\"rId1\"/></x:sheets></x:workbook>";
    const QByteArray rels = "<Relationships xmlns=\"" + PkgRel + "\"><Relationship Id=\"rId1\" Type=\"" + RelType
                            + "worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/></Relationships>";
    const QByteArray sheet = "<x:worksheet xmlns:x=\"" + Main + "\" xmlns:o=\"urn:other\"><x:sheetData>"
                             "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>hello</x:t></x:is></x:c>"
                             "<x:c r=\"B1\"><x:v>5</x:v></x:c></x:row></x:sheetData>"
                             "<o:sheetData><o:row><o:c><o:v>9</o:v></o:c></o:row></o:sheetData></x:worksheet>";
    const Workbook book = readOk(TestZip::build({{"_rels/.rels", rootRels()}, {"xl/workbook.xml", wb},
                                          {"xl/_rels/workbook.xml.rels", rels}, {"xl/worksheets/sheet1.xml", sheet}}));
    ASSERT_EQ(book.sheets.size(), 1u);
    EXPECT_EQ(book.sheets[0].name, QStringLiteral("One"));
    EXPECT_EQ(book.sheets[0].table.cell(0, 0), Cell::text(QStringLiteral("hello")));
    EXPECT_EQ(book.sheets[0].table.cell(0, 1), Cell::number(5));
    EXPECT_EQ(book.sheets[0].table.rowCount(), 1);
}

TEST(XlsxReader, ReadsStrictOpenXml)
{
    const QByteArray sMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    const QByteArray sRel = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    const QByteArray rels0 = "<Relationships xmlns=\"" + PkgRel + "\"><Relationship Id=\"rId1\" Type=\"" + sRel
                             + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    const QByteArray wb = "<workbook xmlns=\"" + sMain + "\" xmlns:r=\"" + sRel + "\"><sheets>"
                          "<sheet name=\"Strict\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray rels = "<Relationships xmlns=\"" + PkgRel + "\"><Relationship Id=\"rId1\" Type=\"" + sRel
                            + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    const QByteArray sheet = "<worksheet xmlns=\"" + sMain + "\"><sheetData><row r=\"2\"><c r=\"B2\"><v>7</v></c>"
                             "</row></sheetData></worksheet>";
    const Workbook book = readOk(TestZip::build({{"_rels/.rels", rels0}, {"xl/workbook.xml", wb},
                                          {"xl/_rels/workbook.xml.rels", rels}, {"xl/worksheets/sheet1.xml", sheet}}));
    ASSERT_EQ(book.sheets.size(), 1u);
    EXPECT_EQ(book.sheets[0].table.cell(1, 1), Cell::number(7));
}

TEST(XlsxReader, FindsPartsCaseInsensitivelyAndWithBackslashes)
{
    Book b;
    b.sheets << std::pair{QByteArray("S"), sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")};
    b.sharedStrings = "<si><t>found</t></si>";
    QByteArray zip = b.zip();
    // Rename the parts in place (same length): backslashes and another case.
    zip.replace("xl/worksheets/sheet1.xml", "xl\\worksheets\\SHEET1.xml");
    zip.replace("xl/sharedStrings.xml", "xl/SharedStrings.xml");
    const Workbook book = readOk(zip);
    ASSERT_EQ(book.sheets.size(), 1u);
    EXPECT_EQ(book.sheets[0].table.cell(0, 0), Cell::text(QStringLiteral("found")));
}

TEST(XlsxReader, ReportsSheetsInOrderWithStateTypeAndMerges)
{
    const QByteArray wb = "<workbook xmlns=\"" + Main + "\" xmlns:r=\"" + Rel + "\"><sheets>"
                          "<sheet name=\"見える\" sheetId=\"1\" r:id=\"rId1\"/>"
                          "<sheet name=\"Hidden\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/>"
                          "<sheet name=\"Chart\" sheetId=\"3\" state=\"veryHidden\" r:id=\"rId3\"/>"
                          "<sheet name=\"Dialog\" sheetId=\"4\" r:id=\"rId4\"/></sheets></workbook>";
    const QByteArray rels = "<Relationships xmlns=\"" + PkgRel + "\">"
                            "<Relationship Id=\"rId1\" Type=\"" + RelType + "worksheet\" Target=\"worksheets/a.xml\"/>"
                            "<Relationship Id=\"rId2\" Type=\"" + RelType + "worksheet\" Target=\"worksheets/b.xml\"/>"
                            "<Relationship Id=\"rId3\" Type=\"" + RelType + "chartsheet\" Target=\"chartsheets/c.xml\"/>"
                            "<Relationship Id=\"rId4\" Type=\"" + RelType + "dialogsheet\" Target=\"dialogsheets/d.xml\"/>"
                            "</Relationships>";
    const QByteArray merged = sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\" s=\"1\"/></row>",
                                       "<mergeCells count=\"2\"><mergeCell ref=\"A1:B2\"/><mergeCell ref=\"D4:D9\"/></mergeCells>");
    const QByteArray chart = "<chartsheet xmlns=\"" + Main + "\"><sheetViews/></chartsheet>";
    const QByteArray dialog = "<dialogsheet xmlns=\"" + Main + "\"><sheetPr/></dialogsheet>";
    const Workbook book = readOk(TestZip::build({{"_rels/.rels", rootRels()}, {"xl/workbook.xml", wb},
                                          {"xl/_rels/workbook.xml.rels", rels}, {"xl/worksheets/a.xml", merged},
                                          {"xl/worksheets/b.xml", sheetXml({})}, {"xl/chartsheets/c.xml", chart},
                                          {"xl/dialogsheets/d.xml", dialog}}));
    ASSERT_EQ(book.sheets.size(), 4u);
    EXPECT_EQ(book.sheets[0].name, QStringLiteral("見える"));
    EXPECT_EQ(book.sheets[0].state, Sheet::State::Visible);
    EXPECT_EQ(book.sheets[1].state, Sheet::State::Hidden);
    EXPECT_EQ(book.sheets[2].state, Sheet::State::VeryHidden);
    EXPECT_EQ(book.sheets[2].type, Sheet::Type::Chartsheet);
    EXPECT_TRUE(book.sheets[2].table.isEmpty());
    EXPECT_EQ(book.sheets[3].type, Sheet::Type::Worksheet);
    EXPECT_TRUE(book.sheets[3].table.isEmpty());
    ASSERT_EQ(book.sheets[0].merges.size(), 2);
    EXPECT_EQ(book.sheets[0].merges[0].toA1(), QStringLiteral("A1:B2"));
    EXPECT_EQ(book.sheets[0].merges[1].toA1(), QStringLiteral("D4:D9"));
    // The value stays in the top-left cell; merges and styled empty cells do not widen the table.
    EXPECT_EQ(book.sheets[0].table.cell(0, 0), Cell::number(1));
    EXPECT_EQ(book.sheets[0].table.rowCount(), 1);
    EXPECT_EQ(book.sheets[0].table.columnCount(), 1);
    EXPECT_EQ(book.source.format, QStringLiteral("xlsx"));
}

TEST(XlsxReader, CountsPositionsWhenRowsAndCellsHaveNoReference)
{
    const Table t = oneSheet("<row><c><v>1</v></c><c><v>2</v></c></row>"
                             "<row><c t=\"inlineStr\"><is><t>x</t></is></c><c/><c><v>3</v></c></row>"
                             "<row r=\"5\"><c r=\"C5\"><v>4</v></c><c><v>5</v></c></row><row><c><v>6</v></c></row>");
    EXPECT_EQ(t.cell(0, 0), Cell::number(1));
    EXPECT_EQ(t.cell(0, 1), Cell::number(2));
    EXPECT_EQ(t.cell(1, 0), Cell::text(QStringLiteral("x")));
    EXPECT_TRUE(t.cell(1, 1).isEmpty());
    EXPECT_EQ(t.cell(1, 2), Cell::number(3));
    EXPECT_EQ(t.cell(4, 2), Cell::number(4));
    EXPECT_EQ(t.cell(4, 3), Cell::number(5));
    EXPECT_EQ(t.cell(5, 0), Cell::number(6));
    EXPECT_EQ(t.rowCount(), 6);
    EXPECT_EQ(t.columnCount(), 4);
}

TEST(XlsxReader, StyledEmptyCellsAndHugeDimensionDoNotWidenTheTable)
{
    QByteArray data = "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\" s=\"3\"/></row>";
    for (int r = 2; r < 2000; ++r)
        data += "<row r=\"" + QByteArray::number(r) + "\" s=\"1\" customFormat=\"1\"><c r=\"B"
                + QByteArray::number(r) + "\" s=\"1\"/></row>";
    data += "<row r=\"1048576\"><c r=\"XFD1048576\" s=\"2\"><f>A1</f></c></row>";
    Book b;
    b.sheets << std::pair{QByteArray("S"),
                          "<worksheet xmlns=\"" + Main + "\"><dimension ref=\"A1:XFD1048576\"/><sheetData>" + data
                              + "</sheetData></worksheet>"};
    const Workbook wb = readOk(b.zip());
    ASSERT_EQ(wb.sheets.size(), 1u);
    EXPECT_EQ(wb.sheets[0].table.rowCount(), 1);
    EXPECT_EQ(wb.sheets[0].table.columnCount(), 1);
}

TEST(XlsxReader, FarAwayValuesAreBoundedByMaxCells)
{
    // The last row and the last column on their own are cheap grids and read.
    const Table lastRow = oneSheet("<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>");
    EXPECT_EQ(lastRow.rowCount(), 1048576);
    EXPECT_EQ(lastRow.cell(1048575, 0), Cell::number(1));
    const Table lastColumn = oneSheet("<row r=\"1\"><c r=\"XFD1\"><v>2</v></c></row>");
    EXPECT_EQ(lastColumn.columnCount(), 16384);
    EXPECT_EQ(lastColumn.cell(0, 16383), Cell::number(2));

    // A lone value at XFD1048576 would need a 17-billion-cell grid (68 GB of offsets): refused
    // up front, naming the cell, before any memory is spent.
    Book b;
    b.sheets << std::pair{QByteArray("S"), sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                                    "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>")};
    QElapsedTimer timer;
    timer.start();
    const Error e = readError(b.zip());
    EXPECT_LT(timer.elapsed(), 2000);
    EXPECT_EQ(e.kind, Error::Kind::TooLarge);
    EXPECT_EQ(e.part, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_EQ(e.row, 1048575);
    EXPECT_EQ(e.column, 16383);
    EXPECT_TRUE(e.message.contains(QStringLiteral("XFD1048576")));

    // The grids of all sheets count together.
    ReadOptions options;
    options.limits.maxCells = 14; // 3x3 + 2x3 = 15
    Book two;
    two.sheets << std::pair{QByteArray("A"), sheetXml("<row r=\"3\"><c r=\"C3\"><v>1</v></c></row>")}
               << std::pair{QByteArray("B"), sheetXml("<row r=\"2\"><c r=\"C2\"><v>1</v></c></row>")};
    EXPECT_EQ(readError(two.zip(), options).kind, Error::Kind::TooLarge);
    options.limits.maxCells = 15;
    readOk(two.zip(), options);
}

TEST(XlsxReader, ReportsProgressAndCancels)
{
    QByteArray data;
    for (int r = 1; r <= 20000; ++r)
        data += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) + "\"><v>" + QByteArray::number(r)
                + "</v></c></row>";
    Book b;
    b.sheets << std::pair{QByteArray("S"), sheetXml(data)};
    const QByteArray zip = b.zip();
    const qint64 sheetBytes = sheetXml(data).size();

    ReadOptions options;
    qint64 last = -1;
    qint64 total = 0;
    int calls = 0;
    options.progress = [&](qint64 done, qint64 all) {
        EXPECT_GE(done, last);
        last = done;
        total = all;
        ++calls;
        return true;
    };
    const Workbook wb = readOk(zip, options);
    EXPECT_EQ(wb.sheets[0].table.rowCount(), 20000);
    EXPECT_GT(calls, 1);
    EXPECT_EQ(total, sheetBytes);
    EXPECT_EQ(last, sheetBytes);

    options.progress = [](qint64 done, qint64) { return done == 0; };
    const Error e = readError(zip, options);
    EXPECT_EQ(e.kind, Error::Kind::Cancelled);
    EXPECT_EQ(e.part, QStringLiteral("xl/worksheets/sheet1.xml"));
}

TEST(XlsxReader, RefusesNonZipAndPasswordProtectedFiles)
{
    EXPECT_EQ(readError("name,age\nTaro,30\n").kind, Error::Kind::Format);
    EXPECT_EQ(readError(QByteArray()).kind, Error::Kind::Format);

    // An OLE compound file holding an EncryptedPackage stream is Excel's password protection.
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += QByteArray(1000, '\0') + QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32)
           + QByteArray(100, '\0');
    const Error encrypted = readError(ole);
    EXPECT_EQ(encrypted.kind, Error::Kind::Unsupported);
    EXPECT_TRUE(encrypted.message.contains(QStringLiteral("password")));
    // Without that stream it is an old .xls.
    const Error xls = readError(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(2000, '\0'));
    EXPECT_EQ(xls.kind, Error::Kind::Unsupported);
    EXPECT_TRUE(xls.message.contains(QStringLiteral(".xls")));
}

TEST(XlsxReader, RefusesTruncatedArchivesAndMissingParts)
{
    Book b;
    b.sheets << std::pair{QByteArray("S"), sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")};
    const QByteArray zip = b.zip();
    for (const qsizetype keep : {zip.size() / 2, zip.size() - 10, qsizetype(30)}) {
        const Error e = readError(zip.left(keep));
        EXPECT_EQ(e.kind, Error::Kind::Format);
    }
    // A ZIP without a workbook.
    const Error none = readError(TestZip::build({{"hello.txt", "hello"}}));
    EXPECT_EQ(none.kind, Error::Kind::Format);
    EXPECT_TRUE(none.message.contains(QStringLiteral("workbook")));
    // A sheet whose part is missing.
    Book missing = b;
    QByteArray z = missing.zip();
    z.replace("xl/worksheets/sheet1.xml", "xl/worksheets/sheetX.xml");
    const Error gone = readError(z);
    EXPECT_EQ(gone.part, QStringLiteral("xl/worksheets/sheet1.xml"));
}

TEST(XlsxReader, RefusesDoctypeAndMalformedXml)
{
    Book bomb;
    bomb.sheets << std::pair{QByteArray("S"), sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")};
    bomb.sharedStrings = "<si><t>x</t></si>";
    QByteArray zip = bomb.zip();
    const QByteArray dtd = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]>"
                           "<sst xmlns=\"" + Main + "\"><si><t>&lol2;</t></si></sst>";
    QList<TestZip::Entry> entries = {{"_rels/.rels", rootRels()},
                               {"xl/workbook.xml", "<workbook xmlns=\"" + Main + "\" xmlns:r=\"" + Rel
                                                       + "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
                               {"xl/_rels/workbook.xml.rels",
                                "<Relationships xmlns=\"" + PkgRel + "\"><Relationship Id=\"rId1\" Type=\"" + RelType
                                    + "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
                                    + RelType + "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
                               {"xl/worksheets/sheet1.xml", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")},
                               {"xl/sharedStrings.xml", dtd}};
    const Error e = readError(TestZip::build(entries));
    EXPECT_EQ(e.kind, Error::Kind::Unsupported);
    EXPECT_EQ(e.part, QStringLiteral("xl/sharedStrings.xml"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("DTD")));

    // A DOCTYPE in a small part read by QXmlStreamReader is refused too.
    entries[1].data.prepend("<!DOCTYPE workbook>");
    EXPECT_EQ(readError(TestZip::build(entries)).part, QStringLiteral("xl/workbook.xml"));

    // Malformed XML names the part, the line and the column.
    Book bad;
    bad.sheets << std::pair{QByteArray("S"), QByteArray("<worksheet xmlns=\"" + Main
                                                        + "\">\n<sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</v></row>\n</sheetData></worksheet>")};
    const Error m = readError(bad.zip());
    EXPECT_EQ(m.kind, Error::Kind::Format);
    EXPECT_EQ(m.part, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(m.message.contains(QStringLiteral("line 3"))) << m.message.toStdString();
}

TEST(XlsxReader, StopsInflationBombsWhileInflating)
{
    // 24 MiB of white space inside the sheet compresses about 1000:1.
    const QByteArray padding(24 * 1024 * 1024, ' ');
    QByteArray sheet = sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + padding);
    Book b;
    b.sheets << std::pair{QByteArray("S"), sheet};
    const QByteArray zip = b.zip();
    ASSERT_LT(zip.size(), 1024 * 1024);

    ReadOptions options;
    options.limits.maxPartBytes = 8 * 1024 * 1024;
    QElapsedTimer timer;
    timer.start();
    Error e = readError(zip, options);
    EXPECT_EQ(e.kind, Error::Kind::TooLarge);
    EXPECT_EQ(e.part, QStringLiteral("xl/worksheets/sheet1.xml"));

    // Headers that claim 1000 bytes for a 24 MiB part: the archive layer stops at the claimed
    // size, so the XML ends early instead of inflating.
    QList<TestZip::Entry> entries = {{"_rels/.rels", rootRels()},
                               {"xl/workbook.xml", "<workbook xmlns=\"" + Main + "\" xmlns:r=\"" + Rel
                                                       + "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
                               {"xl/_rels/workbook.xml.rels",
                                "<Relationships xmlns=\"" + PkgRel + "\"><Relationship Id=\"rId1\" Type=\"" + RelType
                                    + "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
                               {"xl/worksheets/sheet1.xml", sheet, true, 1000}};
    e = readError(TestZip::build(entries), options);
    EXPECT_EQ(e.kind, Error::Kind::Format);
    EXPECT_EQ(e.part, QStringLiteral("xl/worksheets/sheet1.xml"));

    options.limits = ReadLimits();
    options.limits.maxCompressionRatio = 100;
    e = readError(zip, options);
    EXPECT_EQ(e.kind, Error::Kind::TooLarge);
    EXPECT_TRUE(e.message.contains(QStringLiteral("100")));

    options.limits = ReadLimits();
    options.limits.maxTotalInflatedBytes = 16 * 1024 * 1024;
    EXPECT_EQ(readError(zip, options).kind, Error::Kind::TooLarge);
    EXPECT_LT(timer.elapsed(), 20000);
}

TEST(XlsxReader, EnforcesCountLimits)
{
    Book b;
    b.sheets << std::pair{QByteArray("S"), sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c></row>")};
    b.sharedStrings = "<si><t>a</t></si><si><t>b</t></si><si><t>" + QByteArray(100, 'c') + "</t></si>";
    ReadOptions options;
    options.limits.maxSharedStrings = 2;
    EXPECT_EQ(readError(b.zip(), options).kind, Error::Kind::TooLarge);
    options.limits = ReadLimits();
    options.limits.maxCellChars = 50;
    const Error chars = readError(b.zip(), options);
    EXPECT_EQ(chars.kind, Error::Kind::TooLarge);
    EXPECT_EQ(chars.part, QStringLiteral("xl/sharedStrings.xml"));
    options.limits = ReadLimits();
    options.limits.maxArchiveEntries = 3;
    EXPECT_EQ(readError(b.zip(), options).kind, Error::Kind::TooLarge);

    // A shared string index beyond the table is an error, not a crash.
    Book wrong;
    wrong.sheets << std::pair{QByteArray("S"), sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")};
    wrong.sharedStrings = "<si><t>a</t></si>";
    const Error idx = readError(wrong.zip());
    EXPECT_EQ(idx.row, 0);
    EXPECT_EQ(idx.column, 0);
}

// The deliberately broken corpus files: what each gives, decided file by file.
TEST(XlsxReader, BrokenCorpusFilesFailCleanly)
{
    const QString dir = QStringLiteral(TENARAI_CORPUS_DIR "/xlsx/broken/");
    auto read = [&](const char *name) { return XlsxReader::readFile(dir + QLatin1String(name)); };

    // Excel's password protection: an OLE container, not a ZIP.
    auto r = read("calamine__pass_protected.xlsx");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Unsupported);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("password")));
    EXPECT_TRUE(r.error().file.endsWith(QStringLiteral("calamine__pass_protected.xlsx")));

    // No xl/_rels/workbook.xml.rels: the sheets cannot be found (Excel also refuses it).
    r = read("tealeg__badfile_noWorkbookRels.xlsx");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Format);
    EXPECT_EQ(r.error().part, QStringLiteral("xl/_rels/workbook.xml.rels"));

    // _rels/.rels holds "CORRUPTED" instead of XML, the workbook sits at its usual place:
    // Excel repairs such a file, and so do we, with a warning.
    r = read("poi__xlsx-corrupted.xlsx");
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_FALSE(r.value().sheets.empty());
    EXPECT_FALSE(r.value().source.warnings.isEmpty());

    // Truncated by a fuzzer: no central directory.
    r = read("poi__clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5025401116950528.xlsx");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Format);

    // Billion laughs in the shared strings: the DOCTYPE is refused.
    r = read("poi__poc-xmlbomb.xlsx");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Unsupported);
    EXPECT_EQ(r.error().part, QStringLiteral("xl/sharedStrings.xml"));
}

TEST(XlsxReader, ReadFileNamesAMissingFile)
{
    const auto r = XlsxReader::readFile(QStringLiteral("/nonexistent/none.xlsx"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Io);
    EXPECT_EQ(r.error().file, QStringLiteral("/nonexistent/none.xlsx"));
}
