#include "PackCommand.h"

#include "Console.h"
#include "lessons/PackBuilder.h"
#include "lessons/PackManifest.h"
#include "lessons/PackSource.h"
#include "lessons/PackTester.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace tenarai {

namespace {
QCommandLineOption jsonOption()
{
    return QCommandLineOption(
        QStringLiteral("json"),
        PackCommand::tr("validate: print JSON with stable English keys instead of text."));
}

// A broken pack has no Pack, but its manifest often still reads; showing its id and lessons
// tells the author which pack and where they are.
std::optional<PackManifest> manifestOf(const QString &path, const PackLoadResult &loaded)
{
    if (loaded.pack)
        return loaded.pack->manifest();
    const Result<std::shared_ptr<const PackSource>> source = PackSource::open(path);
    if (!source)
        return std::nullopt;
    const Result<QByteArray> bytes = source.value()->read(QString::fromLatin1(PackManifest::FileName));
    if (!bytes)
        return std::nullopt;
    PackIssues ignored; // the loader has reported them already
    Result<PackManifest> manifest
        = PackManifest::fromJson(bytes.value(), QString::fromLatin1(PackManifest::FileName), &ignored);
    if (!manifest)
        return std::nullopt;
    return std::move(manifest).value();
}

// "データ整理の基本 / Data cleaning basics", or the one language there is.
QString bothLanguages(const LocalizedText &text)
{
    if (text.en.isEmpty() || text.en == text.ja)
        return text.ja;
    if (text.ja.isEmpty())
        return text.en;
    return text.ja + QStringLiteral(" / ") + text.en;
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject localizedJson(const LocalizedText &text)
{
    return QJsonObject { { QStringLiteral("ja"), text.ja }, { QStringLiteral("en"), stringOrNull(text.en) } };
}

QJsonArray issuesJson(const PackIssues &issues)
{
    QJsonArray list;
    for (const PackIssue &issue : issues) {
        list.append(QJsonObject {
            { QStringLiteral("file"), stringOrNull(issue.file) },
            { QStringLiteral("line"), issue.line > 0 ? QJsonValue(issue.line) : QJsonValue() },
            { QStringLiteral("column"), issue.column > 0 ? QJsonValue(issue.column) : QJsonValue() },
            { QStringLiteral("field"), stringOrNull(issue.field) },
            { QStringLiteral("message"), issue.message },
        });
    }
    return list;
}

QString issuesText(const QString &heading, const PackIssues &issues)
{
    if (issues.isEmpty())
        return QString();
    QString text = heading + QLatin1Char('\n');
    for (const PackIssue &issue : issues)
        text += QStringLiteral("  ") + issue.toString() + QLatin1Char('\n');
    return text;
}
} // namespace

QString PackCommand::summary() const
{
    return tr("Check, hash, build or test a lesson pack.");
}

QString PackCommand::usageArguments() const
{
    return tr("validate PATH [--json] | hash DIR | build DIR OUT | test PATH");
}

void PackCommand::setUp(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + tr("validate PATH: load a pack folder or .tenarai-pack archive as Tenarai does and list its "
             "lessons, "
             "warnings and errors, each with its file and field.\n"
             "hash DIR: write the SHA-256 of every file of the pack folder into its pack.json.\n"
             "build DIR OUT: write the valid pack folder DIR as the archive OUT (.tenarai-pack), with a "
             "complete "
             "list of hashes.\n"
             "test PATH: check every exercise with the real checker: its reference solution must pass, each "
             "wrong "
             "solution must fail, the starting state must not pass, and there must be a hint.\n"
             "Exit status: 0 when all is well (warnings allowed), 1 when the pack has errors or an exercise "
             "fails "
             "its tests, 2 when the command line is wrong."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("validate, hash, build or test, and its paths."));
    parser.addOption(jsonOption());
}

ExitCode PackCommand::execute(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(tr("Say what to do: validate, hash, build or test."));
    const QString action = args.first();
    const bool json = parser.isSet(jsonOption());
    if (json && action != u"validate")
        return usageError(tr("--json works with validate only."));
    if (action == u"validate" || action == u"test" || action == u"hash") {
        if (args.size() != 2)
            return usageError(action == u"hash"
                                  ? tr("Give exactly one pack folder: hash DIR.")
                                  : tr("Give exactly one pack folder or archive: %1 PATH.").arg(action));
        const QString path = args.at(1);
        if (!QFileInfo::exists(path))
            return usageError(tr("There is no file or folder “%1”.").arg(QDir::toNativeSeparators(path)));
        if (action == u"hash") {
            if (!QFileInfo(path).isDir())
                return usageError(tr("“%1” is not a folder; hash works on a pack folder.")
                                      .arg(QDir::toNativeSeparators(path)));
            return hash(path);
        }
        return action == u"validate" ? validate(path, json) : test(path);
    }
    if (action == u"build") {
        if (args.size() != 3)
            return usageError(tr("Give the pack folder and the archive to write: build DIR OUT."));
        if (!QFileInfo(args.at(1)).isDir())
            return usageError(tr("“%1” is not a pack folder.").arg(QDir::toNativeSeparators(args.at(1))));
        return build(args.at(1), args.at(2));
    }
    return usageError(tr("Unknown action “%1”; use validate, hash, build or test.").arg(action));
}

ExitCode PackCommand::validate(const QString &path, bool json)
{
    const PackLoadResult loaded = PackLoader::load(path);
    const std::optional<PackManifest> manifest = manifestOf(path, loaded);
    Console::out(json ? validationJson(loaded, manifest) : validationText(path, loaded, manifest));
    return loaded.errors.isEmpty() && loaded.pack ? ExitCode::Success : ExitCode::Failure;
}

QString PackCommand::manifestText(const PackManifest &manifest)
{
    QString text
        = tr("Pack %1, version %2: %3").arg(manifest.id, manifest.version, bothLanguages(manifest.title))
        + QLatin1Char('\n');
    text += tr("%n lesson(s):", nullptr, int(manifest.lessons.size())) + QLatin1Char('\n');
    for (qsizetype i = 0; i < manifest.lessons.size(); ++i) {
        const LessonEntry &lesson = manifest.lessons.at(i);
        text += QStringLiteral("  %1. ").arg(i + 1)
            + tr("%1 — %2: %n exercise(s)", nullptr, int(lesson.exercises.size()))
                  .arg(lesson.id, bothLanguages(lesson.title))
            + QLatin1Char('\n');
    }
    return text;
}

QString PackCommand::validationText(const QString &path, const PackLoadResult &loaded,
                                    const std::optional<PackManifest> &manifest)
{
    QString text;
    if (manifest)
        text += manifestText(manifest.value());
    text += issuesText(tr("Warnings:"), loaded.warnings);
    text += issuesText(tr("Errors:"), loaded.errors);
    const QString where = QDir::toNativeSeparators(path);
    if (loaded.errors.isEmpty() && loaded.pack) {
        text += tr("%1: valid, %n warning(s).", nullptr, int(loaded.warnings.size())).arg(where);
    } else {
        text += tr("%1: not valid, %n error(s)", nullptr, int(loaded.errors.size())).arg(where)
            + tr(" and %n warning(s).", nullptr, int(loaded.warnings.size()));
    }
    return text + QLatin1Char('\n');
}

QString PackCommand::validationJson(const PackLoadResult &loaded, const std::optional<PackManifest> &manifest)
{
    QJsonObject root {
        { QStringLiteral("valid"), loaded.errors.isEmpty() && loaded.pack != nullptr },
        { QStringLiteral("id"), manifest ? QJsonValue(manifest->id) : QJsonValue() },
        { QStringLiteral("version"), manifest ? QJsonValue(manifest->version) : QJsonValue() },
        { QStringLiteral("title"), manifest ? QJsonValue(localizedJson(manifest->title)) : QJsonValue() },
    };
    QJsonArray lessons;
    if (manifest) {
        for (const LessonEntry &lesson : manifest->lessons) {
            lessons.append(QJsonObject {
                { QStringLiteral("id"), lesson.id },
                { QStringLiteral("title"), localizedJson(lesson.title) },
                { QStringLiteral("exercises"), int(lesson.exercises.size()) },
            });
        }
    }
    root.insert(QStringLiteral("lessons"), lessons);
    root.insert(QStringLiteral("errors"), issuesJson(loaded.errors));
    root.insert(QStringLiteral("warnings"), issuesJson(loaded.warnings));
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

ExitCode PackCommand::hash(const QString &folder)
{
    if (const Status updated = PackBuilder::updateHashes(folder); !updated) {
        printError(updated.error());
        return ExitCode::Failure;
    }
    // The count as written, read back from the manifest itself.
    const QString manifestPath = QDir(folder).filePath(QString::fromLatin1(PackManifest::FileName));
    QFile file(manifestPath);
    qsizetype count = 0;
    if (file.open(QIODevice::ReadOnly))
        count = QJsonDocument::fromJson(file.readAll())
                    .object()
                    .value(QStringLiteral("files"))
                    .toObject()
                    .size();
    Console::out(tr("Wrote the SHA-256 of %n file(s) into %1.", nullptr, int(count))
                     .arg(QDir::toNativeSeparators(manifestPath))
                 + QLatin1Char('\n'));
    return ExitCode::Success;
}

ExitCode PackCommand::build(const QString &folder, const QString &out)
{
    PackIssues issues;
    const Status built = PackBuilder::build(folder, out, &issues);
    PackIssues errors;
    PackIssues warnings;
    for (const PackIssue &issue : std::as_const(issues))
        (issue.severity == PackIssue::Severity::Error ? errors : warnings).append(issue);
    if (!built) {
        Console::err(issuesText(tr("Warnings:"), warnings) + issuesText(tr("Errors:"), errors));
        printError(built.error());
        return ExitCode::Failure;
    }
    Console::out(
        issuesText(tr("Warnings:"), warnings)
        + tr("Built %1 from %2.").arg(QDir::toNativeSeparators(out), QDir::toNativeSeparators(folder))
        + QLatin1Char('\n'));
    return ExitCode::Success;
}

ExitCode PackCommand::test(const QString &path)
{
    const PackLoadResult loaded = PackLoader::load(path);
    if (!loaded.errors.isEmpty() || !loaded.pack) {
        Console::out(
            issuesText(tr("Errors:"), loaded.errors)
            + tr("%1: the pack is not valid, so its exercises were not tested; run “%2 pack validate” "
                 "for details.")
                  .arg(QDir::toNativeSeparators(path), programName())
            + QLatin1Char('\n'));
        return ExitCode::Failure;
    }
    const QList<PackTester::ExerciseReport> reports = PackTester::test(*loaded.pack);
    QString text;
    int sound = 0;
    for (const PackTester::ExerciseReport &report : reports) {
        sound += report.ok();
        // OK and FAIL stay English: scripts and CI logs grep for them.
        text += (report.ok() ? QStringLiteral("OK    ") : QStringLiteral("FAIL  ")) + report.exerciseId
            + QLatin1Char('\n');
        for (const QString &problem : report.problems)
            text += QStringLiteral("      - ") + problem + QLatin1Char('\n');
    }
    text += tr("%1: %2 of %n exercise(s) pass every test.", nullptr, int(reports.size()))
                .arg(QDir::toNativeSeparators(path))
                .arg(sound)
        + QLatin1Char('\n');
    Console::out(text);
    return PackTester::allOk(reports) ? ExitCode::Success : ExitCode::Failure;
}

} // namespace tenarai
