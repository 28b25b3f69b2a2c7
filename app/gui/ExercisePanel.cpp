#include "ExercisePanel.h"

#include "CleaningExercisePanel.h"
#include "FormExercisePanel.h"
#include "QuizPanel.h"

namespace tenarai {

ExercisePanel *ExercisePanel::create(ExerciseKind kind, QWidget *parent)
{
    switch (kind) {
    case ExerciseKind::Cleaning:
        return new CleaningExercisePanel(parent);
    case ExerciseKind::Form:
        return new FormExercisePanel(parent);
    case ExerciseKind::Quiz:
        return new QuizPanel(parent);
    }
    // Not reached: the switch names every kind (the return keeps compilers from warning).
    return new QuizPanel(parent);
}

} // namespace tenarai
