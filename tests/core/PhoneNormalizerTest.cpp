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

// ---- PhoneLayoutCache: the cached answer is exactly libphonenumber's ---------------------------

#include "CsvTableCompare.h"
#include "normalize/PhoneLayoutCache.h"

#include <QFile>

#include <random>
#include <thread>

namespace {

QString answer(const Result<QString> &r)
{
    return r.ok() ? r.value() : QStringLiteral("ERROR: ") + r.error().message;
}

// Numbers of every area-code length and every service prefix, with random subscriber digits,
// written as people write them (some without the trunk 0, as Excel leaves them), and fully
// random digit strings that mostly hit unallocated ranges.
QStringList generatedNumbers()
{
    std::mt19937 rng(20240401);
    const auto digit = [&rng] { return QChar(u'0' + char16_t(rng() % 10)); };
    QStringList numbers;
    const char16_t *prefixes[] = {u"03", u"06", u"011", u"045", u"0120", u"0428", u"0467", u"01267", u"04992",
                                  u"08477", u"050", u"070", u"080", u"090", u"0570", u"0800", u"0990", u"020"};
    for (const char16_t *prefix : prefixes) {
        const QString p = QString::fromUtf16(prefix);
        const bool eleven = p == u"050" || p == u"070" || p == u"080" || p == u"090" || p == u"0800" || p == u"020";
        for (int i = 0; i < 250; ++i) {
            QString n = p;
            while (n.size() < (eleven ? 11 : 10))
                n += digit();
            numbers << n;
            if (i % 5 == 0)
                numbers << n.mid(1); // the 0 Excel dropped
        }
    }
    for (int i = 0; i < 3000; ++i) {
        QString n = QStringLiteral("0");
        n += QChar(u'1' + char16_t(rng() % 9));
        const int length = i % 3 == 0 ? 11 : 10;
        while (n.size() < length)
            n += digit();
        numbers << n;
    }
    return numbers;
}

QStringList fixturePhones()
{
    QFile f(QStringLiteral(TENARAI_TEST_DATA_DIR "/cleaning/messy.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList phones;
    const QList<QStringList> rows = CsvTableCompare::parse(f.readAll());
    for (qsizetype i = 1; i < rows.size(); ++i)
        phones << rows[i].value(5);
    return phones;
}

} // namespace

TEST(PhoneLayoutCache, ReadsTheJapaneseMetadata)
{
    // Without it nothing is cached and the figures below would only measure libphonenumber.
    EXPECT_TRUE(PhoneLayoutCache::instance().enabled());
}

TEST(PhoneLayoutCache, GivesExactlyLibphonenumbersAnswer)
{
    QStringList inputs = fixturePhones();
    ASSERT_GT(inputs.size(), 250);
    inputs += generatedNumbers();
    int valid = 0;
    for (const QString &input : std::as_const(inputs)) {
        const Result<QString> uncached = PhoneNormalizer::normalizeWithoutCache(input);
        // Twice: the first call may fill the group, the second reads it.
        for (int pass = 0; pass < 2; ++pass)
            EXPECT_EQ(answer(PhoneNormalizer::normalize(input)), answer(uncached)) << qPrintable(input);
        valid += uncached.ok() ? 1 : 0;
    }
    EXPECT_GT(valid, 3000); // the comparison covers hyphenation, not only refusals
}

TEST(PhoneLayoutCache, AsksLibphonenumberOncePerGroup)
{
    PhoneLayoutCache &cache = PhoneLayoutCache::instance();
    std::mt19937 rng(7);
    // 2,000 mobile numbers and 2,000 Tokyo numbers: the plan hyphenates each kind one way.
    for (const char16_t *prefix : {u"090", u"03"}) {
        const qsizetype before = cache.entryCount();
        for (int i = 0; i < 2000; ++i) {
            QString n = QString::fromUtf16(prefix);
            n += QChar(u'2' + char16_t(rng() % 8));
            while (n.size() < (prefix[1] == u'9' ? 11 : 10))
                n += QChar(u'0' + char16_t(rng() % 10));
            ASSERT_TRUE(PhoneNormalizer::normalize(n).ok()) << qPrintable(n);
        }
        EXPECT_LE(cache.entryCount() - before, 10) << qPrintable(QString::fromUtf16(prefix));
    }
}

TEST(PhoneLayoutCache, ServesManyThreadsAtOnce)
{
    const QStringList inputs = generatedNumbers();
    QStringList expected;
    for (const QString &input : inputs)
        expected << answer(PhoneNormalizer::normalizeWithoutCache(input));
    std::vector<int> wrong(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            // Each thread walks the list from a different place, so that groups are filled
            // while other threads read them.
            for (qsizetype i = 0; i < inputs.size(); ++i) {
                const qsizetype k = (i + t * inputs.size() / 4) % inputs.size();
                if (answer(PhoneNormalizer::normalize(inputs[k])) != expected[k])
                    ++wrong[size_t(t)];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_EQ(wrong, std::vector<int>(4, 0));
}

TEST(PhoneLayoutCache, LayoutIsTheFormattedNumberWithPlaceholders)
{
    EXPECT_EQ(PhoneLayoutCache::layoutOf("312345678", QStringLiteral("03-1234-5678")), QStringLiteral("0#-####-####"));
    EXPECT_EQ(PhoneLayoutCache::applyLayout(QStringLiteral("0#-####-####"), "698765432"),
              QStringLiteral("06-9876-5432"));
    // Output that is not the number's digits in order cannot be a layout.
    EXPECT_EQ(PhoneLayoutCache::layoutOf("312345678", QStringLiteral("03-1234-5679")), QString());
    EXPECT_EQ(PhoneLayoutCache::layoutOf("312345678", QStringLiteral("03-1234-567")), QString());
}

TEST(PhoneDomesticDigits, OneWayOfWritingANumberNotInUse)
{
    using tenarai::PhoneNormalizer;
    EXPECT_EQ(PhoneNormalizer::domesticDigits(u"携帯 ０９０（０２８８）６９５６"), QStringLiteral("09002886956"));
    EXPECT_EQ(PhoneNormalizer::domesticDigits(u"TEL:070-0640-1214"), QStringLiteral("07006401214"));
    EXPECT_EQ(PhoneNormalizer::domesticDigits(u"9007541797"), QStringLiteral("09007541797")); // Excel dropped the 0
    EXPECT_FALSE(PhoneNormalizer::domesticDigits(u"03-1234-567").has_value());  // 9 digits with its 0
    EXPECT_FALSE(PhoneNormalizer::domesticDigits(u"+1 202 555 0123").has_value());
    EXPECT_FALSE(PhoneNormalizer::domesticDigits(u"なし").has_value());
    EXPECT_FALSE(PhoneNormalizer::domesticDigits(u"").has_value());
}
