#pragma once

#include "ExercisePanel.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace tenarai {

class FormDesigner;

// A form exercise: the form designer on the exercise's start form, a button that proposes a
// form from the exercise's sheet (as "Create Form from Spreadsheet" does outside a lesson, as one
// undoable step), and beside the designer the rubric's results after Check: each item passed
// (✓) or what it still misses. Clicking a result selects the field it is about.
//
// Object names for tests: "formExerciseDesigner" (the FormDesigner, with its own names),
// "createFromSheetButton", "rubricResultList" (item data Qt::UserRole: the matched field id).
class FormExercisePanel : public ExercisePanel
{
    Q_OBJECT
public:
    explicit FormExercisePanel(QWidget *parent = nullptr);
    ~FormExercisePanel() override;

    Status start(std::shared_ptr<const Pack> pack, const Exercise &exercise) override;
    Result<CheckResult> check() override;
    void showFeedback(const CheckResult &result) override;
    QByteArray answer() const override;

    FormDesigner *designer() const { return m_designer; }

public slots:
    // Proposes a form from the exercise's sheet into the designer (undoable); false when the
    // sheet cannot be read or holds nothing to make a form from (an error box says why).
    bool createFromSheet();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    std::shared_ptr<const Pack> m_pack;
    Exercise m_exercise;
    FormDesigner *m_designer = nullptr;
    QPushButton *m_createButton = nullptr;
    QLabel *m_rubricLabel = nullptr;
    QListWidget *m_rubricList = nullptr;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace tenarai
