#include "CliApp.h"

#include "BundleCommand.h"
#include "CleanCommand.h"
#include "Console.h"
#include "ConvertCommand.h"
#include "DbCommand.h"
#include "DiagnoseCommand.h"
#include "FormCommand.h"
#include "InfoCommand.h"
#include "NormalizeCommand.h"
#include "PackCommand.h"
#include "ReportCommand.h"
#include "SubmitCommand.h"

#include <QCommandLineParser>

#include <algorithm>

namespace tenarai {

CliApp::CliApp()
{
    m_commands.push_back(std::make_unique<ConvertCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<DiagnoseCommand>());
    m_commands.push_back(std::make_unique<NormalizeCommand>());
    m_commands.push_back(std::make_unique<CleanCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<BundleCommand>());
    m_commands.push_back(std::make_unique<DbCommand>());
    m_commands.push_back(std::make_unique<FormCommand>());
    m_commands.push_back(std::make_unique<PackCommand>());
    m_commands.push_back(std::make_unique<SubmitCommand>());
}

CliApp::~CliApp() = default;

Command *CliApp::find(const QString &name) const
{
    const auto it = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                 [&name](const auto &command) { return command->name() == name; });
    return it == m_commands.cend() ? nullptr : it->get();
}

QString CliApp::generalHelp() const
{
    QString text
        = tr("Usage: %1 COMMAND [options] [arguments]").arg(Command::programName()) + QStringLiteral("\n\n");
    text += tr("Tenarai's command-line tools for lesson authors and IT staff.") + QStringLiteral("\n\n");
    text += tr("Commands:") + QLatin1Char('\n');
    QList<QPair<QString, QString>> rows;
    for (const auto &command : m_commands)
        rows.append({ command->name(), command->summary() });
    rows.append({ QStringLiteral("help"), tr("Show help for a command: help COMMAND") });
    for (const auto &[name, summary] : std::as_const(rows))
        text += QStringLiteral("  ") + name.leftJustified(10) + summary + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    text += QStringLiteral("  -h, --help     ") + tr("Show this help.") + QLatin1Char('\n');
    text += QStringLiteral("  -v, --version  ") + tr("Show the version.") + QLatin1Char('\n');
    text += QLatin1Char('\n')
        + tr("Run '%1 help COMMAND' or '%1 COMMAND --help' for a command's options and arguments.")
              .arg(Command::programName())
        + QLatin1Char('\n');
    return text;
}

ExitCode CliApp::usageError(const QString &message) const
{
    Command::printError(tr("%1 See '%2 --help'.").arg(message, Command::programName()));
    return ExitCode::UsageError;
}

int CliApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    // Everything from the command name on is the command's to parse.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") },
                                     tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));

    if (!parser.parse(arguments.isEmpty() ? QStringList(Command::programName()) : arguments))
        return int(usageError(parser.errorText()));
    if (parser.isSet(version)) {
        Console::out(Command::programName() + QLatin1Char(' ') + QStringLiteral(TENARAI_VERSION)
                     + QLatin1Char('\n'));
        return int(ExitCode::Success);
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help)) {
        Console::out(generalHelp());
        return int(ExitCode::Success);
    }
    if (positional.isEmpty()) {
        Console::err(generalHelp());
        return int(ExitCode::UsageError);
    }

    const QString name = positional.first();
    if (name == u"help") {
        if (positional.size() == 1) {
            Console::out(generalHelp());
            return int(ExitCode::Success);
        }
        if (positional.size() > 2)
            return int(usageError(tr("\"help\" takes one command name.")));
        if (Command *command = find(positional.at(1))) {
            Console::out(command->helpText());
            return int(ExitCode::Success);
        }
        return int(usageError(tr("\"%1\" is not a command.").arg(positional.at(1))));
    }
    Command *command = find(name);
    if (!command)
        return int(usageError(tr("\"%1\" is not a command.").arg(name)));
    return int(command->run(positional.mid(1)));
}

} // namespace tenarai
