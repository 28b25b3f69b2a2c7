// `tenarai-cli db`: IT creates, checks and backs up a progress database from a script, with exit
// statuses a script can test (check: 0 sound, 1 damaged, 2 cannot check).
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class DbCommandTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

// The header every SQLite 3 database file starts with.
const QByteArray SqliteMagic("SQLite format 3", 16);

} // namespace

TEST_F(DbCommandTest, MigrateCreatesTheDatabaseAndCheckFindsItSound)
{
    const QString db = path(QStringLiteral("記録/progress.sqlite"));
    CliRun run = CliRunner::run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), db});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(QString::fromUtf8(run.out).contains(QStringLiteral("progress database version 1")))
        << run.out.constData();
    EXPECT_TRUE(CliRunner::readAll(db).startsWith(SqliteMagic));

    // Running it again is harmless.
    run = CliRunner::run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), db});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();

    run = CliRunner::run({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.contains(QStringLiteral("sound, version 1"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Profiles: 0, attempts: 0"))) << out.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
}

TEST_F(DbCommandTest, CheckSaysDamagedForGarbageAndCannotCheckForAMissingFile)
{
    const QString garbage = path(QStringLiteral("progress.sqlite"));
    QByteArray bytes;
    for (int i = 0; i < 8192; ++i)
        bytes.append(char((i * 7919) % 251));
    CliRunner::writeAll(garbage, bytes);
    CliRun run = CliRunner::run({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), garbage});
    EXPECT_EQ(run.exitCode, 1) << run.err.constData();
    const QString err = QString::fromUtf8(run.err);
    EXPECT_TRUE(err.contains(QStringLiteral("damaged"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QDir::toNativeSeparators(garbage))) << err.toStdString();
    EXPECT_EQ(CliRunner::readAll(garbage), bytes);

    // migrate refuses it too, and leaves it alone.
    run = CliRunner::run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), garbage});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(CliRunner::readAll(garbage), bytes);

    const QString missing = path(QStringLiteral("nowhere.sqlite"));
    run = CliRunner::run({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), missing});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("no progress database"))) << run.err.constData();
    EXPECT_FALSE(QFile::exists(missing));
}

TEST_F(DbCommandTest, BackupWritesACopyThatChecksSoundAndNeverOverwrites)
{
    const QString db = path(QStringLiteral("progress.sqlite"));
    ASSERT_EQ(CliRunner::run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString copy = path(QStringLiteral("progress-backup.sqlite"));
    CliRun run = CliRunner::run({QStringLiteral("db"), QStringLiteral("backup"), copy, QStringLiteral("--db"), db});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(CliRunner::readAll(copy).startsWith(SqliteMagic));
    run = CliRunner::run({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), copy});
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();

    const QByteArray before = CliRunner::readAll(copy);
    run = CliRunner::run({QStringLiteral("db"), QStringLiteral("backup"), copy, QStringLiteral("--db"), db});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("already exists"))) << run.err.constData();
    EXPECT_EQ(CliRunner::readAll(copy), before);
}

TEST_F(DbCommandTest, WithoutDbItUsesTheAppsDataFolder)
{
    // The desktop app's data folder, redirected so that the test never touches the real one.
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    const bool hadSaved = qEnvironmentVariableIsSet("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(path(QStringLiteral("data"))));
    const CliRun run = CliRunner::run({QStringLiteral("db"), QStringLiteral("migrate")});
    if (hadSaved)
        qputenv("XDG_DATA_HOME", saved);
    else
        qunsetenv("XDG_DATA_HOME");
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(QFile::exists(path(QStringLiteral("data/Tenarai/Tenarai/progress.sqlite")))) << run.out.constData();
}

TEST_F(DbCommandTest, UnknownActionsAndMissingArgumentsAreUsageErrors)
{
    CliRun run = CliRunner::run({QStringLiteral("db"), QStringLiteral("repair")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("Unknown action “repair”"))) << run.err.constData();
    run = CliRunner::run({QStringLiteral("db")});
    EXPECT_EQ(run.exitCode, 2);
    run = CliRunner::run({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--db"),
                          path(QStringLiteral("x.sqlite"))});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.sqlite"))));
    run = CliRunner::run({QStringLiteral("help"), QStringLiteral("db")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(run.out).contains(QStringLiteral("backup OUT")));
}
