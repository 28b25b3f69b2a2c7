// Recording checked answers: each Check leaves one attempt with the score after the hint
// penalty, and the lesson's completion is written once, in the same transaction as the attempt
// that first satisfies the lesson's rule.
#include "lessons/LessonRecorder.h"
#include "progress/ProgressStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace tenarai;

namespace {

// A pack with two lessons built in code: "basics" needs every exercise passed, "review" a mean
// best score of 0.75. The recorder reads no pack files, so the folder stays empty.
class RecorderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = std::make_unique<ProgressStore>();
        const Status opened
            = m_store->open(StoreLocation::sqlite(m_dir.filePath(QStringLiteral("progress.sqlite"))));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        const Result<Profile> profile
            = m_store->createProfile(QStringLiteral("山田 花子"), QStringLiteral("市民課"));
        ASSERT_TRUE(profile.ok());
        m_profile = profile.value();

        PackManifest manifest;
        manifest.id = QStringLiteral("test.recorder");
        manifest.version = QStringLiteral("1.2.0");
        LessonEntry basics;
        basics.id = QStringLiteral("basics");
        basics.exercises = { QStringLiteral("ex-a"), QStringLiteral("ex-b") };
        basics.completion = LessonEntry::Completion::AllExercises;
        LessonEntry review;
        review.id = QStringLiteral("review");
        review.exercises = { QStringLiteral("ex-c"), QStringLiteral("ex-d") };
        review.completion = LessonEntry::Completion::MinimumScore;
        review.minimumScore = 0.75;
        manifest.lessons = { basics, review };
        QList<Exercise> exercises;
        for (const char *id : { "ex-a", "ex-b", "ex-c", "ex-d" }) {
            Exercise e;
            e.id = QLatin1String(id);
            e.kind = ExerciseKind::Quiz;
            e.hintPenalty = 0.1;
            exercises << e;
            manifest.exercises.append(
                { e.id, QStringLiteral("exercises/") + e.id + QStringLiteral(".json") });
        }
        ASSERT_TRUE(m_packDir.isValid());
        auto source = PackSource::open(m_packDir.path());
        ASSERT_TRUE(source.ok()) << source.error().toString().toStdString();
        m_pack = std::make_shared<const Pack>(manifest, exercises, source.value());
    }

    const Exercise &exercise(const char *id) const { return *m_pack->exercise(QLatin1String(id)); }

    static CheckResult checked(bool passed, double score,
                               const QString &summary = QStringLiteral("2 of 3 questions right"))
    {
        CheckResult result;
        result.passed = passed;
        result.score = score;
        result.summary = summary;
        return result;
    }

    Result<LessonRecorder::Recorded> record(const char *id, const CheckResult &result, int hints = 0)
    {
        LessonRecorder recorder(m_store.get(), m_profile);
        return recorder.record(*m_pack, exercise(id), result, hints, m_started, m_finished);
    }

    int completionEvents() const
    {
        const Result<QList<Event>> events = m_store->events(m_profile.id);
        EXPECT_TRUE(events.ok());
        int count = 0;
        for (const Event &event : events.value())
            count += event.type == QLatin1String(Event::LessonCompleted) ? 1 : 0;
        return count;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_packDir;
    std::unique_ptr<ProgressStore> m_store;
    Profile m_profile;
    std::shared_ptr<const Pack> m_pack;
    const QDateTime m_started = QDateTime(QDate(2026, 5, 11), QTime(10, 0, 0), Qt::UTC);
    const QDateTime m_finished = QDateTime(QDate(2026, 5, 11), QTime(10, 7, 30), Qt::UTC);
};

} // namespace

TEST_F(RecorderTest, RecordsTheAttemptWithTheHintPenalty)
{
    const auto recorded
        = record("ex-a", checked(true, 1.0, QStringLiteral("The table matches the target.")), 2);
    ASSERT_TRUE(recorded.ok()) << recorded.error().toString().toStdString();
    const Attempt &attempt = recorded->attempt;
    EXPECT_FALSE(attempt.id.isEmpty());
    EXPECT_EQ(attempt.profileId, m_profile.id);
    EXPECT_EQ(attempt.packId, QStringLiteral("test.recorder"));
    EXPECT_EQ(attempt.packVersion, QStringLiteral("1.2.0"));
    EXPECT_EQ(attempt.lessonId, QStringLiteral("basics"));
    EXPECT_EQ(attempt.exerciseId, QStringLiteral("ex-a"));
    EXPECT_NEAR(attempt.score, 0.8, 1e-12);
    EXPECT_TRUE(attempt.passed);
    EXPECT_EQ(attempt.hintsUsed, 2);
    EXPECT_EQ(attempt.checkerSummary, QStringLiteral("The table matches the target."));
    EXPECT_EQ(attempt.startedAt, m_started);
    EXPECT_EQ(attempt.finishedAt, m_finished);
    EXPECT_FALSE(recorded->lessonCompletedNow); // ex-b is still to do

    // What the store gives back is what was recorded.
    const Result<QList<Attempt>> stored = m_store->attempts(m_profile.id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().id, attempt.id);
    EXPECT_NEAR(stored->first().score, 0.8, 1e-12);
    EXPECT_EQ(stored->first().hintsUsed, 2);
    EXPECT_EQ(stored->first().lessonId, QStringLiteral("basics"));

    // A workshop attempt carries the session.
    const QString session = newRecordId();
    LessonRecorder recorder(m_store.get(), m_profile);
    const auto inWorkshop
        = recorder.record(*m_pack, exercise("ex-c"), checked(false, 0.5), 0, m_started, m_finished, session);
    ASSERT_TRUE(inWorkshop.ok()) << inWorkshop.error().toString().toStdString();
    EXPECT_EQ(inWorkshop->attempt.workshopSessionId, session);
    EXPECT_EQ(inWorkshop->attempt.lessonId, QStringLiteral("review"));
}

TEST_F(RecorderTest, CompletionIsRecordedOnceWhenEveryExerciseHasPassed)
{
    ASSERT_TRUE(record("ex-a", checked(false, 0.4)).ok());
    EXPECT_EQ(completionEvents(), 0);
    ASSERT_TRUE(record("ex-a", checked(true, 1.0)).ok());
    EXPECT_EQ(completionEvents(), 0);

    const auto completing = record("ex-b", checked(true, 1.0), 1);
    ASSERT_TRUE(completing.ok());
    EXPECT_TRUE(completing->lessonCompletedNow);
    EXPECT_TRUE(completing->status.completed);
    EXPECT_EQ(completing->status.exercisesPassed, 2);
    EXPECT_EQ(completing->status.exerciseCount, 2);
    EXPECT_NEAR(completing->status.meanBestScore, 0.95, 1e-12);
    EXPECT_EQ(completionEvents(), 1);

    const Result<QList<Completion>> completions = m_store->completions(m_profile.id);
    ASSERT_TRUE(completions.ok());
    ASSERT_EQ(completions->size(), 1);
    EXPECT_EQ(completions->first().lessonId, QStringLiteral("basics"));
    EXPECT_EQ(completions->first().packId, QStringLiteral("test.recorder"));
    EXPECT_EQ(completions->first().packVersion, QStringLiteral("1.2.0"));
    EXPECT_EQ(completions->first().completedAt, m_finished);

    // Practising again (and failing) neither writes another completion nor undoes it.
    const auto again = record("ex-b", checked(false, 0.2));
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->lessonCompletedNow);
    EXPECT_TRUE(again->status.completed);
    const auto thirdTime = record("ex-a", checked(true, 1.0));
    ASSERT_TRUE(thirdTime.ok());
    EXPECT_FALSE(thirdTime->lessonCompletedNow);
    EXPECT_EQ(completionEvents(), 1);
    EXPECT_EQ(m_store->attempts(m_profile.id)->size(), 5);
}

TEST_F(RecorderTest, MinimumScoreRuleUsesTheMeanOfBestScores)
{
    // Best scores 0.6 and 0 give 0.3; 0.6 and 0.8 give 0.7; 0.6 and 0.9 give 0.75.
    auto first = record("ex-c", checked(false, 0.6));
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->status.completed);
    EXPECT_NEAR(first->status.meanBestScore, 0.3, 1e-12);

    auto second = record("ex-d", checked(false, 0.8));
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(second->lessonCompletedNow);
    EXPECT_NEAR(second->status.meanBestScore, 0.7, 1e-12);

    // A worse attempt does not lower the best score.
    auto worse = record("ex-c", checked(false, 0.1));
    ASSERT_TRUE(worse.ok());
    EXPECT_NEAR(worse->status.meanBestScore, 0.7, 1e-12);
    EXPECT_EQ(completionEvents(), 0);

    // 1.0 with one hint opened is 0.9: the penalty counts towards the rule too.
    auto third = record("ex-d", checked(true, 1.0), 1);
    ASSERT_TRUE(third.ok());
    EXPECT_TRUE(third->lessonCompletedNow);
    EXPECT_NEAR(third->status.meanBestScore, 0.75, 1e-12);
    EXPECT_EQ(third->status.exercisesPassed, 1);
    EXPECT_EQ(completionEvents(), 1);
}

TEST_F(RecorderTest, StatusReadsTheStore)
{
    LessonRecorder recorder(m_store.get(), m_profile);
    const Result<LessonStatus> before = recorder.status(*m_pack, QStringLiteral("basics"));
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->exerciseCount, 2);
    EXPECT_EQ(before->exercisesPassed, 0);
    EXPECT_DOUBLE_EQ(before->meanBestScore, 0.0);
    EXPECT_FALSE(before->completed);

    ASSERT_TRUE(record("ex-a", checked(true, 1.0)).ok());
    ASSERT_TRUE(record("ex-b", checked(false, 0.5)).ok());
    const Result<LessonStatus> after = recorder.status(*m_pack, QStringLiteral("basics"));
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->exercisesPassed, 1);
    EXPECT_NEAR(after->meanBestScore, 0.75, 1e-12);
    EXPECT_FALSE(after->completed);

    // Another learner's attempts are not this learner's progress.
    const Result<Profile> other = m_store->createProfile(QStringLiteral("佐藤 一郎"));
    ASSERT_TRUE(other.ok());
    LessonRecorder otherRecorder(m_store.get(), other.value());
    const Result<LessonStatus> theirs = otherRecorder.status(*m_pack, QStringLiteral("basics"));
    ASSERT_TRUE(theirs.ok());
    EXPECT_EQ(theirs->exercisesPassed, 0);

    const Result<LessonStatus> unknown = recorder.status(*m_pack, QStringLiteral("no-such-lesson"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("no-such-lesson")));
}

TEST_F(RecorderTest, EvaluateCountsOnlyThisPackAndLesson)
{
    const LessonEntry &basics = m_pack->manifest().lessons.first();
    auto attempt = [&](const QString &pack, const QString &lesson, const QString &exercise, bool passed,
                       double score) {
        Attempt a;
        a.packId = pack;
        a.packVersion = QStringLiteral("0.9.0"); // an older version of the pack still counts
        a.lessonId = lesson;
        a.exerciseId = exercise;
        a.passed = passed;
        a.score = score;
        return a;
    };
    const QString pack = QStringLiteral("test.recorder");
    QList<Attempt> attempts
        = { attempt(QStringLiteral("other.pack"), QStringLiteral("basics"), QStringLiteral("ex-a"), true, 1),
            attempt(pack, QStringLiteral("review"), QStringLiteral("ex-b"), true, 1),
            attempt(pack, QStringLiteral("basics"), QStringLiteral("ex-a"), true, 0.9) };
    LessonStatus status = LessonRecorder::evaluate(*m_pack, basics, attempts);
    EXPECT_EQ(status.exercisesPassed, 1);
    EXPECT_FALSE(status.completed);
    EXPECT_NEAR(status.meanBestScore, 0.45, 1e-12);

    attempts << attempt(pack, QStringLiteral("basics"), QStringLiteral("ex-b"), true, 0.3);
    status = LessonRecorder::evaluate(*m_pack, basics, attempts);
    EXPECT_TRUE(status.completed); // AllExercises: passed once each, whatever the score after hints
    EXPECT_EQ(status.exercisesPassed, 2);
}

TEST_F(RecorderTest, ClosedStoreIsAnError)
{
    m_store->close();
    const auto recorded = record("ex-a", checked(true, 1.0));
    ASSERT_FALSE(recorded.ok());
    EXPECT_FALSE(recorded.error().message.isEmpty());
}
