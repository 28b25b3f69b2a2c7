#include "normalize/NumberNormalizer.h"

#include <QtNumeric>

#include <array>
#include <cmath>

namespace tenarai {

namespace {

// An exact decimal: mantissa / 10^scale.
struct Decimal
{
    qint64 mantissa = 0;
    int scale = 0;

    bool mulPow10(int k)
    {
        if (scale >= k) {
            scale -= k;
            return true;
        }
        for (int i = scale; i < k; ++i) {
            if (qMulOverflow(mantissa, qint64(10), &mantissa))
                return false;
        }
        scale = 0;
        return true;
    }

    bool add(Decimal other)
    {
        while (scale < other.scale) {
            if (qMulOverflow(mantissa, qint64(10), &mantissa))
                return false;
            ++scale;
        }
        while (other.scale < scale) {
            if (qMulOverflow(other.mantissa, qint64(10), &other.mantissa))
                return false;
            ++other.scale;
        }
        return !qAddOverflow(mantissa, other.mantissa, &mantissa);
    }

    bool isZero() const { return mantissa == 0; }

    double toDouble() const
    {
        if (scale == 0 && mantissa > -(Q_INT64_C(1) << 53) && mantissa < (Q_INT64_C(1) << 53))
            return double(mantissa); // exact
        // Through text, so that the result is the correctly rounded double of the decimal.
        QString s = QString::number(mantissa < 0 ? -mantissa : mantissa);
        if (scale > 0) {
            if (s.size() <= scale)
                s = QString(scale - s.size() + 1, u'0') + s;
            s.insert(s.size() - scale, u'.');
        }
        const double v = s.toDouble();
        return mantissa < 0 ? -v : v;
    }
};


int smallUnitExponent(QChar c)
{
    switch (c.unicode()) {
    case u'十': case u'拾': return 1;
    case u'百': case u'佰': return 2;
    case u'千': case u'阡': case u'仟': return 3;
    default: return 0;
    }
}

int bigUnitExponent(QChar c)
{
    switch (c.unicode()) {
    case u'万': case u'萬': return 4;
    case u'億': return 8;
    case u'兆': return 12;
    default: return 0;
    }
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isMinusLookalike(QChar c)
{
    switch (c.unicode()) {
    case u'-': case 0x2212: case 0xFF0D: case 0x2010: case 0x2011: case 0x2012: case 0x2013:
    case 0xFE63: case 0x30FC: case 0xFF70:
        return true;
    default:
        return false;
    }
}

bool isWaveDash(QChar c)
{
    return c == u'~' || c.unicode() == 0x301C || c.unicode() == 0xFF5E || c.unicode() == 0x223C;
}

// Full-width ASCII to ASCII (except ～, kept as a range mark), spaces removed unless they stand
// between two digits (then *spacedDigits is set).
QString prepare(QStringView text, bool *spacedDigits)
{
    QString s;
    s.reserve(text.size());
    *spacedDigits = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        QChar c = text[i];
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5D)
            c = QChar(char16_t(c.unicode() - 0xFEE0));
        if (c.isSpace()) {
            qsizetype j = i;
            while (j < n && text[j].isSpace())
                ++j;
            const auto digitAt = [&](qsizetype k) {
                if (k < 0 || k >= n)
                    return false;
                const char16_t u = text[k].unicode();
                return (u >= u'0' && u <= u'9') || (u >= 0xFF10 && u <= 0xFF19);
            };
            if (!s.isEmpty() && digitAt(i - 1) && digitAt(j))
                *spacedDigits = true;
            i = j - 1;
            continue;
        }
        s += c;
    }
    return s;
}

// The mixed arabic/kanji numeral grammar. Returns false with *why set on a grammar error.
enum class Why { None, NotNumber, Grouping, Order, TooLarge };

bool parseNumeral(QStringView s, Decimal *out, Why *why)
{
    Decimal total;
    Decimal group;          // the part below the last big unit
    Decimal pending;        // a number not yet multiplied by a unit
    bool hasPending = false;
    bool hasGroup = false;
    bool any = false;
    int lastBig = 99;
    int lastSmall = 99;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s[i];
        if (isAsciiDigit(c)) {
            if (hasPending) {
                *why = Why::NotNumber;
                return false;
            }
            // Arabic number with optional grouping and decimal point.
            qint64 m = 0;
            int digits = 0;
            int fraction = -1;  // digits after the point, -1 before it
            int groupLen = 0;   // digits since the last separator
            bool grouped = false;
            for (; i < n; ++i) {
                const QChar d = s[i];
                if (isAsciiDigit(d)) {
                    if (++digits > 18) {
                        *why = Why::TooLarge;
                        return false;
                    }
                    m = m * 10 + (d.unicode() - u'0');
                    ++groupLen;
                    if (fraction >= 0)
                        ++fraction;
                } else if ((d == u',' || d == u'、') && fraction < 0 && i + 1 < n && isAsciiDigit(s[i + 1])) {
                    if ((grouped ? groupLen != 3 : (groupLen < 1 || groupLen > 3))) {
                        *why = Why::Grouping;
                        return false;
                    }
                    grouped = true;
                    groupLen = 0;
                } else if (d == u'.' && fraction < 0 && i + 1 < n && isAsciiDigit(s[i + 1])) {
                    if (grouped && groupLen != 3) {
                        *why = Why::Grouping;
                        return false;
                    }
                    grouped = false;
                    fraction = 0;
                } else {
                    break;
                }
            }
            if (grouped && groupLen != 3) {
                *why = Why::Grouping;
                return false;
            }
            pending = Decimal{ m, fraction < 0 ? 0 : fraction };
            hasPending = true;
            any = true;
            continue;
        }
        if (NumberNormalizer::kanjiDigit(c) >= 0) {
            if (hasPending) {
                *why = Why::NotNumber;
                return false;
            }
            qint64 m = 0;
            int digits = 0;
            for (; i < n && NumberNormalizer::kanjiDigit(s[i]) >= 0; ++i) {
                if (++digits > 18) {
                    *why = Why::TooLarge;
                    return false;
                }
                m = m * 10 + NumberNormalizer::kanjiDigit(s[i]);
            }
            pending = Decimal{ m, 0 };
            hasPending = true;
            any = true;
            continue;
        }
        if (const int e = smallUnitExponent(c)) {
            if (e >= lastSmall) {
                *why = Why::Order;
                return false;
            }
            Decimal v = hasPending ? pending : Decimal{ 1, 0 };
            if (!v.mulPow10(e) || !group.add(v)) {
                *why = Why::TooLarge;
                return false;
            }
            hasPending = false;
            hasGroup = true;
            lastSmall = e;
            any = true;
            ++i;
            continue;
        }
        if (const int e = bigUnitExponent(c)) {
            if (e >= lastBig) {
                *why = Why::Order;
                return false;
            }
            if (!hasPending && !hasGroup) {
                *why = Why::NotNumber; // 万 or 億 alone: how many?
                return false;
            }
            if (hasPending && !group.add(pending)) {
                *why = Why::TooLarge;
                return false;
            }
            if (!group.mulPow10(e) || !total.add(group)) {
                *why = Why::TooLarge;
                return false;
            }
            group = Decimal();
            hasPending = false;
            hasGroup = false;
            lastBig = e;
            lastSmall = 99;
            ++i;
            continue;
        }
        *why = Why::NotNumber;
        return false;
    }
    if (!any) {
        *why = Why::NotNumber;
        return false;
    }
    if ((hasPending && !group.add(pending)) || !total.add(group)) {
        *why = Why::TooLarge;
        return false;
    }
    *out = total;
    return true;
}

// The words below all start outside ASCII; most amounts have nothing there but 円 and ¥, so
// one scan saves the searches.
bool mayContainWords(QStringView s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x3000 && u != u'円' && u != 0xFFE5 && u != 0x301C && u != 0xFF5E && u != 0x30FC && u != 0x25B3 && u != 0x25B2)
            return true;
    }
    return false;
}

bool containsAny(QStringView s, std::initializer_list<const char16_t *> words, QString *found)
{
    for (const char16_t *w : words) {
        if (s.contains(QStringView(w))) {
            *found = QString::fromUtf16(w);
            return true;
        }
    }
    return false;
}

} // namespace

Result<double> NumberNormalizer::parseAmount(QStringView text, const AmountOptions &options)
{
    bool spacedDigits = false;
    QString s = prepare(text, &spacedDigits);
    const QString shown = text.toString().trimmed();
    if (s.isEmpty())
        return formatError(tr("The value is empty."));
    if (spacedDigits)
        return formatError(tr("\"%1\" has spaces between digits; it is not read as one amount.").arg(shown));

    QString word;
    const bool words = mayContainWords(s);
    if (words && containsAny(s, { u"約", u"程度", u"くらい", u"ぐらい", u"位", u"前後", u"概算", u"見込", u"以上", u"以下",
                         u"未満", u"超", u"余り", u"強", u"弱" },
                    &word))
        return formatError(tr("\"%1\" is an approximate amount (%2); it is reported, not guessed.").arg(shown, word));
    if (words && containsAny(s, { u"無料", u"ただ", u"タダ", u"無償" }, &word)) {
        if (options.freeAsZero && s.size() == word.size())
            return 0.0;
        return formatError(tr("\"%1\" means free of charge; it becomes 0 only when \"free counts as 0\" is on.")
                               .arg(shown));
    }
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (isWaveDash(s[i]) || (i > 0 && isMinusLookalike(s[i]) && s[i].unicode() != 0x30FC && s[i].unicode() != 0xFF70
                                 && (isAsciiDigit(s[i - 1]) || s[i - 1] == u'円')))
            return formatError(tr("\"%1\" is a range, not one amount.").arg(shown));
    }
    if (words && s.contains(QStringView(u"から")))
        return formatError(tr("\"%1\" is a range, not one amount.").arg(shown));

    QStringView v(s);
    bool negative = false;
    auto stripCurrencyPrefix = [&v] {
        if (v.startsWith(u'金'))
            v = v.mid(1);
        if (v.startsWith(QChar(0x00A5)) || v.startsWith(QChar(0xFFE5)) || v.startsWith(u'\\'))
            v = v.mid(1);
    };
    stripCurrencyPrefix();
    if (options.parenthesesNegative && v.size() >= 2 && v.startsWith(u'(') && v.endsWith(u')')) {
        negative = true;
        v = v.mid(1, v.size() - 2);
        stripCurrencyPrefix();
    }
    if (!v.isEmpty() && (isMinusLookalike(v[0]) || v[0].unicode() == 0x25B3 || v[0].unicode() == 0x25B2)) {
        if (negative)
            return formatError(tr("\"%1\" is not an amount.").arg(shown));
        negative = true;
        v = v.mid(1);
    } else if (v.startsWith(u'+')) {
        v = v.mid(1);
    }
    stripCurrencyPrefix();
    if (v.endsWith(u'也'))
        v.chop(1);
    if (v.endsWith(u'円'))
        v.chop(1);

    Decimal value;
    Why why = Why::None;
    if (!parseNumeral(v, &value, &why)) {
        switch (why) {
        case Why::Grouping:
            return formatError(tr("The digit grouping in \"%1\" is not in thousands.").arg(shown));
        case Why::Order:
            return formatError(tr("The units in \"%1\" are out of order.").arg(shown));
        case Why::TooLarge:
            return formatError(tr("\"%1\" is too large.").arg(shown));
        case Why::None:
        case Why::NotNumber:
            break;
        }
        return formatError(tr("\"%1\" is not an amount.").arg(shown));
    }
    if (negative && !value.isZero())
        value.mantissa = -value.mantissa;
    return value.toDouble();
}

Result<qint64> NumberNormalizer::parseKanjiNumeral(QStringView text)
{
    const QString shown = text.toString().trimmed();
    const QStringView v = QStringView(shown);
    if (v.isEmpty())
        return formatError(tr("The value is empty."));
    for (const QChar c : v) {
        if (NumberNormalizer::kanjiDigit(c) < 0 && smallUnitExponent(c) == 0 && bigUnitExponent(c) == 0)
            return formatError(tr("\"%1\" is not a kanji numeral.").arg(shown));
    }
    Decimal value;
    Why why = Why::None;
    if (!parseNumeral(v, &value, &why)) {
        if (why == Why::Order)
            return formatError(tr("The units in \"%1\" are out of order.").arg(shown));
        if (why == Why::TooLarge)
            return formatError(tr("\"%1\" is too large.").arg(shown));
        return formatError(tr("\"%1\" is not a kanji numeral.").arg(shown));
    }
    return value.mantissa;
}

namespace {

// Shared by toInteger/toDecimal: folds width and the minus look-alikes, trims, and checks the
// thousands grouping. Returns the ASCII form or sets *error.
QString plainNumberText(QStringView text, QString *error)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(char16_t(c.unicode() - 0xFEE0));
        if (c.unicode() == 0x2212)
            c = u'-';
        s += c;
    }
    s = s.trimmed();
    const QString shown = text.toString().trimmed();
    if (s.isEmpty()) {
        *error = NumberNormalizer::tr("The value is empty.");
        return {};
    }
    // Remove commas that group thousands; refuse any other comma.
    if (s.contains(u',')) {
        const qsizetype start = (s.startsWith(u'-') || s.startsWith(u'+')) ? 1 : 0;
        qsizetype end = s.indexOf(u'.');
        if (end < 0)
            end = s.size();
        const QStringView intPart = QStringView(s).mid(start, end - start);
        const QList<QStringView> groups = intPart.split(u',');
        bool ok = groups.size() > 1 && !groups.front().isEmpty() && groups.front().size() <= 3;
        for (qsizetype g = 1; ok && g < groups.size(); ++g)
            ok = groups[g].size() == 3;
        if (!ok || s.indexOf(u',', end) >= 0) {
            *error = NumberNormalizer::tr("The digit grouping in \"%1\" is not in thousands.").arg(shown);
            return {};
        }
        s.remove(u',');
    }
    return s;
}

} // namespace

Result<qint64> NumberNormalizer::toInteger(QStringView text)
{
    QString error;
    const QString s = plainNumberText(text, &error);
    if (!error.isEmpty())
        return formatError(error);
    const QString shown = text.toString().trimmed();
    qsizetype i = (s.startsWith(u'-') || s.startsWith(u'+')) ? 1 : 0;
    const qsizetype digitsStart = i;
    while (i < s.size() && isAsciiDigit(s[i]))
        ++i;
    const qsizetype digitsEnd = i;
    if (digitsEnd == digitsStart)
        return formatError(tr("\"%1\" is not a number.").arg(shown));
    if (i < s.size() && s[i] == u'.') {
        ++i;
        bool zeros = true;
        bool anyDigit = false;
        for (; i < s.size() && isAsciiDigit(s[i]); ++i) {
            anyDigit = true;
            zeros = zeros && s[i] == u'0';
        }
        if (i == s.size() && anyDigit && !zeros)
            return formatError(tr("\"%1\" has a fractional part; it is not a whole number.").arg(shown));
        if (!anyDigit)
            return formatError(tr("\"%1\" is not a number.").arg(shown));
    }
    if (i != s.size())
        return formatError(tr("\"%1\" is not a number.").arg(shown));
    bool ok = false;
    const qint64 v = QStringView(s).left(digitsEnd).toLongLong(&ok);
    if (!ok)
        return formatError(tr("\"%1\" is too large for a whole number.").arg(shown));
    return v;
}

Result<double> NumberNormalizer::toDecimal(QStringView text)
{
    QString error;
    const QString s = plainNumberText(text, &error);
    if (!error.isEmpty())
        return formatError(error);
    const QString shown = text.toString().trimmed();
    // sign? digits [. digits] ([eE] sign? digits)?  -- checked by hand so that "inf", "nan",
    // hex and a bare "." are refused.
    qsizetype i = (s.startsWith(u'-') || s.startsWith(u'+')) ? 1 : 0;
    qsizetype digits = 0;
    while (i < s.size() && isAsciiDigit(s[i])) {
        ++i;
        ++digits;
    }
    if (i < s.size() && s[i] == u'.') {
        ++i;
        while (i < s.size() && isAsciiDigit(s[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return formatError(tr("\"%1\" is not a number.").arg(shown));
    if (i < s.size() && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
            ++i;
        qsizetype expDigits = 0;
        while (i < s.size() && isAsciiDigit(s[i])) {
            ++i;
            ++expDigits;
        }
        if (expDigits == 0)
            return formatError(tr("\"%1\" is not a number.").arg(shown));
    }
    if (i != s.size())
        return formatError(tr("\"%1\" is not a number.").arg(shown));
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return formatError(tr("\"%1\" is too large.").arg(shown));
    return v == 0 ? 0.0 : v;
}

int NumberNormalizer::kanjiDigit(QChar c)
{
    switch (c.unicode()) {
    case u'〇': case u'零': return 0;
    case u'一': case u'壱': return 1;
    case u'二': case u'弐': return 2;
    case u'三': case u'参': return 3;
    case u'四': return 4;
    case u'五': return 5;
    case u'六': return 6;
    case u'七': return 7;
    case u'八': return 8;
    case u'九': return 9;
    default: return -1;
    }
}

} // namespace tenarai
