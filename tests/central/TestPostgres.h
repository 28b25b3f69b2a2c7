#pragma once

#include "progress/ProgressStore.h"

#include <QString>

#include <gtest/gtest.h>

namespace tenarai::test {

// The PostgreSQL server scripts/postgres.sh started for this test run (CTest's postgres fixture),
// as the connection file it wrote says: 127.0.0.1, its port, superuser "postgres" with trust.
// TENARAI_TEST_POSTGRES_ENV names another connection file, for running central_tests by hand.
class TestPostgres
{
public:
    // Fails the calling test with the reason when there is no server: never a silent skip.
    static bool available(QString *why);
    static int port();
    // Another entry of the connection file, e.g. TENARAI_TEST_PGSSLROOTCERT (the CA that signed
    // the server's certificate) or TENARAI_TEST_PGOTHERCA (one that did not).
    static QString value(const QString &key);
    static StoreLocation location(const QString &database, const QString &user = QStringLiteral("postgres"),
                                  const QString &password = {});
    // Runs statements as the superuser on the given database ("postgres" for CREATE DATABASE).
    static bool exec(const QString &database, const QStringList &statements, QString *error);
};

// Each test gets a database of its own, named after the test, created empty in SetUp and dropped
// in TearDown, so tests are independent and may run in parallel.
class CentralDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    // The test's database as the superuser sees it.
    StoreLocation central() const { return TestPostgres::location(m_database); }
    QString databaseName() const { return m_database; }

private:
    QString m_database;
};

} // namespace tenarai::test
