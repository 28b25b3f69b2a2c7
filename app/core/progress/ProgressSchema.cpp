#include "progress/ProgressSchema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tenarai {

// Types both drivers read alike: TEXT, INTEGER, BIGINT and DOUBLE PRECISION. Times are ISO 8601
// UTC text with milliseconds ("2026-04-01T09:30:00.000Z"), which sorts as time does. Booleans are
// INTEGER 0/1. No AUTOINCREMENT or SERIAL: events.seq is assigned inside the writing transaction.
// No foreign keys between tables: events arrive from bundles and the central store in any order,
// and the event log, not the tables, is the truth.
const QList<SchemaMigration> &ProgressSchema::migrations()
{
    static const QList<SchemaMigration> list{
        {1,
         {
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE events ("
                            "id TEXT PRIMARY KEY, seq BIGINT NOT NULL, type TEXT NOT NULL, "
                            "profile_id TEXT NOT NULL, at TEXT NOT NULL, data TEXT NOT NULL, sent_at TEXT)"),
             QStringLiteral("CREATE INDEX events_seq ON events (seq)"),
             QStringLiteral("CREATE INDEX events_profile ON events (profile_id, seq)"),
             QStringLiteral("CREATE INDEX events_unsent ON events (seq) WHERE sent_at IS NULL"),
             QStringLiteral("CREATE TABLE profiles ("
                            "id TEXT PRIMARY KEY, display_name TEXT NOT NULL, department TEXT NOT NULL, "
                            "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE attempts ("
                            "id TEXT PRIMARY KEY, profile_id TEXT NOT NULL, pack_id TEXT NOT NULL, "
                            "pack_version TEXT NOT NULL, lesson_id TEXT NOT NULL, exercise_id TEXT NOT NULL, "
                            "started_at TEXT, finished_at TEXT NOT NULL, score DOUBLE PRECISION NOT NULL, "
                            "passed INTEGER NOT NULL, hints_used INTEGER NOT NULL, checker_summary TEXT NOT NULL, "
                            "workshop_session_id TEXT NOT NULL, event_id TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX attempts_profile ON attempts (profile_id, finished_at)"),
             QStringLiteral("CREATE TABLE completions ("
                            "profile_id TEXT NOT NULL, pack_id TEXT NOT NULL, pack_version TEXT NOT NULL, "
                            "lesson_id TEXT NOT NULL, completed_at TEXT NOT NULL, "
                            "PRIMARY KEY (profile_id, pack_id, lesson_id))"),
             QStringLiteral("CREATE TABLE workshop_sessions ("
                            "id TEXT PRIMARY KEY, title TEXT NOT NULL, trainer TEXT NOT NULL, "
                            "started_at TEXT NOT NULL, ended_at TEXT, updated_at TEXT NOT NULL)"),
         }},
    };
    return list;
}

bool ProgressSchema::migrate(QSqlDatabase &db, int fromVersion, const QList<SchemaMigration> &steps,
                             QString *error)
{
    int reached = fromVersion;
    for (const SchemaMigration &step : steps) {
        if (step.version <= reached)
            continue;
        for (const QString &statement : step.statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                if (error)
                    *error = query.lastError().text() + QStringLiteral(" [") + statement + QLatin1Char(']');
                return false;
            }
        }
        reached = step.version;
    }
    if (reached == fromVersion)
        return true;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(QString::number(reached));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace tenarai
