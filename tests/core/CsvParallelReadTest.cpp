#include "io/CsvParser.h"
#include "io/CsvReader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstring>

using namespace tenarai;

// A UTF-8 file of a few megabytes is parsed in parts on several threads and joined. These tests
// hold that to the one-parser result on files made to trip the joins: rows broken across lines
// inside quotes, blank lines (kept inside the file, dropped at its end), rows of other lengths,
// CRLF, LF and CR line ends, and limits.

namespace {

// Bytes that can only be read forward, like a pipe, so that the reader takes its block-by-block
// path.
class PipeBuffer : public QIODevice
{
public:
    explicit PipeBuffer(const QByteArray *data) : m_data(*data) { }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

QByteArray messyCsv(quint32 seed, qsizetype targetBytes)
{
    QRandomGenerator random(seed);
    QByteArray out;
    const QByteArray words[] = { "山田　太郎", "ﾔﾏﾀﾞ", "東京都千代田区1-2-3", "1,000円", "R3.4.1", "", " a ", "x\"y" };
    qsizetype row = 0;
    while (out.size() < targetBytes) {
        const quint32 shape = random.bounded(100);
        if (shape < 3) {
            out += shape == 0 ? "\r\n" : "\n"; // a blank line
            continue;
        }
        const int cells = shape < 6 ? 2 + int(random.bounded(6)) : 4; // mostly four, some ragged
        for (int c = 0; c < cells; ++c) {
            if (c > 0)
                out += ',';
            if (c == 0) {
                out += QByteArray::number(++row);
                continue;
            }
            // Line breaks inside quotes are rare, as in real files: a cut point seldom lands in
            // one, and the test below makes sure of one that does.
            const quint32 kind = random.bounded(400);
            if (kind == 0)
                out += "\"二行の\n備考, \"\"引用\"\"つき\""; // a line break inside quotes
            else if (kind < 20)
                out += "\"" + words[random.bounded(8)] + "\"";
            else
                out += words[random.bounded(8)];
        }
        const quint32 end = random.bounded(10);
        out += end == 0 ? "\r\n" : end == 1 ? "\r" : "\n";
    }
    out += "\n\n\r\n"; // blank lines at the end are not rows
    return out;
}

void expectSameSource(const SourceInfo &a, const SourceInfo &b)
{
    EXPECT_EQ(a.encoding, b.encoding);
    EXPECT_EQ(a.delimiter, b.delimiter);
    EXPECT_EQ(a.expectedColumns, b.expectedColumns);
    EXPECT_EQ(a.raggedRowCount, b.raggedRowCount);
    ASSERT_EQ(a.raggedRows.size(), b.raggedRows.size());
    for (qsizetype i = 0; i < a.raggedRows.size(); ++i) {
        EXPECT_EQ(a.raggedRows[i].row, b.raggedRows[i].row);
        EXPECT_EQ(a.raggedRows[i].cells, b.raggedRows[i].cells);
    }
    EXPECT_EQ(a.warnings, b.warnings);
}

// Parses text with parseAll and with one feed() and finish(); both results must be the same.
void expectSameAsOneParser(QByteArrayView text, const ReadLimits &limits = {})
{
    Table inParts;
    CsvParser parts(',', limits, &inParts);
    const bool partsOk = parts.parseAll(text.toByteArray());
    Table inOne;
    CsvParser one(',', limits, &inOne);
    const bool oneOk = one.feed(text) && one.finish();
    ASSERT_EQ(partsOk, oneOk);
    if (!oneOk) {
        EXPECT_EQ(parts.error().kind, one.error().kind);
        EXPECT_EQ(parts.error().row, one.error().row);
        EXPECT_EQ(parts.error().message, one.error().message);
        return;
    }
    EXPECT_EQ(inParts.rowCount(), inOne.rowCount());
    EXPECT_EQ(inParts.columnCount(), inOne.columnCount());
    EXPECT_TRUE(inParts == inOne);
    EXPECT_EQ(parts.currentRow(), one.currentRow());
    SourceInfo a;
    SourceInfo b;
    parts.fillSourceInfo(&a);
    one.fillSourceInfo(&b);
    expectSameSource(a, b);
}

} // namespace

TEST(CsvParallelRead, PartsJoinToTheRowsOneParserReads)
{
    for (const quint32 seed : { 1u, 2u }) {
        SCOPED_TRACE(seed);
        expectSameAsOneParser(messyCsv(seed, 3 << 20));
    }
}

TEST(CsvParallelRead, APartThatStartsInsideAQuotedCellFallsBackToOneParser)
{
    // A quoted cell of several megabytes full of line breaks: the cut points land inside it.
    QByteArray text = "id,note\n1,\"";
    for (int i = 0; i < 40000; ++i)
        text += "改行の多い\n備考,です\n";
    text += "\"\n2,end\n";
    text += messyCsv(7, 2 << 20);
    expectSameAsOneParser(text);

    Table table;
    CsvParser parser(',', ReadLimits(), &table);
    ASSERT_TRUE(parser.parseAll(text));
    EXPECT_EQ(table.cell(1, 1).textValue().count(u'\n'), 80000);
    EXPECT_EQ(table.cell(2, 1).textValue(), QStringLiteral("end"));
}

TEST(CsvParallelRead, LimitsAreReportedWhereOneParserReportsThem)
{
    const QByteArray text = messyCsv(11, 3 << 20);
    ReadLimits rows;
    rows.maxRows = 40000; // more rows than that, spread over the parts
    expectSameAsOneParser(text, rows);
    ReadLimits cells;
    cells.maxCells = 120000;
    expectSameAsOneParser(text, cells);

    // An unclosed quote near the end: the warning names its row.
    expectSameAsOneParser(messyCsv(12, 2 << 20).append("99,\"never closed\n1,2\n"));
}

TEST(CsvParallelRead, AFileReadWholeGivesTheTableAndSourceOfABlockByBlockRead)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF").append(messyCsv(21, 3 << 20));
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }
    const Result<Workbook> whole = CsvReader::readFile(path);
    ASSERT_TRUE(whole.ok()) << whole.error().toString().toStdString();

    QByteArray copy = bytes;
    PipeBuffer pipe(&copy);
    ASSERT_TRUE(pipe.open(QIODevice::ReadOnly));
    const Result<Workbook> blocks = CsvReader::read(&pipe, path);
    ASSERT_TRUE(blocks.ok()) << blocks.error().toString().toStdString();
    EXPECT_TRUE(whole->sheets.front().table == blocks->sheets.front().table);
    EXPECT_EQ(whole->source.encoding, QStringLiteral("UTF-8 (BOM)"));
    expectSameSource(whole->source, blocks->source);

    // A byte that is not UTF-8 far into the file: the same error, on the same row, either way.
    QByteArray broken = bytes;
    broken[broken.size() - 100] = char(0xFF);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(broken), broken.size());
    }
    ReadOptions utf8;
    utf8.encoding = QStringLiteral("utf-8");
    const Result<Workbook> badWhole = CsvReader::readFile(path, utf8);
    PipeBuffer badPipe(&broken);
    ASSERT_TRUE(badPipe.open(QIODevice::ReadOnly));
    const Result<Workbook> badBlocks = CsvReader::read(&badPipe, path, utf8);
    ASSERT_FALSE(badWhole.ok());
    ASSERT_FALSE(badBlocks.ok());
    EXPECT_EQ(badWhole.error().kind, Error::Kind::Encoding);
    EXPECT_EQ(badWhole.error().row, badBlocks.error().row);
    EXPECT_EQ(badWhole.error().message, badBlocks.error().message);
}
