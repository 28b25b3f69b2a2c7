#include "CleaningExercisePanel.h"

#include "CleaningWorkbench.h"
#include "RecipeDocument.h"
#include "StepParameterEditor.h"
#include "lessons/ExerciseChecker.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace tenarai {

namespace {
// Messages about rows, columns or the whole table, listed under the count; the cells have theirs
// in their tooltips.
constexpr int MaxListedNotes = 5;

bool isEmptyResult(const CheckResult &result)
{
    return !result.passed && result.summary.isEmpty() && result.feedback.isEmpty() && result.wrongCells == 0;
}
} // namespace

CleaningExercisePanel::CleaningExercisePanel(QWidget *parent) : ExercisePanel(parent)
{
    setObjectName(QStringLiteral("cleaningExercisePanel"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(QStringLiteral("exerciseUndoButton"));
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(m_undoButton);
    m_redoButton = new QToolButton(this);
    m_redoButton->setObjectName(QStringLiteral("exerciseRedoButton"));
    m_redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(m_redoButton);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("cellsLeftLabel"));
    m_countLabel->setWordWrap(true);
    m_countLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel->hide();
    top->addWidget(m_countLabel, 1);
    m_layout->addLayout(top);

    m_workbench = new CleaningWorkbench(this);
    m_workbench->setObjectName(QStringLiteral("cleaningExerciseWorkbench"));
    m_layout->addWidget(m_workbench, 1);
    retranslateUi();
}

CleaningExercisePanel::~CleaningExercisePanel()
{
    // The document outlives this class's part of the destruction (QWidget deletes the children).
    m_workbench->document()->disconnect(this);
}

Status CleaningExercisePanel::start(std::shared_ptr<const Pack> pack, const Exercise &exercise)
{
    if (!pack) {
        Error error;
        error.kind = Error::Kind::InvalidArgument;
        error.message = tr("The exercise “%1” has no lesson pack to read its files from.").arg(exercise.id);
        return error;
    }
    Result<Table> table = ExerciseChecker::startTable(*pack, exercise);
    if (!table)
        return table.error();

    // A fresh workbench: the recipe, its undo history and the preview of an earlier start go.
    auto *workbench = new CleaningWorkbench(this);
    workbench->setObjectName(QStringLiteral("cleaningExerciseWorkbench"));
    delete m_layout->replaceWidget(m_workbench, workbench); // the old layout item is ours to delete
    delete m_workbench;
    m_workbench = workbench;

    m_pack = std::move(pack);
    m_exercise = exercise;
    m_wrongCells = -1;
    m_passed = false;
    m_notes.clear();
    showCount();

    // Outside a lesson the Edit menu holds these; here the panel does, for the buttons and keys.
    for (QAction *action : { m_workbench->undoAction(), m_workbench->redoAction() }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_undoButton->setDefaultAction(m_workbench->undoAction());
    m_redoButton->setDefaultAction(m_workbench->redoAction());

    connect(m_workbench->document(), &RecipeDocument::resultsInvalidated, this, [this] {
        // The tints went with the table they were on; the count would now be out of date.
        m_wrongCells = -1;
        m_passed = false;
        m_notes.clear();
        showCount();
        emit answerChanged();
    });

    auto workbook = std::make_shared<Workbook>();
    const QString sheetName = exercise.startImport.sheet.isEmpty()
        ? QFileInfo(exercise.startFile).completeBaseName()
        : exercise.startImport.sheet;
    workbook->sheets.push_back(
        Sheet { sheetName, Sheet::State::Visible, Sheet::Type::Worksheet, std::move(table).value(), {} });
    m_workbench->setRuleCheckShown(false);
    m_workbench->setSource(workbook, 0, exercise.startFile);
    m_workbench->show();
    return Ok {};
}

Result<CheckResult> CleaningExercisePanel::check()
{
    if (!m_pack) {
        Error error;
        error.kind = Error::Kind::InvalidArgument;
        error.message = tr("No exercise is open to check.");
        return error;
    }
    // What is typed in a setting counts, as it would when saving the recipe.
    m_workbench->parameterEditor()->flush();
    if (const std::optional<Table> table = m_workbench->currentResult())
        return ExerciseChecker::checkTable(*m_pack, m_exercise, *table);
    // The preview is not ready (or a step failed): replay the recipe, whose error names the step.
    return ExerciseChecker::checkRecipe(*m_pack, m_exercise, m_workbench->document()->recipe());
}

void CleaningExercisePanel::showFeedback(const CheckResult &result)
{
    if (isEmptyResult(result)) {
        m_workbench->highlightCells(m_workbench->previewModel()->table(), {});
        m_wrongCells = -1;
        m_passed = false;
        m_notes.clear();
        showCount();
        return;
    }
    QList<PreviewTableModel::WrongCell> cells;
    QStringList notes;
    for (const CheckFeedback &feedback : result.feedback) {
        if (feedback.target == CheckFeedback::Target::Cell && feedback.row >= 0 && feedback.column >= 0)
            cells.append({ feedback.row, feedback.column, feedback.message });
        else if (!feedback.message.isEmpty() && notes.size() < MaxListedNotes
                 && !notes.contains(feedback.message))
            notes << feedback.message;
    }
    m_workbench->highlightCells(result.result, cells);
    m_wrongCells = result.wrongCells;
    m_passed = result.passed;
    m_notes = notes;
    showCount();
}

void CleaningExercisePanel::showCount()
{
    if (m_wrongCells < 0 && !m_passed) {
        m_countLabel->clear();
        m_countLabel->hide();
        return;
    }
    QString text;
    if (m_passed)
        text = tr("Every cell matches the target.");
    else if (m_wrongCells > 0)
        text = tr("%n cell(s) left", nullptr,
                  int(qMin<qsizetype>(m_wrongCells, std::numeric_limits<int>::max())));
    const QStringList notes = m_passed ? QStringList() : m_notes;
    if (!notes.isEmpty())
        text = text.isEmpty() ? notes.join(u'\n') : text + u'\n' + notes.join(u'\n');
    m_countLabel->setText(text);
    m_countLabel->setStyleSheet(m_passed ? QString()
                                         : QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_countLabel->setVisible(!text.isEmpty());
}

QByteArray CleaningExercisePanel::answer() const
{
    m_workbench->parameterEditor()->flush();
    return m_workbench->document()->recipe().toJson();
}

void CleaningExercisePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ExercisePanel::changeEvent(event);
}

void CleaningExercisePanel::retranslateUi()
{
    m_countLabel->setAccessibleName(tr("Cells still different from the target"));
    showCount();
}

} // namespace tenarai
