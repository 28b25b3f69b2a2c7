#include "CleaningWorkbench.h"

#include "ErrorBox.h"
#include "AddStepCommand.h"
#include "DiagnosisPanel.h"
#include "EditStepParametersCommand.h"
#include "MoveStepCommand.h"
#include "PreviewTableModel.h"
#include "RecipeDocument.h"
#include "RecipeRunner.h"
#include "RemoveStepCommand.h"
#include "ReplaceRecipeCommand.h"
#include "StepListModel.h"
#include "StepParameterEditor.h"
#include "TaskProgress.h"
#include "cleaning/StepRegistry.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tenarai {

namespace {
// Widths are measured on the first rows only, as in the main window's sheets.
constexpr int ColumnSizingRows = 200;
constexpr int MaxAutoSizedColumns = 200;
constexpr int MaxColumnWidth = 320;
// The issue list shows this many; the label gives the full count.
constexpr int MaxListedIssues = 1000;
constexpr int CheckTab = 0;
constexpr int IssueTab = 1;

// Whether two tables are the same one, not merely equal: copies share their columns.
bool sameTable(const Table &a, const Table &b)
{
    if (a.rowCount() != b.rowCount() || a.columnCount() != b.columnCount() || a.columnNames() != b.columnNames())
        return false;
    for (int c = 0; c < a.columnCount(); ++c) {
        if (&a.column(c) != &b.column(c))
            return false;
    }
    return true;
}
} // namespace

CleaningWorkbench::CleaningWorkbench(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cleaningWorkbench"));
    m_document = new RecipeDocument(this);
    m_undoStack = new QUndoStack(this);
    m_runner = new RecipeRunner(m_document, this);
    m_stepModel = new StepListModel(m_document, m_undoStack, this);
    m_preview = new PreviewTableModel(this);

    createActions();
    createWidgets();
    retranslateUi();

    connect(m_runner, &RecipeRunner::resultReady, this, &CleaningWorkbench::onResultReady);
    connect(m_runner, &RecipeRunner::runningChanged, this, &CleaningWorkbench::onRunningChanged);
    connect(m_runner, &RecipeRunner::cancelled, this, [this] {
        showMessage(tr("The preview was stopped. Click “Update preview” to run it again."), false);
        m_refreshButton->show();
    });

    // Undo and redo select what they changed, as a click would.
    connect(m_document, &RecipeDocument::stepInserted, this, &CleaningWorkbench::selectStep);
    connect(m_document, &RecipeDocument::stepRemoved, this,
            [this](int at) { selectStep(qMin(at, m_document->stepCount() - 1)); });
    connect(m_document, &RecipeDocument::stepMoved, this, [this](int, int to) { selectStep(to); });
    connect(m_document, &RecipeDocument::stepChanged, this, [this](int index) {
        if (index == selectedStep())
            refreshEditor();
        else
            selectStep(index);
    });
    connect(m_document, &RecipeDocument::reset, this, [this] { selectStep(m_document->stepCount() - 1); });
    // After the runner (connected first) dropped the stale results.
    connect(m_document, &RecipeDocument::resultsInvalidated, this, [this] {
        m_stepModel->setFailedStep(-1);
        showPreview();
        updateActions();
        emit resultChanged();
    });

    connect(m_editor, &StepParameterEditor::parametersEdited, this,
            [this](int index, const QJsonObject &parameters, const QString &key) {
                if (index < 0 || index >= m_document->stepCount())
                    return;
                const QJsonObject before = m_document->step(index).parameters();
                if (before != parameters)
                    m_undoStack->push(new EditStepParametersCommand(m_document, index, before, parameters, key));
            });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &CleaningWorkbench::updateActions);
    showPreview();
    updateActions();
}

CleaningWorkbench::~CleaningWorkbench()
{
    // Children still emit while QWidget's destructor deletes them (a selection model's current
    // row, a tab widget's current page); by then this is no longer a CleaningWorkbench, so their
    // connections to it must be gone first (UBSan caught a slot called on the half-destroyed
    // object).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void CleaningWorkbench::createActions()
{
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Y on Windows, Ctrl+Shift+Z elsewhere: both, whatever the platform.
    m_redoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);

    m_removeAction = new QAction(this);
    m_removeAction->setObjectName(QStringLiteral("removeStepAction"));
    connect(m_removeAction, &QAction::triggered, this, &CleaningWorkbench::removeSelected);
    m_openRecipeAction = new QAction(this);
    m_openRecipeAction->setObjectName(QStringLiteral("openRecipeAction"));
    connect(m_openRecipeAction, &QAction::triggered, this, &CleaningWorkbench::chooseRecipeToOpen);
    m_saveRecipeAction = new QAction(this);
    m_saveRecipeAction->setObjectName(QStringLiteral("saveRecipeAction"));
    connect(m_saveRecipeAction, &QAction::triggered, this, &CleaningWorkbench::chooseRecipeToSave);
    m_applyToFileAction = new QAction(this);
    m_applyToFileAction->setObjectName(QStringLiteral("applyRecipeToFileAction"));
    connect(m_applyToFileAction, &QAction::triggered, this, [this] {
        expectRecipeSource();
        emit openFileRequested();
    });

    // A QMenu is a popup window of its own: parented here only for its lifetime.
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("cleaningMenu"));
    m_addMenu = new QMenu(this);
    m_addMenu->setObjectName(QStringLiteral("addStepMenu"));
    m_menu->addMenu(m_addMenu);
    m_menu->addAction(m_removeAction);
    m_menu->addSeparator();
    m_menu->addAction(m_openRecipeAction);
    m_menu->addAction(m_saveRecipeAction);
    m_menu->addAction(m_applyToFileAction);
}

void CleaningWorkbench::createWidgets()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("workbenchSplitter"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    // Left: the table, its progress and the values the step could not handle.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    m_messageLabel = new QLabel(left);
    m_messageLabel->setObjectName(QStringLiteral("previewMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    leftLayout->addWidget(m_messageLabel);

    m_tableView = new QTableView(left);
    m_tableView->setObjectName(QStringLiteral("previewTableView"));
    m_tableView->setModel(m_preview);
    m_tableView->setWordWrap(false);
    m_tableView->setTabKeyNavigation(false);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *rows = m_tableView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);   // nothing measures a million rows
    rows->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    QHeaderView *columns = m_tableView->horizontalHeader();
    columns->setMinimumSectionSize(m_tableView->fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    columns->setResizeContentsPrecision(ColumnSizingRows);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &CleaningWorkbench::showColumnMenu);
    leftLayout->addWidget(m_tableView, 1);

    auto *progressRow = new QHBoxLayout;
    m_progressBar = new QProgressBar(left);
    m_progressBar->setObjectName(QStringLiteral("previewProgressBar"));
    m_progressBar->hide();
    progressRow->addWidget(m_progressBar, 1);
    m_cancelButton = new QPushButton(left);
    m_cancelButton->setObjectName(QStringLiteral("cancelPreviewButton"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, m_runner, &RecipeRunner::cancel);
    progressRow->addWidget(m_cancelButton);
    m_refreshButton = new QPushButton(left);
    m_refreshButton->setObjectName(QStringLiteral("refreshPreviewButton"));
    m_refreshButton->hide();
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        m_refreshButton->hide();
        m_runner->refresh();
        showPreview();
    });
    progressRow->addWidget(m_refreshButton);
    progressRow->addStretch(0);
    leftLayout->addLayout(progressRow);

    // Below the table: the check against the rules, and the values the step could not change,
    // whose tab is there only while there are some.
    m_bottomTabs = new QTabWidget(left);
    m_bottomTabs->setObjectName(QStringLiteral("bottomTabs"));
    m_diagnosis = new DiagnosisPanel(m_bottomTabs);
    m_bottomTabs->insertTab(CheckTab, m_diagnosis, QString());
    auto *issuePage = new QWidget(m_bottomTabs);
    auto *issueLayout = new QVBoxLayout(issuePage);
    issueLayout->setContentsMargins(0, 0, 0, 0);
    m_bottomTabs->insertTab(IssueTab, issuePage, QString());
    m_bottomTabs->setTabVisible(IssueTab, false);
    connect(m_bottomTabs->tabBar(), &QTabBar::tabBarClicked, this,
            [this](int index) { m_checkTabChosen = index == CheckTab; });
    connect(m_diagnosis, &DiagnosisPanel::checkAgainRequested, this, &CleaningWorkbench::checkShownTable);
    connect(m_diagnosis, &DiagnosisPanel::cellsRequested, this, &CleaningWorkbench::selectFindingCells);
    connect(m_diagnosis, &DiagnosisPanel::stepRequested, this, &CleaningWorkbench::addSuggestedStep);
    leftLayout->addWidget(m_bottomTabs);

    m_issueLabel = new QLabel(issuePage);
    m_issueLabel->setObjectName(QStringLiteral("issueSummaryLabel"));
    m_issueLabel->setWordWrap(true);
    m_issueLabel->hide();
    issueLayout->addWidget(m_issueLabel);
    m_issueList = new QListWidget(issuePage);
    m_issueList->setObjectName(QStringLiteral("issueList"));
    m_issueList->setMaximumHeight(m_issueList->fontMetrics().height() * 7);
    m_issueList->hide();
    connect(m_issueList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const CellIssue issue { item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toInt(), {} };
        const QModelIndex cell = m_preview->indexForIssue(issue);
        if (!cell.isValid())
            return;
        m_tableView->setCurrentIndex(cell);
        m_tableView->scrollTo(cell, QAbstractItemView::PositionAtCenter);
        m_tableView->setFocus();
    });
    issueLayout->addWidget(m_issueList);

    // Right: the applied steps, their buttons and the selected step's settings.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    m_stepsLabel = new QLabel(right);
    m_stepsLabel->setObjectName(QStringLiteral("appliedStepsLabel"));
    rightLayout->addWidget(m_stepsLabel);
    m_stepList = new QListView(right);
    m_stepList->setObjectName(QStringLiteral("stepList"));
    m_stepList->setModel(m_stepModel);
    m_stepList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepList->setDragDropMode(QAbstractItemView::InternalMove);
    m_stepList->setDefaultDropAction(Qt::MoveAction);
    m_stepList->setDragEnabled(true);
    m_stepList->setDropIndicatorShown(true);
    m_stepList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_stepList->addAction(m_removeAction);
    m_stepsLabel->setBuddy(m_stepList);
    connect(m_stepList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        refreshEditor();
        showPreview();
        updateActions();
    });
    rightLayout->addWidget(m_stepList, 1);

    auto *buttons = new QHBoxLayout;
    m_addButton = new QToolButton(right);
    m_addButton->setObjectName(QStringLiteral("addStepButton"));
    m_addButton->setMenu(m_addMenu);
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buttons->addWidget(m_addButton);
    m_removeButton = new QPushButton(right);
    m_removeButton->setObjectName(QStringLiteral("removeStepButton"));
    connect(m_removeButton, &QPushButton::clicked, this, &CleaningWorkbench::removeSelected);
    buttons->addWidget(m_removeButton);
    m_upButton = new QPushButton(right);
    m_upButton->setObjectName(QStringLiteral("moveStepUpButton"));
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    buttons->addWidget(m_upButton);
    m_downButton = new QPushButton(right);
    m_downButton->setObjectName(QStringLiteral("moveStepDownButton"));
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    buttons->addWidget(m_downButton);
    buttons->addStretch(1);
    rightLayout->addLayout(buttons);

    m_settingsLabel = new QLabel(right);
    m_settingsLabel->setObjectName(QStringLiteral("stepSettingsLabel"));
    rightLayout->addWidget(m_settingsLabel);
    auto *scroll = new QScrollArea(right);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editor = new StepParameterEditor(scroll);
    scroll->setWidget(m_editor);
    rightLayout->addWidget(scroll, 1);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &CleaningWorkbench::updateProgress);
}

void CleaningWorkbench::retranslateUi()
{
    m_menu->setTitle(tr("&Cleaning"));
    m_addMenu->setTitle(tr("&Add Step"));
    m_removeAction->setText(tr("&Remove Step"));
    m_openRecipeAction->setText(tr("&Open Recipe…"));
    m_openRecipeAction->setStatusTip(tr("Replace the steps with a recipe saved earlier"));
    m_saveRecipeAction->setText(tr("&Save Recipe…"));
    m_saveRecipeAction->setStatusTip(tr("Save the steps as a recipe file to use again on other files"));
    m_applyToFileAction->setText(tr("Apply This Recipe to Another &File…"));
    m_applyToFileAction->setStatusTip(tr("Open another file and run these steps on it"));

    m_stepsLabel->setText(tr("Applied &steps"));
    m_stepList->setAccessibleName(tr("Applied steps"));
    m_stepList->setToolTip(tr("Steps run from top to bottom. Drag a step to move it; untick it to skip it."));
    m_addButton->setText(tr("Add step"));
    m_addButton->setAccessibleName(tr("Add step"));
    m_removeButton->setText(tr("Remove step"));
    m_upButton->setText(tr("Move up"));
    m_downButton->setText(tr("Move down"));
    m_settingsLabel->setText(tr("Step settings"));
    m_tableView->setAccessibleName(tr("Table after the selected step"));
    m_tableView->horizontalHeader()->setToolTip(tr("Right-click a column name to add a step for that column."));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop computing the preview; the steps stay as they are"));
    m_refreshButton->setText(tr("Update preview"));
    m_progressBar->setAccessibleName(tr("Preview progress"));
    m_issueList->setAccessibleName(tr("Values the step could not change"));
    m_bottomTabs->setTabText(CheckTab, tr("Check"));
    m_bottomTabs->setTabToolTip(CheckTab, tr("What keeps the table from being read by software, and the steps that fix it"));
    m_bottomTabs->setTabText(IssueTab, tr("Not changed"));
    m_bottomTabs->setTabToolTip(IssueTab, tr("Values the selected step could not change"));
    rebuildAddStepMenu();
    updateActions();
}

void CleaningWorkbench::rebuildAddStepMenu()
{
    m_addMenu->clear();
    for (const QString &typeId : StepRegistry::typeIds()) {
        const auto step = StepRegistry::create(typeId);
        QAction *action = m_addMenu->addAction(step->title());
        action->setObjectName(QStringLiteral("addStep_") + typeId);
        connect(action, &QAction::triggered, this, [this, typeId] { addStep(typeId); });
    }
}

void CleaningWorkbench::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_stepList->viewport()->update();   // titles are asked for when drawn
    }
    QWidget::changeEvent(event);
}

void CleaningWorkbench::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActions();
}

void CleaningWorkbench::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
}

void CleaningWorkbench::updateActions()
{
    // The recipe is edited only where it can be seen: undo in the sheet view would change it
    // behind the user's back.
    const bool visible = isVisible();
    const int selected = selectedStep();
    m_undoAction->setEnabled(visible && m_undoStack->canUndo());
    m_redoAction->setEnabled(visible && m_undoStack->canRedo());
    m_undoAction->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText()) : tr("&Redo"));
    m_addMenu->setEnabled(visible && hasSource());
    m_addButton->setEnabled(hasSource());
    m_removeAction->setEnabled(visible && selected >= 0);
    m_removeButton->setEnabled(selected >= 0);
    m_upButton->setEnabled(selected > 0);
    m_downButton->setEnabled(selected >= 0 && selected < m_document->stepCount() - 1);
    m_openRecipeAction->setEnabled(visible);
    m_saveRecipeAction->setEnabled(visible && m_document->stepCount() > 0);
    m_applyToFileAction->setEnabled(visible && m_document->stepCount() > 0);
    m_diagnosis->setPreparationOffered(m_document->stepCount() == 0);
}

void CleaningWorkbench::setSource(std::shared_ptr<const Workbook> workbook, int sheet, const QString &filePath)
{
    if (!workbook || workbook->sheets.empty())
        return;
    if (m_expectRecipeSource) {
        // Replaying a saved recipe reads the sheet it was made on, when the file has one.
        const ImportOptions &import = m_document->recipe().importOptions;
        const int named = import.sheet.isEmpty() ? -1 : workbook->indexOf(import.sheet);
        if (named >= 0)
            sheet = named;
        else if (import.sheet.isEmpty() && import.sheetIndex >= 0 && import.sheetIndex < int(workbook->sheets.size()))
            sheet = import.sheetIndex;
        m_expectRecipeSource = false;
    }
    sheet = qBound(0, sheet, int(workbook->sheets.size()) - 1);
    if (workbook == m_workbook && sheet == m_sheetIndex)
        return;   // coming back to the same table: the results still hold
    m_workbook = std::move(workbook);
    m_sheetIndex = sheet;
    m_filePath = filePath;
    m_sheetName = m_workbook->sheets[size_t(sheet)].name;
    ImportOptions import = m_document->recipe().importOptions;
    import.sheet = m_sheetName;
    import.sheetIndex = sheet;
    m_document->setImportOptions(import);
    m_shownStep = -2;
    m_runner->setSource(m_workbook->sheets[size_t(sheet)].table);
    m_diagnosis->diagnose(m_workbook->sheets[size_t(sheet)], m_workbook->source, tr("the table as opened"));
    refreshEditor();
    showPreview();
    updateActions();
}

bool CleaningWorkbench::hasSource() const
{
    return m_runner->hasSource();
}

int CleaningWorkbench::selectedStep() const
{
    const QModelIndex current = m_stepList->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CleaningWorkbench::selectStep(int index)
{
    if (index < 0 || index >= m_document->stepCount()) {
        m_stepList->selectionModel()->clearCurrentIndex();
        m_stepList->clearSelection();
        refreshEditor();
        showPreview();
        updateActions();
        return;
    }
    const QModelIndex target = m_stepModel->index(index);
    if (m_stepList->selectionModel()->currentIndex() == target) {
        refreshEditor();
        showPreview();
    } else {
        m_stepList->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
    }
    m_stepList->scrollTo(target);
    updateActions();
}

int CleaningWorkbench::addStep(std::unique_ptr<Step> step)
{
    if (!step)
        return -1;
    const int at = previewStep() + 1;
    m_undoStack->push(new AddStepCommand(m_document, at, std::move(step)));
    return at;
}

int CleaningWorkbench::addStep(const QString &typeId, const QString &column)
{
    auto step = StepRegistry::create(typeId);
    if (!step)
        return -1;
    const QList<ParameterSpec> specs = step->parameterSpecs();
    if (!column.isEmpty() && !specs.isEmpty()) {
        const ParameterSpec &first = specs.first();
        QJsonObject parameters = step->parameters();
        if (first.kind == ParameterSpec::Kind::Column)
            parameters.insert(first.key, column);
        else if (first.kind == ParameterSpec::Kind::Columns)
            parameters.insert(first.key, QJsonArray { column });
        // A step that needs more than the column refuses this; its settings panel then says
        // what is missing, which is where the user fills it in.
        const Status prefilled = step->setParameters(parameters);
        Q_UNUSED(prefilled);
    }
    return addStep(std::move(step));
}

int CleaningWorkbench::previewStep() const
{
    const int selected = selectedStep();
    return selected >= 0 ? selected : m_document->stepCount() - 1;
}

QStringList CleaningWorkbench::inputColumns(int step) const
{
    // The step's own input when ready, else the nearest earlier table known.
    for (int i = step - 1; i >= 0; --i) {
        if (const StepResult *result = m_runner->result(i))
            return result->table.columnNames();
    }
    return m_runner->source().columnNames();
}

void CleaningWorkbench::refreshEditor()
{
    const int selected = selectedStep();
    if (selected < 0 || selected >= m_document->stepCount())
        m_editor->setStep(-1, nullptr, {});
    else
        m_editor->updateFrom(selected, &m_document->step(selected), inputColumns(selected));
}

void CleaningWorkbench::showPreview()
{
    if (!hasSource()) {
        m_preview->setResult(Table(), nullptr, {});
        m_shownStep = -2;
        showMessage(tr("Open a file to clean its data."), false);
        showIssues({}, 0);
        return;
    }
    const int step = previewStep();
    if (step < 0) {
        if (m_shownStep != -1)
            m_preview->setResult(m_runner->source(), nullptr, {});
        m_shownStep = -1;
        m_tableView->setEnabled(true);
        showMessage(tr("Add a step with “Add step”, or right-click a column name."), false);
        showIssues({}, 0);
        resizeColumns();
        return;
    }
    const StepResult *result = m_runner->result(step);
    if (!result) {
        // The old table stays visible but greyed out: it is not the result of this recipe.
        m_tableView->setEnabled(false);
        m_shownStep = -2;
        if (m_runner->isRunning())
            showMessage(tr("Updating the preview…"), false);
        showIssues({}, 0);
        return;
    }
    m_tableView->setEnabled(true);
    m_shownStep = step;
    if (result->error) {
        m_preview->setResult(result->table, nullptr, {});
        m_stepModel->setFailedStep(result->failedStep);
        const QString reason = result->error->toString();
        if (result->failedStep == step) {
            showMessage(tr("This step could not run: %1\nThe table shows the data before this step.").arg(reason), true);
        } else {
            showMessage(tr("Step %1 could not run, so the steps after it did not run either: %2\n"
                           "The table shows the data before step %1.")
                            .arg(result->failedStep + 1)
                            .arg(reason),
                        true);
        }
        showIssues({}, 0);
    } else {
        m_preview->setResult(result->table, result->enabled ? &result->input : nullptr, result->issues);
        if (!result->enabled)
            showMessage(tr("This step is turned off: the table is the same as before it."), false);
        else
            showMessage(QString(), false);
        showIssues(result->issues, result->issueCount);
    }
    resizeColumns();
}

void CleaningWorkbench::resizeColumns()
{
    if (m_preview->columnCount() > MaxAutoSizedColumns)
        return;
    m_tableView->resizeColumnsToContents();
    QHeaderView *columns = m_tableView->horizontalHeader();
    for (int c = 0; c < m_preview->columnCount(); ++c) {
        if (columns->sectionSize(c) > MaxColumnWidth)
            columns->resizeSection(c, MaxColumnWidth);
    }
}

void CleaningWorkbench::showIssues(const QList<CellIssue> &issues, qsizetype total)
{
    m_issueList->clear();
    if (total == 0) {
        m_issueLabel->hide();
        m_issueList->hide();
        m_bottomTabs->setTabVisible(IssueTab, false);
        updateBottomTabs();
        return;
    }
    const QLocale locale;
    QString text = tr("%n value(s) could not be changed by this step and were left as they were:", nullptr,
                      int(qMin<qsizetype>(total, std::numeric_limits<int>::max())));
    if (total > MaxListedIssues)
        text += u' ' + tr("(the first %1 are listed)").arg(locale.toString(MaxListedIssues));
    m_issueLabel->setText(text);
    const StepResult *result = m_runner->result(m_shownStep);
    for (const CellIssue &issue : issues) {
        if (m_issueList->count() >= MaxListedIssues)
            break;
        QString column = result ? result->input.columnName(issue.column) : QString();
        if (column.isEmpty())
            column = Table::columnLetters(issue.column);
        auto *item = new QListWidgetItem(
            tr("Row %1, %2: %3").arg(locale.toString(qlonglong(issue.row + 1)), column, issue.message), m_issueList);
        item->setData(Qt::UserRole, qlonglong(issue.row));
        item->setData(Qt::UserRole + 1, issue.column);
    }
    m_issueLabel->show();
    m_issueList->show();
    // The values a step left alone are shown as they appear, unless the user chose the check.
    if (!m_bottomTabs->isTabVisible(IssueTab)) {
        m_bottomTabs->setTabVisible(IssueTab, true);
        if (!m_checkTabChosen || !m_ruleCheckShown)
            m_bottomTabs->setCurrentIndex(IssueTab);
    }
    updateBottomTabs();
}

void CleaningWorkbench::setRuleCheckShown(bool shown)
{
    m_ruleCheckShown = shown;
    m_bottomTabs->setTabVisible(CheckTab, shown);
    if (!shown && m_bottomTabs->isTabVisible(IssueTab))
        m_bottomTabs->setCurrentIndex(IssueTab);
    updateBottomTabs();
}

void CleaningWorkbench::updateBottomTabs()
{
    // Without the rule check (an exercise), the tabs take room only while a step left values alone.
    m_bottomTabs->setVisible(m_ruleCheckShown || m_bottomTabs->isTabVisible(IssueTab));
}

void CleaningWorkbench::showMessage(const QString &text, bool problem)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    m_messageLabel->setVisible(!text.isEmpty());
}

void CleaningWorkbench::onResultReady(int step)
{
    const StepResult *result = m_runner->result(step);
    if (result && result->error && result->failedStep == step)
        m_stepModel->setFailedStep(step);
    if (step == previewStep())
        showPreview();
    if (step == selectedStep() - 1)
        refreshEditor();   // the selected step's columns are now known
    if (step == m_document->stepCount() - 1)
        emit resultChanged();
}

void CleaningWorkbench::onRunningChanged(bool running)
{
    if (running) {
        // The bar appears on the first tick, so that a quick run does not make it flicker.
        m_refreshButton->hide();
        m_progressBar->setRange(0, 0);
        m_progressTimer->start();
    } else {
        m_progressTimer->stop();
        m_progressBar->hide();
        m_cancelButton->hide();
    }
    emit resultChanged();
}

void CleaningWorkbench::updateProgress()
{
    if (!m_runner->isRunning())
        return;
    m_progressBar->show();
    m_cancelButton->show();
    const auto progress = m_runner->progress();
    if (!progress || progress->total() <= 0) {
        m_progressBar->setRange(0, 0);
        return;
    }
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(int(qBound(qint64(0), progress->done() * 1000 / progress->total(), qint64(1000))));
}

void CleaningWorkbench::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_tableView->horizontalHeader();
    const int column = header->logicalIndexAt(position);
    if (column < 0 || column >= m_preview->table().columnCount())
        return;
    const QString name = m_preview->table().columnName(column);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnStepsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (name.isEmpty()) {
        // Steps name columns by header; a column without one cannot be chosen yet.
        QAction *hint = menu->addAction(tr("This column has no name yet. Add a step that uses a row as column names first."));
        hint->setEnabled(false);
        menu->addSeparator();
    }
    for (const QString &typeId : StepRegistry::typeIds()) {
        const auto step = StepRegistry::create(typeId);
        const QList<ParameterSpec> specs = step->parameterSpecs();
        if (specs.isEmpty()
            || (specs.first().kind != ParameterSpec::Kind::Column && specs.first().kind != ParameterSpec::Kind::Columns))
            continue;
        QAction *action = menu->addAction(step->title());
        action->setObjectName(QStringLiteral("columnStep_") + typeId);
        action->setEnabled(!name.isEmpty() && hasSource());
        connect(action, &QAction::triggered, this, [this, typeId, name] { addStep(typeId, name); });
    }
    menu->popup(header->viewport()->mapToGlobal(position));
}

void CleaningWorkbench::moveSelected(int offset)
{
    const int from = selectedStep();
    const int to = from + offset;
    if (from < 0 || to < 0 || to >= m_document->stepCount())
        return;
    m_undoStack->push(new MoveStepCommand(m_document, from, to));
}

void CleaningWorkbench::removeSelected()
{
    const int selected = selectedStep();
    if (selected >= 0)
        m_undoStack->push(new RemoveStepCommand(m_document, selected));
}

bool CleaningWorkbench::saveRecipe(const QString &path)
{
    m_editor->flush();
    // A recipe that cannot be opened again is worse than none: check every step first.
    for (int i = 0; i < m_document->stepCount(); ++i) {
        const Step &step = m_document->step(i);
        const Status valid = step.clone()->setParameters(step.parameters());
        if (!valid) {
            selectStep(i);
            showError(tr("The recipe was not saved: step %1 needs its settings completed.").arg(i + 1), valid.error());
            return false;
        }
    }
    const Status saved = m_document->recipe().save(path);
    if (!saved) {
        showError(tr("Could not save the recipe “%1”.").arg(QFileInfo(path).fileName()), saved.error());
        return false;
    }
    m_recipePath = path;
    m_undoStack->setClean();
    return true;
}

bool CleaningWorkbench::openRecipe(const QString &path)
{
    auto recipe = Recipe::load(path);
    if (!recipe) {
        showError(tr("Could not open the recipe “%1”.").arg(QFileInfo(path).fileName()), recipe.error());
        return false;
    }
    m_editor->flush();
    m_recipePath = path;
    // The table open now stays the source: the recipe's own import settings are for other files.
    Recipe loaded = std::move(recipe).value();
    loaded.importOptions = m_document->recipe().importOptions;
    m_undoStack->push(new ReplaceRecipeCommand(m_document, std::move(loaded), QFileInfo(path).fileName()));
    return true;
}

void CleaningWorkbench::chooseRecipeToSave()
{
    QString suggestion = m_recipePath;
    if (suggestion.isEmpty()) {
        const QFileInfo source(m_filePath);
        suggestion = source.absoluteDir().filePath(tr("%1 recipe").arg(source.completeBaseName())
                                                   + QStringLiteral(".tenarai-recipe.json"));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Recipe"), suggestion,
                                                tr("Tenarai recipes (*.json)") + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    saveRecipe(path);
}

void CleaningWorkbench::chooseRecipeToOpen()
{
    const QString start = m_recipePath.isEmpty() ? QFileInfo(m_filePath).absolutePath() : m_recipePath;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Recipe"), start,
                                                      tr("Tenarai recipes (*.json)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openRecipe(path);
}

std::shared_ptr<const Workbook> CleaningWorkbench::resultWorkbook() const
{
    if (!hasSource())
        return nullptr;
    Table table = m_runner->source();
    const int last = m_document->stepCount() - 1;
    if (last >= 0) {
        const StepResult *result = m_runner->result(last);
        if (!result || result->error)
            return nullptr;
        table = result->table;
    }
    auto workbook = std::make_shared<Workbook>();
    workbook->source = m_workbook ? m_workbook->source : SourceInfo();
    workbook->sheets.push_back(Sheet { m_sheetName, Sheet::State::Visible, Sheet::Type::Worksheet, table, {} });
    return workbook;
}

std::optional<Table> CleaningWorkbench::currentResult() const
{
    if (!hasSource())
        return std::nullopt;
    const int last = m_document->stepCount() - 1;
    if (last < 0)
        return m_runner->source();
    const StepResult *result = m_runner->result(last);
    if (!result || result->error)
        return std::nullopt;
    return result->table;
}

bool CleaningWorkbench::highlightCells(const Table &checked, const QList<PreviewTableModel::WrongCell> &cells)
{
    // The marks point into the whole recipe's result: show it, whichever step was selected.
    if (selectedStep() != m_document->stepCount() - 1)
        selectStep(m_document->stepCount() - 1);
    // The checker may hand back a copy it made; equal content counts (exercise tables are small).
    if (m_shownStep != m_document->stepCount() - 1
        || (!sameTable(m_preview->table(), checked) && !(m_preview->table() == checked))) {
        m_preview->setWrongCells({});
        return false;
    }
    m_preview->setWrongCells(cells);
    for (const PreviewTableModel::WrongCell &cell : cells) {
        if (!m_preview->isWrong(int(cell.row), cell.column))
            continue;
        const QModelIndex first = m_preview->index(int(cell.row), cell.column);
        m_tableView->setCurrentIndex(first);
        m_tableView->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect);
        m_tableView->scrollTo(first, QAbstractItemView::PositionAtCenter);
        break;
    }
    return true;
}

void CleaningWorkbench::checkShownTable()
{
    if (!hasSource())
        return;
    if (m_shownStep == -1) {
        m_diagnosis->diagnose(m_workbook->sheets[size_t(m_sheetIndex)], m_workbook->source, tr("the table as opened"));
    } else if (m_shownStep >= 0) {
        // Merged ranges belong to the sheet as opened; a step's result has none.
        const Sheet shown { m_sheetName, Sheet::State::Visible, Sheet::Type::Worksheet, m_preview->table(), {} };
        m_diagnosis->diagnose(shown, m_workbook->source, tr("the table after step %1").arg(m_shownStep + 1));
    } else {
        m_diagnosis->showNotice(tr("The preview is not ready yet. Click “Check again” when it is."));
    }
}

void CleaningWorkbench::selectFindingCells(const QList<FindingCell> &cells)
{
    // The cells point into the table checked; another step's table has other rows.
    if (!sameTable(m_preview->table(), m_diagnosis->checkedTable())) {
        showMessage(tr("The table shown is not the one checked. Click “Check again” to check it."), false);
        return;
    }
    const int rows = m_preview->rowCount();
    QItemSelection selection;
    QModelIndex first;
    for (const FindingCell &cell : cells) {
        if (cell.column < 0 || cell.column >= m_preview->columnCount() || cell.row >= rows || rows == 0)
            continue;
        // Row -1 is the column's heading: the whole column stands for it.
        const QModelIndex top = m_preview->index(cell.row < 0 ? 0 : int(cell.row), cell.column);
        const QModelIndex bottom = cell.row < 0 ? m_preview->index(rows - 1, cell.column) : top;
        if (!first.isValid())
            first = top;
        selection.select(top, bottom);
    }
    if (!first.isValid())
        return;
    m_tableView->setCurrentIndex(first);
    m_tableView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_tableView->scrollTo(first, QAbstractItemView::PositionAtCenter);
    m_tableView->setFocus();
}

void CleaningWorkbench::addSuggestedStep(const QString &type, const QJsonObject &parameters)
{
    auto step = StepRegistry::create(type);
    if (!step)
        return;
    const Status valid = step->setParameters(parameters);
    if (!valid) {
        showError(tr("The suggested step could not be added."), valid.error());
        return;
    }
    // After the step shown, through the undoable path; the new step is then selected.
    addStep(std::move(step));
}

void CleaningWorkbench::showError(const QString &summary, const Error &error)
{
    showErrorBox(this, QStringLiteral("workbenchErrorMessageBox"), summary, error);
}

} // namespace tenarai
