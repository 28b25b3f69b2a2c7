#include "lessons/FolderPackSource.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace tenarai {

FolderPackSource::FolderPackSource(const QString &location, const Limits &limits)
    : PackSource(location, false), m_limits(limits)
{ }

Result<std::shared_ptr<const PackSource>> FolderPackSource::open(const QString &path, const Limits &limits)
{
    std::shared_ptr<FolderPackSource> source(new FolderPackSource(path, limits));
    const Status scanned = source->scan();
    if (!scanned.ok())
        return scanned.error();
    return std::shared_ptr<const PackSource>(std::move(source));
}

Error FolderPackSource::error(Error::Kind kind, const QString &message, const QString &entry) const
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.file = m_location;
    e.part = entry;
    return e;
}

Status FolderPackSource::scan()
{
    m_canonicalRoot = QFileInfo(m_location).canonicalFilePath();
    if (m_canonicalRoot.isEmpty())
        return error(Error::Kind::Io, tr("The pack folder cannot be found."));

    QHash<QString, QString> byFoldedName; // case-folded name -> the name first seen
    qint64 total = 0;
    int items = 0; // files and folders: a tree of empty folders must not keep the walk busy either
    QStringList pending { QString() }; // folders still to list, relative, depth first in name order
    while (!pending.isEmpty()) {
        const QString folder = pending.takeLast();
        QList<QFileInfo> children;
        QDirIterator it(folder.isEmpty() ? m_location : m_location + u'/' + folder,
                        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            it.next();
            if (++items > m_limits.maxEntries)
                return error(
                    Error::Kind::TooLarge,
                    tr("The pack folder has more than %1 files and folders.").arg(m_limits.maxEntries));
            children.append(it.fileInfo());
        }
        std::sort(children.begin(), children.end(),
                  [](const QFileInfo &a, const QFileInfo &b) { return a.fileName() < b.fileName(); });

        QStringList subfolders;
        for (const QFileInfo &child : std::as_const(children)) {
            const QString stored = folder.isEmpty() ? child.fileName() : folder + u'/' + child.fileName();
            // Checked before anything else: a link is refused even when it points inside the folder,
            // because an archive cannot hold it and a later change could point it anywhere.
            if (child.isSymLink() || child.isJunction())
                return error(
                    Error::Kind::Format,
                    tr("The entry is a link (a symbolic link or junction); a pack may not contain links."),
                    stored);
            const Result<QString> checked = checkedPath(stored);
            if (!checked.ok())
                return error(Error::Kind::Format, checked.error().message, stored);
            if (child.isDir()) {
                subfolders.append(stored);
                continue;
            }
            if (!child.isFile())
                return error(
                    Error::Kind::Format,
                    tr("The entry is not a regular file (a device, pipe or socket), which a pack may "
                       "not contain."),
                    stored);
            const QString &name = checked.value();
            const QString folded = name.toCaseFolded();
            const auto clash = byFoldedName.constFind(folded);
            if (clash != byFoldedName.constEnd())
                return error(Error::Kind::Format,
                             tr("The file name differs from “%1” only in upper and lower case; the two would "
                                "clash on Windows.")
                                 .arg(*clash),
                             stored);
            if (child.size() > m_limits.maxFileBytes)
                return error(Error::Kind::TooLarge,
                             tr("The file is %1 bytes, more than the limit of %2.")
                                 .arg(child.size())
                                 .arg(m_limits.maxFileBytes),
                             stored);
            total += child.size();
            if (total > m_limits.maxTotalBytes)
                return error(Error::Kind::TooLarge,
                             tr("The files of the pack are more than the limit of %1 bytes together.")
                                 .arg(m_limits.maxTotalBytes),
                             stored);
            byFoldedName.insert(folded, name);
            m_storedNames.insert(name, stored);
            m_files.append(name);
        }
        // Reversed so that takeLast() visits them in name order.
        std::reverse(subfolders.begin(), subfolders.end());
        pending.append(subfolders);
    }
    std::sort(m_files.begin(), m_files.end());
    return Ok {};
}

Result<QByteArray> FolderPackSource::read(const QString &path) const
{
    const Result<QString> checked = checkedPath(path);
    if (!checked.ok())
        return error(Error::Kind::Format, checked.error().message, path);
    const auto stored = m_storedNames.constFind(checked.value());
    if (stored == m_storedNames.constEnd())
        return error(Error::Kind::Format, tr("The file is not in the pack."), path);

    // The folder may have changed since it was listed: a file replaced by a link, or a folder on
    // the way replaced by one, resolves somewhere else, and the canonical path tells.
    const QFileInfo info(m_location + u'/' + *stored);
    if (info.isSymLink() || info.isJunction() || info.canonicalFilePath() != m_canonicalRoot + u'/' + *stored)
        return error(Error::Kind::Format,
                     tr("The file now leads outside the pack folder or through a link; open the pack again."),
                     path);
    if (!info.isFile())
        return error(Error::Kind::Format, tr("The file is no longer a regular file; open the pack again."),
                     path);
    if (info.size() > m_limits.maxFileBytes)
        return error(Error::Kind::TooLarge,
                     tr("The file is %1 bytes, more than the limit of %2.")
                         .arg(info.size())
                         .arg(m_limits.maxFileBytes),
                     path);
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly))
        return error(Error::Kind::Io, tr("The file cannot be read: %1").arg(file.errorString()), path);
    // One byte more than its size, so that a file that grew since the check is caught (read()
    // reserves what it is asked for, so the limit itself is not asked for).
    const qint64 expected = info.size();
    QByteArray bytes = file.read(expected + 1);
    if (file.error() != QFileDevice::NoError)
        return error(Error::Kind::Io, tr("The file cannot be read: %1").arg(file.errorString()), path);
    if (bytes.size() > expected)
        return error(Error::Kind::Format,
                     tr("The file changed while it was being read; open the pack again."), path);
    return bytes;
}

} // namespace tenarai
