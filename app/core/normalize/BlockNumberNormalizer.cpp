#include "normalize/BlockNumberNormalizer.h"

#include "normalize/AddressSplitter.h"
#include "normalize/ContactTextFolder.h"
#include "normalize/NumberNormalizer.h"

#include <QVarLengthArray>

namespace tenarai {

namespace {

int kanjiUnit(char16_t c)
{
    switch (c) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    default:
        return 0;
    }
}

bool isKanjiNumeral(QChar c)
{
    return NumberNormalizer::kanjiDigit(c) >= 0 || kanjiUnit(c.unicode()) > 0;
}

struct Number
{
    qsizetype end = 0; // index after the numeral
    int value = -1; // only for kanji numerals
    bool kanji = false;
};

// The numeral at i (ASCII digits, or kanji numerals), or end == i when there is none.
Number readNumber(QStringView s, qsizetype i)
{
    Number n;
    n.end = i;
    if (i >= s.size())
        return n;
    if (ContactTextFolder::isAsciiDigit(s[i])) {
        while (n.end < s.size() && ContactTextFolder::isAsciiDigit(s[n.end]))
            ++n.end;
        return n;
    }
    while (n.end < s.size() && isKanjiNumeral(s[n.end]))
        ++n.end;
    if (n.end > i) {
        n.kanji = true;
        n.value = BlockNumberNormalizer::kanjiNumeralValue(s.mid(i, n.end - i));
        if (n.value < 0)
            n.end = i;
    }
    return n;
}

bool startsNumber(QStringView s, qsizetype i)
{
    return i < s.size() && (ContactTextFolder::isAsciiDigit(s[i]) || isKanjiNumeral(s[i]));
}

// The unit after a numeral. unitEnd is where the unit ends; next is where the following number
// starts, after a joiner (the hyphen of 1-2, the の of 1234番地の5) that belongs to neither.
struct Suffix
{
    enum Kind { None, Chome, Ban, Go, Hyphen } kind = None;
    qsizetype unitEnd = 0;
    qsizetype next = 0;
};

Suffix readSuffix(QStringView s, qsizetype i)
{
    const QStringView tail = s.mid(i);
    const auto digitAt
        = [&s](qsizetype at) { return at < s.size() && ContactTextFolder::isAsciiDigit(s[at]); };
    Suffix r { Suffix::None, i, i };
    if (tail.startsWith(u"丁目")) {
        // 1丁目-2-3: the hyphen adds nothing after a unit
        r = { Suffix::Chome, i + 2, i + 2 };
        if (tail.size() > 2 && tail[2] == u'-' && digitAt(i + 3))
            r.next = i + 3;
    } else if (tail.startsWith(u"番地")) {
        r = { Suffix::Ban, i + 2, i + 2 };
        // の joins two numbers (1234番地の5); before anything else it belongs to the next word.
        if (tail.size() > 2 && tail[2] == u'の' && startsNumber(s, i + 3))
            r.next = i + 3;
    } else if (tail.startsWith(u"番")) {
        r = { Suffix::Ban, i + 1, i + 1 };
        if (tail.size() > 1 && tail[1] == u'の' && startsNumber(s, i + 2))
            r.next = i + 2;
    } else if (tail.startsWith(u"号")) {
        r = { Suffix::Go, i + 1, i + 1 };
    } else if (tail.startsWith(u"-") && digitAt(i + 1)) {
        r = { Suffix::Hyphen, i, i + 1 };
    }
    return r;
}

// 一番町, 三丁目通, 5番町: a numeral and unit that are part of a place name, not a block number.
bool placeNameFollows(QStringView s, qsizetype i)
{
    return i < s.size() && (s[i] == u'町' || s[i] == u'丁' || s[i] == u'通' || s[i] == u'街');
}

// One number of a block: the ASCII digits as written, or a kanji numeral's value.
struct BlockPart
{
    QStringView digits; // empty for a kanji numeral
    int value = -1;
};

struct Block
{
    qsizetype end = 0; // never includes a joiner that nothing followed
    // Views into the text, not strings: the common block is read and written without allocating.
    QVarLengthArray<BlockPart, 8> numbers;
    QStringView firstUnit; // 丁目, 番地… as written after the first number
};

// Reads a block number starting at i. Returns end == 0 when there is none there.
Block readBlock(QStringView s, qsizetype i)
{
    Block block;
    qsizetype pos = i;
    bool afterChome = false;
    for (;;) {
        const Number n = readNumber(s, pos);
        if (n.end == pos)
            break;
        const Suffix suffix = readSuffix(s, n.end);
        const bool first = block.numbers.isEmpty();
        // Kanji numerals are town names (三田, 八幡町) unless a unit says otherwise: 三丁目
        // anywhere, 二番 or 三号 only once a 丁目 has started the block.
        if (n.kanji
            && !(suffix.kind == Suffix::Chome
                 || (afterChome && (suffix.kind == Suffix::Ban || suffix.kind == Suffix::Go))))
            break;
        if (suffix.kind == Suffix::Chome && !first)
            break;
        if (first && suffix.kind == Suffix::None)
            break; // a lone number (第2, 3F, 101) is not a block number
        if ((suffix.kind == Suffix::Ban || suffix.kind == Suffix::Chome)
            && placeNameFollows(s, suffix.unitEnd))
            break;
        if (suffix.kind == Suffix::Go && suffix.unitEnd < s.size()
            && (s[suffix.unitEnd] == u'室' || s[suffix.unitEnd] == u'棟' || s[suffix.unitEnd] == u'館'))
            break; // 203号室 is a room, not a block number
        if (first)
            block.firstUnit = s.mid(n.end, suffix.unitEnd - n.end);
        block.numbers.append(n.kanji ? BlockPart { QStringView(), n.value }
                                     : BlockPart { s.mid(pos, n.end - pos), -1 });
        block.end = suffix.unitEnd;
        pos = suffix.next;
        if (suffix.kind == Suffix::Chome)
            afterChome = true;
        if (suffix.kind == Suffix::Go || suffix.kind == Suffix::None || !startsNumber(s, pos))
            break;
    }
    // A single number held together only by a hyphen that led nowhere (1-二) is no block.
    if (block.numbers.size() == 1 && block.firstUnit.isEmpty())
        block.numbers.clear();
    if (block.numbers.isEmpty())
        block.end = 0;
    return block;
}

using Buffer = AddressSplitter::Buffer;

void appendView(Buffer &out, QStringView text)
{
    out.append(reinterpret_cast<const char16_t *>(text.utf16()), text.size());
}

// As QString::number(): a kanji numeral's value is below 10000 and never negative.
void appendNumber(Buffer &out, const BlockPart &part)
{
    if (!part.digits.isEmpty()) {
        appendView(out, part.digits);
        return;
    }
    char16_t digits[12];
    int n = 0;
    int value = part.value;
    do {
        digits[n++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value > 0);
    while (n > 0)
        out.append(digits[--n]);
}

// The block number of the cleaned text s written the short way into out; s itself when it has
// none.
void rewriteCleaned(QStringView s, Buffer &out)
{
    out.clear();
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!startsNumber(s, i))
            continue;
        // Start only at the first character of a numeral, and not inside a code such as A-105.
        if (i > 0) {
            const QChar prev = s[i - 1];
            if (ContactTextFolder::isAsciiDigit(prev) || prev == u'-'
                || (prev.unicode() < 0x80 && prev.isLetter()) || isKanjiNumeral(prev))
                continue;
        }
        const Block block = readBlock(s, i);
        if (block.end == 0)
            continue;
        out.reserve(s.size() + 8);
        appendView(out, s.left(i));
        // One number alone keeps its unit (3丁目, 1234番地): "1234" would lose what it counts,
        // and a lone number is not read back as a block number, so normalising twice would differ.
        if (block.numbers.size() == 1) {
            appendNumber(out, block.numbers.front());
            appendView(out, block.firstUnit);
        } else {
            for (qsizetype k = 0; k < block.numbers.size(); ++k) {
                if (k > 0)
                    out.append(u'-');
                appendNumber(out, block.numbers[k]);
            }
        }
        const QStringView building = s.mid(block.end).trimmed();
        if (!building.isEmpty()) {
            out.append(u' ');
            appendView(out, building);
        }
        return;
    }
    appendView(out, s);
}

// One clean-up and rewrite into out. The clean-up runs in scratch; only half-width katakana
// need ContactTextFolder's QString path.
void normalizeOnce(QStringView text, Buffer &scratch, Buffer &out)
{
    if (AddressSplitter::quickClean(text, scratch)) {
        rewriteCleaned(QStringView(scratch.constData(), scratch.size()), out);
        return;
    }
    QString folded = ContactTextFolder::collapseWhitespace(ContactTextFolder::foldWidth(text));
    ContactTextFolder::dashesBetweenDigitsToHyphen(folded);
    rewriteCleaned(folded, out);
}

// True when a dash look-alike other than '-' stands between two ASCII digits: a kanji numeral
// next to it became a digit in the rewrite (0‒一丁目 → 0‒1丁目), so the clean-up, which turns such
// dashes into hyphens, has something left to do.
bool hasDashBetweenDigits(QStringView text)
{
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text[i] != u'-' && ContactTextFolder::isDashLike(text[i]) && ContactTextFolder::isAsciiDigit(text[i - 1])
            && ContactTextFolder::isAsciiDigit(text[i + 1]))
            return true;
    }
    return false;
}

// normalize() into out: once, and again while the rare case above leaves work, so that
// normalising the result changes nothing (found by fuzz_address). Each further pass turns at
// least one dash into a hyphen, or the loop stops, so it ends.
void normalizeInto(QStringView text, Buffer &scratch, Buffer &out)
{
    normalizeOnce(text, scratch, out);
    while (hasDashBetweenDigits(QStringView(out.constData(), out.size()))) {
        const Buffer previous = out;
        normalizeOnce(QStringView(previous.constData(), previous.size()), scratch, out);
        if (QStringView(out.constData(), out.size()) == QStringView(previous.constData(), previous.size()))
            break;
    }
}

} // namespace

int BlockNumberNormalizer::kanjiNumeralValue(QStringView text)
{
    if (text.isEmpty() || text.size() > 8)
        return -1;
    bool hasUnit = false;
    for (const QChar c : text)
        hasUnit = hasUnit || kanjiUnit(c.unicode()) > 0;
    if (!hasUnit) {
        int value = 0;
        for (const QChar c : text) {
            const int d = NumberNormalizer::kanjiDigit(c);
            if (d < 0)
                return -1;
            value = value * 10 + d;
        }
        return text.size() <= 4 ? value : -1;
    }
    int total = 0;
    int digit = -1;
    int lastUnit = 10000;
    for (const QChar c : text) {
        const int d = NumberNormalizer::kanjiDigit(c);
        if (d > 0) {
            if (digit >= 0)
                return -1; // 二三十: two digits in a row with units is not a numeral
            digit = d;
            continue;
        }
        const int unit = kanjiUnit(c.unicode());
        if (unit == 0 || unit >= lastUnit)
            return -1; // 〇 with units, or 十百, 十十
        total += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
        lastUnit = unit;
    }
    if (digit >= 0)
        total += digit;
    return total;
}

QString BlockNumberNormalizer::normalize(QStringView text)
{
    Buffer scratch;
    Buffer out;
    normalizeInto(text, scratch, out);
    return QString(reinterpret_cast<const QChar *>(out.constData()), out.size());
}

std::optional<QString> BlockNumberNormalizer::normalizeIfChanged(QStringView text)
{
    Buffer scratch;
    Buffer out;
    normalizeInto(text, scratch, out);
    const QStringView result(out.constData(), out.size());
    if (result == text)
        return std::nullopt;
    return result.toString();
}

} // namespace tenarai
