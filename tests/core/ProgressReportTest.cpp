// The figures the dashboard charts and the exports write: per lesson, per pack and per learner.
#include "progress/ProgressReport.h"
#include "progress/ProgressStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {

const QDateTime T0(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);

Profile profile(const QString &name, const QString &department = {})
{
    Profile p;
    p.id = newRecordId();
    p.displayName = name;
    p.department = department;
    p.createdAt = T0;
    return p;
}

// An attempt that started `startMinute` minutes after T0 and lasted `seconds`.
Attempt attempt(const Profile &p, const QString &pack, const QString &lesson, const QString &exercise,
                double score, bool passed, int startMinute, int seconds, int hints = 0,
                const QString &version = QStringLiteral("1.0"))
{
    Attempt a;
    a.id = newRecordId();
    a.profileId = p.id;
    a.packId = pack;
    a.packVersion = version;
    a.lessonId = lesson;
    a.exerciseId = exercise;
    a.startedAt = T0.addSecs(qint64(startMinute) * 60);
    a.finishedAt = a.startedAt.addSecs(seconds);
    a.score = score;
    a.passed = passed;
    a.hintsUsed = hints;
    return a;
}

Completion completion(const Profile &p, const QString &pack, const QString &lesson, int minute,
                      const QString &version = QStringLiteral("1.0"))
{
    return Completion { p.id, pack, version, lesson, T0.addSecs(qint64(minute) * 60) };
}

const QString Pack = QStringLiteral("cleaning-basics");

} // namespace

TEST(ProgressReport, LessonRowAddsUpAttemptsTimeAndHints)
{
    const Profile sato = profile(QStringLiteral("佐藤"), QStringLiteral("総務課"));
    ProgressData data;
    data.profiles = { sato };
    Attempt unfinished = attempt(sato, Pack, QStringLiteral("l1"), QStringLiteral("e2"), 0, false, 30, 0);
    unfinished.finishedAt = QDateTime();
    data.attempts = {
        attempt(sato, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 0.5, false, 0, 60, 1),
        attempt(sato, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 0.9, true, 5, 90, 2),
        attempt(sato, Pack, QStringLiteral("l1"), QStringLiteral("e2"), 0.75, false, 10, 30),
        unfinished,
    };
    const QList<LessonReportRow> rows = ProgressReport(data).lessonRows();
    ASSERT_EQ(rows.size(), 1);
    const LessonReportRow &row = rows.first();
    EXPECT_EQ(row.profileId, sato.id);
    EXPECT_EQ(row.profileName, QStringLiteral("佐藤"));
    EXPECT_EQ(row.department, QStringLiteral("総務課"));
    EXPECT_EQ(row.lessonId, QStringLiteral("l1"));
    EXPECT_EQ(row.attempts, 4);
    EXPECT_EQ(row.passedAttempts, 1);
    EXPECT_EQ(row.exercisesAttempted, 2);
    EXPECT_EQ(row.exercisesPassed, 1);
    EXPECT_DOUBLE_EQ(row.bestScore, 0.9);
    // The unfinished attempt started last but was never checked: the last finished one gives the score.
    EXPECT_DOUBLE_EQ(row.lastScore, 0.75);
    EXPECT_EQ(row.timeSpentMs, (60 + 90 + 30) * 1000);
    EXPECT_EQ(row.hintsUsed, 3);
    EXPECT_EQ(row.firstAttemptAt, T0);
    EXPECT_EQ(row.lastAttemptAt, T0.addSecs(30 * 60));
    EXPECT_FALSE(row.completed);
}

TEST(ProgressReport, LastScoreIsOfTheAttemptThatFinishedLast)
{
    const Profile sato = profile(QStringLiteral("佐藤"));
    ProgressData data;
    data.profiles = { sato };
    // Listed out of order, as a merged bundle may give them.
    data.attempts = {
        attempt(sato, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 0.6, false, 20, 10),
        attempt(sato, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 1.0, true, 0, 10),
    };
    const LessonReportRow row = ProgressReport(data).lessonRows().first();
    EXPECT_DOUBLE_EQ(row.lastScore, 0.6);
    EXPECT_FALSE(row.lastPassed);
    EXPECT_DOUBLE_EQ(row.bestScore, 1.0);
}

TEST(ProgressReport, NegativeOrMissingTimesCountAsNoTimeSpent)
{
    const Profile sato = profile(QStringLiteral("佐藤"));
    Attempt backwards = attempt(sato, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 1, true, 10, 60);
    std::swap(backwards.startedAt, backwards.finishedAt); // a PC clock set back during the attempt
    EXPECT_EQ(ProgressReport::attemptDurationMs(backwards), 0);
    Attempt open = attempt(sato, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 1, true, 10, 60);
    open.finishedAt = QDateTime();
    EXPECT_EQ(ProgressReport::attemptDurationMs(open), 0);
    EXPECT_EQ(ProgressReport::attemptDurationMs(
                  attempt(sato, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 1, true, 0, 61)),
              61000);
}

TEST(ProgressReport, FirstCompletionCountsAndNeedsNoAttempt)
{
    const Profile sato = profile(QStringLiteral("佐藤"));
    ProgressData data;
    data.profiles = { sato };
    data.completions = { completion(sato, Pack, QStringLiteral("intro"), 50, QStringLiteral("2.0")),
                         completion(sato, Pack, QStringLiteral("intro"), 20, QStringLiteral("1.0")) };
    const QList<LessonReportRow> rows = ProgressReport(data).lessonRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_TRUE(rows.first().completed);
    EXPECT_EQ(rows.first().completedAt, T0.addSecs(20 * 60));
    EXPECT_EQ(rows.first().attempts, 0);
    // Versions are counted together; the row shows the one used last.
    EXPECT_EQ(rows.first().packVersion, QStringLiteral("2.0"));
}

TEST(ProgressReport, PackCompletionIsOfAttemptedLessonsUnlessTheLessonListIsKnown)
{
    const Profile sato = profile(QStringLiteral("佐藤"));
    ProgressData data;
    data.profiles = { sato };
    data.attempts = { attempt(sato, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 1, true, 0, 60),
                      attempt(sato, Pack, QStringLiteral("l2"), QStringLiteral("e1"), 0.4, false, 5, 60),
                      attempt(sato, Pack, QStringLiteral("old"), QStringLiteral("e1"), 1, true, 6, 60) };
    data.completions = { completion(sato, Pack, QStringLiteral("l1"), 2),
                         completion(sato, Pack, QStringLiteral("old"), 7) };
    ProgressReport report(data);

    QList<PackReportRow> packs = report.packRows();
    ASSERT_EQ(packs.size(), 1);
    EXPECT_FALSE(packs.first().lessonListKnown);
    EXPECT_EQ(packs.first().lessonsTotal, 3);
    EXPECT_EQ(packs.first().lessonsAttempted, 3);
    EXPECT_EQ(packs.first().lessonsCompleted, 2);
    EXPECT_DOUBLE_EQ(packs.first().completionRatio, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(packs.first().averageBestScore, (1 + 0.4 + 1) / 3.0);
    EXPECT_EQ(packs.first().attempts, 3);
    EXPECT_EQ(packs.first().timeSpentMs, 180000);

    // The pack has four lessons; "old" was dropped from it and no longer counts towards completion.
    report.setPackLessons(
        Pack, { QStringLiteral("l3"), QStringLiteral("l1"), QStringLiteral("l2"), QStringLiteral("l4") });
    packs = report.packRows();
    ASSERT_EQ(packs.size(), 1);
    EXPECT_TRUE(packs.first().lessonListKnown);
    EXPECT_EQ(packs.first().lessonsTotal, 4);
    EXPECT_EQ(packs.first().lessonsAttempted, 2);
    EXPECT_EQ(packs.first().lessonsCompleted, 1);
    EXPECT_DOUBLE_EQ(packs.first().completionRatio, 0.25);
    EXPECT_EQ(packs.first().attempts, 3); // the work on "old" was still done

    // Lessons not started yet are listed, in the pack's order, then lessons it no longer has.
    const QList<LessonReportRow> lessons = report.lessonRows();
    QStringList order;
    for (const LessonReportRow &row : lessons)
        order << row.lessonId;
    EXPECT_EQ(order,
              (QStringList { QStringLiteral("l3"), QStringLiteral("l1"), QStringLiteral("l2"),
                             QStringLiteral("l4"), QStringLiteral("old") }));
    EXPECT_EQ(lessons.first().attempts, 0);
    EXPECT_FALSE(lessons.first().completed);
    EXPECT_EQ(lessons.first().profileName, QStringLiteral("佐藤"));
}

TEST(ProgressReport, RowsPerLearnerAndFilters)
{
    const Profile sato = profile(QStringLiteral("佐藤"), QStringLiteral("総務課"));
    const Profile suzuki = profile(QStringLiteral("鈴木"), QStringLiteral("税務課"));
    const Profile tanaka = profile(QStringLiteral("田中")); // has not started
    const QString forms = QStringLiteral("survey-form");
    ProgressData data;
    data.profiles = { tanaka, suzuki, sato };
    data.attempts
        = { attempt(sato, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 1, true, 0, 60, 1),
            attempt(sato, forms, QStringLiteral("f1"), QStringLiteral("e1"), 0.5, false, 10, 120),
            attempt(suzuki, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 0.2, false, 3, 600, 4) };
    data.completions = { completion(sato, Pack, QStringLiteral("l1"), 1) };
    const ProgressReport report(data);

    EXPECT_EQ(report.lessonRows().size(), 3);
    EXPECT_EQ(report.lessonRows(suzuki.id).size(), 1);
    EXPECT_EQ(report.lessonRows({}, forms).size(), 1);
    EXPECT_EQ(report.lessonRows(sato.id, Pack).size(), 1);
    EXPECT_TRUE(report.lessonRows(tanaka.id).isEmpty());
    EXPECT_EQ(report.packRows(sato.id).size(), 2);

    const QList<ProfileReportRow> learners = report.profileRows();
    ASSERT_EQ(learners.size(), 3);
    // Sorted by name (code point order, stable between runs): 佐藤 < 田中 < 鈴木.
    EXPECT_EQ(learners.at(0).profileName, QStringLiteral("佐藤"));
    EXPECT_EQ(learners.at(1).profileName, QStringLiteral("田中"));
    EXPECT_EQ(learners.at(2).profileName, QStringLiteral("鈴木"));
    const ProfileReportRow &s = learners.at(0);
    EXPECT_EQ(s.packs, 2);
    EXPECT_EQ(s.lessonsTotal, 2);
    EXPECT_EQ(s.lessonsCompleted, 1);
    EXPECT_DOUBLE_EQ(s.completionRatio, 0.5);
    EXPECT_EQ(s.attempts, 2);
    EXPECT_EQ(s.passedAttempts, 1);
    EXPECT_EQ(s.timeSpentMs, 180000);
    EXPECT_EQ(s.hintsUsed, 1);
    EXPECT_EQ(s.department, QStringLiteral("総務課"));
    EXPECT_EQ(learners.at(1).attempts, 0);
    EXPECT_EQ(learners.at(1).packs, 0);
    EXPECT_DOUBLE_EQ(learners.at(1).completionRatio, 0);
    EXPECT_EQ(learners.at(2).timeSpentMs, 600000);
    EXPECT_EQ(learners.at(2).hintsUsed, 4);
}

TEST(ProgressReport, RecordsOfAnUnknownProfileAreKeptUnderItsId)
{
    ProgressData data;
    const Profile ghost = profile(QStringLiteral("unused"));
    data.attempts = { attempt(ghost, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 1, true, 0, 60) };
    const ProgressReport report(data);
    ASSERT_EQ(report.lessonRows().size(), 1);
    EXPECT_TRUE(report.lessonRows().first().profileName.isEmpty());
    EXPECT_EQ(report.profileName(ghost.id), ghost.id);
    ASSERT_EQ(report.profileRows().size(), 1);
    EXPECT_EQ(report.profileRows().first().attempts, 1);
}

TEST(ProgressReport, ScoreSeriesInTimeOrder)
{
    const Profile sato = profile(QStringLiteral("佐藤"));
    const Profile suzuki = profile(QStringLiteral("鈴木"));
    ProgressData data;
    data.profiles = { sato, suzuki };
    Attempt timeless = attempt(sato, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 1, true, 0, 0);
    timeless.startedAt = timeless.finishedAt = QDateTime();
    data.attempts
        = { attempt(sato, Pack, QStringLiteral("l2"), QStringLiteral("e1"), 0.8, true, 30, 60),
            attempt(sato, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 0.3, false, 0, 60),
            attempt(suzuki, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 0.9, true, 1, 60),
            attempt(sato, Pack, QStringLiteral("l1"), QStringLiteral("e1"), 0.7, true, 10, 60), timeless };
    const ProgressReport report(data);

    const QList<ScorePoint> points = report.scoreSeries(sato.id);
    ASSERT_EQ(points.size(), 3); // the attempt with no time cannot be placed on a time axis
    EXPECT_DOUBLE_EQ(points.at(0).score, 0.3);
    EXPECT_DOUBLE_EQ(points.at(1).score, 0.7);
    EXPECT_DOUBLE_EQ(points.at(2).score, 0.8);
    EXPECT_EQ(points.at(0).at, T0.addSecs(60));
    EXPECT_FALSE(points.at(0).passed);
    EXPECT_EQ(points.at(2).lessonId, QStringLiteral("l2"));

    const QList<ScorePoint> lesson = report.scoreSeries(sato.id, Pack, QStringLiteral("l1"));
    ASSERT_EQ(lesson.size(), 2);
    EXPECT_EQ(report.scoreSeries().size(), 4);
}

TEST(ProgressReport, LoadsFromAStore)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ProgressStore store;
    ASSERT_TRUE(store.open(StoreLocation::sqlite(dir.filePath(QStringLiteral("progress.sqlite")))).ok());
    const Result<Profile> sato = store.createProfile(QStringLiteral("佐藤"), QStringLiteral("総務課"));
    const Result<Profile> suzuki = store.createProfile(QStringLiteral("鈴木"));
    ASSERT_TRUE(sato.ok() && suzuki.ok());
    ASSERT_TRUE(store
                    .recordAttempt(attempt(sato.value(), Pack, QStringLiteral("l1"), QStringLiteral("e1"), 1,
                                           true, 0, 60, 2))
                    .ok());
    ASSERT_TRUE(store
                    .recordAttempt(attempt(suzuki.value(), Pack, QStringLiteral("l1"), QStringLiteral("e1"),
                                           0.5, false, 0, 30))
                    .ok());
    ASSERT_TRUE(store.recordCompletion(completion(sato.value(), Pack, QStringLiteral("l1"), 2)).ok());

    const Result<ProgressData> all = ProgressData::load(store);
    ASSERT_TRUE(all.ok()) << all.error().toString().toStdString();
    EXPECT_EQ(all->profiles.size(), 2);
    EXPECT_EQ(all->attempts.size(), 2);
    EXPECT_EQ(all->completions.size(), 1);

    const Result<ProgressData> one = ProgressData::load(store, sato->id);
    ASSERT_TRUE(one.ok());
    ASSERT_EQ(one->profiles.size(), 1);
    EXPECT_EQ(one->attempts.size(), 1);
    const QList<LessonReportRow> rows = ProgressReport(one.value()).lessonRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_TRUE(rows.first().completed);
    EXPECT_EQ(rows.first().hintsUsed, 2);
    EXPECT_EQ(rows.first().timeSpentMs, 60000);
    EXPECT_EQ(rows.first().department, QStringLiteral("総務課"));
}
