#pragma once

#include "Command.h"
#include "progress/ProgressStore.h"

namespace tenarai {

// `tenarai-cli db migrate|check|backup|sync [--db PATH | --central]`: upkeep of the progress
// database for IT, by default the one Tenarai uses for the signed-in user; sync exchanges it with
// the central database of central.ini (CentralSync). `check` exits as linters do: 0 when the
// database is sound, 1 when it is damaged, 2 when it cannot be checked (missing, locked, refused).
class DbCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::DbCommand)
public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    QString usageArguments() const override;
    ExitCode execute(const QCommandLineParser &parser) override;

private:
    ExitCode migrate(const StoreLocation &location);
    ExitCode check(const StoreLocation &location);
    ExitCode backup(const StoreLocation &location, const QString &out);
    ExitCode sync(const StoreLocation &local);
};

} // namespace tenarai
