#pragma once

#include "Error.h"
#include "PreviewTableModel.h"
#include "cleaning/Step.h"
#include "table/Workbook.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace tenarai {

class DiagnosisPanel;
struct FindingCell;
class PreviewTableModel;
class RecipeDocument;
class RecipeRunner;
class Step;
class StepListModel;
class StepParameterEditor;

// The data-cleaning workbench: the table on the left, the recipe's applied steps on the right
// with the selected step's settings below them. Steps are added from a menu or by right-clicking
// a column header; every change is an undo command. The table shows the result up to the selected
// step, computed in the background (RecipeRunner), with the cells that step changed tinted and
// the values it could not handle listed below, beside a check of the table against 総務省's rules
// for machine-readable tables (DiagnosisPanel) whose findings each offer the step that fixes them. Recipes are saved and opened as files; the result
// is exported through the main window's export.
class CleaningWorkbench : public QWidget
{
    Q_OBJECT
public:
    explicit CleaningWorkbench(QWidget *parent = nullptr);
    ~CleaningWorkbench() override;

    // The table to clean: one sheet of a workbook. filePath names it in messages and exports.
    void setSource(std::shared_ptr<const Workbook> workbook, int sheet, const QString &filePath);
    bool hasSource() const;

    RecipeDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    RecipeRunner *runner() const { return m_runner; }
    PreviewTableModel *previewModel() const { return m_preview; }
    StepParameterEditor *parameterEditor() const { return m_editor; }
    DiagnosisPanel *diagnosisPanel() const { return m_diagnosis; }

    // The Cleaning menu (steps, recipes) and the Edit menu's actions, for the main window.
    QMenu *menu() const { return m_menu; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    // The selected step, -1 when none.
    int selectedStep() const;
    void selectStep(int index);
    // Adds a step after the one whose result is shown (undoable); returns its index.
    int addStep(std::unique_ptr<Step> step);
    // Adds a step of a registered type, its first setting filled with column when given.
    int addStep(const QString &typeId, const QString &column = QString());

    bool saveRecipe(const QString &path);
    bool openRecipe(const QString &path);
    // The result of the whole recipe as a one-sheet workbook, for export; nullptr until the
    // last step's result is ready, or when a step failed.
    std::shared_ptr<const Workbook> resultWorkbook() const;
    // The next setSource comes from "Apply this recipe to another file": take the recipe's sheet.
    void expectRecipeSource() { m_expectRecipeSource = true; }

    // Exercises (CleaningExercisePanel): the table after the whole recipe as the preview computed
    // it, so that checking runs nothing again; nullopt while it is being computed, when a step
    // failed, or without a source.
    std::optional<Table> currentResult() const;
    // The check against the national rules for machine-readable tables (shown by default). An
    // exercise hides it: its own Check compares with the target, and the room goes to the table.
    void setRuleCheckShown(bool shown);
    bool isRuleCheckShown() const { return m_ruleCheckShown; }
    // Shows the whole recipe's result with the cells the checker found wrong tinted (their
    // tooltips say why) and the first one selected and scrolled to; an empty list clears the
    // marks. False when the table shown is no longer the one checked (the recipe changed since).
    bool highlightCells(const Table &checked, const QList<PreviewTableModel::WrongCell> &cells);

signals:
    // The user asked to open another file to run the recipe on; the main window opens it.
    void openFileRequested();
    // resultWorkbook() became available or went away.
    void resultChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void retranslateUi();
    void rebuildAddStepMenu();
    void updateActions();

    int previewStep() const;
    QStringList inputColumns(int step) const;
    void showPreview();
    void updateBottomTabs();
    void showIssues(const QList<CellIssue> &issues, qsizetype total);
    void showMessage(const QString &text, bool problem);
    void resizeColumns();
    void onResultReady(int step);
    void onRunningChanged(bool running);
    void updateProgress();
    void refreshEditor();
    void showColumnMenu(const QPoint &position);
    void moveSelected(int offset);
    void removeSelected();
    void chooseRecipeToSave();
    void chooseRecipeToOpen();
    void showError(const QString &summary, const Error &error);
    void checkShownTable();
    void selectFindingCells(const QList<FindingCell> &cells);
    void addSuggestedStep(const QString &type, const QJsonObject &parameters);

    RecipeDocument *m_document = nullptr;
    QUndoStack *m_undoStack = nullptr;
    RecipeRunner *m_runner = nullptr;
    StepListModel *m_stepModel = nullptr;
    PreviewTableModel *m_preview = nullptr;

    std::shared_ptr<const Workbook> m_workbook;
    QString m_filePath;
    QString m_sheetName;
    int m_sheetIndex = -1;
    QString m_recipePath;
    bool m_expectRecipeSource = false;
    int m_shownStep = -2;   // the step whose result the table shows; -1 the source

    QMenu *m_menu = nullptr;
    QMenu *m_addMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_openRecipeAction = nullptr;
    QAction *m_saveRecipeAction = nullptr;
    QAction *m_applyToFileAction = nullptr;

    QLabel *m_messageLabel = nullptr;
    QTableView *m_tableView = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_issueLabel = nullptr;
    QListWidget *m_issueList = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    DiagnosisPanel *m_diagnosis = nullptr;
    bool m_checkTabChosen = false;   // the user clicked the Check tab last
    bool m_ruleCheckShown = true;
    QLabel *m_stepsLabel = nullptr;
    QListView *m_stepList = nullptr;
    QToolButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QLabel *m_settingsLabel = nullptr;
    StepParameterEditor *m_editor = nullptr;
    QTimer *m_progressTimer = nullptr;
};

} // namespace tenarai
