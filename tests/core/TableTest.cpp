#include "table/Table.h"
#include "table/Workbook.h"

#include <gtest/gtest.h>

using namespace tenarai;

TEST(Cell, KeepsKindAndValue)
{
    EXPECT_EQ(Cell().kind(), Cell::Kind::Empty);
    EXPECT_EQ(Cell::text(QStringLiteral("髙橋①")).textValue(), QStringLiteral("髙橋①"));
    EXPECT_EQ(Cell::number(12.5).numberValue(), 12.5);
    EXPECT_TRUE(Cell::boolean(true).booleanValue());
    EXPECT_EQ(Cell::date(QDate(2021, 4, 1)).toString(), QStringLiteral("2021-04-01"));
    EXPECT_EQ(Cell::dateTime(QDate(2021, 4, 1), QTime(9, 30)).toString(), QStringLiteral("2021-04-01T09:30:00"));
    EXPECT_EQ(Cell::time(qint64(255) * 3600000 + 10 * 60000 + 10000).toString(), QStringLiteral("255:10:10"));
    EXPECT_EQ(Cell::error(QStringLiteral("#N/A")).toString(), QStringLiteral("#N/A"));
    EXPECT_EQ(Cell::boolean(false).toString(), QStringLiteral("FALSE"));
}

TEST(Cell, NumbersPrintShortestAndExact)
{
    EXPECT_EQ(Cell::number(8595602512225.0).toString(), QStringLiteral("8595602512225"));
    EXPECT_EQ(Cell::number(1.024).toString(), QStringLiteral("1.024"));
    EXPECT_EQ(Cell::number(-3).toString(), QStringLiteral("-3"));
    EXPECT_EQ(Cell::number(0.1 + 0.2).toString().toDouble(), 0.1 + 0.2);
}

TEST(Cell, ComparesByKindNotByString)
{
    EXPECT_FALSE(Cell::text(QStringLiteral("1")) == Cell::number(1));
    EXPECT_FALSE(Cell::text(QStringLiteral("2021-04-01")) == Cell::date(QDate(2021, 4, 1)));
    EXPECT_TRUE(Cell::date(QDate(2021, 4, 1)) == Cell::date(QDate(2021, 4, 1)));
    EXPECT_FALSE(Cell::date(QDate(2021, 4, 1)) == Cell::dateTime(QDate(2021, 4, 1), QTime(0, 0)));
}

TEST(Column, StoresEveryKindAcrossChunks)
{
    Column col;
    const qsizetype n = Column::ChunkRows * 2 + 17;
    for (qsizetype i = 0; i < n; ++i) {
        switch (i % 5) {
        case 0: col.append(Cell::text(QStringLiteral("行%1").arg(i))); break;
        case 1: col.append(Cell::number(double(i) / 4)); break;
        case 2: col.appendEmpty(); break;
        case 3: col.append(Cell::date(QDate(2000, 1, 1).addDays(i))); break;
        case 4: col.appendText(QByteArrayView("ｶﾀｶﾅ")); break;
        }
    }
    ASSERT_EQ(col.size(), n);
    for (qsizetype i = 0; i < n; ++i) {
        const Cell c = col.at(i);
        switch (i % 5) {
        case 0: EXPECT_EQ(c.textValue(), QStringLiteral("行%1").arg(i)); break;
        case 1: EXPECT_EQ(c.numberValue(), double(i) / 4); break;
        case 2: EXPECT_TRUE(c.isEmpty()); break;
        case 3: EXPECT_EQ(c.dateValue(), QDate(2000, 1, 1).addDays(i)); break;
        case 4: EXPECT_EQ(c.textValue(), QStringLiteral("ｶﾀｶﾅ")); break;
        }
    }
    EXPECT_TRUE(col.at(n).isEmpty());
    EXPECT_TRUE(col.at(-1).isEmpty());
}

TEST(Column, StoresTextAsUtf8ExactlyAsQtEncodesIt)
{
    // Text is encoded by hand into the column: it must give the bytes QString::toUtf8() gives,
    // for every length of UTF-8 sequence, a surrogate pair (𠮷) and a lone surrogate (U+FFFD).
    const QString lone = QString(QChar(0xD842)) + QStringLiteral("x") + QChar(0xDFB7);
    const QStringList texts = { QStringLiteral("abc"), QStringLiteral("é ü"), QStringLiteral("髙橋　𠮷野家"),
                                QStringLiteral("①㈱～ｶﾀｶﾅ"), lone, QString(QChar(0xD842)), QString() };
    Column column;
    for (const QString &text : texts)
        column.append(Cell::text(text));
    column.append(Cell::error(QStringLiteral("#N/A")));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(column.textBytesAt(i).toByteArray(), texts[i].toUtf8());
        QByteArrayView bytes;
        EXPECT_EQ(column.kindAt(i, &bytes), Cell::Kind::Text);
        EXPECT_EQ(bytes.toByteArray(), texts[i].toUtf8());
        EXPECT_EQ(column.at(i).textValue(), QString::fromUtf8(texts[i].toUtf8()));
    }
    Column fromUtf16;
    for (const QString &text : texts)
        fromUtf16.appendText(QStringView(text));
    for (qsizetype i = 0; i < texts.size(); ++i)
        EXPECT_EQ(fromUtf16.textBytesAt(i).toByteArray(), texts[i].toUtf8()) << i;

    QByteArrayView bytes;
    EXPECT_EQ(column.kindAt(texts.size(), &bytes), Cell::Kind::Error);
    EXPECT_EQ(bytes, QByteArrayView("#N/A"));
    EXPECT_EQ(column.kindAt(texts.size() + 1, &bytes), Cell::Kind::Empty);
    EXPECT_TRUE(bytes.isEmpty());
}

TEST(Column, SetRewritesOnlyTheCell)
{
    Column col;
    for (int i = 0; i < 10; ++i)
        col.append(Cell::text(QString::number(i)));
    col.set(3, Cell::text(QStringLiteral("長い値に置き換え")));
    col.set(5, Cell());
    col.set(12, Cell::boolean(true));
    EXPECT_EQ(col.size(), 13);
    EXPECT_EQ(col.at(2).textValue(), QStringLiteral("2"));
    EXPECT_EQ(col.at(3).textValue(), QStringLiteral("長い値に置き換え"));
    EXPECT_EQ(col.at(4).textValue(), QStringLiteral("4"));
    EXPECT_TRUE(col.at(5).isEmpty());
    EXPECT_EQ(col.at(6).textValue(), QStringLiteral("6"));
    EXPECT_TRUE(col.at(11).isEmpty());
    EXPECT_TRUE(col.at(12).booleanValue());
    col.resize(4);
    EXPECT_EQ(col.size(), 4);
    EXPECT_EQ(col.at(3).textValue(), QStringLiteral("長い値に置き換え"));
}

TEST(Table, RaggedRowsWidenTheTable)
{
    Table t;
    t.appendRow({Cell::text(QStringLiteral("a"))});
    t.appendRow({Cell::text(QStringLiteral("b")), Cell::number(2), Cell::boolean(false)});
    t.appendRow({});
    EXPECT_EQ(t.rowCount(), 3);
    EXPECT_EQ(t.columnCount(), 3);
    EXPECT_TRUE(t.cell(0, 2).isEmpty());
    EXPECT_EQ(t.cell(1, 1).numberValue(), 2);
    EXPECT_EQ(t.kindAt(1, 2), Cell::Kind::Boolean);
    EXPECT_TRUE(t.cell(2, 0).isEmpty());
}

TEST(Table, CompactStorageStaysSmall)
{
    // 20,000 rows of short Japanese text: the storage must stay within a few bytes of the
    // UTF-8 text itself per cell, or a million-row table will not fit in memory.
    Table t;
    qsizetype textBytes = 0;
    for (int r = 0; r < 20000; ++r) {
        const QByteArray a = QStringLiteral("東京都千代田区%1").arg(r).toUtf8();
        const QByteArray b = QStringLiteral("山田　太郎").toUtf8();
        textBytes += a.size() + b.size();
        t.appendTextRow({QByteArrayView(a), QByteArrayView(b)});
    }
    t.squeeze();
    // Per cell: 4 bytes of offset and 1 of kind; the buffers may keep up to 1/8 slack.
    EXPECT_LT(t.memoryUsage(), textBytes + textBytes / 8 + 40000 * 5 + 8192);
}

TEST(Table, ColumnsInsertRemoveAndNames)
{
    Table t(2);
    t.appendRow({Cell::number(1), Cell::number(2)});
    t.setColumnNames({QStringLiteral("甲"), QStringLiteral("乙")});
    Column c;
    c.append(Cell::text(QStringLiteral("丙")));
    t.insertColumn(1, c, QStringLiteral("中"));
    EXPECT_EQ(t.columnNames(), (QStringList{QStringLiteral("甲"), QStringLiteral("中"), QStringLiteral("乙")}));
    EXPECT_EQ(t.cell(0, 1).textValue(), QStringLiteral("丙"));
    t.removeColumn(0);
    EXPECT_EQ(t.columnName(0), QStringLiteral("中"));
    EXPECT_EQ(t.cell(0, 1).numberValue(), 2);
}

TEST(CellRange, ParsesA1References)
{
    const auto r = CellRange::fromA1(u"B2:D3");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->firstRow, 1);
    EXPECT_EQ(r->firstColumn, 1);
    EXPECT_EQ(r->lastRow, 2);
    EXPECT_EQ(r->lastColumn, 3);
    EXPECT_EQ(r->toA1(), QStringLiteral("B2:D3"));
    EXPECT_EQ(parseCellReference(u"XFD1048576"), std::make_pair(qsizetype(1048575), 16383));
    EXPECT_FALSE(parseCellReference(u"XFE1"));
    EXPECT_FALSE(parseCellReference(u"A0"));
    EXPECT_FALSE(parseCellReference(u"A1048577"));
    EXPECT_FALSE(parseCellReference(u"1A"));
    EXPECT_EQ(Table::columnLetters(0), QStringLiteral("A"));
    EXPECT_EQ(Table::columnLetters(26), QStringLiteral("AA"));
}

TEST(TableSharing, ACopyKeepsItsCellsWhenTheOriginalChanges)
{
    Table original;
    original.setColumnNames({QStringLiteral("氏名"), QStringLiteral("地区")});
    original.appendRow({Cell::text(QStringLiteral("山田")), Cell::text(QStringLiteral("北"))});
    original.appendRow({Cell::text(QStringLiteral("佐藤")), Cell::text(QStringLiteral("南"))});

    Table copy = original;
    original.setCell(0, 0, Cell::text(QStringLiteral("髙橋")));
    original.appendRow({Cell::text(QStringLiteral("鈴木"))});
    Column replaced;
    replaced.append(Cell::text(QStringLiteral("東")));
    replaced.append(Cell::text(QStringLiteral("西")));
    copy.setColumn(1, std::move(replaced));

    EXPECT_EQ(copy.rowCount(), 2);
    EXPECT_EQ(copy.cell(0, 0).textValue(), QStringLiteral("山田"));
    EXPECT_EQ(copy.cell(0, 1).textValue(), QStringLiteral("東"));
    EXPECT_EQ(original.rowCount(), 3);
    EXPECT_EQ(original.cell(0, 0).textValue(), QStringLiteral("髙橋"));
    EXPECT_EQ(original.cell(0, 1).textValue(), QStringLiteral("北"));
    EXPECT_EQ(original.cell(2, 0).textValue(), QStringLiteral("鈴木"));
    EXPECT_TRUE(original.cell(2, 1).isEmpty());
}
