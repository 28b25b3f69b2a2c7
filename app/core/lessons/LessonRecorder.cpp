#include "lessons/LessonRecorder.h"

#include "lessons/ExerciseChecker.h"
#include "progress/ProgressStore.h"

#include <QHash>

#include <algorithm>

namespace tenarai {

namespace {

// A mean of best scores of 0.8 must satisfy a minimum of 0.8 although it was summed in doubles.
constexpr double ScoreSlack = 1e-9;

Error lessonError(Error::Kind kind, const QString &message)
{
    Error e;
    e.kind = kind;
    e.message = message;
    return e;
}

} // namespace

LessonRecorder::LessonRecorder(ProgressStore *store, const Profile &profile)
    : m_store(store), m_profile(profile)
{ }

LessonStatus LessonRecorder::evaluate(const Pack &pack, const LessonEntry &lesson,
                                      const QList<Attempt> &attempts)
{
    // Best score and whether passed once, per exercise of this lesson; attempts of another pack,
    // another lesson or an exercise the lesson no longer has do not count.
    QHash<QString, double> best;
    QHash<QString, bool> passed;
    for (const Attempt &attempt : attempts) {
        if (attempt.packId != pack.id() || attempt.lessonId != lesson.id
            || !lesson.exercises.contains(attempt.exerciseId))
            continue;
        double &b = best[attempt.exerciseId];
        b = std::max(b, std::clamp(attempt.score, 0.0, 1.0));
        if (attempt.passed)
            passed[attempt.exerciseId] = true;
    }

    LessonStatus status;
    status.exerciseCount = int(lesson.exercises.size());
    double sum = 0.0;
    for (const QString &exercise : lesson.exercises) {
        sum += best.value(exercise, 0.0);
        if (passed.value(exercise, false))
            ++status.exercisesPassed;
    }
    status.meanBestScore = status.exerciseCount > 0 ? sum / status.exerciseCount : 0.0;
    switch (lesson.completion) {
    case LessonEntry::Completion::AllExercises:
        status.completed = status.exercisesPassed == status.exerciseCount;
        break;
    case LessonEntry::Completion::MinimumScore:
        status.completed = status.meanBestScore + ScoreSlack >= lesson.minimumScore;
        break;
    }
    return status;
}

Result<LessonStatus> LessonRecorder::status(const Pack &pack, const QString &lessonId) const
{
    const LessonEntry *lesson = pack.lesson(lessonId);
    if (!lesson)
        return lessonError(Error::Kind::InvalidArgument,
                           tr("The pack “%1” has no lesson “%2”.").arg(pack.id(), lessonId));
    if (!m_store || !m_store->isOpen())
        return lessonError(Error::Kind::Io, tr("The progress store is not open."));
    Result<QList<Attempt>> attempts = m_store->attempts(m_profile.id);
    if (!attempts)
        return attempts.error();
    return evaluate(pack, *lesson, attempts.value());
}

Result<LessonRecorder::Recorded> LessonRecorder::record(const Pack &pack, const Exercise &exercise,
                                                        const CheckResult &result, int hintsOpened,
                                                        const QDateTime &startedAt,
                                                        const QDateTime &finishedAt,
                                                        const QString &workshopSessionId)
{
    const LessonEntry *lesson = pack.lessonOf(exercise.id);
    if (!lesson)
        return lessonError(
            Error::Kind::InvalidArgument,
            tr("No lesson of the pack “%1” contains the exercise “%2”.").arg(pack.id(), exercise.id));
    if (!m_store || !m_store->isOpen())
        return lessonError(Error::Kind::Io, tr("The progress store is not open."));

    Attempt attempt;
    attempt.profileId = m_profile.id;
    attempt.packId = pack.id();
    attempt.packVersion = pack.version();
    attempt.lessonId = lesson->id;
    attempt.exerciseId = exercise.id;
    attempt.startedAt = startedAt.toUTC();
    attempt.finishedAt = finishedAt.isValid() ? finishedAt.toUTC() : QDateTime::currentDateTimeUtc();
    attempt.score = ExerciseChecker::scoreWithHints(exercise, result.score, hintsOpened);
    attempt.passed = result.passed;
    attempt.hintsUsed = std::max(0, hintsOpened);
    attempt.checkerSummary = result.summary;
    attempt.workshopSessionId = workshopSessionId;

    // The rule over every attempt of this learner, this one included; a completion is written
    // only the first time it holds, so the first completion's time is the one that counts.
    Result<QList<Attempt>> earlier = m_store->attempts(m_profile.id);
    if (!earlier)
        return earlier.error();
    QList<Attempt> all = earlier.value();
    all.append(attempt);
    const LessonStatus after = evaluate(pack, *lesson, all);

    bool alreadyCompleted = false;
    if (after.completed) {
        Result<QList<Completion>> completions = m_store->completions(m_profile.id);
        if (!completions)
            return completions.error();
        alreadyCompleted = std::any_of(completions->cbegin(), completions->cend(), [&](const Completion &c) {
            return c.packId == pack.id() && c.lessonId == lesson->id;
        });
    }

    std::optional<Completion> completion;
    if (after.completed && !alreadyCompleted) {
        Completion c;
        c.profileId = m_profile.id;
        c.packId = pack.id();
        c.packVersion = pack.version();
        c.lessonId = lesson->id;
        c.completedAt = attempt.finishedAt;
        completion = c;
    }
    Result<Attempt> written = m_store->recordAttempt(attempt, completion);
    if (!written)
        return written.error();

    Recorded recorded;
    recorded.attempt = written.value();
    recorded.lessonCompletedNow = completion.has_value();
    recorded.status = after;
    return recorded;
}

} // namespace tenarai
