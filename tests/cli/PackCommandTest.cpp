// `tenarai-cli pack validate|hash|build|test`: what a lesson author runs while writing a pack
// (lessons/README.md). Each test works on a copy of the good fixture, broken as an author would.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QString GoodBasic = QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/good-basic");
const QString BrokenFixtures = QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/broken");

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

QString text(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8);
}

class PackCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_pack = m_dir.filePath(QStringLiteral("good-basic"));
        copyFolder(GoodBasic, m_pack);
        const CliRun hashed = pack({ QStringLiteral("hash"), m_pack });
        ASSERT_EQ(hashed.exitCode, 0) << hashed.err.constData();
    }

    static CliRun pack(const QStringList &arguments)
    {
        return CliRunner::run(QStringList { QStringLiteral("pack") } + arguments);
    }

    QString file(const QString &relative) const { return QDir(m_pack).filePath(relative); }
    QString out(const QString &name) const { return m_dir.filePath(name); }

    QJsonObject json(const QString &relative) const
    {
        return QJsonDocument::fromJson(CliRunner::readAll(file(relative))).object();
    }
    void setJson(const QString &relative, const QJsonObject &object) const
    {
        CliRunner::writeAll(file(relative), QJsonDocument(object).toJson());
    }

    // pack.json with lessons[0].title a number, then hashed, so that the title is the one error.
    void breakFirstLessonTitle() const
    {
        QJsonObject manifest = json(QStringLiteral("pack.json"));
        QJsonArray lessons = manifest.value(QStringLiteral("lessons")).toArray();
        QJsonObject first = lessons.at(0).toObject();
        first.insert(QStringLiteral("title"), 42);
        lessons.replace(0, first);
        manifest.insert(QStringLiteral("lessons"), lessons);
        setJson(QStringLiteral("pack.json"), manifest);
    }

    QTemporaryDir m_dir;
    QString m_pack;
};

} // namespace

TEST_F(PackCommandTest, HashWritesEveryFile)
{
    // SetUp hashed the copy; a changed file needs hashing again.
    const QString survey = file(QStringLiteral("data/survey.csv"));
    const QByteArray changed = CliRunner::readAll(survey) + "2024-05-03,66,相談,\n";
    CliRunner::writeAll(survey, changed);
    const CliRun stale = pack({ QStringLiteral("validate"), m_pack });
    EXPECT_EQ(stale.exitCode, 1) << stale.out.constData();
    EXPECT_TRUE(text(stale.out).contains(QStringLiteral("data/survey.csv"))) << stale.out.constData();

    const CliRun run = pack({ QStringLiteral("hash"), m_pack });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    int files = 0;
    QDirIterator it(m_pack, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files += QFileInfo(it.next()).fileName() != u"pack.json";
    EXPECT_TRUE(text(run.out).contains(QStringLiteral("%1 file").arg(files))) << run.out.constData();
    const QJsonObject hashes = json(QStringLiteral("pack.json")).value(QStringLiteral("files")).toObject();
    EXPECT_EQ(hashes.size(), files);
    EXPECT_EQ(hashes.value(QStringLiteral("data/survey.csv")).toString(),
              QString::fromLatin1(QCryptographicHash::hash(changed, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(pack({ QStringLiteral("validate"), m_pack }).exitCode, 0);
}

TEST_F(PackCommandTest, ValidateGoodPackListsLessons)
{
    const CliRun run = pack({ QStringLiteral("validate"), m_pack });
    ASSERT_EQ(run.exitCode, 0) << run.out.constData() << run.err.constData();
    const QString output = text(run.out);
    const QJsonObject manifest = json(QStringLiteral("pack.json"));
    EXPECT_TRUE(output.contains(manifest.value(QStringLiteral("id")).toString())) << run.out.constData();
    EXPECT_TRUE(output.contains(manifest.value(QStringLiteral("packVersion")).toString()));
    for (const QJsonValue &value : manifest.value(QStringLiteral("lessons")).toArray()) {
        const QJsonObject lesson = value.toObject();
        const qsizetype exercises = lesson.value(QStringLiteral("exercises")).toArray().size();
        const QString line = lesson.value(QStringLiteral("id")).toString();
        const auto lines = output.split(QLatin1Char('\n'));
        const auto found = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) {
            return l.contains(line) && l.contains(QStringLiteral("%1 exercise").arg(exercises));
        });
        EXPECT_NE(found, lines.cend()) << line.toStdString() << '\n' << run.out.constData();
    }
    EXPECT_TRUE(output.contains(QStringLiteral("valid"))) << run.out.constData();
}

TEST_F(PackCommandTest, ValidateJsonShape)
{
    const CliRun run = pack({ QStringLiteral("validate"), QStringLiteral("--json"), m_pack });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.constData();
    const QJsonObject manifest = json(QStringLiteral("pack.json"));
    EXPECT_EQ(root.value(QStringLiteral("valid")), QJsonValue(true));
    EXPECT_EQ(root.value(QStringLiteral("id")), manifest.value(QStringLiteral("id")));
    EXPECT_EQ(root.value(QStringLiteral("version")), manifest.value(QStringLiteral("packVersion")));
    EXPECT_EQ(root.value(QStringLiteral("title")).toObject().value(QStringLiteral("ja")),
              manifest.value(QStringLiteral("title")).toObject().value(QStringLiteral("ja")));
    EXPECT_EQ(root.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")),
              manifest.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")));
    const QJsonArray lessons = root.value(QStringLiteral("lessons")).toArray();
    const QJsonArray expected = manifest.value(QStringLiteral("lessons")).toArray();
    ASSERT_EQ(lessons.size(), expected.size());
    for (qsizetype i = 0; i < lessons.size(); ++i) {
        const QJsonObject lesson = lessons.at(i).toObject();
        const QJsonObject source = expected.at(i).toObject();
        EXPECT_EQ(lesson.value(QStringLiteral("id")), source.value(QStringLiteral("id")));
        EXPECT_EQ(lesson.value(QStringLiteral("title")).toObject().value(QStringLiteral("ja")),
                  source.value(QStringLiteral("title")).toObject().value(QStringLiteral("ja")));
        EXPECT_EQ(lesson.value(QStringLiteral("exercises")).toInt(-1),
                  source.value(QStringLiteral("exercises")).toArray().size());
    }
    EXPECT_TRUE(root.value(QStringLiteral("errors")).isArray());
    EXPECT_TRUE(root.value(QStringLiteral("errors")).toArray().isEmpty());
    EXPECT_TRUE(root.value(QStringLiteral("warnings")).isArray());
}

TEST_F(PackCommandTest, ValidateBrokenPackNamesFileAndField)
{
    breakFirstLessonTitle();
    ASSERT_EQ(pack({ QStringLiteral("hash"), m_pack }).exitCode, 0);

    const CliRun run = pack({ QStringLiteral("validate"), m_pack });
    EXPECT_EQ(run.exitCode, 1);
    const auto lines = text(run.out).split(QLatin1Char('\n'));
    const auto named = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
        return l.contains(QStringLiteral("pack.json")) && l.contains(QStringLiteral("lessons[0].title"));
    });
    EXPECT_NE(named, lines.cend()) << run.out.constData();

    const CliRun machine = pack({ QStringLiteral("validate"), QStringLiteral("--json"), m_pack });
    EXPECT_EQ(machine.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(machine.out).object();
    EXPECT_EQ(root.value(QStringLiteral("valid")), QJsonValue(false));
    bool found = false;
    for (const QJsonValue &value : root.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject issue = value.toObject();
        EXPECT_TRUE(issue.contains(QStringLiteral("line")) && issue.contains(QStringLiteral("column")));
        EXPECT_FALSE(issue.value(QStringLiteral("message")).toString().isEmpty());
        found = found
            || (issue.value(QStringLiteral("file")).toString() == u"pack.json"
                && issue.value(QStringLiteral("field"))
                       .toString()
                       .startsWith(QStringLiteral("lessons[0].title")));
    }
    EXPECT_TRUE(found) << machine.out.constData();
}

TEST_F(PackCommandTest, ValidateReportsEveryBrokenFixture)
{
    // Each fixture has one defect, named after it: an error (exit 1), or for doubtful content a
    // warning (exit 0); either way the author is told which file.
    const QFileInfoList fixtures
        = QDir(BrokenFixtures).entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot);
    if (fixtures.isEmpty())
        GTEST_SKIP() << "no broken fixtures in " << BrokenFixtures.toStdString();
    for (const QFileInfo &fixture : fixtures) {
        const std::string name = fixture.fileName().toStdString();
        const CliRun run = pack({ QStringLiteral("validate"), QStringLiteral("--json"), fixture.filePath() });
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        const QJsonArray errors = root.value(QStringLiteral("errors")).toArray();
        const QJsonArray warnings = root.value(QStringLiteral("warnings")).toArray();
        EXPECT_FALSE(errors.isEmpty() && warnings.isEmpty()) << name << '\n' << run.out.constData();
        EXPECT_EQ(run.exitCode, errors.isEmpty() ? 0 : 1) << name << '\n' << run.out.constData();
        EXPECT_EQ(root.value(QStringLiteral("valid")), QJsonValue(errors.isEmpty())) << name;
        for (const QJsonArray &issues : { errors, warnings }) {
            for (const QJsonValue &value : issues)
                EXPECT_FALSE(value.toObject().value(QStringLiteral("file")).toString().isEmpty())
                    << name << '\n'
                    << run.out.constData();
        }

        // The text output lists the same problems, each with its file.
        const CliRun plain = pack({ QStringLiteral("validate"), fixture.filePath() });
        EXPECT_EQ(plain.exitCode, run.exitCode) << name;
        for (const QJsonValue &value : errors)
            EXPECT_TRUE(
                plain.out.contains(value.toObject().value(QStringLiteral("file")).toString().toUtf8()))
                << name << '\n'
                << plain.out.constData();
    }
}

TEST_F(PackCommandTest, UsageErrors)
{
    EXPECT_EQ(pack({}).exitCode, 2);
    EXPECT_EQ(pack({ QStringLiteral("validate") }).exitCode, 2);
    EXPECT_EQ(pack({ QStringLiteral("validate"), out(QStringLiteral("nowhere")) }).exitCode, 2);
    EXPECT_EQ(pack({ QStringLiteral("unpack"), m_pack }).exitCode, 2);
    EXPECT_EQ(pack({ QStringLiteral("test"), QStringLiteral("--json"), m_pack }).exitCode, 2);
    EXPECT_EQ(pack({ QStringLiteral("build"), m_pack }).exitCode, 2);
    const CliRun hashFile = pack({ QStringLiteral("hash"), file(QStringLiteral("pack.json")) });
    EXPECT_EQ(hashFile.exitCode, 2);
    EXPECT_TRUE(hashFile.err.contains("folder")) << hashFile.err.constData();
}

TEST_F(PackCommandTest, BuildWritesAnArchiveThatValidates)
{
    const QString archive = out(QStringLiteral("good-basic.tenarai-pack"));
    const CliRun run = pack({ QStringLiteral("build"), m_pack, archive });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    ASSERT_TRUE(QFileInfo(archive).isFile());
    EXPECT_TRUE(CliRunner::readAll(archive).startsWith("PK\x03\x04"));
    const CliRun validated = pack({ QStringLiteral("validate"), QStringLiteral("--json"), archive });
    EXPECT_EQ(validated.exitCode, 0) << validated.out.constData();
    EXPECT_EQ(QJsonDocument::fromJson(validated.out).object().value(QStringLiteral("id")),
              json(QStringLiteral("pack.json")).value(QStringLiteral("id")));
    const CliRun tested = pack({ QStringLiteral("test"), archive });
    EXPECT_EQ(tested.exitCode, 0) << tested.out.constData();
}

TEST_F(PackCommandTest, BuildRefusesBrokenPack)
{
    QJsonObject exercise = json(QStringLiteral("exercises/clean-visitors.json"));
    exercise.insert(QStringLiteral("target"), QStringLiteral("data/nowhere.csv"));
    setJson(QStringLiteral("exercises/clean-visitors.json"), exercise);

    const QString archive = out(QStringLiteral("broken.tenarai-pack"));
    const CliRun run = pack({ QStringLiteral("build"), m_pack, archive });
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(archive));
    EXPECT_TRUE(run.err.contains("exercises/clean-visitors.json")) << run.err.constData();
}

TEST_F(PackCommandTest, TestReportsEveryExercise)
{
    const CliRun run = pack({ QStringLiteral("test"), m_pack });
    ASSERT_EQ(run.exitCode, 0) << run.out.constData() << run.err.constData();
    for (const QJsonValue &value :
         json(QStringLiteral("pack.json")).value(QStringLiteral("exercises")).toArray()) {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        EXPECT_TRUE(text(run.out).contains(QStringLiteral("OK    ") + id)) << run.out.constData();
    }
}

TEST_F(PackCommandTest, TestFailsWhenAWrongSolutionPasses)
{
    CliRunner::writeAll(file(QStringLiteral("solutions/basics-quiz.wrong.answers.json")),
                        CliRunner::readAll(file(QStringLiteral("solutions/basics-quiz.answers.json"))));
    ASSERT_EQ(pack({ QStringLiteral("hash"), m_pack }).exitCode, 0);
    const CliRun run = pack({ QStringLiteral("test"), m_pack });
    EXPECT_EQ(run.exitCode, 1);
    const QString output = text(run.out);
    EXPECT_TRUE(output.contains(QStringLiteral("FAIL  basics-quiz"))) << run.out.constData();
    EXPECT_TRUE(output.contains(QStringLiteral("solutions/basics-quiz.wrong.answers.json")))
        << run.out.constData();
    EXPECT_TRUE(output.contains(QStringLiteral("OK    clean-visitors"))) << run.out.constData();
}

TEST_F(PackCommandTest, TestRefusesInvalidPack)
{
    breakFirstLessonTitle();
    ASSERT_EQ(pack({ QStringLiteral("hash"), m_pack }).exitCode, 0);
    const CliRun run = pack({ QStringLiteral("test"), m_pack });
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(text(run.out).contains(QStringLiteral("lessons[0].title"))) << run.out.constData();
    EXPECT_FALSE(text(run.out).contains(QStringLiteral("OK    "))) << run.out.constData();
}
