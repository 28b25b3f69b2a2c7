// `tenarai-cli submit`: an author tries answers against an exercise's real checker; with
// --profile the attempt lands in the progress store as the app records it, and `report` sees it.
#include "BundleFile.h"
#include "CliRunner.h"
#include "CsvTableCompare.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

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

class SubmitCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_pack = m_dir.filePath(QStringLiteral("good-basic"));
        copyFolder(GoodBasic, m_pack);
        const CliRun hashed = CliRunner::run({ QStringLiteral("pack"), QStringLiteral("hash"), m_pack });
        ASSERT_EQ(hashed.exitCode, 0) << hashed.err.constData();
        m_db = m_dir.filePath(QStringLiteral("progress.sqlite"));
    }

    QString file(const QString &relative) const { return QDir(m_pack).filePath(relative); }

    // A learner in the temporary database, created the way a bundle from another PC brings one.
    void addLearner(const QString &name)
    {
        BundleFile bundle;
        bundle.displayName = name;
        bundle.addProfile(QDateTime::currentDateTimeUtc().addDays(-1));
        const QString path = m_dir.filePath(bundle.profileId + QStringLiteral(".tenarai-progress"));
        CliRunner::writeAll(path, bundle.toJson());
        const CliRun run = CliRunner::run(
            { QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--db"), m_db, path });
        ASSERT_EQ(run.exitCode, 0) << run.err.constData();
        m_profileId = bundle.profileId;
    }

    CliRun submit(const QString &exercise, const QString &answer, const QStringList &more = {}) const
    {
        return CliRunner::run(QStringList { QStringLiteral("submit"), QStringLiteral("--pack"), m_pack,
                                            QStringLiteral("--exercise"), exercise,
                                            QStringLiteral("--answer"), file(answer) }
                              + more);
    }

    // Rows of `report --level attempts`, heading first.
    QList<QStringList> attempts() const
    {
        const CliRun run = CliRunner::run({ QStringLiteral("report"), QStringLiteral("--db"), m_db,
                                            QStringLiteral("--level"), QStringLiteral("attempts") });
        EXPECT_EQ(run.exitCode, 0) << run.err.constData();
        return CsvTableCompare::parse(run.out);
    }

    QTemporaryDir m_dir;
    QString m_pack;
    QString m_db;
    QString m_profileId;
};

} // namespace

TEST_F(SubmitCommandTest, RightAnswersPass)
{
    const QList<QPair<QString, QString>> answers = {
        { QStringLiteral("clean-visitors"), QStringLiteral("solutions/clean-visitors.recipe.json") },
        { QStringLiteral("survey-form"), QStringLiteral("solutions/survey-form.form.json") },
        { QStringLiteral("basics-quiz"), QStringLiteral("solutions/basics-quiz.answers.json") },
    };
    for (const auto &[exercise, answer] : answers) {
        const CliRun run = submit(exercise, answer);
        EXPECT_EQ(run.exitCode, 0) << exercise.toStdString() << '\n'
                                   << run.out.constData() << run.err.constData();
        EXPECT_TRUE(run.out.startsWith("PASS")) << run.out.constData();
        EXPECT_TRUE(run.out.contains("100%")) << run.out.constData();
    }
    // Nothing is recorded without --profile: no database appears.
    EXPECT_FALSE(QFileInfo::exists(m_db));
}

TEST_F(SubmitCommandTest, WrongAnswerSaysWhereButNotTheAnswer)
{
    const CliRun run = submit(QStringLiteral("clean-visitors"),
                              QStringLiteral("solutions/clean-visitors.wrong.recipe.json"));
    EXPECT_EQ(run.exitCode, 1) << run.err.constData();
    const QString output = QString::fromUtf8(run.out);
    EXPECT_TRUE(output.startsWith(QStringLiteral("FAIL"))) << run.out.constData();
    // The wrong recipe leaves the dates as they were: the feedback points at that column…
    EXPECT_TRUE(output.contains(QStringLiteral("受付日"))) << run.out.constData();
    // …and never shows a target date that differs from what the learner has.
    const QList<QStringList> target
        = CsvTableCompare::parse(CliRunner::readAll(file(QStringLiteral("data/visitors-clean.csv"))));
    const QList<QStringList> start
        = CsvTableCompare::parse(CliRunner::readAll(file(QStringLiteral("data/visitors-messy.csv"))));
    ASSERT_EQ(target.size(), start.size());
    const int dateColumn = int(target.first().indexOf(QStringLiteral("受付日")));
    ASSERT_GE(dateColumn, 0);
    int hidden = 0;
    for (qsizetype r = 1; r < target.size(); ++r) {
        const QString expected = target.at(r).value(dateColumn);
        if (expected == start.at(r).value(dateColumn))
            continue;
        ++hidden;
        EXPECT_FALSE(output.contains(expected)) << expected.toStdString() << '\n' << run.out.constData();
    }
    EXPECT_GT(hidden, 0);

    const CliRun quiz
        = submit(QStringLiteral("basics-quiz"), QStringLiteral("solutions/basics-quiz.wrong.answers.json"));
    EXPECT_EQ(quiz.exitCode, 1);
    EXPECT_TRUE(quiz.out.startsWith("FAIL")) << quiz.out.constData();
    EXPECT_TRUE(quiz.out.contains("dates")) << quiz.out.constData();
}

TEST_F(SubmitCommandTest, AttemptsAreRecordedForTheProfile)
{
    addLearner(QStringLiteral("山田 花子"));
    const QStringList record
        = { QStringLiteral("--profile"), QStringLiteral("山田 花子"), QStringLiteral("--db"), m_db };
    const CliRun wrong = submit(QStringLiteral("clean-visitors"),
                                QStringLiteral("solutions/clean-visitors.wrong.recipe.json"), record);
    ASSERT_EQ(wrong.exitCode, 1) << wrong.err.constData();
    const CliRun right
        = submit(QStringLiteral("clean-visitors"), QStringLiteral("solutions/clean-visitors.recipe.json"),
                 record + QStringList { QStringLiteral("--hints"), QStringLiteral("1") });
    ASSERT_EQ(right.exitCode, 0) << right.err.constData();
    EXPECT_TRUE(right.out.contains("90%")) << right.out.constData();

    const QList<QStringList> rows = attempts();
    ASSERT_EQ(rows.size(), 1 + 2) << rows.size();
    const QStringList heading = rows.first();
    const auto column
        = [&heading](const char *name) { return int(heading.indexOf(QString::fromLatin1(name))); };
    QStringList passed;
    QStringList hints;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        EXPECT_EQ(row.value(column("Learner ID")), m_profileId);
        EXPECT_EQ(row.value(column("Pack")), QStringLiteral("test.good-basic"));
        EXPECT_EQ(row.value(column("Lesson")), QStringLiteral("cleaning"));
        EXPECT_EQ(row.value(column("Exercise")), QStringLiteral("clean-visitors"));
        passed << row.value(column("Passed"));
        hints << row.value(column("Hints used"));
    }
    passed.sort();
    hints.sort();
    EXPECT_EQ(passed, (QStringList { QStringLiteral("no"), QStringLiteral("yes") }));
    EXPECT_EQ(hints, (QStringList { QStringLiteral("0"), QStringLiteral("1") }));

    // The only exercise of the lesson passed: the lesson is completed.
    const CliRun lessons = CliRunner::run({ QStringLiteral("report"), QStringLiteral("--db"), m_db });
    const QList<QStringList> lessonRows = CsvTableCompare::parse(lessons.out);
    ASSERT_EQ(lessonRows.size(), 2) << lessons.out.constData();
    EXPECT_EQ(lessonRows.at(1).value(int(lessonRows.first().indexOf(QStringLiteral("Completed")))),
              QStringLiteral("yes"));
}

TEST_F(SubmitCommandTest, UnknownProfileRecordsNothing)
{
    addLearner(QStringLiteral("山田 花子"));
    const CliRun run
        = submit(QStringLiteral("clean-visitors"), QStringLiteral("solutions/clean-visitors.recipe.json"),
                 { QStringLiteral("--profile"), QStringLiteral("鈴木 一郎"), QStringLiteral("--db"), m_db });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("bundle import")) << run.err.constData();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.constData();
    EXPECT_EQ(attempts().size(), 1); // the heading only

    // A mistyped database path is not created.
    const QString elsewhere = m_dir.filePath(QStringLiteral("typo.sqlite"));
    const CliRun typo = submit(
        QStringLiteral("clean-visitors"), QStringLiteral("solutions/clean-visitors.recipe.json"),
        { QStringLiteral("--profile"), QStringLiteral("山田 花子"), QStringLiteral("--db"), elsewhere });
    EXPECT_EQ(typo.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(elsewhere));
}

TEST_F(SubmitCommandTest, UsageAndUnreadableInput)
{
    const QString recipe = QStringLiteral("solutions/clean-visitors.recipe.json");
    // Missing options.
    EXPECT_EQ(CliRunner::run({ QStringLiteral("submit"), QStringLiteral("--pack"), m_pack }).exitCode, 2);
    // --db alone records nothing, so it is a mistake.
    EXPECT_EQ(submit(QStringLiteral("clean-visitors"), recipe, { QStringLiteral("--db"), m_db }).exitCode, 2);
    EXPECT_EQ(
        submit(QStringLiteral("clean-visitors"), recipe, { QStringLiteral("--hints"), QStringLiteral("-1") })
            .exitCode,
        2);
    EXPECT_EQ(
        submit(QStringLiteral("clean-visitors"), recipe, { QStringLiteral("--hints"), QStringLiteral("99") })
            .exitCode,
        2);

    const CliRun unknown = submit(QStringLiteral("no-such-exercise"), recipe);
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("clean-visitors")) << unknown.err.constData(); // lists the real ones

    const CliRun missing = submit(QStringLiteral("clean-visitors"), QStringLiteral("solutions/none.json"));
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains("none.json")) << missing.err.constData();

    // Quiz answers are not a recipe: the answer cannot be checked, which is not a wrong answer.
    const CliRun wrongKind
        = submit(QStringLiteral("clean-visitors"), QStringLiteral("solutions/basics-quiz.answers.json"));
    EXPECT_EQ(wrongKind.exitCode, 2) << wrongKind.out.constData();
    EXPECT_FALSE(wrongKind.err.isEmpty());

    const CliRun noPack = CliRunner::run(
        { QStringLiteral("submit"), QStringLiteral("--pack"), m_dir.filePath(QStringLiteral("nowhere")),
          QStringLiteral("--exercise"), QStringLiteral("x"), QStringLiteral("--answer"), file(recipe) });
    EXPECT_EQ(noPack.exitCode, 2);
}
