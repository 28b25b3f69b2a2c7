// Checking a learner's answer with the checker of its exercise's kind: reference solutions pass,
// wrong ones fail with feedback that says where and why, answers that cannot be checked at all
// give an error naming what is wrong, and hints cost what the exercise says.
#include "lessons/ExerciseChecker.h"
#include "lessons/PackLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>

using namespace tenarai;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

LocalizedText ja(const char *utf8)
{
    LocalizedText text;
    text.ja = s(utf8);
    return text;
}

const char *StartCsv = "番号,氏名,受付日,参加費\n"
                       "1, 山田 花子 ,2024/4/1,\"1,000\"\n"
                       "2,鈴木 一郎,令和6年4月2日,500\n"
                       "3,佐藤 次郎,2024-04-03,０\n";
const char *TargetCsv = "番号,氏名,受付日,参加費\n"
                        "1,山田 花子,2024-04-01,1000\n"
                        "2,鈴木 一郎,2024-04-02,500\n"
                        "3,佐藤 次郎,2024-04-03,0\n";
const char *SurveyCsv = "年齢,来庁の目的,ご意見\n"
                        "34,届出,特になし\n"
                        "51,相談,\n"
                        "28,届出,駐車場が狭い\n"
                        "45,その他,\n";
const char *RubricJson = R"({"format": "tenarai-form-rubric", "version": 1, "titleRequired": true, "items": [
    {"id": "age", "label": "年齢", "types": ["integer"]},
    {"id": "visit", "label": "来庁の目的", "types": ["choice"], "required": true, "choices": ["届出", "相談", "その他"]}
]})";

const char *RightRecipe = R"({"format": "tenarai-recipe", "version": 1, "steps": [
    {"type": "trim"},
    {"type": "normalizeDates", "parameters": {"columns": ["受付日"]}},
    {"type": "changeType", "parameters": {"columns": ["参加費"], "to": "number"}}
]})";
// Forgets the dates.
const char *WrongRecipe = R"({"format": "tenarai-recipe", "version": 1, "steps": [
    {"type": "trim"},
    {"type": "changeType", "parameters": {"columns": ["参加費"], "to": "number"}}
]})";
const char *FailingRecipe = R"({"format": "tenarai-recipe", "version": 1, "steps": [
    {"type": "trim"},
    {"type": "fillDown", "parameters": {"columns": ["存在しない列"]}}
]})";

const char *RightForm
    = R"({"format": "tenarai-form", "version": 1, "title": "窓口アンケート", "sections": [{"fields": [
    {"id": "age", "type": "integer", "label": "年齢"},
    {"id": "visit", "type": "choice", "label": "来庁の目的", "required": true, "choices": ["届出", "相談", "その他"]}
]}]})";
const char *WrongForm
    = R"({"format": "tenarai-form", "version": 1, "title": "窓口アンケート", "sections": [{"fields": [
    {"id": "age", "type": "integer", "label": "年齢"},
    {"id": "purpose", "type": "text", "label": "来庁の目的"}
]}]})";

// A pack written to a temporary folder and built in code, so that these tests depend on the
// checkers and the Pack API only, not on the manifest format.
class TemporaryPack
{
public:
    TemporaryPack()
    {
        write(QStringLiteral("data/start.csv"), StartCsv);
        write(QStringLiteral("data/target.csv"), TargetCsv);
        write(QStringLiteral("data/survey.csv"), SurveyCsv);
        write(QStringLiteral("forms/survey.rubric.json"), RubricJson);

        Exercise cleaning;
        cleaning.id = QStringLiteral("clean-list");
        cleaning.kind = ExerciseKind::Cleaning;
        cleaning.title = ja("名簿を整える");
        cleaning.hints = { ja("前後の空白を削除します。"), ja("日付をそろえます。") };
        cleaning.hintPenalty = 0.1;
        cleaning.startFile = QStringLiteral("data/start.csv");
        cleaning.targetFile = QStringLiteral("data/target.csv");

        Exercise form;
        form.id = QStringLiteral("survey-form");
        form.kind = ExerciseKind::Form;
        form.hints = { ja("題名を付けます。") };
        form.sheetFile = QStringLiteral("data/survey.csv");
        form.rubricFile = QStringLiteral("forms/survey.rubric.json");

        Exercise quiz;
        quiz.id = QStringLiteral("quiz");
        quiz.kind = ExerciseKind::Quiz;
        quiz.hints = { ja("本文を読み返しましょう。") };
        quiz.passScore = 0.6;
        QuizQuestion single;
        single.id = QStringLiteral("q-date");
        single.type = QuizQuestion::Type::Single;
        single.options
            = { { QStringLiteral("opt-zq-right"), ja("2024-04-01"), ja("並べ替えても順番が崩れません。") },
                { QStringLiteral("opt-wareki"), ja("令和6年4月1日"), ja("和暦は並べ替えに向きません。") } };
        single.correct = { QStringLiteral("opt-zq-right") };
        single.explanation = ja("日付は一つの形にそろえます。");
        QuizQuestion multiple;
        multiple.id = QStringLiteral("q-spaces");
        multiple.type = QuizQuestion::Type::Multiple;
        multiple.options
            = { { QStringLiteral("spaces"), ja("前後の空白"), ja("見えない空白で別の値になります。") },
                { QStringLiteral("width"), ja("全角と半角"), ja("１と1は別の文字です。") },
                { QStringLiteral("font"), ja("フォント"), ja("フォントは値を変えません。") } };
        multiple.correct = { QStringLiteral("spaces"), QStringLiteral("width") };
        QuizQuestion ordering;
        ordering.id = QStringLiteral("q-order");
        ordering.type = QuizQuestion::Type::Ordering;
        ordering.options = { { QStringLiteral("trim"), ja("空白を取る"), {} },
                             { QStringLiteral("dates"), ja("日付をそろえる"), {} },
                             { QStringLiteral("check"), ja("確認する"), {} } };
        ordering.correct = { QStringLiteral("trim"), QStringLiteral("dates"), QStringLiteral("check") };
        quiz.questions = { single, multiple, ordering };

        m_exercises = { cleaning, form, quiz };
    }

    void write(const QString &path, const QByteArray &bytes)
    {
        const QString full = m_dir.filePath(path);
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile file(full);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        m_files[path]
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    Exercise &exercise(int index) { return m_exercises[index]; }

    std::shared_ptr<const Pack> pack()
    {
        PackManifest manifest;
        manifest.id = QStringLiteral("test.checker");
        manifest.version = QStringLiteral("1.0.0");
        manifest.files = m_files;
        LessonEntry lesson;
        lesson.id = QStringLiteral("all");
        for (const Exercise &e : std::as_const(m_exercises)) {
            lesson.exercises << e.id;
            manifest.exercises.append(
                { e.id, QStringLiteral("exercises/") + e.id + QStringLiteral(".json") });
        }
        manifest.lessons = { lesson };
        auto source = PackSource::open(m_dir.path());
        EXPECT_TRUE(source.ok()) << (source ? std::string() : source.error().toString().toStdString());
        if (!source)
            return nullptr;
        return std::make_shared<const Pack>(manifest, m_exercises, source.value());
    }

private:
    QTemporaryDir m_dir;
    QMap<QString, QString> m_files;
    QList<Exercise> m_exercises;
};

std::string describe(const Error &error)
{
    return error.toString().toStdString();
}

QuizAnswers answers(const QMap<QString, QStringList> &map)
{
    QuizAnswers a;
    a.answers = map;
    return a;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

} // namespace

TEST(ExerciseChecker, CleaningReferenceRecipePasses)
{
    TemporaryPack temporary;
    const auto pack = temporary.pack();
    ASSERT_TRUE(pack);
    const Exercise &exercise = pack->exercises().at(0);

    const Result<Table> start = ExerciseChecker::startTable(*pack, exercise);
    ASSERT_TRUE(start.ok()) << describe(start.error());
    EXPECT_EQ(start->columnNames(), (QStringList { s("番号"), s("氏名"), s("受付日"), s("参加費") }));
    EXPECT_EQ(start->rowCount(), 3);

    const Result<CheckResult> result = ExerciseChecker::check(*pack, exercise, RightRecipe);
    ASSERT_TRUE(result.ok()) << describe(result.error());
    EXPECT_TRUE(result->passed) << result->summary.toStdString();
    EXPECT_DOUBLE_EQ(result->score, 1.0);
    EXPECT_EQ(result->wrongCells, 0);
    EXPECT_EQ(result->result.rowCount(), 3);

    // The start itself does not pass: a learner has work to do.
    const Result<CheckResult> untouched = ExerciseChecker::checkTable(*pack, exercise, start.value());
    ASSERT_TRUE(untouched.ok());
    EXPECT_FALSE(untouched->passed);
    EXPECT_GT(untouched->wrongCells, 0);
}

TEST(ExerciseChecker, CleaningWrongRecipeFailsWithCellFeedback)
{
    TemporaryPack temporary;
    const auto pack = temporary.pack();
    ASSERT_TRUE(pack);
    const Result<CheckResult> result = ExerciseChecker::check(*pack, pack->exercises().at(0), WrongRecipe);
    ASSERT_TRUE(result.ok()) << describe(result.error());
    EXPECT_FALSE(result->passed);
    // Two of the three dates were written another way; the third already was in the target's form.
    EXPECT_EQ(result->wrongCells, 2);
    ASSERT_EQ(result->feedback.size(), 2);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(result->feedback[i].target, CheckFeedback::Target::Cell);
        EXPECT_EQ(result->feedback[i].row, i);
        EXPECT_EQ(result->feedback[i].column, 2);
        EXPECT_EQ(result->feedback[i].columnName, s("受付日"));
        EXPECT_EQ(result->feedback[i].message, QStringLiteral("The date is written in a different form."));
    }
    EXPECT_EQ(result->summary, QStringLiteral("2 cell(s) left"));
    EXPECT_DOUBLE_EQ(result->score, 10.0 / 12.0);
}

TEST(ExerciseChecker, PassScoreBelowOneAcceptsAShareOfCells)
{
    TemporaryPack temporary;
    temporary.exercise(0).passScore = 0.8;
    const auto pack = temporary.pack();
    ASSERT_TRUE(pack);
    // 10 of 12 cells right is above 0.8, but a wrong cell still fails the table check.
    const Result<CheckResult> result = ExerciseChecker::check(*pack, pack->exercises().at(0), WrongRecipe);
    ASSERT_TRUE(result.ok());
    EXPECT_FALSE(result->passed);
}

TEST(ExerciseChecker, FailingStepIsAnErrorNamingTheStep)
{
    TemporaryPack temporary;
    const auto pack = temporary.pack();
    ASSERT_TRUE(pack);
    const Result<CheckResult> result = ExerciseChecker::check(*pack, pack->exercises().at(0), FailingRecipe);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.startsWith(QStringLiteral("Step 2 could not run: ")))
        << describe(result.error());
    EXPECT_TRUE(result.error().toString().contains(s("存在しない列"))) << describe(result.error());
    EXPECT_TRUE(result.error().toString().contains(QStringLiteral("Fill down"))) << describe(result.error());
}

TEST(ExerciseChecker, CancelledCheckIsAnError)
{
    TemporaryPack temporary;
    const auto pack = temporary.pack();
    ASSERT_TRUE(pack);
    std::atomic<bool> cancelled { true };
    StepContext context;
    context.cancelled = &cancelled;
    const Result<CheckResult> result
        = ExerciseChecker::check(*pack, pack->exercises().at(0), RightRecipe, context);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, Error::Kind::Cancelled);
}

TEST(ExerciseChecker, UnreadableAnswerIsAnErrorNamingIt)
{
    TemporaryPack temporary;
    const auto pack = temporary.pack();
    ASSERT_TRUE(pack);
    for (int i = 0; i < 3; ++i) {
        const Exercise &exercise = pack->exercises().at(i);
        const Result<CheckResult> broken = ExerciseChecker::check(*pack, exercise, "{\"format\": ");
        ASSERT_FALSE(broken.ok()) << exercise.id.toStdString();
        EXPECT_TRUE(broken.error().toString().contains(exercise.id)) << describe(broken.error());
        EXPECT_FALSE(broken.error().message.isEmpty());
    }
    // A quiz-answers file where a recipe belongs.
    const Result<CheckResult> wrongKind = ExerciseChecker::check(
        *pack, pack->exercises().at(0), R"({"format": "tenarai-quiz-answers", "version": 1, "answers": {}})");
    ASSERT_FALSE(wrongKind.ok());
    EXPECT_TRUE(wrongKind.error().toString().contains(QStringLiteral("clean-list")))
        << describe(wrongKind.error());
}

TEST(ExerciseChecker, FormReferencePassesAndWrongFormNamesTheField)
{
    TemporaryPack temporary;
    const auto pack = temporary.pack();
    ASSERT_TRUE(pack);
    const Exercise &exercise = pack->exercises().at(1);

    const Result<CheckResult> right = ExerciseChecker::check(*pack, exercise, RightForm);
    ASSERT_TRUE(right.ok()) << describe(right.error());
    EXPECT_TRUE(right->passed) << right->summary.toStdString();
    EXPECT_DOUBLE_EQ(right->score, 1.0);
    EXPECT_TRUE(right->feedback.isEmpty());
    EXPECT_FALSE(right->rubric.isEmpty());

    const Result<CheckResult> wrong = ExerciseChecker::check(*pack, exercise, WrongForm);
    ASSERT_TRUE(wrong.ok()) << describe(wrong.error());
    EXPECT_FALSE(wrong->passed);
    ASSERT_EQ(wrong->feedback.size(), 1);
    EXPECT_EQ(wrong->feedback.first().target, CheckFeedback::Target::Field);
    EXPECT_EQ(wrong->feedback.first().fieldId, QStringLiteral("purpose")); // the learner's own field
    EXPECT_FALSE(wrong->feedback.first().message.isEmpty());
    const int items = int(wrong->rubric.size());
    EXPECT_DOUBLE_EQ(wrong->score, double(items - 1) / items);
    EXPECT_EQ(wrong->summary, QStringLiteral("%1 of %2 items met").arg(items - 1).arg(items));

    // A form without the field at all: the feedback names the rubric item.
    Form empty;
    empty.title = s("窓口アンケート");
    const Result<CheckResult> none = ExerciseChecker::checkForm(*pack, exercise, empty);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->passed);
    QStringList ids;
    for (const CheckFeedback &f : none->feedback)
        ids << f.fieldId;
    EXPECT_TRUE(ids.contains(QStringLiteral("age")) && ids.contains(QStringLiteral("visit")))
        << ids.join(QLatin1Char(',')).toStdString();
}

// A form that meets every rubric item but cannot work as designed (a condition on a yes/no field
// compared with 「はい」 rather than yes) does not pass: the learner would hand out a broken form.
TEST(ExerciseChecker, FormWithItsOwnProblemsDoesNotPass)
{
    TemporaryPack temporary;
    const auto pack = temporary.pack();
    ASSERT_TRUE(pack);
    const Exercise &exercise = pack->exercises().at(1);
    Result<Form> form = Form::fromJson(RightForm);
    ASSERT_TRUE(form.ok());
    ASSERT_TRUE(ExerciseChecker::checkForm(*pack, exercise, form.value())->passed);

    Form broken = form.value();
    FormField consent;
    consent.id = QStringLiteral("consent");
    consent.type = FieldType::YesNo;
    consent.label = s("連絡してよいですか");
    FormField how;
    how.id = QStringLiteral("how");
    how.type = FieldType::Text;
    how.label = s("連絡方法");
    how.condition = FieldCondition { QStringLiteral("consent"), FieldCondition::Operator::Equals, s("はい") };
    broken.sections.last().fields << consent << how;
    ASSERT_FALSE(broken.problems().isEmpty());

    const Result<CheckResult> checked = ExerciseChecker::checkForm(*pack, exercise, broken);
    ASSERT_TRUE(checked.ok());
    EXPECT_FALSE(checked->passed);
    ASSERT_FALSE(checked->feedback.isEmpty());
    EXPECT_TRUE(checked->feedback.last().message.contains(s("連絡方法"))) << checked->feedback.last().message.toStdString();
    EXPECT_TRUE(checked->summary.contains(QStringLiteral("problem"))) << checked->summary.toStdString();
}

TEST(ExerciseChecker, StartForms)
{
    TemporaryPack temporary;
    temporary.write(QStringLiteral("forms/start.form.json"), WrongForm);
    {
        const auto pack = temporary.pack();
        const Result<Form> empty = ExerciseChecker::startForm(*pack, pack->exercises().at(1));
        ASSERT_TRUE(empty.ok());
        EXPECT_TRUE(empty->fields().isEmpty());
    }
    temporary.exercise(1).startForm = QStringLiteral("inferred");
    {
        const auto pack = temporary.pack();
        const Result<Form> inferred = ExerciseChecker::startForm(*pack, pack->exercises().at(1));
        ASSERT_TRUE(inferred.ok()) << describe(inferred.error());
        QStringList labels;
        for (const FormField &field : inferred->fields())
            labels << field.label;
        EXPECT_EQ(labels, (QStringList { s("年齢"), s("来庁の目的"), s("ご意見") }));
    }
    temporary.exercise(1).startForm = QStringLiteral("forms/start.form.json");
    {
        const auto pack = temporary.pack();
        const Result<Form> fromFile = ExerciseChecker::startForm(*pack, pack->exercises().at(1));
        ASSERT_TRUE(fromFile.ok()) << describe(fromFile.error());
        ASSERT_EQ(fromFile->fields().size(), 2);
        EXPECT_EQ(fromFile->fields().at(1).id, QStringLiteral("purpose"));
    }
    temporary.exercise(1).startForm = QStringLiteral("forms/missing.form.json");
    {
        const auto pack = temporary.pack();
        const Result<Form> missing = ExerciseChecker::startForm(*pack, pack->exercises().at(1));
        ASSERT_FALSE(missing.ok());
        EXPECT_TRUE(missing.error().toString().contains(QStringLiteral("forms/missing.form.json")))
            << describe(missing.error());
    }
}

TEST(ExerciseChecker, QuizPerQuestionWithExplanationsAndPartialAnswers)
{
    TemporaryPack temporary;
    const auto pack = temporary.pack();
    ASSERT_TRUE(pack);
    const Exercise &quiz = pack->exercises().at(2);

    const CheckResult all = ExerciseChecker::checkQuiz(
        quiz,
        answers({ { QStringLiteral("q-date"), { QStringLiteral("opt-zq-right") } },
                  { QStringLiteral("q-spaces"), { QStringLiteral("width"), QStringLiteral("spaces") } },
                  { QStringLiteral("q-order"),
                    { QStringLiteral("trim"), QStringLiteral("dates"), QStringLiteral("check") } } }));
    EXPECT_TRUE(all.passed);
    EXPECT_DOUBLE_EQ(all.score, 1.0);
    EXPECT_EQ(all.summary, QStringLiteral("3 of 3 questions right"));

    // One wrong, one right, one not answered.
    const CheckResult partial = ExerciseChecker::checkQuiz(
        quiz,
        answers({ { QStringLiteral("q-date"), { QStringLiteral("opt-wareki") } },
                  { QStringLiteral("q-spaces"), { QStringLiteral("spaces"), QStringLiteral("width") } } }));
    EXPECT_FALSE(partial.passed);
    EXPECT_DOUBLE_EQ(partial.score, 1.0 / 3.0);
    EXPECT_EQ(partial.summary, QStringLiteral("1 of 3 questions right"));
    ASSERT_EQ(partial.feedback.size(), 3);
    const CheckFeedback &date = partial.feedback[0];
    EXPECT_EQ(date.target, CheckFeedback::Target::Question);
    EXPECT_EQ(date.questionId, QStringLiteral("q-date"));
    EXPECT_TRUE(date.message.startsWith(QStringLiteral("Not right yet."))) << date.message.toStdString();
    EXPECT_TRUE(date.message.contains(s("和暦は並べ替えに向きません。"))); // the chosen option's explanation
    EXPECT_TRUE(date.message.contains(s("日付は一つの形にそろえます。"))); // the question's explanation
    EXPECT_FALSE(date.message.contains(QStringLiteral("opt-zq-right")));
    EXPECT_FALSE(date.message.contains(s("並べ替えても順番が崩れません"))); // the right option's explanation
    EXPECT_TRUE(partial.feedback[1].message.startsWith(QStringLiteral("Right.")));
    EXPECT_TRUE(partial.feedback[1].message.contains(s("見えない空白で別の値になります。")));
    EXPECT_FALSE(partial.feedback[1].message.contains(s("フォントは値を変えません。")));
    EXPECT_EQ(partial.feedback[2].questionId, QStringLiteral("q-order"));
    EXPECT_EQ(partial.feedback[2].message, QStringLiteral("Not answered yet."));

    // Multiple: a subset or a superset is wrong. Ordering: the order counts.
    const CheckResult near = ExerciseChecker::checkQuiz(
        quiz,
        answers(
            { { QStringLiteral("q-date"), { QStringLiteral("opt-zq-right"), QStringLiteral("opt-wareki") } },
              { QStringLiteral("q-spaces"),
                { QStringLiteral("spaces"), QStringLiteral("width"), QStringLiteral("font") } },
              { QStringLiteral("q-order"),
                { QStringLiteral("dates"), QStringLiteral("trim"), QStringLiteral("check") } } }));
    EXPECT_DOUBLE_EQ(near.score, 0.0);
    EXPECT_EQ(near.summary, QStringLiteral("0 of 3 questions right"));

    // passScore 0.6: two of three right pass.
    const CheckResult two = ExerciseChecker::checkQuiz(
        quiz,
        answers({ { QStringLiteral("q-date"), { QStringLiteral("opt-zq-right") } },
                  { QStringLiteral("q-order"),
                    { QStringLiteral("trim"), QStringLiteral("dates"), QStringLiteral("check") } } }));
    EXPECT_TRUE(two.passed);
    EXPECT_NEAR(two.score, 2.0 / 3.0, 1e-12);

    // Through check(): the bytes of an answers file.
    const Result<CheckResult> fromBytes = ExerciseChecker::check(
        *pack, quiz, answers({ { QStringLiteral("q-date"), { QStringLiteral("opt-zq-right") } } }).toJson());
    ASSERT_TRUE(fromBytes.ok()) << describe(fromBytes.error());
    EXPECT_DOUBLE_EQ(fromBytes->score, 1.0 / 3.0);
}

TEST(ExerciseChecker, ScoreWithHints)
{
    Exercise exercise;
    exercise.hintPenalty = 0.1;
    EXPECT_DOUBLE_EQ(ExerciseChecker::scoreWithHints(exercise, 1.0, 0), 1.0);
    EXPECT_NEAR(ExerciseChecker::scoreWithHints(exercise, 1.0, 2), 0.8, 1e-12);
    EXPECT_NEAR(ExerciseChecker::scoreWithHints(exercise, 0.5, 3), 0.2, 1e-12);
    EXPECT_DOUBLE_EQ(ExerciseChecker::scoreWithHints(exercise, 0.5, 20), 0.0);
    EXPECT_DOUBLE_EQ(ExerciseChecker::scoreWithHints(exercise, 0.7, -4), 0.7);
    exercise.hintPenalty = 0.0;
    EXPECT_DOUBLE_EQ(ExerciseChecker::scoreWithHints(exercise, 0.9, 5), 0.9);
}

TEST(ExerciseChecker, GoodBasicPackSolutionsPassAndWrongOnesFail)
{
    const QString path = QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/good-basic");
    const PackLoadResult loaded = PackLoader::load(path);
    ASSERT_TRUE(loaded.ok()) << (loaded.errors.isEmpty() ? std::string()
                                                         : loaded.errors.first().toString().toStdString());
    const Pack &pack = *loaded.pack;
    ASSERT_EQ(pack.exercises().size(), 3);
    for (const Exercise &exercise : pack.exercises()) {
        const Result<QByteArray> solution = pack.readFile(exercise.solution);
        ASSERT_TRUE(solution.ok()) << describe(solution.error());
        const Result<CheckResult> right = ExerciseChecker::check(pack, exercise, solution.value());
        ASSERT_TRUE(right.ok()) << exercise.id.toStdString() << ": " << describe(right.error());
        EXPECT_TRUE(right->passed) << exercise.id.toStdString() << ": " << right->summary.toStdString();
        EXPECT_DOUBLE_EQ(right->score, 1.0) << exercise.id.toStdString();
        ASSERT_FALSE(exercise.wrongSolutions.isEmpty());
        for (const QString &file : exercise.wrongSolutions) {
            const Result<QByteArray> bytes = pack.readFile(file);
            ASSERT_TRUE(bytes.ok()) << describe(bytes.error());
            const Result<CheckResult> wrong = ExerciseChecker::check(pack, exercise, bytes.value());
            ASSERT_TRUE(wrong.ok()) << file.toStdString() << ": " << describe(wrong.error());
            EXPECT_FALSE(wrong->passed) << file.toStdString();
            EXPECT_FALSE(wrong->feedback.isEmpty()) << file.toStdString();
        }
    }

    // The cleaning exercise's wrong recipe forgets the dates: the feedback points at 受付日.
    const Exercise *cleaning = pack.exercise(QStringLiteral("clean-visitors"));
    ASSERT_NE(cleaning, nullptr);
    const Result<CheckResult> wrong = ExerciseChecker::check(
        pack, *cleaning, fileBytes(path + QStringLiteral("/solutions/clean-visitors.wrong.recipe.json")));
    ASSERT_TRUE(wrong.ok());
    ASSERT_GT(wrong->wrongCells, 0);
    for (const CheckFeedback &feedback : wrong->feedback) {
        EXPECT_EQ(feedback.columnName, s("受付日"));
        EXPECT_EQ(feedback.message, QStringLiteral("The date is written in a different form."));
    }
    // The start state does not pass.
    const Result<Table> start = ExerciseChecker::startTable(pack, *cleaning);
    ASSERT_TRUE(start.ok()) << describe(start.error());
    const Result<CheckResult> untouched = ExerciseChecker::checkTable(pack, *cleaning, start.value());
    ASSERT_TRUE(untouched.ok());
    EXPECT_FALSE(untouched->passed);
}
