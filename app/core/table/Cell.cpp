#include "table/Cell.h"

#include <cmath>
#include <limits>

namespace tenarai {

namespace {
constexpr qint64 MsPerDay = 86400000;

QString formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    // Integers up to 2^53 print without a decimal point or exponent, as Excel shows them.
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    // Shortest representation that round-trips.
    QString s = QString::number(value, 'g', QLocale::FloatingPointShortest);
    return s;
}
} // namespace

Cell Cell::text(const QString &text)
{
    Cell c;
    c.m_kind = Kind::Text;
    c.m_text = text;
    return c;
}

Cell Cell::number(double value)
{
    Cell c;
    c.m_kind = Kind::Number;
    c.m_number = value;
    return c;
}

Cell Cell::boolean(bool value)
{
    Cell c;
    c.m_kind = Kind::Boolean;
    c.m_int = value ? 1 : 0;
    return c;
}

Cell Cell::date(QDate date)
{
    if (!date.isValid())
        return {};
    Cell c;
    c.m_kind = Kind::Date;
    c.m_int = date.toJulianDay();
    return c;
}

Cell Cell::dateTime(QDate date, QTime time)
{
    if (!date.isValid())
        return {};
    Cell c;
    c.m_kind = Kind::DateTime;
    c.m_int = date.toJulianDay() * MsPerDay + (time.isValid() ? time.msecsSinceStartOfDay() : 0);
    return c;
}

Cell Cell::dateTime(const QDateTime &dateTime)
{
    return Cell::dateTime(dateTime.date(), dateTime.time());
}

Cell Cell::time(qint64 milliseconds)
{
    Cell c;
    c.m_kind = Kind::Time;
    c.m_int = milliseconds;
    return c;
}

Cell Cell::error(const QString &code)
{
    Cell c;
    c.m_kind = Kind::Error;
    c.m_text = code;
    return c;
}

Cell Cell::fromRaw(Kind kind, qint64 rawInt, double number, const QString &text)
{
    Cell c;
    c.m_kind = kind;
    c.m_int = rawInt;
    c.m_number = number;
    c.m_text = text;
    return c;
}

QDate Cell::dateValue() const
{
    if (m_kind == Kind::Date)
        return QDate::fromJulianDay(m_int);
    if (m_kind == Kind::DateTime)
        return QDate::fromJulianDay(m_int / MsPerDay);
    return {};
}

QDateTime Cell::dateTimeValue() const
{
    if (m_kind == Kind::Date)
        return QDateTime(QDate::fromJulianDay(m_int), QTime(0, 0), Qt::UTC);
    if (m_kind == Kind::DateTime)
        return QDateTime(QDate::fromJulianDay(m_int / MsPerDay),
                         QTime::fromMSecsSinceStartOfDay(int(m_int % MsPerDay)), Qt::UTC);
    return {};
}

QString Cell::toString() const
{
    switch (m_kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
    case Kind::Error:
        return m_text;
    case Kind::Number:
        return formatNumber(m_number);
    case Kind::Boolean:
        return m_int ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Kind::Date:
        return QDate::fromJulianDay(m_int).toString(Qt::ISODate);
    case Kind::DateTime: {
        const QDateTime dt = dateTimeValue();
        const QTime t = dt.time();
        return dt.date().toString(Qt::ISODate) + QLatin1Char('T')
               + t.toString(t.msec() ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
    }
    case Kind::Time: {
        qint64 ms = m_int;
        const bool negative = ms < 0;
        if (negative)
            ms = -ms;
        const qint64 hours = ms / 3600000;
        const qint64 minutes = (ms / 60000) % 60;
        const qint64 seconds = (ms / 1000) % 60;
        const qint64 millis = ms % 1000;
        QString s = QStringLiteral("%1%2:%3:%4")
                        .arg(negative ? QStringLiteral("-") : QString())
                        .arg(hours)
                        .arg(minutes, 2, 10, QLatin1Char('0'))
                        .arg(seconds, 2, 10, QLatin1Char('0'));
        if (millis)
            s += QStringLiteral(".%1").arg(millis, 3, 10, QLatin1Char('0'));
        return s;
    }
    }
    return {};
}

QString Cell::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Empty: return QStringLiteral("empty");
    case Kind::Text: return QStringLiteral("text");
    case Kind::Number: return QStringLiteral("number");
    case Kind::Boolean: return QStringLiteral("boolean");
    case Kind::Date: return QStringLiteral("date");
    case Kind::DateTime: return QStringLiteral("datetime");
    case Kind::Time: return QStringLiteral("time");
    case Kind::Error: return QStringLiteral("error");
    }
    return {};
}

bool Cell::kindFromName(const QString &name, Kind *kind)
{
    for (int k = 0; k <= int(Kind::Error); ++k) {
        if (kindName(Kind(k)) == name) {
            *kind = Kind(k);
            return true;
        }
    }
    return false;
}

bool operator==(const Cell &a, const Cell &b)
{
    if (a.m_kind != b.m_kind)
        return false;
    switch (a.m_kind) {
    case Cell::Kind::Empty:
        return true;
    case Cell::Kind::Text:
    case Cell::Kind::Error:
        return a.m_text == b.m_text;
    case Cell::Kind::Number:
        return a.m_number == b.m_number || (std::isnan(a.m_number) && std::isnan(b.m_number));
    default:
        return a.m_int == b.m_int;
    }
}

} // namespace tenarai
