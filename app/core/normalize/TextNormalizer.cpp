#include "normalize/TextNormalizer.h"

#include <QChar>

#include <array>

namespace tenarai {

// Why 〜 U+301C is the default wave dash: JIS X 0208 (row 1, cell 33, "WAVE DASH") and
// JIS X 0213, which the character rules of Japanese government and municipal systems build on,
// map the character to U+301C. U+FF5E FULLWIDTH TILDE is what Microsoft's CP932 table gives
// for byte 0x8160, so text that passed through Shift_JIS/Excel carries ～ while text typed on
// a JIS-based system carries 〜; both mean the same mark. Writers that encode CP932 must map
// 〜 back to ～ (CP932 has no U+301C; see TOOLCHAIN.md §4), so choosing the standard form here
// loses nothing.

namespace {

constexpr char16_t kIdeographicSpace = 0x3000;

// Half-width katakana U+FF61..U+FF9F to full width (the voiced marks as spacing ゛ ゜).
constexpr std::array<char16_t, 0x3F> kHalfwidthKana = {
    0x3002, 0x300C, 0x300D, 0x3001, 0x30FB, 0x30F2,                                 // ｡｢｣､･ｦ
    0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30E3, 0x30E5, 0x30E7, 0x30C3, 0x30FC, // ｧ-ｯｰ
    0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA,                                         // ｱ-ｵ
    0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3,                                         // ｶ-ｺ
    0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD,                                         // ｻ-ｿ
    0x30BF, 0x30C1, 0x30C4, 0x30C6, 0x30C8,                                         // ﾀ-ﾄ
    0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE,                                         // ﾅ-ﾉ
    0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB,                                         // ﾊ-ﾎ
    0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2,                                         // ﾏ-ﾓ
    0x30E4, 0x30E6, 0x30E8,                                                         // ﾔﾕﾖ
    0x30E9, 0x30EA, 0x30EB, 0x30EC, 0x30ED,                                         // ﾗ-ﾛ
    0x30EF, 0x30F3, 0x309B, 0x309C,                                                 // ﾜﾝﾞﾟ
};

bool isVoicedMark(char32_t c)
{
    return c == 0x3099 || c == 0x309B || c == 0xFF9E;
}

bool isSemiVoicedMark(char32_t c)
{
    return c == 0x309A || c == 0x309C || c == 0xFF9F;
}

bool isInvisible(char32_t c)
{
    return c == 0x200B || c == 0xFEFF;
}

bool isCjkCompatibilityIdeograph(char32_t c)
{
    return (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

// Characters rule 3 keeps unless an option asks to fold them.
bool keptByOptions(char32_t c, const TextNormalizer::Options &o)
{
    if ((c >= 0x2460 && c <= 0x24FF) || (c >= 0x3200 && c <= 0x32FF) || (c >= 0x1F100 && c <= 0x1F2FF)
        || (c >= 0x2100 && c <= 0x214F))
        return !o.foldEnclosed;
    if (c >= 0x3300 && c <= 0x33FF)
        return !o.foldSquared;
    if (c >= 0x2160 && c <= 0x2188)
        return !o.foldRomanNumerals;
    const QChar::Decomposition tag = QChar::decompositionTag(c);
    if (tag == QChar::Super || tag == QChar::Sub || tag == QChar::Fraction)
        return !o.foldSuperscripts;
    return false;
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(char16_t(c));
    }
}

char32_t lastCodePoint(const QString &s, qsizetype *units)
{
    const qsizetype n = s.size();
    if (n >= 2 && s.at(n - 1).isLowSurrogate() && s.at(n - 2).isHighSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(s.at(n - 2), s.at(n - 1));
    }
    *units = n > 0 ? 1 : 0;
    return n > 0 ? s.at(n - 1).unicode() : 0;
}

// The last starter of s (a code point of combining class 0) and the marks after it: what a new
// run of marks composes with. The marks before an invisible character that was removed are
// part of it, so that the result is the one a second pass would give. units: its length.
char32_t lastStarter(const QString &s, qsizetype *units)
{
    qsizetype end = s.size();
    for (;;) {
        qsizetype size = 0;
        const char32_t c = lastCodePoint(s.first(end), &size);
        if (size == 0) {
            *units = s.size() - end;
            return 0;
        }
        end -= size;
        if (QChar::combiningClass(c) == 0) {
            *units = s.size() - end;
            return c;
        }
    }
}

struct VoicedTable
{
    std::array<char16_t, 0x100> voiced{};
    std::array<char16_t, 0x100> semiVoiced{};
};

// Built once from Qt's canonical composition data (thread-safe static initialisation), so the
// table cannot drift from Unicode.
const VoicedTable &voicedTable()
{
    static const VoicedTable table = [] {
        VoicedTable t;
        for (char16_t base = 0x3040; base < 0x3100; ++base) {
            const char16_t voicedPair[] = { base, 0x3099 };
            const char16_t semiPair[] = { base, 0x309A };
            const QString v = QStringView(voicedPair, 2).toString().normalized(QString::NormalizationForm_C);
            if (v.size() == 1)
                t.voiced[base - 0x3000] = v.at(0).unicode();
            const QString s = QStringView(semiPair, 2).toString().normalized(QString::NormalizationForm_C);
            if (s.size() == 1)
                t.semiVoiced[base - 0x3000] = s.at(0).unicode();
        }
        return t;
    }();
    return table;
}

} // namespace

char16_t TextNormalizer::composeVoiced(char16_t base, char16_t mark)
{
    if (base < 0x3000 || base >= 0x3100)
        return 0;
    if (isVoicedMark(mark))
        return voicedTable().voiced[base - 0x3000];
    if (isSemiVoicedMark(mark))
        return voicedTable().semiVoiced[base - 0x3000];
    return 0;
}

QString TextNormalizer::normalize(QStringView text, const Options &o)
{
    QString out;
    out.reserve(text.size());
    QString pendingSpace; // whitespace seen since the last kept character
    const qsizetype n = text.size();

    auto flushSpace = [&] {
        if (pendingSpace.isEmpty())
            return;
        if (!(o.trim && out.isEmpty())) {
            if (o.collapseSpaces) {
                QChar c = u' ';
                if (o.spaceStyle == SpaceStyle::Ideographic
                    || (o.spaceStyle == SpaceStyle::AsWritten && pendingSpace.at(0).unicode() == kIdeographicSpace))
                    c = QChar(kIdeographicSpace);
                out += c;
            } else {
                out += pendingSpace;
            }
        }
        pendingSpace.clear();
    };

    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text[i].unicode();
        qsizetype width = 1;
        if (text[i].isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }

        if (c < 0x80 && c > 0x20) { // fast path: printable ASCII
            flushSpace();
            out += QChar(char16_t(c));
            continue;
        }
        if (o.removeInvisible && isInvisible(c))
            continue;
        if (QChar::isSpace(c)) {
            if (o.collapseSpaces) {
                if (pendingSpace.isEmpty())
                    pendingSpace += QChar(char16_t(c));
            } else {
                const bool toAscii = (c == kIdeographicSpace && o.ideographicSpaceToAscii)
                                     || (o.foldWidth && c != kIdeographicSpace && c != u'\t' && c != u'\n' && c != u'\r'
                                         && QChar::decompositionTag(c) != QChar::NoDecomposition);
                pendingSpace += toAscii ? QChar(u' ') : QChar(char16_t(c));
            }
            continue;
        }
        flushSpace();
        i += width - 1;

        if (c == 0xFF5E || c == 0x301C) {
            if (o.waveDash == WaveDash::WaveDashU301C)
                c = 0x301C;
            else if (o.waveDash == WaveDash::FullwidthTilde)
                c = 0xFF5E;
            appendCodePoint(out, c);
            continue;
        }
        if (!o.foldWidth) {
            appendCodePoint(out, c);
            continue;
        }
        if (c >= 0xFF01 && c <= 0xFF5D) {
            out += QChar(char16_t(c - 0xFEE0));
            continue;
        }
        // Kana, full or half width, with a following voiced mark of any kind.
        if ((c >= 0xFF61 && c <= 0xFF9F) || (c >= 0x3041 && c <= 0x30FF)) {
            char16_t base = c >= 0xFF61 ? kHalfwidthKana[c - 0xFF61] : char16_t(c);
            if (i + 1 < n) {
                const char16_t next = text[i + 1].unicode();
                if (const char16_t composed = composeVoiced(base, next)) {
                    base = composed;
                    ++i;
                }
            }
            out += QChar(base);
            continue;
        }
        if (QChar::combiningClass(c) != 0) {
            // Compose the previous character with this run of marks (rule 5); never touch a
            // CJK compatibility ideograph, which NFC would replace.
            qsizetype start = i;
            qsizetype end = i + 1;
            while (end < n && QChar::combiningClass(text[end].unicode()) != 0 && !text[end].isSurrogate())
                ++end;
            qsizetype baseUnits = 0;
            const char32_t prev = lastStarter(out, &baseUnits);
            if (baseUnits > 0 && !isCjkCompatibilityIdeograph(prev)) {
                const QString segment = out.right(baseUnits) + text.mid(start, end - start).toString();
                out.chop(baseUnits);
                out += segment.normalized(QString::NormalizationForm_C);
            } else {
                out += text.mid(start, end - start);
            }
            i = end - 1;
            continue;
        }
        const QChar::Decomposition tag = QChar::decompositionTag(c);
        if (tag == QChar::NoDecomposition || tag == QChar::Canonical || c == 0x2025 || c == 0x2026
            || keptByOptions(c, o)) {
            appendCodePoint(out, c);
            continue;
        }
        QString single;
        appendCodePoint(single, c);
        const QString folded = single.normalized(QString::NormalizationForm_KC);
        if (folded.startsWith(u' ') && folded.size() > 1)
            out += single; // spacing diacritic: NFKC would give a space and a combining mark
        else
            out += folded;
    }
    if (!o.trim)
        flushSpace();
    return out;
}

QString TextNormalizer::trimAndCollapse(QStringView text, SpaceStyle style)
{
    Options o;
    o.foldWidth = false;
    o.removeInvisible = false;
    o.waveDash = WaveDash::Keep;
    o.spaceStyle = style;
    return normalize(text, o);
}

namespace {

QString foldHalfwidthKanaOnly(QStringView text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if ((c >= 0xFF61 && c <= 0xFF9F) || c == 0x3099 || c == 0x309A) {
            QString out;
            out.reserve(text.size());
            for (qsizetype i = 0; i < text.size(); ++i) {
                char16_t u = text[i].unicode();
                if (u >= 0xFF61 && u <= 0xFF9F)
                    u = kHalfwidthKana[u - 0xFF61];
                if (i + 1 < text.size()) {
                    if (const char16_t composed = TextNormalizer::composeVoiced(u, text[i + 1].unicode())) {
                        u = composed;
                        ++i;
                    }
                }
                out += QChar(u);
            }
            return out;
        }
    }
    return text.toString();
}

} // namespace

QString TextNormalizer::toKatakana(QStringView text)
{
    QString out = foldHalfwidthKanaOnly(text);
    for (QChar &ch : out) {
        const char16_t c = ch.unicode();
        if ((c >= 0x3041 && c <= 0x3096) || c == 0x309D || c == 0x309E)
            ch = QChar(char16_t(c + 0x60));
    }
    return out;
}

QString TextNormalizer::toHiragana(QStringView text)
{
    QString out = foldHalfwidthKanaOnly(text);
    for (QChar &ch : out) {
        const char16_t c = ch.unicode();
        if ((c >= 0x30A1 && c <= 0x30F6) || c == 0x30FD || c == 0x30FE)
            ch = QChar(char16_t(c - 0x60));
    }
    return out;
}

} // namespace tenarai
