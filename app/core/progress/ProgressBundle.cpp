#include "progress/ProgressBundle.h"

#include "progress/ProgressStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSaveFile>
#include <QSet>
#include <QSysInfo>
#include <QUuid>

#include <cmath>

namespace tenarai {

namespace {

// Stored keys; never change them.
namespace key {
const QString format = QStringLiteral("format");
const QString version = QStringLiteral("version");
const QString content = QStringLiteral("content");
const QString digest = QStringLiteral("digest");
const QString algorithm = QStringLiteral("algorithm");
const QString value = QStringLiteral("value");
const QString exportedAt = QStringLiteral("exportedAt");
const QString source = QStringLiteral("source");
const QString profileId = QStringLiteral("profileId");
const QString profileName = QStringLiteral("profileName");
const QString events = QStringLiteral("events");
} // namespace key

const QString Sha256 = QStringLiteral("sha256");
const QString HmacSha256 = QStringLiteral("hmac-sha256");

QByteArray digestOf(const QJsonObject &content, const QByteArray &organisationKey)
{
    const QByteArray bytes = QJsonDocument(content).toJson(QJsonDocument::Compact);
    if (organisationKey.isEmpty())
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return QMessageAuthenticationCode::hash(bytes, organisationKey, QCryptographicHash::Sha256);
}

// Compares without stopping at the first difference, so that timing says nothing about an HMAC.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

// The record an event carries, checked by the fromJson of its type. Types this version does not
// know pass (a newer Tenarai may have written them; the store keeps them without deriving rows).
bool checkEventData(const Event &event, QString *error)
{
    const QString type = event.type;
    QString recordProfile;
    if (type == QLatin1String(Event::ProfileCreated) || type == QLatin1String(Event::ProfileUpdated)) {
        const std::optional<Profile> profile = profileFromJson(event.data, error);
        if (!profile)
            return false;
        recordProfile = profile->id;
    } else if (type == QLatin1String(Event::AttemptRecorded)) {
        const std::optional<Attempt> attempt = attemptFromJson(event.data, error);
        if (!attempt)
            return false;
        recordProfile = attempt->profileId;
    } else if (type == QLatin1String(Event::LessonCompleted)) {
        const std::optional<Completion> completion = completionFromJson(event.data, error);
        if (!completion)
            return false;
        recordProfile = completion->profileId;
    } else if (type == QLatin1String(Event::WorkshopSessionRecorded)) {
        return workshopSessionFromJson(event.data, error).has_value();
    } else {
        return true;
    }
    if (recordProfile != event.profileId) {
        *error = ProgressBundle::tr("its record belongs to another learner than the event says");
        return false;
    }
    return true;
}

Error bundleError(Error::Kind kind, const QString &fileName, const QString &message)
{
    Error e;
    e.kind = kind;
    e.file = fileName;
    e.message = message;
    return e;
}

} // namespace

QByteArray ProgressBundle::toJson(const QByteArray &organisationKey) const
{
    QJsonArray eventArray;
    for (const Event &event : events)
        eventArray.append(tenarai::toJson(event));
    const QJsonObject content {
        { key::exportedAt, exportedAt.toUTC().toString(Qt::ISODateWithMs) },
        { key::source, source },
        { key::profileId, profileId },
        { key::profileName, profileName },
        { key::events, eventArray },
    };
    const QJsonObject root {
        { key::format, QString::fromLatin1(FormatName) },
        { key::version, FormatVersion },
        { key::content, content },
        { key::digest,
          QJsonObject { { key::algorithm, organisationKey.isEmpty() ? Sha256 : HmacSha256 },
                        { key::value, QString::fromLatin1(digestOf(content, organisationKey).toHex()) } } },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ProgressBundle> ProgressBundle::fromJson(const QByteArray &json, const QString &fileName,
                                                const QByteArray &organisationKey)
{
    auto fail = [&fileName](const QString &message, Error::Kind kind = Error::Kind::Format) {
        return bundleError(kind, fileName, message);
    };
    if (json.size() > MaxFileSize)
        return fail(tr("The file is larger than %1 MiB, more than any progress bundle; it is not read.")
                        .arg(MaxFileSize / (1024 * 1024)),
                    Error::Kind::TooLarge);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool truncated = parseError.error == QJsonParseError::UnterminatedObject
            || parseError.error == QJsonParseError::UnterminatedArray
            || parseError.error == QJsonParseError::UnterminatedString
            || parseError.offset >= json.size() - 1;
        if (json.trimmed().isEmpty())
            return fail(tr("The file is empty; it is not a progress bundle."));
        if (truncated)
            return fail(
                tr("The file ends too early (at byte %1): it is incomplete, perhaps copied before the copy "
                   "had finished. Export it again.")
                    .arg(json.size()));
        return fail(tr("The file is not a progress bundle, or it is damaged: %1 at byte %2.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    if (!document.isObject())
        return fail(tr("The file is not a progress bundle."));
    const QJsonObject root = document.object();
    if (root.value(key::format).toString() != QLatin1String(FormatName))
        return fail(tr("The file is not a progress bundle (it does not say “format”: “%1”).")
                        .arg(QLatin1String(FormatName)));
    const QJsonValue versionValue = root.value(key::version);
    const double version = versionValue.toDouble(-1);
    if (!versionValue.isDouble() || version != std::floor(version) || version < 1)
        return fail(tr("The bundle's format version is missing or not a whole number."));
    if (version > FormatVersion)
        return fail(
            tr("The bundle was made by a newer version of Tenarai (format version %1; this one reads %2). "
               "Update Tenarai on this PC to import it.")
                .arg(version)
                .arg(FormatVersion),
            Error::Kind::Unsupported);

    const QJsonObject content = root.value(key::content).toObject();
    const QJsonObject digest = root.value(key::digest).toObject();
    if (!root.value(key::content).isObject() || !root.value(key::digest).isObject())
        return fail(tr("The bundle has no “content” or no “digest”: it is damaged or was edited."));
    const QString algorithm = digest.value(key::algorithm).toString();
    const QByteArray stated = QByteArray::fromHex(digest.value(key::value).toString().toLatin1());
    if (algorithm == Sha256) {
        if (!organisationKey.isEmpty())
            return fail(
                tr("The bundle was not made with this organisation's key, which this PC requires. Export it "
                   "again on a PC that has the key."));
    } else if (algorithm == HmacSha256) {
        if (organisationKey.isEmpty())
            return fail(tr(
                "The bundle was made with an organisation key, and this PC has none configured to check it "
                "with."));
    } else {
        return fail(tr("The bundle's digest algorithm “%1” is not one Tenarai knows.").arg(algorithm));
    }
    if (!sameBytes(stated, digestOf(content, organisationKey)))
        return fail(
            tr("The bundle's contents do not match its digest: the file was changed or damaged after it was "
               "exported. It is refused; export it again from the original PC."));

    ProgressBundle bundle;
    bundle.exportedAt = QDateTime::fromString(content.value(key::exportedAt).toString(), Qt::ISODateWithMs);
    if (!bundle.exportedAt.isValid())
        return fail(tr("The bundle's “%1” is not a date and time.").arg(key::exportedAt));
    bundle.exportedAt = bundle.exportedAt.toUTC();
    bundle.source = content.value(key::source).toString().left(1000);
    bundle.profileId = content.value(key::profileId).toString();
    bundle.profileName = content.value(key::profileName).toString().left(1000);
    if (bundle.profileId.size() != 36 || QUuid::fromString(bundle.profileId).isNull())
        return fail(tr("The bundle does not say whose progress it holds (“%1”).").arg(key::profileId));
    const QJsonValue eventsValue = content.value(key::events);
    if (!eventsValue.isArray())
        return fail(tr("The bundle has no list of “%1”.").arg(key::events));
    const QJsonArray eventArray = eventsValue.toArray();
    if (eventArray.size() > MaxEvents)
        return fail(tr("The bundle holds %1 records, more than the %2 a bundle may hold.")
                        .arg(eventArray.size())
                        .arg(MaxEvents),
                    Error::Kind::TooLarge);
    bundle.events.reserve(eventArray.size());
    for (qsizetype i = 0; i < eventArray.size(); ++i) {
        QString problem;
        std::optional<Event> event;
        if (!eventArray.at(i).isObject())
            problem = tr("it is not an object");
        else
            event = eventFromJson(eventArray.at(i).toObject(), &problem);
        if (event && !event->profileId.isEmpty() && event->profileId != bundle.profileId)
            problem = tr("it belongs to another learner than the bundle");
        if (event && problem.isEmpty())
            checkEventData(*event, &problem);
        if (!problem.isEmpty()) {
            if (problem.endsWith(QLatin1Char('.')))
                problem.chop(1);
            return fail(
                tr("Record %1 of %2 is not valid: %3.").arg(i + 1).arg(eventArray.size()).arg(problem));
        }
        bundle.events.append(std::move(*event));
    }
    return bundle;
}

Result<ProgressBundle> ProgressBundle::read(const QString &path, const QByteArray &organisationKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return bundleError(Error::Kind::Io, path,
                           tr("The file cannot be opened: %1.").arg(file.errorString()));
    if (file.size() > MaxFileSize)
        return bundleError(
            Error::Kind::TooLarge, path,
            tr("The file is larger than %1 MiB, more than any progress bundle; it is not read.")
                .arg(MaxFileSize / (1024 * 1024)));
    // Read at most one byte past the cap: a file that grows while being read is still capped.
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return bundleError(Error::Kind::Io, path, tr("The file cannot be read: %1.").arg(file.errorString()));
    return fromJson(bytes, path, organisationKey);
}

Status ProgressBundle::write(const QString &path, const QByteArray &organisationKey) const
{
    const QByteArray bytes = toJson(organisationKey);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return bundleError(Error::Kind::Io, path,
                           tr("The bundle cannot be written: %1.").arg(file.errorString()));
    return Ok {};
}

Result<QByteArray> ProgressBundle::readOrganisationKey(const QString &path)
{
    constexpr qsizetype MinimumKeySize = 16;
    constexpr qint64 MaximumKeyFileSize = 4096;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return bundleError(Error::Kind::Io, path,
                           tr("The organisation key file cannot be read: %1.").arg(file.errorString()));
    if (file.size() > MaximumKeyFileSize)
        return bundleError(
            Error::Kind::TooLarge, path,
            tr("The organisation key file is larger than %1 bytes; it should hold one line of random "
               "characters.")
                .arg(MaximumKeyFileSize));
    const QByteArray key = file.read(MaximumKeyFileSize + 1).trimmed();
    if (key.size() < MinimumKeySize)
        return bundleError(
            Error::Kind::Format, path,
            tr("The organisation key file holds %1 characters; at least %2 random characters are needed.")
                .arg(key.size())
                .arg(MinimumKeySize));
    return key;
}

Result<ProgressBundle> ProgressBundle::fromStore(const ProgressStore &store, const QString &profileId)
{
    Result<QList<Profile>> profiles = store.profiles();
    if (!profiles)
        return profiles.error();
    ProgressBundle bundle;
    bundle.profileId = profileId;
    bool found = false;
    for (const Profile &profile : std::as_const(profiles.value())) {
        if (profile.id == profileId) {
            bundle.profileName = profile.displayName;
            found = true;
        }
    }
    if (!found) {
        Error e;
        e.kind = Error::Kind::InvalidArgument;
        e.file = store.describeLocation();
        e.message = tr("There is no learner with the id “%1”.").arg(profileId);
        return e;
    }
    Result<QList<Event>> events = store.events(profileId);
    if (!events)
        return events.error();
    bundle.events = std::move(events).value();

    // The workshop sessions the learner's attempts took part in travel along, so that the other PC
    // can show them; sessions are nobody's own events.
    QSet<QString> sessions;
    for (const Event &event : std::as_const(bundle.events)) {
        if (event.type == QLatin1String(Event::AttemptRecorded)) {
            const QString session = event.data.value(QStringLiteral("workshopSessionId")).toString();
            if (!session.isEmpty())
                sessions.insert(session);
        }
    }
    if (!sessions.isEmpty()) {
        Result<QList<Event>> all = store.events();
        if (!all)
            return all.error();
        // Before the attempts that name them, as they were recorded.
        QList<Event> sessionEvents;
        for (const Event &event : std::as_const(all.value())) {
            if (event.type == QLatin1String(Event::WorkshopSessionRecorded) && event.profileId.isEmpty()
                && sessions.contains(event.data.value(QStringLiteral("id")).toString()))
                sessionEvents.append(event);
        }
        bundle.events = sessionEvents + bundle.events;
    }
    bundle.exportedAt = QDateTime::currentDateTimeUtc();
    bundle.source = QSysInfo::machineHostName();
    return bundle;
}

Result<int> ProgressBundle::import(ProgressStore &store, const QString &path,
                                   const QByteArray &organisationKey)
{
    Result<ProgressBundle> bundle = read(path, organisationKey);
    if (!bundle)
        return bundle.error();
    Result<int> applied = store.applyEvents(bundle->events);
    if (!applied) {
        Error e = applied.error();
        if (e.file.isEmpty())
            e.file = path;
        return e;
    }
    return applied;
}

} // namespace tenarai
