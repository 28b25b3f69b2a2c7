#include "normalize/TextNormalizer.h"

#include <gtest/gtest.h>

using namespace tenarai;

// Readable QString values in failure messages.
[[maybe_unused]] static void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

QString norm(const char16_t *text, const TextNormalizer::Options &o = TextNormalizer::Options())
{
    return TextNormalizer::normalize(QStringView(text), o);
}

} // namespace

TEST(TextNormalizer, TrimsAndCollapsesEveryKindOfSpace)
{
    EXPECT_EQ(norm(u"  山田\u3000\u3000太郎 \t"), QStringLiteral("山田 太郎"));
    EXPECT_EQ(norm(u"\u3000要確認\n電話不通\r\n"), QStringLiteral("要確認 電話不通"));
    EXPECT_EQ(norm(u"a\u00A0\u2003b"), QStringLiteral("a b"));
    EXPECT_EQ(norm(u" \u3000 "), QString());
    EXPECT_EQ(norm(u""), QString());
}

TEST(TextNormalizer, CollapsedSpaceStyle)
{
    TextNormalizer::Options o;
    o.spaceStyle = TextNormalizer::SpaceStyle::Ideographic;
    EXPECT_EQ(norm(u"佐藤  花子", o), QStringLiteral("佐藤\u3000花子"));
    EXPECT_EQ(norm(u"佐藤 \u3000花子", o), QStringLiteral("佐藤\u3000花子"));
    o.spaceStyle = TextNormalizer::SpaceStyle::AsWritten;
    EXPECT_EQ(norm(u"佐藤\u3000 花子 様", o), QStringLiteral("佐藤\u3000花子 様"));
    EXPECT_EQ(TextNormalizer::trimAndCollapse(u"\tＡ\u3000\u3000Ｂ ", TextNormalizer::SpaceStyle::Ideographic),
              QStringLiteral("Ａ\u3000Ｂ")); // nothing but spacing changes
}

TEST(TextNormalizer, WithoutCollapseKeepsInnerSpacingButCanConvertIdeographicSpace)
{
    TextNormalizer::Options o;
    o.collapseSpaces = false;
    EXPECT_EQ(norm(u" a\u3000\u3000b\tc ", o), QStringLiteral("a  b\tc"));
    o.ideographicSpaceToAscii = false;
    EXPECT_EQ(norm(u"a\u3000b", o), QStringLiteral("a\u3000b"));
    o.trim = false;
    EXPECT_EQ(norm(u" a ", o), QStringLiteral(" a "));
}

TEST(TextNormalizer, FoldsFullWidthAsciiAndHalfWidthKana)
{
    EXPECT_EQ(norm(u"ＡＢＣ１２３！＃（株）"), QStringLiteral("ABC123!#(株)"));
    EXPECT_EQ(norm(u"ｶﾀｶﾅ ﾊﾟﾋﾟﾌﾟ ｶﾞｷﾞ ｳﾞｧｲｵﾘﾝ ﾜﾞ ｦﾞ"), QStringLiteral("カタカナ パピプ ガギ ヴァイオリン ヷ ヺ"));
    EXPECT_EQ(norm(u"ｱﾚﾙｷﾞｰ:卵"), QStringLiteral("アレルギー:卵"));
    EXPECT_EQ(norm(u"｢ｺﾝﾆﾁﾊ｣､ﾃｽﾄ･ﾃﾞｰﾀ｡"), QStringLiteral("「コンニチハ」、テスト・データ。"));
    // ﾞ and ﾟ that cannot compose become the spacing marks, not a lone combining U+3099.
    EXPECT_EQ(norm(u"ﾞ"), QStringLiteral("\u309B"));
    EXPECT_EQ(norm(u"ｱﾟ"), QStringLiteral("ア\u309C"));
    // Kana followed by a combining or spacing voiced mark (NFD text, old systems).
    EXPECT_EQ(norm(u"か\u3099ハ\u309A"), QStringLiteral("がパ"));
    EXPECT_EQ(norm(u"カ゛"), QStringLiteral("ガ"));
    EXPECT_EQ(norm(u"ア゛"), QStringLiteral("ア゛"));
    EXPECT_EQ(norm(u"￥１，０００"), QStringLiteral("¥1,000"));
}

TEST(TextNormalizer, KeepsWhatNfkcWouldDestroyUnlessAsked)
{
    EXPECT_EQ(norm(u"①②⑩ ㈱ ㈲ ㍻ ㍉ ㌔ Ⅰ Ⅻ ⅱ № ℡ m² ½"), QStringLiteral("①②⑩ ㈱ ㈲ ㍻ ㍉ ㌔ Ⅰ Ⅻ ⅱ № ℡ m² ½"));
    TextNormalizer::Options o;
    o.foldEnclosed = true;
    EXPECT_EQ(norm(u"①㈱№", o), QStringLiteral("1(株)No"));
    o = TextNormalizer::Options();
    o.foldSquared = true;
    EXPECT_EQ(norm(u"㍻㍉㎏", o), QStringLiteral("平成ミリkg"));
    o = TextNormalizer::Options();
    o.foldRomanNumerals = true;
    EXPECT_EQ(norm(u"Ⅰ Ⅻ ⅱ", o), QStringLiteral("I XII ii"));
    o = TextNormalizer::Options();
    o.foldSuperscripts = true;
    EXPECT_EQ(norm(u"m²", o), QStringLiteral("m2"));
    // Always kept: leaders, spacing marks, CJK compatibility ideographs (a person's glyph).
    EXPECT_EQ(norm(u"以下…‥ ゛゜ ￣"), QStringLiteral("以下…‥ ゛゜ ￣"));
    EXPECT_EQ(norm(u"\uFA10\uFA19\uFA11"), QStringLiteral("\uFA10\uFA19\uFA11"));
    // Kangxi radicals (PDF copy-paste) do fold.
    EXPECT_EQ(norm(u"\u2F00\u2F08"), QStringLiteral("一人"));
}

TEST(TextNormalizer, UnifiesWaveDashesButNeverAsciiTilde)
{
    EXPECT_EQ(norm(u"1,000～2,000円 と 10〜20"), QStringLiteral("1,000\u301C2,000円 と 10\u301C20"));
    EXPECT_EQ(norm(u"~/home"), QStringLiteral("~/home"));
    TextNormalizer::Options o;
    o.waveDash = TextNormalizer::WaveDash::FullwidthTilde;
    EXPECT_EQ(norm(u"9時〜17時～", o), QStringLiteral("9時\uFF5E17時\uFF5E"));
    o.waveDash = TextNormalizer::WaveDash::Keep;
    EXPECT_EQ(norm(u"〜～", o), QStringLiteral("〜～"));
}

TEST(TextNormalizer, LeavesDashesAndJapanesePunctuationAlone)
{
    EXPECT_EQ(norm(u"−―・※〒"), QStringLiteral("−―・※〒"));
    EXPECT_EQ(norm(u"０３－１２３４"), QStringLiteral("03-1234"));
}

TEST(TextNormalizer, RemovesInvisibleCharactersAndComposesLatin)
{
    EXPECT_EQ(norm(u"\uFEFF山田\u200B太郎"), QStringLiteral("山田太郎"));
    EXPECT_EQ(norm(u"Cafe\u0301"), QStringLiteral("Café"));
    TextNormalizer::Options o;
    o.removeInvisible = false;
    EXPECT_EQ(norm(u"a\u200Bb", o), QStringLiteral("a\u200Bb"));
}

TEST(TextNormalizer, MarksSeparatedByAnInvisibleCharacterComposeAsIfAdjacent)
{
    // Found by fuzz_normalizers: Ｏ, a mark below, a zero-width no-break space, a tilde. With the
    // space removed the marks meet, and the result must already be what normalising it again
    // gives: Õ with the mark below, not O and two marks.
    const QString once = norm(u"\uFF2F\u032F\uFEFF\u0303");
    EXPECT_EQ(once, QStringLiteral("\u00D5\u032F"));
    EXPECT_EQ(TextNormalizer::normalize(once), once);
    EXPECT_EQ(norm(u"e\u200B\u0301\u200B\u0323"), norm(u"e\u0301\u0323"));
}

TEST(TextNormalizer, SurrogatePairsPassThrough)
{
    EXPECT_EQ(norm(u"\U00020BB7野家 🍣"), QStringLiteral("\U00020BB7野家 🍣"));
    // A lone surrogate is kept, not dropped or crashed on.
    const QString lone = QString(QChar(char16_t(0xD842))) + u'x';
    EXPECT_EQ(TextNormalizer::normalize(lone), lone);
}

TEST(TextNormalizer, NoFoldingOfWidthWhenOff)
{
    TextNormalizer::Options o;
    o.foldWidth = false;
    EXPECT_EQ(norm(u" ＡＢ ｶﾅ ", o), QStringLiteral("ＡＢ ｶﾅ"));
}

TEST(Kana, HiraganaToKatakanaAndBack)
{
    EXPECT_EQ(TextNormalizer::toKatakana(u"やまだ たろう"), QStringLiteral("ヤマダ タロウ"));
    EXPECT_EQ(TextNormalizer::toKatakana(u"ゔぁいおりん ゕゖ ゝゞ ー"), QStringLiteral("ヴァイオリン ヵヶ ヽヾ ー"));
    EXPECT_EQ(TextNormalizer::toHiragana(u"ヴァイオリン ヵヶ ヽヾ ー・"), QStringLiteral("ゔぁいおりん ゕゖ ゝゞ ー・"));
    // No one-character hiragana: kept.
    EXPECT_EQ(TextNormalizer::toHiragana(u"ヷヸヹヺ ㇰ ヿ"), QStringLiteral("ヷヸヹヺ ㇰ ヿ"));
    // Half-width input is made full width and composed first.
    EXPECT_EQ(TextNormalizer::toHiragana(u"ﾊﾟﾝ ｶﾞｯｺｳ"), QStringLiteral("ぱん がっこう"));
    EXPECT_EQ(TextNormalizer::toKatakana(u"ﾊﾟﾝ"), QStringLiteral("パン"));
    // Kanji, ASCII and punctuation are untouched.
    EXPECT_EQ(TextNormalizer::toKatakana(u"山田 A-1 「ね」"), QStringLiteral("山田 A-1 「ネ」"));
}

TEST(Kana, ComposeVoiced)
{
    EXPECT_EQ(TextNormalizer::composeVoiced(u'か', 0x3099), u'が');
    EXPECT_EQ(TextNormalizer::composeVoiced(u'ハ', 0xFF9F), u'パ');
    EXPECT_EQ(TextNormalizer::composeVoiced(u'ウ', 0x309B), u'ヴ');
    EXPECT_EQ(TextNormalizer::composeVoiced(u'ア', 0x3099), 0);
    EXPECT_EQ(TextNormalizer::composeVoiced(u'A', 0x3099), 0);
}
