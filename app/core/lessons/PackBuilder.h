#pragma once

#include "Error.h"
#include "lessons/PackIssue.h"

#include <QCoreApplication>

namespace tenarai {

// Helps authors: computes the files' SHA-256 into pack.json, and builds the archive.
class PackBuilder
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::PackBuilder)
public:
    // Rewrites the "files" map of folder/pack.json with every file's SHA-256 (atomically);
    // other keys keep their values and order as QJsonDocument writes them.
    static Status updateHashes(const QString &folder);
    // Validates the folder (PackLoader, hashes computed in memory so a stale map does not stop
    // it) and writes it as a .tenarai-pack archive with a complete "files" map; refuses a pack with
    // errors (returns the first; all are in issues).
    static Status build(const QString &folder, const QString &archivePath, PackIssues *issues = nullptr);
};

} // namespace tenarai
