#include "lessons/PackLibrary.h"

#include "progress/ProgressStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace tenarai {

namespace {

constexpr const char *FoldersVariable = "TENARAI_PACK_FOLDERS";

// Where IT lists the shared folders for every user of the machine; read-only to Tenarai.
QString machineFoldersFile()
{
#if defined(Q_OS_WIN)
    const QString programData = qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"));
    return QDir::fromNativeSeparators(programData) + QStringLiteral("/Tenarai/packs-folders.txt");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/Tenarai/packs-folders.txt");
#else
    return QStringLiteral("/etc/tenarai/packs-folders.txt");
#endif
}

// The file is written by hand on a server, so it may have a BOM, CRLF line ends and comments.
QStringList foldersFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Folder names only: a file this large is not a list of folders.
    QByteArray bytes = file.read(1024 * 1024);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringList folders;
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        folders << line;
    }
    return folders;
}

bool isPackArchive(const QFileInfo &info)
{
    return info.isFile() && info.fileName().endsWith(QLatin1String(PackSource::ArchiveSuffix), Qt::CaseInsensitive);
}

bool isPackFolder(const QFileInfo &info)
{
    return info.isDir() && QFileInfo::exists(info.filePath() + QLatin1Char('/') + QLatin1String(PackManifest::FileName));
}

QString sortTitle(const PackLibrary::Entry &entry)
{
    if (entry.pack)
        return entry.pack->manifest().title.text();
    return QFileInfo(entry.path).fileName();
}

} // namespace

QString PackLibrary::userFolder()
{
    return QFileInfo(StoreLocation::defaultLocal().path).absolutePath() + QStringLiteral("/packs");
}

QList<PackLibrary::Folder> PackLibrary::defaultFolders(const QString &bundledFolder)
{
    QList<Folder> folders;
    if (!bundledFolder.isEmpty())
        folders << Folder{bundledFolder, Origin::Bundled};
    folders << Folder{userFolder(), Origin::User};
    folders << configuredSharedFolders();
    return folders;
}

QList<PackLibrary::Folder> PackLibrary::configuredSharedFolders()
{
    // The environment wins over the machine's file so that one session (a workshop, a test) can
    // use other folders without editing what IT deployed.
    QStringList paths;
    const QString variable = qEnvironmentVariable(FoldersVariable);
    if (!variable.trimmed().isEmpty())
        paths = variable.split(QDir::listSeparator());
    else
        paths = foldersFromFile(machineFoldersFile());

    QList<Folder> folders;
    QStringList seen;
    for (const QString &raw : std::as_const(paths)) {
        const QString path = QDir::fromNativeSeparators(raw.trimmed());
        if (path.isEmpty() || seen.contains(path))
            continue;
        seen << path;
        folders << Folder{path, Origin::Shared};
    }
    return folders;
}

QList<PackLibrary::Entry> PackLibrary::scan(const QList<Folder> &folders)
{
    QList<Entry> entries;
    // Canonical paths already seen: a folder named twice (the bundled folder also configured as
    // a share) or a pack named both alone and through its folder is listed once.
    QSet<QString> scanned;
    QSet<QString> loaded;
    for (const Folder &folder : folders) {
        const QFileInfo info(folder.path);
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty()) {
            if (scanned.contains(canonical))
                continue;
            scanned.insert(canonical);
        }
        if (!isPackArchive(info) && !(info.isDir() && info.isReadable())) {
            // The user's folder exists only once the user has added a pack; a missing bundled
            // folder or share is an installation problem worth showing.
            if (folder.origin == Origin::User && !info.exists())
                continue;
            Entry missing;
            missing.path = folder.path;
            missing.origin = folder.origin;
            missing.errors << PackIssue::error(folder.path, QString(),
                                               tr("The pack folder “%1” cannot be found or read.")
                                                   .arg(QDir::toNativeSeparators(folder.path)));
            entries << missing;
            continue;
        }
        // IT sometimes names one pack rather than the folder that holds packs; take it as meant.
        QFileInfoList candidates;
        if (isPackFolder(info) || isPackArchive(info)) {
            candidates << info;
        } else if (info.isDir()) {
            const QFileInfoList children = QDir(folder.path).entryInfoList(
                QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
            for (const QFileInfo &child : children) {
                if (isPackFolder(child) || isPackArchive(child))
                    candidates << child;
            }
        }
        for (const QFileInfo &candidate : std::as_const(candidates)) {
            const QString key = candidate.canonicalFilePath();
            if (loaded.contains(key))
                continue;
            loaded.insert(key);
            const PackLoadResult result = PackLoader::load(candidate.filePath());
            Entry entry;
            entry.path = candidate.filePath();
            entry.origin = folder.origin;
            entry.pack = result.ok() ? result.pack : nullptr;
            entry.errors = result.errors;
            entry.warnings = result.warnings;
            entries << entry;
        }
    }

    // The same pack twice (an old copy on the share, a newer one bundled): the newer version is
    // the one learners see; on a tie the first found (bundled, then user, then shared) wins.
    QHash<QString, qsizetype> winner;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).pack)
            continue;
        const QString id = entries.at(i).pack->id();
        const auto it = winner.find(id);
        if (it == winner.end()) {
            winner.insert(id, i);
            continue;
        }
        if (PackManifest::compareVersions(entries.at(i).pack->version(), entries.at(it.value()).pack->version()) > 0)
            it.value() = i;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).pack)
            continue;
        const qsizetype w = winner.value(entries.at(i).pack->id());
        if (w != i)
            entries[i].hiddenBy = entries.at(w).path;
    }

    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.origin != b.origin)
            return a.origin < b.origin;
        const int byTitle = QString::localeAwareCompare(sortTitle(a), sortTitle(b));
        if (byTitle != 0)
            return byTitle < 0;
        return a.path < b.path;
    });
    return entries;
}

} // namespace tenarai
