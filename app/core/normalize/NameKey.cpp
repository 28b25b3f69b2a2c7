#include "normalize/NameKey.h"

#include <QChar>

#include <algorithm>
#include <array>

namespace tenarai {

namespace {

// Written as code points: an editor or a tool that normalises source text must not be able to
// change which character a row means. Sorted by `from` (checked by NameKeyTest).
constexpr std::array<NameKey::Variant, 20> kVariants = { {
    { 0x570B, 0x56FD },  // 國 -> 国  (常用漢字表)
    { 0x5BE6, 0x5B9F },  // 實 -> 実  (常用漢字表)
    { 0x5EE3, 0x5E83 },  // 廣 -> 広  (常用漢字表)
    { 0x5FB7, 0x5FB3 },  // 德 -> 徳  (常用漢字表)
    { 0x60E0, 0x6075 },  // 惠 -> 恵  (常用漢字表)
    { 0x69AE, 0x6804 },  // 榮 -> 栄  (常用漢字表)
    { 0x69C7, 0x69D9 },  // 槇 -> 槙  (人名用漢字, same character)
    { 0x6AFB, 0x685C },  // 櫻 -> 桜  (常用漢字表)
    { 0x6FA4, 0x6CA2 },  // 澤 -> 沢  (常用漢字表)
    { 0x6FF1, 0x6D5C },  // 濱 -> 浜  (常用漢字表)
    { 0x771E, 0x771F },  // 眞 -> 真  (常用漢字表)
    { 0x85CF, 0x8535 },  // 藏 -> 蔵  (常用漢字表)
    { 0x9089, 0x8FBA },  // 邉 -> 辺  (異体字 of 邊)
    { 0x908A, 0x8FBA },  // 邊 -> 辺  (常用漢字表)
    { 0x95DC, 0x95A2 },  // 關 -> 関  (常用漢字表)
    { 0x9AD9, 0x9AD8 },  // 髙 -> 高  (はしご高)
    { 0x9F4A, 0x6589 },  // 齊 -> 斉  (常用漢字表; NOT 斎)
    { 0x9F4B, 0x658E },  // 齋 -> 斎  (常用漢字表; NOT 斉)
    { 0xFA11, 0x5D0E },  // 﨑 -> 崎  (たつさき; no Unicode decomposition)
    { 0x20BB7, 0x5409 }, // 𠮷 -> 吉  (つちよし)
} };

bool isDropped(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || c == 0x200B || c == 0x200C
           || c == 0x200D || c == 0xFEFF || c == 0x30FB || c == 0xFF65 || c == 0x00B7 || c == 0x2027;
}

} // namespace

const NameKey::Variant *NameKey::variantTable(qsizetype *count)
{
    *count = qsizetype(kVariants.size());
    return kVariants.data();
}

char32_t NameKey::foldVariant(char32_t c)
{
    const auto it = std::lower_bound(kVariants.begin(), kVariants.end(), c,
                                     [](const Variant &v, char32_t x) { return v.from < x; });
    return (it != kVariants.end() && it->from == c) ? it->to : c;
}

QString NameKey::key(QStringView name, const Options &options)
{
    // NFKC also composes half-width katakana with its voiced marks (ﾊﾟ -> パ).
    const QString nfkc = name.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    const qsizetype n = nfkc.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = nfkc[i].unicode();
        if (nfkc[i].isHighSurrogate() && i + 1 < n && nfkc[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(nfkc[i], nfkc[i + 1]);
            ++i;
        }
        if (isDropped(c) || QChar::isSpace(c))
            continue;
        if (c < 0x80) {
            out += QChar(char16_t(c)).toCaseFolded();
            continue;
        }
        c = foldVariant(c);
        if (options.foldKana && ((c >= 0x3041 && c <= 0x3096) || c == 0x309D || c == 0x309E))
            c += 0x60;
        if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(char16_t(c)).toCaseFolded();
        }
    }
    return out;
}

} // namespace tenarai
