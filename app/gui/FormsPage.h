#pragma once

#include "Error.h"
#include "forms/FormCollection.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace tenarai {

class FormDesigner;
class FormFillWidget;
class SubmissionsView;

// One form at a time, with what was collected with it: tabs to design it, fill it in and see the
// answers. Everything is saved to the form's file as it happens — each change of the design, each
// answer saved, edited or deleted, and the answer being typed (half a second after the last key,
// and when the form is closed) — so that closing the app never loses what was typed. A file that
// cannot be written is said once; the data stays in memory and is written at the next change.
//
// Object names: "formsTabs", "formDesigner", "fillWidget", "submissionsView", "formStatusLabel",
// "exportFormButton", "exportAnswersButton", "formsErrorMessageBox".
class FormsPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { DesignTab = 0, FillTab = 1, AnswersTab = 2 };

    explicit FormsPage(QWidget *parent = nullptr);
    ~FormsPage() override;

    // Opens a form file (the current one is saved and closed first); the draft is put back into
    // the fill-in tab. The error names the file.
    Status openCollection(const QString &path);
    // Writes a new collection to path and shows it, on the design tab.
    Status createCollection(const FormCollection &collection, const QString &path);
    // Saves what is typed and forgets the form; the page is empty afterwards.
    void closeCollection();

    bool hasCollection() const { return !m_path.isEmpty(); }
    QString collectionPath() const { return m_path; }
    const FormCollection &collection() const { return m_collection; }
    // The last save failed; the data is still here and the next change tries again.
    bool hasUnsavedChanges() const { return m_unsaved; }

    FormDesigner *designer() const { return m_designer; }
    FormFillWidget *fillWidget() const { return m_fill; }
    SubmissionsView *submissionsView() const { return m_answers; }
    QTabWidget *tabs() const { return m_tabs; }
    void showTab(Tab tab);

public slots:
    // Saves now (the draft included); false after an error, which was shown.
    bool saveNow();
    // Form::save of the definition alone, for another PC or the rubric checker.
    Status exportFormTo(const QString &path);
    void chooseFormExportFile();
    void chooseAnswersExportFile();

signals:
    void collectionChanged(); // opened, closed or retitled: the window title follows

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCollection();
    void onDesignChanged();
    void onInputsChanged();
    void onSubmitted(const FormInputs &inputs);
    void editSubmission(const QString &submissionId);
    void deleteSubmission(const QString &submissionId);
    void updateStatus(const QString &message = QString());
    void showError(const QString &summary, const Error &error);

    FormCollection m_collection;
    QString m_path;
    QString m_editingId;          // the saved answer being edited in the fill-in tab; empty for a new one
    bool m_unsaved = false;
    bool m_saveErrorShown = false; // said once until a save works again
    std::optional<Error> m_saveError;
    bool m_loading = false;

    QTabWidget *m_tabs = nullptr;
    FormDesigner *m_designer = nullptr;
    FormFillWidget *m_fill = nullptr;
    SubmissionsView *m_answers = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_exportFormButton = nullptr;
    QPushButton *m_exportAnswersButton = nullptr;
    QTimer *m_draftTimer = nullptr;
};

} // namespace tenarai
