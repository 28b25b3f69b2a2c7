#include "lessons/ExerciseChecker.h"

#include "forms/FormInference.h"
#include "forms/FormRubric.h"
#include "lessons/TableChecker.h"

#include <QSet>

#include <algorithm>

namespace tenarai {

namespace {

// Starts and targets are written with their column names in the first row (lessons/README.md),
// so a learner's recipe names columns from the first step on.
constexpr bool TablesHaveHeaderRow = true;

// Scores are shares computed from counts; a pass score of 0.8 must accept 4 of 5.
constexpr double ScoreSlack = 1e-9;

Error answerError(const Exercise &exercise, Error error)
{
    if (error.file.isEmpty())
        error.file = ExerciseChecker::tr("the answer to exercise “%1”").arg(exercise.id);
    return error;
}

Error kindError(const Exercise &exercise, ExerciseKind wanted)
{
    Error e;
    e.kind = Error::Kind::InvalidArgument;
    e.message = ExerciseChecker::tr("Exercise “%1” is a %2 exercise, not a %3 exercise.")
                    .arg(exercise.id, exerciseKindName(exercise.kind), exerciseKindName(wanted));
    return e;
}

Error cancelledError()
{
    Error e;
    e.kind = Error::Kind::Cancelled;
    e.message = ExerciseChecker::tr("Checking was cancelled.");
    return e;
}

bool questionRight(const QuizQuestion &question, const QStringList &chosen)
{
    switch (question.type) {
    case QuizQuestion::Type::Single:
        return chosen.size() == 1 && question.correct.size() == 1
            && chosen.first() == question.correct.first();
    case QuizQuestion::Type::Multiple: {
        const QSet<QString> chosenSet(chosen.cbegin(), chosen.cend());
        const QSet<QString> correctSet(question.correct.cbegin(), question.correct.cend());
        return chosen.size() == chosenSet.size() && chosenSet == correctSet;
    }
    case QuizQuestion::Type::Ordering:
        return chosen == question.correct;
    }
    return false;
}

} // namespace

Result<CheckResult> ExerciseChecker::check(const Pack &pack, const Exercise &exercise,
                                           const QByteArray &answer, const StepContext &context)
{
    switch (exercise.kind) {
    case ExerciseKind::Cleaning: {
        Result<Recipe> recipe = Recipe::fromJson(answer);
        if (!recipe)
            return answerError(exercise, recipe.error());
        return checkRecipe(pack, exercise, recipe.value(), context);
    }
    case ExerciseKind::Form: {
        Result<Form> form = Form::fromJson(answer);
        if (!form)
            return answerError(exercise, form.error());
        return checkForm(pack, exercise, form.value());
    }
    case ExerciseKind::Quiz: {
        Result<QuizAnswers> answers = QuizAnswers::fromJson(answer);
        if (!answers)
            return answerError(exercise, answers.error());
        return checkQuiz(exercise, answers.value());
    }
    }
    return kindError(exercise, ExerciseKind::Cleaning);
}

Result<CheckResult> ExerciseChecker::checkRecipe(const Pack &pack, const Exercise &exercise,
                                                 const Recipe &recipe, const StepContext &context)
{
    if (exercise.kind != ExerciseKind::Cleaning)
        return kindError(exercise, ExerciseKind::Cleaning);
    // The recipe's own import options are ignored: the pack says how its start file is read.
    Result<Table> start = startTable(pack, exercise);
    if (!start)
        return start.error();
    if (context.isCancelled())
        return cancelledError();
    const RecipeRun run = recipe.run(start.value(), context);
    if (run.error) {
        Error e = *run.error;
        if (e.kind != Error::Kind::Cancelled)
            e.message = tr("Step %1 could not run: %2").arg(run.failedStep + 1).arg(e.message);
        return e;
    }
    // Steps look at the flag only every few thousand rows; a small table runs to the end.
    if (context.isCancelled())
        return cancelledError();
    return checkTable(pack, exercise, run.table);
}

Result<CheckResult> ExerciseChecker::checkTable(const Pack &pack, const Exercise &exercise,
                                                const Table &result)
{
    if (exercise.kind != ExerciseKind::Cleaning)
        return kindError(exercise, ExerciseKind::Cleaning);
    Result<Table> target = pack.readTable(exercise.targetFile, exercise.targetImport, TablesHaveHeaderRow);
    if (!target)
        return target.error();
    CheckResult checked = TableChecker::compare(result, target.value(), exercise.compare);
    checked.passed = checked.passed && checked.score + ScoreSlack >= exercise.passScore;
    return checked;
}

Result<CheckResult> ExerciseChecker::checkForm(const Pack &pack, const Exercise &exercise, const Form &form)
{
    if (exercise.kind != ExerciseKind::Form)
        return kindError(exercise, ExerciseKind::Form);
    Result<QByteArray> bytes = pack.readFile(exercise.rubricFile);
    if (!bytes)
        return bytes.error();
    Result<FormRubric> rubric = FormRubric::fromJson(bytes.value(), exercise.rubricFile);
    if (!rubric)
        return rubric.error();

    CheckResult checked;
    checked.rubric = FormRubricChecker::check(form, rubric.value());
    int passedItems = 0;
    for (const RubricResult &item : std::as_const(checked.rubric)) {
        if (item.passed) {
            ++passedItems;
            continue;
        }
        CheckFeedback feedback;
        feedback.target = CheckFeedback::Target::Field;
        feedback.fieldId = item.fieldId.isEmpty() ? item.itemId : item.fieldId;
        feedback.message = item.problems.isEmpty() ? tr("This item of the task is not met yet.")
                                                   : item.problems.join(QLatin1Char(' '));
        if (checked.feedback.size() < CheckResult::MaxFeedback)
            checked.feedback.append(feedback);
    }
    // A form that cannot be filled in as designed (a condition comparing a yes/no field with
    // 「はい」 instead of yes, a choice field without choices…) does not pass, whatever the rubric
    // says: the learner would hand out a broken form.
    const QList<Error> problems = form.problems();
    for (const Error &problem : problems) {
        CheckFeedback feedback;
        feedback.target = CheckFeedback::Target::General;
        feedback.message = problem.message;
        if (checked.feedback.size() < CheckResult::MaxFeedback)
            checked.feedback.append(feedback);
    }
    const int items = int(checked.rubric.size());
    checked.score = items > 0 ? double(passedItems) / double(items) : 1.0;
    checked.passed = problems.isEmpty() && FormRubricChecker::allPassed(checked.rubric)
        && checked.score + ScoreSlack >= exercise.passScore;
    if (checked.passed)
        checked.summary = tr("The form meets every item of the task.");
    else if (!problems.isEmpty() && passedItems == items)
        checked.summary = tr("Every item of the task is met, but the form has %n problem(s) to fix first.", nullptr,
                             int(problems.size()));
    else
        checked.summary = tr("%1 of %2 items met").arg(passedItems).arg(items);
    return checked;
}

CheckResult ExerciseChecker::checkQuiz(const Exercise &exercise, const QuizAnswers &answers)
{
    CheckResult checked;
    int right = 0;
    for (const QuizQuestion &question : exercise.questions) {
        CheckFeedback feedback;
        feedback.target = CheckFeedback::Target::Question;
        feedback.questionId = question.id;
        const auto answer = answers.answers.constFind(question.id);
        if (answer == answers.answers.cend() || answer->isEmpty()) {
            feedback.message = tr("Not answered yet.");
        } else {
            const bool isRight = questionRight(question, *answer);
            if (isRight)
                ++right;
            // The verdict, then what the author wrote about the options chosen and the question.
            // The correct option ids are never added: an explanation says as much as its author chose.
            QStringList parts;
            parts << (isRight ? tr("Right.") : tr("Not right yet."));
            for (const QString &chosen : *answer) {
                const auto option = std::find_if(question.options.cbegin(), question.options.cend(),
                                                 [&chosen](const QuizOption &o) { return o.id == chosen; });
                if (option != question.options.cend() && !option->explanation.isEmpty())
                    parts << option->explanation.text();
            }
            if (!question.explanation.isEmpty())
                parts << question.explanation.text();
            parts.removeAll(QString());
            feedback.message = parts.join(QLatin1Char(' '));
        }
        if (checked.feedback.size() < CheckResult::MaxFeedback)
            checked.feedback.append(feedback);
    }
    const int total = int(exercise.questions.size());
    checked.score = total > 0 ? double(right) / double(total) : 1.0;
    checked.passed = checked.score + ScoreSlack >= exercise.passScore;
    checked.summary = tr("%1 of %2 questions right").arg(right).arg(total);
    return checked;
}

Result<Table> ExerciseChecker::startTable(const Pack &pack, const Exercise &exercise)
{
    if (exercise.kind != ExerciseKind::Cleaning)
        return kindError(exercise, ExerciseKind::Cleaning);
    return pack.readTable(exercise.startFile, exercise.startImport, TablesHaveHeaderRow);
}

Result<Form> ExerciseChecker::startForm(const Pack &pack, const Exercise &exercise)
{
    if (exercise.kind != ExerciseKind::Form)
        return kindError(exercise, ExerciseKind::Form);
    if (exercise.startForm.isEmpty() || exercise.startForm == QLatin1String("empty"))
        return Form();
    if (exercise.startForm == QLatin1String("inferred")) {
        Result<Workbook> workbook = pack.readWorkbook(exercise.sheetFile);
        if (!workbook)
            return workbook.error();
        if (workbook->sheets.empty()) {
            Error e;
            e.kind = Error::Kind::Format;
            e.file = exercise.sheetFile;
            e.message = tr("The file has no sheet to make a form from.");
            return e;
        }
        Result<FormInference> inferred = FormInferrer::infer(workbook->sheets.front());
        if (!inferred) {
            Error e = inferred.error();
            if (e.file.isEmpty())
                e.file = exercise.sheetFile;
            return e;
        }
        return std::move(inferred.value().form);
    }
    Result<QByteArray> bytes = pack.readFile(exercise.startForm);
    if (!bytes)
        return bytes.error();
    return Form::fromJson(bytes.value(), exercise.startForm);
}

double ExerciseChecker::scoreWithHints(const Exercise &exercise, double score, int hintsOpened)
{
    const double penalty = std::max(0.0, exercise.hintPenalty) * std::max(0, hintsOpened);
    return std::clamp(score - penalty, 0.0, 1.0);
}

} // namespace tenarai
