#include "io/TextEncoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace tenarai {

QString TextEncoding::displayName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Cp932:
        return QStringLiteral("CP932");
    case Encoding::EucJp:
        return QStringLiteral("EUC-JP");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QString();
}

const char *TextEncoding::codecName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return "UTF-8";
    case Encoding::Cp932:
        // With ICU every Shift_JIS alias is Microsoft's table; this name says which one we mean.
        return "windows-31j";
    case Encoding::EucJp:
        return "EUC-JP";
    case Encoding::Utf16LE:
        return "UTF-16LE";
    case Encoding::Utf16BE:
        return "UTF-16BE";
    case Encoding::Windows1252:
        return "windows-1252";
    }
    return "UTF-8";
}

std::optional<TextEncoding::Encoding> TextEncoding::fromOptionName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char(' '));
    if (key == u"utf8" || key == u"utf8bom")
        return Encoding::Utf8;
    if (key == u"cp932" || key == u"shiftjis" || key == u"sjis" || key == u"windows31j" || key == u"ms932"
        || key == u"mskanji")
        return Encoding::Cp932;
    if (key == u"eucjp")
        return Encoding::EucJp;
    if (key == u"utf16" || key == u"utf16le")
        return Encoding::Utf16LE;
    if (key == u"utf16be")
        return Encoding::Utf16BE;
    if (key == u"windows1252" || key == u"cp1252" || key == u"latin1" || key == u"iso88591")
        return Encoding::Windows1252;
    return std::nullopt;
}

int TextEncoding::detectBom(QByteArrayView data, Encoding *encoding)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        *encoding = Encoding::Utf8;
        return 3;
    }
    if (data.startsWith("\xFF\xFE")) {
        *encoding = Encoding::Utf16LE;
        return 2;
    }
    if (data.startsWith("\xFE\xFF")) {
        *encoding = Encoding::Utf16BE;
        return 2;
    }
    return 0;
}

TextEncoding::Utf8Check TextEncoding::checkUtf8(QByteArrayView data, bool atEnd)
{
    Utf8Check result;
    const auto *const begin = reinterpret_cast<const unsigned char *>(data.data());
    const auto *const end = begin + data.size();
    const auto *p = begin;
    while (p < end) {
        // Most CSV bytes are ASCII: skip them eight at a time.
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        // Japanese text is mostly three-byte characters without special cases: take them quickly.
        if (((c >= 0xE1 && c <= 0xEC) || c >= 0xEE) && c <= 0xEF && end - p >= 3 && (p[1] & 0xC0) == 0x80
            && (p[2] & 0xC0) == 0x80) {
            result.sawNonAscii = true;
            p += 3;
            continue;
        }
        int need = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                low = 0x90; // overlong
            else if (c == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            result.validBytes = p - begin;
            result.valid = false;
            return result;
        }
        const qsizetype available = end - p - 1;
        const int check = int(std::min<qsizetype>(need, available));
        for (int i = 1; i <= check; ++i) {
            const unsigned char lo = i == 1 ? low : 0x80;
            const unsigned char hi = i == 1 ? high : 0xBF;
            if (p[i] < lo || p[i] > hi) {
                result.validBytes = p - begin;
                result.valid = false;
                return result;
            }
        }
        if (check < need) {
            // The character continues in the next block, or the data ends inside it.
            result.validBytes = p - begin;
            result.valid = !atEnd;
            return result;
        }
        result.sawNonAscii = true;
        p += need + 1;
    }
    result.validBytes = p - begin;
    return result;
}

namespace {

struct Decoded
{
    bool ok = false;
    QString text;
};

Decoded decodeSample(QByteArrayView sample, const char *codec)
{
    QStringDecoder decoder(codec);
    Decoded d;
    d.text = decoder.decode(sample);
    d.ok = decoder.isValid() && !decoder.hasError();
    return d;
}

bool isHalfWidthKana(char16_t c)
{
    return c >= 0xFF61 && c <= 0xFF9F;
}

// How much a decoded sample reads like Japanese: kana, common kanji and full-width forms count
// for it, half-width katakana mixed with them (what EUC-JP looks like through CP932) against it.
int japaneseScore(QStringView text)
{
    int score = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x80)
            continue;
        if ((c >= 0x3041 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F)
            || (c >= 0xFF01 && c <= 0xFF5E))
            score += 2;
        else if (isHalfWidthKana(c))
            score -= 1;
        else
            score -= 2;
    }
    return score;
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

// Latin-1 text whose only non-ASCII bytes are accented capitals or symbols (0xA1-0xDF) is valid
// CP932, where each such byte is a half-width katakana. Real half-width katakana come in words;
// Latin-1 gives lone ones stuck to Latin letters, and no double-byte characters at all.
bool looksLikeLatin1ReadAsCp932(QStringView text)
{
    bool stuckToLetter = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            continue;
        if (!isHalfWidthKana(c))
            return false;
        const char16_t before = i > 0 ? text[i - 1].unicode() : u' ';
        const char16_t after = i + 1 < text.size() ? text[i + 1].unicode() : u' ';
        if (isHalfWidthKana(before) || isHalfWidthKana(after))
            return false;
        if (isAsciiLetter(before) || isAsciiLetter(after))
            stuckToLetter = true;
    }
    return stuckToLetter;
}

} // namespace

TextEncoding::Encoding TextEncoding::detectLegacy(QByteArrayView sample)
{
    const Decoded cp932 = decodeSample(sample, codecName(Encoding::Cp932));
    const Decoded eucJp = decodeSample(sample, codecName(Encoding::EucJp));
    if (cp932.ok && eucJp.ok)
        return japaneseScore(eucJp.text) > japaneseScore(cp932.text) ? Encoding::EucJp : Encoding::Cp932;
    if (eucJp.ok)
        return Encoding::EucJp;
    if (cp932.ok) {
        if (looksLikeLatin1ReadAsCp932(cp932.text) && decodeSample(sample, codecName(Encoding::Windows1252)).ok)
            return Encoding::Windows1252;
        return Encoding::Cp932;
    }
    return Encoding::Cp932;
}

bool TextEncoding::looksLikeUtf8(QByteArrayView validUtf8)
{
    const int utf8 = japaneseScore(QString::fromUtf8(validUtf8));
    const int cp932 = japaneseScore(decodeSample(validUtf8, codecName(Encoding::Cp932)).text);
    const int eucJp = japaneseScore(decodeSample(validUtf8, codecName(Encoding::EucJp)).text);
    return utf8 >= std::max(cp932, eucJp);
}

QString TextEncoding::mapToCp932Lookalikes(QStringView text)
{
    QString out = text.toString();
    for (QChar &ch : out) {
        switch (ch.unicode()) {
        case 0x301C: // WAVE DASH
            ch = QChar(0xFF5E);
            break;
        case 0x2212: // MINUS SIGN
            ch = QChar(0xFF0D);
            break;
        case 0x2016: // DOUBLE VERTICAL LINE
            ch = QChar(0x2225);
            break;
        case 0x00A2: // CENT SIGN
            ch = QChar(0xFFE0);
            break;
        case 0x00A3: // POUND SIGN
            ch = QChar(0xFFE1);
            break;
        case 0x00AC: // NOT SIGN
            ch = QChar(0xFFE2);
            break;
        case 0x2014: // EM DASH: JIS X 0208 1-29 as most non-Microsoft tables map it
            ch = QChar(0x2015);
            break;
        default:
            break;
        }
    }
    return out;
}

} // namespace tenarai
