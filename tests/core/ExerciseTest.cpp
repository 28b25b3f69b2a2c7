#include "lessons/Exercise.h"

#include "cleaning/Recipe.h"
#include "forms/Form.h"
#include "forms/FormRubric.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <optional>

using namespace tenarai;

namespace {
const QString ExampleDir = QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/readme-example/");

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return file.readAll();
}

QByteArray example(const char *name)
{
    return readFile(ExampleDir + QLatin1String(name));
}

// The value at a JSON path ("questions[0].options[1].id") replaced, or removed when value is empty.
QJsonValue editedValue(const QJsonValue &node, const QStringList &steps, qsizetype at, const std::optional<QJsonValue> &value)
{
    const QString &step = steps[at];
    const bool last = at == steps.size() - 1;
    if (step.startsWith(QLatin1Char('['))) {
        QJsonArray array = node.toArray();
        const int index = step.mid(1, step.size() - 2).toInt();
        if (last && !value)
            array.removeAt(index);
        else
            array[index] = last ? *value : editedValue(array[index], steps, at + 1, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (last && !value)
        object.remove(step);
    else
        object[step] = last ? *value : editedValue(object.value(step), steps, at + 1, value);
    return object;
}

QByteArray edited(const QByteArray &json, const QString &path, const std::optional<QJsonValue> &value)
{
    static const QRegularExpression stepPattern(QStringLiteral("\\[\\d+\\]|[^.\\[]+"));
    QStringList steps;
    for (auto it = stepPattern.globalMatch(path); it.hasNext();)
        steps.append(it.next().captured());
    const QJsonValue root = editedValue(QJsonDocument::fromJson(json).object(), steps, 0, value);
    return QJsonDocument(root.toObject()).toJson();
}

QString allIssues(const PackIssues &issues)
{
    QStringList lines;
    for (const PackIssue &issue : issues)
        lines.append(issue.field + QStringLiteral(": ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

bool hasIssue(const PackIssues &issues, PackIssue::Severity severity, const QString &field, const QString &messagePart = {})
{
    for (const PackIssue &issue : issues) {
        if (issue.severity == severity && issue.field == field && issue.file == QStringLiteral("exercise.json")
            && !issue.message.isEmpty() && issue.message.contains(messagePart))
            return true;
    }
    return false;
}

void expectErrorAt(const QByteArray &json, const QString &field, const char *messagePart = "")
{
    PackIssues issues;
    const auto exercise = Exercise::fromJson(json, QStringLiteral("exercise.json"), &issues);
    ASSERT_FALSE(exercise.ok()) << qPrintable(field);
    EXPECT_EQ(exercise.error().file, QStringLiteral("exercise.json"));
    EXPECT_TRUE(hasIssue(issues, PackIssue::Severity::Error, field, QString::fromUtf8(messagePart)))
        << qPrintable(field) << " / " << messagePart << "\n"
        << qPrintable(allIssues(issues));
}

void expectWarningAt(const QByteArray &json, const QString &field)
{
    PackIssues issues;
    const auto exercise = Exercise::fromJson(json, QStringLiteral("exercise.json"), &issues);
    ASSERT_TRUE(exercise.ok()) << qPrintable(exercise.error().toString());
    EXPECT_TRUE(hasIssue(issues, PackIssue::Severity::Warning, field)) << qPrintable(field) << "\n"
                                                                        << qPrintable(allIssues(issues));
}

void expectSame(const Exercise &a, const Exercise &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.instructions, b.instructions);
    EXPECT_EQ(a.hints, b.hints);
    EXPECT_DOUBLE_EQ(a.hintPenalty, b.hintPenalty);
    EXPECT_DOUBLE_EQ(a.passScore, b.passScore);
    EXPECT_EQ(a.solution, b.solution);
    EXPECT_EQ(a.wrongSolutions, b.wrongSolutions);
    EXPECT_EQ(a.startFile, b.startFile);
    EXPECT_EQ(a.targetFile, b.targetFile);
    EXPECT_EQ(a.startImport.encoding, b.startImport.encoding);
    EXPECT_EQ(a.startImport.sheet, b.startImport.sheet);
    EXPECT_EQ(a.startImport.sheetIndex, b.startImport.sheetIndex);
    EXPECT_EQ(a.targetImport.encoding, b.targetImport.encoding);
    EXPECT_EQ(a.targetImport.sheet, b.targetImport.sheet);
    EXPECT_EQ(a.targetImport.sheetIndex, b.targetImport.sheetIndex);
    EXPECT_TRUE(a.compare == b.compare);
    EXPECT_EQ(a.sheetFile, b.sheetFile);
    EXPECT_EQ(a.rubricFile, b.rubricFile);
    EXPECT_EQ(a.startForm, b.startForm);
    EXPECT_TRUE(a.questions == b.questions);
}

Exercise load(const QByteArray &json)
{
    PackIssues issues;
    auto exercise = Exercise::fromJson(json, QStringLiteral("exercise.json"), &issues);
    EXPECT_TRUE(exercise.ok()) << qPrintable(exercise.ok() ? QString() : exercise.error().toString());
    EXPECT_TRUE(issues.isEmpty()) << qPrintable(allIssues(issues));
    return exercise.ok() ? exercise.value() : Exercise();
}

void expectRoundTrip(const Exercise &original)
{
    PackIssues issues;
    const auto again = Exercise::fromJson(original.toJson(), QStringLiteral("exercise.json"), &issues);
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().toString());
    EXPECT_TRUE(issues.isEmpty()) << qPrintable(allIssues(issues));
    expectSame(original, again.value());
    EXPECT_EQ(again->toJson(), original.toJson());
}
} // namespace

TEST(Exercise, KindNamesAreStable)
{
    EXPECT_EQ(exerciseKindName(ExerciseKind::Cleaning), QStringLiteral("cleaning"));
    EXPECT_EQ(exerciseKindName(ExerciseKind::Form), QStringLiteral("form"));
    EXPECT_EQ(exerciseKindName(ExerciseKind::Quiz), QStringLiteral("quiz"));
    for (ExerciseKind kind : {ExerciseKind::Cleaning, ExerciseKind::Form, ExerciseKind::Quiz}) {
        ExerciseKind read = ExerciseKind::Cleaning;
        EXPECT_TRUE(exerciseKindFromName(exerciseKindName(kind), &read));
        EXPECT_EQ(read, kind);
    }
    ExerciseKind unchanged = ExerciseKind::Form;
    EXPECT_FALSE(exerciseKindFromName(QStringLiteral("Quiz"), &unchanged));
    EXPECT_FALSE(exerciseKindFromName(QString(), &unchanged));
    EXPECT_EQ(unchanged, ExerciseKind::Form);
}

TEST(Exercise, ReadsTheReadmeCleaningExample)
{
    const Exercise e = load(example("exercises/unify-dates.json"));
    EXPECT_EQ(e.id, QStringLiteral("unify-dates"));
    EXPECT_EQ(e.kind, ExerciseKind::Cleaning);
    EXPECT_EQ(e.title.ja, s(u"来庁日をそろえる"));
    EXPECT_EQ(e.title.en, QStringLiteral("Unify the visit dates"));
    EXPECT_EQ(e.hints.size(), 2);
    EXPECT_DOUBLE_EQ(e.hintPenalty, 0.1);
    EXPECT_DOUBLE_EQ(e.passScore, 1.0);
    EXPECT_EQ(e.startFile, QStringLiteral("data/visits-start.csv"));
    EXPECT_EQ(e.targetFile, QStringLiteral("data/visits-target.csv"));
    EXPECT_EQ(e.startImport.encoding, QStringLiteral("utf-8"));
    EXPECT_TRUE(e.targetImport.encoding.isEmpty());
    EXPECT_FALSE(e.compare.ignoreColumnOrder);
    EXPECT_TRUE(e.compare.ignoreRowOrder);
    EXPECT_TRUE(e.compare.compareColumnNames);
    EXPECT_EQ(e.compare.keyColumns, QStringList{s(u"受付番号")});
    EXPECT_EQ(e.referencedFiles(),
              (QStringList{QStringLiteral("solutions/unify-dates.recipe.json"), QStringLiteral("solutions/unify-dates.wrong.recipe.json"),
                           QStringLiteral("data/visits-start.csv"), QStringLiteral("data/visits-target.csv")}));
    expectRoundTrip(e);
}

TEST(Exercise, ReadsTheReadmeFormExample)
{
    const Exercise e = load(example("exercises/visit-form.json"));
    EXPECT_EQ(e.kind, ExerciseKind::Form);
    EXPECT_EQ(e.sheetFile, QStringLiteral("data/visit-survey.csv"));
    EXPECT_EQ(e.rubricFile, QStringLiteral("exercises/visit-form.rubric.json"));
    EXPECT_EQ(e.startForm, QStringLiteral("inferred"));
    EXPECT_TRUE(e.wrongSolutions.isEmpty());
    EXPECT_EQ(e.referencedFiles(),
              (QStringList{QStringLiteral("solutions/visit-form.form.json"), QStringLiteral("data/visit-survey.csv"),
                           QStringLiteral("exercises/visit-form.rubric.json")}));
    expectRoundTrip(e);

    // A start form from the pack is a file the exercise refers to; "empty" is the default.
    Exercise withFile = e;
    withFile.startForm = QStringLiteral("forms/start.json");
    EXPECT_TRUE(withFile.referencedFiles().contains(QStringLiteral("forms/start.json")));
    expectRoundTrip(withFile);
    EXPECT_EQ(load(edited(example("exercises/visit-form.json"), QStringLiteral("startForm"), std::nullopt)).startForm,
              QStringLiteral("empty"));
}

TEST(Exercise, ReadsTheReadmeQuizExample)
{
    const Exercise e = load(example("exercises/date-quiz.json"));
    EXPECT_EQ(e.kind, ExerciseKind::Quiz);
    EXPECT_DOUBLE_EQ(e.passScore, 0.6);
    EXPECT_DOUBLE_EQ(e.hintPenalty, 0.1); // the default
    EXPECT_TRUE(e.instructions.isEmpty());
    ASSERT_EQ(e.questions.size(), 3);
    EXPECT_EQ(e.questions[0].type, QuizQuestion::Type::Single);
    EXPECT_EQ(e.questions[1].type, QuizQuestion::Type::Multiple);
    EXPECT_EQ(e.questions[2].type, QuizQuestion::Type::Ordering);
    EXPECT_EQ(e.questions[0].correct, QStringList{QStringLiteral("iso")});
    EXPECT_EQ(e.questions[0].options[1].explanation.en, QStringLiteral("Easy to read, but sorting breaks across eras."));
    EXPECT_EQ(e.questions[2].options[0].text.en, QStringLiteral("Press Check"));
    EXPECT_FALSE(e.questions[2].explanation.isEmpty());
    EXPECT_EQ(e.referencedFiles(), (QStringList{QStringLiteral("solutions/date-quiz.answers.json"),
                                                QStringLiteral("solutions/date-quiz.wrong.answers.json")}));
    expectRoundTrip(e);
}

TEST(Exercise, TheReadmeSolutionsReadAsWhatTheirKindExpects)
{
    const auto recipe = Recipe::fromJson(example("solutions/unify-dates.recipe.json"), QStringLiteral("recipe"));
    ASSERT_TRUE(recipe.ok()) << qPrintable(recipe.error().toString());
    EXPECT_EQ(recipe->entries.size(), 1u);
    EXPECT_EQ(recipe->importOptions.encoding, QStringLiteral("utf-8"));
    EXPECT_TRUE(Recipe::fromJson(example("solutions/unify-dates.wrong.recipe.json")).ok());
    const auto form = Form::fromJson(example("solutions/visit-form.form.json"), QStringLiteral("form"));
    ASSERT_TRUE(form.ok()) << qPrintable(form.error().toString());
    EXPECT_EQ(form->fields().size(), 3);
    const auto rubric = FormRubric::fromJson(example("exercises/visit-form.rubric.json"));
    ASSERT_TRUE(rubric.ok()) << qPrintable(rubric.error().toString());
    const auto answers = QuizAnswers::fromJson(example("solutions/date-quiz.answers.json"));
    ASSERT_TRUE(answers.ok()) << qPrintable(answers.error().toString());
    EXPECT_EQ(answers->answers.value(QStringLiteral("steps")),
              (QStringList{QStringLiteral("select"), QStringLiteral("step"), QStringLiteral("check")}));
    EXPECT_TRUE(QuizAnswers::fromJson(example("solutions/date-quiz.wrong.answers.json")).ok());
}

// lessons/README.md shows the example pack's JSON files; they must stay exactly these files.
TEST(Exercise, TheReadmeShowsTheExamplePackFilesVerbatim)
{
    const QString readme = QString::fromUtf8(readFile(QStringLiteral(TENARAI_SOURCE_DIR "/lessons/README.md")));
    ASSERT_FALSE(readme.isEmpty());
    int checked = 0;
    QDirIterator it(ExampleDir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString text = QString::fromUtf8(readFile(path));
        EXPECT_TRUE(readme.contains(QStringLiteral("```json\n") + text + QStringLiteral("```")))
            << "lessons/README.md does not show " << qPrintable(path) << " as it is";
        ++checked;
    }
    EXPECT_EQ(checked, 10); // pack.json, three exercises, a rubric and five solutions
    // The lesson text excerpt too.
    EXPECT_TRUE(readme.contains(QString::fromUtf8(example("lessons/clean-dates.ja.md"))));
}

TEST(Exercise, EveryRequiredKeyMissingIsAnErrorAtItsPath)
{
    const QByteArray cleaning = example("exercises/unify-dates.json");
    for (const char *key : {"format", "version", "id", "kind", "title", "solution", "start", "target"})
        expectErrorAt(edited(cleaning, QLatin1String(key), std::nullopt), QLatin1String(key), "missing");
    const QByteArray form = example("exercises/visit-form.json");
    for (const char *key : {"sheet", "rubric", "solution"})
        expectErrorAt(edited(form, QLatin1String(key), std::nullopt), QLatin1String(key), "missing");
    const QByteArray quiz = example("exercises/date-quiz.json");
    for (const char *key : {"questions", "solution", "questions[0].id", "questions[0].type", "questions[1].prompt",
                            "questions[1].options", "questions[2].correct", "questions[0].options[1].id",
                            "questions[2].options[0].text"})
        expectErrorAt(edited(quiz, QLatin1String(key), std::nullopt), QLatin1String(key), "missing");
    expectErrorAt(edited(quiz, QStringLiteral("questions"), QJsonArray()), QStringLiteral("questions"), "from 1");
    // The Japanese title is required.
    expectErrorAt(edited(cleaning, QStringLiteral("title.ja"), std::nullopt), QStringLiteral("title"));
}

TEST(Exercise, EachWrongTypeIsAnErrorAtItsPath)
{
    const QByteArray cleaning = example("exercises/unify-dates.json");
    const QList<std::pair<QString, QJsonValue>> cleaningCases{
        {QStringLiteral("id"), 3},
        {QStringLiteral("kind"), 1},
        {QStringLiteral("kind"), QStringLiteral("video")},
        {QStringLiteral("title"), QJsonArray()},
        {QStringLiteral("instructions"), 5},
        {QStringLiteral("hints"), QStringLiteral("look closely")},
        {QStringLiteral("hints[1]"), 5},
        {QStringLiteral("hintPenalty"), 1.5},
        {QStringLiteral("hintPenalty"), QStringLiteral("0.1")},
        {QStringLiteral("passScore"), -0.1},
        {QStringLiteral("solution"), 3},
        {QStringLiteral("wrongSolutions"), QStringLiteral("solutions/x.json")},
        {QStringLiteral("wrongSolutions[0]"), QJsonObject()},
        {QStringLiteral("start"), true},
        {QStringLiteral("target"), QJsonArray()},
        {QStringLiteral("startImport"), QStringLiteral("utf-8")},
        {QStringLiteral("startImport.encoding"), 8},
        {QStringLiteral("targetImport"), 1},
        {QStringLiteral("targetImport.sheetIndex"), -1},
        {QStringLiteral("targetImport.sheetIndex"), 0.5},
        {QStringLiteral("compare"), true},
        {QStringLiteral("compare.ignoreRowOrder"), QStringLiteral("yes")},
        {QStringLiteral("compare.ignoreColumnOrder"), 1},
        {QStringLiteral("compare.compareColumnNames"), QJsonValue()},
        {QStringLiteral("compare.numberTolerance"), -1},
        {QStringLiteral("compare.numberTolerance"), QStringLiteral("0.1")},
        {QStringLiteral("compare.keyColumns"), QStringLiteral("受付番号")},
        {QStringLiteral("compare.keyColumns[0]"), 1},
        {QStringLiteral("compare.keyColumns[0]"), QStringLiteral(" ")},
    };
    for (const auto &[path, value] : cleaningCases)
        expectErrorAt(edited(cleaning, path, value), path);

    const QByteArray form = example("exercises/visit-form.json");
    expectErrorAt(edited(form, QStringLiteral("sheet"), 1), QStringLiteral("sheet"));
    expectErrorAt(edited(form, QStringLiteral("rubric"), QJsonObject()), QStringLiteral("rubric"));
    expectErrorAt(edited(form, QStringLiteral("startForm"), 5), QStringLiteral("startForm"));

    const QByteArray quiz = example("exercises/date-quiz.json");
    const QList<std::pair<QString, QJsonValue>> quizCases{
        {QStringLiteral("questions"), QJsonObject()},
        {QStringLiteral("questions[0]"), QStringLiteral("best-form")},
        {QStringLiteral("questions[0].type"), QStringLiteral("choice")},
        {QStringLiteral("questions[0].type"), 1},
        {QStringLiteral("questions[0].prompt"), 1},
        {QStringLiteral("questions[0].options"), QStringLiteral("iso")},
        {QStringLiteral("questions[0].options[0]"), QStringLiteral("iso")},
        {QStringLiteral("questions[0].options[0].text"), 2024},
        {QStringLiteral("questions[0].options[0].explanation"), true},
        {QStringLiteral("questions[0].correct"), QStringLiteral("iso")},
        {QStringLiteral("questions[0].correct[0]"), 0},
        {QStringLiteral("questions[2].explanation"), 0},
    };
    for (const auto &[path, value] : quizCases)
        expectErrorAt(edited(quiz, path, value), path);

    expectErrorAt("[]", QString(), "JSON object");
    expectErrorAt(edited(cleaning, QStringLiteral("format"), QStringLiteral("tenarai-pack")), QStringLiteral("format"),
                  "tenarai-exercise");
    expectErrorAt(edited(cleaning, QStringLiteral("version"), QStringLiteral("1")), QStringLiteral("version"), "whole number");
}

TEST(Exercise, ANewerFormatVersionNeedsANewerTenarai)
{
    PackIssues issues;
    const auto e = Exercise::fromJson(edited(example("exercises/date-quiz.json"), QStringLiteral("version"), 2),
                                      QStringLiteral("exercise.json"), &issues);
    ASSERT_FALSE(e.ok());
    EXPECT_TRUE(e.error().message.contains(QStringLiteral("needs a newer Tenarai"))) << qPrintable(e.error().message);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].field, QStringLiteral("version"));
}

TEST(Exercise, UnknownKeysAndKeysOfAnotherKindAreWarned)
{
    const QByteArray cleaning = example("exercises/unify-dates.json");
    expectWarningAt(edited(cleaning, QStringLiteral("difficulty"), 3), QStringLiteral("difficulty"));
    expectWarningAt(edited(cleaning, QStringLiteral("questions"), QJsonArray()), QStringLiteral("questions"));
    expectWarningAt(edited(cleaning, QStringLiteral("compare.caseSensitive"), true), QStringLiteral("compare.caseSensitive"));
    expectWarningAt(edited(cleaning, QStringLiteral("startImport.delimiter"), QStringLiteral(";")),
                    QStringLiteral("startImport.delimiter"));
    expectWarningAt(edited(example("exercises/visit-form.json"), QStringLiteral("start"), QStringLiteral("data/a.csv")),
                    QStringLiteral("start"));
    const QByteArray quiz = example("exercises/date-quiz.json");
    expectWarningAt(edited(quiz, QStringLiteral("rubric"), QStringLiteral("a.json")), QStringLiteral("rubric"));
    expectWarningAt(edited(quiz, QStringLiteral("questions[1].shuffle"), true), QStringLiteral("questions[1].shuffle"));
    expectWarningAt(edited(quiz, QStringLiteral("questions[1].options[0].image"), QStringLiteral("images/a.png")),
                    QStringLiteral("questions[1].options[0].image"));
    // Key columns mean nothing while the row order counts.
    expectWarningAt(edited(cleaning, QStringLiteral("compare.ignoreRowOrder"), false), QStringLiteral("compare.keyColumns"));
}

TEST(Exercise, QuizQuestionsMustBeConsistent)
{
    const QByteArray quiz = example("exercises/date-quiz.json");
    // Option ids are unique in their question (but may repeat across questions).
    expectErrorAt(edited(quiz, QStringLiteral("questions[1].options[1].id"), QStringLiteral("slash")),
                  QStringLiteral("questions[1].options[1].id"), "twice");
    load(edited(quiz, QStringLiteral("questions[1].options[2].id"), QStringLiteral("iso")));
    // Renaming an option leaves "correct" naming one that is gone.
    expectErrorAt(edited(quiz, QStringLiteral("questions[1].options[0].id"), QStringLiteral("iso")),
                  QStringLiteral("questions[1].correct[0]"), "slash");
    // Correct ids exist.
    expectErrorAt(edited(quiz, QStringLiteral("questions[0].correct[0]"), QStringLiteral("nope")),
                  QStringLiteral("questions[0].correct[0]"), "nope");
    // Single: exactly one.
    expectErrorAt(edited(quiz, QStringLiteral("questions[0].correct"), QJsonArray{QStringLiteral("iso"), QStringLiteral("wareki")}),
                  QStringLiteral("questions[0].correct"), "exactly one");
    expectErrorAt(edited(quiz, QStringLiteral("questions[0].correct"), QJsonArray()), QStringLiteral("questions[0].correct"),
                  "exactly one");
    // Multiple: at least one, none twice.
    expectErrorAt(edited(quiz, QStringLiteral("questions[1].correct"), QJsonArray()), QStringLiteral("questions[1].correct"),
                  "at least one");
    expectErrorAt(edited(quiz, QStringLiteral("questions[1].correct[1]"), QStringLiteral("slash")),
                  QStringLiteral("questions[1].correct[1]"), "twice");
    // Ordering: every option once.
    expectErrorAt(edited(quiz, QStringLiteral("questions[2].correct[2]"), std::nullopt), QStringLiteral("questions[2].correct"),
                  "every option");
    expectErrorAt(edited(quiz, QStringLiteral("questions[2].correct[2]"), QStringLiteral("select")),
                  QStringLiteral("questions[2].correct[2]"), "twice");
    // At least two options; question ids unique; ids well formed.
    QJsonArray one{QJsonObject{{QStringLiteral("id"), QStringLiteral("iso")}, {QStringLiteral("text"), QStringLiteral("x")}}};
    expectErrorAt(edited(quiz, QStringLiteral("questions[0].options"), one), QStringLiteral("questions[0].options"), "2");
    expectErrorAt(edited(quiz, QStringLiteral("questions[2].id"), QStringLiteral("best-form")), QStringLiteral("questions[2].id"),
                  "twice");
    expectErrorAt(edited(quiz, QStringLiteral("questions[2].id"), QStringLiteral("Steps")), QStringLiteral("questions[2].id"));
    expectErrorAt(edited(quiz, QStringLiteral("questions[0].options[0].id"), QStringLiteral("i so")),
                  QStringLiteral("questions[0].options[0].id"));
}

TEST(Exercise, LimitsAreChecked)
{
    const QByteArray cleaning = example("exercises/unify-dates.json");
    QJsonArray hints;
    for (int i = 0; i <= Exercise::MaxHints; ++i)
        hints.append(QStringLiteral("hint %1").arg(i));
    expectErrorAt(edited(cleaning, QStringLiteral("hints"), hints), QStringLiteral("hints"), "at most");
    // No hints at all loads; `pack test` is what reports it.
    EXPECT_TRUE(load(edited(cleaning, QStringLiteral("hints"), QJsonArray())).hints.isEmpty());

    const QByteArray quiz = example("exercises/date-quiz.json");
    QJsonArray options;
    for (int i = 0; i <= Exercise::MaxOptions; ++i)
        options.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("o%1").arg(i)}, {QStringLiteral("text"), QStringLiteral("x")}});
    expectErrorAt(edited(quiz, QStringLiteral("questions[1].options"), options), QStringLiteral("questions[1].options"));
    QJsonArray questions;
    const QJsonValue question = QJsonDocument::fromJson(quiz).object().value(QStringLiteral("questions")).toArray().at(0);
    for (int i = 0; i <= Exercise::MaxQuestions; ++i) {
        QJsonObject q = question.toObject();
        q[QStringLiteral("id")] = QStringLiteral("q%1").arg(i);
        questions.append(q);
    }
    expectErrorAt(edited(quiz, QStringLiteral("questions"), questions), QStringLiteral("questions"));
    const auto huge = Exercise::fromJson(cleaning + QByteArray(5 * 1024 * 1024, ' '), QStringLiteral("x.json"), nullptr);
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().kind, Error::Kind::TooLarge);
}

TEST(Exercise, IdsAndPathsAreChecked)
{
    const QByteArray cleaning = example("exercises/unify-dates.json");
    for (const char *bad : {"Unify", "unify_dates", "-unify", "unify.dates", ""})
        expectErrorAt(edited(cleaning, QStringLiteral("id"), QLatin1String(bad)), QStringLiteral("id"));
    for (const char *bad : {"../data/a.csv", "/data/a.csv", "data\\a.csv", "C:/a.csv", ""}) {
        expectErrorAt(edited(cleaning, QStringLiteral("start"), QLatin1String(bad)), QStringLiteral("start"));
        expectErrorAt(edited(cleaning, QStringLiteral("wrongSolutions[0]"), QLatin1String(bad)),
                      QStringLiteral("wrongSolutions[0]"));
    }
    expectErrorAt(edited(example("exercises/visit-form.json"), QStringLiteral("startForm"), QStringLiteral("../form.json")),
                  QStringLiteral("startForm"));
}

TEST(Exercise, BrokenJsonNamesLineAndColumn)
{
    const QByteArray json = "{\n  \"format\": \"tenarai-exercise\",\n  \"id\": \"a\" \"kind\": \"quiz\"\n}\n";
    PackIssues issues;
    const auto e = Exercise::fromJson(json, QStringLiteral("exercises/a.json"), &issues);
    ASSERT_FALSE(e.ok());
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].file, QStringLiteral("exercises/a.json"));
    EXPECT_EQ(issues[0].line, 3);
    EXPECT_GE(issues[0].column, 13);
    EXPECT_LE(issues[0].column, 14);
}

TEST(Exercise, AllErrorsAreCollectedWithTheirPaths)
{
    QByteArray quiz = example("exercises/date-quiz.json");
    quiz = edited(quiz, QStringLiteral("hintPenalty"), 3);
    quiz = edited(quiz, QStringLiteral("questions[0].correct[0]"), QStringLiteral("nope"));
    quiz = edited(quiz, QStringLiteral("questions[2].type"), QStringLiteral("rank"));
    PackIssues issues;
    EXPECT_FALSE(Exercise::fromJson(quiz, QStringLiteral("exercise.json"), &issues).ok());
    EXPECT_TRUE(hasIssue(issues, PackIssue::Severity::Error, QStringLiteral("hintPenalty")));
    EXPECT_TRUE(hasIssue(issues, PackIssue::Severity::Error, QStringLiteral("questions[0].correct[0]")));
    EXPECT_TRUE(hasIssue(issues, PackIssue::Severity::Error, QStringLiteral("questions[2].type")));
}

TEST(Exercise, SavesAndLoadsAnExerciseBuiltInCode)
{
    Exercise e;
    e.id = QStringLiteral("built");
    e.kind = ExerciseKind::Cleaning;
    e.title = {s(u"作った課題"), QString()};
    e.instructions = {s(u"説明"), QStringLiteral("Explanation")};
    e.hints = {{s(u"ヒント"), QString()}};
    e.hintPenalty = 0.25;
    e.passScore = 0.9;
    e.solution = QStringLiteral("solutions/built.json");
    e.startFile = QStringLiteral("data/start.xlsx");
    e.targetFile = QStringLiteral("data/target.xlsx");
    e.startImport.sheet = s(u"名簿");
    e.targetImport.sheetIndex = 2;
    e.compare.ignoreColumnOrder = true;
    e.compare.compareColumnNames = false;
    e.compare.numberTolerance = 0.005;
    expectRoundTrip(e);
}

TEST(QuizAnswers, SavesAndLoadsAndRefusesWhatIsNotAnswers)
{
    QuizAnswers answers;
    answers.answers.insert(QStringLiteral("q1"), {QStringLiteral("b")});
    answers.answers.insert(QStringLiteral("q2"), {QStringLiteral("c"), QStringLiteral("a")});
    answers.answers.insert(QStringLiteral("q3"), {});
    const auto again = QuizAnswers::fromJson(answers.toJson(), QStringLiteral("a.json"));
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().toString());
    EXPECT_EQ(again->answers, answers.answers);

    auto expectRefused = [](const QByteArray &json, const QString &part) {
        const auto result = QuizAnswers::fromJson(json, QStringLiteral("answers.json"));
        ASSERT_FALSE(result.ok()) << json.constData();
        EXPECT_EQ(result.error().file, QStringLiteral("answers.json"));
        EXPECT_EQ(result.error().part, part) << qPrintable(result.error().toString());
    };
    const QByteArray good = answers.toJson();
    expectRefused(edited(good, QStringLiteral("format"), QStringLiteral("tenarai-recipe")), QStringLiteral("format"));
    expectRefused(edited(good, QStringLiteral("version"), std::nullopt), QStringLiteral("version"));
    expectRefused(edited(good, QStringLiteral("answers"), std::nullopt), QStringLiteral("answers"));
    expectRefused(edited(good, QStringLiteral("answers"), QJsonArray()), QStringLiteral("answers"));
    expectRefused(edited(good, QStringLiteral("answers.q1"), QStringLiteral("b")), QStringLiteral("answers.q1"));
    expectRefused(edited(good, QStringLiteral("answers.q2[1]"), 1), QStringLiteral("answers.q2[1]"));
    expectRefused(edited(good, QStringLiteral("answers.q2[1]"), QStringLiteral("c")), QStringLiteral("answers.q2[1]"));
    const auto newer = QuizAnswers::fromJson(edited(good, QStringLiteral("version"), 2), QStringLiteral("answers.json"));
    ASSERT_FALSE(newer.ok());
    EXPECT_TRUE(newer.error().message.contains(QStringLiteral("needs a newer Tenarai")));
    const auto broken = QuizAnswers::fromJson("{\"format\": ", QStringLiteral("answers.json"));
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().part.contains(QStringLiteral("line 1"))) << qPrintable(broken.error().toString());
}
