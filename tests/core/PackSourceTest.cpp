// PackSource on folders and archives built in the test: listing and reading, and every way a
// pack could reach outside itself or swallow memory (zip-slip names, links, special files, zip
// bombs, a lying directory, too many entries, encryption, names that clash on Windows). Each
// must refuse the whole pack with an Error naming the pack and the entry.
#include "lessons/PackSource.h"

#include "TestZip.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace tenarai;

namespace {

const QString Name = QStringLiteral("test.tenarai-pack");

Result<std::shared_ptr<const PackSource>> openZip(const QList<TestZip::Entry> &entries,
                                                  const PackSource::Limits &limits = {})
{
    return PackSource::openArchiveData(TestZip::build(entries), Name, limits);
}

QList<TestZip::Entry> goodEntries()
{
    return { { "manifest.json", "{\"id\": \"demo\"}" },
             { "lessons/", "" },
             { "lessons/01-intro/ja.md", QStringLiteral("# はじめに\n").toUtf8() },
             { "data/sample.csv", QByteArray("a,b\n1,2\n").repeated(200) },
             { "data/raw.bin", "stored as is", false } };
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// ---------------------------------------------------------------------------------------------
// Archives that open

TEST(PackSourceArchive, RoundTripListsAndReadsEveryFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.tenarai-pack"));
    ASSERT_TRUE(writeFile(path, TestZip::build(goodEntries())));

    const auto source = PackSource::open(path);
    ASSERT_TRUE(source.ok()) << qPrintable(source.error().toString());
    EXPECT_TRUE(source.value()->isArchive());
    EXPECT_EQ(source.value()->location(), path);
    // Sorted, folders left out.
    EXPECT_EQ(source.value()->files(),
              QStringList({ QStringLiteral("data/raw.bin"), QStringLiteral("data/sample.csv"),
                            QStringLiteral("lessons/01-intro/ja.md"), QStringLiteral("manifest.json") }));
    for (const TestZip::Entry &e : goodEntries()) {
        if (e.name.endsWith('/'))
            continue;
        const auto bytes = source.value()->read(QString::fromUtf8(e.name));
        ASSERT_TRUE(bytes.ok()) << qPrintable(bytes.error().toString());
        EXPECT_EQ(bytes.value(), e.data) << e.name.constData();
    }
    EXPECT_TRUE(source.value()->contains(QStringLiteral("data/sample.csv")));
    EXPECT_FALSE(source.value()->contains(QStringLiteral("data")));
    EXPECT_FALSE(source.value()->contains(QStringLiteral("Data/sample.csv"))); // case-sensitive
}

TEST(PackSourceArchive, RecognisedByContentNotByName)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("renamed.zip"));
    ASSERT_TRUE(writeFile(path, TestZip::build(goodEntries())));
    const auto source = PackSource::open(path);
    ASSERT_TRUE(source.ok()) << qPrintable(source.error().toString());
    EXPECT_TRUE(source.value()->isArchive());
}

TEST(PackSourceArchive, EmptyArchiveIsRefusedAsEmpty)
{
    const auto source = openZip({});
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::Format);
    EXPECT_TRUE(source.error().message.contains(QStringLiteral("empty")))
        << qPrintable(source.error().message);
}

TEST(PackSourceArchive, DecomposedNamesAreListedComposed)
{
    // "が" as macOS writes it (か + combining dakuten) is found under the composed spelling.
    const QString decomposed = QStringLiteral("lessons/\u304B\u3099.md");
    const auto source = openZip({ { decomposed.toUtf8(), "text" } });
    ASSERT_TRUE(source.ok()) << qPrintable(source.error().toString());
    EXPECT_EQ(source.value()->files(), QStringList { QStringLiteral("lessons/\u304C.md") });
    const auto bytes = source.value()->read(QStringLiteral("lessons/\u304C.md"));
    ASSERT_TRUE(bytes.ok()) << qPrintable(bytes.error().toString());
    EXPECT_EQ(bytes.value(), "text");
}

// ---------------------------------------------------------------------------------------------
// Zip-slip: each unsafe name refuses the whole archive, and the error names the entry.

struct UnsafeName
{
    const char *test;
    QByteArray name;
};

class PackSourceZipSlip : public ::testing::TestWithParam<UnsafeName>
{
};

TEST_P(PackSourceZipSlip, RefusesWholeArchive)
{
    const UnsafeName &p = GetParam();
    const auto source = openZip({ { "manifest.json", "{}" }, { p.name, "evil" } });
    ASSERT_FALSE(source.ok()) << p.test;
    EXPECT_EQ(source.error().kind, Error::Kind::Format);
    EXPECT_EQ(source.error().file, Name);
    EXPECT_EQ(source.error().part, QString::fromUtf8(p.name));
    EXPECT_FALSE(source.error().message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Names, PackSourceZipSlip,
    ::testing::Values(
        UnsafeName { "DotDot", "../evil.txt" }, UnsafeName { "DotDotInside", "lessons/../../evil.txt" },
        UnsafeName { "DotDotAtEnd", "lessons/.." }, UnsafeName { "DotDotFolderEntry", "../" },
        UnsafeName { "Absolute", "/etc/evil.txt" }, UnsafeName { "AbsoluteFolderEntry", "/tmp/" },
        UnsafeName { "DriveLetterSlash", "C:/Windows/evil.txt" },
        UnsafeName { "DriveLetterRelative", "c:evil.txt" },
        UnsafeName { "Backslash", "lessons\\..\\..\\evil.txt" },
        UnsafeName { "BackslashOnly", "lessons\\a.md" }, UnsafeName { "DotSegment", "./manifest2.json" },
        UnsafeName { "DotSegmentInside", "lessons/./a.md" }, UnsafeName { "EmptySegment", "lessons//a.md" },
        UnsafeName { "EmptyName", "" }, UnsafeName { "ControlCharacter", "lessons/a\x01.md" },
        UnsafeName { "Newline", "lessons/a\nb.md" }, UnsafeName { "Delete", "lessons/a\x7F.md" },
        UnsafeName { "AlternateDataStream", "data/a.csv:hidden" },
        UnsafeName { "TooLong", QByteArray(256, 'a') }),
    [](const ::testing::TestParamInfo<UnsafeName> &param) { return std::string(param.param.test); });

TEST(PackSourceArchive, InvalidUtf8NameIsRefused)
{
    const auto source = openZip({ { "lessons/\xFF\xFE.md", "x" } });
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::Format);
    EXPECT_TRUE(source.error().part.startsWith(QStringLiteral("lessons/")));
}

TEST(PackSourceArchive, LongNameUnderTheLimitOpens)
{
    const QByteArray name = "data/" + QByteArray(250, 'a');
    ASSERT_EQ(name.size(), 255);
    const auto source = openZip({ { name, "x" } });
    ASSERT_TRUE(source.ok()) << qPrintable(source.error().toString());
    EXPECT_EQ(source.value()->files(), QStringList { QString::fromUtf8(name) });
}

// ---------------------------------------------------------------------------------------------
// Duplicates, links, encryption, methods

TEST(PackSourceArchive, ExactDuplicateIsRefused)
{
    const auto source = openZip({ { "data/a.csv", "1" }, { "data/a.csv", "2" } });
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::Format);
    EXPECT_EQ(source.error().part, QStringLiteral("data/a.csv"));
    EXPECT_TRUE(source.error().message.contains(QStringLiteral("twice")))
        << qPrintable(source.error().message);
}

TEST(PackSourceArchive, NamesDifferingOnlyInCaseAreRefused)
{
    const auto source = openZip({ { "Data/A.csv", "1" }, { "data/a.csv", "2" } });
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::Format);
    EXPECT_EQ(source.error().part, QStringLiteral("data/a.csv"));
    EXPECT_TRUE(source.error().message.contains(QStringLiteral("Data/A.csv")))
        << qPrintable(source.error().message);
}

TEST(PackSourceArchive, ComposedAndDecomposedSpellingsAreDuplicates)
{
    const auto source = openZip({ { QStringLiteral("\u304C.md").toUtf8(), "1" },
                                  { QStringLiteral("\u304B\u3099.md").toUtf8(), "2" } });
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::Format);
}

TEST(PackSourceArchive, EncryptedEntryIsRefused)
{
    TestZip::Entry secret { "data/secret.csv", "a,b\n" };
    secret.flags |= 0x0001; // "encrypted", as a ZipCrypto writer marks it
    const auto source = openZip({ { "manifest.json", "{}" }, secret });
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::Format);
    EXPECT_EQ(source.error().part, QStringLiteral("data/secret.csv"));
    EXPECT_TRUE(source.error().message.contains(QStringLiteral("encrypted")));
}

TEST(PackSourceArchive, SymbolicLinkEntryIsRefused)
{
    TestZip::Entry link { "data/link.csv", "/etc/passwd", false };
    link.externalAttr = quint32(0120777) << 16;
    const auto source = openZip({ link });
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::Format);
    EXPECT_EQ(source.error().part, QStringLiteral("data/link.csv"));
}

TEST(PackSourceArchive, TooManyEntriesAreRefused)
{
    PackSource::Limits limits;
    limits.maxEntries = 3;
    QList<TestZip::Entry> entries;
    for (int i = 0; i < 3; ++i)
        entries.append(TestZip::Entry { QByteArray("f") + QByteArray::number(i), "x" });
    ASSERT_TRUE(openZip(entries, limits).ok());
    entries.append(TestZip::Entry { "one-too-many", "x" });
    const auto source = openZip(entries, limits);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(source.error().file, Name);
}

// ---------------------------------------------------------------------------------------------
// Zip bombs and a lying directory

const QByteArray TwoMiBOfZeros(2 * 1024 * 1024, '\0');

TEST(PackSourceBomb, DeclaredSizeAboveFileLimitIsRefused)
{
    PackSource::Limits limits;
    limits.maxFileBytes = 1024 * 1024;
    limits.maxCompressionRatio = 100000; // so that the size check is the one that trips
    const auto source = openZip({ { "data/zeros.bin", TwoMiBOfZeros } }, limits);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(source.error().part, QStringLiteral("data/zeros.bin"));
    EXPECT_TRUE(source.error().message.contains(QString::number(TwoMiBOfZeros.size())))
        << qPrintable(source.error().message);
}

TEST(PackSourceBomb, CompressionRatioAboveLimitIsRefused)
{
    // 2 MiB of zeros deflate to about 2 KiB: a ratio near 1000, far above the default 200.
    const auto source = openZip({ { "data/zeros.bin", TwoMiBOfZeros } });
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(source.error().part, QStringLiteral("data/zeros.bin"));
    EXPECT_TRUE(source.error().message.contains(QStringLiteral("compression bomb")));

    // The same file opens when the ratio is allowed, and reads back whole.
    PackSource::Limits lenient;
    lenient.maxCompressionRatio = 100000;
    const auto allowed = openZip({ { "data/zeros.bin", TwoMiBOfZeros } }, lenient);
    ASSERT_TRUE(allowed.ok()) << qPrintable(allowed.error().toString());
    const auto bytes = allowed.value()->read(QStringLiteral("data/zeros.bin"));
    ASSERT_TRUE(bytes.ok()) << qPrintable(bytes.error().toString());
    EXPECT_EQ(bytes.value(), TwoMiBOfZeros);
}

TEST(PackSourceBomb, SmallFilesCompressingWellAreNotBombs)
{
    // Below 1 MiB the ratio is not checked: 100 KiB of zeros is a legitimate (if odd) file.
    const auto source = openZip({ { "data/zeros.bin", QByteArray(100 * 1024, '\0') } });
    ASSERT_TRUE(source.ok()) << qPrintable(source.error().toString());
}

TEST(PackSourceBomb, DeclaredTotalAboveLimitIsRefused)
{
    PackSource::Limits limits;
    limits.maxTotalBytes = 2500;
    const QByteArray kilo(1000, 'x');
    ASSERT_TRUE(openZip({ { "a", kilo }, { "b", kilo } }, limits).ok());
    const auto source = openZip({ { "a", kilo }, { "b", kilo }, { "c", kilo } }, limits);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(source.error().part, QStringLiteral("c"));
}

TEST(PackSourceBomb, DirectoryUnderstatingTheSizeFailsOnRead)
{
    // The headers claim 100 bytes for 2 MiB: the directory passes every check, and the read must
    // not hand out more than was declared.
    TestZip::Entry liar { "data/zeros.bin", TwoMiBOfZeros };
    liar.claimedSize = 100;
    const auto source = openZip({ { "manifest.json", "{}" }, liar });
    ASSERT_TRUE(source.ok()) << qPrintable(source.error().toString());
    const auto bytes = source.value()->read(QStringLiteral("data/zeros.bin"));
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(bytes.error().kind, Error::Kind::Format);
    EXPECT_TRUE(bytes.error().message.contains(QStringLiteral("damaged")))
        << qPrintable(bytes.error().message);
    EXPECT_EQ(bytes.error().file, Name);
    EXPECT_EQ(bytes.error().part, QStringLiteral("data/zeros.bin"));
    // The honest file next to it still reads.
    EXPECT_TRUE(source.value()->read(QStringLiteral("manifest.json")).ok());
}

TEST(PackSourceBomb, DirectoryOverstatingTheSizeFailsOnRead)
{
    TestZip::Entry liar { "data/a.csv", "a,b\n1,2\n" };
    liar.claimedSize = 5000;
    const auto source = openZip({ liar });
    ASSERT_TRUE(source.ok()) << qPrintable(source.error().toString());
    const auto bytes = source.value()->read(QStringLiteral("data/a.csv"));
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(bytes.error().kind, Error::Kind::Format);
    EXPECT_TRUE(bytes.error().message.contains(QStringLiteral("5000"))) << qPrintable(bytes.error().message);
    EXPECT_EQ(bytes.error().part, QStringLiteral("data/a.csv"));
}

TEST(PackSourceBomb, ArchiveFileAboveLimitIsRefusedBeforeOpening)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.tenarai-pack"));
    ASSERT_TRUE(writeFile(path, TestZip::build(goodEntries())));
    PackSource::Limits limits;
    limits.maxArchiveBytes = 100;
    const auto source = PackSource::open(path, limits);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(source.error().file, path);

    const auto data = PackSource::openArchiveData(TestZip::build(goodEntries()), Name, limits);
    ASSERT_FALSE(data.ok());
    EXPECT_EQ(data.error().kind, Error::Kind::TooLarge);
}

// ---------------------------------------------------------------------------------------------
// Paths that are not packs

TEST(PackSourceOpen, NonZipFileIsNamed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.tenarai-pack"));
    ASSERT_TRUE(writeFile(path, "これは ZIP ではありません"));
    const auto source = PackSource::open(path);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::Format);
    EXPECT_EQ(source.error().file, path);
    EXPECT_TRUE(
        source.error().message.contains(QStringLiteral("neither a pack folder nor a .tenarai-pack archive")))
        << qPrintable(source.error().message);
}

TEST(PackSourceOpen, TruncatedArchiveIsDamaged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("truncated.tenarai-pack"));
    const QByteArray zip = TestZip::build(goodEntries());
    ASSERT_TRUE(writeFile(path, zip.left(zip.size() / 2)));
    const auto source = PackSource::open(path);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::Format);
    EXPECT_EQ(source.error().file, path);
    EXPECT_TRUE(source.error().message.contains(QStringLiteral("damaged")))
        << qPrintable(source.error().message);
}

TEST(PackSourceOpen, MissingPathIsNamed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-pack"));
    const auto source = PackSource::open(path);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::Io);
    EXPECT_EQ(source.error().file, path);
    EXPECT_TRUE(source.error().toString().contains(path));
}

TEST(PackSourceOpen, NonZipDataIsRefused)
{
    const auto source = PackSource::openArchiveData("not a zip", Name, {});
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::Format);
    EXPECT_EQ(source.error().file, Name);
}

// ---------------------------------------------------------------------------------------------
// read() and checkedPath()

TEST(PackSourceRead, UnlistedAndUnsafePathsAreRefused)
{
    const auto source = openZip(goodEntries());
    ASSERT_TRUE(source.ok());
    const QStringList refused { QStringLiteral("missing.txt"),
                                QStringLiteral("lessons"),
                                QStringLiteral("lessons/"),
                                QStringLiteral("../manifest.json"),
                                QStringLiteral("/manifest.json"),
                                QStringLiteral("data\\sample.csv"),
                                QStringLiteral("./manifest.json"),
                                QStringLiteral("C:/manifest.json"),
                                QString(),
                                QStringLiteral("MANIFEST.json") };
    for (const QString &path : refused) {
        const auto bytes = source.value()->read(path);
        ASSERT_FALSE(bytes.ok()) << qPrintable(path);
        EXPECT_EQ(bytes.error().file, Name) << qPrintable(path);
        EXPECT_EQ(bytes.error().part, path) << qPrintable(path);
        EXPECT_FALSE(source.value()->contains(path)) << qPrintable(path);
    }
}

TEST(PackSourceRead, CheckedPathGivesCanonicalFormOrReason)
{
    EXPECT_EQ(PackSource::checkedPath(QStringLiteral("data/a.csv")).value(), QStringLiteral("data/a.csv"));
    EXPECT_EQ(PackSource::checkedPath(QStringLiteral("\u304B\u3099.md")).value(),
              QStringLiteral("\u304C.md"));
    const QList<std::pair<QString, QString>> refused {
        { QStringLiteral("/data/a.csv"), QStringLiteral("absolute") },
        { QStringLiteral("../a.csv"), QStringLiteral("'..'") },
        { QStringLiteral("data\\a.csv"), QStringLiteral("backslash") },
        { QStringLiteral("D:/a.csv"), QStringLiteral("drive letter") },
        { QString(), QStringLiteral("empty") },
        { QStringLiteral("data//a.csv"), QStringLiteral("empty folder name") },
    };
    for (const auto &[path, reason] : refused) {
        const auto checked = PackSource::checkedPath(path);
        ASSERT_FALSE(checked.ok()) << qPrintable(path);
        EXPECT_TRUE(checked.error().message.contains(reason)) << qPrintable(checked.error().message);
    }
}

// ---------------------------------------------------------------------------------------------
// Folders

class PackSourceFolder : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("pack"));
        ASSERT_TRUE(writeFile(m_root + QStringLiteral("/manifest.json"), "{}"));
        ASSERT_TRUE(
            writeFile(m_root + QStringLiteral("/lessons/01/ja.md"), QStringLiteral("# 一\n").toUtf8()));
        ASSERT_TRUE(writeFile(m_root + QStringLiteral("/lessons/01/images/a.png"), "PNG"));
        ASSERT_TRUE(writeFile(m_root + QStringLiteral("/data/b.csv"), "x\n1\n"));
    }

    QTemporaryDir m_dir;
    QString m_root;
};

TEST_F(PackSourceFolder, ListsNestedFilesSortedAndReadsThem)
{
    const auto source = PackSource::open(m_root);
    ASSERT_TRUE(source.ok()) << qPrintable(source.error().toString());
    EXPECT_FALSE(source.value()->isArchive());
    EXPECT_EQ(source.value()->location(), m_root);
    EXPECT_EQ(source.value()->files(),
              QStringList({ QStringLiteral("data/b.csv"), QStringLiteral("lessons/01/images/a.png"),
                            QStringLiteral("lessons/01/ja.md"), QStringLiteral("manifest.json") }));
    const auto bytes = source.value()->read(QStringLiteral("lessons/01/ja.md"));
    ASSERT_TRUE(bytes.ok()) << qPrintable(bytes.error().toString());
    EXPECT_EQ(bytes.value(), QStringLiteral("# 一\n").toUtf8());
}

TEST_F(PackSourceFolder, UnlistedAndUnsafeReadsAreRefused)
{
    ASSERT_TRUE(writeFile(m_dir.filePath(QStringLiteral("outside.txt")), "secret"));
    const auto source = PackSource::open(m_root);
    ASSERT_TRUE(source.ok());
    for (const QString &path : { QStringLiteral("../outside.txt"), QStringLiteral("lessons"),
                                 QStringLiteral("missing.md"), QStringLiteral("data/../manifest.json") }) {
        const auto bytes = source.value()->read(path);
        ASSERT_FALSE(bytes.ok()) << qPrintable(path);
        EXPECT_EQ(bytes.error().part, path);
        EXPECT_EQ(bytes.error().file, m_root);
    }
}

#ifdef Q_OS_UNIX
TEST_F(PackSourceFolder, SymbolicLinkToFileIsRefused)
{
    ASSERT_TRUE(writeFile(m_dir.filePath(QStringLiteral("outside.txt")), "secret"));
    ASSERT_TRUE(QFile::link(m_dir.filePath(QStringLiteral("outside.txt")),
                            m_root + QStringLiteral("/data/link.csv")));
    const auto source = PackSource::open(m_root);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::Format);
    EXPECT_EQ(source.error().file, m_root);
    EXPECT_EQ(source.error().part, QStringLiteral("data/link.csv"));
}

TEST_F(PackSourceFolder, FirstOfSeveralLinksIsReported)
{
    ASSERT_TRUE(
        QFile::link(m_root + QStringLiteral("/manifest.json"), m_root + QStringLiteral("/lessons/z.md")));
    ASSERT_TRUE(
        QFile::link(m_root + QStringLiteral("/manifest.json"), m_root + QStringLiteral("/data/a.md")));
    const auto source = PackSource::open(m_root);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().part, QStringLiteral("data/a.md")); // in name order, not disk order
}

TEST_F(PackSourceFolder, SymbolicLinkToFolderIsRefused)
{
    ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("elsewhere"))));
    ASSERT_TRUE(
        QFile::link(m_dir.filePath(QStringLiteral("elsewhere")), m_root + QStringLiteral("/lessons/02")));
    const auto source = PackSource::open(m_root);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().part, QStringLiteral("lessons/02"));
}

TEST_F(PackSourceFolder, DanglingLinkIsRefused)
{
    ASSERT_TRUE(QFile::link(m_dir.filePath(QStringLiteral("gone")), m_root + QStringLiteral("/gone.md")));
    const auto source = PackSource::open(m_root);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().part, QStringLiteral("gone.md"));
}

TEST_F(PackSourceFolder, SpecialFileIsRefused)
{
    const QByteArray fifo = QFile::encodeName(m_root + QStringLiteral("/data/pipe"));
    ASSERT_EQ(::mkfifo(fifo.constData(), 0600), 0);
    const auto source = PackSource::open(m_root);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::Format);
    EXPECT_EQ(source.error().part, QStringLiteral("data/pipe"));
}

TEST_F(PackSourceFolder, FileReplacedByLinkAfterOpeningIsNotFollowed)
{
    ASSERT_TRUE(writeFile(m_dir.filePath(QStringLiteral("outside.txt")), "secret"));
    const auto source = PackSource::open(m_root);
    ASSERT_TRUE(source.ok());
    ASSERT_TRUE(QFile::remove(m_root + QStringLiteral("/data/b.csv")));
    ASSERT_TRUE(
        QFile::link(m_dir.filePath(QStringLiteral("outside.txt")), m_root + QStringLiteral("/data/b.csv")));
    const auto bytes = source.value()->read(QStringLiteral("data/b.csv"));
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(bytes.error().part, QStringLiteral("data/b.csv"));
}

TEST_F(PackSourceFolder, FolderReplacedByLinkAfterOpeningIsNotFollowed)
{
    ASSERT_TRUE(writeFile(m_dir.filePath(QStringLiteral("elsewhere/b.csv")), "secret"));
    const auto source = PackSource::open(m_root);
    ASSERT_TRUE(source.ok());
    ASSERT_TRUE(QDir(m_root + QStringLiteral("/data")).removeRecursively());
    ASSERT_TRUE(QFile::link(m_dir.filePath(QStringLiteral("elsewhere")), m_root + QStringLiteral("/data")));
    const auto bytes = source.value()->read(QStringLiteral("data/b.csv"));
    ASSERT_FALSE(bytes.ok());
    EXPECT_FALSE(bytes.error().message.isEmpty());
}

TEST_F(PackSourceFolder, NamesDifferingOnlyInCaseAreRefused)
{
    ASSERT_TRUE(writeFile(m_root + QStringLiteral("/data/B.csv"), "y\n"));
    const auto source = PackSource::open(m_root);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::Format);
    EXPECT_EQ(source.error().part, QStringLiteral("data/b.csv")); // "B.csv" sorts first
}

TEST_F(PackSourceFolder, BackslashInFileNameIsRefused)
{
    ASSERT_TRUE(writeFile(m_root + QStringLiteral("/data/a\\b.csv"), "y\n"));
    const auto source = PackSource::open(m_root);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().part, QStringLiteral("data/a\\b.csv"));
}
#endif

TEST_F(PackSourceFolder, SizeAndCountLimitsApply)
{
    PackSource::Limits limits;
    limits.maxFileBytes = 3;
    auto source = PackSource::open(m_root, limits);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(source.error().part, QStringLiteral("data/b.csv"));

    limits = {};
    limits.maxTotalBytes = 8;
    source = PackSource::open(m_root, limits);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::TooLarge);

    limits = {};
    limits.maxEntries = 4; // 4 files in 5 folders
    source = PackSource::open(m_root, limits);
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(source.error().file, m_root);
}

TEST_F(PackSourceFolder, FileGrownAfterOpeningIsCapped)
{
    PackSource::Limits limits;
    limits.maxFileBytes = 10;
    const auto source = PackSource::open(m_root, limits);
    ASSERT_TRUE(source.ok()) << qPrintable(source.error().toString());
    ASSERT_TRUE(writeFile(m_root + QStringLiteral("/data/b.csv"), QByteArray(100, 'x')));
    const auto bytes = source.value()->read(QStringLiteral("data/b.csv"));
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(bytes.error().kind, Error::Kind::TooLarge);
}

// ---------------------------------------------------------------------------------------------
// Concurrent reads

void readConcurrently(const PackSource &source, const QHash<QString, QByteArray> &expected)
{
    std::atomic<int> failures { 0 };
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int round = 0; round < 25; ++round) {
                for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                    const auto bytes = source.read(it.key());
                    if (!bytes.ok() || bytes.value() != it.value())
                        ++failures;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_EQ(failures.load(), 0);
}

TEST(PackSourceConcurrency, ArchiveFileReadsFromFourThreads)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tenarai-pack"));
    ASSERT_TRUE(writeFile(path, TestZip::build(goodEntries())));
    const auto source = PackSource::open(path);
    ASSERT_TRUE(source.ok());
    QHash<QString, QByteArray> expected;
    for (const TestZip::Entry &e : goodEntries()) {
        if (!e.name.endsWith('/'))
            expected.insert(QString::fromUtf8(e.name), e.data);
    }
    readConcurrently(*source.value(), expected);
}

TEST(PackSourceConcurrency, ArchiveDataReadsFromFourThreads)
{
    const auto source = openZip(goodEntries());
    ASSERT_TRUE(source.ok());
    QHash<QString, QByteArray> expected;
    for (const TestZip::Entry &e : goodEntries()) {
        if (!e.name.endsWith('/'))
            expected.insert(QString::fromUtf8(e.name), e.data);
    }
    readConcurrently(*source.value(), expected);
}

TEST_F(PackSourceFolder, ReadsFromFourThreads)
{
    const auto source = PackSource::open(m_root);
    ASSERT_TRUE(source.ok());
    QHash<QString, QByteArray> expected { { QStringLiteral("manifest.json"), "{}" },
                                          { QStringLiteral("data/b.csv"), "x\n1\n" },
                                          { QStringLiteral("lessons/01/images/a.png"), "PNG" } };
    readConcurrently(*source.value(), expected);
}

} // namespace
