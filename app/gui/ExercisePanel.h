#pragma once

#include "Error.h"
#include "lessons/CheckResult.h"
#include "lessons/Exercise.h"
#include "lessons/Pack.h"

#include <QWidget>

#include <memory>

namespace tenarai {

// The right-hand side of a lesson: where the learner works on one exercise. One subclass per
// exercise kind (CleaningExercisePanel: the cleaning workbench on the start table;
// FormExercisePanel: the form designer; QuizPanel: the questions). LessonView owns the Check
// and Hint buttons and records attempts; the panel knows how to check its answer and how to
// show the checker's feedback in place (wrong cells tinted and scrolled to, fields or questions
// marked).
class ExercisePanel : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The panel for the exercise's kind; never null.
    static ExercisePanel *create(ExerciseKind kind, QWidget *parent = nullptr);

    // Shows the exercise's start state (the learner's earlier work is not kept between starts).
    // An Error when the pack's files cannot be read (the lesson view shows it).
    virtual Status start(std::shared_ptr<const Pack> pack, const Exercise &exercise) = 0;
    // Checks the current answer with core's ExerciseChecker (an Error only when it cannot be
    // checked at all, e.g. a recipe step fails).
    virtual Result<CheckResult> check() = 0;
    // Marks the feedback in place; an empty result clears the marks.
    virtual void showFeedback(const CheckResult &result) = 0;
    // The current answer as a file of the exercise's kind (recipe, form or quiz answers JSON),
    // e.g. for saving or for a workshop trainer.
    virtual QByteArray answer() const = 0;

signals:
    void answerChanged(); // the learner changed something since the last check
};

} // namespace tenarai
