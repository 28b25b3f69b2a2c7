#pragma once

#include "Error.h"
#include "cleaning/Step.h"
#include "forms/Form.h"
#include "lessons/CheckResult.h"
#include "lessons/Pack.h"

#include <QCoreApplication>

namespace tenarai {

// Checks a learner's answer to an exercise with the checker of its kind: a recipe is replayed on
// the start table and the result compared with the target (TableChecker); a form is compared
// with the rubric (FormRubricChecker); quiz answers with the correct options, per question, with
// each chosen option's explanation as feedback. Errors are for answers that cannot be checked at
// all (a broken recipe file, a step that fails — its message names the step), never for wrong
// answers.
class ExerciseChecker
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ExerciseChecker)
public:
    // answer: the bytes of a recipe, form or quiz-answers file, by the exercise's kind.
    static Result<CheckResult> check(const Pack &pack, const Exercise &exercise, const QByteArray &answer,
                                     const StepContext &context = {});
    static Result<CheckResult> checkRecipe(const Pack &pack, const Exercise &exercise, const Recipe &recipe,
                                           const StepContext &context = {});
    // The learner's already computed table (the workbench has it): no replay.
    static Result<CheckResult> checkTable(const Pack &pack, const Exercise &exercise, const Table &result);
    static Result<CheckResult> checkForm(const Pack &pack, const Exercise &exercise, const Form &form);
    static CheckResult checkQuiz(const Exercise &exercise, const QuizAnswers &answers);

    // The start state the learner sees: cleaning the start table; form the start form (empty,
    // inferred from the sheet, or the pack's file).
    static Result<Table> startTable(const Pack &pack, const Exercise &exercise);
    static Result<Form> startForm(const Pack &pack, const Exercise &exercise);

    // The score recorded: score minus hintPenalty per hint opened, never below 0.
    static double scoreWithHints(const Exercise &exercise, double score, int hintsOpened);
};

} // namespace tenarai
