#pragma once

#include <QList>
#include <QString>

namespace tenarai {

// One thing wrong (or doubtful) in a lesson pack, said the way an author can act on it: which
// file, where in it (a line for Markdown and broken JSON, a JSON path for a field), and what.
struct PackIssue
{
    enum class Severity : quint8 { Error, Warning };

    Severity severity = Severity::Error;
    QString file;      // pack-relative path ("exercises/dates.json"), or the pack's own path
    int line = -1;     // 1-based; -1 when not known
    int column = -1;   // 1-based; -1 when not known
    QString field;     // JSON path ("lessons[2].title.ja"); empty when not about a field
    QString message;   // translated, one sentence

    // "exercises/dates.json:12:5: lessons[2].title: message" with the parts that are known.
    QString toString() const;
    static PackIssue error(const QString &file, const QString &field, const QString &message);
    static PackIssue warning(const QString &file, const QString &field, const QString &message);
};

using PackIssues = QList<PackIssue>;

} // namespace tenarai
