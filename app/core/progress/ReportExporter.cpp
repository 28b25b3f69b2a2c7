#include "progress/ReportExporter.h"

#include "io/CsvWriter.h"
#include "table/Table.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace tenarai {

namespace {

QString number(double value, int decimals)
{
    // Fixed decimals with trailing zeros removed: "80", "66.67". Locale-free, as Excel and LMSs read.
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

double clampScore(double score)
{
    return std::isfinite(score) ? std::clamp(score, 0.0, 1.0) : 0.0;
}

QString percent(double score)
{
    return number(clampScore(score) * 100.0, 2);
}

QString minutes(qint64 milliseconds)
{
    return number(double(milliseconds) / 60000.0, 1);
}

QString yesNo(bool value)
{
    return value ? ReportExporter::tr("yes") : ReportExporter::tr("no");
}

// The display of a verb in both languages Tenarai ships: an LRS shows whichever its user reads,
// whatever the exporting PC's language, so these are fixed rather than translated.
QJsonObject verb(const char *id, const QString &english, const QString &japanese)
{
    return QJsonObject { { QStringLiteral("id"), QString::fromLatin1(id) },
                         { QStringLiteral("display"),
                           QJsonObject { { QStringLiteral("en-US"), english },
                                         { QStringLiteral("ja-JP"), japanese } } } };
}

// Namespace for the ids of completion statements (UUID v5 of learner, pack and lesson). Stored in
// LRSs: never change it.
const QUuid CompletionNamespace(QStringLiteral("{0f3c6a58-6a43-4d0e-9a53-2f6b8e1c7d21}"));

// Extensions Tenarai defines (an xAPI extension key must be an IRI). Stored in LRSs: never change.
const QString HintsUsedExtension = QStringLiteral("https://tenarai.invalid/xapi/extensions/hints-used");
const QString PackVersionExtension = QStringLiteral("https://tenarai.invalid/xapi/extensions/pack-version");

// The attempt's own UUID, so that sending a statement twice stores it once. Records from the store
// always have one; an id that is not a UUID (hand-made data) gets a stable one derived from it.
QString statementId(const QString &attemptId)
{
    const QUuid uuid(attemptId);
    return (uuid.isNull() ? QUuid::createUuidV5(CompletionNamespace, attemptId) : uuid)
        .toString(QUuid::WithoutBraces);
}

} // namespace

ReportExporter::ReportExporter(const ProgressReport &report, ReportExportOptions options)
    : m_report(report), m_options(std::move(options))
{ }

Result<QByteArray> ReportExporter::exportAs(Format format) const
{
    switch (format) {
    case Format::Csv:
        return csv();
    case Format::Xapi: {
        Result<QJsonArray> statements = xapiStatements();
        if (!statements)
            return statements.error();
        return QJsonDocument(statements.value()).toJson(QJsonDocument::Indented);
    }
    case Format::ScormCsv:
        return scormCsv();
    case Format::ScormJson:
        return QJsonDocument(
                   QJsonObject { { QStringLiteral("format"), QStringLiteral("tenarai-scorm12-summary") },
                                 { QStringLiteral("version"), 1 },
                                 { QStringLiteral("records"), scormSummary() } })
            .toJson(QJsonDocument::Indented);
    }
    return QByteArray();
}

QString ReportExporter::escapeCsvCell(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r'
        || first == u'＝' || first == u'＋' || first == u'－' || first == u'＠')
        return QLatin1Char('\'') + cell;
    return cell;
}

QString ReportExporter::isoDuration(qint64 milliseconds)
{
    milliseconds = std::max<qint64>(0, milliseconds);
    const qint64 centis = (milliseconds + 5) / 10;
    const qint64 hours = centis / 360000;
    const qint64 mins = centis / 6000 % 60;
    const qint64 secs = centis % 6000;
    QString text = QStringLiteral("PT");
    if (hours > 0)
        text += QString::number(hours) + QLatin1Char('H');
    if (mins > 0)
        text += QString::number(mins) + QLatin1Char('M');
    if (secs > 0 || (hours == 0 && mins == 0))
        text += number(double(secs) / 100.0, 2) + QLatin1Char('S');
    return text;
}

QString ReportExporter::scormTimespan(qint64 milliseconds)
{
    constexpr qint64 MaxCentis = (9999LL * 3600 + 59 * 60 + 59) * 100 + 99;
    const qint64 centis = std::min((std::max<qint64>(0, milliseconds) + 5) / 10, MaxCentis);
    return QStringLiteral("%1:%2:%3.%4")
        .arg(centis / 360000, 4, 10, QLatin1Char('0'))
        .arg(centis / 6000 % 60, 2, 10, QLatin1Char('0'))
        .arg(centis / 100 % 60, 2, 10, QLatin1Char('0'))
        .arg(centis % 100, 2, 10, QLatin1Char('0'));
}

QString ReportExporter::scormLessonStatus(const LessonReportRow &row)
{
    if (row.completed)
        return row.passedAttempts > 0 ? QStringLiteral("passed") : QStringLiteral("completed");
    return row.attempts > 0 ? QStringLiteral("incomplete") : QStringLiteral("not attempted");
}

Status ReportExporter::checkAbsoluteIri(const QString &iri, const QString &what)
{
    const QUrl url(iri, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.scheme().isEmpty() || url.host().isEmpty()
        || iri.contains(QLatin1Char(' '))) {
        Error e;
        e.kind = Error::Kind::InvalidArgument;
        e.message = tr("The %1 “%2” is not an absolute address such as “https://lms.example.lg.jp/xapi/”.")
                        .arg(what, iri);
        return e;
    }
    return Ok {};
}

QString ReportExporter::activityIri(const QString &packId, const QString &lessonId,
                                    const QString &exerciseId) const
{
    QString iri = m_options.activityBaseIri;
    if (!iri.endsWith(QLatin1Char('/')))
        iri += QLatin1Char('/');
    QStringList parts;
    for (const QString &part : { packId, lessonId, exerciseId }) {
        if (!part.isEmpty())
            parts << QString::fromLatin1(QUrl::toPercentEncoding(part));
    }
    return iri + parts.join(QLatin1Char('/'));
}

QString ReportExporter::learnerId(const QString &profileId) const
{
    return m_options.pseudonymiser ? m_options.pseudonymiser->pseudonymousId(profileId) : profileId;
}

QString ReportExporter::learnerName(const QString &profileId, const QString &displayName) const
{
    return m_options.pseudonymiser ? m_options.pseudonymiser->pseudonym(profileId) : displayName;
}

QString ReportExporter::department(const QString &department) const
{
    return m_options.pseudonymiser && !m_options.keepDepartment ? QString() : department;
}

QString ReportExporter::localTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return QString();
    return utc.toTimeZone(m_options.timeZone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QByteArray ReportExporter::writeCsv(const QList<QStringList> &rows) const
{
    Table table;
    for (const QStringList &row : rows) {
        QList<Cell> cells;
        cells.reserve(row.size());
        for (const QString &text : row)
            cells.append(Cell::text(escapeCsvCell(text)));
        table.appendRow(cells);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // UTF-8 holds every character, so writing to memory cannot fail.
    (void)CsvWriter::write(&buffer, QString(), table);
    return bytes;
}

QByteArray ReportExporter::csv(CsvLevel level) const
{
    QList<QStringList> rows;
    switch (level) {
    case CsvLevel::Lessons:
        rows.append({ tr("Learner ID"), tr("Learner"), tr("Department"), tr("Pack"), tr("Pack version"),
                      tr("Lesson"), tr("Completed"), tr("Completed at"), tr("Attempts"),
                      tr("Passed attempts"), tr("Exercises attempted"), tr("Exercises passed"),
                      tr("Best score (%)"), tr("Last score (%)"), tr("Time spent (minutes)"),
                      tr("Hints used"), tr("First attempt"), tr("Last attempt") });
        for (const LessonReportRow &r : m_report.lessonRows()) {
            const bool scored = r.attempts > 0;
            rows.append({ learnerId(r.profileId), learnerName(r.profileId, r.profileName),
                          department(r.department), r.packId, r.packVersion, r.lessonId, yesNo(r.completed),
                          localTime(r.completedAt), QString::number(r.attempts),
                          QString::number(r.passedAttempts), QString::number(r.exercisesAttempted),
                          QString::number(r.exercisesPassed), scored ? percent(r.bestScore) : QString(),
                          scored ? percent(r.lastScore) : QString(), minutes(r.timeSpentMs),
                          QString::number(r.hintsUsed), localTime(r.firstAttemptAt),
                          localTime(r.lastAttemptAt) });
        }
        break;
    case CsvLevel::Packs:
        rows.append({ tr("Learner ID"), tr("Learner"), tr("Department"), tr("Pack"), tr("Pack version"),
                      tr("Lessons"), tr("Lessons attempted"), tr("Lessons completed"), tr("Completion (%)"),
                      tr("Attempts"), tr("Passed attempts"), tr("Average best score (%)"),
                      tr("Time spent (minutes)"), tr("Hints used"), tr("First attempt"),
                      tr("Last attempt") });
        for (const PackReportRow &r : m_report.packRows()) {
            rows.append(
                { learnerId(r.profileId), learnerName(r.profileId, r.profileName), department(r.department),
                  r.packId, r.packVersion, QString::number(r.lessonsTotal),
                  QString::number(r.lessonsAttempted), QString::number(r.lessonsCompleted),
                  percent(r.completionRatio), QString::number(r.attempts), QString::number(r.passedAttempts),
                  r.lessonsAttempted > 0 ? percent(r.averageBestScore) : QString(), minutes(r.timeSpentMs),
                  QString::number(r.hintsUsed), localTime(r.firstAttemptAt), localTime(r.lastAttemptAt) });
        }
        break;
    case CsvLevel::Learners:
        rows.append({ tr("Learner ID"), tr("Learner"), tr("Department"), tr("Packs"), tr("Lessons"),
                      tr("Lessons attempted"), tr("Lessons completed"), tr("Completion (%)"), tr("Attempts"),
                      tr("Passed attempts"), tr("Time spent (minutes)"), tr("Hints used"),
                      tr("First attempt"), tr("Last attempt") });
        for (const ProfileReportRow &r : m_report.profileRows()) {
            rows.append({ learnerId(r.profileId), learnerName(r.profileId, r.profileName),
                          department(r.department), QString::number(r.packs), QString::number(r.lessonsTotal),
                          QString::number(r.lessonsAttempted), QString::number(r.lessonsCompleted),
                          percent(r.completionRatio), QString::number(r.attempts),
                          QString::number(r.passedAttempts), minutes(r.timeSpentMs),
                          QString::number(r.hintsUsed), localTime(r.firstAttemptAt),
                          localTime(r.lastAttemptAt) });
        }
        break;
    case CsvLevel::Attempts: {
        rows.append({ tr("Attempt ID"), tr("Learner ID"), tr("Learner"), tr("Department"), tr("Pack"),
                      tr("Pack version"), tr("Lesson"), tr("Exercise"), tr("Started at"), tr("Finished at"),
                      tr("Score (%)"), tr("Passed"), tr("Hints used"), tr("Time spent (minutes)") });
        QHash<QString, const Profile *> profiles;
        for (const Profile &p : m_report.data().profiles)
            profiles.insert(p.id, &p);
        QList<Attempt> attempts = m_report.data().attempts;
        std::stable_sort(attempts.begin(), attempts.end(), [](const Attempt &a, const Attempt &b) {
            return std::tie(a.startedAt, a.id) < std::tie(b.startedAt, b.id);
        });
        for (const Attempt &a : std::as_const(attempts)) {
            const Profile *p = profiles.value(a.profileId);
            rows.append({ a.id, learnerId(a.profileId),
                          learnerName(a.profileId, p ? p->displayName : QString()),
                          department(p ? p->department : QString()), a.packId, a.packVersion, a.lessonId,
                          a.exerciseId, localTime(a.startedAt), localTime(a.finishedAt), percent(a.score),
                          yesNo(a.passed), QString::number(a.hintsUsed),
                          minutes(ProgressReport::attemptDurationMs(a)) });
        }
        break;
    }
    }
    return writeCsv(rows);
}

QJsonObject ReportExporter::actor(const QString &profileId, const QString &displayName) const
{
    QJsonObject agent { { QStringLiteral("objectType"), QStringLiteral("Agent") },
                        { QStringLiteral("account"),
                          QJsonObject { { QStringLiteral("homePage"), m_options.accountHomePage },
                                        { QStringLiteral("name"), learnerId(profileId) } } } };
    const QString name = learnerName(profileId, displayName);
    if (!name.isEmpty())
        agent.insert(QStringLiteral("name"), name);
    return agent;
}

Result<QJsonArray> ReportExporter::xapiStatements() const
{
    if (Status s = checkAbsoluteIri(m_options.activityBaseIri, tr("activity address")); !s)
        return s.error();
    if (Status s = checkAbsoluteIri(m_options.accountHomePage, tr("account home page")); !s)
        return s.error();

    QHash<QString, QString> names;
    for (const Profile &p : m_report.data().profiles)
        names.insert(p.id, p.displayName);
    auto activity = [this](const QString &iri, const QString &name, const char *type) {
        QJsonObject definition { { QStringLiteral("type"), QString::fromLatin1(type) } };
        if (!name.isEmpty())
            definition.insert(QStringLiteral("name"), QJsonObject { { QStringLiteral("und"), name } });
        return QJsonObject { { QStringLiteral("objectType"), QStringLiteral("Activity") },
                             { QStringLiteral("id"), iri },
                             { QStringLiteral("definition"), definition } };
    };
    constexpr auto CourseType = "http://adlnet.gov/expapi/activities/course";
    constexpr auto LessonType = "http://adlnet.gov/expapi/activities/lesson";
    constexpr auto InteractionType = "http://adlnet.gov/expapi/activities/interaction";

    QList<Attempt> attempts = m_report.data().attempts;
    std::stable_sort(attempts.begin(), attempts.end(), [](const Attempt &a, const Attempt &b) {
        return std::tie(a.startedAt, a.id) < std::tie(b.startedAt, b.id);
    });
    QJsonArray statements;
    for (const Attempt &a : std::as_const(attempts)) {
        const bool finished = a.finishedAt.isValid();
        const QJsonObject verbObject = !finished
            ? verb(VerbAttempted, QStringLiteral("attempted"), QStringLiteral("挑戦した"))
            : a.passed ? verb(VerbPassed, QStringLiteral("passed"), QStringLiteral("合格した"))
                       : verb(VerbFailed, QStringLiteral("failed"), QStringLiteral("不合格だった"));
        QJsonObject result { { QStringLiteral("success"), finished && a.passed },
                             { QStringLiteral("completion"), finished } };
        if (finished) {
            const double scaled = clampScore(a.score);
            result.insert(QStringLiteral("score"),
                          QJsonObject { { QStringLiteral("scaled"), std::round(scaled * 10000.0) / 10000.0 },
                                        { QStringLiteral("raw"), std::round(scaled * 10000.0) / 100.0 },
                                        { QStringLiteral("min"), 0 },
                                        { QStringLiteral("max"), 100 } });
            result.insert(QStringLiteral("duration"), isoDuration(ProgressReport::attemptDurationMs(a)));
        }
        result.insert(QStringLiteral("extensions"), QJsonObject { { HintsUsedExtension, a.hintsUsed } });

        QJsonObject context {
            { QStringLiteral("platform"), QStringLiteral("Tenarai") },
            { QStringLiteral("contextActivities"),
              QJsonObject {
                  { QStringLiteral("parent"),
                    QJsonArray { activity(activityIri(a.packId, a.lessonId), a.lessonId, LessonType) } },
                  { QStringLiteral("grouping"),
                    QJsonArray { activity(activityIri(a.packId), a.packId, CourseType) } } } },
        };
        if (!a.packVersion.isEmpty())
            context.insert(QStringLiteral("extensions"),
                           QJsonObject { { PackVersionExtension, a.packVersion } });
        const QDateTime at = finished ? a.finishedAt : a.startedAt;
        QJsonObject statement {
            { QStringLiteral("id"), statementId(a.id) },
            { QStringLiteral("actor"), actor(a.profileId, names.value(a.profileId)) },
            { QStringLiteral("verb"), verbObject },
            { QStringLiteral("object"),
              activity(activityIri(a.packId, a.lessonId, a.exerciseId), a.exerciseId, InteractionType) },
            { QStringLiteral("result"), result },
            { QStringLiteral("context"), context },
        };
        if (at.isValid())
            statement.insert(QStringLiteral("timestamp"), at.toUTC().toString(Qt::ISODateWithMs));
        statements.append(statement);
    }
    if (m_options.xapiCompletions) {
        for (const LessonReportRow &r : m_report.lessonRows()) {
            if (!r.completed)
                continue;
            const QUuid id = QUuid::createUuidV5(
                CompletionNamespace,
                QStringList { r.profileId, r.packId, r.lessonId }.join(QLatin1Char('\n')));
            QJsonObject statement {
                { QStringLiteral("id"), id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("actor"), actor(r.profileId, r.profileName) },
                { QStringLiteral("verb"),
                  verb(VerbCompleted, QStringLiteral("completed"), QStringLiteral("修了した")) },
                { QStringLiteral("object"),
                  activity(activityIri(r.packId, r.lessonId), r.lessonId, LessonType) },
                { QStringLiteral("result"), QJsonObject { { QStringLiteral("completion"), true } } },
                { QStringLiteral("context"),
                  QJsonObject { { QStringLiteral("platform"), QStringLiteral("Tenarai") },
                                { QStringLiteral("contextActivities"),
                                  QJsonObject { { QStringLiteral("grouping"),
                                                  QJsonArray { activity(activityIri(r.packId), r.packId,
                                                                        CourseType) } } } } } },
            };
            if (r.completedAt.isValid())
                statement.insert(QStringLiteral("timestamp"),
                                 r.completedAt.toUTC().toString(Qt::ISODateWithMs));
            statements.append(statement);
        }
    }
    return statements;
}

QJsonArray ReportExporter::scormSummary() const
{
    QJsonArray records;
    for (const LessonReportRow &r : m_report.lessonRows()) {
        QJsonObject record {
            { QStringLiteral("learner_id"), learnerId(r.profileId) },
            { QStringLiteral("learner_name"), learnerName(r.profileId, r.profileName) },
            { QStringLiteral("course_id"), r.packId },
            { QStringLiteral("lesson_id"), r.lessonId },
            { QStringLiteral("cmi.core.lesson_status"), scormLessonStatus(r) },
            { QStringLiteral("cmi.core.score.raw"),
              r.attempts > 0 ? QJsonValue(percent(r.bestScore).toDouble()) : QJsonValue() },
            { QStringLiteral("cmi.core.score.min"), 0 },
            { QStringLiteral("cmi.core.score.max"), 100 },
            { QStringLiteral("cmi.core.total_time"), scormTimespan(r.timeSpentMs) },
            { QStringLiteral("attempts"), r.attempts },
            { QStringLiteral("completed_at"),
              r.completedAt.isValid() ? r.completedAt.toUTC().toString(Qt::ISODate) : QString() },
        };
        const QString dept = department(r.department);
        if (!dept.isEmpty())
            record.insert(QStringLiteral("department"), dept);
        records.append(record);
    }
    return records;
}

QByteArray ReportExporter::scormCsv() const
{
    // Column names are the SCORM data model's, which LMS import screens map by name: not translated.
    QList<QStringList> rows { { QStringLiteral("learner_id"), QStringLiteral("learner_name"),
                                QStringLiteral("department"), QStringLiteral("course_id"),
                                QStringLiteral("lesson_id"), QStringLiteral("cmi.core.lesson_status"),
                                QStringLiteral("cmi.core.score.raw"), QStringLiteral("cmi.core.score.min"),
                                QStringLiteral("cmi.core.score.max"), QStringLiteral("cmi.core.total_time"),
                                QStringLiteral("attempts"), QStringLiteral("completed_at") } };
    for (const LessonReportRow &r : m_report.lessonRows()) {
        rows.append({ learnerId(r.profileId), learnerName(r.profileId, r.profileName),
                      department(r.department), r.packId, r.lessonId, scormLessonStatus(r),
                      r.attempts > 0 ? percent(r.bestScore) : QString(), QStringLiteral("0"),
                      QStringLiteral("100"), scormTimespan(r.timeSpentMs), QString::number(r.attempts),
                      localTime(r.completedAt) });
    }
    return writeCsv(rows);
}

} // namespace tenarai
