#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {

QString u8(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Table textTable(const std::vector<std::vector<const char *>> &rows)
{
    Table table;
    for (const auto &row : rows) {
        QList<Cell> cells;
        for (const char *text : row)
            cells.append(*text ? Cell::text(u8(text)) : Cell());
        table.appendRow(cells);
    }
    return table;
}

QByteArray writeBytes(const Table &table, const WriteOptions &options = {}, Status *status = nullptr)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Status result = CsvWriter::write(&buffer, QStringLiteral("out.csv"), table, options);
    if (status)
        *status = result;
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(CsvWriter, WritesRfc4180WithBomAndCrlf)
{
    const Table table = textTable({ { "id", "name", "memo" },
                                    { "1", "a,b", "say \"hi\"" },
                                    { "2", "line\nbreak", "" },
                                    { "3", " padded ", "cr\rhere" },
                                    { "4", "東京①", "plain" } });
    const QByteArray bytes = writeBytes(table);
    EXPECT_EQ(bytes,
              QByteArray("\xEF\xBB\xBF"
                         "id,name,memo\r\n"
                         "1,\"a,b\",\"say \"\"hi\"\"\"\r\n"
                         "2,\"line\nbreak\",\r\n"
                         "3,\" padded \",\"cr\rhere\"\r\n"
                         "4,\xE6\x9D\xB1\xE4\xBA\xAC\xE2\x91\xA0,plain\r\n"));

    WriteOptions noBom;
    noBom.bom = false;
    noBom.delimiter = QLatin1Char('\t');
    EXPECT_EQ(writeBytes(textTable({ { "a,b", "c\td" } }), noBom), QByteArray("a,b\t\"c\td\"\r\n"));
}

TEST(CsvWriter, WritesEveryKindAsItsCanonicalText)
{
    Table table;
    table.appendRow({ Cell::number(1234.5), Cell::date(QDate(2021, 4, 1)), Cell::boolean(true), Cell(),
                      Cell::time(qint64(25) * 3600000) });
    WriteOptions options;
    options.bom = false;
    EXPECT_EQ(writeBytes(table, options), QByteArray("1234.5,2021-04-01,TRUE,,25:00:00\r\n"));
}

TEST(CsvWriter, WritesColumnNamesAsTheFirstLine)
{
    Table table = textTable({ { "1", "2" } });
    table.setColumnNames({ QStringLiteral("code"), QStringLiteral("name, full") });
    WriteOptions options;
    options.bom = false;
    EXPECT_EQ(writeBytes(table, options), QByteArray("code,\"name, full\"\r\n1,2\r\n"));
}

TEST(CsvWriter, WritesCp932AsWindowsExpects)
{
    // ～ and its JIS look-alike 〜 both become 0x8160; − becomes － (0x817C); ① ㈱ 髙 and
    // half-width katakana are CP932 characters.
    const Table table = textTable({ { "～〜", "−－", "①㈱", "髙", "ｶﾅ", "¢" } });
    WriteOptions options;
    options.encoding = QStringLiteral("cp932");
    Status status = Ok {};
    const QByteArray bytes = writeBytes(table, options, &status);
    ASSERT_TRUE(status.ok()) << status.error().toString().toStdString();
    EXPECT_EQ(bytes, QByteArray("\x81\x60\x81\x60,\x81\x7C\x81\x7C,\x87\x40\x87\x8A,\xFB\xFC,\xB6\xC5,\x81\x91\r\n"));
}

TEST(CsvWriter, RoundTripsThroughTheReader)
{
    const Table table = textTable({ { "名前", "住所", "備考" },
                                    { "髙橋", "津市西丸之内23-1", "①\n㈱\"ｶﾀｶﾅ\"" },
                                    { "", "～", "a;b\tc" } });
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const char *encoding : { "utf-8", "cp932", "shift_jis" }) {
        SCOPED_TRACE(encoding);
        const QString path = dir.filePath(QStringLiteral("round.csv"));
        WriteOptions options;
        options.encoding = QLatin1String(encoding);
        const Status status = CsvWriter::writeFile(path, table, options);
        ASSERT_TRUE(status.ok()) << status.error().toString().toStdString();
        const Result<Workbook> back = CsvReader::readFile(path);
        ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
        EXPECT_TRUE(back->sheets.front().table == table);
        EXPECT_EQ(back->source.encoding, QLatin1String(encoding[0] == 'u' ? "UTF-8 (BOM)" : "CP932"));
    }
}

TEST(CsvWriter, UnmappableCp932CharacterNamesRowAndColumnAndLeavesNoFile)
{
    const Table table = textTable({ { "a", "b", "c" }, { "1", "2", "寿司🍣" }, { "3", "4", "5" } });
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sushi.csv"));
    WriteOptions options;
    options.encoding = QStringLiteral("cp932");
    const Status status = CsvWriter::writeFile(path, table, options);
    ASSERT_FALSE(status.ok());
    const Error &error = status.error();
    EXPECT_EQ(error.kind, Error::Kind::Encoding);
    EXPECT_EQ(error.row, 1);
    EXPECT_EQ(error.column, 2);
    EXPECT_EQ(error.file, path);
    EXPECT_TRUE(error.toString().contains(u"row 2, column 3")) << error.toString().toStdString();
    EXPECT_TRUE(error.message.contains(u"U+1F363")) << error.message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // An existing file is left as it was.
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    EXPECT_FALSE(CsvWriter::writeFile(path, textTable({ { "丂" } }), options).ok());
    EXPECT_EQ(readAll(path), QByteArray("old contents"));
}

TEST(CsvWriter, RejectsUnknownEncodingsAndBadDelimiters)
{
    WriteOptions options;
    options.encoding = QStringLiteral("ebcdic");
    Status status = Ok {};
    writeBytes(textTable({ { "a" } }), options, &status);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, Error::Kind::InvalidArgument);

    options = {};
    options.delimiter = QLatin1Char('"');
    writeBytes(textTable({ { "a" } }), options, &status);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, Error::Kind::InvalidArgument);
}

TEST(CsvWriter, LargeTablesAreWrittenInRowOrderAndTheFirstBadCellIsNamed)
{
    // Enough rows for many blocks formatted on several threads: the bytes must still come out in
    // row order, each row exactly as a one-row table writes it.
    Table table;
    QByteArray expected("\xEF\xBB\xBF");
    const qsizetype rows = 50000;
    for (qsizetype r = 0; r < rows; ++r) {
        const QList<Cell> row = { Cell::number(double(r)), Cell::text(QStringLiteral("行%1, \"引用\"").arg(r)),
                                  r % 7 == 0 ? Cell() : Cell::date(QDate(2024, 1, 1).addDays(r % 366)) };
        table.appendRow(row);
        Table one;
        one.appendRow(row);
        WriteOptions noBom;
        noBom.bom = false;
        expected += writeBytes(one, noBom);
    }
    std::vector<std::pair<qint64, qint64>> reported;
    WriteOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        reported.emplace_back(done, total);
        return true;
    };
    Status status = Ok {};
    EXPECT_EQ(writeBytes(table, options, &status), expected);
    ASSERT_TRUE(status.ok());
    ASSERT_FALSE(reported.empty());
    EXPECT_EQ(reported.back(), std::make_pair(qint64(rows), qint64(rows)));
    for (size_t i = 1; i < reported.size(); ++i)
        EXPECT_LE(reported[i - 1].first, reported[i].first);

    // Two cells CP932 cannot hold, far apart: the earlier one is reported, whichever thread
    // reached its cell first.
    table.setCell(41234, 1, Cell::text(QStringLiteral("🍣")));
    table.setCell(30001, 2, Cell::text(QStringLiteral("𠮷")));
    options = {};
    options.encoding = QStringLiteral("cp932");
    writeBytes(table, options, &status);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().row, 30001);
    EXPECT_EQ(status.error().column, 2);
    EXPECT_TRUE(status.error().message.contains(u"U+20BB7")) << status.error().message.toStdString();
}
