#pragma once

#include "forms/Form.h"
#include "forms/FormValidator.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class QStackedWidget;

namespace tenarai {

// The real fill-in form: one editor per field (QLineEdit, QPlainTextEdit, QComboBox for a
// choice, check boxes for choices, radio buttons はい/いいえ, a date line edit that takes any
// spelling the cleaning steps read), each with its label, help and a message line beside it.
// Keyboard-only: Tab walks the fields in form order, Enter (Ctrl+Enter in multi-line text)
// goes to the confirmation step, where Enter saves and Escape goes back, as citizens' forms do.
// Fields whose condition is not met are hidden. The designer shows the same widget as its live
// preview (setPreviewMode(true): nothing is saved, the confirmation says so).
//
// Object names for tests: the editor of field F is "field_F", its message label "error_F",
// buttons "confirmButton", "submitButton", "backButton", "clearButton"; the postal auto-fill
// button of field F "autofill_F".
class FormFillWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FormFillWidget(QWidget *parent = nullptr);

    void setForm(const Form &form);          // rebuilds the editors; keeps inputs of fields that remain
    const Form &form() const { return m_form; }
    void setInputs(const FormInputs &inputs); // e.g. a draft, or a saved answer being edited
    FormInputs inputs() const;
    void clear();                             // empty answer (defaults filled in), back to the first field
    void setPreviewMode(bool preview);
    bool isPreviewMode() const { return m_preview; }
    // Editing a saved answer: the confirmation says "update" instead of "submit".
    void setEditing(bool editing);
    bool isConfirming() const;                // on the confirmation step

public slots:
    // Checks every field; shows messages and focuses the first wrong field, or shows the
    // confirmation step. Returns true when the confirmation step is shown.
    bool requestConfirmation();
    void backToEditing();
    void confirm();                           // from the confirmation step: emits submitted()

signals:
    void inputsChanged();                     // on every edit: the caller keeps a draft
    void submitted(const tenarai::FormInputs &inputs);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct FieldWidgets;
    // Destroyed first among the members, before QWidget's destructor deletes the editors: cuts
    // the editors' connections to this, whose members are gone by then.
    struct ConnectionCutter
    {
        FormFillWidget *owner;
        ~ConnectionCutter();
    };

    void createWidgets();
    void rebuild();
    void askToClear();
    void retranslateUi();
    void updateVisibility();
    void updateEditorWidths();
    void addField(const FormField &field, QWidget *parent, QVBoxLayout *layout);
    void fillEditor(FieldWidgets &widgets, const QString &input);
    QString inputOf(const FieldWidgets &widgets) const;
    void applyInputs(const FormInputs &inputs);
    void onEdited(FieldWidgets &widgets);
    void checkOne(FieldWidgets &widgets);
    void setFieldError(FieldWidgets &widgets, const QString &message);
    void fillAddress(FieldWidgets &widgets);
    void showConfirmation(const FormCheck &check);
    FieldWidgets *fieldOf(QObject *object) const;

    Form m_form;
    bool m_preview = false;
    bool m_editing = false;
    bool m_settingInputs = false; // programmatic changes are not the user's edits
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QWidget *m_fieldsBox = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QWidget *m_confirmPage = nullptr;
    QScrollArea *m_confirmScroll = nullptr;
    QLabel *m_confirmHeading = nullptr;
    QLabel *m_previewNote = nullptr;
    QWidget *m_confirmValues = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_submitButton = nullptr;
    QHash<QString, std::shared_ptr<FieldWidgets>> m_fields;
    QHash<QObject *, QString> m_fieldOfWidget; // every focusable widget of a field → its id
    ConnectionCutter m_cutter { this };        // keep last
};

} // namespace tenarai
