#pragma once

#include "Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tenarai {

// Exit codes shared by every command; scripts rely on them, never renumber.
enum class ExitCode : int {
    Success = 0,
    Failure = 1, // the command was understood but could not be done (bad file, write error…)
    UsageError = 2, // the command line itself is wrong
};

// One `tenarai-cli` subcommand: declares its options and arguments on a QCommandLineParser and
// runs with them. Errors reach the user as one line on stderr.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::Command)
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    // One translated line for the command list in `tenarai-cli --help`.
    virtual QString summary() const = 0;

    // arguments: what follows the command name on the command line.
    ExitCode run(const QStringList &arguments);
    QString helpText() const;

    static QString programName() { return QStringLiteral("tenarai-cli"); }
    // Prints "tenarai-cli: <error>" as one line on stderr.
    static void printError(const Error &error);
    static void printError(const QString &message);

protected:
    // Adds options and positional arguments; --help is added by Command.
    virtual void setUp(QCommandLineParser &parser) const = 0;
    // The usage line after "tenarai-cli NAME", e.g. "[options] IN OUT".
    virtual QString usageArguments() const = 0;
    virtual ExitCode execute(const QCommandLineParser &parser) = 0;

    // Prints a usage error naming this command and where to find its help.
    ExitCode usageError(const QString &message) const;

private:
    void prepare(QCommandLineParser &parser) const;
};

} // namespace tenarai
