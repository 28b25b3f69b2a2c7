// A learner's PC may lose power or the app may be killed at any moment. A process that records
// attempts is killed with SIGKILL at random moments, many times; afterwards the database must be
// intact and hold every attempt whose write had returned.
#include "progress/ProgressStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace tenarai;

#ifdef Q_OS_UNIX

namespace {

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

TEST(ProgressCrash, KilledWriterLosesNoAcknowledgedAttempt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    QString profileId;
    {
        ProgressStore store;
        ASSERT_TRUE(store.open(StoreLocation::sqlite(path)).ok());
        profileId = store.createProfile(QStringLiteral("停電テスト")).value().id;
    }

    const quint32 seed = QRandomGenerator::global()->generate();
    SCOPED_TRACE(::testing::Message() << "random seed " << seed);
    QRandomGenerator random(seed);
    QSet<QString> acknowledged;
    int killedWhileWriting = 0;
    QElapsedTimer total;
    total.start();
    constexpr int Rounds = 40;
    for (int round = 0; round < Rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(PROGRESS_WRITER_PATH), {path, profileId});
        ASSERT_TRUE(writer.waitForStarted(10000));
        // Most rounds kill while attempts are being written; every fifth one may kill while the
        // store is still opening.
        if (round % 5 != 4) {
            QElapsedTimer wait;
            wait.start();
            while (!writer.canReadLine() && writer.state() == QProcess::Running && wait.elapsed() < 10000)
                writer.waitForReadyRead(100);
            ASSERT_TRUE(writer.canReadLine()) << "the writer wrote nothing: " << writer.readAllStandardError().constData();
        }
        QThread::msleep(random.bounded(5, 151));
        ASSERT_EQ(writer.state(), QProcess::Running) << writer.readAllStandardError().constData();
        writer.kill(); // SIGKILL: no destructor, no flush, no checkpoint
        ASSERT_TRUE(writer.waitForFinished(10000));
        EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit);
        EXPECT_TRUE(writer.readAllStandardError().isEmpty());

        // Only complete lines are acknowledged ids: the kill may cut the last one short.
        const QByteArray out = writer.readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            acknowledged.insert(QString::fromLatin1(lines[i]));
        killedWhileWriting += lines.size() > 1;
    }
    RecordProperty("acknowledged", int(acknowledged.size()));
    RecordProperty("killedWhileWriting", killedWhileWriting);
    RecordProperty("milliseconds", int(total.elapsed()));
    EXPECT_LT(total.elapsed(), 120000);
    EXPECT_GE(killedWhileWriting, Rounds / 2);
    ASSERT_GT(acknowledged.size(), Rounds);

    ProgressStore store;
    const Status opened = store.open(StoreLocation::sqlite(path));
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    const QSqlDatabase db = store.database();
    {
        QSqlQuery check(db);
        ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
    }
    const Result<QList<Attempt>> attempts = store.attempts(profileId);
    ASSERT_TRUE(attempts.ok());
    QSet<QString> stored;
    for (const Attempt &a : attempts.value())
        stored.insert(a.id);
    for (const QString &id : std::as_const(acknowledged))
        EXPECT_TRUE(stored.contains(id)) << "acknowledged attempt lost: " << id.toStdString();
    // At most one unacknowledged attempt per kill may have reached the disk before its id did.
    EXPECT_LE(stored.size(), acknowledged.size() + Rounds);
    RecordProperty("stored", int(stored.size()));

    // Every attempt came with its event and nothing else is half there.
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM attempts")),
              count(db, QStringLiteral("SELECT count(*) FROM events WHERE type = 'attempt.recorded'")));
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM attempts a LEFT JOIN events e ON e.id = a.event_id "
                                       "WHERE e.id IS NULL")),
              0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(DISTINCT seq) FROM events")),
              count(db, QStringLiteral("SELECT count(*) FROM events")));
    // The writer records a completion with every fifth attempt, in the same transaction.
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM events WHERE type = 'lesson.completed'")),
              count(db, QStringLiteral("SELECT count(*) FROM attempts "
                                       "WHERE CAST(substr(exercise_id, 10) AS INTEGER) % 5 = 0")));
    const Result<QStringList> problems = store.integrityCheck();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty());
}

#endif
