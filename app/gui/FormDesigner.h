#pragma once

#include "FormFieldListModel.h"
#include "forms/Form.h"

#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;
class QUndoStack;

namespace tenarai {

class FormFillWidget;

// Designs a form: the sections and fields on the left (drag or Move up/down to reorder), the
// selected field's properties (or the section's) and the form's title in the middle, and on the
// right the real fill-in widget as a live preview with the form's problems under it. Every change
// is one undoable step on the designer's own undo stack; text typed into the properties is taken
// when the box is left or after a short pause. formChanged() follows every change, undo included,
// so that the caller can save at once.
//
// Object names for tests: "fieldList", "addFieldButton" (menu "addField_<type name>"),
// "addSectionButton", "removeFieldButton", "moveFieldUpButton", "moveFieldDownButton";
// properties "formTitleEdit", "formDescriptionEdit", "sectionTitleEdit", "sectionDescriptionEdit",
// "fieldLabelEdit", "fieldIdEdit", "fieldTypeCombo", "fieldRequiredCheck", "fieldHelpEdit",
// "fieldDefaultEdit", "fieldChoicesEdit", "minimumEdit", "maximumEdit", "minLengthEdit",
// "maxLengthEdit", "patternEdit", "patternMessageEdit", "earliestEdit", "latestEdit",
// "minChoicesEdit", "maxChoicesEdit", "conditionFieldCombo", "conditionOperatorCombo",
// "conditionValueEdit", "conditionValueCombo", "explanationLabel"; "formPreview", "problemList";
// actions "designerUndoAction", "designerRedoAction".
class FormDesigner : public QWidget
{
    Q_OBJECT
public:
    explicit FormDesigner(QWidget *parent = nullptr);
    ~FormDesigner() override;

    // A form opened or created: shown with its first field selected; the undo history starts anew.
    void setForm(const Form &form);
    // Replaces the whole form as one undoable step (a lesson's "Create from the sheet"), the
    // first field selected.
    void replaceForm(const Form &form, const QString &undoText);
    const Form &form() const { return m_form; }

    QUndoStack *undoStack() const { return m_undoStack; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    FormFieldListModel *fieldModel() const { return m_model; }
    FormFillWidget *preview() const { return m_preview; }

    QString currentFieldId() const; // empty when a section (or nothing) is selected
    int currentSection() const;     // the selected row's section; -1 for none
    void selectField(const QString &fieldId);
    void selectSection(int section);

public slots:
    void addField(tenarai::FieldType type);
    void addSection();
    void removeSelected();
    void moveSelected(int delta); // -1 up, +1 down; across section boundaries at the ends
    // Takes what was typed into the property panel now instead of after the pause.
    void commitPendingEdit();

signals:
    void formChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void retranslateUi();
    void rebuildAddFieldMenu();
    void updateActions();

    // The one way the form changes: a snapshot command on the undo stack.
    void edit(const QString &text, const QString &mergeKey, const std::function<void(Form &)> &change);
    void applyForm(const Form &form); // from the undo stack
    void moveField(FieldPosition from, FieldPosition to);
    FormField *selectedField(Form &form) const;

    void refreshPanel();        // the widgets show the selected item of m_form
    void updateValidationRows(FieldType type);
    // Fills the value list for a condition on a yes/no or choice field; false for other fields.
    bool fillConditionChoices(const FormField &field);
    void updateProblems();
    void schedulePanelCommit(const QString &property);
    void commitPanel(const QString &property);
    void readPanelInto(Form &form) const;
    void selectRow(int row);

    Form m_form;
    QUndoStack *m_undoStack = nullptr;
    FormFieldListModel *m_model = nullptr;
    bool m_refreshing = false; // the panel is being filled from the form: not an edit
    QTimer *m_commitTimer = nullptr;
    QString m_pendingProperty;
    // What the panel shows: a field by id, or a section; kept across model resets.
    QString m_selectedFieldId;
    int m_selectedSection = -1;

    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QMenu *m_addMenu = nullptr;

    QLabel *m_fieldsLabel = nullptr;
    QListView *m_list = nullptr;
    QToolButton *m_addButton = nullptr;
    QPushButton *m_addSectionButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;

    QGroupBox *m_formBox = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QLineEdit *m_formTitle = nullptr;
    QPlainTextEdit *m_formDescription = nullptr;

    QGroupBox *m_sectionBox = nullptr;
    QFormLayout *m_sectionLayout = nullptr;
    QLineEdit *m_sectionTitle = nullptr;
    QPlainTextEdit *m_sectionDescription = nullptr;

    QGroupBox *m_fieldBox = nullptr;
    QFormLayout *m_fieldLayout = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_id = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_required = nullptr;
    QLineEdit *m_help = nullptr;
    QLineEdit *m_default = nullptr;
    QPlainTextEdit *m_choices = nullptr;
    QLineEdit *m_minimum = nullptr;
    QLineEdit *m_maximum = nullptr;
    QLineEdit *m_minLength = nullptr;
    QLineEdit *m_maxLength = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLineEdit *m_patternMessage = nullptr;
    QLineEdit *m_earliest = nullptr;
    QLineEdit *m_latest = nullptr;
    QLineEdit *m_minChoices = nullptr;
    QLineEdit *m_maxChoices = nullptr;
    QComboBox *m_conditionField = nullptr;
    QComboBox *m_conditionOperator = nullptr;
    QLineEdit *m_conditionValue = nullptr;
    QComboBox *m_conditionChoice = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_panelHint = nullptr;

    QLabel *m_previewLabel = nullptr;
    FormFillWidget *m_preview = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QListWidget *m_problems = nullptr;
};

} // namespace tenarai
