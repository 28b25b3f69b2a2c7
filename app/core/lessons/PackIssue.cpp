#include "lessons/PackIssue.h"

#include <QStringList>

namespace tenarai {

QString PackIssue::toString() const
{
    // The compiler-style "file:line:column:" lets editors and CI logs jump to the place.
    QStringList where;
    if (!file.isEmpty())
        where << file;
    if (line > 0) {
        where << QString::number(line);
        if (column > 0)
            where << QString::number(column);
    }
    QStringList parts;
    if (!where.isEmpty())
        parts << where.join(u':');
    if (!field.isEmpty())
        parts << field;
    parts << message;
    return parts.join(QStringLiteral(": "));
}

PackIssue PackIssue::error(const QString &file, const QString &field, const QString &message)
{
    PackIssue issue;
    issue.severity = Severity::Error;
    issue.file = file;
    issue.field = field;
    issue.message = message;
    return issue;
}

PackIssue PackIssue::warning(const QString &file, const QString &field, const QString &message)
{
    PackIssue issue = error(file, field, message);
    issue.severity = Severity::Warning;
    return issue;
}

} // namespace tenarai
