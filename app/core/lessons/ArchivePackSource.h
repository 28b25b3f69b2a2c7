#pragma once

#include "lessons/PackSource.h"

#include <QHash>

#include <memory>

class QIODevice;

namespace tenarai {

// A pack read from its ZIP archive without extracting it. The whole central directory is
// checked when the archive opens (names, duplicates, encryption, declared sizes and ratios), so
// that an unsafe archive is refused as a whole instead of failing on some file later; each read
// opens the archive again (one QuaZip per read keeps reads thread-safe) and checks the sizes
// again while inflating, because the directory may lie.
class ArchivePackSource final : public PackSource
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ArchivePackSource)
public:
    static Result<std::shared_ptr<const PackSource>> openFile(const QString &path, const Limits &limits);
    static Result<std::shared_ptr<const PackSource>>
    openData(const QByteArray &data, const QString &displayName, const Limits &limits);

    Result<QByteArray> read(const QString &path) const override;

private:
    struct Entry
    {
        QString storedName; // as in the archive (before Unicode normalisation)
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
    };

    ArchivePackSource(const QString &location, const QByteArray &data, bool inMemory, const Limits &limits);

    Status scan();
    // A fresh device on the archive, opened for reading, or an Error.
    Result<std::unique_ptr<QIODevice>> openDevice() const;
    Error error(Error::Kind kind, const QString &message, const QString &entry = {}) const;

    QByteArray m_data; // the archive, when it was given in memory
    bool m_inMemory = false;
    Limits m_limits;
    QHash<QString, Entry> m_entries; // by the canonical path listed in files()
};

} // namespace tenarai
