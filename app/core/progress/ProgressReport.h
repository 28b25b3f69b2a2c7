#pragma once

#include "Error.h"
#include "progress/ProgressRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tenarai {

class ProgressStore;

// The records a report is made from, read once from a store (or built in memory by tests and by
// the workshop trainer, who holds participants' attempts without a store).
struct ProgressData
{
    QList<Profile> profiles;
    QList<Attempt> attempts;
    QList<Completion> completions;

    // An empty profileId reads every profile.
    static Result<ProgressData> load(const ProgressStore &store, const QString &profileId = {});
};

// One learner's record for one lesson. Versions of a pack are counted together: a learner who
// did lesson 1 of pack v1 and again of v2 has one row (packVersion is the latest one seen).
struct LessonReportRow
{
    QString profileId;
    QString profileName; // empty when the profile is not in the data
    QString department;
    QString packId;
    QString packVersion;
    QString lessonId;
    bool completed = false;
    QDateTime completedAt; // UTC; the first completion; invalid when not completed
    int attempts = 0;
    int passedAttempts = 0;
    int exercisesAttempted = 0; // distinct exercise ids
    int exercisesPassed = 0; // distinct exercise ids with at least one passed attempt
    double bestScore = 0; // 0.0 to 1.0, over finished attempts; 0 when none has finished
    double lastScore = 0; // of the attempt that finished last (unfinished ones have no score)
    bool lastPassed = false;
    qint64 timeSpentMs = 0; // sum over attempts of finishedAt - startedAt (invalid or negative: 0)
    int hintsUsed = 0;
    QDateTime firstAttemptAt; // startedAt of the earliest attempt; invalid when attempts == 0
    QDateTime lastAttemptAt; // finishedAt of the latest attempt
};

// One learner's record for one pack. lessonsTotal is the pack's lesson list when the report was
// told it (ProgressReport::setPackLessons), otherwise the lessons the learner has touched, so the
// ratio then reads "completed of attempted".
struct PackReportRow
{
    QString profileId;
    QString profileName;
    QString department;
    QString packId;
    QString packVersion;
    int lessonsTotal = 0;
    int lessonsAttempted = 0;
    int lessonsCompleted = 0;
    double completionRatio = 0; // lessonsCompleted / lessonsTotal, 0 when lessonsTotal == 0
    bool lessonListKnown = false; // lessonsTotal comes from setPackLessons
    int attempts = 0;
    int passedAttempts = 0;
    double averageBestScore = 0; // mean of the attempted lessons' best scores
    qint64 timeSpentMs = 0;
    int hintsUsed = 0;
    QDateTime firstAttemptAt;
    QDateTime lastAttemptAt;
};

// One learner over everything in the data.
struct ProfileReportRow
{
    QString profileId;
    QString profileName;
    QString department;
    int packs = 0; // packs with any record
    int lessonsTotal = 0; // sum over those packs of PackReportRow::lessonsTotal
    int lessonsAttempted = 0;
    int lessonsCompleted = 0;
    double completionRatio = 0;
    int attempts = 0;
    int passedAttempts = 0;
    qint64 timeSpentMs = 0;
    int hintsUsed = 0;
    QDateTime firstAttemptAt;
    QDateTime lastAttemptAt;
};

// One point of a score-over-time chart: one finished attempt.
struct ScorePoint
{
    QDateTime at; // the attempt's finishedAt (startedAt when finishedAt is invalid), UTC
    double score = 0;
    bool passed = false;
    QString attemptId;
    QString profileId;
    QString packId;
    QString lessonId;
    QString exerciseId;
};

// Per-lesson, per-pack and per-profile figures computed from ProgressData: what the dashboard
// charts and what the CSV, xAPI and SCORM exports write. Plain values, no store access, so the GUI
// can compute in a worker thread and the trainer's board can use it on in-memory data.
//
// Rows are sorted by profile name (then id), pack id and lesson id, so exports are stable.
class ProgressReport
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ProgressReport)

public:
    ProgressReport() = default;
    explicit ProgressReport(ProgressData data);

    const ProgressData &data() const { return m_data; }

    // The lessons a pack has (from its manifest), so that completion reads "of all lessons" and
    // lessons nobody has started appear (with attempts == 0) in lessonRows for every learner with
    // a record in that pack.
    void setPackLessons(const QString &packId, const QStringList &lessonIds);
    QStringList packLessons(const QString &packId) const;

    // Empty filters mean "all".
    QList<LessonReportRow> lessonRows(const QString &profileId = {}, const QString &packId = {}) const;
    QList<PackReportRow> packRows(const QString &profileId = {}) const;
    QList<ProfileReportRow> profileRows() const;

    // Finished attempts in time order (ties by attempt id).
    QList<ScorePoint> scoreSeries(const QString &profileId = {}, const QString &packId = {},
                                  const QString &lessonId = {}) const;

    // The profile's display name, or the id when the profile is not in the data.
    QString profileName(const QString &profileId) const;

    // finishedAt - startedAt in milliseconds; 0 when either is invalid or the difference negative.
    static qint64 attemptDurationMs(const Attempt &attempt);

private:
    ProgressData m_data;
    QHash<QString, QStringList> m_packLessons;
};

} // namespace tenarai
