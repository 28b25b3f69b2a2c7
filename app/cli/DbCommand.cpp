#include "DbCommand.h"

#include "Console.h"
#include "ProgressReporter.h"
#include "StoreArguments.h"
#include "progress/CentralSync.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace tenarai {

namespace {
// Counts for the report of `check`; -1 when the table cannot be read.
qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}
} // namespace

QString DbCommand::summary() const
{
    return tr("Update, check or back up the progress database.");
}

QString DbCommand::usageArguments() const
{
    return tr("[options] migrate | check | backup OUT | sync");
}

void DbCommand::setUp(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + tr("migrate: bring the database up to this version of Tenarai (creating it if missing) and print its "
             "version.\n"
             "check: check every page and print what the database holds. Exit status: 0 when sound, 1 when "
             "damaged, 2 when it cannot be checked.\n"
             "backup OUT: write a consistent copy to the new file OUT, also while Tenarai is running.\n"
             "sync: send this PC's progress to the central database IT configured, and bring this PC's "
             "learners' progress from other PCs.\n"
             "With --central, migrate and check work on the central database."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("migrate, check, backup or sync."));
    parser.addOption(StoreArguments::dbOption());
    parser.addOption(StoreArguments::centralOption());
}

ExitCode DbCommand::execute(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(tr("Say what to do: migrate, check, backup or sync."));
    const QString action = args.first();
    const bool central = parser.isSet(StoreArguments::centralOption());
    if (central && action != u"migrate" && action != u"check")
        return usageError(tr("--central works with migrate and check only."));
    const Result<StoreLocation> where = StoreArguments::location(parser, true, false);
    if (!where) {
        if (where.error().kind == Error::Kind::InvalidArgument && where.error().file.isEmpty())
            return usageError(where.error().message);
        printError(where.error());
        return ExitCode::Failure;
    }
    if (action == u"migrate" || action == u"check" || action == u"sync") {
        if (args.size() != 1)
            return usageError(tr("“%1” takes no further arguments.").arg(action));
        if (action == u"sync")
            return sync(where.value());
        return action == u"migrate" ? migrate(where.value()) : check(where.value());
    }
    if (action == u"backup") {
        if (args.size() != 2)
            return usageError(tr("Give the file to write the backup to: backup OUT."));
        return backup(where.value(), args.at(1));
    }
    return usageError(tr("Unknown action “%1”; use migrate, check, backup or sync.").arg(action));
}

ExitCode DbCommand::sync(const StoreLocation &local)
{
    const Result<StoreLocation> central = StoreArguments::centralLocation();
    if (!central) {
        printError(central.error());
        return ExitCode::Failure;
    }
    ProgressStore store;
    if (const Status opened = StoreArguments::open(store, local); !opened) {
        printError(opened.error());
        return ExitCode::Failure;
    }
    CentralSync sync(store);
    ProgressReporter reporter(tr("Synchronising"));
    sync.setProgress(reporter.callback());
    const Result<SyncCounts> counts = sync.run(central.value());
    reporter.finish();
    if (!counts) {
        printError(counts.error());
        return ExitCode::Failure;
    }
    QString text = tr("Sent %n record(s) to the central database.", nullptr, counts->pushed) + QLatin1Char('\n');
    if (counts->alreadyCentral > 0)
        text += tr("%n of them had arrived there before.", nullptr, counts->alreadyCentral) + QLatin1Char('\n');
    text += tr("Received %n record(s) from other PCs.", nullptr, counts->pulled) + QLatin1Char('\n');
    Console::out(text);
    return ExitCode::Success;
}

ExitCode DbCommand::migrate(const StoreLocation &where)
{
    ProgressStore store;
    if (const Status opened = store.open(where); !opened) {
        printError(opened.error());
        return ExitCode::Failure;
    }
    if (store.isReadOnly()) {
        printError(tr("%1: the database can only be read, so it was not changed.").arg(store.describeLocation()));
        return ExitCode::Failure;
    }
    Console::out(tr("%1: progress database version %2.").arg(store.describeLocation()).arg(store.schemaVersion())
                 + QLatin1Char('\n'));
    return ExitCode::Success;
}

ExitCode DbCommand::check(const StoreLocation &where)
{
    constexpr ExitCode CannotCheck = ExitCode::UsageError;
    // Checking must not create a database where there was none.
    if (where.driver == StoreLocation::Driver::Sqlite && !QFileInfo::exists(where.path)) {
        Error e;
        e.kind = Error::Kind::Io;
        e.file = QDir::toNativeSeparators(where.path);
        e.message = tr("There is no progress database here.");
        printError(e);
        return CannotCheck;
    }
    ProgressStore store;
    if (const Status opened = store.open(where); !opened) {
        printError(opened.error());
        // The store refuses a damaged file on opening: that is what check looks for.
        return opened.error().kind == Error::Kind::Format ? ExitCode::Failure : CannotCheck;
    }
    const Result<QStringList> problems = store.integrityCheck();
    if (!problems) {
        printError(problems.error());
        return CannotCheck;
    }
    if (!problems->isEmpty()) {
        QString text = tr("%1: the database is damaged:").arg(store.describeLocation()) + QLatin1Char('\n');
        for (const QString &problem : problems.value())
            text += QStringLiteral("  ") + problem + QLatin1Char('\n');
        Console::out(text);
        return ExitCode::Failure;
    }
    const QSqlDatabase db = store.database();
    QString text = tr("%1: sound, version %2%3.")
                       .arg(store.describeLocation())
                       .arg(store.schemaVersion())
                       .arg(store.isReadOnly() ? tr(" (read-only)") : QString())
                   + QLatin1Char('\n');
    text += tr("Profiles: %1, attempts: %2, completed lessons: %3, workshop sessions: %4.")
                .arg(count(db, QStringLiteral("SELECT count(*) FROM profiles")))
                .arg(count(db, QStringLiteral("SELECT count(*) FROM attempts")))
                .arg(count(db, QStringLiteral("SELECT count(*) FROM completions")))
                .arg(count(db, QStringLiteral("SELECT count(*) FROM workshop_sessions")))
        + QLatin1Char('\n');
    text += tr("Events: %1, not yet sent to the central database: %2.")
                .arg(count(db, QStringLiteral("SELECT count(*) FROM events")))
                .arg(count(db, QStringLiteral("SELECT count(*) FROM events WHERE sent_at IS NULL")))
        + QLatin1Char('\n');
    Console::out(text);
    return ExitCode::Success;
}

ExitCode DbCommand::backup(const StoreLocation &where, const QString &out)
{
    if (!QFileInfo::exists(where.path)) {
        Error e;
        e.kind = Error::Kind::Io;
        e.file = QDir::toNativeSeparators(where.path);
        e.message = tr("There is no progress database here.");
        printError(e);
        return ExitCode::Failure;
    }
    ProgressStore store;
    if (const Status opened = store.open(where); !opened) {
        printError(opened.error());
        return ExitCode::Failure;
    }
    if (const Status written = store.backupTo(out); !written) {
        printError(written.error());
        return ExitCode::Failure;
    }
    Console::out(tr("Backed up %1 to %2.").arg(store.describeLocation(), QDir::toNativeSeparators(out))
                 + QLatin1Char('\n'));
    return ExitCode::Success;
}

} // namespace tenarai
