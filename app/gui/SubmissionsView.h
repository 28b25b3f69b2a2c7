#pragma once

#include "forms/FormCollection.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tenarai {

class TableModel;

// The answers collected with a form, as a table in the form's column order (FormCollection::
// toTable), with Edit (asks the caller to load an answer into the fill-in form), Delete (after a
// confirmation naming the row) and Export (XLSX or CSV, chosen in a file dialog, written by core).
// Object names: "submissionsTable", "editSubmissionButton", "deleteSubmissionButton",
// "exportSubmissionsButton", "submissionCountLabel".
class SubmissionsView : public QWidget
{
    Q_OBJECT
public:
    explicit SubmissionsView(QWidget *parent = nullptr);

    // Shows the collection's answers; the view keeps no copy beyond what it displays.
    void setCollection(const FormCollection *collection);
    void refresh();                       // after the collection changed
    QString currentSubmissionId() const;  // empty when no row is selected
    // Writes the answers to path (XLSX or CSV by extension); errors are shown in a box and returned.
    Status exportTo(const QString &path);

signals:
    void editRequested(const QString &submissionId);
    void deleteRequested(const QString &submissionId); // after the user confirmed

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseExportFile();
    void confirmDelete();
    void updateButtons();

    const FormCollection *m_collection = nullptr;
    TableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_exportButton = nullptr;

    // Destroyed before QWidget's destructor deletes the table: the selection model must not
    // reach updateButtons() on a half-destroyed view.
    struct ConnectionCutter
    {
        SubmissionsView *owner;
        ~ConnectionCutter();
    };
    ConnectionCutter m_cutter { this }; // keep last
};

} // namespace tenarai
