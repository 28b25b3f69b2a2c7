#include "normalize/PostalCodeNormalizer.h"

#include <gtest/gtest.h>

using namespace tenarai;

namespace {

QString S(QStringView s)
{
    return s.toString();
}

QString postal(QStringView input)
{
    const Result<QString> r = PostalCodeNormalizer::normalize(input);
    return r.ok() ? r.value() : QStringLiteral("ERROR: ") + r.error().message;
}

void expectRefused(QStringView input, QStringView messagePart)
{
    const Result<QString> r = PostalCodeNormalizer::normalize(input);
    ASSERT_FALSE(r.ok()) << qPrintable(input.toString()) << " gave " << qPrintable(r.value());
    EXPECT_EQ(r.error().kind, Error::Kind::Format);
    EXPECT_TRUE(r.error().message.contains(messagePart))
        << qPrintable(input.toString()) << ": " << qPrintable(r.error().message);
}

} // namespace

TEST(PostalCode, WritesSevenDigitsWithOneHyphen)
{
    EXPECT_EQ(postal(u"100-0001"), S(u"100-0001"));
    EXPECT_EQ(postal(u"1000001"), S(u"100-0001"));
    EXPECT_EQ(postal(u"〒100-0001"), S(u"100-0001"));
    EXPECT_EQ(postal(u"〒1000001"), S(u"100-0001"));
    EXPECT_EQ(postal(u"〒 100-0001"), S(u"100-0001"));
    EXPECT_EQ(postal(u"〒　１００－０００１"), S(u"100-0001"));
    EXPECT_EQ(postal(u"１０００００１"), S(u"100-0001"));
    EXPECT_EQ(postal(u"100ー0001"), S(u"100-0001"));
    EXPECT_EQ(postal(u"100‐0001"), S(u"100-0001"));
    EXPECT_EQ(postal(u"100−0001"), S(u"100-0001"));
    EXPECT_EQ(postal(u"100ｰ0001"), S(u"100-0001"));
    EXPECT_EQ(postal(u" 100-0001\u3000"), S(u"100-0001"));
    EXPECT_EQ(postal(u"100 0001"), S(u"100-0001"));
}

TEST(PostalCode, PadsTheZeroExcelDropped)
{
    EXPECT_EQ(postal(u"600001"), S(u"060-0001")); // 060-0001 read by Excel as 600001
    EXPECT_EQ(postal(u"〒600001"), S(u"060-0001"));
    EXPECT_EQ(postal(u"９６３８００１"), S(u"963-8001"));
}

TEST(PostalCode, BlankStaysBlank)
{
    EXPECT_EQ(postal(u""), QString());
    EXPECT_EQ(postal(u"\u3000"), QString());
}

TEST(PostalCode, RefusesOtherShapes)
{
    expectRefused(u"12345", u"has 5 digit");
    expectRefused(u"〒", u"has 0 digit");
    expectRefused(u"060-001", u"has 6 digit"); // written as text, so Excel cannot have dropped a 0
    expectRefused(u"12345678", u"more than 7 digits");
    expectRefused(u"1000-001", u"wrong place");
    expectRefused(u"10-00001", u"wrong place");
    expectRefused(u"100-00-01", u"\"-\"");
    expectRefused(u"100-000l", u"\"l\"");
    expectRefused(u"東京都", u"\"東\"");
    expectRefused(u"100 - 0001", u"\"-\"");
}
