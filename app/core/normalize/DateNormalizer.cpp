#include "normalize/DateNormalizer.h"

#include "normalize/NumberNormalizer.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace tenarai {

namespace {

// The era table. Each era's first day is the day its 改元 took effect; its last day is the day
// before the next era's first day. Sources:
//  明治 1868-01-25 = 明治元年1月1日: the 改元の詔 of 明治元年9月8日 (1868-10-23) applied the era
//       from 慶応4年1月1日. Until 明治5年12月2日 Japan used the lunisolar 天保暦; 太政官布告第337号
//       made the next day 明治6年1月1日 = 1873-01-01. Earlier 明治 dates are refused because
//       their month and day are lunisolar and no fixed offset converts them.
//  大正 1912-07-30: 明治天皇 died that day and the 改元の詔書 took effect the same day, so
//       1912-07-30 is 大正元年7月30日 and 明治45年7月29日 is the last 明治 day.
//  昭和 1926-12-25: likewise same-day 改元; 大正15年12月24日 is the last 大正 day.
//  平成 1989-01-08: 元号を改める政令 (昭和64年政令第1号), in force the day after 昭和天皇's death
//       on 1989-01-07 (昭和64年1月7日, the last 昭和 day).
//  令和 2019-05-01: 元号を改める政令 (平成31年政令第143号); 平成31年4月30日 is the last 平成 day.
struct EraInfo
{
    DateNormalizer::Era era;
    int firstYear;      // the Gregorian year of 元年
    QDate first;        // first day that converts
    QDate last;         // last day of the era (invalid for the current era)
};

const std::array<EraInfo, 5> &eraTable()
{
    static const std::array<EraInfo, 5> table = { {
        { DateNormalizer::Era::Meiji, 1868, QDate(1873, 1, 1), QDate(1912, 7, 29) },
        { DateNormalizer::Era::Taisho, 1912, QDate(1912, 7, 30), QDate(1926, 12, 24) },
        { DateNormalizer::Era::Showa, 1926, QDate(1926, 12, 25), QDate(1989, 1, 7) },
        { DateNormalizer::Era::Heisei, 1989, QDate(1989, 1, 8), QDate(2019, 4, 30) },
        { DateNormalizer::Era::Reiwa, 2019, QDate(2019, 5, 1), QDate() },
    } };
    return table;
}

// Folds what the parser does not care about: full-width ASCII, every kind of space, squared
// era names, into buffer (on the stack for any date-sized text: this runs once per cell).
// Returns the trimmed result, a view of buffer.
QStringView prepare(QStringView text, QVarLengthArray<char16_t, 64> &buffer)
{
    buffer.resize(text.size() * 2); // a squared era name becomes two characters
    char16_t *out = buffer.data();
    qsizetype n = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x80) { // QChar::isSpace for ASCII, without the call
            out[n++] = (c == u' ' || (c >= 0x09 && c <= 0x0D)) ? u' ' : c;
            continue;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) { // full-width ASCII; none of it is a space
            out[n++] = char16_t(c - 0xFEE0);
            continue;
        }
        // Kana and kanji (U+3001..U+D7FF) hold no space characters: spare them the lookup.
        if ((c < 0x3001 || c > 0xD7FF) && ch.isSpace()) {
            out[n++] = u' ';
            continue;
        }
        const char16_t *era = nullptr;
        switch (c) {
        case 0x337E: era = u"明治"; break;
        case 0x337D: era = u"大正"; break;
        case 0x337C: era = u"昭和"; break;
        case 0x337B: era = u"平成"; break;
        case 0x32FF: era = u"令和"; break;
        default: out[n++] = c; continue;
        }
        out[n++] = era[0];
        out[n++] = era[1];
    }
    // Every space is a plain one by now, so trimming is cutting plain spaces.
    qsizetype begin = 0;
    while (begin < n && out[begin] == u' ')
        ++begin;
    while (n > begin && out[n - 1] == u' ')
        --n;
    return QStringView(out + begin, n - begin);
}

// Days in a month of the proleptic Gregorian calendar (QDate's for years after 0), without
// QDate's calendar round trip. month is 1..12.
int daysInMonth(int year, int month)
{
    if (month == 2)
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
    return (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
}

// The Julian days of 0001-01-01 and 9999-12-31, the range of 4-digit years.
constexpr qint64 firstFourDigitDay = 1721426;
constexpr qint64 lastFourDigitDay = 5373484;

// Writes "YYYY-MM-DD" (10 characters) for a year of 1..9999, the range where it equals
// QDate::toString(Qt::ISODate); false for other dates.
bool writeIsoDate(QDate date, char16_t *out)
{
    const qint64 jd = date.toJulianDay();
    if (!date.isValid() || jd < firstFourDigitDay || jd > lastFourDigitDay)
        return false;
    // Gregorian date from the Julian day (the algorithm of QGregorianCalendar::partsFromJulian;
    // all terms are positive in this range, so plain division is floor division). By hand
    // because the calendar call is the costliest part of writing a date.
    const qint64 a = jd + 32044;
    const qint64 b = (4 * a + 3) / 146097;
    const qint64 c = a - (146097 * b) / 4;
    const qint64 dd = (4 * c + 3) / 1461;
    const qint64 e = c - (1461 * dd) / 4;
    const qint64 mm = (5 * e + 2) / 153;
    const int y = int(100 * b + dd - 4800 + mm / 10);
    const int m = int(mm + 3 - 12 * (mm / 10));
    const int d = int(e - (153 * mm + 2) / 5 + 1);
    const auto put = [](char16_t *at, int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            at[i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(out, y, 4);
    out[4] = u'-';
    put(out + 5, m, 2);
    out[7] = u'-';
    put(out + 8, d, 2);
    return true;
}

QString monthName(int month)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "January"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "February"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "March"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "April"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "May"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "June"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "July"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "August"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "September"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "October"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "November"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "December"),
    };
    return QCoreApplication::translate("tenarai::DateNormalizer", names[month - 1]);
}

QString weekdayName(int dayOfWeek)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "Monday"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "Tuesday"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "Wednesday"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "Thursday"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "Friday"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "Saturday"),
        QT_TRANSLATE_NOOP("tenarai::DateNormalizer", "Sunday"),
    };
    return QCoreApplication::translate("tenarai::DateNormalizer", names[dayOfWeek - 1]);
}

// A small cursor over the prepared text.
class Scanner
{
public:
    explicit Scanner(QStringView s) : m_s(s) {}

    bool atEnd() const { return m_pos >= m_s.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_s.size() ? m_s[m_pos + ahead] : QChar();
    }
    void advance(qsizetype n = 1) { m_pos += n; }
    qsizetype pos() const { return m_pos; }
    QStringView rest() const { return m_s.mid(m_pos); }
    void skipSpaces()
    {
        while (!atEnd() && peek() == u' ')
            ++m_pos;
    }
    bool accept(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    // A two-character word (an era name, 曜日, 午前); compared by hand, which is what
    // QStringView::startsWith does at length, minus its generic comparison.
    bool accept(const char16_t (&word)[3])
    {
        if (m_s.size() - m_pos < 2 || m_s[m_pos].unicode() != word[0] || m_s[m_pos + 1].unicode() != word[1])
            return false;
        m_pos += 2;
        return true;
    }

    // ASCII digits, or kanji numerals: positional (二〇二一) or with 十 (三十一, 十二).
    // Returns the number of characters read (0 if none); *value saturates at 99999999.
    int number(int *value, bool *kanji = nullptr)
    {
        qint64 v = 0;
        int count = 0;
        while (!atEnd() && peek().unicode() >= u'0' && peek().unicode() <= u'9') {
            v = qMin<qint64>(v * 10 + (peek().unicode() - u'0'), 99999999);
            ++count;
            advance();
        }
        if (kanji)
            *kanji = false;
        if (count == 0) {
            bool sawTen = false;
            qint64 tens = 0;
            while (!atEnd()) {
                const int d = NumberNormalizer::kanjiDigit(peek());
                if (d >= 0) {
                    v = qMin<qint64>(v * 10 + d, 99999999);
                } else if (peek() == u'十' && !sawTen) {
                    tens = (count == 0 ? 1 : v) * 10;
                    v = 0;
                    sawTen = true;
                } else {
                    break;
                }
                ++count;
                advance();
            }
            if (sawTen) {
                v += tens;
                count = 1; // 三十一 is a two-digit number: count the decimal digits of v
                for (qint64 rest = v / 10; rest > 0; rest /= 10)
                    ++count;
            }
            if (kanji)
                *kanji = count > 0;
        }
        *value = int(v);
        return count;
    }

private:
    QStringView m_s;
    qsizetype m_pos = 0;
};

bool isDateSeparator(QChar c)
{
    return c == u'/' || c == u'-' || c == u'.';
}

int weekdayFromKanji(QChar c)
{
    static const QString days = QStringLiteral("月火水木金土日");
    const qsizetype i = days.indexOf(c);
    return i < 0 ? 0 : int(i) + 1;
}

QString eraDateText(DateNormalizer::Era era, int year, int month, int day)
{
    const QString y = year == 1 ? QStringLiteral("元") : QString::number(year);
    return DateNormalizer::eraName(era) + y + u'年' + QString::number(month) + u'月' + QString::number(day) + u'日';
}

// The plain ASCII spellings that make up most real columns -- 2021-04-01, 2021/4/1, 20210401,
// R3.4.1, 44287, each optionally followed by " 9:30" or "T09:30:15" -- read straight from the
// input, without folding. Only successes come from here: everything else, every refused value
// included, returns nullopt and goes to the general parser, which alone words the messages. So
// this must accept a subset of what the general parser accepts, with the same value
// (DateNormalizerFastPathTest compares the two over many generated inputs).
std::optional<DateNormalizer::Value> parsePlainAscii(QStringView text, const DateNormalizer::Options &options)
{
    using Era = DateNormalizer::Era;
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    if (n < 5 || n > 19) // 44287 .. 2021/12/31 23:59:59
        return std::nullopt;
    qsizetype i = 0;
    const auto number = [&](int *value) {
        int count = 0;
        int v = 0;
        while (i < n && p[i] >= u'0' && p[i] <= u'9' && count < 9) {
            v = v * 10 + (p[i] - u'0');
            ++i;
            ++count;
        }
        *value = v;
        return count;
    };

    std::optional<Era> era;
    if (p[1] >= u'0' && p[1] <= u'9') {
        switch (p[0]) {
        case u'M': case u'm': era = Era::Meiji; break;
        case u'T': case u't': era = Era::Taisho; break;
        case u'S': case u's': era = Era::Showa; break;
        case u'H': case u'h': era = Era::Heisei; break;
        case u'R': case u'r': era = Era::Reiwa; break;
        default: break;
        }
    }
    int year = 0;
    int month = 0;
    int day = 0;
    bool compact = false; // yyyymmdd
    if (era) {
        i = 1;
        const int count = number(&year);
        if (count > 2)
            return std::nullopt;
    } else {
        const int count = number(&year);
        if (count == 5 && i == n) {
            if (!options.acceptSerialText)
                return std::nullopt;
            // Five digits are an integer, exactly what QStringView::toDouble would give.
            const Result<DateNormalizer::Value> r
                = DateNormalizer::fromExcelSerial(double(year), options.excelSystem);
            return r.ok() ? std::optional(r.value()) : std::nullopt;
        }
        if (count == 8) {
            compact = true;
            day = year % 100;
            month = year / 100 % 100;
            year /= 10000;
        } else if (count != 4) {
            return std::nullopt;
        }
    }
    if (!compact) { // separator, month, the same separator, day
        const char16_t sep = i < n ? p[i] : u'\0';
        if (sep != u'/' && sep != u'-' && sep != u'.')
            return std::nullopt;
        ++i;
        const int monthDigits = number(&month);
        if (monthDigits < 1 || monthDigits > 2 || i >= n || p[i] != sep)
            return std::nullopt;
        ++i;
        const int dayDigits = number(&day);
        if (dayDigits < 1 || dayDigits > 2)
            return std::nullopt;
    }

    // A time after one space or a 'T' (or both): h:mm or h:mm:ss.
    QTime time;
    if (i < n) {
        if (p[i] == u' ')
            ++i;
        if (i < n && p[i] == u'T')
            ++i;
        int h = 0;
        int m = 0;
        int sec = 0;
        const int hourDigits = number(&h);
        if (hourDigits < 1 || hourDigits > 2 || i >= n || p[i] != u':')
            return std::nullopt;
        ++i;
        if (number(&m) != 2)
            return std::nullopt;
        if (i < n) {
            if (p[i] != u':')
                return std::nullopt;
            ++i;
            if (number(&sec) != 2 || i != n)
                return std::nullopt;
        }
        if (!QTime::isValid(h, m, sec, 0) || options.time == DateNormalizer::TimeHandling::Refuse)
            return std::nullopt;
        time = QTime(h, m, sec);
    }

    DateNormalizer::Value value;
    if (era) {
        const Result<QDate> d = DateNormalizer::fromEra(*era, year, month, day);
        if (!d)
            return std::nullopt;
        value.date = d.value();
    } else {
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
            return std::nullopt;
        value.date = QDate(year, month, day);
    }
    if (options.time == DateNormalizer::TimeHandling::Keep)
        value.time = time;
    return value;
}

} // namespace

QString DateNormalizer::eraName(Era era)
{
    switch (era) {
    case Era::Meiji: return QStringLiteral("明治");
    case Era::Taisho: return QStringLiteral("大正");
    case Era::Showa: return QStringLiteral("昭和");
    case Era::Heisei: return QStringLiteral("平成");
    case Era::Reiwa: return QStringLiteral("令和");
    }
    return QString();
}

Result<QDate> DateNormalizer::fromEra(Era era, int eraYear, int month, int day)
{
    const EraInfo &info = eraTable()[size_t(era)];
    if (eraYear < 1)
        return formatError(tr("An era has no year %1; its first year is 元年.").arg(eraYear));
    if (month < 1 || month > 12)
        return formatError(tr("There is no month %1.").arg(month));
    const int year = info.firstYear + eraYear - 1;
    const int days = daysInMonth(year, month);
    if (day < 1 || day > days) {
        if (month == 2 && day == 29)
            return formatError(tr("%1 (%2) is not a leap year, so February has no day 29.")
                                   .arg(eraName(era) + QString::number(eraYear) + u'年').arg(year));
        return formatError(tr("%1 has no day %2.").arg(monthName(month)).arg(day));
    }
    const QDate date(year, month, day);
    if (era == Era::Meiji && date < info.first)
        return formatError(tr("%1 is before 明治6年 (1873), when Japan still used the lunisolar calendar; "
                              "it cannot be converted exactly.").arg(eraDateText(era, eraYear, month, day)));
    if (date < info.first)
        return formatError(tr("%1 began on %2; %3 does not exist.")
                               .arg(eraName(era), info.first.toString(Qt::ISODate), eraDateText(era, eraYear, month, day)));
    if (info.last.isValid() && date > info.last)
        return formatError(tr("%1 ended on %2; %3 does not exist.")
                               .arg(eraName(era), info.last.toString(Qt::ISODate), eraDateText(era, eraYear, month, day)));
    return date;
}

Result<DateNormalizer::Value> DateNormalizer::fromExcelSerial(double serial, ExcelSystem system)
{
    if (!std::isfinite(serial) || serial < 0)
        return formatError(tr("The number %1 is not an Excel date.").arg(serial));
    double whole = std::floor(serial);
    qint64 ms = qRound64((serial - whole) * 86400000.0);
    if (ms >= 86400000) {
        whole += 1;
        ms = 0;
    }
    const qint64 maxSerial = system == ExcelSystem::Excel1900 ? 2958465 : 2957003; // 9999-12-31
    if (whole > double(maxSerial))
        return formatError(tr("The number %1 is beyond the last Excel date, 9999-12-31.").arg(serial));
    const qint64 days = qint64(whole);
    QDate date;
    if (system == ExcelSystem::Excel1900) {
        if (days == 0)
            return formatError(tr("The number %1 is a time of day or day 0 in Excel, not a date.").arg(serial));
        if (days == 60)
            return formatError(tr("Excel serial 60 is 1900-02-29, a day that exists only in Excel "
                                  "(its 1900 leap-year bug)."));
        // Serials below 60 count from 1899-12-31 because Excel inserts the phantom 1900-02-29.
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    } else {
        date = QDate(1904, 1, 1).addDays(days);
    }
    Value v;
    v.date = date;
    if (ms != 0)
        v.time = QTime::fromMSecsSinceStartOfDay(int(ms));
    return v;
}

Result<DateNormalizer::Value> DateNormalizer::parse(QStringView text, const Options &options)
{
    if (std::optional<Value> plain = parsePlainAscii(text, options))
        return *plain;
    return parseGeneral(text, options);
}

Result<DateNormalizer::Value> DateNormalizer::parseGeneral(QStringView text, const Options &options)
{
    QVarLengthArray<char16_t, 64> buffer;
    const QStringView s = prepare(text, buffer);
    if (s.isEmpty())
        return formatError(tr("The value is empty."));
    // Only error messages quote the input, so it is not copied on the way to success.
    const auto shown = [text] { return text.toString().trimmed(); };
    Scanner sc(s);

    // Excel serial written as text: exactly five digits, optional fraction.
    if (options.acceptSerialText && s.size() >= 5) {
        int v = 0;
        bool kanji = false;
        Scanner probe(s);
        if (probe.number(&v, &kanji) == 5 && !kanji) {
            bool fractionOk = true;
            if (probe.accept(u'.')) {
                int f = 0;
                fractionOk = probe.number(&f) > 0;
            }
            if (fractionOk && probe.atEnd()) {
                Result<Value> r = fromExcelSerial(s.toDouble(), options.excelSystem);
                if (r.ok() && r.value().hasTime() && options.time != TimeHandling::Keep) {
                    if (options.time == TimeHandling::Refuse)
                        return formatError(tr("\"%1\" has a time of day; this column takes dates only.").arg(shown()));
                    r.value().time = QTime();
                }
                return r;
            }
        }
    }

    // Era prefix.
    std::optional<Era> era;
    struct EraWord
    {
        char16_t word[3];
        Era era;
    };
    static constexpr std::array<EraWord, 5> eraWords = { {
        { u"明治", Era::Meiji }, { u"大正", Era::Taisho }, { u"昭和", Era::Showa },
        { u"平成", Era::Heisei }, { u"令和", Era::Reiwa },
    } };
    for (const auto &[word, e] : eraWords) {
        if (sc.accept(word)) {
            era = e;
            break;
        }
    }
    if (!era) {
        const char16_t letter = QChar::toUpper(sc.peek().unicode());
        const QChar after = sc.peek(1);
        const bool followedByYear = (after.unicode() >= u'0' && after.unicode() <= u'9') || after == u'元';
        if (followedByYear) {
            switch (letter) {
            case u'M': era = Era::Meiji; break;
            case u'T': era = Era::Taisho; break;
            case u'S': era = Era::Showa; break;
            case u'H': era = Era::Heisei; break;
            case u'R': era = Era::Reiwa; break;
            default: break;
            }
            if (era)
                sc.advance();
        }
    }

    int year = 0;
    int month = 0;
    int day = 0;
    QChar sep;
    sc.skipSpaces();
    if (era) {
        int count = 0;
        if (sc.accept(u'元')) {
            year = 1;
            count = 1;
        } else {
            count = sc.number(&year);
        }
        if (count == 0)
            return formatError(tr("\"%1\" has an era but no year.").arg(shown()));
        if (count > 2)
            return formatError(tr("The era year in \"%1\" has too many digits.").arg(shown()));
        sc.skipSpaces();
        sep = sc.peek();
        if (sep != u'年' && !isDateSeparator(sep))
            return formatError(tr("\"%1\" is not a date.").arg(shown()));
        sc.advance();
    } else {
        const qsizetype start = sc.pos();
        bool kanji = false;
        const int count = sc.number(&year, &kanji);
        if (count == 0)
            return formatError(tr("\"%1\" is not a date.").arg(shown()));
        const QChar afterDigits = sc.peek();
        sc.skipSpaces();
        sep = sc.peek();
        if (sep == u'月') // 4月1日
            return formatError(tr("\"%1\" has no year; write it with the year, such as 2021年4月1日.").arg(shown()));
        if (!kanji && (afterDigits.isNull() || afterDigits == u'T' || afterDigits == u' ') && count == 8) {
            const QStringView digits = s.mid(start, 8);
            year = digits.left(4).toInt();
            month = digits.mid(4, 2).toInt();
            day = digits.mid(6, 2).toInt();
            sep = QChar();
        } else if (count == 6 && (afterDigits.isNull() || afterDigits == u' ')) {
            return formatError(tr("\"%1\" has six digits; it could be yymmdd or yyyymm, so it is not read as a date.")
                                   .arg(shown()));
        } else if (sep != u'年' && !isDateSeparator(sep)) {
            return formatError(tr("\"%1\" is not a date.").arg(shown()));
        } else {
            sc.advance();
            if (count != 4) {
                // Two numbers only (4/1) have no year; three with a short first one are ambiguous.
                Scanner look(s);
                look.advance(sc.pos());
                int a = 0;
                look.skipSpaces();
                const bool second = look.number(&a) > 0;
                look.skipSpaces();
                const bool third = second && (look.peek() == sep || look.peek() == u'月') && sep != u'年';
                if (!third && sep != u'年')
                    return formatError(tr("\"%1\" has no year; write it with the year, such as 2021/4/1.").arg(shown()));
                return formatError(tr("The year \"%1\" in \"%2\" is ambiguous; write four digits (2021) or an era (R3).")
                                       .arg(s.mid(start, count).toString(), shown()));
            }
        }
    }

    if (!sep.isNull()) {
        sc.skipSpaces();
        if (sc.atEnd())
            return formatError(tr("\"%1\" has no month and day.").arg(shown()));
        const int monthDigits = sc.number(&month);
        if (monthDigits == 0)
            return formatError(tr("\"%1\" is not a date.").arg(shown()));
        if (monthDigits > 2)
            return formatError(tr("There is no month %1.").arg(month));
        sc.skipSpaces();
        const QChar sep2 = sc.peek();
        const QChar want = sep == u'年' ? QChar(u'月') : sep;
        if (sep2.isNull())
            return formatError(tr("\"%1\" has no day.").arg(shown()));
        if (sep2 != want) {
            if (isDateSeparator(sep2) || sep2 == u'月')
                return formatError(tr("\"%1\" mixes the separators \"%2\" and \"%3\".").arg(shown(), QString(sep), QString(sep2)));
            return formatError(tr("\"%1\" is not a date.").arg(shown()));
        }
        sc.advance();
        sc.skipSpaces();
        const int dayDigits = sc.number(&day);
        if (dayDigits == 0)
            return formatError(tr("\"%1\" has no day.").arg(shown()));
        if (dayDigits > 2)
            return formatError(tr("\"%1\" is not a date.").arg(shown()));
        if (sep == u'年') {
            sc.skipSpaces();
            sc.accept(u'日');
        }
    }

    // Optional weekday in brackets: (木), (木曜), (木曜日).
    sc.skipSpaces();
    int writtenWeekday = 0;
    QStringView weekdayText;
    if (sc.peek() == u'(' || sc.peek() == u'（') {
        const qsizetype open = sc.pos();
        sc.advance();
        writtenWeekday = weekdayFromKanji(sc.peek());
        if (writtenWeekday == 0)
            return formatError(tr("\"%1\" has unexpected text after the date: \"%2\".").arg(shown(), sc.rest().toString()));
        sc.advance();
        if (!sc.accept(u"曜日"))
            sc.accept(u'曜');
        if (!sc.accept(u')') && !sc.accept(u'）'))
            return formatError(tr("\"%1\" has unexpected text after the date: \"%2\".")
                                   .arg(shown(), s.mid(open).toString()));
        weekdayText = s.mid(open, sc.pos() - open);
    }

    // Optional time.
    QTime time;
    sc.skipSpaces();
    if (!sc.atEnd()) {
        const qsizetype timeStart = sc.pos();
        sc.accept(u'T');
        bool pm = false;
        bool hasMeridiem = false;
        if (sc.accept(u"午前")) {
            hasMeridiem = true;
        } else if (sc.accept(u"午後")) {
            hasMeridiem = true;
            pm = true;
        }
        int h = -1;
        int m = 0;
        int sec = 0;
        int msec = 0;
        bool ok = sc.number(&h) > 0;
        if (ok && sc.accept(u':')) {
            ok = sc.number(&m) == 2;
            if (ok && sc.accept(u':')) {
                ok = sc.number(&sec) == 2;
                if (ok && sc.accept(u'.')) {
                    const qsizetype fracStart = sc.pos();
                    int frac = 0;
                    const int digits = sc.number(&frac);
                    ok = digits > 0 && digits <= 3;
                    if (ok)
                        msec = s.mid(fracStart, digits).toString().leftJustified(3, u'0').toInt();
                }
            }
        } else if (ok && sc.accept(u'時')) {
            if (sc.number(&m) > 0) {
                ok = sc.accept(u'分');
                if (ok && sc.number(&sec) > 0)
                    ok = sc.accept(u'秒');
            }
        } else {
            ok = false;
        }
        // Quoted by error messages only, so it stays a view on the way to success.
        const QStringView timeText = s.mid(timeStart);
        if (!ok || !sc.atEnd())
            return formatError(tr("\"%1\" has unexpected text after the date: \"%2\".")
                                   .arg(shown(), timeText.trimmed().toString()));
        if (hasMeridiem) {
            if (h > 12)
                return formatError(tr("The time \"%1\" is not valid.").arg(timeText.toString()));
            if (pm && h < 12)
                h += 12;
            else if (!pm && h == 12)
                h = 0;
        }
        if (!QTime::isValid(h, m, sec, msec))
            return formatError(tr("The time \"%1\" is not valid.").arg(timeText.toString()));
        time = QTime(h, m, sec, msec);
    }

    // Validate the day.
    Value value;
    if (era) {
        Result<QDate> d = fromEra(*era, year, month, day);
        if (!d)
            return d.error();
        value.date = d.value();
    } else {
        if (year < 1)
            return formatError(tr("There is no year 0."));
        if (month < 1 || month > 12)
            return formatError(tr("There is no month %1.").arg(month));
        const int days = daysInMonth(year, month);
        if (day < 1 || day > days) {
            if (month == 2 && day == 29)
                return formatError(tr("%1 is not a leap year, so February has no day 29.").arg(year));
            return formatError(tr("%1 has no day %2.").arg(monthName(month)).arg(day));
        }
        value.date = QDate(year, month, day);
    }
    if (writtenWeekday != 0 && writtenWeekday != value.date.dayOfWeek())
        return formatError(tr("%1 is a %2, not %3.")
                               .arg(value.date.toString(Qt::ISODate), weekdayName(value.date.dayOfWeek()),
                                    weekdayText.toString()));

    if (time.isValid()) {
        if (options.time == TimeHandling::Refuse)
            return formatError(tr("\"%1\" has a time of day; this column takes dates only.").arg(shown()));
        if (options.time == TimeHandling::Keep)
            value.time = time;
    }
    return value;
}

Result<QDate> DateNormalizer::parseDate(QStringView text, const Options &options)
{
    Result<Value> r = parse(text, options);
    if (!r)
        return r.error();
    return r.value().date;
}

Result<QString> DateNormalizer::toIso(QStringView text, const Options &options)
{
    Result<Value> r = parse(text, options);
    if (!r)
        return r.error();
    // By hand: QDate::toString goes through the calendar and a format string, 4x slower.
    const QDate d = r.value().date;
    char16_t buf[23];
    int n = 0;
    const auto put = [&](int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[n + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        n += width;
    };
    if (writeIsoDate(d, buf)) {
        n = 10;
    } else { // not reached: parse() only reads years of 1..9999
        put(d.year(), 4);
        buf[n++] = u'-';
        put(d.month(), 2);
        buf[n++] = u'-';
        put(d.day(), 2);
    }
    if (r.value().hasTime()) {
        const QTime t = r.value().time;
        buf[n++] = u'T';
        put(t.hour(), 2);
        buf[n++] = u':';
        put(t.minute(), 2);
        buf[n++] = u':';
        put(t.second(), 2);
        if (t.msec()) {
            buf[n++] = u'.';
            put(t.msec(), 3);
        }
    }
    return QStringView(buf, n).toString();
}

QString DateNormalizer::isoText(QDate date)
{
    char16_t buf[10];
    if (!writeIsoDate(date, buf))
        return date.toString(Qt::ISODate);
    return QStringView(buf, 10).toString();
}

bool DateNormalizer::isIsoText(QStringView text, QDate date)
{
    // Years 1..9999 are written in exactly 10 characters: most non-ISO text is told apart
    // without converting the date.
    if (text.size() != 10 && date.toJulianDay() >= firstFourDigitDay && date.toJulianDay() <= lastFourDigitDay)
        return false;
    char16_t buf[10];
    if (!writeIsoDate(date, buf))
        return text == date.toString(Qt::ISODate);
    return std::equal(buf, buf + 10, text.utf16()); // text is 10 characters long here
}

Result<DateNormalizer::Value> DateNormalizer::fromCell(const Cell &cell, const Options &options)
{
    Value v;
    switch (cell.kind()) {
    case Cell::Kind::Date:
        v.date = cell.dateValue();
        return v;
    case Cell::Kind::DateTime:
        v.date = cell.dateValue();
        if (options.time == TimeHandling::Refuse)
            return formatError(tr("\"%1\" has a time of day; this column takes dates only.").arg(cell.toString()));
        if (options.time == TimeHandling::Keep)
            v.time = cell.dateTimeValue().time();
        return v;
    case Cell::Kind::Text:
        return parse(cell.textValue(), options);
    case Cell::Kind::Number: {
        const double n = cell.numberValue();
        if (n >= 10000101 && n <= 99991231 && n == std::floor(n)) {
            const int i = int(n);
            const QDate d(i / 10000, (i / 100) % 100, i % 100);
            if (!d.isValid())
                return formatError(tr("The number %1 is neither a yyyymmdd date nor an Excel date.").arg(i));
            v.date = d;
            return v;
        }
        Result<Value> r = fromExcelSerial(n, options.excelSystem);
        if (r.ok() && r.value().hasTime() && options.time != TimeHandling::Keep) {
            if (options.time == TimeHandling::Refuse)
                return formatError(tr("\"%1\" has a time of day; this column takes dates only.").arg(cell.toString()));
            r.value().time = QTime();
        }
        return r;
    }
    case Cell::Kind::Empty:
        return formatError(tr("The value is empty."));
    case Cell::Kind::Time:
        return formatError(tr("\"%1\" is a time of day, not a date.").arg(cell.toString()));
    case Cell::Kind::Boolean:
    case Cell::Kind::Error:
        break;
    }
    return formatError(tr("\"%1\" is not a date.").arg(cell.toString()));
}

// Overloads instead of default arguments: a nested struct's member initialisers are not usable
// in default arguments inside its enclosing class (GCC).
Result<DateNormalizer::Value> DateNormalizer::parse(QStringView text)
{
    return parse(text, Options());
}

Result<QDate> DateNormalizer::parseDate(QStringView text)
{
    return parseDate(text, Options());
}

Result<QString> DateNormalizer::toIso(QStringView text)
{
    return toIso(text, Options());
}

Result<DateNormalizer::Value> DateNormalizer::fromCell(const Cell &cell)
{
    return fromCell(cell, Options());
}

} // namespace tenarai
