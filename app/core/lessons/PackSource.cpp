#include "lessons/PackSource.h"

#include "lessons/ArchivePackSource.h"
#include "lessons/FolderPackSource.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace tenarai {

namespace {

// Longer names break tools on every platform (255 bytes is the usual file-name limit), and a
// bound keeps the checks below cheap.
constexpr qsizetype MaxPathBytes = 255;

Error pathError(const QString &message)
{
    Error e;
    e.kind = Error::Kind::Format;
    e.message = message;
    return e;
}

Error openError(Error::Kind kind, const QString &path, const QString &message)
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.file = path;
    return e;
}

} // namespace

Result<std::shared_ptr<const PackSource>> PackSource::open(const QString &path)
{
    return open(path, Limits {});
}

Result<std::shared_ptr<const PackSource>> PackSource::open(const QString &path, const Limits &limits)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return openError(Error::Kind::Io, path, tr("The pack cannot be found: the path does not exist."));
    if (info.isDir())
        return FolderPackSource::open(path, limits);
    if (!info.isFile())
        return openError(Error::Kind::Format, path,
                         tr("The path is neither a pack folder nor a .tenarai-pack archive."));
    // Checked before a byte is read: the size on disk is the one number an archive cannot lie about.
    if (info.size() > limits.maxArchiveBytes)
        return openError(Error::Kind::TooLarge, path,
                         tr("The archive is %1 bytes, more than the limit of %2.")
                             .arg(info.size())
                             .arg(limits.maxArchiveBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return openError(Error::Kind::Io, path, tr("The pack cannot be opened: %1").arg(file.errorString()));
    // Recognised by content, not by name: a renamed archive still opens, and a text file named
    // .tenarai-pack is told apart from a damaged archive. "PK\5\6" is an archive with no entries.
    const QByteArray head = file.read(4);
    file.close();
    if (head != QByteArrayView("PK\x03\x04", 4) && head != QByteArrayView("PK\x05\x06", 4))
        return openError(Error::Kind::Format, path,
                         tr("The file is neither a pack folder nor a .tenarai-pack archive."));
    return ArchivePackSource::openFile(path, limits);
}

Result<std::shared_ptr<const PackSource>>
PackSource::openArchiveData(const QByteArray &zip, const QString &displayName, const Limits &limits)
{
    return ArchivePackSource::openData(zip, displayName, limits);
}

bool PackSource::contains(const QString &path) const
{
    const Result<QString> checked = checkedPath(path);
    return checked.ok() && std::binary_search(m_files.cbegin(), m_files.cend(), checked.value());
}

Result<QString> PackSource::checkedPath(const QString &path)
{
    if (path.isEmpty())
        return pathError(tr("The path is empty."));
    if (path.toUtf8().size() > MaxPathBytes)
        return pathError(tr("The path is longer than %1 bytes.").arg(MaxPathBytes));
    if (path.contains(QChar::ReplacementCharacter))
        return pathError(tr("The path is not valid UTF-8 text."));
    for (const QChar c : path) {
        if (c.category() == QChar::Other_Control)
            return pathError(tr("The path contains a control character."));
    }
    if (path.contains(u'\\'))
        return pathError(tr("The path contains a backslash; use '/' between folders."));
    if (path.startsWith(u'/'))
        return pathError(tr("The path is absolute; it must be relative to the pack."));
    if (path.size() >= 2 && path.at(1) == u':' && path.at(0).isLetter() && path.at(0).unicode() < 128)
        return pathError(tr("The path starts with a drive letter; it must be relative to the pack."));
    // A colon elsewhere names an alternate data stream on Windows ("a.csv:hidden").
    if (path.contains(u':'))
        return pathError(tr("The path contains ':', which Windows does not allow in file names."));
    const QStringList segments = path.split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return pathError(tr("The path has an empty folder name ('//' or a trailing '/')."));
        if (segment == u"." || segment == u"..")
            return pathError(
                tr("The path contains a '%1' segment; it must stay inside the pack.").arg(segment));
    }
    // One spelling per name: macOS writes decomposed kana ("か" + "゙"), Windows composed ones;
    // a manifest and an archive made on different machines must still agree.
    return path.normalized(QString::NormalizationForm_C);
}

} // namespace tenarai
