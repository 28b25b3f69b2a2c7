#pragma once

#include <QString>
#include <QStringView>

namespace tenarai {

// Cleans the spelling of text cells the way Japanese staff expect: trims and collapses
// whitespace, folds full-width letters/digits/symbols and half-width katakana, and unifies the
// wave dash, without the NFKC side effects that destroy meaning in Japanese documents.
// Pure and thread-safe (no ICU objects, no shared mutable state); one pass over the text.
//
// The exact rule set of normalize() with the default Options:
//  1. Whitespace is every QChar::isSpace() character (space, tab, CR, LF, U+3000, U+00A0,
//     U+2000-U+200A, ...). Leading and trailing whitespace is removed (trim). Each inner run
//     becomes one character (collapse): ' ' by default, U+3000 with SpaceStyle::Ideographic,
//     or the run's first character made ' ' or U+3000 with SpaceStyle::AsWritten. Without
//     collapse, U+3000 becomes ' ' (ideographicSpaceToAscii) and other whitespace is kept.
//  2. Zero-width characters U+200B and U+FEFF are removed (removeInvisible): they come from
//     web pages and BOMs pasted into cells and make equal-looking values differ.
//  3. Width (foldWidth): U+FF01-U+FF5D become ASCII; half-width katakana U+FF61-U+FF9F become
//     full-width with the voiced marks composed (ﾊﾟ -> パ, ｳﾞ -> ヴ, ﾜﾞ -> ヷ); a ﾞ or ﾟ that
//     cannot compose becomes the spacing mark ゛ or ゜ (NFKC would give a lone combining
//     U+3099). A kana followed by a voiced mark (combining U+3099/U+309A, spacing ゛゜ or half-width ﾞﾟ)
//     is composed when the composed kana exists (か+U+3099 -> が, カ゛ -> ガ; ア゛ stays).
//     Other characters with a compatibility decomposition get their NFKC form (￥ -> ¥, ＠ -> @,
//     Kangxi radicals ⼀ -> 一, ﬁ -> fi), EXCEPT these, kept as written unless their option is on:
//       foldEnclosed:      ① ⑴ ⒈ Ⓐ ㈱ ㈲ ㊤ ㉑ and letterlike № ℡ ™ (U+2460-U+24FF,
//                          U+3200-U+32FF, U+1F100-U+1F2FF, U+2100-U+214F)
//       foldSquared:       ㍻ ㍉ ㌔ ㎏ ㏍ (U+3300-U+33FF); NFKC turns ㍉ into ミリ
//       foldRomanNumerals: Ⅰ ⅱ Ⅻ (U+2160-U+2188)
//       foldSuperscripts:  ² ₃ ½ (superscript, subscript and fraction forms): m² must not become m2
//     and always kept: spacing marks whose NFKC starts with a space (゛ ゜ ´ ¨ ￣), the
//     leaders … ‥ (Japanese punctuation, NFKC makes "..."), and CJK compatibility ideographs
//     U+F900-U+FAFF/U+2F800-U+2FA1F (塚 神: NFKC replaces them with another glyph of a
//     person's name; NameKey folds them for matching only).
//  4. Wave dash (waveDash): ～ U+FF5E and 〜 U+301C become one form. NFKC would turn ～ into
//     ASCII '~'; ASCII '~' itself is never changed (URLs, paths).
//  5. Latin combining sequences are composed (e + U+0301 -> é), as NFKC would.
// Nothing else changes: − U+2212, － (becomes '-' by rule 3), ― U+2015, ・ and ※ are kept.
class TextNormalizer
{
public:
    enum class SpaceStyle : quint8 {
        Ascii,        // every collapsed run becomes ' '
        Ideographic,  // every collapsed run becomes U+3000 (names written 姓　名)
        AsWritten,    // a run starting with U+3000 becomes U+3000, any other run ' '
    };
    enum class WaveDash : quint8 {
        Keep,
        WaveDashU301C,   // 〜 U+301C (the default; see TextNormalizer.cpp for why)
        FullwidthTilde,  // ～ U+FF5E (what CP932 files decode to)
    };

    struct Options
    {
        bool trim = true;
        bool collapseSpaces = true;
        SpaceStyle spaceStyle = SpaceStyle::Ascii;
        bool ideographicSpaceToAscii = true; // only when not collapsing
        bool removeInvisible = true;
        bool foldWidth = true;
        bool foldEnclosed = false;
        bool foldSquared = false;
        bool foldRomanNumerals = false;
        bool foldSuperscripts = false;
        WaveDash waveDash = WaveDash::WaveDashU301C;
    };

    static QString normalize(QStringView text, const Options &options);
    static QString normalize(QStringView text) { return normalize(text, Options()); }

    // Rule 1 only: trim and collapse whitespace, nothing else.
    static QString trimAndCollapse(QStringView text, SpaceStyle style = SpaceStyle::Ascii);

    // Kana unification. Half-width katakana is made full-width (and composed) first, so
    // ﾊﾟ gives ぱ. ゔ<->ヴ, ゕ<->ヵ, ゖ<->ヶ and ゝゞ<->ヽヾ convert; ー, ・ and ヿ stay.
    // toHiragana keeps ヷ ヸ ヹ ヺ and the small katakana ㇰ-ㇿ, which have no one-character
    // hiragana (わ+U+3099 renders badly in most fonts).
    static QString toKatakana(QStringView text);
    static QString toHiragana(QStringView text);

    // The composed kana for base + U+3099 (voiced) or U+309A (semi-voiced), or 0 if none.
    static char16_t composeVoiced(char16_t base, char16_t mark);
};

} // namespace tenarai
