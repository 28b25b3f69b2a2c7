#include "SubmissionsView.h"

#include "ErrorBox.h"
#include "TableModel.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>
#include <memory>

namespace tenarai {

namespace {

// Enter on a row edits it, as a double-click does; the view itself would only move the cursor.
class SubmissionsTable : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onEnter
            && currentIndex().isValid()) {
            onEnter();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

constexpr int MaxColumnWidthCharacters = 30;

} // namespace

SubmissionsView::SubmissionsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("submissionsView"));

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("submissionCountLabel"));
    m_countLabel->setWordWrap(true);

    auto *table = new SubmissionsTable(this);
    m_table = table;
    m_table->setObjectName(QStringLiteral("submissionsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    table->onEnter = [this] {
        const QString id = currentSubmissionId();
        if (!id.isEmpty())
            emit editRequested(id);
    };
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        const QString id = currentSubmissionId();
        if (!id.isEmpty())
            emit editRequested(id);
    });

    m_editButton = new QPushButton(this);
    m_editButton->setObjectName(QStringLiteral("editSubmissionButton"));
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        const QString id = currentSubmissionId();
        if (!id.isEmpty())
            emit editRequested(id);
    });
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteSubmissionButton"));
    connect(m_deleteButton, &QPushButton::clicked, this, &SubmissionsView::confirmDelete);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportSubmissionsButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &SubmissionsView::chooseExportFile);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_countLabel, 1);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    retranslateUi();
    refresh();
}

SubmissionsView::ConnectionCutter::~ConnectionCutter()
{
    const QList<QObject *> children = owner->findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(owner);
}

void SubmissionsView::setCollection(const FormCollection *collection)
{
    m_collection = collection;
    refresh();
}

void SubmissionsView::refresh()
{
    const QString selected = currentSubmissionId();
    auto workbook = std::make_shared<Workbook>();
    Sheet sheet;
    if (m_collection)
        sheet.table = m_collection->toTable();
    workbook->sheets.push_back(std::move(sheet));

    TableModel *old = m_model;
    m_model = new TableModel(std::move(workbook), 0, this);
    m_table->setModel(m_model);
    delete old;
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SubmissionsView::updateButtons);

    // Widths from the answers, capped so that one long comment does not push the rest away.
    m_table->resizeColumnsToContents();
    const int maxWidth = MaxColumnWidthCharacters * m_table->fontMetrics().averageCharWidth();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), maxWidth));

    // The same answer stays selected after an edit elsewhere.
    if (m_collection && !selected.isEmpty()) {
        const int row = m_collection->indexOf(selected);
        if (row >= 0 && row < m_model->rowCount())
            m_table->selectRow(row);
    }
    retranslateUi();
    updateButtons();
}

QString SubmissionsView::currentSubmissionId() const
{
    if (!m_collection || !m_table->selectionModel())
        return QString();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    const int row = rows.constFirst().row();
    if (row < 0 || row >= m_collection->submissions.size())
        return QString();
    return m_collection->submissions.at(row).id;
}

void SubmissionsView::updateButtons()
{
    const bool selected = !currentSubmissionId().isEmpty();
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_exportButton->setEnabled(m_collection && !m_collection->submissions.isEmpty());
}

void SubmissionsView::confirmDelete()
{
    const QString id = currentSubmissionId();
    if (id.isEmpty())
        return;
    const int row = m_collection->indexOf(id);
    const Table table = m_model->table();
    // Enough of the first answer to recognise the row, not a whole comment.
    const QString first = table.columnCount() > 0 ? table.cell(row, 0).toString().left(40) : QString();

    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("deleteSubmissionMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Delete Answer"));
    box->setText(first.isEmpty() ? tr("Delete answer %1?").arg(row + 1)
                                 : tr("Delete answer %1 (“%2”)?").arg(QString::number(row + 1), first));
    box->setInformativeText(tr("The answer is removed from the table; this cannot be undone."));
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setWindowModality(Qt::WindowModal);
    // Opened, not exec()ed: the id is the one confirmed, even if the table changes meanwhile.
    connect(box, &QMessageBox::buttonClicked, this, [this, id, deleteButton](QAbstractButton *button) {
        if (button == deleteButton)
            emit deleteRequested(id);
    });
    box->open();
}

void SubmissionsView::chooseExportFile()
{
    if (!m_collection)
        return;
    const QString title = m_collection->form.title.isEmpty() ? tr("Answers") : m_collection->form.title;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList filters { tr("Excel workbook (*.xlsx)"), tr("CSV file (*.csv)") };
    QFileDialog dialog(this, tr("Export Answers"), folder + QLatin1Char('/') + title + QStringLiteral(".xlsx"),
                       filters.join(QStringLiteral(";;")));
    dialog.setObjectName(QStringLiteral("exportSubmissionsFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(QStringLiteral("xlsx"));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, filters](const QString &filter) {
        dialog.setDefaultSuffix(filters.indexOf(filter) == 1 ? QStringLiteral("csv") : QStringLiteral("xlsx"));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportTo(dialog.selectedFiles().constFirst());
}

Status SubmissionsView::exportTo(const QString &path)
{
    if (!m_collection) {
        Error e;
        e.kind = Error::Kind::InvalidArgument;
        e.file = path;
        e.message = tr("There are no answers to export.");
        return e;
    }
    const Status written = m_collection->exportTo(path);
    if (!written)
        showErrorBox(this, QStringLiteral("submissionsErrorMessageBox"),
                     tr("The answers could not be exported to “%1”.").arg(QFileInfo(path).fileName()),
                     written.error());
    return written;
}

void SubmissionsView::retranslateUi()
{
    const int count = m_collection ? int(m_collection->submissions.size()) : 0;
    m_countLabel->setText(tr("%n answer(s)", nullptr, count));
    m_editButton->setText(tr("Edit"));
    m_editButton->setToolTip(tr("Open the selected answer in the form to change it (Enter)"));
    m_deleteButton->setText(tr("Delete"));
    m_deleteButton->setToolTip(tr("Remove the selected answer"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save the answers as an Excel workbook or a CSV file"));
}

void SubmissionsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tenarai
