#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace tenarai {

// The files of one lesson pack, read from its folder or from its archive (the same folder as one
// ZIP file with the extension .tenarai-pack), safely: nothing is extracted to disk, nothing is
// executed, and no path can leave the pack.
//
// Archives: an entry whose name is absolute, has a drive letter, a backslash, a '..' or '.'
// segment, an empty segment or a control character refuses the whole archive (zip-slip), as do
// duplicate names, encrypted entries, more than Limits::maxEntries entries, an entry or a total
// that would inflate beyond the limits, or a compression ratio above Limits::maxCompressionRatio
// (zip bombs); sizes are checked while inflating, not only trusted from the directory.
// Folders: symbolic links and files outside the folder are refused; the same size limits apply.
// Paths inside a pack are relative, '/'-separated and case-sensitive.
class PackSource
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::PackSource)
public:
    static constexpr const char *ArchiveSuffix = ".tenarai-pack";

    struct Limits
    {
        qint64 maxArchiveBytes = qint64(512) * 1024 * 1024; // the archive file on disk
        qint64 maxFileBytes = qint64(64) * 1024 * 1024;     // one file, inflated
        qint64 maxTotalBytes = qint64(256) * 1024 * 1024;   // all files, inflated
        int maxEntries = 2000;
        int maxCompressionRatio = 200;                      // for entries above 1 MiB inflated
    };

    virtual ~PackSource() = default;

    // A folder, or an archive file (recognised by its content, not its name). Errors name the
    // path and, for an unsafe entry, the entry.
    static Result<std::shared_ptr<const PackSource>> open(const QString &path, const Limits &limits);
    static Result<std::shared_ptr<const PackSource>> open(const QString &path);
    // An in-memory archive (tests, fuzzing); displayName is used in errors.
    static Result<std::shared_ptr<const PackSource>> openArchiveData(const QByteArray &zip, const QString &displayName,
                                                                     const Limits &limits);

    QString location() const { return m_location; } // the folder or archive path, as given
    bool isArchive() const { return m_archive; }
    // Every regular file, relative paths sorted.
    const QStringList &files() const { return m_files; }
    bool contains(const QString &path) const;
    // The whole file, within the limits. path must be a relative pack path (as in the manifest);
    // anything else is an Error naming it.
    virtual Result<QByteArray> read(const QString &path) const = 0;

    // The canonical form of a relative path written in a manifest ("data/a.csv"), or an Error
    // saying why it is not allowed (absolute, '..', backslash, drive letter, empty).
    static Result<QString> checkedPath(const QString &path);

protected:
    PackSource(const QString &location, bool archive) : m_location(location), m_archive(archive) {}
    QString m_location;
    bool m_archive = false;
    QStringList m_files;
};

} // namespace tenarai
