#include "FormExercisePanel.h"

#include "ErrorBox.h"
#include "FormDesigner.h"
#include "forms/FormInference.h"
#include "lessons/ExerciseChecker.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace tenarai {

namespace {
bool isEmptyResult(const CheckResult &result)
{
    return !result.passed && result.summary.isEmpty() && result.feedback.isEmpty() && result.rubric.isEmpty();
}

// A soft green and red that keep black text readable; the ✓ and ✗ say the same for anyone who
// cannot tell the colours apart.
const QColor PassedColor(0xd6, 0xf0, 0xd6);
const QColor MissingColor(0xff, 0xd6, 0xd6);
} // namespace

FormExercisePanel::FormExercisePanel(QWidget *parent) : ExercisePanel(parent)
{
    setObjectName(QStringLiteral("formExercisePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("createFromSheetButton"));
    m_createButton->setEnabled(false);
    connect(m_createButton, &QPushButton::clicked, this, &FormExercisePanel::createFromSheet);
    top->addWidget(m_createButton);
    top->addStretch(1);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_designer = new FormDesigner(splitter);
    m_designer->setObjectName(QStringLiteral("formExerciseDesigner"));
    connect(m_designer, &FormDesigner::formChanged, this, &ExercisePanel::answerChanged);

    auto *results = new QWidget(splitter);
    auto *resultsLayout = new QVBoxLayout(results);
    m_rubricLabel = new QLabel(results);
    m_rubricLabel->setObjectName(QStringLiteral("rubricLabel"));
    m_rubricLabel->setWordWrap(true);
    resultsLayout->addWidget(m_rubricLabel);
    m_rubricList = new QListWidget(results);
    m_rubricList->setObjectName(QStringLiteral("rubricResultList"));
    m_rubricList->setWordWrap(true);
    m_rubricLabel->setBuddy(m_rubricList);
    connect(m_rubricList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QString fieldId = item->data(Qt::UserRole).toString();
        if (!fieldId.isEmpty() && m_designer->form().field(fieldId))
            m_designer->selectField(fieldId);
    });
    resultsLayout->addWidget(m_rubricList, 1);
    m_emptyLabel = new QLabel(results);
    m_emptyLabel->setObjectName(QStringLiteral("rubricEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    resultsLayout->addWidget(m_emptyLabel);
    splitter->addWidget(m_designer);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    retranslateUi();
}

FormExercisePanel::~FormExercisePanel()
{
    // The designer still emits formChanged while QWidget's destructor deletes it.
    m_designer->disconnect(this);
}

Status FormExercisePanel::start(std::shared_ptr<const Pack> pack, const Exercise &exercise)
{
    if (!pack) {
        Error error;
        error.kind = Error::Kind::InvalidArgument;
        error.message = tr("The exercise “%1” has no lesson pack to read its files from.").arg(exercise.id);
        return error;
    }
    Result<Form> form = ExerciseChecker::startForm(*pack, exercise);
    if (!form)
        return form.error();
    m_pack = std::move(pack);
    m_exercise = exercise;
    m_designer->setForm(form.value());
    m_createButton->setEnabled(!m_exercise.sheetFile.isEmpty());
    m_rubricList->clear();
    m_emptyLabel->show();
    return Ok {};
}

bool FormExercisePanel::createFromSheet()
{
    if (!m_pack || m_exercise.sheetFile.isEmpty())
        return false;
    const QString summary = tr("Could not make a form from the exercise's sheet “%1”.")
                                .arg(QFileInfo(m_exercise.sheetFile).fileName());
    const Result<Workbook> workbook = m_pack->readWorkbook(m_exercise.sheetFile);
    if (!workbook) {
        showErrorBox(this, QStringLiteral("formExerciseErrorMessageBox"), summary, workbook.error());
        return false;
    }
    // The first visible worksheet, as a learner sees it on opening the file.
    const Sheet *chosen = nullptr;
    for (const Sheet &sheet : workbook.value().sheets) {
        if (sheet.type != Sheet::Type::Worksheet)
            continue;
        if (!chosen)
            chosen = &sheet;
        if (sheet.state == Sheet::State::Visible) {
            chosen = &sheet;
            break;
        }
    }
    if (!chosen) {
        Error error;
        error.kind = Error::Kind::InvalidArgument;
        error.file = m_exercise.sheetFile;
        error.message = tr("The file has no worksheet with cells to make a form from.");
        showErrorBox(this, QStringLiteral("formExerciseErrorMessageBox"), summary, error);
        return false;
    }
    Result<FormInference> inferred = FormInferrer::infer(*chosen);
    if (!inferred) {
        Error error = inferred.error();
        if (error.file.isEmpty())
            error.file = m_exercise.sheetFile;
        showErrorBox(this, QStringLiteral("formExerciseErrorMessageBox"), summary, error);
        return false;
    }
    Form form = inferred.value().form;
    if (form.title.trimmed().isEmpty())
        form.title = !inferred.value().titleFromSheet.trimmed().isEmpty()
            ? inferred.value().titleFromSheet.trimmed()
            : QFileInfo(m_exercise.sheetFile).completeBaseName();
    m_designer->replaceForm(form, tr("Create from the sheet"));
    return true;
}

Result<CheckResult> FormExercisePanel::check()
{
    if (!m_pack) {
        Error error;
        error.kind = Error::Kind::InvalidArgument;
        error.message = tr("No exercise is open to check.");
        return error;
    }
    // What is typed in a property counts, though the pause has not passed yet.
    m_designer->commitPendingEdit();
    return ExerciseChecker::checkForm(*m_pack, m_exercise, m_designer->form());
}

void FormExercisePanel::showFeedback(const CheckResult &result)
{
    m_rubricList->clear();
    if (isEmptyResult(result)) {
        m_emptyLabel->show();
        return;
    }
    m_emptyLabel->hide();
    for (const RubricResult &item : result.rubric) {
        QString text;
        if (item.passed)
            text = tr("✓ %1").arg(item.label);
        else if (item.problems.isEmpty())
            text = tr("✗ %1").arg(item.label);
        else
            text = tr("✗ %1: %2").arg(item.label, item.problems.join(u' '));
        auto *entry = new QListWidgetItem(text, m_rubricList);
        entry->setData(Qt::UserRole, item.fieldId);
        entry->setData(Qt::UserRole + 1, item.itemId);
        entry->setData(Qt::UserRole + 2, item.passed);
        entry->setBackground(item.passed ? PassedColor : MissingColor);
        entry->setForeground(QColor(Qt::black));
        QString tip = item.problems.join(u'\n');
        if (!item.passed && !item.hint.isEmpty())
            tip = tip.isEmpty() ? item.hint : tip + u'\n' + item.hint;
        if (!item.fieldId.isEmpty())
            tip = tip.isEmpty() ? tr("Click to select the field.")
                                : tip + u'\n' + tr("Click to select the field.");
        entry->setToolTip(tip);
    }
    // What the rubric items do not say (the form's title, for instance).
    for (const CheckFeedback &feedback : result.feedback) {
        if (feedback.target == CheckFeedback::Target::Field || feedback.message.isEmpty())
            continue;
        auto *entry = new QListWidgetItem(tr("✗ %1").arg(feedback.message), m_rubricList);
        entry->setData(Qt::UserRole + 2, false);
        entry->setBackground(MissingColor);
        entry->setForeground(QColor(Qt::black));
    }
}

QByteArray FormExercisePanel::answer() const
{
    m_designer->commitPendingEdit();
    return m_designer->form().toJson();
}

void FormExercisePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ExercisePanel::changeEvent(event);
}

void FormExercisePanel::retranslateUi()
{
    m_createButton->setText(tr("Create from the &Sheet"));
    m_createButton->setToolTip(
        tr("Propose a form from the columns of the exercise's sheet; you can undo it"));
    m_rubricLabel->setText(tr("What the form needs"));
    m_rubricList->setAccessibleName(tr("What the form needs"));
    m_emptyLabel->setText(tr("Click Check to see what your form already has and what it still needs."));
}

} // namespace tenarai
