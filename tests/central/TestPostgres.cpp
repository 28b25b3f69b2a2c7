#include "TestPostgres.h"

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tenarai::test {

namespace {
struct Connection
{
    bool ok = false;
    QString why;
    QString host;
    int port = 0;
    QHash<QString, QString> values;
};

const Connection &connection()
{
    static const Connection c = [] {
        Connection result;
        QString path = qEnvironmentVariable("TENARAI_TEST_POSTGRES_ENV");
        if (path.isEmpty())
            path = QStringLiteral(TENARAI_TEST_POSTGRES_ENV);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.why =
                QStringLiteral("No test PostgreSQL server: %1 is missing. Run the tests with ctest (its "
                               "postgres_start test starts one; see its output for why it failed), or "
                               "start one with scripts/postgres.sh start DIR and set "
                               "TENARAI_TEST_POSTGRES_ENV=DIR/connection.env.")
                    .arg(path);
            return result;
        }
        QHash<QString, QString> values;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0)
                values.insert(QString::fromUtf8(line.left(eq)),
                              QString::fromUtf8(line.mid(eq + 1)).trimmed());
        }
        result.host = values.value(QStringLiteral("PGHOST"));
        result.port = values.value(QStringLiteral("PGPORT")).toInt();
        if (result.host.isEmpty() || result.port <= 0) {
            result.why = QStringLiteral("%1 names no PGHOST and PGPORT.").arg(path);
            return result;
        }
        result.values = values;
        result.ok = true;
        return result;
    }();
    return c;
}

QString sanitizedName(const QString &text)
{
    QString name;
    for (const QChar c : text.toLower())
        name += (c.isLetterOrNumber() && c.unicode() < 128) ? c : QLatin1Char('_');
    return name;
}
} // namespace

bool TestPostgres::available(QString *why)
{
    if (why)
        *why = connection().why;
    return connection().ok;
}

int TestPostgres::port()
{
    return connection().port;
}

QString TestPostgres::value(const QString &key)
{
    return connection().values.value(key);
}

StoreLocation TestPostgres::location(const QString &database, const QString &user, const QString &password)
{
    StoreLocation location;
    location.driver = StoreLocation::Driver::Postgres;
    location.host = connection().host;
    location.port = connection().port;
    location.database = database;
    location.user = user;
    location.password = password;
    location.connectOptions = QStringLiteral("sslmode=disable;connect_timeout=5");
    return location;
}

bool TestPostgres::exec(const QString &database, const QStringList &statements, QString *error)
{
    const QString name = QStringLiteral("test-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(connection().host);
        db.setPort(connection().port);
        db.setDatabaseName(database);
        db.setUserName(QStringLiteral("postgres"));
        if (!db.open()) {
            ok = false;
            if (error)
                *error = db.lastError().text();
        }
        for (const QString &statement : statements) {
            if (!ok)
                break;
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                ok = false;
                if (error)
                    *error = query.lastError().text() + QStringLiteral(" [") + statement + QLatin1Char(']');
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void CentralDatabaseTest::SetUp()
{
    QString why;
    ASSERT_TRUE(TestPostgres::available(&why)) << why.toStdString();
    const ::testing::TestInfo *info = ::testing::UnitTest::GetInstance()->current_test_info();
    // PostgreSQL names are at most 63 bytes, and tests add suffixes for roles; the hash keeps long
    // test names apart.
    const QString full =
        QString::fromUtf8(info->test_suite_name()) + QLatin1Char('_') + QString::fromUtf8(info->name());
    m_database = QString(QStringLiteral("t_") + sanitizedName(full)).left(36) + QLatin1Char('_')
        + QString::number(qHash(full), 16);
    QString error;
    ASSERT_TRUE(TestPostgres::exec(QStringLiteral("postgres"),
                                   {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database),
                                    QStringLiteral("CREATE DATABASE %1").arg(m_database)},
                                   &error))
        << error.toStdString();
}

void CentralDatabaseTest::TearDown()
{
    if (m_database.isEmpty())
        return;
    QString error;
    EXPECT_TRUE(TestPostgres::exec(
        QStringLiteral("postgres"),
        {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database)}, &error))
        << error.toStdString();
}

} // namespace tenarai::test
