#pragma once

#include "lessons/PackSource.h"

#include <QHash>

#include <memory>

namespace tenarai {

// A pack read from its folder (an author's working copy, or a pack installed unpacked). The
// folder is walked once when it opens, in name order so that the first problem reported is
// always the same one: links and special files refuse the whole pack, as do names an archive
// would refuse, so that a folder that opens also builds into an archive that opens. Reads never
// follow links: the resolved path must still be the listed file inside the folder.
class FolderPackSource final : public PackSource
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::FolderPackSource)
public:
    static Result<std::shared_ptr<const PackSource>> open(const QString &path, const Limits &limits);

    Result<QByteArray> read(const QString &path) const override;

private:
    FolderPackSource(const QString &location, const Limits &limits);

    Status scan();
    Error error(Error::Kind kind, const QString &message, const QString &entry = {}) const;

    Limits m_limits;
    QString m_canonicalRoot;
    QHash<QString, QString> m_storedNames; // canonical path in files() -> the name on disk
};

} // namespace tenarai
