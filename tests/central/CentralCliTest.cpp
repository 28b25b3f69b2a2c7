// `tenarai-cli db sync`, `db check --central` and `report --central` as IT runs them: the real
// executable, a central.ini naming the test server, a learner's local database.
#include "progress/ProgressStore.h"
#include "TestPostgres.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tenarai;
using namespace tenarai::test;

namespace {

class CentralCliTest : public CentralDatabaseTest
{
protected:
    void SetUp() override
    {
        CentralDatabaseTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        QFile ini(m_dir.filePath(QStringLiteral("central.ini")));
        ASSERT_TRUE(ini.open(QIODevice::WriteOnly));
        ini.write(QStringLiteral("[central]\ndriver = postgres\nhost = 127.0.0.1\nport = %1\n"
                                 "database = %2\nuser = postgres\nsslmode = disable\n")
                      .arg(TestPostgres::port())
                      .arg(databaseName())
                      .toUtf8());
        ini.close();
        m_ini = ini.fileName();
        m_local = m_dir.filePath(QStringLiteral("progress.sqlite"));
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TENARAI_CENTRAL_CONFIG"), m_ini);
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TENARAI_CLI_PATH), arguments);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QTemporaryDir m_dir;
    QString m_ini;
    QString m_local;
};

TEST_F(CentralCliTest, SyncSendsOnceAndReportsReadTheCentralStore)
{
    {
        ProgressStore store;
        ASSERT_TRUE(store.open(StoreLocation::sqlite(m_local)).ok());
        const Result<Profile> learner = store.createProfile(QStringLiteral("高橋 みなみ"), QStringLiteral("市民課"));
        ASSERT_TRUE(learner.ok());
        Attempt attempt;
        attempt.profileId = learner->id;
        attempt.packId = QStringLiteral("data-cleaning");
        attempt.packVersion = QStringLiteral("1.0");
        attempt.lessonId = QStringLiteral("spaces");
        attempt.exerciseId = QStringLiteral("trim");
        attempt.startedAt = QDateTime::currentDateTimeUtc().addSecs(-120);
        attempt.finishedAt = QDateTime::currentDateTimeUtc();
        attempt.score = 1;
        attempt.passed = true;
        ASSERT_TRUE(store.recordAttempt(attempt).ok());
    }

    // migrate --central creates the central tables, as IT's owner role does once.
    const Run migrated = cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--central")});
    ASSERT_EQ(migrated.exitCode, 0) << migrated.err.toStdString();

    const Run first = cli({QStringLiteral("db"), QStringLiteral("sync"), QStringLiteral("--db"), m_local});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("Sent 2 record"))) << first.out.toStdString();

    const Run again = cli({QStringLiteral("db"), QStringLiteral("sync"), QStringLiteral("--db"), m_local});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Sent 0 record"))) << again.out.toStdString();

    ProgressStore central;
    ASSERT_TRUE(central.open(this->central()).ok());
    const Result<QList<Attempt>> attempts = central.attempts();
    ASSERT_TRUE(attempts.ok());
    EXPECT_EQ(attempts->size(), 1);
    central.close();

    const Run report = cli({QStringLiteral("report"), QStringLiteral("--central"), QStringLiteral("--format"),
                            QStringLiteral("csv")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_TRUE(report.out.contains(QStringLiteral("高橋 みなみ"))) << report.out.toStdString();

    const Run checked = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--central")});
    EXPECT_EQ(checked.exitCode, 0) << checked.err.toStdString();
}

TEST_F(CentralCliTest, AnUnreachableServerKeepsTheProgressForLater)
{
    {
        ProgressStore store;
        ASSERT_TRUE(store.open(StoreLocation::sqlite(m_local)).ok());
        ASSERT_TRUE(store.createProfile(QStringLiteral("森 ひかる")).ok());
    }
    QFile ini(m_ini);
    ASSERT_TRUE(ini.open(QIODevice::WriteOnly));
    ini.write("[central]\ndriver = postgres\nhost = 127.0.0.1\nport = 1\ndatabase = none\nuser = postgres\n"
              "sslmode = disable\nconnect_timeout = 2\n");
    ini.close();
    const Run run = cli({QStringLiteral("db"), QStringLiteral("sync"), QStringLiteral("--db"), m_local});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("127.0.0.1:1"))) << run.err.toStdString();

    ProgressStore store;
    ASSERT_TRUE(store.open(StoreLocation::sqlite(m_local)).ok());
    const Result<QList<Event>> unsent = store.unsentEvents(10);
    ASSERT_TRUE(unsent.ok());
    EXPECT_EQ(unsent->size(), 1);
}

} // namespace
