#include "normalize/PhoneNormalizer.h"

#include <gtest/gtest.h>

using namespace tenarai;

namespace {

QString S(QStringView s)
{
    return s.toString();
}

QString phone(const QString &input)
{
    const Result<QString> r = PhoneNormalizer::normalize(input);
    return r.ok() ? r.value() : QStringLiteral("ERROR: ") + r.error().message;
}

void expectRefused(const QString &input, const QString &messagePart)
{
    const Result<QString> r = PhoneNormalizer::normalize(input);
    ASSERT_FALSE(r.ok()) << qPrintable(input) << " gave " << qPrintable(r.value());
    EXPECT_EQ(r.error().kind, Error::Kind::Format);
    EXPECT_TRUE(r.error().message.contains(messagePart))
        << qPrintable(input) << ": " << qPrintable(r.error().message);
}

} // namespace

TEST(PhoneNormalizer, HyphenatesByAreaCode)
{
    EXPECT_EQ(phone(S(u"0312345678")), S(u"03-1234-5678"));
    EXPECT_EQ(phone(S(u"0612345678")), S(u"06-1234-5678"));
    EXPECT_EQ(phone(S(u"0112345678")), S(u"011-234-5678")); // 札幌: 3-digit area code
    EXPECT_EQ(phone(S(u"0452123456")), S(u"045-212-3456")); // 横浜
    EXPECT_EQ(phone(S(u"0467123456")), S(u"0467-12-3456")); // 鎌倉: 4-digit area code
    EXPECT_EQ(phone(S(u"0120123456")), S(u"0120-123-456")); // free dial
    EXPECT_EQ(phone(S(u"0570123456")), S(u"0570-123-456")); // navi dial
    EXPECT_EQ(phone(S(u"08001234567")), S(u"0800-123-4567")); // free dial, 11 digits
    EXPECT_EQ(phone(S(u"09012345678")), S(u"090-1234-5678"));
    EXPECT_EQ(phone(S(u"08012345678")), S(u"080-1234-5678"));
    EXPECT_EQ(phone(S(u"07012345678")), S(u"070-1234-5678"));
    EXPECT_EQ(phone(S(u"05012345678")), S(u"050-1234-5678"));
}

TEST(PhoneNormalizer, RewritesWrongHyphenation)
{
    EXPECT_EQ(phone(S(u"0120-12-3456")), S(u"0120-123-456"));
    EXPECT_EQ(phone(S(u"046-712-3456")), S(u"0467-12-3456"));
    EXPECT_EQ(phone(S(u"0901-234-5678")), S(u"090-1234-5678"));
}

TEST(PhoneNormalizer, AcceptsWhatPeopleType)
{
    EXPECT_EQ(phone(S(u"０３－１２３４－５６７８")), S(u"03-1234-5678"));
    EXPECT_EQ(phone(S(u"０９０ー１２３４ー５６７８")), S(u"090-1234-5678"));
    EXPECT_EQ(phone(S(u"03ー1234ー5678")), S(u"03-1234-5678"));
    EXPECT_EQ(phone(S(u"03‐1234‐5678")), S(u"03-1234-5678")); // U+2010
    EXPECT_EQ(phone(S(u"03−1234−5678")), S(u"03-1234-5678")); // U+2212
    EXPECT_EQ(phone(S(u"03―1234―5678")), S(u"03-1234-5678")); // U+2015
    EXPECT_EQ(phone(S(u"03ｰ1234ｰ5678")), S(u"03-1234-5678")); // half-width ｰ
    EXPECT_EQ(phone(S(u"（03）1234-5678")), S(u"03-1234-5678"));
    EXPECT_EQ(phone(S(u"(0467)12-3456")), S(u"0467-12-3456"));
    EXPECT_EQ(phone(S(u"03(1234)5678")), S(u"03-1234-5678"));
    EXPECT_EQ(phone(S(u"03 1234 5678")), S(u"03-1234-5678"));
    EXPECT_EQ(phone(S(u"　03-1234-5678　")), S(u"03-1234-5678"));
    EXPECT_EQ(phone(S(u"+81 3-1234-5678")), S(u"03-1234-5678"));
    EXPECT_EQ(phone(S(u"+81-90-1234-5678")), S(u"090-1234-5678"));
    EXPECT_EQ(phone(S(u"＋８１９０１２３４５６７８")), S(u"090-1234-5678"));
    EXPECT_EQ(phone(S(u"TEL:03-1234-5678")), S(u"03-1234-5678"));
    EXPECT_EQ(phone(S(u"ＴＥＬ：03-1234-5678")), S(u"03-1234-5678"));
    EXPECT_EQ(phone(S(u"℡03-1234-5678")), S(u"03-1234-5678"));
    EXPECT_EQ(phone(S(u"携帯 090-1234-5678")), S(u"090-1234-5678"));
    EXPECT_EQ(phone(S(u"電話：0467-12-3456")), S(u"0467-12-3456"));
}

TEST(PhoneNormalizer, RestoresTheZeroExcelDropped)
{
    EXPECT_EQ(phone(S(u"9012345678")), S(u"090-1234-5678"));
    EXPECT_EQ(phone(S(u"312345678")), S(u"03-1234-5678"));
    EXPECT_EQ(phone(S(u"467123456")), S(u"0467-12-3456"));
    EXPECT_EQ(phone(S(u"120123456")), S(u"0120-123-456"));
}

TEST(PhoneNormalizer, BlankStaysBlank)
{
    EXPECT_EQ(phone(QString()), QString());
    EXPECT_EQ(phone(S(u"　 ")), QString());
}

TEST(PhoneNormalizer, KeepsForeignNumbersInternational)
{
    EXPECT_EQ(phone(S(u"+1 202-555-0123")), S(u"+1 202-555-0123"));
    expectRefused(S(u"+1 202-555-01"), S(u"country code"));
}

TEST(PhoneNormalizer, RefusesWithTheReason)
{
    expectRefused(S(u"031234567"), S(u"has 9 digit"));
    expectRefused(S(u"03-1234-567"), S(u"has 9 digit"));
    expectRefused(S(u"1234567"), S(u"has 7 digit"));
    expectRefused(S(u"0"), S(u"has 1 digit"));
    expectRefused(S(u"090123456789"), S(u"has 12 digit"));
    expectRefused(S(u"03-1234-ABCD"), S(u"\"A\"")); // not read as a vanity number
    expectRefused(S(u"03-1234-5678 内線12"), S(u"\"内\""));
    expectRefused(S(u"03-1234-5678abc"), S(u"\"a\""));
    expectRefused(S(u"なし"), S(u"\"な\""));
    expectRefused(S(u"--"), S(u"no digits"));
    expectRefused(S(u"0012345678"), S(u"not a valid Japanese"));
    expectRefused(S(u"00312345678"), S(u"not a valid Japanese")); // a call abroad, not 03-…
    expectRefused(S(u"11234567890"), S(u"not a valid Japanese"));
    expectRefused(S(u"0111234567"), S(u"not a valid Japanese")); // 011-1xx is not allocated
    expectRefused(S(u"03-12+34-5678"), S(u"\"+\""));
    expectRefused(S(u"090-1234-5678🍣"), S(u"🍣"));
}
