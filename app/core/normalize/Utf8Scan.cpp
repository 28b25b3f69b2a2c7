#include "normalize/Utf8Scan.h"

#include <QChar>

namespace tenarai::Utf8Scan {

namespace {

// The code point starting at p (which must be a lead byte), or U+FFFD for a malformed sequence.
char32_t decodeAt(const unsigned char *p, const unsigned char *end)
{
    const unsigned char b = *p;
    if (b < 0x80)
        return b;
    int length = 0;
    char32_t c = 0;
    if ((b & 0xE0) == 0xC0) {
        length = 2;
        c = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
        length = 3;
        c = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
        length = 4;
        c = b & 0x07;
    } else {
        return 0xFFFD;
    }
    if (end - p < length)
        return 0xFFFD;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0xFFFD;
        c = (c << 6) | (p[i] & 0x3F);
    }
    return c;
}

bool isSpaceAt(const unsigned char *p, const unsigned char *end)
{
    return QChar::isSpace(decodeAt(p, end));
}

} // namespace

bool isAscii(QByteArrayView utf8)
{
    for (const char ch : utf8) {
        if (static_cast<unsigned char>(ch) >= 0x80)
            return false;
    }
    return true;
}

bool mayContainSpace(QByteArrayView utf8)
{
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const auto *end = p + utf8.size();
    for (; p < end; ++p) {
        const unsigned char b = *p;
        if (b <= 0x20) {
            if (QChar::isSpace(char32_t(b)))
                return true;
        } else if (b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3) {
            // The lead bytes of every non-ASCII space: U+0085, U+00A0, U+1680, U+2000-U+205F,
            // U+3000.
            if (isSpaceAt(p, end))
                return true;
        }
    }
    return false;
}

bool mayHaveSpaceAtEdge(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return false;
    const auto *begin = reinterpret_cast<const unsigned char *>(utf8.data());
    const auto *end = begin + utf8.size();
    if (isSpaceAt(begin, end))
        return true;
    const unsigned char *last = end - 1;
    while (last > begin && (*last & 0xC0) == 0x80 && end - last < 4)
        --last;
    return isSpaceAt(last, end);
}

} // namespace tenarai::Utf8Scan
