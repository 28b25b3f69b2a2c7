#pragma once

#include "ExercisePanel.h"

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace tenarai {

class CleaningWorkbench;

// A cleaning exercise: the data-cleaning workbench on the exercise's start table, used exactly as
// outside a lesson (steps from the menu or a column header, undo, settings). Checking compares the
// table the preview already computed for the whole recipe with the target, so nothing runs again
// unless the preview is not ready; the wrong cells are then tinted in that table, the first one
// selected and scrolled to, and a count says how many are left. The expected values are never
// shown here: they are for the hints the learner chooses to open.
//
// Object names for tests: "cleaningExerciseWorkbench" (the CleaningWorkbench, with its own
// names), "cellsLeftLabel", "exerciseUndoButton", "exerciseRedoButton".
class CleaningExercisePanel : public ExercisePanel
{
    Q_OBJECT
public:
    explicit CleaningExercisePanel(QWidget *parent = nullptr);
    ~CleaningExercisePanel() override;

    Status start(std::shared_ptr<const Pack> pack, const Exercise &exercise) override;
    Result<CheckResult> check() override;
    void showFeedback(const CheckResult &result) override;
    QByteArray answer() const override;

    CleaningWorkbench *workbench() const { return m_workbench; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCount();

    std::shared_ptr<const Pack> m_pack;
    Exercise m_exercise;
    CleaningWorkbench *m_workbench = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    qsizetype m_wrongCells = -1; // from the last feedback shown; -1 none
    bool m_passed = false;
    QStringList m_notes; // the last feedback's messages about rows, columns or the table
};

} // namespace tenarai
