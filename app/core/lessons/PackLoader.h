#pragma once

#include "lessons/Pack.h"
#include "lessons/PackIssue.h"

#include <QCoreApplication>

#include <memory>

namespace tenarai {

struct PackLoadResult
{
    std::shared_ptr<const Pack> pack;   // null when any error was found
    PackIssues errors;                  // every error found, not only the first
    PackIssues warnings;                // unknown keys, missing English texts, …
    bool ok() const { return pack && errors.isEmpty(); }
};

// Loads and validates a pack, collecting every problem rather than stopping at the first:
// the manifest's schema; that every file the manifest lists exists with its SHA-256, and that
// every file of the pack is listed (except pack.json); lesson texts (Markdown, UTF-8, images
// they link exist in the pack, no links outside it); each exercise file (schema, the kind's
// required files, ids unique and referenced by a lesson exactly once); solutions and wrong
// solutions parse as what the kind expects (recipe, form, quiz answers); rubric files parse; data
// files read as tables; ids of quiz options; limits (counts, sizes; PackSource's archive caps);
// minAppVersion not newer than this Tenarai. A broken pack never throws and never loads halfway.
class PackLoader
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::PackLoader)
public:
    static PackLoadResult load(const QString &path, const PackSource::Limits &limits);
    static PackLoadResult load(const QString &path);
    static PackLoadResult load(std::shared_ptr<const PackSource> source);
};

} // namespace tenarai
