#include "progress/ProgressStore.h"

#include "progress/ProgressSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

#include <atomic>

namespace tenarai {

namespace {

// How long a write waits for another program's write to finish before it reports "locked".
constexpr int BusyTimeoutMs = 5000;

// SQLite primary result codes (sqlite3.h); Qt reports them, possibly extended, as text.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};

QString storedTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(storedTime(time)) : QVariant(QMetaType(QMetaType::QString));
}

// A null QString is bound as SQL NULL; optional text is stored as '' so that NOT NULL holds.
QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QDateTime readTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString connectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("tenarai-progress-%1").arg(++counter);
}

} // namespace

StoreLocation StoreLocation::defaultLocal()
{
    // The desktop app's data folder, whichever program asks: tenarai-cli runs under its own
    // name, but looks after the same database. QStandardPaths derives the folder from these
    // names (set in app/main.cpp; never change them, or users' progress seems to vanish).
    const QString application = QCoreApplication::applicationName();
    const QString organization = QCoreApplication::organizationName();
    QCoreApplication::setApplicationName(QStringLiteral("Tenarai"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tenarai"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setApplicationName(application);
    QCoreApplication::setOrganizationName(organization);
    return sqlite(folder + QStringLiteral("/progress.sqlite"));
}

StoreLocation StoreLocation::sqlite(const QString &path)
{
    StoreLocation location;
    location.driver = Driver::Sqlite;
    location.path = path;
    return location;
}

class ProgressStore::Private
{
public:
    StoreLocation location;
    QString connection;
    bool open = false;
    bool readOnly = false;
    int version = 0;
    mutable int lastSqliteCode = -1; // of the last failure, to tell "read-only" from the rest

    bool isSqlite() const { return location.driver == StoreLocation::Driver::Sqlite; }
    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
    QString describe() const;

    Error error(Error::Kind kind, const QString &message) const;
    Error sqlError(const QSqlError &error) const;
    Error notOpen() const;
    Error readOnlyError() const;
    int sqliteCode(const QSqlError &error) const;

    Status connect(bool readOnly, bool immutable);
    void disconnect();
    Status prepareSchema();
    Result<int> readVersion();
    Result<QStringList> pragmaRows(const QString &pragma);

    Status exec(QSqlQuery &query);
    Status exec(const QString &sql);
    Status begin(bool forEvents = true);
    Status commit();
    void rollback();

    // Appends the events and derives the tables from the new ones, in one transaction.
    Result<int> write(const QList<Event> &events);
    Result<bool> insertEvent(const Event &event);
    Status applyEvent(const Event &event);
};

QString ProgressStore::Private::describe() const
{
    if (isSqlite())
        return QDir::toNativeSeparators(location.path);
    return QStringLiteral("%1@%2:%3/%4").arg(location.user, location.host).arg(location.port).arg(location.database);
}

Error ProgressStore::Private::error(Error::Kind kind, const QString &message) const
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.file = describe();
    return e;
}

Error ProgressStore::Private::notOpen() const
{
    Error e;
    e.kind = Error::Kind::InvalidArgument;
    e.message = ProgressStore::tr("The progress database is not open.");
    return e;
}

Error ProgressStore::Private::readOnlyError() const
{
    return error(Error::Kind::Io,
                 ProgressStore::tr("The progress database can only be read, so nothing was recorded. Ask IT to make "
                                   "the file and its folder writable for you."));
}

int ProgressStore::Private::sqliteCode(const QSqlError &sqlError) const
{
    bool ok = false;
    const int code = sqlError.nativeErrorCode().toInt(&ok);
    if (ok)
        return code & 0xff; // extended codes carry the primary one in the low byte
    // Some failures (opening) come without a code; SQLite's English text is stable.
    const QString text = sqlError.databaseText();
    if (text.contains(QLatin1String("locked")))
        return SqliteBusy;
    if (text.contains(QLatin1String("not a database")))
        return SqliteNotADb;
    if (text.contains(QLatin1String("readonly")))
        return SqliteReadOnly;
    return -1;
}

Error ProgressStore::Private::sqlError(const QSqlError &sqlError) const
{
    if (isSqlite()) {
        lastSqliteCode = sqliteCode(sqlError);
        switch (lastSqliteCode) {
        case SqliteBusy:
        case SqliteLocked:
            return error(Error::Kind::Io,
                         ProgressStore::tr("The progress database is locked by another program and stayed locked for "
                                           "%1 seconds. Close other windows of Tenarai (or the program using the "
                                           "file) and try again.")
                             .arg(BusyTimeoutMs / 1000));
        case SqliteReadOnly:
            return readOnlyError();
        case SqliteFull:
            return error(Error::Kind::Io,
                         ProgressStore::tr("The disk that holds the progress database is full, so nothing was "
                                           "recorded. Free some space on it and try again."));
        case SqliteCorrupt:
        case SqliteNotADb:
            return error(Error::Kind::Format,
                         ProgressStore::tr("The progress database is damaged or is not a Tenarai progress database. "
                                           "It was left as it is; ask IT to restore it from a backup."));
        case SqliteCantOpen:
            return error(Error::Kind::Io,
                         ProgressStore::tr("The progress database cannot be opened. Check that its folder exists "
                                           "and that you may read and write in it."));
        case SqliteIoErr:
            return error(Error::Kind::Io,
                         ProgressStore::tr("The progress database could not be read or written (%1). Check the "
                                           "disk or network drive it is on.")
                             .arg(sqlError.databaseText()));
        default:
            break;
        }
    } else {
        const QString state = sqlError.nativeErrorCode();
        if (state == u"53100")
            return error(Error::Kind::Io,
                         ProgressStore::tr("The central progress database is out of disk space, so nothing was "
                                           "recorded. Tell IT."));
        if (state == u"25006")
            return readOnlyError();
        if (state == u"55P03" || state == u"40P01" || state == u"57014")
            return error(Error::Kind::Io,
                         ProgressStore::tr("The central progress database is busy (locked). Try again in a moment."));
    }
    QString text = sqlError.databaseText();
    if (text.isEmpty())
        text = sqlError.driverText();
    return error(Error::Kind::Io, ProgressStore::tr("The progress database reported an error: %1").arg(text));
}

Status ProgressStore::Private::exec(QSqlQuery &query)
{
    if (!query.exec())
        return sqlError(query.lastError());
    return Ok{};
}

Status ProgressStore::Private::exec(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql))
        return sqlError(query.lastError());
    return Ok{};
}

Status ProgressStore::Private::begin(bool forEvents)
{
    if (isSqlite()) {
        // IMMEDIATE takes the write lock now, waiting out the busy timeout; a deferred transaction
        // that reads first would fail at once in WAL mode when another writer got in between.
        return exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    if (const Status s = exec(QStringLiteral("BEGIN")); !s)
        return s;
    if (!forEvents)
        return Ok{};
    // Writers take turns so that events.seq is the order of appending, also on the central store.
    // An advisory lock rather than LOCK TABLE: it needs no privilege, so the PCs' role needs no
    // UPDATE on events (docs/central/grants.sql). Its key differs from the migration's.
    if (const Status s = exec(QStringLiteral("SELECT pg_advisory_xact_lock(736172616901)")); !s) {
        rollback();
        return s;
    }
    return Ok{};
}

Status ProgressStore::Private::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void ProgressStore::Private::rollback()
{
    // SQLite may already have rolled back (disk full, I/O error); "no transaction" is then expected.
    QSqlQuery query(db());
    query.exec(QStringLiteral("ROLLBACK"));
}

Result<QStringList> ProgressStore::Private::pragmaRows(const QString &pragma)
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(pragma))
        return sqlError(query.lastError());
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    if (query.lastError().isValid())
        return sqlError(query.lastError());
    return rows;
}

Status ProgressStore::Private::connect(bool asReadOnly, bool immutable)
{
    connection = connectionName();
    QSqlDatabase database;
    if (isSqlite()) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return error(Error::Kind::Unsupported,
                         ProgressStore::tr("Qt's SQLite driver is not installed, so progress cannot be stored."));
        database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs)};
        if (asReadOnly)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
        if (immutable) {
            options << QStringLiteral("QSQLITE_OPEN_URI");
            database.setDatabaseName(QUrl::fromLocalFile(QFileInfo(location.path).absoluteFilePath())
                                         .toString(QUrl::FullyEncoded)
                                     + QStringLiteral("?mode=ro&immutable=1"));
        } else {
            database.setDatabaseName(location.path);
        }
        database.setConnectOptions(options.join(QLatin1Char(';')));
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return error(Error::Kind::Unsupported,
                         ProgressStore::tr("Qt's PostgreSQL driver is not installed, so the central progress "
                                           "database cannot be reached."));
        database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        database.setHostName(location.host);
        database.setPort(location.port);
        database.setDatabaseName(location.database);
        database.setUserName(location.user);
        database.setPassword(location.password);
        database.setConnectOptions(location.connectOptions);
    }
    if (!database.open()) {
        const QSqlError e = database.lastError();
        database = QSqlDatabase();
        disconnect();
        if (!isSqlite())
            return error(Error::Kind::Io,
                         ProgressStore::tr("Cannot connect to the central progress database: %1")
                             .arg(e.databaseText().isEmpty() ? e.driverText() : e.databaseText()));
        return sqlError(e);
    }
    readOnly = asReadOnly;
    return Ok{};
}

void ProgressStore::Private::disconnect()
{
    if (connection.isEmpty())
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(connection);
    connection.clear();
}

Result<int> ProgressStore::Private::readVersion()
{
    const QString ourTables = QStringLiteral("('meta', 'events', 'profiles', 'attempts', 'completions', "
                                             "'workshop_sessions')");
    // The first read also tells a damaged file or a locked one from a sound one, before anything
    // is written.
    QSqlQuery query(db());
    query.setForwardOnly(true);
    const QString tables = isSqlite()
        ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
        : QStringLiteral("SELECT table_name FROM information_schema.tables "
                         "WHERE table_schema = current_schema() AND table_name IN ")
            + ourTables;
    if (!query.exec(tables))
        return sqlError(query.lastError());
    QStringList found;
    while (query.next())
        found << query.value(0).toString();
    if (query.lastError().isValid())
        return sqlError(query.lastError());
    query.finish();

    if (!found.contains(QLatin1String("meta"))) {
        if (found.isEmpty())
            return 0;
        return error(Error::Kind::Format,
                     ProgressStore::tr("This database holds other data and is not a Tenarai progress database. It "
                                       "was left as it is; choose another file."));
    }
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return sqlError(query.lastError());
    bool ok = false;
    const int stored = query.next() ? query.value(0).toString().toInt(&ok) : 0;
    if (!ok || stored < 1)
        return error(Error::Kind::Format,
                     ProgressStore::tr("The progress database does not say which version it is, so it was left as "
                                       "it is. Ask IT to restore it from a backup."));
    return stored;
}

Status ProgressStore::Private::prepareSchema()
{
    Result<int> found = readVersion();
    if (!found)
        return found.error();
    if (found.value() > SchemaVersion)
        return error(Error::Kind::Unsupported,
                     ProgressStore::tr("The progress database was written by a newer version of Tenarai (database "
                                       "version %1, this Tenarai reads up to %2). Update Tenarai; the database was "
                                       "left unchanged.")
                         .arg(found.value())
                         .arg(SchemaVersion));

    if (isSqlite()) {
        // Before anything writes: a damaged file is reported, never "repaired" by overwriting.
        const Result<QStringList> check = pragmaRows(QStringLiteral("PRAGMA quick_check"));
        if (!check)
            return check.error();
        if (check.value() != QStringList{QStringLiteral("ok")})
            return error(Error::Kind::Format,
                         ProgressStore::tr("The progress database is damaged (%1). It was left as it is; ask IT to "
                                           "restore it from a backup.")
                             .arg(check.value().mid(0, 3).join(QStringLiteral("; "))));
        if (!readOnly) {
            if (const Result<QStringList> mode = pragmaRows(QStringLiteral("PRAGMA journal_mode=WAL")); !mode)
                return mode.error();
        }
        // A write that returned is on disk, also across a power cut.
        if (const Status s = exec(QStringLiteral("PRAGMA synchronous=FULL")); !s)
            return s;
        if (const Status s = exec(QStringLiteral("PRAGMA foreign_keys=ON")); !s)
            return s;
    }

    version = found.value();
    if (version == SchemaVersion)
        return Ok{};
    if (readOnly)
        return error(Error::Kind::Io,
                     ProgressStore::tr("The progress database needs updating for this version of Tenarai, but it "
                                       "can only be read. Ask IT to make the file and its folder writable."));

    if (const Status s = begin(false); !s)
        return s;
    if (!isSqlite()) {
        // Two PCs starting at once must not both create the tables.
        if (const Status s = exec(QStringLiteral("SELECT pg_advisory_xact_lock(736172616900)")); !s) {
            rollback();
            return s;
        }
    }
    // Read again inside the transaction: another program may have migrated meanwhile.
    found = readVersion();
    if (!found) {
        rollback();
        return found.error();
    }
    QSqlDatabase database = db();
    QString why;
    if (!ProgressSchema::migrate(database, found.value(), ProgressSchema::migrations(), &why)) {
        rollback();
        return error(Error::Kind::Io,
                     ProgressStore::tr("The progress database could not be updated to version %1 and was left at "
                                       "version %2: %3")
                         .arg(SchemaVersion)
                         .arg(found.value())
                         .arg(why));
    }
    if (const Status s = commit(); !s) {
        rollback();
        return s;
    }
    version = SchemaVersion;
    return Ok{};
}

Result<bool> ProgressStore::Private::insertEvent(const Event &event)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO events (id, seq, type, profile_id, at, data) "
        "VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM events), ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    query.addBindValue(event.id);
    query.addBindValue(event.type);
    query.addBindValue(notNull(event.profileId));
    query.addBindValue(storedTime(event.at));
    query.addBindValue(QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact)));
    if (const Status s = exec(query); !s)
        return s.error();
    return query.numRowsAffected() > 0;
}

Status ProgressStore::Private::applyEvent(const Event &event)
{
    const auto invalid = [&](const QString &why) {
        Error e = error(Error::Kind::Format, ProgressStore::tr("Event “%1” cannot be recorded: %2").arg(event.id, why));
        return Status(e);
    };
    QString why;
    const auto otherProfile = [&] {
        return invalid(ProgressStore::tr("it names profile “%1” but its record belongs to another profile.")
                           .arg(event.profileId));
    };
    QSqlQuery query(db());
    const QString type = event.type;
    if (type == QLatin1String(Event::ProfileCreated) || type == QLatin1String(Event::ProfileUpdated)) {
        const std::optional<Profile> profile = profileFromJson(event.data, &why);
        if (!profile)
            return invalid(why);
        if (profile->id != event.profileId)
            return otherProfile();
        // The latest change wins, whatever order the events arrive in.
        query.prepare(QStringLiteral(
            "INSERT INTO profiles (id, display_name, department, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, "
            "department = excluded.department, updated_at = excluded.updated_at "
            "WHERE excluded.updated_at >= profiles.updated_at"));
        query.addBindValue(profile->id);
        query.addBindValue(profile->displayName);
        query.addBindValue(notNull(profile->department));
        query.addBindValue(storedTime(profile->createdAt));
        query.addBindValue(storedTime(event.at));
    } else if (type == QLatin1String(Event::AttemptRecorded)) {
        const std::optional<Attempt> attempt = attemptFromJson(event.data, &why);
        if (!attempt)
            return invalid(why);
        if (attempt->profileId != event.profileId)
            return otherProfile();
        query.prepare(QStringLiteral(
            "INSERT INTO attempts (id, profile_id, pack_id, pack_version, lesson_id, exercise_id, started_at, "
            "finished_at, score, passed, hints_used, checker_summary, workshop_session_id, event_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
        query.addBindValue(attempt->id);
        query.addBindValue(attempt->profileId);
        query.addBindValue(attempt->packId);
        query.addBindValue(notNull(attempt->packVersion));
        query.addBindValue(attempt->lessonId);
        query.addBindValue(notNull(attempt->exerciseId));
        query.addBindValue(nullableTime(attempt->startedAt));
        query.addBindValue(storedTime(attempt->finishedAt));
        query.addBindValue(attempt->score);
        query.addBindValue(attempt->passed ? 1 : 0);
        query.addBindValue(attempt->hintsUsed);
        query.addBindValue(notNull(attempt->checkerSummary));
        query.addBindValue(notNull(attempt->workshopSessionId));
        query.addBindValue(event.id);
    } else if (type == QLatin1String(Event::LessonCompleted)) {
        const std::optional<Completion> completion = completionFromJson(event.data, &why);
        if (!completion)
            return invalid(why);
        if (completion->profileId != event.profileId)
            return otherProfile();
        // The first completion counts, also when an earlier one arrives later from another PC.
        query.prepare(QStringLiteral(
            "INSERT INTO completions (profile_id, pack_id, pack_version, lesson_id, completed_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id, pack_id, lesson_id) DO UPDATE SET "
            "pack_version = excluded.pack_version, completed_at = excluded.completed_at "
            "WHERE excluded.completed_at < completions.completed_at"));
        query.addBindValue(completion->profileId);
        query.addBindValue(completion->packId);
        query.addBindValue(notNull(completion->packVersion));
        query.addBindValue(completion->lessonId);
        query.addBindValue(storedTime(completion->completedAt));
    } else if (type == QLatin1String(Event::WorkshopSessionRecorded)) {
        const std::optional<WorkshopSession> session = workshopSessionFromJson(event.data, &why);
        if (!session)
            return invalid(why);
        // A session is recorded when it starts and again when it ends; the latest wins.
        query.prepare(QStringLiteral(
            "INSERT INTO workshop_sessions (id, title, trainer, started_at, ended_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
            "trainer = excluded.trainer, started_at = excluded.started_at, ended_at = excluded.ended_at, "
            "updated_at = excluded.updated_at WHERE excluded.updated_at >= workshop_sessions.updated_at"));
        query.addBindValue(session->id);
        query.addBindValue(session->title);
        query.addBindValue(notNull(session->trainer));
        query.addBindValue(storedTime(session->startedAt));
        query.addBindValue(nullableTime(session->endedAt));
        query.addBindValue(storedTime(event.at));
    } else {
        // A type from a newer Tenarai: kept in the log and passed on, nothing to derive here.
        return Ok{};
    }
    return exec(query);
}

Result<int> ProgressStore::Private::write(const QList<Event> &events)
{
    if (!open)
        return notOpen();
    if (readOnly)
        return readOnlyError();
    for (const Event &event : events) {
        QString why;
        if (!eventFromJson(toJson(event), &why))
            return error(Error::Kind::Format, ProgressStore::tr("Event “%1” cannot be recorded: %2").arg(event.id, why));
    }
    if (const Status s = begin(); !s)
        return s.error();
    int added = 0;
    for (const Event &event : events) {
        const Result<bool> inserted = insertEvent(event);
        if (!inserted) {
            rollback();
            return inserted.error();
        }
        if (!inserted.value())
            continue;
        ++added;
        if (const Status s = applyEvent(event); !s) {
            rollback();
            return s.error();
        }
    }
    if (const Status s = commit(); !s) {
        rollback();
        return s.error();
    }
    return added;
}

ProgressStore::ProgressStore() : d(new Private) {}

ProgressStore::~ProgressStore()
{
    close();
    delete d;
}

Status ProgressStore::open(const StoreLocation &location)
{
    close();
    d->location = location;
    if (!d->isSqlite()) {
        if (const Status s = d->connect(false, false); !s)
            return s;
        if (const Status s = d->prepareSchema(); !s) {
            close();
            return s;
        }
        d->open = true;
        return Ok{};
    }

    if (location.path.isEmpty()) {
        Error e;
        e.kind = Error::Kind::InvalidArgument;
        e.message = tr("No file was given for the progress database.");
        return e;
    }
    const QFileInfo file(location.path);
    const QString folder = file.absolutePath();
    if (!QDir().mkpath(folder))
        return d->error(Error::Kind::Io,
                        tr("The folder “%1” for the progress database cannot be created. Check that you may write "
                           "there, or choose another place.")
                            .arg(QDir::toNativeSeparators(folder)));
    if (file.isDir())
        return d->error(Error::Kind::InvalidArgument,
                        tr("This is a folder, not a progress database file; name a file inside it."));
    const bool folderWritable = QFileInfo(folder).isWritable();
    if (!file.exists() && !folderWritable)
        return d->error(Error::Kind::Io,
                        tr("The progress database cannot be created because the folder “%1” is read-only. Ask IT "
                           "to make it writable, or choose another place.")
                            .arg(QDir::toNativeSeparators(folder)));
    if (file.exists() && !file.isReadable())
        return d->error(Error::Kind::Io,
                        tr("You may not read the progress database. Ask IT to give you access to the file."));

    const bool writable = folderWritable && (!file.exists() || file.isWritable());
    // In a read-only folder SQLite cannot create the WAL index beside the file; it can still read
    // through existing -wal and -shm files, or else the file alone when told nobody changes it.
    const bool walFilesExist = QFileInfo::exists(location.path + QStringLiteral("-wal"))
        && QFileInfo::exists(location.path + QStringLiteral("-shm"));
    d->lastSqliteCode = -1;
    Status status = d->connect(!writable, !folderWritable && !walFilesExist);
    if (status)
        status = d->prepareSchema();
    // Permissions are not the whole story (a read-only mount, a share's rules): a write refused on
    // open means reading is still possible.
    if (!status && writable && file.exists()
        && (d->lastSqliteCode == SqliteReadOnly || d->lastSqliteCode == SqliteCantOpen)) {
        d->disconnect();
        status = d->connect(true, false);
        if (status)
            status = d->prepareSchema();
    }
    if (!status) {
        close();
        return status;
    }
    d->open = true;
    return Ok{};
}

void ProgressStore::close()
{
    d->disconnect();
    d->open = false;
    d->readOnly = false;
    d->version = 0;
}

bool ProgressStore::isOpen() const
{
    return d->open;
}

bool ProgressStore::isReadOnly() const
{
    return d->open && d->readOnly;
}

QString ProgressStore::describeLocation() const
{
    return d->describe();
}

int ProgressStore::schemaVersion() const
{
    return d->open ? d->version : 0;
}

Result<Profile> ProgressStore::createProfile(const QString &displayName, const QString &department)
{
    Profile profile;
    profile.id = newRecordId();
    profile.displayName = displayName.trimmed();
    profile.department = department.trimmed();
    profile.createdAt = QDateTime::fromString(storedTime(QDateTime::currentDateTimeUtc()), Qt::ISODateWithMs);
    if (profile.displayName.isEmpty()) {
        Error e;
        e.kind = Error::Kind::InvalidArgument;
        e.message = tr("Enter a name for the profile.");
        return e;
    }
    Event event;
    event.id = newRecordId();
    event.type = QString::fromLatin1(Event::ProfileCreated);
    event.profileId = profile.id;
    event.at = profile.createdAt;
    event.data = toJson(profile);
    if (const Result<int> written = d->write({event}); !written)
        return written.error();
    return profile;
}

Status ProgressStore::updateProfile(const Profile &profile)
{
    if (!d->open)
        return d->notOpen();
    const Result<QList<Profile>> existing = profiles();
    if (!existing)
        return existing.error();
    const auto it = std::find_if(existing->cbegin(), existing->cend(),
                                 [&](const Profile &p) { return p.id == profile.id; });
    if (it == existing->cend())
        return d->error(Error::Kind::InvalidArgument, tr("There is no profile “%1” to change.").arg(profile.id));
    Profile changed = profile;
    changed.displayName = profile.displayName.trimmed();
    changed.department = profile.department.trimmed();
    changed.createdAt = it->createdAt;
    if (changed.displayName.isEmpty()) {
        Error e;
        e.kind = Error::Kind::InvalidArgument;
        e.message = tr("Enter a name for the profile.");
        return e;
    }
    Event event;
    event.id = newRecordId();
    event.type = QString::fromLatin1(Event::ProfileUpdated);
    event.profileId = changed.id;
    event.at = QDateTime::currentDateTimeUtc();
    event.data = toJson(changed);
    if (const Result<int> written = d->write({event}); !written)
        return written.error();
    return Ok{};
}

Result<Attempt> ProgressStore::recordAttempt(Attempt attempt, const std::optional<Completion> &completedLesson)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (attempt.id.isEmpty())
        attempt.id = newRecordId();
    if (!attempt.finishedAt.isValid())
        attempt.finishedAt = now;
    // What is returned is what reading gives back: UTC, milliseconds.
    attempt.finishedAt = readTime(storedTime(attempt.finishedAt));
    if (attempt.startedAt.isValid())
        attempt.startedAt = readTime(storedTime(attempt.startedAt));

    QList<Event> events;
    Event event;
    event.id = newRecordId();
    event.type = QString::fromLatin1(Event::AttemptRecorded);
    event.profileId = attempt.profileId;
    event.at = now;
    event.data = toJson(attempt);
    events << event;
    if (completedLesson) {
        Completion completion = *completedLesson;
        if (completion.profileId.isEmpty())
            completion.profileId = attempt.profileId;
        if (completion.packId.isEmpty())
            completion.packId = attempt.packId;
        if (completion.packVersion.isEmpty())
            completion.packVersion = attempt.packVersion;
        if (completion.lessonId.isEmpty())
            completion.lessonId = attempt.lessonId;
        if (!completion.completedAt.isValid())
            completion.completedAt = attempt.finishedAt;
        Event completed;
        completed.id = newRecordId();
        completed.type = QString::fromLatin1(Event::LessonCompleted);
        completed.profileId = completion.profileId;
        completed.at = now;
        completed.data = toJson(completion);
        events << completed;
    }
    if (const Result<int> written = d->write(events); !written)
        return written.error();
    return attempt;
}

Status ProgressStore::recordCompletion(const Completion &completion)
{
    Event event;
    event.id = newRecordId();
    event.type = QString::fromLatin1(Event::LessonCompleted);
    event.profileId = completion.profileId;
    event.at = QDateTime::currentDateTimeUtc();
    event.data = toJson(completion);
    if (const Result<int> written = d->write({event}); !written)
        return written.error();
    return Ok{};
}

Status ProgressStore::recordWorkshopSession(const WorkshopSession &session)
{
    Event event;
    event.id = newRecordId();
    event.type = QString::fromLatin1(Event::WorkshopSessionRecorded);
    event.at = QDateTime::currentDateTimeUtc();
    event.data = toJson(session);
    if (const Result<int> written = d->write({event}); !written)
        return written.error();
    return Ok{};
}

Result<QList<Profile>> ProgressStore::profiles() const
{
    if (!d->open)
        return d->notOpen();
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    // In the order they were added, also when two were added within the same millisecond.
    if (!query.exec(QStringLiteral(
            "SELECT id, display_name, department, created_at FROM profiles ORDER BY created_at, "
            "(SELECT MIN(seq) FROM events WHERE events.profile_id = profiles.id), id")))
        return d->sqlError(query.lastError());
    QList<Profile> list;
    while (query.next()) {
        Profile p;
        p.id = query.value(0).toString();
        p.displayName = query.value(1).toString();
        p.department = query.value(2).toString();
        p.createdAt = readTime(query.value(3));
        list << p;
    }
    if (query.lastError().isValid())
        return d->sqlError(query.lastError());
    return list;
}

Result<QList<Attempt>> ProgressStore::attempts(const QString &profileId) const
{
    if (!d->open)
        return d->notOpen();
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, profile_id, pack_id, pack_version, lesson_id, exercise_id, started_at, "
                                 "finished_at, score, passed, hints_used, checker_summary, workshop_session_id "
                                 "FROM attempts")
                  + (profileId.isEmpty() ? QString() : QStringLiteral(" WHERE profile_id = ?"))
                  + QStringLiteral(" ORDER BY finished_at, id"));
    if (!profileId.isEmpty())
        query.addBindValue(profileId);
    if (!query.exec())
        return d->sqlError(query.lastError());
    QList<Attempt> list;
    while (query.next()) {
        Attempt a;
        a.id = query.value(0).toString();
        a.profileId = query.value(1).toString();
        a.packId = query.value(2).toString();
        a.packVersion = query.value(3).toString();
        a.lessonId = query.value(4).toString();
        a.exerciseId = query.value(5).toString();
        a.startedAt = readTime(query.value(6));
        a.finishedAt = readTime(query.value(7));
        a.score = query.value(8).toDouble();
        a.passed = query.value(9).toInt() != 0;
        a.hintsUsed = query.value(10).toInt();
        a.checkerSummary = query.value(11).toString();
        a.workshopSessionId = query.value(12).toString();
        list << a;
    }
    if (query.lastError().isValid())
        return d->sqlError(query.lastError());
    return list;
}

Result<QList<Completion>> ProgressStore::completions(const QString &profileId) const
{
    if (!d->open)
        return d->notOpen();
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT profile_id, pack_id, pack_version, lesson_id, completed_at FROM completions")
                  + (profileId.isEmpty() ? QString() : QStringLiteral(" WHERE profile_id = ?"))
                  + QStringLiteral(" ORDER BY completed_at, profile_id, pack_id, lesson_id"));
    if (!profileId.isEmpty())
        query.addBindValue(profileId);
    if (!query.exec())
        return d->sqlError(query.lastError());
    QList<Completion> list;
    while (query.next()) {
        Completion c;
        c.profileId = query.value(0).toString();
        c.packId = query.value(1).toString();
        c.packVersion = query.value(2).toString();
        c.lessonId = query.value(3).toString();
        c.completedAt = readTime(query.value(4));
        list << c;
    }
    if (query.lastError().isValid())
        return d->sqlError(query.lastError());
    return list;
}

Result<QList<WorkshopSession>> ProgressStore::workshopSessions() const
{
    if (!d->open)
        return d->notOpen();
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, title, trainer, started_at, ended_at FROM workshop_sessions "
                                   "ORDER BY started_at, id")))
        return d->sqlError(query.lastError());
    QList<WorkshopSession> list;
    while (query.next()) {
        WorkshopSession s;
        s.id = query.value(0).toString();
        s.title = query.value(1).toString();
        s.trainer = query.value(2).toString();
        s.startedAt = readTime(query.value(3));
        s.endedAt = readTime(query.value(4));
        list << s;
    }
    if (query.lastError().isValid())
        return d->sqlError(query.lastError());
    return list;
}

namespace {
Result<QList<Event>> readEvents(QSqlQuery &query)
{
    QList<Event> list;
    while (query.next()) {
        Event e;
        e.id = query.value(0).toString();
        e.type = query.value(1).toString();
        e.profileId = query.value(2).toString();
        e.at = readTime(query.value(3));
        e.data = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        list << e;
    }
    return list;
}
} // namespace

Result<QList<Event>> ProgressStore::events(const QString &profileId) const
{
    if (!d->open)
        return d->notOpen();
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, type, profile_id, at, data FROM events")
                  + (profileId.isEmpty() ? QString() : QStringLiteral(" WHERE profile_id = ?"))
                  + QStringLiteral(" ORDER BY seq, id"));
    if (!profileId.isEmpty())
        query.addBindValue(profileId);
    if (!query.exec())
        return d->sqlError(query.lastError());
    Result<QList<Event>> list = readEvents(query);
    if (query.lastError().isValid())
        return d->sqlError(query.lastError());
    return list;
}

Result<int> ProgressStore::applyEvents(const QList<Event> &events)
{
    return d->write(events);
}

Result<QList<Event>> ProgressStore::unsentEvents(int limit) const
{
    if (!d->open)
        return d->notOpen();
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, type, profile_id, at, data FROM events WHERE sent_at IS NULL "
                                 "ORDER BY seq, id LIMIT ?"));
    query.addBindValue(limit > 0 ? limit : INT_MAX);
    if (!query.exec())
        return d->sqlError(query.lastError());
    Result<QList<Event>> list = readEvents(query);
    if (query.lastError().isValid())
        return d->sqlError(query.lastError());
    return list;
}

Status ProgressStore::markSent(const QStringList &eventIds)
{
    if (!d->open)
        return d->notOpen();
    if (d->readOnly)
        return d->readOnlyError();
    if (eventIds.isEmpty())
        return Ok{};
    if (const Status s = d->begin(); !s)
        return s;
    const QString now = storedTime(QDateTime::currentDateTimeUtc());
    for (const QString &id : eventIds) {
        QSqlQuery query(d->db());
        query.prepare(QStringLiteral("UPDATE events SET sent_at = ? WHERE id = ? AND sent_at IS NULL"));
        query.addBindValue(now);
        query.addBindValue(id);
        if (const Status s = d->exec(query); !s) {
            d->rollback();
            return s;
        }
    }
    if (const Status s = d->commit(); !s) {
        d->rollback();
        return s;
    }
    return Ok{};
}

Result<QStringList> ProgressStore::integrityCheck() const
{
    if (!d->open)
        return d->notOpen();
    if (!d->isSqlite())
        return QStringList(); // PostgreSQL checks its own pages; there is nothing to ask it.
    Result<QStringList> rows = d->pragmaRows(QStringLiteral("PRAGMA integrity_check"));
    if (rows && rows.value() == QStringList{QStringLiteral("ok")})
        return QStringList();
    return rows;
}

Status ProgressStore::backupTo(const QString &path) const
{
    if (!d->open)
        return d->notOpen();
    if (!d->isSqlite())
        return d->error(Error::Kind::Unsupported,
                        tr("The central progress database is backed up with PostgreSQL's own tools (pg_dump)."));
    Error target;
    target.kind = Error::Kind::Io;
    target.file = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path)) {
        target.message = tr("The file already exists. Choose a new name for the backup.");
        return target;
    }
    // VACUUM INTO may leave half a file behind if interrupted: write beside it, then rename.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(QFileInfo(partial).absoluteFilePath());
    if (!query.exec()) {
        const QSqlError e = query.lastError();
        QFile::remove(partial);
        target.message = tr("The backup could not be written: %1").arg(e.databaseText());
        return target;
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        target.message = tr("The backup could not be written. Check that you may write in that folder.");
        return target;
    }
    return Ok{};
}

QSqlDatabase ProgressStore::database() const
{
    return d->db();
}

} // namespace tenarai
