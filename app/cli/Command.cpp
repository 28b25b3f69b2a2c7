#include "Command.h"

#include "Console.h"

namespace tenarai {

namespace {
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") },
                              Command::tr("Show help for this command."));
}
} // namespace

void Command::prepare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(summary());
    parser.addOption(helpOption());
    setUp(parser);
}

ExitCode Command::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    prepare(parser);
    if (!parser.parse(QStringList(programName()) + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption())) {
        Console::out(helpText());
        return ExitCode::Success;
    }
    return execute(parser);
}

QString Command::helpText() const
{
    QCommandLineParser parser;
    prepare(parser);
    // QCommandLineParser names argv[0] in its usage line; show the command as the user types it.
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const QString usage = tr("Usage: %1 %2 %3").arg(programName(), name(), usageArguments());
    return usage + (firstLineEnd < 0 ? QStringLiteral("\n") : text.mid(firstLineEnd));
}

ExitCode Command::usageError(const QString &message) const
{
    printError(tr("%1: %2 See '%3 help %1'.").arg(name(), message, programName()));
    return ExitCode::UsageError;
}

void Command::printError(const Error &error)
{
    printError(error.toString());
}

void Command::printError(const QString &message)
{
    Console::err(programName() + QStringLiteral(": ") + oneLine(message) + QLatin1Char('\n'));
}

} // namespace tenarai
