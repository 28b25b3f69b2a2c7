#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace tenarai {

// One value in a table, with its kind kept so that steps and checkers compare values, not the
// strings a writer happened to produce. Dates and date-times are naive (no time zone), as in
// spreadsheets.
class Cell
{
public:
    // Stored in files (recipes, packs) by name; never renumber, only append.
    enum class Kind : quint8 {
        Empty = 0,
        Text = 1,
        Number = 2,
        Boolean = 3,
        Date = 4,
        DateTime = 5,
        Time = 6,   // a time of day or a duration such as [h]:mm:ss; may exceed 24 hours
        Error = 7,  // a spreadsheet error value such as #N/A or #DIV/0!
    };

    Cell() = default;
    static Cell text(const QString &text);
    static Cell number(double value);
    static Cell boolean(bool value);
    static Cell date(QDate date);
    static Cell dateTime(const QDateTime &dateTime);        // the wall-clock date and time are kept
    static Cell dateTime(QDate date, QTime time);
    static Cell time(qint64 milliseconds);                  // from midnight, or a duration
    static Cell error(const QString &code);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::Empty; }

    // Accessors return a neutral value for a cell of another kind.
    QString textValue() const { return (m_kind == Kind::Text || m_kind == Kind::Error) ? m_text : QString(); }
    double numberValue() const { return m_kind == Kind::Number ? m_number : 0.0; }
    bool booleanValue() const { return m_kind == Kind::Boolean && m_int != 0; }
    QDate dateValue() const;            // Date and DateTime
    QDateTime dateTimeValue() const;    // Date (at midnight) and DateTime, in Qt::UTC as a naive stamp
    qint64 timeMilliseconds() const { return m_kind == Kind::Time ? m_int : 0; }
    QString errorCode() const { return m_kind == Kind::Error ? m_text : QString(); }

    // The canonical text form used in CSV output and by default in views:
    // numbers in the shortest form that reads back exactly (no exponent below 1e15),
    // dates as ISO 8601 (2021-04-01), date-times as 2021-04-01T09:30:00, times as h:mm:ss
    // (hours may exceed 24), booleans as TRUE/FALSE, errors as their code.
    QString toString() const;

    static QString kindName(Kind kind);        // stable English identifiers: "text", "number"…
    static bool kindFromName(const QString &name, Kind *kind);

    // Same kind and same value. Numbers compare exactly; use a checker for tolerances.
    friend bool operator==(const Cell &a, const Cell &b);

    // Internal representation, for Table's compact storage.
    qint64 rawInt() const { return m_int; }
    static Cell fromRaw(Kind kind, qint64 rawInt, double number, const QString &text);

private:
    Kind m_kind = Kind::Empty;
    qint64 m_int = 0;        // Boolean 0/1; Date: Julian day; DateTime: ms since JD 0; Time: ms
    double m_number = 0.0;
    QString m_text;          // Text and Error
};

} // namespace tenarai
