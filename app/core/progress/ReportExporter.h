#pragma once

#include "Error.h"
#include "progress/ProgressReport.h"
#include "progress/Pseudonymiser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace tenarai {

struct ReportExportOptions
{
    // Replace names (and, in xAPI and SCORM, profile ids) with stable pseudonyms. The department
    // stays unless keepDepartment is false: HR counts by department, and a department of a few
    // people can identify them, so the choice is the exporter's.
    std::optional<Pseudonymiser> pseudonymiser;
    bool keepDepartment = true;

    // Times in CSV and SCORM files are written in this zone as "yyyy-MM-dd HH:mm:ss", which Excel
    // reads as a date; xAPI timestamps are always UTC.
    QTimeZone timeZone = QTimeZone::systemTimeZone();

    // xAPI: where activity IRIs start (pack/lesson/exercise follow, percent-encoded) and the
    // homePage of learners' accounts. Both must be absolute IRIs; ".invalid" never resolves (RFC
    // 2606), which is right for records that never leave the LAN. An organisation with an LRS
    // sets its own.
    QString activityBaseIri = QStringLiteral("https://tenarai.invalid/xapi/activities/");
    QString accountHomePage = QStringLiteral("https://tenarai.invalid/learners");
    // xAPI: also one "completed" statement per completed lesson (its id derived from the learner
    // and the lesson, so exporting again gives the same id and an LRS does not count it twice).
    bool xapiCompletions = true;
};

// Writes a ProgressReport for people and systems outside Tenarai:
// - CSV for HR and Excel: UTF-8 with a BOM and CRLF line ends, translated headings, one row per
//   learner and lesson (or pack, learner, attempt). A cell that starts with = + - @, a tab or a
//   carriage return gets a leading apostrophe so that a spreadsheet shows it as text instead of
//   running it as a formula (OWASP "CSV injection").
// - xAPI 1.0.3 statements (a JSON array, as POST /statements takes) for an LRS: one statement per
//   attempt, its id the attempt's UUID, so sending the file twice stores nothing twice.
// - A SCORM 1.2-shaped summary (the cmi.core data model's lesson_status, score and total_time per
//   learner and lesson) as CSV or JSON, which Japanese LMSs import.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ReportExporter)

public:
    enum class Format { Csv, Xapi, ScormCsv, ScormJson };
    enum class CsvLevel { Lessons, Packs, Learners, Attempts };

    static constexpr auto VerbCompleted = "http://adlnet.gov/expapi/verbs/completed";
    static constexpr auto VerbPassed = "http://adlnet.gov/expapi/verbs/passed";
    static constexpr auto VerbFailed = "http://adlnet.gov/expapi/verbs/failed";
    static constexpr auto VerbAttempted = "http://adlnet.gov/expapi/verbs/attempted";

    explicit ReportExporter(const ProgressReport &report, ReportExportOptions options = {});

    // Fails only for options that would give invalid output (a base IRI that is not absolute).
    Result<QByteArray> exportAs(Format format) const;

    QByteArray csv(CsvLevel level = CsvLevel::Lessons) const;
    Result<QJsonArray> xapiStatements() const;
    QJsonArray scormSummary() const;
    QByteArray scormCsv() const;

    // The pieces, public for the GUI's preview and for tests.
    static QString escapeCsvCell(const QString &cell);
    static QString isoDuration(qint64 milliseconds); // ISO 8601, e.g. "PT1H2M3.45S"; "PT0S" for 0
    static QString scormTimespan(qint64 milliseconds); // CMITimespan "HHHH:MM:SS.SS", capped at 9999 hours
    // passed (completed with a passed check), completed (completed, nothing to check), incomplete
    // (started, not completed) or "not attempted" (a listed lesson nobody started). Tenarai has no
    // browse mode and lets learners retry until they pass, so "browsed" and "failed" never occur.
    static QString scormLessonStatus(const LessonReportRow &row);
    static Status checkAbsoluteIri(const QString &iri, const QString &what);
    // The activity IRI of a pack, a lesson or an exercise (empty parts are left off).
    QString activityIri(const QString &packId, const QString &lessonId = {},
                        const QString &exerciseId = {}) const;

private:
    QString learnerId(const QString &profileId) const;
    QString learnerName(const QString &profileId, const QString &displayName) const;
    QString department(const QString &department) const;
    QString localTime(const QDateTime &utc) const;
    QByteArray writeCsv(const QList<QStringList> &rows) const;
    QJsonObject actor(const QString &profileId, const QString &displayName) const;

    ProgressReport m_report; // a copy: the lists are implicitly shared, and a temporary report cannot dangle
    ReportExportOptions m_options;
};

} // namespace tenarai
