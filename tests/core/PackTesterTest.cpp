// PackTester proves an author's pack solvable: these tests break a copy of the good fixture in the
// ways an author can (a reference solution that fails, a wrong solution that passes, a start
// state that already passes, no hint, a missing file) and expect each to be reported, naming the
// exercise and the file.
#include "lessons/PackTester.h"

#include "lessons/PackBuilder.h"
#include "lessons/PackLoader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
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

class PackTesterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_pack = m_dir.filePath(QStringLiteral("pack"));
        copyFolder(GoodBasic, m_pack);
    }

    QString file(const QString &relative) const { return QDir(m_pack).filePath(relative); }

    // Hashes the (changed) copy and loads it; the pack must still be valid for the tester to run.
    std::shared_ptr<const Pack> load()
    {
        const Status hashed = PackBuilder::updateHashes(m_pack);
        EXPECT_TRUE(hashed.ok()) << (hashed.ok() ? std::string() : hashed.error().toString().toStdString());
        const PackLoadResult loaded = PackLoader::load(m_pack);
        for (const PackIssue &issue : loaded.errors)
            ADD_FAILURE() << issue.toString().toStdString();
        return loaded.pack;
    }

    void editExercise(const QString &id, const std::function<void(QJsonObject &)> &edit)
    {
        const QString path = file(QStringLiteral("exercises/%1.json").arg(id));
        QJsonObject object = QJsonDocument::fromJson(readAll(path)).object();
        edit(object);
        writeAll(path, QJsonDocument(object).toJson());
    }

    static const PackTester::ExerciseReport *reportOf(const QList<PackTester::ExerciseReport> &reports,
                                                      const QString &id)
    {
        for (const PackTester::ExerciseReport &report : reports) {
            if (report.exerciseId == id)
                return &report;
        }
        return nullptr;
    }

    // The one problem of the exercise that names every part.
    static bool hasProblem(const PackTester::ExerciseReport &report, const QStringList &parts)
    {
        for (const QString &problem : report.problems) {
            if (std::all_of(parts.cbegin(), parts.cend(),
                            [&](const QString &p) { return problem.contains(p); }))
                return true;
        }
        return false;
    }

    static std::string describe(const PackTester::ExerciseReport &report)
    {
        const QString text = report.problems.join(QLatin1Char('\n')) + QStringLiteral("\n--\n")
            + report.passed.join(QLatin1Char('\n'));
        return text.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_pack;
};
} // namespace

TEST_F(PackTesterTest, GoodPackIsSoundEverywhere)
{
    const std::shared_ptr<const Pack> pack = load();
    ASSERT_TRUE(pack);
    const QList<PackTester::ExerciseReport> reports = PackTester::test(*pack);
    ASSERT_EQ(reports.size(), pack->exercises().size());
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const PackTester::ExerciseReport &report = reports.at(i);
        const Exercise &exercise = pack->exercises().at(i);
        EXPECT_EQ(report.exerciseId, exercise.id);
        EXPECT_TRUE(report.ok()) << describe(report);
        // What was proven names the files: the reference solution and each wrong solution.
        const QString proven = report.passed.join(QLatin1Char('\n'));
        EXPECT_TRUE(proven.contains(exercise.solution)) << describe(report);
        for (const QString &wrong : exercise.wrongSolutions)
            EXPECT_TRUE(proven.contains(wrong)) << describe(report);
        // reference, each wrong solution, start state, hints
        EXPECT_EQ(report.passed.size(), 3 + exercise.wrongSolutions.size()) << describe(report);
    }
    EXPECT_TRUE(PackTester::allOk(reports));
}

TEST_F(PackTesterTest, ReferenceSolutionThatFailsIsReported)
{
    // The author saved the recipe without its date step as the reference solution.
    writeAll(file(QStringLiteral("solutions/clean-visitors.recipe.json")),
             readAll(file(QStringLiteral("solutions/clean-visitors.wrong.recipe.json"))));
    const std::shared_ptr<const Pack> pack = load();
    ASSERT_TRUE(pack);
    const QList<PackTester::ExerciseReport> reports = PackTester::test(*pack);
    EXPECT_FALSE(PackTester::allOk(reports));
    const PackTester::ExerciseReport *report = reportOf(reports, QStringLiteral("clean-visitors"));
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->ok());
    EXPECT_TRUE(hasProblem(*report,
                           { QStringLiteral("Reference solution"),
                             QStringLiteral("solutions/clean-visitors.recipe.json"),
                             QStringLiteral("clean-visitors"), QStringLiteral("does not pass") }))
        << describe(*report);
    // The other exercises are untouched and still sound.
    for (const QString &other : { QStringLiteral("survey-form"), QStringLiteral("basics-quiz") }) {
        const PackTester::ExerciseReport *sound = reportOf(reports, other);
        ASSERT_TRUE(sound);
        EXPECT_TRUE(sound->ok()) << describe(*sound);
    }
}

TEST_F(PackTesterTest, WrongSolutionThatPassesIsReported)
{
    writeAll(file(QStringLiteral("solutions/basics-quiz.wrong.answers.json")),
             readAll(file(QStringLiteral("solutions/basics-quiz.answers.json"))));
    const std::shared_ptr<const Pack> pack = load();
    ASSERT_TRUE(pack);
    const QList<PackTester::ExerciseReport> reports = PackTester::test(*pack);
    const PackTester::ExerciseReport *report = reportOf(reports, QStringLiteral("basics-quiz"));
    ASSERT_TRUE(report);
    ASSERT_EQ(report->problems.size(), 1) << describe(*report);
    EXPECT_TRUE(hasProblem(*report,
                           { QStringLiteral("Wrong solution"),
                             QStringLiteral("solutions/basics-quiz.wrong.answers.json"),
                             QStringLiteral("basics-quiz"), QStringLiteral("passes") }))
        << describe(*report);
    EXPECT_FALSE(PackTester::allOk(reports));
}

TEST_F(PackTesterTest, StartTableThatAlreadyPassesIsReported)
{
    // The start file is the target itself: the learner would have nothing to do.
    writeAll(file(QStringLiteral("data/visitors-messy.csv")),
             readAll(file(QStringLiteral("data/visitors-clean.csv"))));
    const std::shared_ptr<const Pack> pack = load();
    ASSERT_TRUE(pack);
    const PackTester::ExerciseReport *report = nullptr;
    const QList<PackTester::ExerciseReport> reports = PackTester::test(*pack);
    report = reportOf(reports, QStringLiteral("clean-visitors"));
    ASSERT_TRUE(report);
    EXPECT_TRUE(hasProblem(*report,
                           { QStringLiteral("data/visitors-messy.csv"), QStringLiteral("clean-visitors"),
                             QStringLiteral("already passes") }))
        << describe(*report);
}

TEST_F(PackTesterTest, StartFormThatAlreadyPassesIsReported)
{
    // The learner would start from the reference form.
    editExercise(QStringLiteral("survey-form"), [](QJsonObject &exercise) {
        exercise.insert(QStringLiteral("startForm"), QStringLiteral("solutions/survey-form.form.json"));
    });
    const std::shared_ptr<const Pack> pack = load();
    ASSERT_TRUE(pack);
    const QList<PackTester::ExerciseReport> reports = PackTester::test(*pack);
    const PackTester::ExerciseReport *report = reportOf(reports, QStringLiteral("survey-form"));
    ASSERT_TRUE(report);
    ASSERT_EQ(report->problems.size(), 1) << describe(*report);
    EXPECT_TRUE(hasProblem(*report,
                           { QStringLiteral("solutions/survey-form.form.json"), QStringLiteral("survey-form"),
                             QStringLiteral("already passes") }))
        << describe(*report);
}

TEST_F(PackTesterTest, QuizThatPassesWithoutAnswersIsReported)
{
    // A quiz whose pass score is 0 passes with no answer at all.
    editExercise(QStringLiteral("basics-quiz"),
                 [](QJsonObject &exercise) { exercise.insert(QStringLiteral("passScore"), 0.0); });
    const std::shared_ptr<const Pack> pack = load();
    ASSERT_TRUE(pack);
    const QList<PackTester::ExerciseReport> reports = PackTester::test(*pack);
    const PackTester::ExerciseReport *report = reportOf(reports, QStringLiteral("basics-quiz"));
    ASSERT_TRUE(report);
    EXPECT_TRUE(hasProblem(*report, { QStringLiteral("basics-quiz"), QStringLiteral("already passes") }))
        << describe(*report);
}

TEST_F(PackTesterTest, ExerciseWithoutHintIsReported)
{
    editExercise(QStringLiteral("clean-visitors"),
                 [](QJsonObject &exercise) { exercise.insert(QStringLiteral("hints"), QJsonArray()); });
    const std::shared_ptr<const Pack> pack = load();
    ASSERT_TRUE(pack);
    const QList<PackTester::ExerciseReport> reports = PackTester::test(*pack);
    const PackTester::ExerciseReport *report = reportOf(reports, QStringLiteral("clean-visitors"));
    ASSERT_TRUE(report);
    ASSERT_EQ(report->problems.size(), 1) << describe(*report);
    EXPECT_TRUE(hasProblem(*report, { QStringLiteral("clean-visitors"), QStringLiteral("no hint") }))
        << describe(*report);
    EXPECT_FALSE(PackTester::allOk(reports));
}

TEST_F(PackTesterTest, UnreadableFilesAreProblemsNotCrashes)
{
    const std::shared_ptr<const Pack> loaded = load();
    ASSERT_TRUE(loaded);
    // A pack whose files changed after loading, or an exercise naming files that are not there.
    QList<Exercise> exercises = loaded->exercises();
    for (Exercise &exercise : exercises) {
        exercise.solution = QStringLiteral("solutions/missing.json");
        exercise.wrongSolutions = { QStringLiteral("../outside.json") };
        exercise.startFile = QStringLiteral("data/missing.csv");
        exercise.rubricFile = QStringLiteral("forms/missing.rubric.json");
    }
    const Pack pack(loaded->manifest(), exercises,
                    std::shared_ptr<const PackSource>(loaded, &loaded->source()));
    const QList<PackTester::ExerciseReport> reports = PackTester::test(pack);
    ASSERT_EQ(reports.size(), exercises.size());
    for (const PackTester::ExerciseReport &report : reports) {
        EXPECT_TRUE(hasProblem(report, { QStringLiteral("solutions/missing.json"), report.exerciseId }))
            << describe(report);
        EXPECT_TRUE(hasProblem(report, { QStringLiteral("../outside.json"), report.exerciseId }))
            << describe(report);
    }
    EXPECT_TRUE(hasProblem(*reportOf(reports, QStringLiteral("clean-visitors")),
                           { QStringLiteral("data/missing.csv") }))
        << describe(*reportOf(reports, QStringLiteral("clean-visitors")));
    EXPECT_FALSE(PackTester::allOk(reports));
}

TEST_F(PackTesterTest, CancelledRunStopsEarly)
{
    const std::shared_ptr<const Pack> pack = load();
    ASSERT_TRUE(pack);
    std::atomic<bool> cancelled { true };
    StepContext context;
    context.cancelled = &cancelled;
    EXPECT_TRUE(PackTester::test(*pack, context).isEmpty());
}
