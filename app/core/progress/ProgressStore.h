#pragma once

#include "Error.h"
#include "progress/ProgressRecords.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace tenarai {

// Where the progress store lives and how to reach it.
struct StoreLocation
{
    enum class Driver { Sqlite, Postgres };
    Driver driver = Driver::Sqlite;
    QString path;            // SQLite file
    QString host;            // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString connectOptions;  // QSqlDatabase::setConnectOptions, e.g. "sslmode=verify-full;sslrootcert=…"

    // <the desktop app's QStandardPaths::AppDataLocation>/progress.sqlite, also when tenarai-cli asks.
    static StoreLocation defaultLocal();
    static StoreLocation sqlite(const QString &path);
};

// The progress store: one database (SQLite locally, or the organisation's PostgreSQL) holding the
// event log and the tables derived from it. The same schema and the same SQL serve both drivers.
//
// Every write is one transaction that appends the event and updates the tables, so a record is
// either wholly there or not at all; a write that returned ok() survives a crash (SQLite WAL,
// synchronous=FULL). Opening checks the schema version: an older one is migrated forward in one
// transaction keeping every row; a newer one is refused and never altered. A locked, read-only,
// full or corrupt database gives an Error naming the file and what to do; when the file can be
// read but not written, the store opens read-only (isReadOnly()) and writes fail with a message.
//
// Not thread-safe: one ProgressStore (one named connection) per thread.
class ProgressStore
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ProgressStore)

public:
    static constexpr int SchemaVersion = 1;

    ProgressStore();
    ~ProgressStore();
    ProgressStore(const ProgressStore &) = delete;
    ProgressStore &operator=(const ProgressStore &) = delete;

    // Opens (creating and migrating when needed). For SQLite, creates the folder.
    Status open(const StoreLocation &location);
    void close();
    bool isOpen() const;
    bool isReadOnly() const;
    QString describeLocation() const; // the file path, or user@host:port/database
    int schemaVersion() const;        // of the open database

    // Profiles.
    Result<Profile> createProfile(const QString &displayName, const QString &department = {});
    Status updateProfile(const Profile &profile);
    Result<QList<Profile>> profiles() const;

    // Records one attempt (and, with completedLesson, the lesson's completion) in one transaction.
    // Fills attempt.id when empty (and finishedAt with now when invalid); empty fields of
    // completedLesson are taken from the attempt. Returns once it is durable.
    Result<Attempt> recordAttempt(Attempt attempt, const std::optional<Completion> &completedLesson = std::nullopt);
    Status recordCompletion(const Completion &completion);
    Status recordWorkshopSession(const WorkshopSession &session);

    // Reading. An empty profileId means every profile.
    Result<QList<Attempt>> attempts(const QString &profileId = {}) const;
    Result<QList<Completion>> completions(const QString &profileId = {}) const;
    Result<QList<WorkshopSession>> workshopSessions() const;

    // The event log in the order it was appended. An empty profileId means every profile.
    Result<QList<Event>> events(const QString &profileId = {}) const;

    // Applies events from elsewhere (a bundle, the central store) as if they had been recorded
    // here: one transaction, events whose id is already present are skipped. Returns how many
    // were new.
    Result<int> applyEvents(const QList<Event> &events);

    // The outbox: events not yet pushed to the central store, oldest first, and marking them sent.
    Result<QList<Event>> unsentEvents(int limit) const;
    Status markSent(const QStringList &eventIds);

    // Maintenance for `tenarai-cli db`.
    Result<QStringList> integrityCheck() const; // empty list when sound ("PRAGMA integrity_check")
    Status backupTo(const QString &path) const;  // a consistent copy (SQLite: VACUUM INTO)

    // The open connection, for tests and for the central sync.
    QSqlDatabase database() const;

private:
    class Private;
    Private *d;
};

} // namespace tenarai
