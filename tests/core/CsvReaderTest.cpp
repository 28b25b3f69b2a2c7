#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <map>

using namespace tenarai;

namespace {

using Grid = std::vector<std::vector<QString>>;

Result<Workbook> readBytes(const QByteArray &bytes, const ReadOptions &options = {},
                           const QString &name = QStringLiteral("test.csv"))
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return CsvReader::read(&buffer, name, options);
}

Grid gridOf(const Table &table)
{
    Grid grid;
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        std::vector<QString> row;
        for (int c = 0; c < table.columnCount(); ++c)
            row.push_back(table.cell(r, c).textValue());
        grid.push_back(row);
    }
    return grid;
}

const Table &tableOf(const Result<Workbook> &result)
{
    return result.value().sheets.front().table;
}

QString corpusFile(const char *name)
{
    return QStringLiteral(TENARAI_CORPUS_DIR "/csv/") + QLatin1String(name);
}

QString dataFile(const char *name)
{
    return QStringLiteral(TENARAI_TEST_DATA_DIR "/csv/") + QLatin1String(name);
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

// Every corpus file reads, with the encoding it really has and the number of records Python's
// csv module counts (see tests/data/corpus/SOURCES.md).
TEST(CsvReader, ReadsEveryCorpusFileWithItsEncoding)
{
    struct Expectation
    {
        const char *encoding;
        qsizetype rows;
        char delimiter;
    };
    const std::map<QString, Expectation> expected = {
        { QStringLiteral("csv-spectrum__comma_in_quotes.csv"), { "UTF-8", 2, ',' } },
        { QStringLiteral("csv-spectrum__empty.csv"), { "UTF-8", 3, ',' } },
        { QStringLiteral("csv-spectrum__empty_crlf.csv"), { "UTF-8", 3, ',' } },
        { QStringLiteral("csv-spectrum__escaped_quotes.csv"), { "UTF-8", 3, ',' } },
        { QStringLiteral("csv-spectrum__json.csv"), { "UTF-8", 2, ',' } },
        { QStringLiteral("csv-spectrum__location_coordinates.csv"), { "UTF-8", 2, ',' } },
        { QStringLiteral("csv-spectrum__newlines.csv"), { "UTF-8", 4, ',' } },
        { QStringLiteral("csv-spectrum__newlines_crlf.csv"), { "UTF-8", 4, ',' } },
        { QStringLiteral("csv-spectrum__quotes_and_newlines.csv"), { "UTF-8", 3, ',' } },
        { QStringLiteral("csv-spectrum__utf8.csv"), { "UTF-8", 3, ',' } },
        { QStringLiteral("localgovjp__20200104_localgovjp-sjis.csv"), { "CP932", 1917, ',' } },
        { QStringLiteral("localgovjp__20200104_localgovjp-utf8.csv"), { "UTF-8", 1917, ',' } },
        { QStringLiteral("rust-csv__strange.csv"), { "UTF-8", 7, ';' } },
        { QStringLiteral("rust-csv__uspop-latin1.csv"), { "Windows-1252", 101, ',' } },
        { QStringLiteral("shirasagi__City_designation_Shelter.csv"), { "CP932", 11, ',' } },
        { QStringLiteral("shirasagi__article_utf16le.csv"), { "UTF-16LE", 3, ',' } },
        { QStringLiteral("shirasagi__cms_node_import_category.csv"), { "UTF-8 (BOM)", 7, ',' } },
        { QStringLiteral("shirasagi__facility_node_pages.csv"), { "CP932", 11, ',' } },
        { QStringLiteral("shirasagi__guide_full_template.csv"), { "CP932", 24, ',' } },
        { QStringLiteral("shirasagi__gws_affair_users.csv"), { "CP932", 35, ',' } },
        { QStringLiteral("shirasagi__opendata_euc-jp.csv"), { "EUC-JP", 3, ',' } },
        { QStringLiteral("shirasagi__opendata_map_sample1.csv"), { "CP932", 16, ',' } },
        { QStringLiteral("shirasagi__opendata_map_sample2.csv"), { "UTF-8 (BOM)", 6, ',' } },
        { QStringLiteral("shirasagi__opendata_shift_jis.csv"), { "CP932", 3, ',' } },
        { QStringLiteral("shirasagi__shirasagi_test_date.csv"), { "UTF-8 (BOM)", 5, ',' } },
        { QStringLiteral("shirasagi__sys_postal_code.csv"), { "CP932", 11, ',' } },
        { QStringLiteral("shirasagi__sys_prefecture_code.csv"), { "CP932", 1789, ',' } },
        { QStringLiteral("tsu-gomi__original.csv"), { "UTF-8 (BOM)", 3985, ',' } },
    };
    const QStringList files = QDir(QStringLiteral(TENARAI_CORPUS_DIR "/csv")).entryList({ QStringLiteral("*.csv") });
    ASSERT_EQ(files.size(), qsizetype(expected.size())) << "a corpus file was added or removed: update this test";
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        const auto it = expected.find(file);
        ASSERT_NE(it, expected.end());
        const Result<Workbook> result = CsvReader::readFile(QStringLiteral(TENARAI_CORPUS_DIR "/csv/") + file);
        ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
        const Workbook &workbook = result.value();
        ASSERT_EQ(workbook.sheets.size(), 1u);
        EXPECT_EQ(workbook.sheets.front().name, QFileInfo(file).completeBaseName());
        EXPECT_EQ(workbook.source.format, u"csv");
        EXPECT_EQ(workbook.source.encoding, QLatin1String(it->second.encoding));
        EXPECT_EQ(workbook.source.delimiter, QLatin1Char(it->second.delimiter));
        EXPECT_EQ(tableOf(result).rowCount(), it->second.rows);
        for (int c = 0; c < tableOf(result).columnCount(); ++c) {
            for (qsizetype r = 0; r < tableOf(result).rowCount(); ++r) {
                const Cell::Kind kind = tableOf(result).kindAt(r, c);
                ASSERT_TRUE(kind == Cell::Kind::Text || kind == Cell::Kind::Empty);
            }
        }
    }
}

TEST(CsvReader, SjisAndUtf8CopiesOfTheSameDataGiveTheSameTable)
{
    const Result<Workbook> sjis = CsvReader::readFile(corpusFile("localgovjp__20200104_localgovjp-sjis.csv"));
    const Result<Workbook> utf8 = CsvReader::readFile(corpusFile("localgovjp__20200104_localgovjp-utf8.csv"));
    ASSERT_TRUE(sjis.ok() && utf8.ok());
    EXPECT_GT(tableOf(sjis).rowCount(), 1900);
    EXPECT_TRUE(tableOf(sjis) == tableOf(utf8));
    EXPECT_EQ(sjis->source.raggedRowCount, 0);
}

TEST(CsvReader, DecodesJapaneseLegacyEncodings)
{
    const Result<Workbook> euc = CsvReader::readFile(corpusFile("shirasagi__opendata_euc-jp.csv"));
    ASSERT_TRUE(euc.ok());
    EXPECT_EQ(tableOf(euc).cell(0, 0).textValue(), s("ヘッダー"));
    EXPECT_EQ(tableOf(euc).cell(0, 1).textValue(), s("値"));

    const Result<Workbook> latin1 = CsvReader::readFile(corpusFile("rust-csv__uspop-latin1.csv"));
    ASSERT_TRUE(latin1.ok());
    EXPECT_EQ(tableOf(latin1).cell(3, 0).textValue(), s("Õakman"));

    const Result<Workbook> utf16 = CsvReader::readFile(corpusFile("shirasagi__article_utf16le.csv"));
    ASSERT_TRUE(utf16.ok());
    EXPECT_FALSE(tableOf(utf16).cell(1, 0).textValue().contains(QChar(0)));
}

// The characters where Microsoft's CP932 and JIS-style Shift_JIS tables differ, and the NEC and
// IBM extensions, decode as Windows shows them.
TEST(CsvReader, DecodesCp932AsWindowsDoes)
{
    const struct
    {
        QByteArray bytes;
        char32_t expected;
    } cases[] = {
        { QByteArray("\x81\x60"), 0xFF5E }, // ～ (JIS: U+301C)
        { QByteArray("\x81\x7C"), 0xFF0D }, // － (JIS: U+2212)
        { QByteArray("\x81\x61"), 0x2225 }, // ∥ (JIS: U+2016)
        { QByteArray("\x81\x91"), 0xFFE0 }, // ￠
        { QByteArray("\x81\x92"), 0xFFE1 }, // ￡
        { QByteArray("\x81\xCA"), 0xFFE2 }, // ￢
        { QByteArray("\x87\x40"), 0x2460 }, // ① NEC row 13
        { QByteArray("\x87\x8A"), 0x3231 }, // ㈱
        { QByteArray("\x87\x54"), 0x2160 }, // Ⅰ
        { QByteArray("\xFB\xFC"), 0x9AD9 }, // 髙 IBM extension
        { QByteArray("\xED\x40"), 0x7E8A }, // 纊 NEC-selected IBM extension
    };
    QByteArray file("name,value\r\n");
    for (const auto &c : cases)
        file += "x," + c.bytes + "\r\n";
    const Result<Workbook> result = readBytes(file);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->source.encoding, u"CP932");
    for (size_t i = 0; i < std::size(cases); ++i) {
        const QString text = tableOf(result).cell(qsizetype(i) + 1, 1).textValue();
        EXPECT_EQ(text, QString::fromUcs4(&cases[i].expected, 1)) << "case " << i;
    }

    // The same characters from a file, with the code point to expect in the second column.
    const Result<Workbook> fixture = CsvReader::readFile(dataFile("cp932_vendor_and_wave_dash.csv"));
    ASSERT_TRUE(fixture.ok());
    EXPECT_EQ(fixture->source.encoding, u"CP932");
    for (qsizetype r = 0; r < tableOf(fixture).rowCount(); ++r) {
        const QString text = tableOf(fixture).cell(r, 0).textValue();
        ASSERT_EQ(text.size(), 1);
        EXPECT_EQ(text.at(0).unicode(), tableOf(fixture).cell(r, 1).textValue().toUShort(nullptr, 16)) << r;
    }
}

TEST(CsvReader, CsvSpectrumGrids)
{
    const auto grid = [](const char *name) {
        const Result<Workbook> result = CsvReader::readFile(corpusFile(name));
        EXPECT_TRUE(result.ok());
        return result.ok() ? gridOf(tableOf(result)) : Grid();
    };
    EXPECT_EQ(grid("csv-spectrum__comma_in_quotes.csv"),
              (Grid { { s("first"), s("last"), s("address"), s("city"), s("zip") },
                      { s("John"), s("Doe"), s("120 any st."), s("Anytown, WW"), s("08123") } }));
    const Grid empty { { s("a"), s("b"), s("c") }, { s("1"), s(""), s("") }, { s("2"), s("3"), s("4") } };
    EXPECT_EQ(grid("csv-spectrum__empty.csv"), empty);
    EXPECT_EQ(grid("csv-spectrum__empty_crlf.csv"), empty);
    EXPECT_EQ(grid("csv-spectrum__escaped_quotes.csv"),
              (Grid { { s("a"), s("b") }, { s("1"), s("ha \"ha\" ha") }, { s("3"), s("4") } }));
    EXPECT_EQ(grid("csv-spectrum__json.csv"),
              (Grid { { s("key"), s("val") }, { s("1"), s("{\"type\": \"Point\", \"coordinates\": [102.0, 0.5]}") } }));
    EXPECT_EQ(grid("csv-spectrum__location_coordinates.csv"),
              (Grid { { s("Contact Phone Number"), s("Location Coordinates"), s("Cities"), s("Counties") },
                      { s("2095257564"), s("37\xEF\xBF\xBD" "36'37.8\"N 121\xEF\xBF\xBD" "2'17.9\"W"), s("Modesto"),
                        s("Stanislaus") } }));
    EXPECT_EQ(grid("csv-spectrum__newlines.csv"),
              (Grid { { s("a"), s("b"), s("c") },
                      { s("1"), s("2"), s("3") },
                      { s("Once upon \na time"), s("5"), s("6") },
                      { s("7"), s("8"), s("9") } }));
    EXPECT_EQ(grid("csv-spectrum__newlines_crlf.csv"),
              (Grid { { s("a"), s("b"), s("c") },
                      { s("1"), s("2"), s("3") },
                      { s("Once upon \r\na time"), s("5"), s("6") },
                      { s("7"), s("8"), s("9") } }));
    EXPECT_EQ(grid("csv-spectrum__quotes_and_newlines.csv"),
              (Grid { { s("a"), s("b") }, { s("1"), s("ha \n\"ha\" \nha") }, { s("3"), s("4") } }));
    EXPECT_EQ(grid("csv-spectrum__utf8.csv"),
              (Grid { { s("a"), s("b"), s("c") }, { s("1"), s("2"), s("3") }, { s("4"), s("5"), s("ʤ") } }));
}

TEST(CsvReader, KeepsRaggedRowsAndReportsThem)
{
    const Result<Workbook> result = CsvReader::readFile(dataFile("ragged_rows_and_blank_line.csv"));
    ASSERT_TRUE(result.ok());
    const Table &table = tableOf(result);
    // The blank line is an empty row; the longest row widens the table.
    EXPECT_EQ(table.rowCount(), 6);
    EXPECT_EQ(table.columnCount(), 4);
    EXPECT_EQ(table.cell(3, 3).textValue(), u"9");
    EXPECT_TRUE(table.cell(1, 2).isEmpty());
    EXPECT_TRUE(table.cell(4, 0).isEmpty());
    EXPECT_EQ(table.cell(5, 2).textValue(), u"12");
    const SourceInfo &info = result->source;
    EXPECT_EQ(info.expectedColumns, 3);
    EXPECT_EQ(info.raggedRowCount, 2);
    ASSERT_EQ(info.raggedRows.size(), 2);
    EXPECT_EQ(info.raggedRows[0].row, 1);
    EXPECT_EQ(info.raggedRows[0].cells, 2);
    EXPECT_EQ(info.raggedRows[1].row, 3);
    EXPECT_EQ(info.raggedRows[1].cells, 4);

    const Result<Workbook> guide = CsvReader::readFile(corpusFile("shirasagi__guide_full_template.csv"));
    ASSERT_TRUE(guide.ok());
    EXPECT_GT(guide->source.raggedRowCount, 0);
    EXPECT_EQ(guide->source.raggedRowCount, guide->source.raggedRows.size());
}

TEST(CsvReader, CapsTheRaggedRowList)
{
    QByteArray file("a,b,c\n");
    for (int i = 0; i < 3000; ++i)
        file += "1,2,3\n";
    for (int i = 0; i < SourceInfo::RaggedRowReportLimit + 500; ++i)
        file += "1,2\n";
    const Result<Workbook> result = readBytes(file);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->source.raggedRowCount, SourceInfo::RaggedRowReportLimit + 500);
    EXPECT_EQ(result->source.raggedRows.size(), SourceInfo::RaggedRowReportLimit);
    EXPECT_EQ(result->source.raggedRows.front().row, 3001);
}

TEST(CsvReader, DetectsTabAndSemicolonAndTakesAnOverride)
{
    const Result<Workbook> tab = readBytes("name\tcity\n\"Sato, Ichiro\"\tTsu\nSuzuki\tNagoya, Aichi\n");
    ASSERT_TRUE(tab.ok());
    EXPECT_EQ(tab->source.delimiter, QLatin1Char('\t'));
    EXPECT_EQ(gridOf(tableOf(tab))[1], (std::vector<QString> { s("Sato, Ichiro"), s("Tsu") }));

    // European Excel: semicolons between cells, decimal commas inside them.
    const Result<Workbook> semicolon = readBytes("item;price\napple;1,50\npear;2,25\n");
    ASSERT_TRUE(semicolon.ok());
    EXPECT_EQ(semicolon->source.delimiter, QLatin1Char(';'));
    EXPECT_EQ(tableOf(semicolon).cell(2, 1).textValue(), u"2,25");

    // Commas inside quotes do not count.
    const Result<Workbook> quoted = readBytes("a;b\n\"x,y,z\";1\n\"p,q\";2\n");
    ASSERT_TRUE(quoted.ok());
    EXPECT_EQ(quoted->source.delimiter, QLatin1Char(';'));

    ReadOptions options;
    options.delimiter = QLatin1Char('|');
    const Result<Workbook> pipe = readBytes("a|b,c\n1|2,3\n", options);
    ASSERT_TRUE(pipe.ok());
    EXPECT_EQ(pipe->source.delimiter, QLatin1Char('|'));
    EXPECT_EQ(tableOf(pipe).cell(1, 1).textValue(), u"2,3");

    options.delimiter = QLatin1Char('"');
    EXPECT_EQ(readBytes("a\n", options).error().kind, Error::Kind::InvalidArgument);
}

TEST(CsvReader, HandlesByteOrderMarksAndUtf16)
{
    const Result<Workbook> bom = readBytes("\xEF\xBB\xBFid,\xE5\x90\x8D\xE5\x89\x8D\r\n1,x\r\n");
    ASSERT_TRUE(bom.ok());
    EXPECT_EQ(bom->source.encoding, u"UTF-8 (BOM)");
    EXPECT_EQ(tableOf(bom).cell(0, 0).textValue(), u"id"); // no BOM left in the first cell
    EXPECT_EQ(tableOf(bom).cell(0, 1).textValue(), s("名前"));

    const QString text = s("id,名前\r\n1,\"髙橋\r\n①\"\r\n");
    QByteArray le("\xFF\xFE");
    le += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const Result<Workbook> utf16 = readBytes(le);
    ASSERT_TRUE(utf16.ok()) << utf16.error().toString().toStdString();
    EXPECT_EQ(utf16->source.encoding, u"UTF-16LE");
    EXPECT_EQ(gridOf(tableOf(utf16)),
              (Grid { { s("id"), s("名前") }, { s("1"), s("髙橋\r\n①") } }));

    const Result<Workbook> be = CsvReader::readFile(dataFile("utf16be_bom_tab.csv"));
    ASSERT_TRUE(be.ok());
    EXPECT_EQ(be->source.encoding, u"UTF-16BE");
    EXPECT_EQ(be->source.delimiter, QLatin1Char('\t'));
    EXPECT_EQ(gridOf(tableOf(be)), (Grid { { s("a"), s("b") }, { s("あ"), s("一") } }));

    // A UTF-16 file cut in the middle of a character.
    EXPECT_EQ(readBytes(le.chopped(1)).error().kind, Error::Kind::Encoding);
}

TEST(CsvReader, EncodingOptionOverridesDetection)
{
    // C3 A9 is "é" in UTF-8 and "ﾃｩ" in CP932.
    const QByteArray bytes("a,\xC3\xA9\n");
    const Result<Workbook> detected = readBytes(bytes);
    ASSERT_TRUE(detected.ok());
    EXPECT_EQ(tableOf(detected).cell(0, 1).textValue(), s("é"));
    ReadOptions options;
    options.encoding = QStringLiteral("shift_jis");
    const Result<Workbook> sjis = readBytes(bytes, options);
    ASSERT_TRUE(sjis.ok());
    EXPECT_EQ(sjis->source.encoding, u"CP932");
    EXPECT_EQ(tableOf(sjis).cell(0, 1).textValue(), s("ﾃｩ"));

    options.encoding = QStringLiteral("klingon");
    EXPECT_EQ(readBytes(bytes, options).error().kind, Error::Kind::InvalidArgument);
}

TEST(CsvReader, TruncatedSjisLeadByteAtEndIsAnError)
{
    const Result<Workbook> result = CsvReader::readFile(dataFile("sjis_truncated_lead_byte_at_eof.csv"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, Error::Kind::Encoding);
    EXPECT_EQ(result.error().row, 2);
    EXPECT_TRUE(result.error().file.endsWith(u"sjis_truncated_lead_byte_at_eof.csv"));
    EXPECT_TRUE(result.error().toString().contains(u"row 3")) << result.error().toString().toStdString();
    EXPECT_TRUE(result.error().message.contains(u"CP932"));
}

TEST(CsvReader, UndecodableBytesNameTheRow)
{
    // CP932: 0x85 0x40 is unassigned.
    QByteArray sjis("id,name\r\n1,\x93\x8c\x8b\x9e\r\n2,\"\x8d\x82\x8b\xb4\r\n\x85\x40\"\r\n3,x\r\n");
    const Result<Workbook> cp932 = readBytes(sjis);
    ASSERT_FALSE(cp932.ok());
    EXPECT_EQ(cp932.error().kind, Error::Kind::Encoding);
    EXPECT_EQ(cp932.error().row, 2);
    EXPECT_EQ(cp932.error().file, u"test.csv");

    // UTF-8 that breaks after valid Japanese text: an error, not mojibake or U+FFFD.
    QByteArray utf8("id,name\n");
    for (int i = 0; i < 20; ++i)
        utf8 += QByteArray::number(i) + ",\xE6\x9D\xB1\xE4\xBA\xAC\n";
    utf8 += "20,\xE6\x9D\n21,x\n";
    const Result<Workbook> broken = readBytes(utf8);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().kind, Error::Kind::Encoding);
    EXPECT_EQ(broken.error().row, 21);
    EXPECT_TRUE(broken.error().message.contains(u"UTF-8"));
}

// A file whose first megabyte is ASCII is taken as UTF-8 until a byte says otherwise.
TEST(CsvReader, LateNonAsciiBytesStillChooseTheEncoding)
{
    QByteArray file("code,name\r\n");
    while (file.size() < 3 * 1024 * 1024)
        file += "12345,plain ascii text that goes on for a while\r\n";
    const qsizetype asciiRows = file.count('\n');
    file += "99999,\x93\x8c\x8b\x9e\x93\x73\r\n"; // 東京都 in CP932
    const Result<Workbook> result = readBytes(file);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->source.encoding, u"CP932");
    EXPECT_EQ(tableOf(result).cell(asciiRows, 1).textValue(), s("東京都"));
}

TEST(CsvReader, BlockBoundariesDoNotSplitCellsOrCharacters)
{
    // A CRLF, a doubled quote and a CP932 double-byte character across each 1 MiB boundary.
    for (int shift = 0; shift < 4; ++shift) {
        SCOPED_TRACE(shift);
        QByteArray file("a,b\r\n");
        int rows = 1;
        while (file.size() < 3 * 1024 * 1024) {
            file += QByteArray(shift, 'x') + ",\"q\"\"\x82\xA0\r\n\x82\xA2\"\r\n";
            ++rows;
        }
        const Result<Workbook> result = readBytes(file);
        ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
        EXPECT_EQ(result->source.encoding, u"CP932");
        ASSERT_EQ(tableOf(result).rowCount(), rows);
        EXPECT_EQ(result->source.raggedRowCount, 0);
        const QString expected = s("q\"あ\r\nい");
        for (qsizetype r = 1; r < rows; ++r)
            ASSERT_EQ(tableOf(result).cell(r, 1).textValue(), expected) << r;
    }
}

TEST(CsvReader, WrittenTablesReadBackUnchanged)
{
    QRandomGenerator random(42);
    const QStringList pieces { s("東京"), s("①㈱"), s("髙"), s("ｶﾀｶﾅ"), s(","), s("\""), s("\r\n"), s("\n"),
                               s("\r"), s(" "), s("abc"), s(";"), s("\t"), s("～") };
    Table table;
    for (int r = 0; r < 20000; ++r) {
        QList<Cell> row;
        for (int c = 0; c < 7; ++c) {
            QString text;
            const int parts = int(random.bounded(4));
            for (int p = 0; p < parts; ++p)
                text += pieces[random.bounded(int(pieces.size()))];
            row.append(text.isEmpty() ? Cell() : Cell::text(text));
        }
        table.appendRow(row);
    }
    for (const char *encoding : { "utf-8", "cp932" }) {
        SCOPED_TRACE(encoding);
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        WriteOptions writeOptions;
        writeOptions.encoding = QLatin1String(encoding);
        ASSERT_TRUE(CsvWriter::write(&out, QStringLiteral("t.csv"), table, writeOptions).ok());
        const Result<Workbook> result = readBytes(bytes);
        ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
        EXPECT_EQ(result->source.encoding, QLatin1String(encoding[0] == 'u' ? "UTF-8 (BOM)" : "CP932"));
        EXPECT_TRUE(tableOf(result) == table);
    }
}

TEST(CsvReader, LineEndsAndBlankLines)
{
    const Result<Workbook> result = readBytes("a,b\r1,2\n3,4\r\n\r\n5,\"6\"\r\n\n\n");
    ASSERT_TRUE(result.ok());
    // Blank lines inside the file are rows; those at the end are not.
    EXPECT_EQ(gridOf(tableOf(result)),
              (Grid { { s("a"), s("b") }, { s("1"), s("2") }, { s("3"), s("4") }, { s(""), s("") }, { s("5"), s("6") } }));
    EXPECT_EQ(result->source.raggedRowCount, 0);

    const Result<Workbook> trailingDelimiter = readBytes("a,b,\n1,2,");
    ASSERT_TRUE(trailingDelimiter.ok());
    EXPECT_EQ(tableOf(trailingDelimiter).columnCount(), 3);
    EXPECT_EQ(trailingDelimiter->source.expectedColumns, 3);

    const Result<Workbook> empty = readBytes(QByteArray());
    ASSERT_TRUE(empty.ok());
    EXPECT_EQ(tableOf(empty).rowCount(), 0);
}

TEST(CsvReader, UnterminatedQuoteKeepsTheDataWithAWarning)
{
    const Result<Workbook> result = CsvReader::readFile(dataFile("unterminated_quote.csv"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(tableOf(result).rowCount(), 3);
    EXPECT_EQ(tableOf(result).cell(2, 1).textValue(), s("never closed\n3,lost\n"));
    ASSERT_EQ(result->source.warnings.size(), 1);
    EXPECT_TRUE(result->source.warnings.front().contains(u"row 3")) << result->source.warnings.front().toStdString();

    // When the open quote swallows more than a cell may hold, the error names the row it opened in.
    QByteArray big("a,b\n1,\"open\n");
    while (big.size() < 300000)
        big += "more,text\n";
    ReadOptions options;
    options.limits.maxCellChars = 100000;
    const Result<Workbook> tooLong = readBytes(big, options);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(tooLong.error().row, 1);
}

TEST(CsvReader, LimitsAreErrorsNamingFileAndRow)
{
    QByteArray file;
    for (int i = 0; i < 100; ++i)
        file += "1,2,3\n";
    ReadOptions options;
    options.limits.maxRows = 50;
    Result<Workbook> result = readBytes(file, options, QStringLiteral("big.csv"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(result.error().file, u"big.csv");
    EXPECT_EQ(result.error().row, 50);

    options = {};
    options.limits.maxColumns = 2;
    result = readBytes(file, options);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(result.error().row, 0);

    options = {};
    options.limits.maxCellChars = 5;
    result = readBytes("a,b\n1,\xE6\x9D\xB1\xE4\xBA\xAC\xE9\x83\xBD\xE6\x9D\xB1\xE4\xBA\xAC\n2,123456\n", options);
    ASSERT_FALSE(result.ok()); // five characters (15 bytes) pass, six do not
    EXPECT_EQ(result.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(result.error().row, 2);

    options = {};
    options.limits.maxFileBytes = 100;
    result = readBytes(file, options);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, Error::Kind::TooLarge);

    options = {};
    options.limits.maxCells = 10;
    result = readBytes(file, options);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, Error::Kind::TooLarge);
}

TEST(CsvReader, ReportsProgressAndCanBeCancelled)
{
    QByteArray file;
    while (file.size() < 5 * 1024 * 1024)
        file += "1234567890,abcdefghij,klmnopqrst\n";
    std::vector<qint64> calls;
    ReadOptions options;
    options.progress = [&calls, &file](qint64 done, qint64 total) {
        EXPECT_EQ(total, file.size());
        calls.push_back(done);
        return true;
    };
    ASSERT_TRUE(readBytes(file, options).ok());
    ASSERT_GE(calls.size(), 3u);
    EXPECT_EQ(calls.back(), file.size());
    for (size_t i = 1; i + 1 < calls.size(); ++i)
        EXPECT_GE(calls[i] - calls[i - 1], 256 * 1024);

    int seen = 0;
    options.progress = [&seen](qint64, qint64) { return ++seen < 3; };
    const Result<Workbook> cancelled = readBytes(file, options);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().kind, Error::Kind::Cancelled);
}
