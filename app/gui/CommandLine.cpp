#include "CommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>

#include <cstring>

namespace tenarai {

CommandLine::Parsed CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Tenarai: hands-on digital skills training, offline."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption lessonsOption(QStringLiteral("lessons"),
                                           tr("Read the bundled lessons from <folder>."), tr("folder"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            tr("Keep the local progress in the SQLite <file>."), tr("file"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("Use <language> for this run: ja (Japanese) or en (English)."),
                                            tr("language"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        tr("Save a picture of the window to <png> and quit."), tr("png"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(lessonsOption);
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(tr("file"), tr("A spreadsheet (CSV or XLSX) to open."), tr("[file]"));

    Parsed parsed;
    if (!parser.parse(arguments)) {
        parsed.action = Action::Fail;
        parsed.text = parser.errorText();
        return parsed;
    }
    if (parser.isSet(helpOption)) {
        parsed.action = Action::ShowHelp;
        parsed.text = parser.helpText();
        return parsed;
    }
    if (parser.isSet(versionOption)) {
        parsed.action = Action::ShowVersion;
        parsed.text = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return parsed;
    }

    AppOptions &options = parsed.options;
    options.lessonsDir = parser.isSet(lessonsOption)
        ? QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(lessonsOption)))
        : AppOptions::defaultLessonsDir();
    options.databasePath = parser.isSet(databaseOption)
        ? QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(databaseOption)))
        : AppOptions::defaultDatabasePath();
    if (parser.isSet(languageOption)) {
        const QString language = parser.value(languageOption).trimmed().toLower();
        if (language != u"ja" && language != u"en") {
            parsed.action = Action::Fail;
            parsed.text = tr("Unknown language “%1”: use ja or en.").arg(parser.value(languageOption));
            return parsed;
        }
        options.language = language;
    }
    if (parser.isSet(screenshotOption))
        options.screenshotPath = QDir::current().absoluteFilePath(parser.value(screenshotOption));

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        parsed.action = Action::Fail;
        parsed.text = tr("Only one file can be opened at start; %1 were given.").arg(files.size());
        return parsed;
    }
    if (!files.isEmpty())
        options.fileToOpen = QDir::current().absoluteFilePath(files.first());
    return parsed;
}

bool CommandLine::asksForTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0)
            return false;
        for (const char *textOnly : { "-h", "--help", "-?", "--help-all", "-v", "--version" }) {
            if (std::strcmp(arg, textOnly) == 0)
                return true;
        }
    }
    return false;
}

} // namespace tenarai
