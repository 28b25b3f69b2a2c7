// The status bar tells the learner whether their progress reached the organisation's central
// database, from the configuration IT put on the PC (TENARAI_CENTRAL_CONFIG points at a temporary
// one here). The server is unreachable (port 1 on the loopback), as it is for a laptop away from
// the office: the window says how much waits, and keeps it.
#include "MainWindow.h"
#include "Translations.h"
#include "progress/BackgroundSync.h"
#include "progress/CentralConfig.h"
#include "progress/CentralSync.h"
#include "progress/ProgressStore.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {

constexpr int WaitMs = 20000;

class CentralSyncStatusTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        m_hadConfigVariable = qEnvironmentVariableIsSet(CentralConfig::PathVariable);
        m_savedConfigVariable = qgetenv(CentralConfig::PathVariable);
        ASSERT_TRUE(m_dir.isValid());
        m_options.databasePath = m_dir.filePath(QStringLiteral("progress.sqlite"));
        const Status opened = m_store.open(StoreLocation::sqlite(m_options.databasePath));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        const Result<Profile> profile
            = m_store.createProfile(QStringLiteral("山田 花子"), QStringLiteral("住民課"));
        ASSERT_TRUE(profile.ok()) << profile.error().toString().toStdString();
        Attempt attempt;
        attempt.profileId = profile->id;
        attempt.packId = QStringLiteral("excel-basics");
        attempt.packVersion = QStringLiteral("1.0");
        attempt.lessonId = QStringLiteral("sum");
        attempt.exerciseId = QStringLiteral("sum-1");
        attempt.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        attempt.score = 1.0;
        attempt.passed = true;
        const Result<Attempt> recorded = m_store.recordAttempt(attempt);
        ASSERT_TRUE(recorded.ok()) << recorded.error().toString().toStdString();
    }

    void TearDown() override
    {
        if (m_hadConfigVariable)
            qputenv(CentralConfig::PathVariable, m_savedConfigVariable);
        else
            qunsetenv(CentralConfig::PathVariable);
    }

    // A central.ini in the test's folder, used in place of the machine's.
    void useConfig(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("central.ini"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(content), content.size());
        file.close();
        qputenv(CentralConfig::PathVariable, QFile::encodeName(path));
    }

    qint64 pending() { return CentralSync(m_store).pendingCount(); }

    static QLabel *syncLabel(const MainWindow &window)
    {
        return window.findChild<QLabel *>(QStringLiteral("centralSyncLabel"));
    }

    QTemporaryDir m_dir;
    AppOptions m_options;
    ProgressStore m_store;
    bool m_hadConfigVariable = false;
    QByteArray m_savedConfigVariable;
};

TEST_F(CentralSyncStatusTest, AnUnreachableCentralDatabaseSaysHowManyRecordsWait)
{
    useConfig("[central]\n"
              "driver = postgres\n"
              "host = 127.0.0.1\n"
              "port = 1\n"
              "database = tenarai\n"
              "user = tenarai_client\n"
              "sslmode = disable\n"
              "connect_timeout = 2\n");
    const qint64 waiting = pending();
    ASSERT_GE(waiting, 1);

    MainWindow window(m_options);
    window.setProgressStore(&m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_NE(window.centralSync(), nullptr);
    QLabel *label = syncLabel(window);
    ASSERT_NE(label, nullptr);

    ASSERT_TRUE(
        QTest::qWaitFor([&] { return label->text().contains(QStringLiteral("not reachable")); }, WaitMs))
        << label->text().toStdString();
    EXPECT_TRUE(label->isVisible());
    EXPECT_TRUE(label->text().contains(QStringLiteral("%1 record").arg(waiting)))
        << label->text().toStdString();
    EXPECT_TRUE(label->text().contains(QStringLiteral("sent later"))) << label->text().toStdString();
    // The reason, naming the server, for whoever looks closer (or IT on the phone).
    EXPECT_TRUE(label->toolTip().contains(QStringLiteral("127.0.0.1:1"))) << label->toolTip().toStdString();
    // Nothing was lost or marked sent.
    EXPECT_EQ(pending(), waiting);
    EXPECT_EQ(window.findChild<QWidget *>(QStringLiteral("errorMessageBox")), nullptr);
}

TEST_F(CentralSyncStatusTest, WithoutACentralDatabaseThereIsNoLabelAndNoSync)
{
    qputenv(CentralConfig::PathVariable, QFile::encodeName(m_dir.filePath(QStringLiteral("missing.ini"))));

    MainWindow window(m_options);
    window.setProgressStore(&m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.centralSync(), nullptr);
    const QLabel *label = syncLabel(window);
    EXPECT_TRUE(label == nullptr || label->isHidden());
}

TEST_F(CentralSyncStatusTest, AMistakeInTheConfigurationIsShownOnceWithoutADialog)
{
    useConfig("[central]\n"
              "driver = postgres\n"
              "hots = db.example.lg.jp\n");
    const qint64 waiting = pending();

    MainWindow window(m_options);
    window.setProgressStore(&m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.centralSync(), nullptr);
    QLabel *label = syncLabel(window);
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisible());
    EXPECT_TRUE(label->text().contains(QStringLiteral("mistake"))) << label->text().toStdString();
    // Names the file and the key IT has to correct.
    EXPECT_TRUE(label->toolTip().contains(QStringLiteral("“hots”"))) << label->toolTip().toStdString();
    EXPECT_TRUE(label->toolTip().contains(QStringLiteral("central.ini"))) << label->toolTip().toStdString();
    QTest::qWait(200);
    EXPECT_EQ(window.findChild<QWidget *>(QStringLiteral("errorMessageBox")), nullptr);
    EXPECT_EQ(pending(), waiting);
}

} // namespace
