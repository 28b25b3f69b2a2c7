#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace tenarai {

// The `tenarai-cli` front door: global --help and --version, `help COMMAND`, and dispatch to the
// subcommands. Options after the command name belong to the command.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::CliApp)
public:
    CliApp();
    ~CliApp();

    // arguments: the whole command line, program name first. Returns the process exit code.
    int run(const QStringList &arguments);

private:
    Command *find(const QString &name) const;
    QString generalHelp() const;
    ExitCode usageError(const QString &message) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace tenarai
