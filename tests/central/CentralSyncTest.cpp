#include "progress/CentralConfig.h"
#include "progress/CentralSync.h"
#include "TestPostgres.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <thread>

using namespace tenarai;
using namespace tenarai::test;

namespace {

std::string text(const Error &error)
{
    return error.toString().toStdString();
}

// A PC's local store in a temporary folder.
class LocalPc
{
public:
    explicit LocalPc(const QString &folder) : m_path(QDir(folder).filePath(QStringLiteral("progress.sqlite")))
    {}

    bool open()
    {
        const Status s = m_store.open(StoreLocation::sqlite(m_path));
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : text(s.error()));
        return s.ok();
    }
    ProgressStore &store() { return m_store; }

    // A learner and `count` attempts, every third one completing its lesson.
    Profile addLearner(const QString &name, int count)
    {
        const Result<Profile> profile = m_store.createProfile(name, QStringLiteral("住民課"));
        EXPECT_TRUE(profile.ok()) << (profile.ok() ? std::string() : text(profile.error()));
        if (!profile)
            return {};
        addAttempts(profile.value(), count);
        return profile.value();
    }

    void addAttempts(const Profile &profile, int count)
    {
        for (int i = 0; i < count; ++i) {
            Attempt attempt;
            attempt.profileId = profile.id;
            attempt.packId = QStringLiteral("excel-basics");
            attempt.packVersion = QStringLiteral("1.0");
            attempt.lessonId = QStringLiteral("lesson-%1").arg(i % 7);
            attempt.exerciseId = QStringLiteral("exercise-%1").arg(i);
            attempt.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
            attempt.finishedAt = QDateTime::currentDateTimeUtc();
            attempt.score = (i % 10) / 10.0;
            attempt.passed = i % 3 == 0;
            attempt.checkerSummary = QStringLiteral("合計が一致しません");
            std::optional<Completion> completion;
            if (i % 3 == 0)
                completion = Completion {};
            const Result<Attempt> recorded = m_store.recordAttempt(attempt, completion);
            EXPECT_TRUE(recorded.ok()) << (recorded.ok() ? std::string() : text(recorded.error()));
        }
    }

    QStringList eventIds(const QString &profileId = {})
    {
        const Result<QList<Event>> events = m_store.events(profileId);
        EXPECT_TRUE(events.ok());
        QStringList ids;
        if (events) {
            for (const Event &event : events.value())
                ids << event.id;
        }
        return ids;
    }

private:
    QString m_path;
    ProgressStore m_store;
};

QStringList eventIds(ProgressStore &store)
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

QStringList attemptIds(ProgressStore &store)
{
    const Result<QList<Attempt>> attempts = store.attempts();
    EXPECT_TRUE(attempts.ok()) << (attempts.ok() ? std::string() : text(attempts.error()));
    QStringList ids;
    if (attempts) {
        for (const Attempt &attempt : attempts.value())
            ids << attempt.id;
    }
    ids.sort();
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// No id twice: what "nothing doubled" means for the event log and the attempts.
bool allDistinct(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend()).size() == ids.size();
}

class CentralSyncTest : public CentralDatabaseTest
{
protected:
    void SetUp() override
    {
        CentralDatabaseTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
    }

    QString pcFolder(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        return folder;
    }

    QTemporaryDir m_dir;
};

TEST_F(CentralSyncTest, PushingTwiceDoublesNothing)
{
    LocalPc pc(pcFolder(QStringLiteral("pc1")));
    ASSERT_TRUE(pc.open());
    pc.addLearner(QStringLiteral("山田 花子"), 25);
    const QStringList local = pc.eventIds();

    CentralSync sync(pc.store());
    sync.setBatchSize(10);
    EXPECT_EQ(sync.pendingCount(), local.size());
    const Result<SyncCounts> first = sync.run(central());
    ASSERT_TRUE(first.ok()) << text(first.error());
    EXPECT_EQ(first->pushed, local.size());
    EXPECT_EQ(first->alreadyCentral, 0);
    EXPECT_EQ(sync.pendingCount(), 0);

    const Result<SyncCounts> second = sync.run(central());
    ASSERT_TRUE(second.ok()) << text(second.error());
    EXPECT_EQ(second->pushed, 0);
    EXPECT_EQ(second->pulled, 0);

    ProgressStore store;
    ASSERT_TRUE(store.open(central()).ok());
    const QStringList there = eventIds(store);
    EXPECT_EQ(there, local); // the same events, in the order they happened
    EXPECT_EQ(attemptIds(store), attemptIds(pc.store()));
    EXPECT_TRUE(allDistinct(attemptIds(store)));
}

TEST_F(CentralSyncTest, AnUnreachableServerKeepsEverythingForLater)
{
    LocalPc pc(pcFolder(QStringLiteral("pc1")));
    ASSERT_TRUE(pc.open());
    pc.addLearner(QStringLiteral("佐藤 一郎"), 5);
    const qsizetype recorded = pc.eventIds().size();

    // Port 1 on the loopback: nothing listens there, the connection is refused at once.
    StoreLocation unreachable = central();
    unreachable.port = 1;
    CentralSync sync(pc.store());
    const Result<SyncCounts> failed = sync.run(unreachable);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind, Error::Kind::Io);
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("127.0.0.1:1"))) << text(failed.error());
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("kept on this PC"))) << text(failed.error());
    EXPECT_EQ(sync.pendingCount(), recorded);

    const Result<SyncCounts> later = sync.run(central());
    ASSERT_TRUE(later.ok()) << text(later.error());
    EXPECT_EQ(later->pushed, recorded);
    ProgressStore store;
    ASSERT_TRUE(store.open(central()).ok());
    EXPECT_EQ(eventIds(store), pc.eventIds());
}

// The server drops the connection between two batches: what was committed stays, the rest stays
// in the outbox, and the next run sends exactly the rest.
TEST_F(CentralSyncTest, AConnectionLostMidwayLosesAndDoublesNothing)
{
    LocalPc pc(pcFolder(QStringLiteral("pc1")));
    ASSERT_TRUE(pc.open());
    pc.addLearner(QStringLiteral("鈴木 次郎"), 40);
    const QStringList local = pc.eventIds();

    ProgressStore store;
    ASSERT_TRUE(store.open(central()).ok());
    CentralSync sync(pc.store());
    sync.setBatchSize(8);
    int batches = 0;
    sync.setProgress([&](qint64, qint64) {
        if (++batches == 2) {
            QString error;
            EXPECT_TRUE(
                TestPostgres::exec(QStringLiteral("postgres"),
                                   {QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                   "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                                        .arg(databaseName())},
                                   &error))
                << error.toStdString();
        }
        return true;
    });
    const Result<SyncCounts> cut = sync.push(store);
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().kind, Error::Kind::Io);
    EXPECT_TRUE(cut.error().message.contains(QStringLiteral("next time"))) << text(cut.error());
    EXPECT_EQ(batches, 2);
    EXPECT_EQ(sync.pendingCount(), local.size() - 16);
    store.close();

    sync.setProgress({});
    const Result<SyncCounts> resumed = sync.run(central());
    ASSERT_TRUE(resumed.ok()) << text(resumed.error());
    EXPECT_EQ(resumed->pushed, local.size() - 16);
    EXPECT_EQ(resumed->alreadyCentral, 0);
    ASSERT_TRUE(store.open(central()).ok());
    EXPECT_EQ(eventIds(store), local);
    EXPECT_EQ(attemptIds(store), attemptIds(pc.store()));
}

// The central store committed a batch but the reply never arrived, so the PC still counts it as
// unsent: sending it again is harmless.
TEST_F(CentralSyncTest, ABatchCommittedButNotMarkedSentIsNotDoubled)
{
    LocalPc pc(pcFolder(QStringLiteral("pc1")));
    ASSERT_TRUE(pc.open());
    pc.addLearner(QStringLiteral("高橋 三郎"), 12);
    const QStringList local = pc.eventIds();

    ProgressStore store;
    ASSERT_TRUE(store.open(central()).ok());
    const Result<QList<Event>> lost = pc.store().unsentEvents(5);
    ASSERT_TRUE(lost.ok());
    ASSERT_TRUE(store.applyEvents(lost.value()).ok());

    CentralSync sync(pc.store());
    const Result<SyncCounts> counts = sync.push(store);
    ASSERT_TRUE(counts.ok()) << text(counts.error());
    EXPECT_EQ(counts->pushed, local.size());
    EXPECT_EQ(counts->alreadyCentral, 5);
    EXPECT_EQ(eventIds(store), local);
    EXPECT_TRUE(allDistinct(attemptIds(store)));
    EXPECT_EQ(attemptIds(store), attemptIds(pc.store()));
}

// The app is closed halfway through (here: the user cancels), then started again with new store
// objects on the same files: the sync continues where it stopped.
TEST_F(CentralSyncTest, ARestartContinuesWhereItStopped)
{
    const QString folder = pcFolder(QStringLiteral("pc1"));
    QStringList local;
    {
        LocalPc pc(folder);
        ASSERT_TRUE(pc.open());
        pc.addLearner(QStringLiteral("田中 四郎"), 30);
        local = pc.eventIds();
        CentralSync sync(pc.store());
        sync.setBatchSize(10);
        sync.setProgress([](qint64 done, qint64) { return done < 10; });
        const Result<SyncCounts> stopped = sync.run(central());
        ASSERT_FALSE(stopped.ok());
        EXPECT_EQ(stopped.error().kind, Error::Kind::Cancelled);
        EXPECT_EQ(sync.pendingCount(), local.size() - 10);
    }
    LocalPc again(folder);
    ASSERT_TRUE(again.open());
    CentralSync sync(again.store());
    const Result<SyncCounts> counts = sync.run(central());
    ASSERT_TRUE(counts.ok()) << text(counts.error());
    EXPECT_EQ(counts->pushed, local.size() - 10);
    ProgressStore store;
    ASSERT_TRUE(store.open(central()).ok());
    EXPECT_EQ(eventIds(store), local);
}

// Two PCs push at the same moment, and some events are on both (carried over in a bundle): the
// central store ends with exactly the union, each event and attempt once, and a report on it sees
// both PCs' attempts.
TEST_F(CentralSyncTest, TwoPcsSyncingAtOnceGiveExactlyTheUnion)
{
    const QString folderA = pcFolder(QStringLiteral("pcA"));
    const QString folderB = pcFolder(QStringLiteral("pcB"));
    QStringList idsA;
    QStringList idsB;
    QStringList attemptsA;
    QStringList attemptsB;
    {
        LocalPc a(folderA);
        LocalPc b(folderB);
        ASSERT_TRUE(a.open());
        ASSERT_TRUE(b.open());
        const Profile shared = a.addLearner(QStringLiteral("伊藤 五郎"), 60);
        const Result<QList<Event>> carried = a.store().events(shared.id);
        ASSERT_TRUE(carried.ok());
        ASSERT_TRUE(b.store().applyEvents(carried.value()).ok());
        b.addAttempts(shared, 40);
        b.addLearner(QStringLiteral("渡辺 六子"), 50);
        a.addLearner(QStringLiteral("山本 七海"), 30);
        idsA = a.eventIds();
        idsB = b.eventIds();
        attemptsA = attemptIds(a.store());
        attemptsB = attemptIds(b.store());
    }

    const auto pushFrom = [this](const QString &folder, Result<SyncCounts> *result) {
        LocalPc pc(folder); // opened in this thread: one connection per thread
        if (!pc.open())
            return;
        CentralSync sync(pc.store());
        sync.setBatchSize(7);
        *result = sync.run(central());
    };
    Error none;
    Result<SyncCounts> resultA(none);
    Result<SyncCounts> resultB(none);
    std::thread threadA(pushFrom, folderA, &resultA);
    std::thread threadB(pushFrom, folderB, &resultB);
    threadA.join();
    threadB.join();
    ASSERT_TRUE(resultA.ok()) << text(resultA.error());
    ASSERT_TRUE(resultB.ok()) << text(resultB.error());

    QStringList unionIds = idsA + idsB;
    unionIds.removeDuplicates();
    QStringList unionAttempts = attemptsA + attemptsB;
    unionAttempts.removeDuplicates();

    ProgressStore store;
    ASSERT_TRUE(store.open(central()).ok());
    const QStringList there = eventIds(store);
    EXPECT_TRUE(allDistinct(there));
    EXPECT_EQ(sorted(there), sorted(unionIds));
    EXPECT_EQ(attemptIds(store), sorted(unionAttempts));
    // Everything each PC sent is accounted for: new on the central store or already there.
    EXPECT_EQ(resultA->pushed + resultB->pushed - resultA->alreadyCentral - resultB->alreadyCentral,
              unionIds.size());
}

// A learner records on PC A, then sits at PC B, which knows their profile: after a sync B shows
// their whole history, and B does not send A's events back.
TEST_F(CentralSyncTest, ALearnerMovingToAnotherPcSeesTheirHistory)
{
    LocalPc a(pcFolder(QStringLiteral("pcA")));
    LocalPc b(pcFolder(QStringLiteral("pcB")));
    ASSERT_TRUE(a.open());
    ASSERT_TRUE(b.open());
    const Profile learner = a.addLearner(QStringLiteral("小林 八重"), 20);
    b.addLearner(QStringLiteral("加藤 九"), 3); // someone else, on B only

    CentralSync syncA(a.store());
    ASSERT_TRUE(syncA.run(central()).ok());

    // B has never seen the learner: the GUI would offer the central store's profiles.
    ProgressStore store;
    ASSERT_TRUE(store.open(central()).ok());
    CentralSync syncB(b.store());
    const Result<SyncCounts> fetched = syncB.pull(store, {learner.id});
    ASSERT_TRUE(fetched.ok()) << text(fetched.error());
    EXPECT_EQ(fetched->pulled, a.eventIds(learner.id).size());
    EXPECT_EQ(b.eventIds(learner.id), a.eventIds(learner.id));
    const Result<QList<Attempt>> onB = b.store().attempts(learner.id);
    ASSERT_TRUE(onB.ok());
    EXPECT_EQ(onB->size(), 20);

    // More work on A; B's ordinary sync now brings it because B knows the learner.
    const qsizetype before = a.eventIds(learner.id).size();
    a.addAttempts(learner, 4);
    ASSERT_TRUE(syncA.run(central()).ok());
    const Result<SyncCounts> synced = syncB.run(central());
    ASSERT_TRUE(synced.ok()) << text(synced.error());
    EXPECT_EQ(synced->pulled, a.eventIds(learner.id).size() - before);
    EXPECT_EQ(b.eventIds(learner.id), a.eventIds(learner.id));
    // Only B's own learner's events were sent from B; the pulled ones are not in its outbox.
    EXPECT_EQ(synced->pushed, b.eventIds().size() - a.eventIds(learner.id).size());
    EXPECT_EQ(syncB.pendingCount(), 0);
}

} // namespace

namespace {

// What IT sets up end to end: central.ini with verified TLS and a password file, read by
// CentralConfig, used by the sync, on a server that refuses connections without TLS or password.
TEST_F(CentralSyncTest, SyncsWithTheConfigurationItWrites)
{
    const QString role = databaseName() + QStringLiteral("_pc");
    QString error;
    ASSERT_TRUE(TestPostgres::exec(QStringLiteral("postgres"),
                                   {QStringLiteral("DROP ROLE IF EXISTS %1").arg(role),
                                    QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'くじら 42' IN ROLE "
                                                   "password_required, tls_required")
                                        .arg(role),
                                    QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(databaseName(), role)},
                                   &error))
        << error.toStdString();

    const QString etc = pcFolder(QStringLiteral("etc"));
    QFile password(QDir(etc).filePath(QStringLiteral("central.password")));
    ASSERT_TRUE(password.open(QIODevice::WriteOnly));
    password.write("くじら 42\r\n");
    password.close();
    ASSERT_TRUE(QFile::copy(TestPostgres::value(QStringLiteral("TENARAI_TEST_PGSSLROOTCERT")),
                            QDir(etc).filePath(QStringLiteral("central-ca.crt"))));
    QFile ini(QDir(etc).filePath(QStringLiteral("central.ini")));
    ASSERT_TRUE(ini.open(QIODevice::WriteOnly));
    ini.write(QStringLiteral("[central]\n"
                             "driver = postgres\n"
                             "host = 127.0.0.1\n"
                             "port = %1\n"
                             "database = %2\n"
                             "user = %3\n"
                             "password_file = central.password\n"
                             "sslrootcert = central-ca.crt\n")
                  .arg(TestPostgres::port())
                  .arg(databaseName(), role)
                  .toUtf8());
    ini.close();

    const Result<std::optional<StoreLocation>> configured = CentralConfig::load(ini.fileName());
    ASSERT_TRUE(configured.ok()) << text(configured.error());
    ASSERT_TRUE(configured.value().has_value());

    LocalPc pc(pcFolder(QStringLiteral("pc1")));
    ASSERT_TRUE(pc.open());
    pc.addLearner(QStringLiteral("松本 十一"), 6);
    CentralSync sync(pc.store());
    const Result<SyncCounts> counts = sync.run(*configured.value());
    ASSERT_TRUE(counts.ok()) << text(counts.error());
    EXPECT_EQ(counts->pushed, pc.eventIds().size());

    ProgressStore store;
    ASSERT_TRUE(store.open(central()).ok());
    EXPECT_EQ(eventIds(store), pc.eventIds());
    store.close();

    EXPECT_TRUE(TestPostgres::exec(QStringLiteral("postgres"),
                                   {QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(databaseName()),
                                    QStringLiteral("DROP ROLE %1").arg(role)},
                                   &error))
        << error.toStdString();
}

} // namespace
