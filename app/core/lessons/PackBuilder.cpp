#include "lessons/PackBuilder.h"

#include "lessons/PackLoader.h"
#include "lessons/PackManifest.h"
#include "lessons/PackSource.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>

#include <algorithm>
#include <climits>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace tenarai {

namespace {
const QString ManifestName = QString::fromLatin1(PackManifest::FileName);

// Every entry gets the same time stamp and permissions, so that building the same folder twice
// gives the same bytes: authors and IT can compare archives by their hash.
const QDateTime EntryTime(QDate(2000, 1, 1), QTime(0, 0));

Error makeError(Error::Kind kind, const QString &file, const QString &message)
{
    Error e;
    e.kind = kind;
    e.file = QDir::toNativeSeparators(file);
    e.message = message;
    return e;
}

// 1-based line of a byte offset, so that an author finds a JSON syntax error.
int lineOf(const QByteArray &text, qsizetype offset)
{
    return int(std::min<qsizetype>(text.left(offset).count('\n') + 1, INT_MAX));
}

// The pack's files as the loader sees them, and pack.json with a complete "files" map.
struct HashedPack
{
    QByteArray manifest;
    QStringList files; // sorted, without pack.json
    QHash<QString, QByteArray> content; // filled only when asked for
};

Result<HashedPack> hashFolder(const QString &folder, bool keepContent)
{
    if (!QFileInfo(folder).isDir())
        return makeError(Error::Kind::InvalidArgument, folder, PackBuilder::tr("This is not a pack folder."));
    const Result<std::shared_ptr<const PackSource>> opened = PackSource::open(folder);
    if (!opened)
        return opened.error();
    const PackSource &source = *opened.value();
    const QString manifestPath = QDir(folder).filePath(ManifestName);
    if (!source.contains(ManifestName))
        return makeError(Error::Kind::Io, manifestPath, PackBuilder::tr("The pack folder has no pack.json."));
    Result<QByteArray> manifest = source.read(ManifestName);
    if (!manifest)
        return manifest.error();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(manifest.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(Error::Kind::Format, manifestPath,
                         PackBuilder::tr("pack.json is not valid JSON at line %1: %2.")
                             .arg(lineOf(manifest.value(), parseError.offset))
                             .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return makeError(Error::Kind::Format, manifestPath,
                         PackBuilder::tr("pack.json must hold a JSON object."));

    HashedPack hashed;
    QJsonObject files;
    for (const QString &path : source.files()) {
        if (path == ManifestName)
            continue;
        Result<QByteArray> bytes = source.read(path);
        if (!bytes)
            return bytes.error();
        files.insert(
            path,
            QString::fromLatin1(QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex()));
        hashed.files << path;
        if (keepContent)
            hashed.content.insert(path, std::move(bytes).value());
    }
    QJsonObject root = document.object();
    root.insert(QStringLiteral("files"), files);
    hashed.manifest = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return hashed;
}

// message: a translated sentence with %1 for the reason.
Status writeAtomically(const QString &path, const QByteArray &bytes, const QString &message)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(Error::Kind::Io, path, message.arg(file.errorString()));
    }
    return Ok {};
}

// The archive in memory: pack.json first, then the other files in path order.
Result<QByteArray> zipped(const HashedPack &pack, const QString &archivePath)
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        return makeError(Error::Kind::Io, archivePath,
                         PackBuilder::tr("The archive cannot be created (error %1).").arg(zip.getZipError()));
    }
    const auto addEntry = [&zip](const QString &name, const QByteArray &bytes) {
        QuaZipNewInfo info(name);
        info.dateTime = EntryTime;
        info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, info))
            return false;
        const bool written = entry.write(bytes) == bytes.size();
        entry.close();
        return written && entry.getZipError() == 0;
    };
    bool ok = addEntry(ManifestName, pack.manifest);
    for (qsizetype i = 0; ok && i < pack.files.size(); ++i)
        ok = addEntry(pack.files.at(i), pack.content.value(pack.files.at(i)));
    zip.close();
    if (!ok || zip.getZipError() != 0) {
        return makeError(Error::Kind::Io, archivePath,
                         PackBuilder::tr("The archive cannot be written (error %1).").arg(zip.getZipError()));
    }
    return buffer.data();
}
} // namespace

Status PackBuilder::updateHashes(const QString &folder)
{
    const Result<HashedPack> hashed = hashFolder(folder, false);
    if (!hashed)
        return hashed.error();
    return writeAtomically(QDir(folder).filePath(ManifestName), hashed->manifest,
                           tr("pack.json cannot be written: %1."));
}

Status PackBuilder::build(const QString &folder, const QString &archivePath, PackIssues *issues)
{
    // Source-level errors become issues too, so that a caller can list everything one way.
    const auto fail = [issues, &folder](const Error &error) {
        if (issues)
            issues->append(
                PackIssue::error(error.file.isEmpty() ? folder : error.file, QString(), error.message));
        return Status(error);
    };

    // An archive inside the folder would become a file of the next build of the same pack.
    const QString folderPath = QFileInfo(folder).canonicalFilePath();
    const QString archiveDir = QFileInfo(QFileInfo(archivePath).absolutePath()).canonicalFilePath();
    if (!folderPath.isEmpty() && !archiveDir.isEmpty()
        && (archiveDir == folderPath || archiveDir.startsWith(folderPath + QLatin1Char('/')))) {
        return fail(makeError(Error::Kind::InvalidArgument, archivePath,
                              tr("The archive must be written outside the pack folder it is built from.")));
    }

    const Result<HashedPack> hashed = hashFolder(folder, true);
    if (!hashed)
        return fail(hashed.error());
    const Result<QByteArray> archive = zipped(hashed.value(), archivePath);
    if (!archive)
        return fail(archive.error());

    // Validate the very bytes that will ship, with the archive reader's own safety checks.
    const Result<std::shared_ptr<const PackSource>> source = PackSource::openArchiveData(
        archive.value(), QDir::toNativeSeparators(folder), PackSource::Limits());
    if (!source)
        return fail(source.error());
    const PackLoadResult loaded = PackLoader::load(source.value());
    if (issues) {
        issues->append(loaded.errors);
        issues->append(loaded.warnings);
    }
    if (!loaded.errors.isEmpty()) {
        return makeError(Error::Kind::Format, folder,
                         tr("The pack has %n error(s), so no archive was written; the first: %1", nullptr,
                            int(loaded.errors.size()))
                             .arg(loaded.errors.first().toString()));
    }
    if (!loaded.pack)
        return makeError(Error::Kind::Format, folder,
                         tr("The pack cannot be loaded, so no archive was written."));
    return writeAtomically(archivePath, archive.value(), tr("The archive cannot be written: %1."));
}

} // namespace tenarai
