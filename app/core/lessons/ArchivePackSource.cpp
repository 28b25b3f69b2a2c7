#include "lessons/ArchivePackSource.h"

#include "io/XlsxPartDevice.h"

#include <QBuffer>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <algorithm>

namespace tenarai {

namespace {

// Ratios are only checked past this size, as for XLSX parts: a small file of zeros compresses
// well too, and cannot swallow memory anyway.
constexpr qint64 RatioCheckFloor = qint64(1024) * 1024;

constexpr quint16 EncryptedFlag = 0x0001;
constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflate = 8;

bool readableMethod(quint16 method)
{
    return method == MethodStored || method == MethodDeflate;
}

// Names are always read as UTF-8, whatever the flag in the entry says: a pack must list the same
// files on every machine, and the locale's codec (QuaZip's default) differs between them.
void prepare(QuaZip &zip)
{
    zip.setAutoClose(false);
    zip.setFileNameCodec("UTF-8");
}

} // namespace

ArchivePackSource::ArchivePackSource(const QString &location, const QByteArray &data, bool inMemory,
                                     const Limits &limits)
    : PackSource(location, true), m_data(data), m_inMemory(inMemory), m_limits(limits)
{ }

Result<std::shared_ptr<const PackSource>> ArchivePackSource::openFile(const QString &path,
                                                                      const Limits &limits)
{
    std::shared_ptr<ArchivePackSource> source(new ArchivePackSource(path, {}, false, limits));
    const Status scanned = source->scan();
    if (!scanned.ok())
        return scanned.error();
    return std::shared_ptr<const PackSource>(std::move(source));
}

Result<std::shared_ptr<const PackSource>>
ArchivePackSource::openData(const QByteArray &data, const QString &displayName, const Limits &limits)
{
    std::shared_ptr<ArchivePackSource> source(new ArchivePackSource(displayName, data, true, limits));
    const Status scanned = source->scan();
    if (!scanned.ok())
        return scanned.error();
    return std::shared_ptr<const PackSource>(std::move(source));
}

Error ArchivePackSource::error(Error::Kind kind, const QString &message, const QString &entry) const
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.file = m_location;
    e.part = entry;
    return e;
}

Result<std::unique_ptr<QIODevice>> ArchivePackSource::openDevice() const
{
    std::unique_ptr<QIODevice> device;
    if (m_inMemory) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(m_data); // shares the bytes; reading never detaches them
        device = std::move(buffer);
    } else {
        device = std::make_unique<QFile>(m_location);
    }
    if (!device->open(QIODevice::ReadOnly))
        return error(Error::Kind::Io, tr("The archive cannot be opened: %1").arg(device->errorString()));
    // Again on every read: the file may have been replaced since the pack was opened.
    if (device->size() > m_limits.maxArchiveBytes)
        return error(Error::Kind::TooLarge,
                     tr("The archive is %1 bytes, more than the limit of %2.")
                         .arg(device->size())
                         .arg(m_limits.maxArchiveBytes));
    return device;
}

Status ArchivePackSource::scan()
{
    auto device = openDevice();
    if (!device.ok())
        return device.error();
    QuaZip zip(device.value().get());
    prepare(zip);
    if (!zip.open(QuaZip::mdUnzip)) {
        device.value()->seek(0);
        const QByteArray head = device.value()->peek(4);
        // minizip refuses an archive without entries; say what it is rather than "damaged".
        if (head == QByteArrayView("PK\x05\x06", 4))
            return error(Error::Kind::Format, tr("The archive is empty: it holds no files."));
        if (!head.startsWith("PK"))
            return error(Error::Kind::Format,
                         tr("The file is neither a pack folder nor a .tenarai-pack archive."));
        return error(Error::Kind::Format,
                     tr("The archive is damaged or incomplete: its ZIP directory cannot be read (was it "
                        "truncated while copying?)."));
    }
    const int count = zip.getEntriesCount();
    if (count > m_limits.maxEntries)
        return error(
            Error::Kind::TooLarge,
            tr("The archive has %1 entries, more than the limit of %2.").arg(count).arg(m_limits.maxEntries));

    QHash<QString, QString> byFoldedName; // case-folded name -> the name first seen
    qint64 total = 0;
    int seen = 0;
    QuaZipFileInfo64 info;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (++seen > m_limits.maxEntries)
            return error(Error::Kind::TooLarge,
                         tr("The archive has more entries than the limit of %1.").arg(m_limits.maxEntries));
        if (!zip.getCurrentFileInfo(&info))
            return error(Error::Kind::Format, tr("The archive is damaged: its ZIP directory is unreadable."));
        // Folder entries are skipped, but their names must be as safe as any other.
        const bool folder = info.name.endsWith(u'/');
        const Result<QString> checked = checkedPath(folder ? info.name.chopped(1) : info.name);
        if (!checked.ok())
            return error(Error::Kind::Format, checked.error().message, info.name);
        if (folder)
            continue;
        if (info.isSymbolicLink())
            return error(Error::Kind::Format,
                         tr("The entry is a symbolic link, which a pack may not contain."), info.name);
        if (info.flags & EncryptedFlag)
            return error(Error::Kind::Format,
                         tr("The entry is encrypted with a password; pack archives are never encrypted."),
                         info.name);
        if (!readableMethod(info.method))
            return error(Error::Kind::Format,
                         tr("The entry is compressed with method %1, which Tenarai cannot read; "
                            "save the archive with Deflate compression.")
                             .arg(info.method),
                         info.name);
        const QString &name = checked.value();
        const QString folded = name.toCaseFolded();
        const auto clash = byFoldedName.constFind(folded);
        if (clash != byFoldedName.constEnd()) {
            if (*clash == name)
                return error(Error::Kind::Format, tr("The entry appears twice in the archive."), info.name);
            return error(Error::Kind::Format,
                         tr("The entry differs from “%1” only in upper and lower case; the two would "
                            "clash on Windows.")
                             .arg(*clash),
                         info.name);
        }
        // Compared before converting: a ZIP64 size near 2^64 must not wrap around to a small one.
        if (info.uncompressedSize > quint64(m_limits.maxFileBytes))
            return error(Error::Kind::TooLarge,
                         tr("The entry inflates to %1 bytes, more than the limit of %2.")
                             .arg(info.uncompressedSize)
                             .arg(m_limits.maxFileBytes),
                         info.name);
        const qint64 size = qint64(info.uncompressedSize);
        const qint64 packed
            = qint64(std::min<quint64>(info.compressedSize, quint64(m_limits.maxArchiveBytes)));
        total += size;
        if (total > m_limits.maxTotalBytes)
            return error(Error::Kind::TooLarge,
                         tr("The files of the archive inflate to more than the limit of %1 bytes together.")
                             .arg(m_limits.maxTotalBytes),
                         info.name);
        if (size > RatioCheckFloor && size / std::max<qint64>(1, packed) > m_limits.maxCompressionRatio)
            return error(Error::Kind::TooLarge,
                         tr("The entry inflates more than %1 times its compressed size, as a compression "
                            "bomb does.")
                             .arg(m_limits.maxCompressionRatio),
                         info.name);
        byFoldedName.insert(folded, name);
        m_entries.insert(name, Entry { info.name, packed, size });
        m_files.append(name);
    }
    if (zip.getZipError() != UNZ_OK)
        return error(
            Error::Kind::Format,
            tr("The archive is damaged: its ZIP directory is unreadable (error %1).").arg(zip.getZipError()));
    std::sort(m_files.begin(), m_files.end());
    return Ok {};
}

Result<QByteArray> ArchivePackSource::read(const QString &path) const
{
    const Result<QString> checked = checkedPath(path);
    if (!checked.ok())
        return error(Error::Kind::Format, checked.error().message, path);
    const auto entry = m_entries.constFind(checked.value());
    if (entry == m_entries.constEnd())
        return error(Error::Kind::Format, tr("The file is not in the pack."), path);

    auto device = openDevice();
    if (!device.ok())
        return device.error();
    QuaZip zip(device.value().get());
    prepare(zip);
    if (!zip.open(QuaZip::mdUnzip))
        return error(Error::Kind::Format,
                     tr("The archive cannot be read any more: its ZIP directory is damaged."), path);
    QuaZipFileInfo64 info;
    if (!zip.setCurrentFile(entry->storedName, QuaZip::csSensitive) || !zip.getCurrentFileInfo(&info)
        || (info.flags & EncryptedFlag) || !readableMethod(info.method)
        || info.uncompressedSize != quint64(entry->uncompressedSize))
        return error(Error::Kind::Format,
                     tr("The archive has changed since the pack was opened; open the pack again."), path);

    auto file = std::make_unique<QuaZipFile>(&zip);
    if (!file->open(QIODevice::ReadOnly))
        return error(
            Error::Kind::Format,
            tr("The file cannot be inflated: the archive is damaged (error %1).").arg(file->getZipError()),
            path);
    // The same streaming guard as for XLSX parts. Every read is counted on its own, so the total
    // is capped by the directory's sizes (checked when the pack opened) and the check below.
    ReadLimits limits;
    limits.maxPartBytes = m_limits.maxFileBytes;
    limits.maxTotalInflatedBytes = m_limits.maxFileBytes;
    limits.maxCompressionRatio = m_limits.maxCompressionRatio;
    qint64 inflated = 0;
    XlsxPartDevice part(std::move(file), entry->compressedSize, limits, &inflated, {});
    QByteArray bytes;
    bytes.reserve(qsizetype(entry->uncompressedSize));
    char block[64 * 1024];
    for (;;) {
        const qint64 n = part.read(block, sizeof block);
        if (n <= 0)
            break;
        bytes.append(block, qsizetype(n));
    }
    if (!part.finish()) {
        Error e = part.error();
        e.file = m_location;
        e.part = path;
        return e;
    }
    // A directory that lies about the size lies about the total too: the bytes must match it.
    if (bytes.size() != entry->uncompressedSize)
        return error(Error::Kind::Format,
                     tr("The file inflates to %1 bytes, but the archive's directory says %2; the archive "
                        "is damaged.")
                         .arg(bytes.size())
                         .arg(entry->uncompressedSize),
                     path);
    return bytes;
}

} // namespace tenarai
