#pragma once

#include "lessons/PackLoader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tenarai {

// Where packs come from, and the list of them the lesson library shows: the bundled folder
// (lessons/ or share/tenarai/lessons), the user's own folder (<data folder>/packs), and folders
// IT names (a file share), from TENARAI_PACK_FOLDERS (paths separated by the platform's list
// separator, ':' on Linux, ';' on Windows) or the file packs-folders.txt (one path per line) in
// /etc/tenarai or %ProgramData%\Tenarai. Each entry of a folder that is a pack folder (holds
// pack.json) or a *.tenarai-pack archive is loaded; a broken pack is listed with its reasons and
// the others still load. When the same pack id appears twice the newer version wins and the
// other is listed as hidden by it.
class PackLibrary
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::PackLibrary)
public:
    enum class Origin : quint8 { Bundled, User, Shared };
    struct Folder
    {
        QString path;
        Origin origin = Origin::Bundled;
    };
    struct Entry
    {
        QString path;                        // the pack folder or archive
        Origin origin = Origin::Bundled;
        std::shared_ptr<const Pack> pack;    // null when broken
        PackIssues errors;
        PackIssues warnings;
        QString hiddenBy;                    // path of the pack with the same id that wins
        bool isBroken() const { return !pack; }
    };

    static QString userFolder();             // <data folder>/packs, beside progress.sqlite
    // bundled, user, then the configured shared folders (those that exist or not: a missing
    // share is reported by scan() as an entry with an error naming it).
    static QList<Folder> defaultFolders(const QString &bundledFolder);
    static QList<Folder> configuredSharedFolders();

    // Loads every pack in the folders (sorted by title within origin order). Can take seconds on
    // a slow share: call it off the UI thread.
    static QList<Entry> scan(const QList<Folder> &folders);
};

} // namespace tenarai
