// PackBuilder: what an author runs before shipping a pack. Hashes go into pack.json without
// touching anything else; the archive holds a complete, valid pack that the loader reads back,
// is the same bytes every time, and is never written for a broken pack.
#include "lessons/PackBuilder.h"

#include "lessons/PackLoader.h"
#include "lessons/PackSource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {
const QString GoodBasic = QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/good-basic");

void copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        ASSERT_TRUE(QDir().mkpath(QFileInfo(target).absolutePath()));
        ASSERT_TRUE(QFile::copy(file, target)) << target.toStdString();
    }
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QJsonObject jsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

// Every file of the folder but pack.json, relative, sorted, with its SHA-256 as hex.
QMap<QString, QString> expectedHashes(const QString &folder)
{
    QMap<QString, QString> hashes;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = QDir(folder).relativeFilePath(file);
        if (relative != u"pack.json")
            hashes.insert(relative,
                          QString::fromLatin1(
                              QCryptographicHash::hash(readAll(file), QCryptographicHash::Sha256).toHex()));
    }
    return hashes;
}

QMap<QString, QString> filesMap(const QJsonObject &manifest)
{
    QMap<QString, QString> map;
    const QJsonObject files = manifest.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

std::string issuesText(const PackIssues &issues)
{
    QStringList lines;
    for (const PackIssue &issue : issues)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n')).toStdString();
}

class PackBuilderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_pack = m_dir.filePath(QStringLiteral("good-basic"));
        copyFolder(GoodBasic, m_pack);
    }

    QString file(const QString &relative) const { return QDir(m_pack).filePath(relative); }
    QString out(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_pack;
};
} // namespace

TEST_F(PackBuilderTest, UpdateHashesWritesEveryFileAndKeepsTheRest)
{
    // A stale map: a file that is gone, a wrong hash.
    QJsonObject manifest = jsonObject(file(QStringLiteral("pack.json")));
    const QJsonObject before = manifest;
    manifest.insert(QStringLiteral("files"),
                    QJsonObject { { QStringLiteral("data/removed.csv"), QStringLiteral("00") },
                                  { QStringLiteral("data/survey.csv"), QStringLiteral("ab") } });
    writeAll(file(QStringLiteral("pack.json")), QJsonDocument(manifest).toJson());

    const Status updated = PackBuilder::updateHashes(m_pack);
    ASSERT_TRUE(updated.ok()) << updated.error().toString().toStdString();

    const QJsonObject after = jsonObject(file(QStringLiteral("pack.json")));
    const QMap<QString, QString> expected = expectedHashes(m_pack);
    EXPECT_FALSE(expected.isEmpty());
    EXPECT_EQ(filesMap(after), expected);
    EXPECT_FALSE(filesMap(after).contains(QStringLiteral("pack.json")));
    // Every other key keeps its value.
    QJsonObject rest = after;
    QJsonObject restBefore = before;
    rest.remove(QStringLiteral("files"));
    restBefore.remove(QStringLiteral("files"));
    EXPECT_EQ(rest, restBefore);

    // The result loads (the fixture is valid once hashed).
    const PackLoadResult loaded = PackLoader::load(m_pack);
    EXPECT_TRUE(loaded.ok()) << issuesText(loaded.errors);
}

TEST_F(PackBuilderTest, UpdateHashesRefusesWhatItCannotRead)
{
    const QString manifestPath = file(QStringLiteral("pack.json"));
    const QByteArray broken = "{\n  \"format\": \"tenarai-pack\",\n  \"id\": \n}\n";
    writeAll(manifestPath, broken);
    const Status refused = PackBuilder::updateHashes(m_pack);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().toString().contains(QStringLiteral("pack.json")))
        << refused.error().toString().toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("line 4")))
        << refused.error().message.toStdString();
    EXPECT_EQ(readAll(manifestPath), broken); // left as it was

    ASSERT_TRUE(QFile::remove(manifestPath));
    const Status noManifest = PackBuilder::updateHashes(m_pack);
    ASSERT_FALSE(noManifest.ok());
    EXPECT_TRUE(noManifest.error().toString().contains(QStringLiteral("pack.json")));

    const Status notAFolder = PackBuilder::updateHashes(file(QStringLiteral("data/survey.csv")));
    EXPECT_FALSE(notAFolder.ok());
}

TEST_F(PackBuilderTest, BuildRoundTrip)
{
    // The folder's own map is stale (empty or old): build computes the hashes itself.
    QJsonObject manifest = jsonObject(file(QStringLiteral("pack.json")));
    manifest.insert(QStringLiteral("files"), QJsonObject());
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson();
    writeAll(file(QStringLiteral("pack.json")), manifestBytes);

    const QString archive = out(QStringLiteral("good-basic.tenarai-pack"));
    PackIssues issues;
    const Status built = PackBuilder::build(m_pack, archive, &issues);
    ASSERT_TRUE(built.ok()) << built.error().toString().toStdString() << '\n' << issuesText(issues);
    EXPECT_EQ(readAll(file(QStringLiteral("pack.json"))), manifestBytes); // the folder is not changed

    const PackLoadResult loaded = PackLoader::load(archive);
    ASSERT_TRUE(loaded.ok()) << issuesText(loaded.errors);
    EXPECT_TRUE(loaded.pack->source().isArchive());
    EXPECT_EQ(loaded.pack->id(), manifest.value(QStringLiteral("id")).toString());
    const QMap<QString, QString> expected = expectedHashes(m_pack);
    EXPECT_EQ(loaded.pack->manifest().files, expected);
    QStringList expectedFiles = expected.keys();
    expectedFiles << QStringLiteral("pack.json");
    expectedFiles.sort();
    EXPECT_EQ(loaded.pack->source().files(), expectedFiles);
    for (const QString &path : expected.keys()) {
        const Result<QByteArray> bytes = loaded.pack->readFile(path);
        ASSERT_TRUE(bytes.ok()) << path.toStdString();
        EXPECT_EQ(bytes.value(), readAll(file(path))) << path.toStdString();
    }
    // The archive's own manifest is the folder's with the complete map.
    const Result<QByteArray> inside = loaded.pack->source().read(QStringLiteral("pack.json"));
    ASSERT_TRUE(inside.ok());
    QJsonObject insideManifest = QJsonDocument::fromJson(inside.value()).object();
    EXPECT_EQ(filesMap(insideManifest), expected);
    insideManifest.remove(QStringLiteral("files"));
    manifest.remove(QStringLiteral("files"));
    EXPECT_EQ(insideManifest, manifest);
}

TEST_F(PackBuilderTest, BuildIsDeterministic)
{
    const QString first = out(QStringLiteral("first.tenarai-pack"));
    const QString second = out(QStringLiteral("second.tenarai-pack"));
    ASSERT_TRUE(PackBuilder::build(m_pack, first).ok());
    // Times on disk differ between checkouts; the archive must not.
    QFile touched(file(QStringLiteral("data/survey.csv")));
    ASSERT_TRUE(touched.open(QIODevice::ReadWrite));
    ASSERT_TRUE(
        touched.setFileTime(QDateTime(QDate(2011, 3, 11), QTime(14, 46)), QFileDevice::FileModificationTime));
    touched.close();
    ASSERT_TRUE(PackBuilder::build(m_pack, second).ok());
    const QByteArray a = readAll(first);
    EXPECT_FALSE(a.isEmpty());
    EXPECT_EQ(a, readAll(second));

    // Rebuilding over an existing archive replaces it.
    writeAll(file(QStringLiteral("data/survey.csv")),
             readAll(file(QStringLiteral("data/survey.csv"))) + "2024-05-03,66,相談,\n");
    ASSERT_TRUE(PackBuilder::build(m_pack, second).ok());
    EXPECT_NE(a, readAll(second));
    EXPECT_TRUE(PackLoader::load(second).ok());
}

TEST_F(PackBuilderTest, BuildRefusesBrokenPack)
{
    // An exercise whose reference solution is not in the pack.
    const QString exercisePath = file(QStringLiteral("exercises/clean-visitors.json"));
    QJsonObject exercise = jsonObject(exercisePath);
    exercise.insert(QStringLiteral("solution"), QStringLiteral("solutions/nowhere.recipe.json"));
    writeAll(exercisePath, QJsonDocument(exercise).toJson());

    const QString archive = out(QStringLiteral("broken.tenarai-pack"));
    PackIssues issues;
    const Status refused = PackBuilder::build(m_pack, archive, &issues);
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(QFile::exists(archive));
    const auto named = std::find_if(issues.cbegin(), issues.cend(), [](const PackIssue &issue) {
        return issue.severity == PackIssue::Severity::Error && issue.file == u"exercises/clean-visitors.json";
    });
    EXPECT_NE(named, issues.cend()) << issuesText(issues);
    EXPECT_TRUE(refused.error().toString().contains(QStringLiteral("exercises/clean-visitors.json")))
        << refused.error().toString().toStdString();

    // A folder that is not a pack at all.
    PackIssues none;
    EXPECT_FALSE(PackBuilder::build(m_dir.filePath(QStringLiteral("nothing")), archive, &none).ok());
    EXPECT_FALSE(none.isEmpty());
    EXPECT_FALSE(QFile::exists(archive));
}

TEST_F(PackBuilderTest, BuildRefusesToWriteIntoThePackFolder)
{
    const QString archive = file(QStringLiteral("self.tenarai-pack"));
    EXPECT_FALSE(PackBuilder::build(m_pack, archive).ok());
    EXPECT_FALSE(QFile::exists(archive));
}
