#include "io/XlsxNumberFormat.h"

namespace tenarai {

XlsxNumberFormat::Category XlsxNumberFormat::builtIn(int id)
{
    switch (id) {
    case 14: case 15: case 16: case 17:
        return Category::Date;
    case 18: case 19: case 20: case 21:
        return Category::Time;
    case 22:
        return Category::DateTime;
    case 45: case 47:
        return Category::Time;
    case 46:
        return Category::Duration;            // [h]:mm:ss
    // CJK built-ins as Japanese Excel shows them: 27-31, 34-36 and 50-58 are era or
    // year/month/day forms (ggge"年"m"月"d"日", yyyy"年"m"月"...), 32-33 are h"時"mm"分" times.
    case 27: case 28: case 29: case 30: case 31:
    case 34: case 35: case 36:
    case 50: case 51: case 52: case 53: case 54: case 55: case 56: case 57: case 58:
        return Category::Date;
    case 32: case 33:
        return Category::Time;
    default:
        return Category::Number;
    }
}

namespace {
bool startsWithCi(QStringView text, qsizetype at, QStringView word)
{
    return text.size() - at >= word.size()
           && text.mid(at, word.size()).compare(word, Qt::CaseInsensitive) == 0;
}
} // namespace

XlsxNumberFormat::Category XlsxNumberFormat::classify(QStringView code)
{
    bool date = false;     // y, d, era, or an m that is a month
    bool time = false;     // h, s, AM/PM
    bool elapsed = false;  // [h] [m] [s]
    bool month = false;    // an m that may be a month or a minute
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t ch = code[i].unicode();
        switch (ch) {
        case u';':
            i = n; // only the first section decides
            continue;
        case u'"': { // quoted literal text
            ++i;
            while (i < n && code[i] != u'"')
                ++i;
            continue;
        }
        case u'\\': // escaped literal character
        case u'_':  // space as wide as the next character
        case u'*':  // fill with the next character
            ++i;
            continue;
        case u'[': {
            const qsizetype close = code.indexOf(u']', i);
            const QStringView inside = code.mid(i + 1, (close < 0 ? n : close) - i - 1);
            bool allSame = !inside.isEmpty();
            for (QChar c : inside)
                allSame = allSame && c.toLower() == inside[0].toLower();
            if (allSame) {
                const char16_t c = inside[0].toLower().unicode();
                if (c == u'h' || c == u'm' || c == u's')
                    elapsed = true;
            }
            // Everything else in brackets is a colour, a condition or a locale ([$-411]).
            i = close < 0 ? n : close;
            continue;
        }
        default:
            break;
        }
        if (startsWithCi(code, i, u"General")) {
            i += 6;
            continue;
        }
        if (startsWithCi(code, i, u"AM/PM")) {
            time = true;
            i += 4;
            continue;
        }
        if (startsWithCi(code, i, u"A/P")) {
            time = true;
            i += 2;
            continue;
        }
        switch (QChar(ch).toLower().unicode()) {
        case u'y':
        case u'd':
        case u'g': // Japanese era name
        case u'b': // Buddhist year (Thai Excel)
            date = true;
            break;
        case u'e':
            // Era year, unless it is the exponent of a scientific format (0.0E+00).
            if (i + 1 < n && (code[i + 1] == u'+' || code[i + 1] == u'-'))
                break;
            date = true;
            break;
        case u'h':
        case u's':
            time = true;
            break;
        case u'm':
            month = true;
            break;
        default:
            break;
        }
    }
    if (elapsed)
        return Category::Duration;
    // An m next to h or s is a minute; an m in a format without h and s is a month.
    if (month && !time)
        date = true;
    if (date && time)
        return Category::DateTime;
    if (date)
        return Category::Date;
    if (time)
        return Category::Time;
    return Category::Number;
}

} // namespace tenarai
