// BackgroundSync against the test PostgreSQL server: what the desktop app relies on to send
// progress by itself.
#include "progress/BackgroundSync.h"
#include "TestPostgres.h"
#include "progress/CentralSync.h"

#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace tenarai;
using namespace tenarai::test;

namespace {

constexpr int WaitMs = 30000;
// Longer than any test: runs come only from start() and syncSoon().
constexpr int NoTimerMs = 60 * 60 * 1000;

std::string text(const Error &error)
{
    return error.toString().toStdString();
}

QStringList eventIds(const ProgressStore &store)
{
    const Result<QList<Event>> events = store.events();
    EXPECT_TRUE(events.ok()) << (events.ok() ? std::string() : text(events.error()));
    QStringList ids;
    if (events) {
        for (const Event &event : events.value())
            ids << event.id;
    }
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

class BackgroundSyncTest : public CentralDatabaseTest
{
protected:
    void SetUp() override
    {
        CentralDatabaseTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        const Status opened = m_local.open(StoreLocation::sqlite(localPath()));
        ASSERT_TRUE(opened.ok()) << text(opened.error());
        const Result<Profile> profile
            = m_local.createProfile(QStringLiteral("山田 花子"), QStringLiteral("住民課"));
        ASSERT_TRUE(profile.ok()) << text(profile.error());
        m_profile = profile.value();
    }

    QString localPath() const { return m_dir.filePath(QStringLiteral("progress.sqlite")); }

    // Attempts recorded the way the app records them: on the app's own connection.
    void recordAttempts(int count)
    {
        for (int i = 0; i < count; ++i) {
            Attempt attempt;
            attempt.profileId = m_profile.id;
            attempt.packId = QStringLiteral("excel-basics");
            attempt.packVersion = QStringLiteral("1.0");
            attempt.lessonId = QStringLiteral("lesson-%1").arg(i % 5);
            attempt.exerciseId = QStringLiteral("exercise-%1").arg(i);
            attempt.startedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
            attempt.finishedAt = QDateTime::currentDateTimeUtc();
            attempt.score = 0.5;
            attempt.passed = i % 2 == 0;
            const Result<Attempt> recorded = m_local.recordAttempt(attempt);
            ASSERT_TRUE(recorded.ok()) << text(recorded.error());
        }
    }

    qint64 pending() { return CentralSync(m_local).pendingCount(); }

    QStringList centralEventIds()
    {
        ProgressStore store;
        const Status opened = store.open(central());
        EXPECT_TRUE(opened.ok()) << (opened.ok() ? std::string() : text(opened.error()));
        return opened ? eventIds(store) : QStringList();
    }

    QTemporaryDir m_dir;
    ProgressStore m_local;
    Profile m_profile;
};

TEST_F(BackgroundSyncTest, PushesWhatWasRecordedAndSaysHowMuch)
{
    recordAttempts(12);
    const QStringList recorded = eventIds(m_local);
    ASSERT_EQ(pending(), recorded.size());

    BackgroundSync sync(localPath(), central());
    QSignalSpy finished(&sync, &BackgroundSync::finished);
    QSignalSpy failed(&sync, &BackgroundSync::failed);
    sync.start(NoTimerMs);
    EXPECT_TRUE(sync.isRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, WaitMs));
    ASSERT_TRUE(failed.isEmpty()) << text(failed.constFirst().at(0).value<Error>());
    EXPECT_FALSE(sync.isRunning());

    const SyncCounts counts = finished.constFirst().at(0).value<SyncCounts>();
    EXPECT_EQ(counts.pushed, recorded.size());
    EXPECT_EQ(counts.alreadyCentral, 0);
    EXPECT_EQ(centralEventIds(), recorded);
    // The app's own connection sees the outbox emptied by the worker's.
    EXPECT_EQ(pending(), 0);

    // Something new, and asked to send it: it goes without waiting for the interval.
    recordAttempts(3);
    sync.syncSoon();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.size() + failed.size() >= 2; }, WaitMs));
    ASSERT_TRUE(failed.isEmpty()) << text(failed.constFirst().at(0).value<Error>());
    EXPECT_EQ(finished.at(1).at(0).value<SyncCounts>().pushed, 3);
    EXPECT_EQ(centralEventIds(), eventIds(m_local));
    EXPECT_EQ(pending(), 0);
}

TEST_F(BackgroundSyncTest, AnUnreachableServerFailsWithThePendingCountAndLosesNothing)
{
    recordAttempts(4);
    const QStringList recorded = eventIds(m_local);

    StoreLocation unreachable = central();
    unreachable.port = 1; // nothing listens there: refused at once
    BackgroundSync sync(localPath(), unreachable);
    QSignalSpy finished(&sync, &BackgroundSync::finished);
    QSignalSpy failed(&sync, &BackgroundSync::failed);
    sync.start(NoTimerMs);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, WaitMs));
    ASSERT_TRUE(finished.isEmpty());
    ASSERT_EQ(failed.size(), 1);

    const Error error = failed.constFirst().at(0).value<Error>();
    EXPECT_EQ(error.kind, Error::Kind::Io);
    EXPECT_TRUE(error.message.contains(QStringLiteral("127.0.0.1:1"))) << text(error);
    EXPECT_EQ(failed.constFirst().at(1).value<qint64>(), recorded.size());
    EXPECT_EQ(pending(), recorded.size());
    EXPECT_EQ(eventIds(m_local), recorded);

    // Reachable again: everything kept goes, once.
    BackgroundSync later(localPath(), central());
    QSignalSpy laterFinished(&later, &BackgroundSync::finished);
    QSignalSpy laterFailed(&later, &BackgroundSync::failed);
    later.start(NoTimerMs);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !laterFinished.isEmpty() || !laterFailed.isEmpty(); }, WaitMs));
    ASSERT_TRUE(laterFailed.isEmpty()) << text(laterFailed.constFirst().at(0).value<Error>());
    EXPECT_EQ(laterFinished.constFirst().at(0).value<SyncCounts>().pushed, recorded.size());
    EXPECT_EQ(centralEventIds(), recorded);
}

TEST_F(BackgroundSyncTest, AskingWhileARunIsGoingMakesExactlyOneMoreRun)
{
    recordAttempts(20);

    BackgroundSync sync(localPath(), central());
    QSignalSpy started(&sync, &BackgroundSync::started);
    QSignalSpy finished(&sync, &BackgroundSync::finished);
    QSignalSpy failed(&sync, &BackgroundSync::failed);
    sync.start(NoTimerMs);
    ASSERT_TRUE(sync.isRunning());
    ASSERT_EQ(started.size(), 1);

    // Recorded while the first run may already have read the outbox: the extra run sends it.
    recordAttempts(5);
    sync.syncSoon();
    sync.syncSoon();
    sync.syncSoon();
    EXPECT_EQ(started.size(), 1); // never two at once

    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.size() + failed.size() >= 2; }, WaitMs));
    ASSERT_TRUE(failed.isEmpty()) << text(failed.constFirst().at(0).value<Error>());
    EXPECT_FALSE(sync.isRunning());
    // Give a third run, if one were (wrongly) queued, the time to start.
    QTest::qWait(300);
    EXPECT_EQ(started.size(), 2);
    EXPECT_EQ(finished.size(), 2);
    EXPECT_FALSE(sync.isRunning());

    int pushed = 0;
    for (const QList<QVariant> &arguments : std::as_const(finished))
        pushed += arguments.at(0).value<SyncCounts>().pushed;
    const QStringList local = eventIds(m_local);
    EXPECT_EQ(pushed, local.size());
    EXPECT_EQ(centralEventIds(), local);
    EXPECT_EQ(pending(), 0);
}

TEST_F(BackgroundSyncTest, DestroyingItDuringARunWaitsAndLosesOrDoublesNothing)
{
    recordAttempts(60);
    const QStringList recorded = eventIds(m_local);

    {
        auto sync = std::make_unique<BackgroundSync>(localPath(), central());
        QSignalSpy finished(sync.get(), &BackgroundSync::finished);
        sync->start(NoTimerMs);
        ASSERT_TRUE(sync->isRunning());
        sync.reset(); // as when the window closes mid-sync
        // The worker is done when the destructor returns, and nobody is told about the run.
        QCoreApplication::processEvents();
        EXPECT_TRUE(finished.isEmpty());
    }

    // Whatever was sent is marked sent, the rest goes next time, and nothing twice.
    const qint64 left = pending();
    EXPECT_GE(left, 0);
    CentralSync rest(m_local);
    const Result<SyncCounts> counts = rest.run(central());
    ASSERT_TRUE(counts.ok()) << text(counts.error());
    EXPECT_EQ(counts->pushed, left);
    const QStringList there = centralEventIds();
    EXPECT_EQ(sorted(there), sorted(recorded));
    EXPECT_EQ(QSet<QString>(there.cbegin(), there.cend()).size(), there.size());
}

} // namespace
