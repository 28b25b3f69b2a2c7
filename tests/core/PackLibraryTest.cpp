// PackLibrary: which folders are searched (bundled, the user's, and the shares IT names in
// TENARAI_PACK_FOLDERS), and scan() over folders that mix pack folders, archives, broken packs,
// things that are not packs and a share that is not there; the same pack id twice.
#include "lessons/PackBuilder.h"
#include "lessons/PackLibrary.h"
#include "progress/ProgressStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/") + name;
}

QString describe(const PackIssues &issues)
{
    QStringList lines;
    for (const PackIssue &issue : issues)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

// good-basic copied to `to` with another version and title (pack.json is not in its own hash
// map, so the copy stays valid).
bool variant(const QString &to, const QString &version, const QString &title)
{
    if (!copyTree(fixture(QStringLiteral("good-basic")), to))
        return false;
    QFile file(to + QStringLiteral("/pack.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    manifest.insert(QStringLiteral("packVersion"), version);
    if (!title.isEmpty())
        manifest.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("ja"), title}, {QStringLiteral("en"), title}});
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QJsonDocument(manifest).toJson()) > 0;
}

const PackLibrary::Entry *entryAt(const QList<PackLibrary::Entry> &entries, const QString &path)
{
    for (const PackLibrary::Entry &e : entries) {
        if (e.path == path)
            return &e;
    }
    return nullptr;
}

// Restores TENARAI_PACK_FOLDERS however the test ends.
class FoldersVariable
{
public:
    FoldersVariable() : m_had(qEnvironmentVariableIsSet(Name)), m_old(qgetenv(Name)) {}
    ~FoldersVariable()
    {
        if (m_had)
            qputenv(Name, m_old);
        else
            qunsetenv(Name);
    }
    void set(const QString &value) { qputenv(Name, value.toUtf8()); }

private:
    static constexpr const char *Name = "TENARAI_PACK_FOLDERS";
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST(PackLibrary, ScanListsGoodAndBrokenPacksFromFoldersAndArchivesAndAMissingShare)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString bundled = dir.filePath(QStringLiteral("bundled"));
    const QString share = dir.filePath(QStringLiteral("share"));
    const QString missingShare = dir.filePath(QStringLiteral("offline-share"));
    const QString missingUser = dir.filePath(QStringLiteral("user-not-created-yet"));

    ASSERT_TRUE(variant(bundled + QStringLiteral("/basic"), QStringLiteral("1.0.0"), QString()));
    ASSERT_TRUE(variant(bundled + QStringLiteral("/other"), QStringLiteral("1.0.0"), QString()));
    {
        // Another pack id, so that two distinct packs are listed from the bundled folder.
        QFile file(bundled + QStringLiteral("/other/pack.json"));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        manifest.insert(QStringLiteral("id"), QStringLiteral("test.other"));
        manifest.insert(QStringLiteral("title"), QStringLiteral("AAA 最初に並ぶパック"));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(manifest).toJson());
    }
    // Not packs: a folder without pack.json and a stray file.
    ASSERT_TRUE(QDir().mkpath(bundled + QStringLiteral("/images")));
    QFile stray(bundled + QStringLiteral("/readme.txt"));
    ASSERT_TRUE(stray.open(QIODevice::WriteOnly));
    stray.close();

    // On the share: a newer version of the bundled pack as an archive, and a broken pack.
    const QString source = dir.filePath(QStringLiteral("v2-source"));
    ASSERT_TRUE(variant(source, QStringLiteral("2.0.0"), QString()));
    ASSERT_TRUE(QDir().mkpath(share));
    const QString archive = share + QStringLiteral("/basic-2.tenarai-pack");
    PackIssues buildIssues;
    const Status built = PackBuilder::build(source, archive, &buildIssues);
    ASSERT_TRUE(built.ok()) << qPrintable(built.error().toString() + QLatin1Char('\n') + describe(buildIssues));
    ASSERT_TRUE(copyTree(fixture(QStringLiteral("broken/hash-mismatch")), share + QStringLiteral("/hash-mismatch")));

    const QList<PackLibrary::Entry> entries = PackLibrary::scan({
        {bundled, PackLibrary::Origin::Bundled},
        {missingUser, PackLibrary::Origin::User},
        {share, PackLibrary::Origin::Shared},
        {missingShare, PackLibrary::Origin::Shared},
    });
    ASSERT_EQ(entries.size(), 5);

    // Bundled first, by title; then the shares.
    EXPECT_EQ(entries[0].path, bundled + QStringLiteral("/other"));
    EXPECT_EQ(entries[1].path, bundled + QStringLiteral("/basic"));
    for (qsizetype i = 0; i < 2; ++i)
        EXPECT_EQ(entries[i].origin, PackLibrary::Origin::Bundled);
    for (qsizetype i = 2; i < entries.size(); ++i)
        EXPECT_EQ(entries[i].origin, PackLibrary::Origin::Shared);

    const PackLibrary::Entry *oldCopy = entryAt(entries, bundled + QStringLiteral("/basic"));
    const PackLibrary::Entry *newCopy = entryAt(entries, archive);
    const PackLibrary::Entry *other = entryAt(entries, bundled + QStringLiteral("/other"));
    ASSERT_TRUE(oldCopy && newCopy && other);
    ASSERT_FALSE(oldCopy->isBroken());
    ASSERT_FALSE(newCopy->isBroken()) << qPrintable(describe(newCopy->errors));
    EXPECT_TRUE(newCopy->pack->source().isArchive());
    EXPECT_EQ(newCopy->pack->version(), QStringLiteral("2.0.0"));
    // The newer version wins, wherever it is; the other is listed as hidden by it.
    EXPECT_EQ(oldCopy->hiddenBy, archive);
    EXPECT_TRUE(newCopy->hiddenBy.isEmpty());
    EXPECT_TRUE(other->hiddenBy.isEmpty());

    const PackLibrary::Entry *broken = entryAt(entries, share + QStringLiteral("/hash-mismatch"));
    ASSERT_NE(broken, nullptr);
    EXPECT_TRUE(broken->isBroken());
    ASSERT_FALSE(broken->errors.isEmpty());
    EXPECT_EQ(broken->errors.first().file, QStringLiteral("data/visitors-clean.csv"));
    EXPECT_TRUE(broken->hiddenBy.isEmpty());

    const PackLibrary::Entry *offline = entryAt(entries, missingShare);
    ASSERT_NE(offline, nullptr);
    EXPECT_TRUE(offline->isBroken());
    ASSERT_EQ(offline->errors.size(), 1);
    EXPECT_TRUE(offline->errors.first().message.contains(QDir::toNativeSeparators(missingShare)));

    // The user's folder exists only once a pack is added: its absence is no error.
    EXPECT_EQ(entryAt(entries, missingUser), nullptr);
}

TEST(PackLibrary, TheNewerVersionWinsInEitherOrderAndATieKeepsTheFirst)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("first"));
    const QString second = dir.filePath(QStringLiteral("second"));
    ASSERT_TRUE(variant(first + QStringLiteral("/pack"), QStringLiteral("1.10.0"), QString()));
    ASSERT_TRUE(variant(second + QStringLiteral("/pack"), QStringLiteral("1.9.3"), QString()));

    // "1.10.0" is newer than "1.9.3" although it sorts before it as text.
    QList<PackLibrary::Entry> entries
        = PackLibrary::scan({{second, PackLibrary::Origin::Bundled}, {first, PackLibrary::Origin::User}});
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entryAt(entries, second + QStringLiteral("/pack"))->hiddenBy, first + QStringLiteral("/pack"));
    EXPECT_TRUE(entryAt(entries, first + QStringLiteral("/pack"))->hiddenBy.isEmpty());

    const QString same = dir.filePath(QStringLiteral("same"));
    ASSERT_TRUE(variant(same + QStringLiteral("/pack"), QStringLiteral("1.10.0"), QString()));
    entries = PackLibrary::scan({{first, PackLibrary::Origin::User}, {same, PackLibrary::Origin::Shared}});
    ASSERT_EQ(entries.size(), 2);
    EXPECT_TRUE(entryAt(entries, first + QStringLiteral("/pack"))->hiddenBy.isEmpty());
    EXPECT_EQ(entryAt(entries, same + QStringLiteral("/pack"))->hiddenBy, first + QStringLiteral("/pack"));

    // A folder named twice is scanned once.
    entries = PackLibrary::scan({{first, PackLibrary::Origin::User}, {first + QStringLiteral("/"), PackLibrary::Origin::Shared}});
    EXPECT_EQ(entries.size(), 1);
}

TEST(PackLibrary, SharedFoldersComeFromTheEnvironmentVariable)
{
    FoldersVariable variable;
    const QString sep = QString(QDir::listSeparator());
    variable.set(QStringLiteral("/srv/packs/a") + sep + QStringLiteral(" /srv/packs/b ") + sep + sep
                 + QStringLiteral("/srv/packs/a"));

    const QList<PackLibrary::Folder> shared = PackLibrary::configuredSharedFolders();
    ASSERT_EQ(shared.size(), 2);
    EXPECT_EQ(shared[0].path, QStringLiteral("/srv/packs/a"));
    EXPECT_EQ(shared[1].path, QStringLiteral("/srv/packs/b"));
    for (const PackLibrary::Folder &f : shared)
        EXPECT_EQ(f.origin, PackLibrary::Origin::Shared);

    const QList<PackLibrary::Folder> all = PackLibrary::defaultFolders(QStringLiteral("/opt/tenarai/lessons"));
    ASSERT_EQ(all.size(), 4);
    EXPECT_EQ(all[0].path, QStringLiteral("/opt/tenarai/lessons"));
    EXPECT_EQ(all[0].origin, PackLibrary::Origin::Bundled);
    EXPECT_EQ(all[1].path, PackLibrary::userFolder());
    EXPECT_EQ(all[1].origin, PackLibrary::Origin::User);
    EXPECT_EQ(all[2].path, QStringLiteral("/srv/packs/a"));
    EXPECT_EQ(all[3].path, QStringLiteral("/srv/packs/b"));
}

TEST(PackLibrary, ScanOfTheConfiguredShareFindsItsPacks)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString share = dir.filePath(QStringLiteral("share"));
    ASSERT_TRUE(variant(share + QStringLiteral("/basic"), QStringLiteral("1.0.0"), QString()));
    // IT may also name one pack folder itself rather than the folder that holds packs.
    const QString single = dir.filePath(QStringLiteral("single-pack"));
    ASSERT_TRUE(variant(single, QStringLiteral("1.0.0"), QString()));
    FoldersVariable variable;
    const QString sep = QString(QDir::listSeparator());
    variable.set(share + sep + dir.filePath(QStringLiteral("gone")) + sep + single);

    const QList<PackLibrary::Entry> entries = PackLibrary::scan(PackLibrary::configuredSharedFolders());
    ASSERT_EQ(entries.size(), 3);
    const PackLibrary::Entry *alone = entryAt(entries, single);
    ASSERT_NE(alone, nullptr);
    EXPECT_FALSE(alone->isBroken()) << qPrintable(describe(alone->errors));
    const PackLibrary::Entry *basic = entryAt(entries, share + QStringLiteral("/basic"));
    ASSERT_NE(basic, nullptr);
    EXPECT_FALSE(basic->isBroken()) << qPrintable(describe(basic->errors));
    EXPECT_EQ(basic->origin, PackLibrary::Origin::Shared);
    ASSERT_NE(entryAt(entries, dir.filePath(QStringLiteral("gone"))), nullptr);
    EXPECT_TRUE(entryAt(entries, dir.filePath(QStringLiteral("gone")))->isBroken());
}

TEST(PackLibrary, TheUserFolderIsBesideTheProgressStore)
{
    const QString folder = PackLibrary::userFolder();
    EXPECT_TRUE(folder.endsWith(QStringLiteral("/packs")));
    EXPECT_TRUE(QFileInfo(folder).isAbsolute());
    EXPECT_EQ(QFileInfo(folder).absolutePath(), QFileInfo(StoreLocation::defaultLocal().path).absolutePath());
}
