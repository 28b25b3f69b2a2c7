#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tenarai {

// One step of the progress store's schema: the statements that take a database from version-1 to
// version. Statements must run unchanged on SQLite 3.40 and PostgreSQL 15, and must keep every
// row (ALTER TABLE … ADD COLUMN, new tables, copying into a new table and swapping), because
// learners' progress is never thrown away by an update.
struct SchemaMigration
{
    int version = 0;
    QStringList statements;
};

// The progress store's schema, as the list of migrations that build it. A new version is one more
// entry at the end of migrations() and a bump of ProgressStore::SchemaVersion; an entry that has
// shipped never changes.
class ProgressSchema
{
public:
    static const QList<SchemaMigration> &migrations();

    // Runs, on an open connection that is already inside a transaction, every migration in
    // `steps` newer than `fromVersion`, and records the last one reached in meta.schema_version.
    // Returns false and fills *error (the driver's text and the failing statement) on failure;
    // the caller rolls back.
    static bool migrate(QSqlDatabase &db, int fromVersion, const QList<SchemaMigration> &steps,
                        QString *error);
};

} // namespace tenarai
