#pragma once

#include "cleaning/Diagnosis.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace tenarai {

// The workbench's "Check" tab: runs Diagnosis on a worker thread and lists what keeps the table
// from being read by software, in words a learner understands, with the step that fixes each
// finding one click away. The panel only asks: the workbench selects cells and adds steps, so
// that adding a step stays one undo command like any other.
class DiagnosisPanel : public QWidget
{
    Q_OBJECT
public:
    // Data of the entries of the finding list (objectName "findingList").
    enum Role {
        EntryRole = Qt::UserRole,   // what the entry stands for (private Entry)
        IndexRole,                  // into the report's findings, unchecked rules or preparation
        RuleRole,                   // the check item, "1-4"; empty for preparation
        StepRole,                   // the suggested step's type id; empty when there is none
    };

    explicit DiagnosisPanel(QWidget *parent = nullptr);
    ~DiagnosisPanel() override;

    // Checks sheet in the background; a check still running is cancelled. what names the table
    // checked ("the table as opened", "the result of step 2") for the status line.
    void diagnose(const Sheet &sheet, const SourceInfo &source, const QString &what);
    // Says why a check could not start, in place of the findings.
    void showNotice(const QString &text);
    // The report's preparation steps (promoteHeaders) are offered only while the recipe is
    // empty: once steps exist, the first of them already decided the column names.
    void setPreparationOffered(bool offered);

    bool isRunning() const { return m_running; }
    const std::optional<DiagnosisReport> &report() const { return m_report; }
    // The table the report's cells point into; shares its columns with the table checked.
    const Table &checkedTable() const { return m_table; }

signals:
    void checkAgainRequested();
    // The user picked a finding: select these cells of checkedTable() (the first is current).
    void cellsRequested(const QList<tenarai::FindingCell> &cells);
    // The user asked for the step that fixes the selected finding.
    void stepRequested(const QString &type, const QJsonObject &parameters);
    // A check ended, with a report or not.
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    // What a list entry stands for; stored in the item with its index into the report.
    enum class Entry { Preparation, Finding, Unchecked, NoProblem };

    void retranslateUi();
    void rebuildList();
    void onFinished();
    void onCurrentChanged(QListWidgetItem *item);
    void onClicked(QListWidgetItem *item);
    void fixSelected();
    std::optional<SuggestedStep> suggestionOf(const QListWidgetItem *item) const;
    void cancelRunning();

    using Outcome = std::shared_ptr<const Result<DiagnosisReport>>;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    std::optional<DiagnosisReport> m_report;
    Table m_table;
    QString m_what;
    QString m_notice;
    bool m_preparationOffered = false;

    QLabel *m_statusLabel = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_explanationLabel = nullptr;
    QPushButton *m_fixButton = nullptr;
    QPushButton *m_checkAgainButton = nullptr;
};

} // namespace tenarai
