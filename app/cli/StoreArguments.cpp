#include "StoreArguments.h"

#include "progress/CentralConfig.h"

#include <QDir>
#include <QFileInfo>

namespace tenarai {

namespace {
Error invalid(const QString &message)
{
    Error e;
    e.kind = Error::Kind::InvalidArgument;
    e.message = message;
    return e;
}
} // namespace

QCommandLineOption StoreArguments::dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              tr("The progress database (a .sqlite file). By default this user's own: %1")
                                  .arg(QDir::toNativeSeparators(StoreLocation::defaultLocal().path)),
                              tr("path"));
}

QCommandLineOption StoreArguments::centralOption()
{
    return QCommandLineOption(
        QStringLiteral("central"),
        tr("Use the organisation's central progress database that IT configured for this PC."));
}

Result<StoreLocation> StoreArguments::location(const QCommandLineParser &parser, bool offerCentral,
                                               bool mustExist)
{
    const bool central = offerCentral && parser.isSet(centralOption());
    if (central && parser.isSet(dbOption()))
        return invalid(tr("Give either --db or --central, not both."));
    if (central)
        return centralLocation();
    const QString path = parser.isSet(dbOption()) ? parser.value(dbOption()) : StoreLocation::defaultLocal().path;
    if (path.isEmpty())
        return invalid(tr("--db needs the path of a progress database."));
    if (mustExist && !QFileInfo::exists(path)) {
        Error e;
        e.kind = Error::Kind::Io;
        e.file = path;
        e.message = parser.isSet(dbOption())
            ? tr("There is no progress database here.")
            : tr("No progress has been recorded for this user on this PC yet; give another database with --db.");
        return e;
    }
    return StoreLocation::sqlite(path);
}

Result<StoreLocation> StoreArguments::centralLocation()
{
    const Result<std::optional<StoreLocation>> configured = CentralConfig::load();
    if (!configured)
        return configured.error();
    if (!configured.value()) {
        Error e;
        e.kind = Error::Kind::InvalidArgument;
        e.file = CentralConfig::path();
        e.message = tr("This PC has no central progress database configured; IT sets it in this file.");
        return e;
    }
    return *configured.value();
}

Status StoreArguments::open(ProgressStore &store, const StoreLocation &location)
{
    Status opened = store.open(location);
    if (!opened) {
        Error e = opened.error();
        if (e.file.isEmpty())
            e.file = location.driver == StoreLocation::Driver::Sqlite ? location.path
                                                                      : QStringLiteral("%1@%2:%3/%4")
                                                                            .arg(location.user, location.host)
                                                                            .arg(location.port)
                                                                            .arg(location.database);
        return e;
    }
    return Ok {};
}

Result<Profile> StoreArguments::findProfile(const ProgressStore &store, const QString &nameOrId)
{
    const Result<QList<Profile>> profiles = store.profiles();
    if (!profiles)
        return profiles.error();
    QList<Profile> named;
    for (const Profile &profile : profiles.value()) {
        if (profile.id.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return profile;
        if (profile.displayName == nameOrId)
            named.append(profile);
    }
    if (named.size() == 1)
        return named.first();
    if (named.isEmpty())
        return invalid(tr("There is no learner “%1” in %2.").arg(nameOrId, store.describeLocation()));
    QStringList ids;
    for (const Profile &profile : std::as_const(named))
        ids << profile.id;
    return invalid(tr("%n learner(s) are called “%1”; give the id of one: %2.", nullptr, int(named.size()))
                       .arg(nameOrId, ids.join(QStringLiteral(", "))));
}

} // namespace tenarai
