// The allocation-free paths of PhoneNormalizer, PostalCodeNormalizer, PhoneLayoutCache and
// ContactTextFolder give exactly what their general paths give: the same results and the same
// messages, over a wide set of numbers written the ways people write them.

#include "normalize/ContactTextFolder.h"
#include "normalize/PhoneLayoutCache.h"
#include "normalize/PhoneNormalizer.h"
#include "normalize/PostalCodeNormalizer.h"

#include <gtest/gtest.h>

#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>

#include <random>
#include <thread>

using namespace tenarai;

namespace {

QString answer(const Result<QString> &r)
{
    return r.ok() ? QStringLiteral("OK: ") + r.value() : QStringLiteral("ERROR: ") + r.error().message;
}

QString digitsAnswer(const std::optional<QString> &d)
{
    return d ? *d : QStringLiteral("(none)");
}

// Spaces enough that the value no longer fits the normalizers' stack buffers, so that it takes
// the general path (folded into a QString); trimming makes the padding meaningless otherwise.
QString padded(const QString &s)
{
    return s + QString(80, QLatin1Char(' '));
}

QString fullWidth(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        if (c.unicode() >= 0x21 && c.unicode() <= 0x7E)
            c = QChar(char16_t(c.unicode() + 0xFEE0));
    }
    return out;
}

// A national number (with its trunk 0) split as groups, e.g. {"0428", "76", "4206"}.
struct Number
{
    QStringList groups;
    QString digits() const { return groups.join(QString()); }
};

QList<Number> generatedNumbers()
{
    std::mt19937 rng(20261206);
    const auto digits = [&rng](int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(u'0' + char16_t(rng() % 10));
        return s;
    };
    // Area codes of every length (03, 011, 0467, 04992, 01267), the services (0120, 0570, 0800,
    // 050, 070, 080, 090, 020) and codes nobody uses (00, 0111…).
    struct Plan
    {
        const char16_t *area;
        int middle;
        int last;
    };
    const Plan plans[] = {
        {u"03", 4, 4},    {u"06", 4, 4},    {u"011", 3, 4},   {u"045", 3, 4},  {u"052", 3, 4},
        {u"0422", 2, 4},  {u"0428", 2, 4},  {u"0467", 2, 4},  {u"0178", 2, 4}, {u"01267", 1, 4},
        {u"04992", 1, 4}, {u"08477", 1, 4}, {u"0120", 3, 3},  {u"0570", 3, 3}, {u"0800", 3, 4},
        {u"050", 4, 4},   {u"070", 4, 4},   {u"080", 4, 4},   {u"090", 4, 4},  {u"020", 4, 4},
        {u"0990", 3, 3},  {u"00", 4, 4},    {u"0111", 2, 4},  {u"03", 4, 3},   {u"090", 4, 5},
        {u"0", 4, 4},     {u"01", 4, 4},    {u"04", 4, 4},
    };
    QList<Number> numbers;
    for (const Plan &plan : plans) {
        for (int i = 0; i < 40; ++i)
            numbers.append({{QString::fromUtf16(plan.area), digits(plan.middle), digits(plan.last)}});
    }
    // Fully random digit strings of 9 to 12 digits, most in unallocated ranges.
    for (int i = 0; i < 400; ++i) {
        const int length = 9 + int(rng() % 4);
        numbers.append({{QStringLiteral("0") + digits(1), digits(4), digits(length - 6)}});
    }
    return numbers;
}

// The ways a number is written: separators, brackets, widths, labels, +81, a dropped 0.
QStringList writtenForms(const Number &n, int variant)
{
    const QString a = n.groups[0], b = n.groups[1], c = n.groups[2];
    const QString all = n.digits();
    const QString national = all.mid(1);
    QStringList forms = {
        all,
        a + u'-' + b + u'-' + c,
        a + u'ー' + b + u'ー' + c,
        a + u'－' + b + u'－' + c,
        a + u'‐' + b + u'‐' + c,
        a + u'−' + b + u'−' + c,
        a + u'ｰ' + b + u'ｰ' + c, // half-width ー: the general fold path (NFKC)
        u'(' + a + u')' + b + u'-' + c,
        u'（' + a + u'）' + b + u'－' + c,
        a + u'(' + b + u')' + c,
        a + u' ' + b + u' ' + c,
        a + u'\u3000' + b + u'\u3000' + c,
        fullWidth(a + u'-' + b + u'-' + c),
        QStringLiteral("TEL:") + a + u'-' + b + u'-' + c,
        QStringLiteral("Tel. ") + all,
        QStringLiteral("tel ") + all,
        fullWidth(QStringLiteral("TEL:")) + a + u'-' + b + u'-' + c,
        QStringLiteral("℡") + a + u'-' + b + u'-' + c,
        QStringLiteral("電話：") + all,
        QStringLiteral("電話番号 ") + all,
        QStringLiteral("携帯 ") + all,
        QStringLiteral("自宅:") + all,
        QStringLiteral("+81 ") + national,
        QStringLiteral("+81-") + a.mid(1) + u'-' + b + u'-' + c,
        fullWidth(QStringLiteral("+81")) + fullWidth(national),
        national, // the 0 Excel dropped
        QStringLiteral("\u3000 ") + all + QStringLiteral(" \u3000"),
        a + u'.' + b + u'.' + c,
        u'\uFF5F' + a + u'\uFF60' + b + u'-' + c,
    };
    // Refused ones: letters, extension text, stray '+', emoji (a surrogate pair), katakana.
    switch (variant % 6) {
    case 0:
        forms << a + u'-' + b + QStringLiteral("-ABCD");
        break;
    case 1:
        forms << all + QStringLiteral(" 内線12");
        break;
    case 2:
        forms << a + QStringLiteral("-1+2-") + c;
        break;
    case 3:
        forms << all + QStringLiteral("🍣");
        break;
    case 4:
        forms << QStringLiteral("ｶﾞ") + all;
        break;
    default:
        forms << all + QStringLiteral("x");
        break;
    }
    return forms;
}

QStringList oddInputs()
{
    return {
        QString(),
        QStringLiteral(" "),
        QStringLiteral("\u3000\u3000"),
        QStringLiteral("--"),
        QStringLiteral("()"),
        QStringLiteral("+"),
        QStringLiteral("++81312345678"),
        QStringLiteral("0"),
        QStringLiteral("なし"),
        QStringLiteral("TEL"),
        QStringLiteral("TEL:"),
        QStringLiteral("電話"),
        QStringLiteral("T"),
        QStringLiteral("+1 202-555-0123"),
        QStringLiteral("+1 202-555-01"),
        QStringLiteral("+44 20 7946 0958"),
        QStringLiteral("+81 3 1234 5678"),
        QStringLiteral("+810312345678"),
        QStringLiteral("0312345678901234567890123456789012345678901234567890123456789012345"),
        QStringLiteral("03-1234-5678-03-1234-5678-03-1234-5678-03-1234-5678-03-1234-5678-0"),
        QStringLiteral("🍣"),
        QString(QChar(0xD83C)), // a lone high surrogate
        QStringLiteral("03-1234-5678") + QChar(0xD83C),
        QStringLiteral("９０１２３４５６７８"),
        QStringLiteral("312345678"),
        QStringLiteral("467123456"),
        QStringLiteral("120123456"),
    };
}

QStringList allPhoneInputs()
{
    QStringList inputs = oddInputs();
    const QList<Number> numbers = generatedNumbers();
    for (qsizetype i = 0; i < numbers.size(); ++i)
        inputs += writtenForms(numbers[i], int(i));
    return inputs;
}

} // namespace

TEST(PhoneFastPath, CachedAndUncachedAgreeOnEveryWrittenForm)
{
    const QStringList inputs = allPhoneInputs();
    ASSERT_GT(inputs.size(), 30000);
    int valid = 0;
    int refused = 0;
    for (const QString &input : inputs) {
        const QString uncached = answer(PhoneNormalizer::normalizeWithoutCache(input));
        // Twice: the first call may fill the group, the second reads it (from the thread's copy).
        for (int pass = 0; pass < 2; ++pass)
            ASSERT_EQ(answer(PhoneNormalizer::normalize(input)), uncached) << qPrintable(input);
        valid += uncached.startsWith(u"OK") ? 1 : 0;
        refused += uncached.startsWith(u"ERROR") ? 1 : 0;
    }
    // Both hyphenation and every kind of refusal are compared, not only one of them.
    EXPECT_GT(valid, 10000);
    EXPECT_GT(refused, 3000);
}

TEST(PhoneFastPath, StackFoldingAgreesWithTheGeneralFolding)
{
    // A padded value is too long for the stack buffer and is folded into a QString instead.
    const QStringList inputs = allPhoneInputs();
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QString &input = inputs[i];
        ASSERT_EQ(answer(PhoneNormalizer::normalize(padded(input))), answer(PhoneNormalizer::normalize(input)))
            << qPrintable(input);
        if (i % 7 == 0) { // libphonenumber itself is slow; a sample shows the uncached path agrees too
            ASSERT_EQ(answer(PhoneNormalizer::normalizeWithoutCache(padded(input))),
                      answer(PhoneNormalizer::normalizeWithoutCache(input)))
                << qPrintable(input);
        }
        ASSERT_EQ(digitsAnswer(PhoneNormalizer::domesticDigits(padded(input))),
                  digitsAnswer(PhoneNormalizer::domesticDigits(input)))
            << qPrintable(input);
    }
}

TEST(PhoneFastPath, KnownAnswers)
{
    // Pinned so that a change in both paths at once does not go unnoticed.
    EXPECT_EQ(answer(PhoneNormalizer::normalize(u"(0428)76-4206")), QStringLiteral("OK: 0428-76-4206"));
    EXPECT_EQ(answer(PhoneNormalizer::normalize(u"ＴＥＬ：０３－１２３４－５６７８")), QStringLiteral("OK: 03-1234-5678"));
    EXPECT_EQ(answer(PhoneNormalizer::normalize(u"℡090ｰ1234ｰ5678")), QStringLiteral("OK: 090-1234-5678"));
    EXPECT_EQ(answer(PhoneNormalizer::normalize(u"+81 50 1234 5678")), QStringLiteral("OK: 050-1234-5678"));
    EXPECT_EQ(answer(PhoneNormalizer::normalize(u"0120123456")), QStringLiteral("OK: 0120-123-456"));
    EXPECT_EQ(answer(PhoneNormalizer::normalize(u"0499212345")), QStringLiteral("OK: 04992-1-2345"));
    EXPECT_EQ(digitsAnswer(PhoneNormalizer::domesticDigits(u"TEL 9007541797")), QStringLiteral("09007541797"));
    EXPECT_EQ(digitsAnswer(PhoneNormalizer::domesticDigits(u"090-1234-5678")), QStringLiteral("09012345678"));
    EXPECT_EQ(digitsAnswer(PhoneNormalizer::domesticDigits(u"12345678")), QStringLiteral("(none)"));
}

TEST(PhoneFastPath, ThreadsFillingTheirOwnCopiesAgree)
{
    QStringList inputs;
    const QList<Number> numbers = generatedNumbers();
    for (qsizetype i = 0; i < numbers.size(); i += 3)
        inputs += writtenForms(numbers[i], int(i)).mid(0, 4);
    QStringList expected;
    for (const QString &input : std::as_const(inputs))
        expected << answer(PhoneNormalizer::normalizeWithoutCache(input));
    std::vector<int> wrong(3, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 3; ++t) {
        // New threads start with empty copies of the groups and fill them while others read.
        threads.emplace_back([&, t] {
            for (qsizetype i = 0; i < inputs.size(); ++i) {
                const qsizetype k = (i + t * inputs.size() / 3) % inputs.size();
                if (answer(PhoneNormalizer::normalize(inputs[k])) != expected[k])
                    ++wrong[size_t(t)];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_EQ(wrong, std::vector<int>(3, 0));
}

TEST(PhoneFastPath, InlineLayoutIsTheLayout)
{
    const struct
    {
        const char16_t *layout;
        const char *national;
    } cases[] = {
        {u"0#-####-####", "312345678"}, {u"0###-##-####", "428764206"}, {u"0###-###-###", "120123456"},
        {u"0##-####-####", "9012345678"}, {u"+# ###", "1234"},         {u"0#", "9"},
    };
    for (const auto &c : cases) {
        const QString layout = QString::fromUtf16(c.layout);
        PhoneLayoutCache::Entry entry;
        entry.setLayout(layout);
        ASSERT_TRUE(entry.hasLayout());
        EXPECT_EQ(entry.apply(c.national), PhoneLayoutCache::applyLayout(layout, c.national));
    }
    PhoneLayoutCache::Entry entry;
    entry.setLayout(QString());
    EXPECT_FALSE(entry.hasLayout());
    entry.setLayout(QString(40, QLatin1Char('#'))); // too long to keep inline
    EXPECT_FALSE(entry.hasLayout());
    entry.setLayout(QStringLiteral("0#－####")); // not Latin-1
    EXPECT_FALSE(entry.hasLayout());
}

// ---- PostalCodeNormalizer ----------------------------------------------------------------------

TEST(PostalFastPath, StackFoldingAgreesWithTheGeneralFolding)
{
    std::mt19937 rng(42);
    QStringList inputs = {QString(), QStringLiteral(" "), QStringLiteral("〒"), QStringLiteral("〒 "),
                          QStringLiteral("ｶﾞ1000001"), QStringLiteral("100-0001ｶ"), QStringLiteral("🍣"),
                          QString(QChar(0xD83C)), QStringLiteral("1234567890123456789012345678901234567")};
    for (int i = 0; i < 3000; ++i) {
        QString d;
        const int count = 5 + int(rng() % 5);
        for (int k = 0; k < count; ++k)
            d += QChar(u'0' + char16_t(rng() % 10));
        const QString head = d.left(3), tail = d.mid(3);
        inputs << d << head + u'-' + tail << head + u'ー' + tail << head + u'－' + tail << head + u' ' + tail
               << QStringLiteral("〒") + head + u'-' + tail << QStringLiteral("\u3036") + d
               << QStringLiteral("〒\u3000") + fullWidth(head + u'-' + tail) << d.left(2) + u'-' + d.mid(2)
               << head + QStringLiteral("--") + tail << d + QStringLiteral("A") << QStringLiteral("\u3000") + d;
    }
    for (const QString &input : std::as_const(inputs)) {
        ASSERT_EQ(answer(PostalCodeNormalizer::normalize(padded(input))), answer(PostalCodeNormalizer::normalize(input)))
            << qPrintable(input);
    }
    EXPECT_EQ(answer(PostalCodeNormalizer::normalize(u"〒　１９８ー６６７２")), QStringLiteral("OK: 198-6672"));
    EXPECT_EQ(answer(PostalCodeNormalizer::normalize(u"123456")), QStringLiteral("OK: 012-3456"));
}

// ---- ContactTextFolder ---------------------------------------------------------------------------

namespace {

// ContactTextFolder's character-by-character forms as they were before the fast paths.
QString referenceCollapse(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

void referenceDashes(QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 1; i + 1 < n; ++i) {
        if (text[i] != QLatin1Char('-') && ContactTextFolder::isDashLike(text[i])
            && ContactTextFolder::isAsciiDigit(text[i - 1]) && ContactTextFolder::isAsciiDigit(text[i + 1]))
            text[i] = QLatin1Char('-');
    }
}

QStringList textSamples()
{
    const QStringList pieces = {QStringLiteral("1"), QStringLiteral("23"), QStringLiteral("-"), QStringLiteral("ー"),
                                QStringLiteral("－"), QStringLiteral("―"), QStringLiteral("─"), QStringLiteral(" "),
                                QStringLiteral("  "), QStringLiteral("\u3000"), QStringLiteral("\t"),
                                QStringLiteral("\n"), QStringLiteral("ｶﾞ"), QStringLiteral("ﾊﾟｰｸ"), QStringLiteral("Ａ"),
                                QStringLiteral("１"), QStringLiteral("丁目"), QStringLiteral("カード"),
                                QStringLiteral("🍣"), QStringLiteral("①"), QStringLiteral("a")};
    std::mt19937 rng(5);
    QStringList samples = {QString(), QStringLiteral(""), QStringLiteral(" "), QStringLiteral("a b"),
                           QStringLiteral("1-2"), QStringLiteral("1ー2")};
    for (int i = 0; i < 5000; ++i) {
        QString s;
        const int count = int(rng() % 8);
        for (int k = 0; k < count; ++k)
            s += pieces[qsizetype(rng() % size_t(pieces.size()))];
        samples << s;
    }
    return samples;
}

} // namespace

TEST(ContactTextFolderFastPath, FoldIntoAgreesWithFoldWidth)
{
    for (const QString &s : textSamples()) {
        QVarLengthArray<char16_t, 64> buffer(s.size());
        const qsizetype n = ContactTextFolder::foldWidthInto(s, buffer.data());
        const QString folded = ContactTextFolder::foldWidth(s);
        if (n < 0) {
            EXPECT_TRUE(std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0xFF61 && c.unicode() <= 0xFF9F; }))
                << qPrintable(s);
        } else {
            EXPECT_EQ(QStringView(buffer.data(), n), QStringView(folded)) << qPrintable(s);
        }
    }
    EXPECT_EQ(ContactTextFolder::foldWidth(u"ＴＥＬ\u3000ｶﾞ１"), QStringLiteral("TEL ガ1"));
}

TEST(ContactTextFolderFastPath, CollapseAndDashesAgreeWithTheCharacterByCharacterForms)
{
    for (const QString &s : textSamples()) {
        const QString expected = referenceCollapse(s);
        const QString shared = ContactTextFolder::collapseWhitespace(s);
        const QString viewed = ContactTextFolder::collapseWhitespace(QStringView(s));
        EXPECT_EQ(shared, expected) << qPrintable(s);
        EXPECT_EQ(viewed, expected) << qPrintable(s);
        EXPECT_EQ(shared.isNull(), expected.isNull()) << qPrintable(s);

        QString dashed = ContactTextFolder::foldWidth(s);
        QString reference = dashed;
        const QString before = dashed; // shares the data: a replacement must not change it
        referenceDashes(reference);
        ContactTextFolder::dashesBetweenDigitsToHyphen(dashed);
        EXPECT_EQ(dashed, reference) << qPrintable(s);
        EXPECT_EQ(before, ContactTextFolder::foldWidth(s)) << qPrintable(s);
    }
}
