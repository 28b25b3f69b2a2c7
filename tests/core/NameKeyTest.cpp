#include "normalize/NameKey.h"

#include <gtest/gtest.h>

using namespace tenarai;

// Readable QString values in failure messages.
[[maybe_unused]] static void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

QString key(const QString &name)
{
    return NameKey::key(name);
}

} // namespace

TEST(NameKey, FoldsSpacingAndWidth)
{
    EXPECT_EQ(key(QStringLiteral("山田 太郎")), QStringLiteral("山田太郎"));
    EXPECT_EQ(key(QStringLiteral(" 山田\u3000\u3000太郎\t")), QStringLiteral("山田太郎"));
    EXPECT_EQ(key(QStringLiteral("ﾔﾏﾀﾞ ﾀﾛｳ")), QStringLiteral("ヤマダタロウ"));
    EXPECT_EQ(key(QStringLiteral("ジョン・スミス")), key(QStringLiteral("ジョン スミス")));
    EXPECT_EQ(key(QStringLiteral("ｼﾞｮﾝ･ｽﾐｽ")), QStringLiteral("ジョンスミス"));
    EXPECT_EQ(key(QStringLiteral("ＳＭＩＴＨ John")), QStringLiteral("smithjohn"));
}

TEST(NameKey, FoldsTheDocumentedVariants)
{
    EXPECT_EQ(key(QStringLiteral("髙橋")), QStringLiteral("高橋"));
    EXPECT_EQ(key(QStringLiteral("山\uFA11")), QStringLiteral("山崎"));       // 﨑
    EXPECT_EQ(key(QStringLiteral("\U00020BB7野")), QStringLiteral("吉野"));   // 𠮷
    EXPECT_EQ(key(QStringLiteral("渡邉")), QStringLiteral("渡辺"));
    EXPECT_EQ(key(QStringLiteral("渡邊")), QStringLiteral("渡辺"));
    EXPECT_EQ(key(QStringLiteral("齊藤")), QStringLiteral("斉藤"));
    EXPECT_EQ(key(QStringLiteral("齋藤")), QStringLiteral("斎藤"));
    EXPECT_EQ(key(QStringLiteral("澤田")), QStringLiteral("沢田"));
    EXPECT_EQ(key(QStringLiteral("長濱")), QStringLiteral("長浜"));
    EXPECT_EQ(key(QStringLiteral("槇原")), QStringLiteral("槙原"));
    EXPECT_EQ(key(QStringLiteral("德川")), QStringLiteral("徳川"));
    EXPECT_EQ(key(QStringLiteral("廣瀬 惠子")), QStringLiteral("広瀬恵子"));
    // CJK compatibility ideographs fold through their canonical decomposition.
    EXPECT_EQ(key(QStringLiteral("大\uFA10")), QStringLiteral("大\u585A"));  // 塚
    EXPECT_EQ(key(QStringLiteral("\uFA19田")), QStringLiteral("\u795E田"));  // 神
    // An ideographic variation sequence picks a glyph, not a character.
    EXPECT_EQ(key(QStringLiteral("葛\U000E0100西")), QStringLiteral("葛西"));
}

TEST(NameKey, KeepsDifferentCharactersApart)
{
    // 齋/斎 ("purify") and 齊/斉 ("equal") are different characters.
    EXPECT_NE(key(QStringLiteral("齋藤")), key(QStringLiteral("齊藤")));
    EXPECT_NE(key(QStringLiteral("斎藤")), key(QStringLiteral("斉藤")));
    EXPECT_NE(key(QStringLiteral("齋藤")), key(QStringLiteral("斉藤")));
    // Deliberately not folded: distinct registered surnames as often as variants.
    EXPECT_NE(key(QStringLiteral("嶋田")), key(QStringLiteral("島田")));
    EXPECT_NE(key(QStringLiteral("冨田")), key(QStringLiteral("富田")));
    // Hiragana and katakana stay apart unless asked.
    EXPECT_NE(key(QStringLiteral("やまだ")), key(QStringLiteral("ヤマダ")));
    NameKey::Options kana;
    kana.foldKana = true;
    EXPECT_EQ(NameKey::key(u"やまだ\u3000たろう", kana), NameKey::key(u"ﾔﾏﾀﾞ ﾀﾛｳ", kana));
    EXPECT_EQ(NameKey::key(u"ゔぃ", kana), QStringLiteral("ヴィ"));
}

TEST(NameKey, MatchesTheGeneratorsSurnamePairs)
{
    // The messy-data generator writes these pairs for the same reading (tests/data/cleaning).
    EXPECT_EQ(key(QStringLiteral("髙橋\u3000翔太")), key(QStringLiteral("高橋  翔太")));
    EXPECT_EQ(key(QStringLiteral("渡邊 直美")), key(QStringLiteral("渡辺\u3000直美")));
    EXPECT_EQ(key(QStringLiteral("山\uFA11 誠")), key(QStringLiteral("山崎誠")));
    EXPECT_EQ(key(QStringLiteral("齋藤 清")), key(QStringLiteral("斎藤\u3000\u3000清")));
}

TEST(NameKey, TableIsSortedAndFoldsToDifferentCharacters)
{
    qsizetype count = 0;
    const NameKey::Variant *table = NameKey::variantTable(&count);
    ASSERT_GT(count, 0);
    for (qsizetype i = 0; i < count; ++i) {
        EXPECT_NE(table[i].from, table[i].to);
        EXPECT_EQ(NameKey::foldVariant(table[i].from), table[i].to);
        // A target is never itself folded again (one step reaches the common form).
        EXPECT_EQ(NameKey::foldVariant(table[i].to), table[i].to);
        if (i > 0) {
            EXPECT_LT(table[i - 1].from, table[i].from);
        }
    }
    EXPECT_EQ(NameKey::foldVariant(U'高'), U'高');
    EXPECT_EQ(NameKey::foldVariant(U'a'), U'a');
}
