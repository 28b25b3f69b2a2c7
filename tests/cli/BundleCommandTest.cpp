// `tenarai-cli bundle export|import`: a learner's progress carried to a PC with no network, merged by
// record id; a changed or cut-off file is refused and leaves the database untouched.
#include "BundleFile.h"
#include "CliRunner.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QDateTime T0(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);

class BundleCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_a = path(QStringLiteral("a.sqlite"));
        m_b = path(QStringLiteral("b.sqlite"));
        m_sato.displayName = QStringLiteral("佐藤");
        m_sato.addProfile(T0);
        m_sato.addAttempt(QStringLiteral("forms"), QStringLiteral("l1"), QStringLiteral("e1"), T0, 60, 0.5,
                          false, 1);
        m_sato.addAttempt(QStringLiteral("forms"), QStringLiteral("l1"), QStringLiteral("e1"),
                          T0.addSecs(300), 60, 1, true);
        m_sato.addCompletion(QStringLiteral("forms"), QStringLiteral("l1"), T0.addSecs(360));
        const QString seed = path(QStringLiteral("seed.tenarai-progress"));
        CliRunner::writeAll(seed, m_sato.toJson());
        const CliRun run = bundle({ QStringLiteral("import"), QStringLiteral("--db"), m_a, seed });
        ASSERT_EQ(run.exitCode, 0) << run.err.constData();
        ASSERT_TRUE(run.out.contains("4 new record")) << run.out.constData();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static CliRun bundle(const QStringList &arguments)
    {
        return CliRunner::run(QStringList { QStringLiteral("bundle") } + arguments);
    }
    QString exportFrom(const QString &db, const QString &who, const QStringList &extra = {})
    {
        const QString out = path(QStringLiteral("export.tenarai-progress"));
        const CliRun run = bundle(QStringList { QStringLiteral("export"), QStringLiteral("--db"), db,
                                                QStringLiteral("--profile"), who }
                                  + extra + QStringList { out });
        EXPECT_EQ(run.exitCode, 0) << run.err.constData();
        return out;
    }
    QByteArray reportOf(const QString &db)
    {
        const CliRun run = CliRunner::run({ QStringLiteral("report"), QStringLiteral("--db"), db,
                                            QStringLiteral("--level"), QStringLiteral("attempts") });
        EXPECT_EQ(run.exitCode, 0) << run.err.constData();
        return run.out;
    }

    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;
    BundleFile m_sato;
};

} // namespace

TEST_F(BundleCommandTest, ExportThenImportTwice)
{
    const QString file = exportFrom(m_a, QStringLiteral("佐藤"));
    const QJsonObject root = QJsonDocument::fromJson(CliRunner::readAll(file)).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("tenarai-progress-bundle"));
    EXPECT_EQ(
        root.value(QStringLiteral("content")).toObject().value(QStringLiteral("events")).toArray().size(), 4);

    const CliRun first = bundle({ QStringLiteral("import"), QStringLiteral("--db"), m_b, file });
    ASSERT_EQ(first.exitCode, 0) << first.err.constData();
    EXPECT_TRUE(first.out.contains("4 new record")) << first.out.constData();
    const CliRun second = bundle({ QStringLiteral("import"), QStringLiteral("--db"), m_b, file });
    ASSERT_EQ(second.exitCode, 0) << second.err.constData();
    EXPECT_TRUE(second.out.contains("0 new record")) << second.out.constData();

    EXPECT_EQ(reportOf(m_b), reportOf(m_a)) << "the other PC reports the same attempts";
}

TEST_F(BundleCommandTest, ExportByProfileId)
{
    const QString file = exportFrom(m_a, m_sato.profileId);
    EXPECT_TRUE(CliRunner::readAll(file).contains(m_sato.profileId.toLatin1()));
}

TEST_F(BundleCommandTest, TamperedBundleIsRefusedAndChangesNothing)
{
    const QString file = exportFrom(m_a, QStringLiteral("佐藤"));
    QByteArray bytes = CliRunner::readAll(file);
    const qsizetype at = bytes.indexOf("\"score\": 0.5");
    ASSERT_GE(at, 0) << bytes.constData();
    bytes.replace(at, 12, "\"score\": 1.0");
    CliRunner::writeAll(file, bytes);
    const CliRun run = bundle({ QStringLiteral("import"), QStringLiteral("--db"), m_b, file });
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(file.toUtf8())) << run.err.constData();
    EXPECT_TRUE(run.err.contains("digest")) << run.err.constData();
    EXPECT_FALSE(QFileInfo::exists(m_b)) << "a refused bundle does not even create the database";
}

TEST_F(BundleCommandTest, TruncatedBundleIsRefused)
{
    const QString file = exportFrom(m_a, QStringLiteral("佐藤"));
    const QByteArray bytes = CliRunner::readAll(file);
    CliRunner::writeAll(file, bytes.left(bytes.size() / 2));
    const CliRun run = bundle({ QStringLiteral("import"), QStringLiteral("--db"), m_b, file });
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("incomplete")) << run.err.constData();
    EXPECT_TRUE(run.err.contains(file.toUtf8()));
}

TEST_F(BundleCommandTest, OrganisationKey)
{
    const QString key = path(QStringLiteral("org.key"));
    CliRunner::writeAll(key, "0123456789abcdef0123456789abcdef\n");
    const QString file = exportFrom(m_a, QStringLiteral("佐藤"), { QStringLiteral("--key"), key });
    const CliRun withoutKey = bundle({ QStringLiteral("import"), QStringLiteral("--db"), m_b, file });
    EXPECT_EQ(withoutKey.exitCode, 1);
    EXPECT_TRUE(withoutKey.err.contains("organisation key")) << withoutKey.err.constData();
    const CliRun withKey = bundle(
        { QStringLiteral("import"), QStringLiteral("--db"), m_b, QStringLiteral("--key"), key, file });
    EXPECT_EQ(withKey.exitCode, 0) << withKey.err.constData();
    EXPECT_TRUE(withKey.out.contains("4 new record"));

    // A bundle someone edited and re-sealed with a plain checksum is refused where the key is configured.
    const QString forged = path(QStringLiteral("forged.tenarai-progress"));
    CliRunner::writeAll(forged, m_sato.toJson());
    const CliRun refused = bundle(
        { QStringLiteral("import"), QStringLiteral("--db"), m_b, QStringLiteral("--key"), key, forged });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains("organisation's key")) << refused.err.constData();
}

TEST_F(BundleCommandTest, SameNameTwiceNeedsTheId)
{
    BundleFile other;
    other.displayName = QStringLiteral("佐藤");
    other.addProfile(T0);
    const QString file = path(QStringLiteral("other.tenarai-progress"));
    CliRunner::writeAll(file, other.toJson());
    ASSERT_EQ(bundle({ QStringLiteral("import"), QStringLiteral("--db"), m_a, file }).exitCode, 0);

    const CliRun run
        = bundle({ QStringLiteral("export"), QStringLiteral("--db"), m_a, QStringLiteral("--profile"),
                   QStringLiteral("佐藤"), path(QStringLiteral("x.tenarai-progress")) });
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(m_sato.profileId.toLatin1())) << run.err.constData();
    EXPECT_TRUE(run.err.contains(other.profileId.toLatin1()));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("x.tenarai-progress"))));
}

TEST_F(BundleCommandTest, UsageMistakes)
{
    EXPECT_EQ(bundle({}).exitCode, 2);
    EXPECT_EQ(bundle({ QStringLiteral("send"), QStringLiteral("x") }).exitCode, 2);
    const CliRun noProfile
        = bundle({ QStringLiteral("export"), QStringLiteral("--db"), m_a, path(QStringLiteral("x")) });
    EXPECT_EQ(noProfile.exitCode, 2);
    EXPECT_TRUE(noProfile.err.contains("--profile")) << noProfile.err.constData();
    EXPECT_EQ(bundle({ QStringLiteral("import"), QStringLiteral("--db"), m_b }).exitCode, 2);
    const CliRun missing
        = bundle({ QStringLiteral("import"), QStringLiteral("--db"), m_b, path(QStringLiteral("none")) });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("none")) << missing.err.constData();
    const CliRun unknown
        = bundle({ QStringLiteral("export"), QStringLiteral("--db"), m_a, QStringLiteral("--profile"),
                   QStringLiteral("鈴木"), path(QStringLiteral("x")) });
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("no learner")) << unknown.err.constData();
}
