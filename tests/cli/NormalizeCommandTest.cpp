// `tenarai-cli normalize KIND` as a filter in a script: one line out per line in, failures as
// empty lines with a message naming the line, exit 1 when any line failed.
#include "CliRunner.h"

#include <QDate>
#include <QElapsedTimer>

#include <gtest/gtest.h>

namespace {

CliRun normalize(const QStringList &arguments, const QString &input)
{
    return CliRunner::run(QStringList{QStringLiteral("normalize")} + arguments, input.toUtf8());
}

QString out(const CliRun &run)
{
    return QString::fromUtf8(run.out);
}

QString err(const CliRun &run)
{
    return QString::fromUtf8(run.err);
}

} // namespace

TEST(NormalizeCommand, Width)
{
    const CliRun run = normalize({QStringLiteral("width")},
                                 QStringLiteral("ＡＢＣ１２３\nﾃｽﾄﾃﾞｰﾀ\n　山田　　太郎　\n㈱山田\n"));
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    // ㈱ is kept: it may be part of a registered name; the diagnosis flags it instead.
    EXPECT_EQ(out(run), QStringLiteral("ABC123\nテストデータ\n山田 太郎\n㈱山田\n"));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(NormalizeCommand, KanaToKatakanaOrHiragana)
{
    const QString input = QStringLiteral("やまだ たろう\nﾔﾏﾀﾞ\nゔぁいおりん\n");
    const CliRun katakana = normalize({QStringLiteral("kana")}, input);
    EXPECT_EQ(katakana.exitCode, 0);
    EXPECT_EQ(out(katakana), QStringLiteral("ヤマダ タロウ\nヤマダ\nヴァイオリン\n"));
    const CliRun hiragana = normalize({QStringLiteral("kana"), QStringLiteral("--hiragana")}, input);
    EXPECT_EQ(hiragana.exitCode, 0);
    EXPECT_EQ(out(hiragana), QStringLiteral("やまだ たろう\nやまだ\nゔぁいおりん\n"));
}

TEST(NormalizeCommand, DatesWithAFailingLine)
{
    const CliRun run = normalize({QStringLiteral("date")},
                                 QStringLiteral("令和3年4月1日\r\nR3.4.1\r\n44287\r\n平成31年5月1日\r\n\r\n２０２１／４／１\r\n"));
    EXPECT_EQ(run.exitCode, 1);
    // CR is stripped, the blank line stays blank, the impossible date becomes an empty line.
    EXPECT_EQ(out(run), QStringLiteral("2021-04-01\n2021-04-01\n2021-04-01\n\n\n2021-04-01\n"));
    EXPECT_TRUE(err(run).contains(QStringLiteral("line 4: 平成 ended on 2019-04-30"))) << err(run).toStdString();
    EXPECT_FALSE(err(run).contains(QStringLiteral("line 5")));
    EXPECT_TRUE(err(run).contains(QStringLiteral("1 line of 6"))) << err(run).toStdString();
}

TEST(NormalizeCommand, DateSerialsIn1904System)
{
    const CliRun run = normalize({QStringLiteral("date"), QStringLiteral("--date1904")}, QStringLiteral("44287\n"));
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(out(run), QDate(1904, 1, 1).addDays(44287).toString(Qt::ISODate) + QLatin1Char('\n'));
    // The option belongs to dates only.
    EXPECT_EQ(normalize({QStringLiteral("phone"), QStringLiteral("--date1904")}, QString()).exitCode, 2);
}

TEST(NormalizeCommand, Numbers)
{
    const CliRun run = normalize({QStringLiteral("number")},
                                 QStringLiteral("1,500円\n￥2,000\n1.5万円\n△500\n約3,000円\n１２０００\n"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(out(run), QStringLiteral("1500\n2000\n15000\n-500\n\n12000\n"));
    EXPECT_TRUE(err(run).contains(QStringLiteral("line 5: "))) << err(run).toStdString();
}

TEST(NormalizeCommand, PhoneNumbers)
{
    const CliRun run = normalize({QStringLiteral("phone")},
                                 QStringLiteral("０３（１２３４）５６７８\n09012345678\n0467-12-3456\n12345\n"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(out(run), QStringLiteral("03-1234-5678\n090-1234-5678\n0467-12-3456\n\n"));
    EXPECT_TRUE(err(run).contains(QStringLiteral("line 4: "))) << err(run).toStdString();
}

TEST(NormalizeCommand, PostalCodes)
{
    const CliRun run = normalize({QStringLiteral("postal")}, QStringLiteral("〒１００－０００１\n1000001\n100-001\n"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(out(run), QStringLiteral("100-0001\n100-0001\n\n"));
    EXPECT_TRUE(err(run).contains(QStringLiteral("line 3: "))) << err(run).toStdString();
}

TEST(NormalizeCommand, AddressesSplitIntoThreeTabSeparatedParts)
{
    const CliRun run = normalize({QStringLiteral("address")},
                                 QStringLiteral("東京都千代田区霞が関１－２－３\n四日市市諏訪町1番5号\n府中市宮西町2丁目24番地\n"));
    EXPECT_EQ(run.exitCode, 1);
    const QStringList lines = out(run).split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 4) << out(run).toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("東京都\t千代田区\t霞が関1-2-3"));
    EXPECT_EQ(lines[1], QStringLiteral("三重県\t四日市市\t諏訪町1番5号"));
    // 府中市 is in 東京都 and in 広島県: refused, not guessed.
    EXPECT_EQ(lines[2], QString());
    EXPECT_TRUE(err(run).contains(QStringLiteral("line 3: "))) << err(run).toStdString();
}

TEST(NormalizeCommand, NameKeysMatchVariantSpellings)
{
    const CliRun run = normalize({QStringLiteral("name-key")}, QStringLiteral("髙橋　太郎\n高橋 太郎\n齋藤\n"));
    EXPECT_EQ(run.exitCode, 0);
    const QStringList lines = out(run).split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0], lines[1]);
    EXPECT_NE(lines[2], QStringLiteral("斉藤")); // 齋 and 齊 are different characters
}

TEST(NormalizeCommand, InvalidUtf8IsALineThatFails)
{
    const CliRun run = CliRunner::run({QStringLiteral("normalize"), QStringLiteral("width")},
                                      QByteArray("abc\n\x82\xa0\xff\nxyz\n"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out, QByteArray("abc\n\nxyz\n"));
    EXPECT_TRUE(err(run).contains(QStringLiteral("line 2: "))) << err(run).toStdString();
}

TEST(NormalizeCommand, UsageErrors)
{
    EXPECT_EQ(normalize({}, QString()).exitCode, 2);
    EXPECT_EQ(normalize({QStringLiteral("colour")}, QString()).exitCode, 2);
    EXPECT_EQ(normalize({QStringLiteral("date"), QStringLiteral("phone")}, QString()).exitCode, 2);
    const CliRun help = CliRunner::run({QStringLiteral("help"), QStringLiteral("normalize")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("name-key"));
}

TEST(NormalizeCommand, HundredThousandLinesInSeconds)
{
    QString input;
    for (int i = 0; i < 100000; ++i)
        input += (i % 2 ? QStringLiteral("令和%1年%2月%3日\n") : QStringLiteral("R%1.%2.%3\n"))
                     .arg(2 + i % 5)
                     .arg(1 + i % 12)
                     .arg(1 + i % 28);
    QElapsedTimer timer;
    timer.start();
    const CliRun run = normalize({QStringLiteral("date")}, input);
    const qint64 ms = timer.elapsed();
    std::printf("[ measure  ] normalize date, 100000 lines: %lld ms\n", static_cast<long long>(ms));
    EXPECT_EQ(run.exitCode, 0) << run.err.left(500).constData();
    EXPECT_EQ(run.out.count('\n'), 100000);
    EXPECT_LT(ms, 30000);
}
