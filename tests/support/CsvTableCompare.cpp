#include "CsvTableCompare.h"

#include <QRegularExpression>

#include <cmath>

namespace {

struct Normalised
{
    char kind = 's'; // n: number, d: date, t: time or duration, b: boolean, s: string
    double number = 0;
    QString text;
};

Normalised normalise(const QString &value)
{
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$)"));
    static const QRegularExpression date(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?$)"));
    static const QRegularExpression time(QStringLiteral(R"(^(-?)(\d+):(\d{2}):(\d{2})(\.\d+)?$)"));
    const QString v = value.trimmed();
    if (number.match(v).hasMatch())
        return { 'n', v.toDouble(), {} };
    if (const QRegularExpressionMatch m = date.match(v); m.hasMatch()) {
        QString t = m.captured(2).isEmpty() ? QStringLiteral("00:00:00") : m.captured(2);
        if (t.size() == 5)
            t += QStringLiteral(":00");
        t = t.section(QLatin1Char('.'), 0, 0);
        return { 'd', 0, m.captured(1) + QLatin1Char(' ') + t };
    }
    // openpyxl writes 09:05:00 where Tenarai's canonical form is 9:05:00: compare the value.
    if (const QRegularExpressionMatch m = time.match(v); m.hasMatch()) {
        const double seconds = m.captured(2).toDouble() * 3600 + m.captured(3).toDouble() * 60
            + m.captured(4).toDouble() + (m.captured(5).isEmpty() ? 0.0 : m.captured(5).toDouble());
        return { 't', m.captured(1).isEmpty() ? seconds : -seconds, {} };
    }
    if (v.toUpper() == u"TRUE" || v.toUpper() == u"FALSE")
        return { 'b', 0, v.toUpper() };
    return { 's', 0, value };
}

bool same(const QString &a, const QString &b)
{
    const Normalised na = normalise(a);
    const Normalised nb = normalise(b);
    if (na.kind != nb.kind)
        return false;
    if (na.kind == 'n') {
        return na.number == nb.number
            || std::fabs(na.number - nb.number)
            <= std::max(1e-9 * std::max(std::fabs(na.number), std::fabs(nb.number)), 1e-12);
    }
    if (na.kind == 't')
        return std::fabs(na.number - nb.number) < 0.0015; // openpyxl keeps microseconds, Tenarai ms
    return na.text == nb.text;
}

void trim(QList<QStringList> &rows)
{
    for (QStringList &row : rows) {
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
    }
    while (!rows.isEmpty() && rows.last().isEmpty())
        rows.removeLast();
}

} // namespace

QList<QStringList> CsvTableCompare::parse(const QByteArray &utf8)
{
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        any = true;
        if (quoted) {
            if (ch == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            row << field;
            field.clear();
        } else if (ch == u'\r' || ch == u'\n') {
            if (ch == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << field;
            field.clear();
            rows << row;
            row.clear();
            any = false;
        } else {
            field += ch;
        }
    }
    if (any) {
        row << field;
        rows << row;
    }
    return rows;
}

QString CsvTableCompare::differences(const QList<QStringList> &expectedRows,
                                     const QList<QStringList> &actualRows)
{
    QList<QStringList> expected = expectedRows;
    QList<QStringList> actual = actualRows;
    trim(expected);
    trim(actual);
    QStringList first;
    int bad = 0;
    const qsizetype rows = std::max(expected.size(), actual.size());
    for (qsizetype r = 0; r < rows; ++r) {
        const QStringList e = r < expected.size() ? expected.at(r) : QStringList();
        const QStringList a = r < actual.size() ? actual.at(r) : QStringList();
        for (qsizetype c = 0; c < std::max(e.size(), a.size()); ++c) {
            const QString ev = c < e.size() ? e.at(c) : QString();
            const QString av = c < a.size() ? a.at(c) : QString();
            if (!same(ev, av)) {
                ++bad;
                if (first.size() < 3)
                    first
                        << QStringLiteral("r%1c%2: expected '%3' got '%4'").arg(r + 1).arg(c + 1).arg(ev, av);
            }
        }
    }
    if (bad == 0)
        return {};
    return QStringLiteral("%1 cells differ; ").arg(bad) + first.join(QStringLiteral("; "));
}
