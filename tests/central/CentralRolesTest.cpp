#include "TestPostgres.h"
#include "progress/CentralSync.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace tenarai;
using namespace tenarai::test;

namespace {

std::string text(const Error &error)
{
    return error.toString().toStdString();
}

// The SQL files IT runs (docs/central/*.sql), split into statements per database the way psql
// runs them: from `connectTo` on, "\connect NAME" switches database, "--" starts a comment. The documented
// names are replaced by this test's, so tests running at once do not share roles.
struct Script
{
    QList<QPair<QString, QStringList>> parts; // database, statements
};

Script readScript(const QString &name, const QString &connectTo, const QString &database,
                  const QString &owner, const QString &client)
{
    QFile file(QStringLiteral(TENARAI_SOURCE_DIR "/docs/central/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    Script script;
    QString current = connectTo;
    QString statement;
    QStringList statements;
    for (QString line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const int comment = line.indexOf(QStringLiteral("--"));
        if (comment >= 0)
            line.truncate(comment);
        line.replace(QRegularExpression(QStringLiteral("\\btenarai_owner\\b")), owner);
        line.replace(QRegularExpression(QStringLiteral("\\btenarai_client\\b")), client);
        line.replace(QRegularExpression(QStringLiteral("\\btenarai\\b")), database);
        line = line.trimmed();
        if (line.startsWith(QStringLiteral("\\connect "))) {
            script.parts.append({current, statements});
            statements.clear();
            current = line.mid(9).trimmed();
            continue;
        }
        if (line.isEmpty())
            continue;
        statement += (statement.isEmpty() ? QString() : QStringLiteral(" ")) + line;
        if (statement.endsWith(QLatin1Char(';'))) {
            statement.chop(1);
            statements << statement;
            statement.clear();
        }
    }
    EXPECT_TRUE(statement.isEmpty()) << "unterminated statement in " << name.toStdString();
    script.parts.append({current, statements});
    return script;
}

// Runs statements as `user` (trust authentication on the test server).
bool execAs(const QString &user, const QString &database, const QStringList &statements, QString *error)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        StoreLocation location = TestPostgres::location(database, user);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(database);
        db.setUserName(user);
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        for (const QString &statement : statements) {
            if (!ok)
                break;
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                ok = false;
                *error = query.lastError().text() + QStringLiteral(" [") + statement + QLatin1Char(']');
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool runScript(const Script &script, const QString &user, QString *error)
{
    for (const auto &[database, statements] : script.parts) {
        if (!statements.isEmpty() && !execAs(user, database, statements, error))
            return false;
    }
    return true;
}

class CentralRolesTest : public CentralDatabaseTest
{
protected:
    void SetUp() override
    {
        CentralDatabaseTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        m_owner = databaseName() + QStringLiteral("_own");
        m_client = databaseName() + QStringLiteral("_cli");
        dropAll();
    }

    void TearDown() override
    {
        dropAll();
        CentralDatabaseTest::TearDown();
    }

    void dropAll()
    {
        QString error;
        EXPECT_TRUE(
            TestPostgres::exec(QStringLiteral("postgres"),
                               {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(databaseName()),
                                QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_owner),
                                QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_client)},
                               &error))
            << error.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_owner;
    QString m_client;
};

// The documented setup works as written: the owner migrates, the PCs' role syncs and reads, and
// that role can neither delete progress nor change the schema.
TEST_F(CentralRolesTest, TheDocumentedRolesSyncAndCannotDelete)
{
    QString error;
    const Script setup = readScript(QStringLiteral("setup.sql"), QStringLiteral("postgres"), databaseName(),
                                    m_owner, m_client);
    ASSERT_TRUE(runScript(setup, QStringLiteral("postgres"), &error)) << error.toStdString();

    // `tenarai-cli db migrate`, run by IT as the owner.
    {
        ProgressStore owner;
        const Status migrated = owner.open(TestPostgres::location(databaseName(), m_owner));
        ASSERT_TRUE(migrated.ok()) << text(migrated.error());
    }
    // Before the grants the PCs' role can read nothing.
    {
        ProgressStore client;
        EXPECT_FALSE(client.open(TestPostgres::location(databaseName(), m_client)).ok());
    }
    const Script grants =
        readScript(QStringLiteral("grants.sql"), databaseName(), databaseName(), m_owner, m_client);
    ASSERT_TRUE(runScript(grants, m_owner, &error)) << error.toStdString();

    ProgressStore local;
    ASSERT_TRUE(
        local.open(StoreLocation::sqlite(QDir(m_dir.path()).filePath(QStringLiteral("p.sqlite")))).ok());
    const Result<Profile> profile = local.createProfile(QStringLiteral("中村 十和"));
    ASSERT_TRUE(profile.ok());
    for (int i = 0; i < 3; ++i) {
        Attempt attempt;
        attempt.profileId = profile->id;
        attempt.packId = QStringLiteral("pack");
        attempt.packVersion = QStringLiteral("1");
        attempt.lessonId = QStringLiteral("l1");
        attempt.exerciseId = QStringLiteral("e%1").arg(i);
        attempt.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-i * 60);
        attempt.score = 1;
        attempt.passed = true;
        ASSERT_TRUE(local.recordAttempt(attempt, Completion {}).ok());
    }
    // A changed name updates the central profile row.
    Profile renamed = profile.value();
    renamed.displayName = QStringLiteral("中村 とわ");
    ASSERT_TRUE(local.updateProfile(renamed).ok());

    CentralSync sync(local);
    const Result<SyncCounts> counts = sync.run(TestPostgres::location(databaseName(), m_client));
    ASSERT_TRUE(counts.ok()) << text(counts.error());
    EXPECT_EQ(sync.pendingCount(), 0);

    ProgressStore client;
    ASSERT_TRUE(client.open(TestPostgres::location(databaseName(), m_client)).ok());
    const Result<QList<Attempt>> attempts = client.attempts();
    ASSERT_TRUE(attempts.ok()) << text(attempts.error());
    EXPECT_EQ(attempts->size(), 3);
    const Result<QList<Profile>> profiles = client.profiles();
    ASSERT_TRUE(profiles.ok());
    ASSERT_EQ(profiles->size(), 1);
    EXPECT_EQ(profiles->constFirst().displayName, QStringLiteral("中村 とわ"));
    client.close();

    for (const QString &forbidden :
         {QStringLiteral("DELETE FROM events"), QStringLiteral("DELETE FROM attempts"),
          QStringLiteral("TRUNCATE completions"), QStringLiteral("DROP TABLE events"),
          QStringLiteral("UPDATE meta SET value = '99'"), QStringLiteral("UPDATE events SET data = '{}'"),
          QStringLiteral("CREATE TABLE mine (x INTEGER)")}) {
        EXPECT_FALSE(execAs(m_client, databaseName(), {forbidden}, &error)) << forbidden.toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))
                    || error.contains(QStringLiteral("must be owner")))
            << error.toStdString();
    }
}

} // namespace
