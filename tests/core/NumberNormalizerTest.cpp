#include "normalize/NumberNormalizer.h"

#include <gtest/gtest.h>

using namespace tenarai;

// Readable QString values in failure messages.
[[maybe_unused]] static void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

double amount(const QString &text, const NumberNormalizer::AmountOptions &o = NumberNormalizer::AmountOptions())
{
    const Result<double> r = NumberNormalizer::parseAmount(text, o);
    EXPECT_TRUE(r.ok()) << qPrintable(text) << ": " << (r.ok() ? "" : qPrintable(r.error().message));
    return r.ok() ? r.value() : -999999.0;
}

QString refusal(const QString &text, const NumberNormalizer::AmountOptions &o = NumberNormalizer::AmountOptions())
{
    const Result<double> r = NumberNormalizer::parseAmount(text, o);
    if (r.ok())
        return QStringLiteral("OK: ") + QString::number(r.value());
    EXPECT_EQ(r.error().kind, Error::Kind::Format);
    return r.error().message;
}

} // namespace

TEST(NumberNormalizer, PlainAmountsAndCurrency)
{
    EXPECT_EQ(amount(QStringLiteral("3000")), 3000.0);
    EXPECT_EQ(amount(QStringLiteral("3,000")), 3000.0);
    EXPECT_EQ(amount(QStringLiteral("3,000円")), 3000.0);
    EXPECT_EQ(amount(QStringLiteral("3,000 円")), 3000.0);
    EXPECT_EQ(amount(QStringLiteral("¥3,000")), 3000.0);
    EXPECT_EQ(amount(QStringLiteral("￥３，０００")), 3000.0);
    EXPECT_EQ(amount(QStringLiteral("\\3,000")), 3000.0); // the yen sign of CP932 text
    EXPECT_EQ(amount(QStringLiteral("１２，０００円")), 12000.0);
    EXPECT_EQ(amount(QStringLiteral("1、234、567")), 1234567.0);
    EXPECT_EQ(amount(QStringLiteral("1,234.5円")), 1234.5);
    EXPECT_EQ(amount(QStringLiteral(" 0 ")), 0.0);
    EXPECT_EQ(amount(QStringLiteral("金壱萬円也")), 10000.0);
}

TEST(NumberNormalizer, Units)
{
    EXPECT_EQ(amount(QStringLiteral("1.5万円")), 15000.0);
    EXPECT_EQ(amount(QStringLiteral("3億2000万")), 320000000.0);
    EXPECT_EQ(amount(QStringLiteral("3億2,000万円")), 320000000.0);
    EXPECT_EQ(amount(QStringLiteral("1億5千万")), 150000000.0);
    EXPECT_EQ(amount(QStringLiteral("1,500千円")), 1500000.0);
    EXPECT_EQ(amount(QStringLiteral("5千円")), 5000.0);
    EXPECT_EQ(amount(QStringLiteral("2千5百")), 2500.0);
    EXPECT_EQ(amount(QStringLiteral("3万5000円")), 35000.0);
    EXPECT_EQ(amount(QStringLiteral("2億")), 200000000.0);
    EXPECT_EQ(amount(QStringLiteral("1兆")), 1e12);
    EXPECT_EQ(amount(QStringLiteral("0.1万")), 1000.0); // exact decimal arithmetic
    EXPECT_EQ(amount(QStringLiteral("1.23456万")), 12345.6);
}

TEST(NumberNormalizer, Negatives)
{
    EXPECT_EQ(amount(QStringLiteral("△500")), -500.0);
    EXPECT_EQ(amount(QStringLiteral("▲1,200円")), -1200.0);
    EXPECT_EQ(amount(QStringLiteral("(500)")), -500.0);
    EXPECT_EQ(amount(QStringLiteral("（５００）")), -500.0);
    EXPECT_EQ(amount(QStringLiteral("-500")), -500.0);
    EXPECT_EQ(amount(QStringLiteral("−500")), -500.0);  // U+2212
    EXPECT_EQ(amount(QStringLiteral("－500")), -500.0); // U+FF0D
    EXPECT_EQ(amount(QStringLiteral("ー500")), -500.0); // U+30FC, typed by IME
    EXPECT_EQ(amount(QStringLiteral("‐500")), -500.0);  // U+2010
    EXPECT_EQ(amount(QStringLiteral("¥-500")), -500.0);
    EXPECT_EQ(amount(QStringLiteral("-¥500")), -500.0);
    EXPECT_EQ(amount(QStringLiteral("+500")), 500.0);
    EXPECT_EQ(amount(QStringLiteral("△0")), 0.0);
    EXPECT_FALSE(std::signbit(amount(QStringLiteral("△0"))));
    NumberNormalizer::AmountOptions o;
    o.parenthesesNegative = false;
    EXPECT_EQ(refusal(QStringLiteral("(500)"), o), QStringLiteral("\"(500)\" is not an amount."));
    EXPECT_EQ(refusal(QStringLiteral("(-500)")), QStringLiteral("\"(-500)\" is not an amount."));
}

TEST(NumberNormalizer, KanjiNumerals)
{
    EXPECT_EQ(amount(QStringLiteral("一千二百三十四")), 1234.0);
    EXPECT_EQ(amount(QStringLiteral("千二百")), 1200.0);
    EXPECT_EQ(amount(QStringLiteral("二万三千")), 23000.0);
    EXPECT_EQ(amount(QStringLiteral("〇")), 0.0);
    EXPECT_EQ(amount(QStringLiteral("十")), 10.0);
    EXPECT_EQ(amount(QStringLiteral("三千円")), 3000.0);
    EXPECT_EQ(NumberNormalizer::parseKanjiNumeral(u"一千二百三十四").value(), 1234);
    EXPECT_EQ(NumberNormalizer::parseKanjiNumeral(u"二〇二一").value(), 2021);
    EXPECT_EQ(NumberNormalizer::parseKanjiNumeral(u"十一").value(), 11);
    EXPECT_EQ(NumberNormalizer::parseKanjiNumeral(u"百").value(), 100);
    EXPECT_EQ(NumberNormalizer::parseKanjiNumeral(u"九千九百九十九兆九千九百九十九億").value(), 9999999900000000LL);
    EXPECT_EQ(NumberNormalizer::parseKanjiNumeral(u"一万一").value(), 10001);
    EXPECT_EQ(NumberNormalizer::parseKanjiNumeral(u"12").error().message, QStringLiteral("\"12\" is not a kanji numeral."));
    EXPECT_EQ(NumberNormalizer::parseKanjiNumeral(u"百千").error().message,
              QStringLiteral("The units in \"百千\" are out of order."));
    EXPECT_EQ(NumberNormalizer::parseKanjiNumeral(u"万").error().message, QStringLiteral("\"万\" is not a kanji numeral."));
}

TEST(NumberNormalizer, ReportsInsteadOfGuessing)
{
    EXPECT_EQ(refusal(QStringLiteral("約3,000円")),
              QStringLiteral("\"約3,000円\" is an approximate amount (約); it is reported, not guessed."));
    EXPECT_EQ(refusal(QStringLiteral("3,000円程度")),
              QStringLiteral("\"3,000円程度\" is an approximate amount (程度); it is reported, not guessed."));
    EXPECT_EQ(refusal(QStringLiteral("5千円以上")),
              QStringLiteral("\"5千円以上\" is an approximate amount (以上); it is reported, not guessed."));
    EXPECT_EQ(refusal(QStringLiteral("1,000～2,000円")), QStringLiteral("\"1,000～2,000円\" is a range, not one amount."));
    EXPECT_EQ(refusal(QStringLiteral("1000〜2000")), QStringLiteral("\"1000〜2000\" is a range, not one amount."));
    EXPECT_EQ(refusal(QStringLiteral("1000-2000")), QStringLiteral("\"1000-2000\" is a range, not one amount."));
    EXPECT_EQ(refusal(QStringLiteral("1000円から")), QStringLiteral("\"1000円から\" is a range, not one amount."));
    EXPECT_EQ(refusal(QStringLiteral("無料")),
              QStringLiteral("\"無料\" means free of charge; it becomes 0 only when \"free counts as 0\" is on."));
    NumberNormalizer::AmountOptions free;
    free.freeAsZero = true;
    EXPECT_EQ(amount(QStringLiteral(" 無料\u3000"), free), 0.0);
    EXPECT_FALSE(NumberNormalizer::parseAmount(u"無料（要予約）", free).ok());
    EXPECT_EQ(refusal(QStringLiteral("1,00")), QStringLiteral("The digit grouping in \"1,00\" is not in thousands."));
    EXPECT_EQ(refusal(QStringLiteral("12,34,567")), QStringLiteral("The digit grouping in \"12,34,567\" is not in thousands."));
    EXPECT_EQ(refusal(QStringLiteral("1 000")), QStringLiteral("\"1 000\" has spaces between digits; it is not read as one amount."));
    EXPECT_EQ(refusal(QStringLiteral("万億")), QStringLiteral("\"万億\" is not an amount."));
    EXPECT_EQ(refusal(QStringLiteral("1万2億")), QStringLiteral("The units in \"1万2億\" are out of order."));
    EXPECT_EQ(refusal(QStringLiteral("10ドル")), QStringLiteral("\"10ドル\" is not an amount."));
    EXPECT_EQ(refusal(QStringLiteral("円")), QStringLiteral("\"円\" is not an amount."));
    EXPECT_EQ(refusal(QStringLiteral("")), QStringLiteral("The value is empty."));
    EXPECT_EQ(refusal(QStringLiteral("99999999999999999999")), QStringLiteral("\"99999999999999999999\" is too large."));
    EXPECT_EQ(refusal(QStringLiteral("9999999兆")), QStringLiteral("\"9999999兆\" is too large."));
}

TEST(NumberNormalizer, ChangeTypeToInteger)
{
    EXPECT_EQ(NumberNormalizer::toInteger(u"42").value(), 42);
    EXPECT_EQ(NumberNormalizer::toInteger(u" １２３ ").value(), 123);
    EXPECT_EQ(NumberNormalizer::toInteger(u"-1,234").value(), -1234);
    EXPECT_EQ(NumberNormalizer::toInteger(u"−7").value(), -7);
    EXPECT_EQ(NumberNormalizer::toInteger(u"+7").value(), 7);
    EXPECT_EQ(NumberNormalizer::toInteger(u"12.00").value(), 12);
    EXPECT_EQ(NumberNormalizer::toInteger(u"9223372036854775807").value(), Q_INT64_C(9223372036854775807));
    EXPECT_EQ(NumberNormalizer::toInteger(u"12.5").error().message,
              QStringLiteral("\"12.5\" has a fractional part; it is not a whole number."));
    EXPECT_EQ(NumberNormalizer::toInteger(u"abc").error().message, QStringLiteral("\"abc\" is not a number."));
    EXPECT_EQ(NumberNormalizer::toInteger(u"12a").error().message, QStringLiteral("\"12a\" is not a number."));
    EXPECT_EQ(NumberNormalizer::toInteger(u"").error().message, QStringLiteral("The value is empty."));
    EXPECT_EQ(NumberNormalizer::toInteger(u"1,23").error().message,
              QStringLiteral("The digit grouping in \"1,23\" is not in thousands."));
    EXPECT_EQ(NumberNormalizer::toInteger(u"9223372036854775808").error().message,
              QStringLiteral("\"9223372036854775808\" is too large for a whole number."));
}

TEST(NumberNormalizer, ChangeTypeToDecimal)
{
    EXPECT_EQ(NumberNormalizer::toDecimal(u"1.5").value(), 1.5);
    EXPECT_EQ(NumberNormalizer::toDecimal(u"-1,234.25").value(), -1234.25);
    EXPECT_EQ(NumberNormalizer::toDecimal(u"１．５").value(), 1.5);
    EXPECT_EQ(NumberNormalizer::toDecimal(u".5").value(), 0.5);
    EXPECT_EQ(NumberNormalizer::toDecimal(u"1.5e3").value(), 1500.0);
    EXPECT_EQ(NumberNormalizer::toDecimal(u"-0").value(), 0.0);
    EXPECT_EQ(NumberNormalizer::toDecimal(u"inf").error().message, QStringLiteral("\"inf\" is not a number."));
    EXPECT_EQ(NumberNormalizer::toDecimal(u"nan").error().message, QStringLiteral("\"nan\" is not a number."));
    EXPECT_EQ(NumberNormalizer::toDecimal(u"1.2.3").error().message, QStringLiteral("\"1.2.3\" is not a number."));
    EXPECT_EQ(NumberNormalizer::toDecimal(u"1e").error().message, QStringLiteral("\"1e\" is not a number."));
    EXPECT_EQ(NumberNormalizer::toDecimal(u"1e999").error().message, QStringLiteral("\"1e999\" is too large."));
    EXPECT_EQ(NumberNormalizer::toDecimal(u"0x10").error().message, QStringLiteral("\"0x10\" is not a number."));
}
