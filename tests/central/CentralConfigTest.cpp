#include "progress/CentralConfig.h"
#include "TestPostgres.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace tenarai;
using namespace tenarai::test;

namespace {

class CentralConfigTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    QTemporaryDir m_dir;
};

std::string errorText(const Result<std::optional<StoreLocation>> &result)
{
    return result.ok() ? std::string("(no error)") : result.error().toString().toStdString();
}

// Whether a libpq connection with these settings is accepted by the server.
bool connects(const StoreLocation &location, QString *error)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setConnectOptions(location.connectOptions);
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

TEST_F(CentralConfigTest, NoFileMeansNoCentralStore)
{
    const auto result = CentralConfig::load(m_dir.filePath(QStringLiteral("absent.ini")));
    ASSERT_TRUE(result.ok()) << errorText(result);
    EXPECT_FALSE(result.value().has_value());
}

TEST_F(CentralConfigTest, FileWithoutCentralGroupOrDriverNoneMeansNoCentralStore)
{
    const auto other = CentralConfig::load(write(QStringLiteral("other.ini"), "[general]\nlanguage=ja\n"));
    ASSERT_TRUE(other.ok()) << errorText(other);
    EXPECT_FALSE(other.value().has_value());

    const auto off = CentralConfig::load(
        write(QStringLiteral("off.ini"), "[central]\ndriver = none\nhost = db.example.jp\n"));
    ASSERT_TRUE(off.ok()) << errorText(off);
    EXPECT_FALSE(off.value().has_value());
}

TEST_F(CentralConfigTest, ReadsEverySettingAndThePasswordFile)
{
    write(QStringLiteral("central.password"), "s3cret 'pass'\n");
    write(QStringLiteral("root ca.crt"), "-----BEGIN CERTIFICATE-----\n");
    const QString ini = write(QStringLiteral("central.ini"),
                              "; Tenarai central store\n"
                              "[central]\n"
                              "driver = postgres\n"
                              "host = db.example.lg.jp\n"
                              "port = 6432\n"
                              "database = tenarai\n"
                              "user = tenarai_client\n"
                              "password_file = central.password\n"
                              "sslrootcert = root ca.crt\n"
                              "connect_timeout = 7\n");
    const auto result = CentralConfig::load(ini);
    ASSERT_TRUE(result.ok()) << errorText(result);
    ASSERT_TRUE(result.value().has_value());
    const StoreLocation &location = *result.value();
    EXPECT_EQ(location.driver, StoreLocation::Driver::Postgres);
    EXPECT_EQ(location.host, QStringLiteral("db.example.lg.jp"));
    EXPECT_EQ(location.port, 6432);
    EXPECT_EQ(location.database, QStringLiteral("tenarai"));
    EXPECT_EQ(location.user, QStringLiteral("tenarai_client"));
    // The editor's final newline is not part of the password.
    EXPECT_EQ(location.password, QStringLiteral("s3cret 'pass'"));
    // Verified TLS is the default; relative paths are resolved against the INI's folder and quoted
    // for libpq because this one has a space.
    const QString rootCert = QDir(m_dir.path()).absoluteFilePath(QStringLiteral("root ca.crt"));
    EXPECT_TRUE(location.connectOptions.contains(QStringLiteral("sslmode=verify-full")))
        << location.connectOptions.toStdString();
    EXPECT_TRUE(location.connectOptions.contains(QStringLiteral("sslrootcert='%1'").arg(rootCert)))
        << location.connectOptions.toStdString();
    EXPECT_TRUE(location.connectOptions.contains(QStringLiteral("connect_timeout=7")));
}

TEST_F(CentralConfigTest, RefusesAPasswordWrittenInTheFile)
{
    const QString ini = write(QStringLiteral("central.ini"),
                              "[central]\ndriver=postgres\nhost=h\ndatabase=d\nuser=u\nsslmode=disable\n"
                              "password=hunter2\n");
    const auto result = CentralConfig::load(ini);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("password_file"))) << errorText(result);
    EXPECT_EQ(result.error().file, QDir::toNativeSeparators(ini));
    EXPECT_FALSE(result.error().message.contains(QStringLiteral("hunter2")));
}

TEST_F(CentralConfigTest, NamesAMisspeltKey)
{
    const auto result = CentralConfig::load(
        write(QStringLiteral("central.ini"),
              "[central]\ndriver=postgres\nhots=h\ndatabase=d\nuser=u\nsslmode=disable\n"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("“hots”"))) << errorText(result);
}

TEST_F(CentralConfigTest, NamesABadValue)
{
    const QByteArray base = "[central]\ndriver=postgres\nhost=h\ndatabase=d\nuser=u\n";
    const auto port =
        CentralConfig::load(write(QStringLiteral("port.ini"), base + "sslmode=disable\nport=54x2\n"));
    ASSERT_FALSE(port.ok());
    EXPECT_TRUE(port.error().message.contains(QStringLiteral("“port”"))) << errorText(port);
    EXPECT_TRUE(port.error().message.contains(QStringLiteral("54x2"))) << errorText(port);

    const auto driver = CentralConfig::load(
        write(QStringLiteral("driver.ini"), "[central]\ndriver=mysql\nhost=h\ndatabase=d\nuser=u\n"));
    ASSERT_FALSE(driver.ok());
    EXPECT_TRUE(driver.error().message.contains(QStringLiteral("mysql"))) << errorText(driver);

    const auto mode = CentralConfig::load(write(QStringLiteral("mode.ini"), base + "sslmode=maybe\n"));
    ASSERT_FALSE(mode.ok());
    EXPECT_TRUE(mode.error().message.contains(QStringLiteral("maybe"))) << errorText(mode);

    const auto missing = CentralConfig::load(write(
        QStringLiteral("missing.ini"), "[central]\ndriver=postgres\nhost=h\nuser=u\nsslmode=disable\n"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("“database”"))) << errorText(missing);
}

TEST_F(CentralConfigTest, VerifiedTlsNeedsTheRootCertificate)
{
    const auto result = CentralConfig::load(
        write(QStringLiteral("central.ini"), "[central]\ndriver=postgres\nhost=h\ndatabase=d\nuser=u\n"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("sslrootcert"))) << errorText(result);
}

TEST_F(CentralConfigTest, NamesAMissingOrEmptyPasswordFile)
{
    const QByteArray base = "[central]\ndriver=postgres\nhost=h\ndatabase=d\nuser=u\nsslmode=disable\n";
    const auto missing =
        CentralConfig::load(write(QStringLiteral("a.ini"), base + "password_file=nope.txt\n"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("nope.txt"))) << errorText(missing);

    write(QStringLiteral("empty.txt"), "\n");
    const auto empty =
        CentralConfig::load(write(QStringLiteral("b.ini"), base + "password_file=empty.txt\n"));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("empty"))) << errorText(empty);
}

TEST_F(CentralConfigTest, TheEnvironmentVariableNamesTheFile)
{
    const QString ini =
        write(QStringLiteral("elsewhere.ini"),
              "[central]\ndriver=postgres\nhost=elsewhere\ndatabase=d\nuser=u\nsslmode=require\n");
    qputenv(CentralConfig::PathVariable, ini.toUtf8());
    EXPECT_EQ(CentralConfig::path(), ini);
    const auto result = CentralConfig::load();
    qunsetenv(CentralConfig::PathVariable);
    ASSERT_TRUE(result.ok()) << errorText(result);
    ASSERT_TRUE(result.value().has_value());
    EXPECT_EQ(result.value()->host, QStringLiteral("elsewhere"));
    EXPECT_EQ(CentralConfig::path(), CentralConfig::defaultPath());
}

// The settings the file produces are ones libpq accepts: a role that must give a password
// connects with the one in password_file, and is refused with a wrong one.
TEST_F(CentralConfigTest, ConnectsToTheServerWithThePasswordFile)
{
    QString why;
    ASSERT_TRUE(TestPostgres::available(&why)) << why.toStdString();
    const QString role = QStringLiteral("cfg_pw_%1").arg(QCoreApplication::applicationPid());
    QString error;
    ASSERT_TRUE(TestPostgres::exec(QStringLiteral("postgres"),
                                   {QStringLiteral("DROP ROLE IF EXISTS %1").arg(role),
                                    QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right horse' IN ROLE "
                                                   "password_required")
                                        .arg(role)},
                                   &error))
        << error.toStdString();

    const QByteArray ini =
        "[central]\ndriver=postgres\nhost=127.0.0.1\nport=" + QByteArray::number(TestPostgres::port())
        + "\ndatabase=postgres\nuser=" + role.toUtf8() + "\nsslmode=disable\npassword_file=pw\n";
    write(QStringLiteral("pw"), "right horse\n");
    const auto right = CentralConfig::load(write(QStringLiteral("right.ini"), ini));
    ASSERT_TRUE(right.ok()) << errorText(right);
    EXPECT_TRUE(connects(*right.value(), &error)) << error.toStdString();

    write(QStringLiteral("pw"), "wrong horse\n");
    const auto wrong = CentralConfig::load(write(QStringLiteral("wrong.ini"), ini));
    ASSERT_TRUE(wrong.ok()) << errorText(wrong);
    EXPECT_FALSE(connects(*wrong.value(), &error));

    TestPostgres::exec(QStringLiteral("postgres"), {QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)},
                       &error);
}

// IT's default, sslmode=verify-full with sslrootcert, reaches a server whose certificate that CA
// signed, over TLS; a certificate from another authority is refused, and so is a connection
// without TLS to a server that demands it (hostnossl … reject).
TEST_F(CentralConfigTest, VerifiedTlsConnectsOnlyToTheRightServer)
{
    QString why;
    ASSERT_TRUE(TestPostgres::available(&why)) << why.toStdString();
    const QString rootCert = TestPostgres::value(QStringLiteral("TENARAI_TEST_PGSSLROOTCERT"));
    const QString otherCa = TestPostgres::value(QStringLiteral("TENARAI_TEST_PGOTHERCA"));
    ASSERT_TRUE(QFile::exists(rootCert)) << rootCert.toStdString();
    ASSERT_TRUE(QFile::exists(otherCa)) << otherCa.toStdString();
    const QString role = QStringLiteral("cfg_tls_%1").arg(QCoreApplication::applicationPid());
    QString error;
    ASSERT_TRUE(TestPostgres::exec(QStringLiteral("postgres"),
                                   {QStringLiteral("DROP ROLE IF EXISTS %1").arg(role),
                                    QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE tls_required").arg(role)},
                                   &error))
        << error.toStdString();

    const QByteArray base = "[central]\ndriver=postgres\nhost=127.0.0.1\nport="
        + QByteArray::number(TestPostgres::port()) + "\ndatabase=postgres\nuser=" + role.toUtf8() + "\n";
    const auto verified = CentralConfig::load(
        write(QStringLiteral("tls.ini"), base + "sslrootcert=" + rootCert.toUtf8() + "\n"));
    ASSERT_TRUE(verified.ok()) << errorText(verified);
    EXPECT_TRUE(connects(*verified.value(), &error)) << error.toStdString();

    const auto impostor = CentralConfig::load(
        write(QStringLiteral("other.ini"), base + "sslrootcert=" + otherCa.toUtf8() + "\n"));
    ASSERT_TRUE(impostor.ok()) << errorText(impostor);
    EXPECT_FALSE(connects(*impostor.value(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("certificate"))) << error.toStdString();

    const auto plain = CentralConfig::load(write(QStringLiteral("plain.ini"), base + "sslmode=disable\n"));
    ASSERT_TRUE(plain.ok()) << errorText(plain);
    EXPECT_FALSE(connects(*plain.value(), &error));

    TestPostgres::exec(QStringLiteral("postgres"), {QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)},
                       &error);
}

// The example in docs/central-database.md is one IT can copy as it is.
TEST_F(CentralConfigTest, TheDocumentedExampleIsValid)
{
    QFile doc(QStringLiteral(TENARAI_SOURCE_DIR "/docs/central-database.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(doc.readAll());
    const qsizetype start = markdown.indexOf(QStringLiteral("```ini\n"));
    ASSERT_GE(start, 0);
    const qsizetype end = markdown.indexOf(QStringLiteral("```"), start + 7);
    ASSERT_GT(end, start);
    write(QStringLiteral("central.password"), "secret\n");
    write(QStringLiteral("central-ca.crt"), "-----BEGIN CERTIFICATE-----\n");
    const auto result
        = CentralConfig::load(write(QStringLiteral("central.ini"), markdown.mid(start + 7, end - start - 7).toUtf8()));
    ASSERT_TRUE(result.ok()) << errorText(result);
    ASSERT_TRUE(result.value().has_value());
    EXPECT_EQ(result.value()->user, QStringLiteral("tenarai_client"));
    EXPECT_EQ(result.value()->password, QStringLiteral("secret"));
    EXPECT_TRUE(result.value()->connectOptions.contains(QStringLiteral("sslmode=verify-full")));
}
