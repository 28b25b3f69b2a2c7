#include "BundleCommand.h"

#include "Console.h"
#include "StoreArguments.h"
#include "progress/ProgressBundle.h"
#include "progress/ProgressStore.h"

#include <QDir>

#include <optional>

namespace tenarai {

namespace {
QCommandLineOption profileOption()
{
    return QCommandLineOption(
        QStringLiteral("profile"),
        BundleCommand::tr("export: the learner whose progress to export, by name or profile id."),
        BundleCommand::tr("name or id"));
}

QCommandLineOption keyOption()
{
    return QCommandLineOption(
        QStringLiteral("key"),
        BundleCommand::tr(
            "The organisation key file from IT. Export seals the bundle with it; import then accepts "
            "only bundles sealed with the same key, so that a changed bundle is refused even when its "
            "checksum was recomputed."),
        BundleCommand::tr("file"));
}
} // namespace

QString BundleCommand::summary() const
{
    return tr("Carry a learner's progress to another PC in one file: bundle export or bundle import.");
}

QString BundleCommand::usageArguments() const
{
    return tr("export [--db PATH] --profile NAME_OR_ID OUT | import [--db PATH] FILE");
}

void BundleCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("export or import."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("The bundle to write (export; replaced if it exists) or to read (import)."));
    parser.addOption(StoreArguments::dbOption());
    parser.addOption(profileOption());
    parser.addOption(keyOption());
}

ExitCode BundleCommand::execute(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(tr("Say what to do: export or import."));
    const QString action = args.first();
    const bool exporting = action == u"export";
    if (!exporting && action != u"import")
        return usageError(tr("“%1” is neither export nor import.").arg(action));
    if (args.size() != 2)
        return usageError(exporting ? tr("export takes exactly one file to write.")
                                    : tr("import takes exactly one bundle file."));
    if (exporting && !parser.isSet(profileOption()))
        return usageError(tr("export needs --profile: the learner whose progress to export."));
    if (!exporting && parser.isSet(profileOption()))
        return usageError(tr("import takes no --profile: a bundle holds one learner's progress."));
    const QString file = args.at(1);

    QByteArray key;
    if (parser.isSet(keyOption())) {
        const Result<QByteArray> read = ProgressBundle::readOrganisationKey(parser.value(keyOption()));
        if (!read) {
            printError(read.error());
            return ExitCode::Failure;
        }
        key = read.value();
    }

    // Import may create the database: it is how progress reaches a PC that has none yet.
    const Result<StoreLocation> location = StoreArguments::location(parser, false, exporting);
    if (!location) {
        if (location.error().kind == Error::Kind::InvalidArgument && location.error().file.isEmpty())
            return usageError(location.error().message);
        printError(location.error());
        return ExitCode::Failure;
    }
    // Check the file before touching the database, so that a refused bundle leaves no trace.
    std::optional<ProgressBundle> incoming;
    if (!exporting) {
        Result<ProgressBundle> checked = ProgressBundle::read(file, key);
        if (!checked) {
            printError(checked.error());
            return ExitCode::Failure;
        }
        incoming = std::move(checked).value();
    }
    ProgressStore store;
    if (const Status opened = StoreArguments::open(store, location.value()); !opened) {
        printError(opened.error());
        return ExitCode::Failure;
    }

    if (exporting) {
        const Result<Profile> profile = StoreArguments::findProfile(store, parser.value(profileOption()));
        if (!profile) {
            printError(profile.error());
            return ExitCode::Failure;
        }
        const Result<ProgressBundle> bundle = ProgressBundle::fromStore(store, profile->id);
        if (!bundle) {
            printError(bundle.error());
            return ExitCode::Failure;
        }
        if (const Status written = bundle->write(file, key); !written) {
            printError(written.error());
            return ExitCode::Failure;
        }
        Console::out(tr("Exported %n record(s) of “%1” to %2.", nullptr, int(bundle->events.size()))
                         .arg(profile->displayName, QDir::toNativeSeparators(file))
                     + QLatin1Char('\n'));
        return ExitCode::Success;
    }

    const Result<int> imported = store.applyEvents(incoming->events);
    if (!imported) {
        printError(imported.error());
        return ExitCode::Failure;
    }
    Console::out(tr("%n new record(s) imported from %1.", nullptr, imported.value())
                     .arg(QDir::toNativeSeparators(file))
                 + QLatin1Char('\n'));
    return ExitCode::Success;
}

} // namespace tenarai
