#pragma once

#include "Error.h"
#include "lessons/CheckResult.h"
#include "lessons/Pack.h"
#include "progress/ProgressRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace tenarai {

class ProgressStore;

// Where a learner stands in one lesson, from the attempts recorded for them.
struct LessonStatus
{
    int exercisesPassed = 0;
    int exerciseCount = 0;
    double meanBestScore = 0.0;   // over the lesson's exercises, 0 for one never tried
    bool completed = false;       // by the lesson's completion rule
};

// Records checked answers into the progress store the way every caller (the lesson view, the
// workshop client, `tenarai-cli submit`) must: one Attempt per Check, with the score after the
// hint penalty, and the lesson's Completion in the same transaction the first time the
// lesson's completion rule holds.
class LessonRecorder
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::LessonRecorder)
public:
    LessonRecorder(ProgressStore *store, const Profile &profile);

    struct Recorded
    {
        Attempt attempt;
        bool lessonCompletedNow = false; // this attempt completed the lesson for the first time
        LessonStatus status;             // after this attempt
    };

    Result<Recorded> record(const Pack &pack, const Exercise &exercise, const CheckResult &result, int hintsOpened,
                            const QDateTime &startedAt, const QDateTime &finishedAt = QDateTime::currentDateTimeUtc(),
                            const QString &workshopSessionId = QString());

    Result<LessonStatus> status(const Pack &pack, const QString &lessonId) const;
    // The rule alone, over attempts of this profile (any pack version of the same pack id).
    static LessonStatus evaluate(const Pack &pack, const LessonEntry &lesson, const QList<Attempt> &attempts);

private:
    ProgressStore *m_store = nullptr;
    Profile m_profile;
};

} // namespace tenarai
