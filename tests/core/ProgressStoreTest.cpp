// The local progress store: what a learner's work leaves behind must survive, read back as written,
// travel without duplicates, and fail with words a person can act on when the file is locked,
// read-only, full, damaged or from a newer Tenarai.
#include "progress/ProgressSchema.h"
#include "progress/ProgressStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

using namespace tenarai;

namespace {

// A plain SQLite connection beside the store, as another program would hold one.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
    {
        static int counter = 0;
        m_name = QStringLiteral("progress-test-raw-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
    }
    ~RawSqlite()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql)
    {
        QSqlQuery query(db());
        const bool ok = query.exec(sql);
        EXPECT_TRUE(ok) << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return ok;
    }

private:
    QString m_name;
};

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return -1;
    }
    return query.value(0).toLongLong();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

Attempt sampleAttempt(const QString &profileId, const QString &lesson = QStringLiteral("vlookup-basics"))
{
    Attempt a;
    a.profileId = profileId;
    a.packId = QStringLiteral("excel-basics");
    a.packVersion = QStringLiteral("1.2.0");
    a.lessonId = lesson;
    a.exerciseId = QStringLiteral("ex-3");
    a.startedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 30, 0, 250), Qt::UTC);
    a.finishedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 41, 12, 5), Qt::UTC);
    a.score = 0.75;
    a.passed = true;
    a.hintsUsed = 2;
    a.checkerSummary = QStringLiteral("B列の合計が正しくありません（期待値 12,345）");
    return a;
}

class ProgressStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString &name = QStringLiteral("progress.sqlite")) const { return m_dir.filePath(name); }

    std::unique_ptr<ProgressStore> openStore(const QString &file)
    {
        auto store = std::make_unique<ProgressStore>();
        const Status status = store->open(StoreLocation::sqlite(file));
        EXPECT_TRUE(status.ok()) << (status ? std::string() : status.error().toString().toStdString());
        return store;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ProgressStoreTest, CreatesProfilesWithJapaneseNamesInNewFolder)
{
    const QString file = m_dir.filePath(QStringLiteral("データ/学習記録/progress.sqlite"));
    QString yamadaId;
    {
        auto store = openStore(file);
        ASSERT_TRUE(store->isOpen());
        EXPECT_FALSE(store->isReadOnly());
        EXPECT_EQ(store->schemaVersion(), ProgressStore::SchemaVersion);
        const Result<Profile> yamada = store->createProfile(QStringLiteral("  山田 太郎 "), QStringLiteral("税務課"));
        ASSERT_TRUE(yamada.ok()) << yamada.error().toString().toStdString();
        EXPECT_EQ(yamada->displayName, QStringLiteral("山田 太郎"));
        EXPECT_TRUE(isUuid(yamada->id)) << yamada->id.toStdString();
        yamadaId = yamada->id;
        ASSERT_TRUE(store->createProfile(QStringLiteral("佐藤花子")).ok());
        const Result<Profile> empty = store->createProfile(QStringLiteral("   "));
        ASSERT_FALSE(empty.ok());
        EXPECT_FALSE(empty.error().message.isEmpty());
    }
    ProgressStore reopened;
    ASSERT_TRUE(reopened.open(StoreLocation::sqlite(file)).ok());
    const Result<QList<Profile>> profiles = reopened.profiles();
    ASSERT_TRUE(profiles.ok());
    ASSERT_EQ(profiles->size(), 2);
    EXPECT_EQ(profiles->at(0).id, yamadaId);
    EXPECT_EQ(profiles->at(0).department, QStringLiteral("税務課"));
    EXPECT_EQ(profiles->at(1).displayName, QStringLiteral("佐藤花子"));
    EXPECT_TRUE(profiles->at(1).department.isEmpty());
    EXPECT_TRUE(profiles->at(0).createdAt.isValid());

    Profile renamed = profiles->at(1);
    renamed.displayName = QStringLiteral("鈴木花子");
    renamed.department = QStringLiteral("市民課");
    ASSERT_TRUE(reopened.updateProfile(renamed).ok());
    EXPECT_EQ(reopened.profiles()->at(1).displayName, QStringLiteral("鈴木花子"));
    EXPECT_EQ(reopened.profiles()->at(1).createdAt, profiles->at(1).createdAt);
    Profile stranger = renamed;
    stranger.id = newRecordId();
    EXPECT_FALSE(reopened.updateProfile(stranger).ok());
}

TEST_F(ProgressStoreTest, RecordsAttemptsAsWrittenAndFirstCompletionWins)
{
    auto store = openStore(path());
    const Profile learner = store->createProfile(QStringLiteral("田中一郎")).value();

    const Attempt sample = sampleAttempt(learner.id);
    Completion lesson;
    const Result<Attempt> first = store->recordAttempt(sample, lesson);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_TRUE(isUuid(first->id));

    Attempt later = sampleAttempt(learner.id);
    later.finishedAt = sample.finishedAt.addDays(3);
    later.packVersion = QStringLiteral("1.3.0");
    later.score = 1.0;
    later.hintsUsed = 0;
    ASSERT_TRUE(store->recordAttempt(later, Completion()).ok());

    const Result<QList<Attempt>> attempts = store->attempts(learner.id);
    ASSERT_TRUE(attempts.ok());
    ASSERT_EQ(attempts->size(), 2);
    const Attempt &read = attempts->at(0);
    EXPECT_EQ(read.id, first->id);
    EXPECT_EQ(read.packId, sample.packId);
    EXPECT_EQ(read.packVersion, sample.packVersion);
    EXPECT_EQ(read.lessonId, sample.lessonId);
    EXPECT_EQ(read.exerciseId, sample.exerciseId);
    EXPECT_EQ(read.startedAt, sample.startedAt);
    EXPECT_EQ(read.finishedAt, sample.finishedAt);
    EXPECT_DOUBLE_EQ(read.score, 0.75);
    EXPECT_TRUE(read.passed);
    EXPECT_EQ(read.hintsUsed, 2);
    EXPECT_EQ(read.checkerSummary, sample.checkerSummary);
    EXPECT_EQ(store->attempts()->size(), 2);
    EXPECT_TRUE(store->attempts(newRecordId())->isEmpty());

    Result<QList<Completion>> completions = store->completions(learner.id);
    ASSERT_TRUE(completions.ok());
    ASSERT_EQ(completions->size(), 1);
    EXPECT_EQ(completions->at(0).completedAt, sample.finishedAt);
    EXPECT_EQ(completions->at(0).packVersion, QStringLiteral("1.2.0"));

    // An earlier completion that arrives late (another PC) is the first one.
    Completion earlier{learner.id, sample.packId, QStringLiteral("1.1.0"), sample.lessonId,
                       sample.finishedAt.addDays(-1)};
    ASSERT_TRUE(store->recordCompletion(earlier).ok());
    completions = store->completions();
    ASSERT_EQ(completions->size(), 1);
    EXPECT_EQ(completions->at(0).completedAt, earlier.completedAt);
    EXPECT_EQ(completions->at(0).packVersion, QStringLiteral("1.1.0"));

    // A record that names no pack is refused with the field's name, and nothing is kept.
    Attempt broken = sampleAttempt(learner.id);
    broken.packId.clear();
    const Result<Attempt> refused = store->recordAttempt(broken);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("packId"))) << refused.error().message.toStdString();
    EXPECT_EQ(store->attempts()->size(), 2);
}

TEST_F(ProgressStoreTest, EventsKeepAppendOrderWithUuids)
{
    auto store = openStore(path());
    const Profile a = store->createProfile(QStringLiteral("青木")).value();
    const Profile b = store->createProfile(QStringLiteral("石井")).value();
    ASSERT_TRUE(store->recordAttempt(sampleAttempt(a.id), Completion()).ok());
    ASSERT_TRUE(store->recordAttempt(sampleAttempt(b.id, QStringLiteral("sum"))).ok());
    WorkshopSession session{newRecordId(), QStringLiteral("Excel入門 第1回"), QStringLiteral("講師 小林"),
                            QDateTime::currentDateTimeUtc(), QDateTime()};
    ASSERT_TRUE(store->recordWorkshopSession(session).ok());
    session.endedAt = session.startedAt.addSecs(5400);
    ASSERT_TRUE(store->recordWorkshopSession(session).ok());

    const Result<QList<Event>> events = store->events();
    ASSERT_TRUE(events.ok());
    QStringList types;
    QSet<QString> ids;
    for (const Event &e : events.value()) {
        types << e.type;
        EXPECT_TRUE(isUuid(e.id)) << e.id.toStdString();
        ids.insert(e.id);
        EXPECT_TRUE(e.at.isValid());
        EXPECT_EQ(e.at.timeSpec(), Qt::UTC);
    }
    EXPECT_EQ(ids.size(), events->size());
    EXPECT_EQ(types, (QStringList{QStringLiteral("profile.created"), QStringLiteral("profile.created"),
                                  QStringLiteral("attempt.recorded"), QStringLiteral("lesson.completed"),
                                  QStringLiteral("attempt.recorded"), QStringLiteral("workshop.session"),
                                  QStringLiteral("workshop.session")}));
    EXPECT_EQ(events->at(2).data.value(QStringLiteral("profileId")).toString(), a.id);

    const Result<QList<Event>> ofB = store->events(b.id);
    ASSERT_EQ(ofB->size(), 2);
    EXPECT_EQ(ofB->at(1).type, QStringLiteral("attempt.recorded"));

    const Result<QList<WorkshopSession>> sessions = store->workshopSessions();
    ASSERT_EQ(sessions->size(), 1);
    EXPECT_EQ(sessions->at(0).title, session.title);
    EXPECT_EQ(sessions->at(0).endedAt, session.endedAt);
}

TEST_F(ProgressStoreTest, ApplyingEventsTwiceAddsNothingTheSecondTime)
{
    auto source = openStore(path(QStringLiteral("pc1.sqlite")));
    const Profile learner = source->createProfile(QStringLiteral("中村 美咲"), QStringLiteral("福祉課")).value();
    ASSERT_TRUE(source->recordAttempt(sampleAttempt(learner.id), Completion()).ok());
    ASSERT_TRUE(source->recordAttempt(sampleAttempt(learner.id, QStringLiteral("pivot"))).ok());
    const QList<Event> events = source->events().value();
    ASSERT_EQ(events.size(), 4);

    auto target = openStore(path(QStringLiteral("pc2.sqlite")));
    const Profile local = target->createProfile(QStringLiteral("地元の人")).value();
    Result<int> applied = target->applyEvents(events);
    ASSERT_TRUE(applied.ok()) << applied.error().toString().toStdString();
    EXPECT_EQ(applied.value(), 4);
    applied = target->applyEvents(events);
    ASSERT_TRUE(applied.ok());
    EXPECT_EQ(applied.value(), 0);

    EXPECT_EQ(target->events()->size(), 5);
    EXPECT_EQ(target->profiles()->size(), 2);
    const QList<Attempt> copied = target->attempts(learner.id).value();
    const QList<Attempt> original = source->attempts(learner.id).value();
    ASSERT_EQ(copied.size(), original.size());
    for (qsizetype i = 0; i < copied.size(); ++i) {
        EXPECT_EQ(copied[i].id, original[i].id);
        EXPECT_EQ(toJson(copied[i]), toJson(original[i]));
    }
    EXPECT_EQ(target->completions(learner.id)->size(), 1);
    EXPECT_EQ(target->events(local.id)->size(), 1);

    // One bad event refuses the whole batch: the good one before it is not kept either.
    Event good = events.at(2);
    good.id = newRecordId();
    good.data[QStringLiteral("id")] = newRecordId();
    Event bad = events.at(3);
    bad.id = newRecordId();
    bad.data[QStringLiteral("score")] = 7;
    const Result<int> refused = target->applyEvents({good, bad});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(bad.id)) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("score")));
    EXPECT_EQ(target->events()->size(), 5);
    EXPECT_EQ(target->attempts()->size(), 2);
}

TEST_F(ProgressStoreTest, OutboxListsUnsentEventsOldestFirstUntilMarkedSent)
{
    {
        auto store = openStore(path());
        const Profile learner = store->createProfile(QStringLiteral("小川")).value();
        for (int i = 0; i < 3; ++i)
            ASSERT_TRUE(store->recordAttempt(sampleAttempt(learner.id, QStringLiteral("lesson-%1").arg(i))).ok());
        const QList<Event> all = store->events().value();
        const QList<Event> firstTwo = store->unsentEvents(2).value();
        ASSERT_EQ(firstTwo.size(), 2);
        EXPECT_EQ(firstTwo[0].id, all[0].id);
        EXPECT_EQ(firstTwo[1].id, all[1].id);
        ASSERT_TRUE(store->markSent({firstTwo[0].id, firstTwo[1].id}).ok());
        // Marking again, or an unknown id, changes nothing.
        ASSERT_TRUE(store->markSent({firstTwo[0].id, newRecordId()}).ok());
    }
    auto store = openStore(path());
    const QList<Event> all = store->events().value();
    const QList<Event> rest = store->unsentEvents(100).value();
    ASSERT_EQ(rest.size(), 2);
    EXPECT_EQ(rest[0].id, all[2].id);
    EXPECT_EQ(rest[1].id, all[3].id);
    EXPECT_EQ(rest[1].data, all[3].data);
}

TEST_F(ProgressStoreTest, OpeningTwiceChangesNothingAndTwoStoresShareTheFile)
{
    auto first = openStore(path());
    const Profile learner = first->createProfile(QStringLiteral("森")).value();
    ASSERT_TRUE(first->recordAttempt(sampleAttempt(learner.id)).ok());
    auto second = openStore(path());
    EXPECT_EQ(second->schemaVersion(), 1);
    ASSERT_TRUE(second->recordAttempt(sampleAttempt(learner.id)).ok());
    EXPECT_EQ(first->attempts()->size(), 2);
    first->close();
    EXPECT_FALSE(first->isOpen());
    EXPECT_FALSE(first->attempts().ok());
    ASSERT_TRUE(first->open(StoreLocation::sqlite(path())).ok());
    EXPECT_EQ(first->events()->size(), 3);
    EXPECT_EQ(scalar(first->database(), QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")), 1);
    EXPECT_EQ(scalar(first->database(), QStringLiteral("SELECT count(*) FROM meta")), 1);
}

TEST_F(ProgressStoreTest, MigrationToANewVersionKeepsEveryRow)
{
    {
        auto store = openStore(path());
        const Profile learner = store->createProfile(QStringLiteral("古い記録")).value();
        for (int i = 0; i < 5; ++i)
            ASSERT_TRUE(store->recordAttempt(sampleAttempt(learner.id), Completion()).ok());
    }
    // A version 2 as it would be added: one more entry after the shipped ones.
    QList<SchemaMigration> steps = ProgressSchema::migrations();
    steps.append({2,
                  {QStringLiteral("ALTER TABLE attempts ADD COLUMN duration_ms BIGINT"),
                   QStringLiteral("CREATE TABLE badges (profile_id TEXT NOT NULL, badge TEXT NOT NULL)")}});
    {
        RawSqlite raw(path());
        QSqlDatabase db = raw.db();
        ASSERT_TRUE(raw.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QString why;
        ASSERT_TRUE(ProgressSchema::migrate(db, 1, steps, &why)) << why.toStdString();
        ASSERT_TRUE(raw.exec(QStringLiteral("COMMIT")));
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")), 2);
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM attempts")), 5);
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM events")), 11);
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM attempts WHERE duration_ms IS NULL")), 5);
        // A failing step leaves the database as it was, thanks to the caller's rollback.
        steps.append({3, {QStringLiteral("CREATE TABLE badges (x TEXT)")}});
        ASSERT_TRUE(raw.exec(QStringLiteral("BEGIN IMMEDIATE")));
        EXPECT_FALSE(ProgressSchema::migrate(db, 2, steps, &why));
        EXPECT_TRUE(why.contains(QStringLiteral("badges"))) << why.toStdString();
        ASSERT_TRUE(raw.exec(QStringLiteral("ROLLBACK")));
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")), 2);
    }
    // This Tenarai knows version 1 only: it refuses the migrated file.
    ProgressStore store;
    const Status refused = store.open(StoreLocation::sqlite(path()));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Unsupported);
}

TEST_F(ProgressStoreTest, NewerDatabaseIsRefusedAndLeftByteForByte)
{
    {
        RawSqlite raw(path());
        raw.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        raw.exec(QStringLiteral("INSERT INTO meta VALUES ('schema_version', '7')"));
        raw.exec(QStringLiteral("CREATE TABLE events (id TEXT PRIMARY KEY, future_column TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO events VALUES ('x', 'from the future')"));
    }
    const QByteArray before = fileBytes(path());
    ProgressStore store;
    const Status status = store.open(StoreLocation::sqlite(path()));
    ASSERT_FALSE(status.ok());
    EXPECT_FALSE(store.isOpen());
    EXPECT_EQ(status.error().kind, Error::Kind::Unsupported);
    const QString message = status.error().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("newer version of Tenarai"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("version 7"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(path()))) << message.toStdString();
    EXPECT_EQ(fileBytes(path()), before);
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
}

TEST_F(ProgressStoreTest, DatabaseOfAnotherProgramIsRefusedAndLeftAlone)
{
    {
        RawSqlite raw(path(QStringLiteral("address-book.sqlite")));
        raw.exec(QStringLiteral("CREATE TABLE people (name TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO people VALUES ('山本')"));
    }
    const QByteArray before = fileBytes(path(QStringLiteral("address-book.sqlite")));
    ProgressStore store;
    const Status status = store.open(StoreLocation::sqlite(path(QStringLiteral("address-book.sqlite"))));
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("not a Tenarai progress database")));
    EXPECT_EQ(fileBytes(path(QStringLiteral("address-book.sqlite"))), before);
}

TEST_F(ProgressStoreTest, RandomBytesGiveAClearErrorAndAreNotOverwritten)
{
    QByteArray garbage(64 * 1024, Qt::Uninitialized);
    QRandomGenerator random(20260401);
    for (char &c : garbage)
        c = char(random.bounded(256));
    {
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    ProgressStore store;
    const Status status = store.open(StoreLocation::sqlite(path()));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, Error::Kind::Format);
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("damaged"))) << status.error().message.toStdString();
    EXPECT_EQ(status.error().file, QDir::toNativeSeparators(path()));
    EXPECT_EQ(fileBytes(path()), garbage);
    EXPECT_FALSE(store.isOpen());
}

TEST_F(ProgressStoreTest, DamagedPagesAreReportedOnOpenAndNotRepaired)
{
    {
        auto store = openStore(path());
        const Profile learner = store->createProfile(QStringLiteral("壊れた記録")).value();
        Attempt big = sampleAttempt(learner.id);
        big.checkerSummary = QString(3000, QChar(0x3042));
        for (int i = 0; i < 40; ++i)
            ASSERT_TRUE(store->recordAttempt(big).ok());
    }
    QByteArray bytes = fileBytes(path());
    ASSERT_GT(bytes.size(), 16 * 4096);
    // Overwrite pages in the middle of the file, as a failing disk would.
    for (qsizetype i = 6 * 4096; i < 10 * 4096; ++i)
        bytes[i] = char(0xA5 ^ (i & 0xff));
    {
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    ProgressStore store;
    const Status status = store.open(StoreLocation::sqlite(path()));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, Error::Kind::Format);
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("damaged"))) << status.error().message.toStdString();
    EXPECT_EQ(fileBytes(path()), bytes);
}

TEST_F(ProgressStoreTest, LockedDatabaseSaysLockedInsteadOfHanging)
{
    auto store = openStore(path());
    const Profile learner = store->createProfile(QStringLiteral("待つ人")).value();
    {
        RawSqlite other(path());
        ASSERT_TRUE(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        ASSERT_TRUE(other.exec(QStringLiteral("INSERT INTO meta VALUES ('other', 'x')")));
        QElapsedTimer timer;
        timer.start();
        const Result<Attempt> blocked = store->recordAttempt(sampleAttempt(learner.id));
        ASSERT_FALSE(blocked.ok());
        EXPECT_LT(timer.elapsed(), 20000);
        EXPECT_TRUE(blocked.error().message.contains(QStringLiteral("locked"))) << blocked.error().message.toStdString();
        EXPECT_EQ(blocked.error().file, QDir::toNativeSeparators(path()));
        // Reading still works while another program writes (WAL).
        EXPECT_EQ(store->profiles()->size(), 1);
        ASSERT_TRUE(other.exec(QStringLiteral("ROLLBACK")));
    }
    ASSERT_TRUE(store->recordAttempt(sampleAttempt(learner.id)).ok());
    EXPECT_EQ(store->attempts()->size(), 1);
}

TEST_F(ProgressStoreTest, OpeningAFileAnotherProgramHoldsSaysLocked)
{
    {
        RawSqlite other(path());
        // A database in the classic journal mode, locked for writing: nobody else may even read.
        ASSERT_TRUE(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        ProgressStore store;
        QElapsedTimer timer;
        timer.start();
        const Status status = store.open(StoreLocation::sqlite(path()));
        ASSERT_FALSE(status.ok());
        EXPECT_LT(timer.elapsed(), 20000);
        EXPECT_FALSE(store.isOpen());
        EXPECT_TRUE(status.error().message.contains(QStringLiteral("locked"))) << status.error().message.toStdString();
        ASSERT_TRUE(other.exec(QStringLiteral("ROLLBACK")));
    }
    auto store = openStore(path());
    EXPECT_TRUE(store->isOpen());
}

TEST_F(ProgressStoreTest, FullDiskRecordsNothingAndTheStoreStaysUsable)
{
    auto store = openStore(path());
    const Profile learner = store->createProfile(QStringLiteral("満杯")).value();
    ASSERT_TRUE(store->recordAttempt(sampleAttempt(learner.id)).ok());
    {
        QSqlQuery query(store->database());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const qint64 pages = query.value(0).toLongLong();
        query.finish();
        // The connection may not grow the file: the next big write finds the "disk" full.
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    }
    Attempt big = sampleAttempt(learner.id);
    big.checkerSummary = QString(60000, QChar(0x30A2));
    const Result<Attempt> full = store->recordAttempt(big, Completion());
    ASSERT_FALSE(full.ok());
    EXPECT_TRUE(full.error().message.contains(QStringLiteral("full"))) << full.error().message.toStdString();
    EXPECT_EQ(store->attempts()->size(), 1);
    EXPECT_EQ(store->events()->size(), 2);
    EXPECT_TRUE(store->completions()->isEmpty());
    EXPECT_TRUE(store->integrityCheck()->isEmpty());
    {
        QSqlQuery query(store->database());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
    }
    ASSERT_TRUE(store->recordAttempt(big, Completion()).ok());
    EXPECT_EQ(store->attempts()->size(), 2);
    EXPECT_EQ(store->completions()->size(), 1);
}

#ifdef Q_OS_LINUX
namespace {
// Makes a file or folder read-only even for root (who ignores permission bits), through the
// ext4/tmpfs "immutable" flag; undone on destruction so that the temporary folder can be removed.
class ReadOnlyGuard
{
public:
    ReadOnlyGuard(const QString &path, bool folder) : m_path(path), m_folder(folder)
    {
        QFile::setPermissions(path, folder ? QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                           : QFile::ReadOwner | QFile::ReadGroup);
        if (geteuid() == 0)
            m_immutable = setImmutable(true);
    }
    ~ReadOnlyGuard()
    {
        if (m_immutable)
            setImmutable(false);
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | (m_folder ? QFile::ExeOwner : QFile::Permissions()));
    }
    bool effective() const { return geteuid() != 0 || m_immutable; }

private:
    bool setImmutable(bool on)
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | (m_folder ? O_DIRECTORY : 0));
        if (fd < 0)
            return false;
        int flags = 0;
        bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (ok) {
            flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
            ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        ::close(fd);
        return ok;
    }

    QString m_path;
    bool m_folder;
    bool m_immutable = false;
};
} // namespace

TEST_F(ProgressStoreTest, ReadOnlyFileAndFolderOpenReadOnlyAndWritesSayWhy)
{
    const QString folder = m_dir.filePath(QStringLiteral("共有"));
    const QString file = folder + QStringLiteral("/progress.sqlite");
    QString learnerId;
    {
        auto store = openStore(file);
        learnerId = store->createProfile(QStringLiteral("閲覧のみ")).value().id;
        ASSERT_TRUE(store->recordAttempt(sampleAttempt(learnerId)).ok());
    }
    const QByteArray before = fileBytes(file);
    {
        ReadOnlyGuard fileGuard(file, false);
        ReadOnlyGuard folderGuard(folder, true);
        if (!fileGuard.effective() || !folderGuard.effective())
            GTEST_SKIP() << "cannot make a file read-only for root here (no immutable flag)";
        ProgressStore store;
        const Status opened = store.open(StoreLocation::sqlite(file));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        EXPECT_TRUE(store.isReadOnly());
        ASSERT_EQ(store.attempts(learnerId)->size(), 1);
        EXPECT_EQ(store.profiles()->at(0).displayName, QStringLiteral("閲覧のみ"));
        const Result<Attempt> refused = store.recordAttempt(sampleAttempt(learnerId));
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("can only be read")))
            << refused.error().message.toStdString();
        EXPECT_FALSE(store.createProfile(QStringLiteral("新しい人")).ok());
        EXPECT_FALSE(store.markSent({newRecordId()}).ok());
        // Backups still work from a read-only database.
        EXPECT_TRUE(store.backupTo(path(QStringLiteral("copy.sqlite"))).ok());
    }
    EXPECT_EQ(fileBytes(file), before);
    auto copy = openStore(path(QStringLiteral("copy.sqlite")));
    EXPECT_EQ(copy->attempts()->size(), 1);
}

TEST_F(ProgressStoreTest, ReadOnlyFileInAWritableFolderOpensReadOnly)
{
    QString learnerId;
    {
        auto store = openStore(path());
        learnerId = store->createProfile(QStringLiteral("参照用")).value().id;
        ASSERT_TRUE(store->recordAttempt(sampleAttempt(learnerId), Completion()).ok());
    }
    const QByteArray before = fileBytes(path());
    {
        ReadOnlyGuard guard(path(), false);
        if (!guard.effective())
            GTEST_SKIP() << "cannot make a file read-only for root here (no immutable flag)";
        ProgressStore store;
        const Status opened = store.open(StoreLocation::sqlite(path()));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        EXPECT_TRUE(store.isReadOnly());
        EXPECT_EQ(store.completions(learnerId)->size(), 1);
        EXPECT_EQ(store.events()->size(), 3);
        const Status refused = store.recordCompletion(store.completions()->at(0));
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("can only be read")));
    }
    EXPECT_EQ(fileBytes(path()), before);
}
#endif

TEST_F(ProgressStoreTest, BackupOpensWithTheSameRows)
{
    auto store = openStore(path());
    const Profile learner = store->createProfile(QStringLiteral("控え")).value();
    const Result<Attempt> before = store->recordAttempt(sampleAttempt(learner.id), Completion());
    ASSERT_TRUE(before.ok());
    const QString backup = path(QStringLiteral("backups/2026-04-01.sqlite"));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(backup).absolutePath()));
    const Status made = store->backupTo(backup);
    ASSERT_TRUE(made.ok()) << made.error().toString().toStdString();
    ASSERT_TRUE(store->recordAttempt(sampleAttempt(learner.id)).ok()); // after the backup: not in it

    auto copy = openStore(backup);
    EXPECT_EQ(copy->events()->size(), 3);
    EXPECT_EQ(copy->attempts()->size(), 1);
    EXPECT_EQ(toJson(copy->attempts()->at(0)), toJson(before.value()));
    EXPECT_EQ(copy->completions()->size(), 1);
    EXPECT_TRUE(copy->integrityCheck()->isEmpty());

    const Status again = store->backupTo(backup);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already exists")));
    EXPECT_EQ(copy->attempts()->size(), 1);
}

TEST_F(ProgressStoreTest, IntegrityCheckOfASoundDatabaseIsEmpty)
{
    auto store = openStore(path());
    const Profile learner = store->createProfile(QStringLiteral("健全")).value();
    ASSERT_TRUE(store->recordAttempt(sampleAttempt(learner.id)).ok());
    const Result<QStringList> problems = store->integrityCheck();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(store->database().driverName(), QStringLiteral("QSQLITE"));
    QSqlQuery query(store->database());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
}

TEST(ProgressRecords, JsonRoundTripAndDistrustOfEveryField)
{
    Attempt attempt = sampleAttempt(newRecordId());
    attempt.id = newRecordId();
    QString why;
    const std::optional<Attempt> back = attemptFromJson(toJson(attempt), &why);
    ASSERT_TRUE(back.has_value()) << why.toStdString();
    EXPECT_EQ(toJson(*back), toJson(attempt));
    EXPECT_EQ(toJson(attempt).value(QStringLiteral("finishedAt")).toString(), QStringLiteral("2026-04-01T09:41:12.005Z"));

    QJsonObject json = toJson(attempt);
    json[QStringLiteral("score")] = 1.5;
    EXPECT_FALSE(attemptFromJson(json, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("score"))) << why.toStdString();
    json = toJson(attempt);
    json[QStringLiteral("profileId")] = QStringLiteral("'; DROP TABLE attempts; --");
    EXPECT_FALSE(attemptFromJson(json, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("profileId")));
    json = toJson(attempt);
    json.remove(QStringLiteral("finishedAt"));
    EXPECT_FALSE(attemptFromJson(json, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("finishedAt")));
    json = toJson(attempt);
    json[QStringLiteral("hintsUsed")] = 1.5;
    EXPECT_FALSE(attemptFromJson(json, &why));
    json = toJson(attempt);
    json[QStringLiteral("checkerSummary")] = QString(200000, QLatin1Char('x'));
    EXPECT_FALSE(attemptFromJson(json, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("too long")));

    Profile profile{newRecordId(), QStringLiteral("山田"), QString(), QDateTime::currentDateTimeUtc()};
    ASSERT_TRUE(profileFromJson(toJson(profile), &why).has_value());
    QJsonObject p = toJson(profile);
    p[QStringLiteral("displayName")] = 3;
    EXPECT_FALSE(profileFromJson(p, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("displayName")));

    WorkshopSession session{newRecordId(), QStringLiteral("研修"), QString(), QDateTime::currentDateTimeUtc(), {}};
    const std::optional<WorkshopSession> s = workshopSessionFromJson(toJson(session), &why);
    ASSERT_TRUE(s.has_value()) << why.toStdString();
    EXPECT_FALSE(s->endedAt.isValid());

    Event event{newRecordId(), QStringLiteral("future.type"), QString(), QDateTime::currentDateTimeUtc(), {}};
    EXPECT_TRUE(eventFromJson(toJson(event), &why).has_value()) << why.toStdString();
    QJsonObject e = toJson(event);
    e[QStringLiteral("at")] = QStringLiteral("yesterday");
    EXPECT_FALSE(eventFromJson(e, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("at")));
}
