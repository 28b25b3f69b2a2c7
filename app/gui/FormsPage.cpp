#include "FormsPage.h"

#include "ErrorBox.h"
#include "FormDesigner.h"
#include "FormFillWidget.h"
#include "SubmissionsView.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tenarai {

namespace {
// The draft is written this long after the last key: often enough that a crash loses a few
// characters at most, rarely enough that typing never waits for the disk.
constexpr int DraftSaveDelayMs = 500;
} // namespace

FormsPage::FormsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("formsPage"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("formTitleLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_titleLabel->setFont(bold);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_titleLabel, 1);
    m_exportFormButton = new QPushButton(this);
    m_exportFormButton->setObjectName(QStringLiteral("exportFormButton"));
    connect(m_exportFormButton, &QPushButton::clicked, this, &FormsPage::chooseFormExportFile);
    top->addWidget(m_exportFormButton);
    m_exportAnswersButton = new QPushButton(this);
    m_exportAnswersButton->setObjectName(QStringLiteral("exportAnswersButton"));
    connect(m_exportAnswersButton, &QPushButton::clicked, this, &FormsPage::chooseAnswersExportFile);
    top->addWidget(m_exportAnswersButton);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("formsTabs"));
    m_tabs->setDocumentMode(true);
    m_designer = new FormDesigner(m_tabs);
    m_fill = new FormFillWidget(m_tabs);
    m_fill->setObjectName(QStringLiteral("fillWidget"));
    m_answers = new SubmissionsView(m_tabs);
    m_answers->setObjectName(QStringLiteral("submissionsView"));
    m_tabs->insertTab(DesignTab, m_designer, QString());
    m_tabs->insertTab(FillTab, m_fill, QString());
    m_tabs->insertTab(AnswersTab, m_answers, QString());
    layout->addWidget(m_tabs, 1);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("formStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLabel);

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftSaveDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &FormsPage::saveNow);

    connect(m_designer, &FormDesigner::formChanged, this, &FormsPage::onDesignChanged);
    connect(m_fill, &FormFillWidget::inputsChanged, this, &FormsPage::onInputsChanged);
    connect(m_fill, &FormFillWidget::submitted, this, &FormsPage::onSubmitted);
    connect(m_answers, &SubmissionsView::editRequested, this, &FormsPage::editSubmission);
    connect(m_answers, &SubmissionsView::deleteRequested, this, &FormsPage::deleteSubmission);
    // Leaving the designer takes what was being typed into a property.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { m_designer->commitPendingEdit(); });

    retranslateUi();
    showCollection();
}

FormsPage::~FormsPage()
{
    // The last keys typed are written even when the window goes away without closing (a crash
    // of the caller, a test): the file then holds the draft.
    if (hasCollection()) {
        m_designer->commitPendingEdit();
        if (m_draftTimer->isActive() || m_unsaved)
            m_collection.save(m_path);
    }
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void FormsPage::retranslateUi()
{
    m_tabs->setTabText(DesignTab, tr("Design"));
    m_tabs->setTabToolTip(DesignTab, tr("Choose the questions, their order and what counts as a valid answer"));
    m_tabs->setTabText(FillTab, tr("Fill in"));
    m_tabs->setTabToolTip(FillTab, tr("Type answers as the people asked would, and save each one"));
    m_tabs->setTabText(AnswersTab, tr("Answers"));
    m_tabs->setTabToolTip(AnswersTab, tr("The answers saved so far: edit, delete or export them"));
    m_exportFormButton->setText(tr("Export form…"));
    m_exportFormButton->setToolTip(tr("Save the form's definition as a file, for another PC or for checking"));
    m_exportAnswersButton->setText(tr("Export answers…"));
    m_exportAnswersButton->setToolTip(tr("Save the answers as an Excel workbook or a CSV file"));
    m_tabs->setAccessibleName(tr("Form"));
    updateStatus();
}

void FormsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FormsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

Status FormsPage::openCollection(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<FormCollection> loaded = FormCollection::load(absolute);
    if (!loaded)
        return loaded.error();
    closeCollection();
    m_collection = std::move(loaded).value();
    m_path = absolute;
    showCollection();
    // Where the learner left off: the answer being typed, or else the design.
    showTab(m_collection.draft.isEmpty() ? DesignTab : FillTab);
    return Ok {};
}

Status FormsPage::createCollection(const FormCollection &collection, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const Status saved = collection.save(absolute);
    if (!saved)
        return saved;
    closeCollection();
    m_collection = collection;
    m_path = absolute;
    showCollection();
    showTab(DesignTab);
    return Ok {};
}

void FormsPage::closeCollection()
{
    if (!hasCollection())
        return;
    m_designer->commitPendingEdit();
    if (m_draftTimer->isActive() || m_unsaved)
        saveNow();
    m_draftTimer->stop();
    m_collection = FormCollection {};
    m_path.clear();
    m_editingId.clear();
    m_unsaved = false;
    m_saveErrorShown = false;
    m_saveError.reset();
    showCollection();
}

void FormsPage::showCollection()
{
    m_loading = true;
    m_designer->setForm(m_collection.form);
    m_fill->setForm(m_collection.form);
    m_fill->clear();
    m_editingId.clear();
    if (!m_collection.draftSubmissionId.isEmpty() && m_collection.indexOf(m_collection.draftSubmissionId) >= 0)
        m_editingId = m_collection.draftSubmissionId;
    m_fill->setEditing(!m_editingId.isEmpty());
    if (!m_collection.draft.isEmpty())
        m_fill->setInputs(m_collection.draft);
    m_answers->setCollection(hasCollection() ? &m_collection : nullptr);
    m_loading = false;

    setEnabled(hasCollection());
    m_titleLabel->setText(hasCollection() ? m_collection.form.title : tr("No form is open."));
    updateStatus();
    emit collectionChanged();
}

void FormsPage::onDesignChanged()
{
    if (!hasCollection() || m_loading)
        return;
    const bool retitled = m_collection.form.title != m_designer->form().title;
    m_collection.form = m_designer->form();
    m_loading = true;
    m_fill->setForm(m_collection.form); // keeps what was typed into fields that remain
    m_loading = false;
    m_collection.draft = m_fill->inputs();
    saveNow();
    m_answers->refresh();
    if (retitled) {
        m_titleLabel->setText(m_collection.form.title);
        emit collectionChanged();
    }
}

void FormsPage::onInputsChanged()
{
    if (!hasCollection() || m_loading)
        return;
    m_collection.draft = m_fill->inputs();
    m_draftTimer->start();
}

void FormsPage::onSubmitted(const FormInputs &inputs)
{
    if (!hasCollection())
        return;
    const bool editing = !m_editingId.isEmpty() && m_collection.indexOf(m_editingId) >= 0;
    const Result<Submission> saved
        = editing ? m_collection.update(m_editingId, inputs) : m_collection.submit(inputs);
    if (!saved) {
        showError(tr("The answer was not saved."), saved.error());
        // The fill-in widget empties itself after submitting: give the answer back to fix it.
        QTimer::singleShot(0, this, [this, inputs] {
            if (hasCollection())
                m_fill->setInputs(inputs);
        });
        return;
    }
    m_collection.draft.clear();
    m_collection.draftSubmissionId.clear();
    m_editingId.clear();
    m_fill->setEditing(false);
    const bool written = saveNow();
    m_answers->refresh();
    const int number = m_collection.indexOf(saved.value().id) + 1;
    if (written) {
        updateStatus(editing ? tr("Answer %1 was updated and saved.").arg(number)
                             : tr("Answer %1 was saved. The form is ready for the next one.").arg(number));
    }
}

void FormsPage::editSubmission(const QString &submissionId)
{
    const int index = m_collection.indexOf(submissionId);
    if (index < 0)
        return;
    const Submission &submission = m_collection.submissions.at(index);
    FormInputs inputs;
    for (const FormField &field : m_collection.form.answerFields()) {
        if (submission.values.contains(field.id))
            inputs.insert(field.id, FormValidator::inputFromValue(field, submission.values.value(field.id)));
    }
    m_editingId = submissionId;
    m_collection.draftSubmissionId = submissionId;
    m_loading = true;
    m_fill->setEditing(true);
    m_fill->setInputs(inputs);
    m_loading = false;
    m_collection.draft = inputs;
    saveNow();
    showTab(FillTab);
    updateStatus(tr("Editing answer %1: confirm to save the change.").arg(index + 1));
}

void FormsPage::deleteSubmission(const QString &submissionId)
{
    const int index = m_collection.indexOf(submissionId);
    if (index < 0 || !m_collection.remove(submissionId))
        return;
    if (m_editingId == submissionId) {
        // The answer being edited is gone: what is in the form becomes a new answer.
        m_editingId.clear();
        m_collection.draftSubmissionId.clear();
        m_fill->setEditing(false);
    }
    const bool written = saveNow();
    m_answers->refresh();
    if (written)
        updateStatus(tr("Answer %1 was deleted.").arg(index + 1));
}

bool FormsPage::saveNow()
{
    m_draftTimer->stop();
    if (!hasCollection())
        return true;
    const Status saved = m_collection.save(m_path);
    if (!saved) {
        m_unsaved = true;
        m_saveError = saved.error();
        updateStatus();
        if (!m_saveErrorShown) {
            m_saveErrorShown = true;
            showError(tr("The form could not be saved; what you entered is kept while Tenarai stays open."),
                      saved.error());
        }
        return false;
    }
    m_unsaved = false;
    m_saveErrorShown = false;
    m_saveError.reset();
    updateStatus();
    return true;
}

void FormsPage::updateStatus(const QString &message)
{
    QString text;
    if (!hasCollection()) {
        text = tr("Create a form from a spreadsheet, or open one, in the Forms menu.");
    } else if (m_saveError) {
        text = tr("⚠ Not saved: %1").arg(m_saveError->toString());
    } else {
        text = message.isEmpty()
            ? tr("%n answer(s). Saved automatically in “%1”.", nullptr, int(m_collection.submissions.size()))
                  .arg(QDir::toNativeSeparators(m_path))
            : message;
    }
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(m_saveError ? QStringLiteral("QLabel { color: #9a4d00; font-weight: bold; }")
                                             : QString());
}

void FormsPage::showError(const QString &summary, const Error &error)
{
    showErrorBox(this, QStringLiteral("formsErrorMessageBox"), summary, error);
}

Status FormsPage::exportFormTo(const QString &path)
{
    m_designer->commitPendingEdit();
    const Status saved = m_collection.form.save(path);
    if (!saved)
        showError(tr("The form could not be exported to “%1”.").arg(QFileInfo(path).fileName()), saved.error());
    else
        updateStatus(tr("The form was exported to “%1”.").arg(QDir::toNativeSeparators(path)));
    return saved;
}

void FormsPage::chooseFormExportFile()
{
    if (!hasCollection())
        return;
    const QString suggestion = QFileInfo(m_path).absoluteDir().filePath(
        (m_collection.form.title.isEmpty() ? tr("form") : m_collection.form.title) + QStringLiteral(".json"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the Form"), suggestion,
                                                tr("Form definition (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    exportFormTo(path);
}

void FormsPage::chooseAnswersExportFile()
{
    if (!hasCollection())
        return;
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV UTF-8 (Excel) (*.csv)");
    QString selected = xlsx;
    const QString suggestion = QDir::home().filePath(
        tr("%1 answers").arg(m_collection.form.title.isEmpty() ? tr("form") : m_collection.form.title));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the Answers"), suggestion,
                                                QStringList { xlsx, csv }.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (selected == xlsx && suffix != u"xlsx")
        path += QStringLiteral(".xlsx");
    else if (selected == csv && suffix != u"csv")
        path += QStringLiteral(".csv");
    if (m_answers->exportTo(path))
        updateStatus(tr("The answers were exported to “%1”.").arg(QDir::toNativeSeparators(path)));
}

} // namespace tenarai
