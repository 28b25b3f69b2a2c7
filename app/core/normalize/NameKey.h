#pragma once

#include <QString>
#include <QStringView>

namespace tenarai {

// The key under which two spellings of one person's name match in duplicate detection
// (名寄せ). It folds width, spacing and a small, documented set of 異体字 so that 髙橋　太郎,
// 高橋 太郎 and ﾀｶﾊｼ... compare equal; it is for matching only -- the kept row keeps the name
// as written.
//
// key() does, in order:
//  1. NFKC over the whole text: full/half width, half-width katakana (composed), and the
//     canonical decompositions of the CJK compatibility ideographs (塚 U+FA10 -> 塚 U+585A,
//     神 U+FA19 -> 神 U+795E, 﨑 U+FA11 has none and is in the table below).
//  2. Removes whitespace of every kind, variation selectors (U+FE00-U+FE0F, U+E0100-U+E01EF:
//     IVS pick a glyph, not a character), zero-width characters, and the name separators
//     ・ ･ · ‧ (ジョン・スミス = ジョン スミス).
//  3. Case folds Latin letters.
//  4. Folds the variant kanji of variantTable() to their common form.
//  5. With Options::foldKana, hiragana to katakana (for ふりがな columns).
//
// The variant table is deliberately small. Sources:
//  (a) well-known 異体字 of surnames that Unicode encodes separately and that 名寄せ practice
//      folds: 髙->高 (はしご高), 﨑->崎 (たつさき), 𠮷->吉 (つちよし), 邉/邊->辺;
//  (b) 旧字体 -> 新字体 pairs printed in the 常用漢字表 (平成22年内閣告示第2号) that are common
//      in names: 齊->斉, 齋->斎, 澤->沢, 濱->浜, 德->徳, 廣->広, 國->国, 櫻->桜, 關->関,
//      榮->栄, 惠->恵, 眞->真, 實->実, 藏->蔵, 邊->辺;
//  (c) 槇->槙, both 人名用漢字, one character written two ways.
// 齋 (斎, "purify") and 齊 (斉, "equal") are different characters: 齋藤 and 齊藤 do NOT match.
// Not folded on purpose, because each spelling is a distinct registered surname as often as a
// variant: 嶋/島, 冨/富, 嵜/崎, 舘/館, 籠/篭, 龍/竜, 渕/淵.
class NameKey
{
public:
    struct Options
    {
        bool foldKana = false;
    };

    static QString key(QStringView name, const Options &options);
    static QString key(QStringView name) { return key(name, Options()); }

    // The common form of one variant kanji, or the character itself.
    static char32_t foldVariant(char32_t c);

    struct Variant
    {
        char32_t from;
        char32_t to;
    };
    // The table of step 4, sorted by `from`.
    static const Variant *variantTable(qsizetype *count);
};

} // namespace tenarai
