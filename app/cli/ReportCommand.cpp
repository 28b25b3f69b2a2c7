#include "ReportCommand.h"

#include "StoreArguments.h"
#include "progress/ProgressStore.h"
#include "progress/ReportExporter.h"

#include <QSaveFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace tenarai {

namespace {
// The report's bytes as they are: Console takes text, and decoding would drop the CSV's BOM.
void writeStandardOutput(const QByteArray &bytes)
{
#ifdef Q_OS_WIN
    // In text mode Windows would turn the CSV's CRLF into CR CR LF.
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(
        QStringLiteral("format"),
        ReportCommand::tr("csv (default: a table for Excel), xapi (xAPI 1.0.3 statements as "
                          "JSON, one per attempt), scorm (SCORM 1.2 lesson status and score "
                          "per learner and lesson, as CSV) or scorm-json."),
        ReportCommand::tr("format"), QStringLiteral("csv"));
}

QCommandLineOption levelOption()
{
    return QCommandLineOption(
        QStringLiteral("level"),
        ReportCommand::tr("CSV only: one row per lesson (default), pack, learner or attempt: "
                          "lessons, packs, learners or attempts."),
        ReportCommand::tr("level"), QStringLiteral("lessons"));
}

QCommandLineOption profileOption()
{
    return QCommandLineOption(
        QStringLiteral("profile"),
        ReportCommand::tr("Only this learner: a name or a profile id. By default every learner."),
        ReportCommand::tr("name or id"));
}

QCommandLineOption anonymiseOption()
{
    return QCommandLineOption(
        { QStringLiteral("anonymise"), QStringLiteral("anonymize") },
        ReportCommand::tr(
            "Replace learners' names and ids with pseudonyms (受講者-…) that stay the same from one "
            "export to the next. Departments are kept unless --no-department is given."));
}

QCommandLineOption saltOption()
{
    return QCommandLineOption(
        QStringLiteral("pseudonym-salt"),
        ReportCommand::tr(
            "With --anonymise: the file whose secret decides the pseudonyms. Give every PC the same "
            "file for the same pseudonyms everywhere. By default a file beside the database, created "
            "on first use; required with --central."),
        ReportCommand::tr("file"));
}

QCommandLineOption noDepartmentOption()
{
    return QCommandLineOption(QStringLiteral("no-department"),
                              ReportCommand::tr("With --anonymise: leave departments out too."));
}

QCommandLineOption activityIriOption()
{
    return QCommandLineOption(
        QStringLiteral("activity-iri"),
        ReportCommand::tr("xAPI: the absolute address activity ids start with. By default "
                          "https://tenarai.invalid/xapi/activities/"),
        ReportCommand::tr("iri"));
}

QCommandLineOption homePageOption()
{
    return QCommandLineOption(
        QStringLiteral("account-home-page"),
        ReportCommand::tr("xAPI: the homePage of learners' accounts (an absolute address). By "
                          "default https://tenarai.invalid/learners"),
        ReportCommand::tr("iri"));
}

QCommandLineOption outputOption()
{
    return QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") },
                              ReportCommand::tr("Write to this file instead of the standard output."),
                              ReportCommand::tr("file"));
}
} // namespace

QString ReportCommand::summary() const
{
    return tr("Report learners' progress as CSV, xAPI statements or a SCORM 1.2 summary.");
}

QString ReportCommand::usageArguments() const
{
    return tr("[--db PATH | --central] [--format csv|xapi|scorm|scorm-json] [--anonymise] [--output FILE]");
}

void ReportCommand::setUp(QCommandLineParser &parser) const
{
    parser.addOption(StoreArguments::dbOption());
    parser.addOption(StoreArguments::centralOption());
    parser.addOption(formatOption());
    parser.addOption(levelOption());
    parser.addOption(profileOption());
    parser.addOption(anonymiseOption());
    parser.addOption(saltOption());
    parser.addOption(noDepartmentOption());
    parser.addOption(activityIriOption());
    parser.addOption(homePageOption());
    parser.addOption(outputOption());
}

ExitCode ReportCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("“report” takes no file arguments; use --output to name the file to write."));

    const QString formatName = parser.value(formatOption()).toLower();
    ReportExporter::Format format;
    if (formatName == u"csv")
        format = ReportExporter::Format::Csv;
    else if (formatName == u"xapi")
        format = ReportExporter::Format::Xapi;
    else if (formatName == u"scorm")
        format = ReportExporter::Format::ScormCsv;
    else if (formatName == u"scorm-json")
        format = ReportExporter::Format::ScormJson;
    else
        return usageError(
            tr("“%1” is not a report format; use csv, xapi, scorm or scorm-json.").arg(formatName));

    const QString levelName = parser.value(levelOption()).toLower();
    ReportExporter::CsvLevel level;
    if (levelName == u"lessons")
        level = ReportExporter::CsvLevel::Lessons;
    else if (levelName == u"packs")
        level = ReportExporter::CsvLevel::Packs;
    else if (levelName == u"learners")
        level = ReportExporter::CsvLevel::Learners;
    else if (levelName == u"attempts")
        level = ReportExporter::CsvLevel::Attempts;
    else
        return usageError(
            tr("“%1” is not a level; use lessons, packs, learners or attempts.").arg(levelName));
    if (parser.isSet(levelOption()) && format != ReportExporter::Format::Csv)
        return usageError(tr("--level applies to the csv format only."));
    const bool anonymise = parser.isSet(anonymiseOption());
    if (!anonymise && (parser.isSet(saltOption()) || parser.isSet(noDepartmentOption())))
        return usageError(tr("--pseudonym-salt and --no-department go with --anonymise."));

    const Result<StoreLocation> location = StoreArguments::location(parser, true, true);
    if (!location) {
        if (location.error().kind == Error::Kind::InvalidArgument && location.error().file.isEmpty())
            return usageError(location.error().message);
        printError(location.error());
        return ExitCode::Failure;
    }

    ReportExportOptions options;
    if (parser.isSet(activityIriOption()))
        options.activityBaseIri = parser.value(activityIriOption());
    if (parser.isSet(homePageOption()))
        options.accountHomePage = parser.value(homePageOption());
    if (anonymise) {
        Result<QByteArray> salt = Error();
        if (parser.isSet(saltOption()))
            salt = Pseudonymiser::readSalt(parser.value(saltOption()));
        else if (location->driver == StoreLocation::Driver::Sqlite)
            salt = Pseudonymiser::loadOrCreateSalt(Pseudonymiser::saltPathFor(location->path));
        else {
            Error e;
            e.kind = Error::Kind::InvalidArgument;
            e.message
                = tr("An anonymised report of the central database needs the organisation's --pseudonym-salt "
                     "file, so that pseudonyms match on every PC.");
            salt = e;
        }
        if (!salt) {
            printError(salt.error());
            return ExitCode::Failure;
        }
        options.pseudonymiser = Pseudonymiser(salt.value());
        options.keepDepartment = !parser.isSet(noDepartmentOption());
    }

    ProgressStore store;
    if (const Status opened = StoreArguments::open(store, location.value()); !opened) {
        printError(opened.error());
        return ExitCode::Failure;
    }
    QString profileId;
    if (parser.isSet(profileOption())) {
        const Result<Profile> profile = StoreArguments::findProfile(store, parser.value(profileOption()));
        if (!profile) {
            printError(profile.error());
            return ExitCode::Failure;
        }
        profileId = profile->id;
    }
    Result<ProgressData> data = ProgressData::load(store, profileId);
    if (!data) {
        printError(data.error());
        return ExitCode::Failure;
    }
    const ProgressReport report(std::move(data).value());
    const ReportExporter exporter(report, options);
    const Result<QByteArray> bytes = format == ReportExporter::Format::Csv
        ? Result<QByteArray>(exporter.csv(level))
        : exporter.exportAs(format);
    if (!bytes) {
        printError(bytes.error());
        return ExitCode::Failure;
    }

    if (!parser.isSet(outputOption())) {
        writeStandardOutput(bytes.value());
        return ExitCode::Success;
    }
    const QString path = parser.value(outputOption());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit()) {
        Error e;
        e.kind = Error::Kind::Io;
        e.file = path;
        e.message = tr("The report cannot be written: %1.").arg(file.errorString());
        printError(e);
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

} // namespace tenarai
