#include "DiagnosisPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace tenarai {

DiagnosisPanel::DiagnosisPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("diagnosisPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("diagnosisStatusLabel"));
    m_statusLabel->setWordWrap(true);
    top->addWidget(m_statusLabel, 1);
    m_checkAgainButton = new QPushButton(this);
    m_checkAgainButton->setObjectName(QStringLiteral("checkAgainButton"));
    connect(m_checkAgainButton, &QPushButton::clicked, this, &DiagnosisPanel::checkAgainRequested);
    top->addWidget(m_checkAgainButton);
    layout->addLayout(top);

    auto *middle = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("findingList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 8);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { onCurrentChanged(current); });
    connect(m_list, &QListWidget::itemClicked, this, &DiagnosisPanel::onClicked);
    connect(m_list, &QListWidget::itemActivated, this, &DiagnosisPanel::onClicked);
    middle->addWidget(m_list, 1);

    auto *side = new QVBoxLayout;
    m_explanationLabel = new QLabel(this);
    m_explanationLabel->setObjectName(QStringLiteral("findingExplanationLabel"));
    m_explanationLabel->setWordWrap(true);
    m_explanationLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_explanationLabel, 1);
    m_fixButton = new QPushButton(this);
    m_fixButton->setObjectName(QStringLiteral("fixWithStepButton"));
    m_fixButton->setEnabled(false);
    connect(m_fixButton, &QPushButton::clicked, this, &DiagnosisPanel::fixSelected);
    side->addWidget(m_fixButton, 0, Qt::AlignLeft);
    middle->addLayout(side, 1);
    layout->addLayout(middle, 1);

    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DiagnosisPanel::onFinished);
    retranslateUi();
}

DiagnosisPanel::~DiagnosisPanel()
{
    // The worker holds its own copies of the table and the flag; it stops at its next check.
    cancelRunning();
}

void DiagnosisPanel::cancelRunning()
{
    if (m_cancel)
        m_cancel->store(true, std::memory_order_relaxed);
    m_cancel.reset();
}

void DiagnosisPanel::diagnose(const Sheet &sheet, const SourceInfo &source, const QString &what)
{
    cancelRunning();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_table = sheet.table;
    m_what = what;
    m_notice.clear();
    m_report.reset();
    m_running = true;
    // setFuture drops whatever the previous future still had to say.
    m_watcher.setFuture(QtConcurrent::run([sheet, source, cancel]() -> Outcome {
        StepContext context;
        context.cancelled = cancel.get();
        return std::make_shared<const Result<DiagnosisReport>>(Diagnosis::run(sheet, source, context));
    }));
    retranslateUi();
    rebuildList();
}

void DiagnosisPanel::showNotice(const QString &text)
{
    m_notice = text;
    retranslateUi();
}

void DiagnosisPanel::setPreparationOffered(bool offered)
{
    if (offered == m_preparationOffered)
        return;
    m_preparationOffered = offered;
    rebuildList();
}

void DiagnosisPanel::onFinished()
{
    const QFuture<Outcome> future = m_watcher.future();
    if (!m_running || future.isCanceled() || future.resultCount() == 0)
        return;
    const Outcome outcome = future.result();
    m_running = false;
    m_cancel.reset();
    if (outcome && outcome->ok()) {
        m_report = outcome->value();
    } else {
        m_report.reset();
        if (outcome)
            m_notice = outcome->error().toString();
    }
    retranslateUi();
    rebuildList();
    emit finished();
}

void DiagnosisPanel::changeEvent(QEvent *event)
{
    // The findings keep the language they were made in until the next check.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DiagnosisPanel::retranslateUi()
{
    m_checkAgainButton->setText(tr("Check again"));
    m_checkAgainButton->setToolTip(tr("Check the table shown now, after the selected step"));
    m_fixButton->setText(tr("Fix with a step"));
    m_fixButton->setToolTip(tr("Add the step that fixes this; Undo removes it again"));
    m_list->setAccessibleName(tr("Problems found in the table"));

    QString status;
    if (!m_notice.isEmpty()) {
        status = m_notice;
    } else if (m_running) {
        status = tr("Checking %1…").arg(m_what);
    } else if (m_report) {
        status = tr("Checked %1 against the national rules for machine-readable tables.").arg(m_what);
        if (m_report->sampled()) {
            const QLocale locale;
            status += u' '
                + tr("%1 of its %2 rows were looked at one by one.")
                      .arg(locale.toString(qlonglong(m_report->rowsChecked)), locale.toString(qlonglong(m_report->dataRows)));
        }
    } else {
        status = tr("Open a file to check it.");
    }
    m_statusLabel->setText(status);
}

void DiagnosisPanel::rebuildList()
{
    m_list->clear();
    m_explanationLabel->clear();
    m_fixButton->setEnabled(false);
    if (!m_report)
        return;
    QStyle *look = style();
    const DiagnosisReport &report = *m_report;

    if (m_preparationOffered && report.headerRow >= 0) {
        for (int i = 0; i < report.preparation.size(); ++i) {
            auto *item = new QListWidgetItem(look->standardIcon(QStyle::SP_MessageBoxInformation),
                                             tr("Use row %1 as the column names").arg(report.headerRow + 1), m_list);
            item->setData(EntryRole, int(Entry::Preparation));
            item->setData(IndexRole, i);
            item->setData(StepRole, report.preparation[i].type);
        }
    }
    if (report.findings.isEmpty()) {
        auto *item = new QListWidgetItem(look->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("No problems found against the national rules for machine-readable tables."),
                                         m_list);
        item->setData(EntryRole, int(Entry::NoProblem));
    }
    for (int i = 0; i < report.findings.size(); ++i) {
        const Finding &finding = report.findings[i];
        const auto icon = finding.severity == Finding::Severity::Error ? QStyle::SP_MessageBoxCritical
                                                                       : QStyle::SP_MessageBoxWarning;
        const int count = int(qMin<qsizetype>(finding.count, std::numeric_limits<int>::max()));
        auto *item = new QListWidgetItem(look->standardIcon(icon),
                                         tr("%1 %2 (%n cell(s))", nullptr, count).arg(finding.rule, finding.title),
                                         m_list);
        item->setData(EntryRole, int(Entry::Finding));
        item->setData(IndexRole, i);
        item->setData(RuleRole, finding.rule);
        item->setData(StepRole, finding.suggestion.type);
        item->setToolTip(finding.severity == Finding::Severity::Error
                             ? tr("Software reads the table wrongly because of this.")
                             : tr("Readable, but every user has to clean this up."));
    }
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
    for (int i = 0; i < report.unchecked.size(); ++i) {
        const UncheckedRule &rule = report.unchecked[i];
        auto *item = new QListWidgetItem(tr("%1 %2 (not checked: %3)").arg(rule.rule, rule.title, rule.reason), m_list);
        item->setData(EntryRole, int(Entry::Unchecked));
        item->setData(IndexRole, i);
        item->setData(RuleRole, rule.rule);
        item->setForeground(grey);
        item->setToolTip(rule.reason);
    }
}

void DiagnosisPanel::onCurrentChanged(QListWidgetItem *item)
{
    m_explanationLabel->clear();
    m_fixButton->setEnabled(suggestionOf(item).has_value());
    if (!item || !m_report)
        return;
    const int index = item->data(IndexRole).toInt();
    switch (Entry(item->data(EntryRole).toInt())) {
    case Entry::Preparation:
        m_explanationLabel->setText(tr("Steps find columns by their names, and these columns have none yet. Row %1 "
                                       "holds the headings: make them the column names first. Rows above it are "
                                       "dropped.")
                                        .arg(m_report->headerRow + 1));
        break;
    case Entry::Finding:
        m_explanationLabel->setText(m_report->findings.value(index).explanation);
        break;
    case Entry::Unchecked:
        m_explanationLabel->setText(m_report->unchecked.value(index).reason);
        break;
    case Entry::NoProblem:
        break;
    }
}

void DiagnosisPanel::onClicked(QListWidgetItem *item)
{
    if (!item || !m_report)
        return;
    const int index = item->data(IndexRole).toInt();
    switch (Entry(item->data(EntryRole).toInt())) {
    case Entry::Preparation:
        emit cellsRequested({ FindingCell { m_report->headerRow, 0 } });
        break;
    case Entry::Finding:
        if (!m_report->findings.value(index).cells.isEmpty())
            emit cellsRequested(m_report->findings[index].cells);
        break;
    case Entry::Unchecked:
    case Entry::NoProblem:
        break;
    }
}

std::optional<SuggestedStep> DiagnosisPanel::suggestionOf(const QListWidgetItem *item) const
{
    if (!item || !m_report)
        return std::nullopt;
    const int index = item->data(IndexRole).toInt();
    SuggestedStep step;
    switch (Entry(item->data(EntryRole).toInt())) {
    case Entry::Preparation:
        step = m_report->preparation.value(index);
        break;
    case Entry::Finding:
        step = m_report->findings.value(index).suggestion;
        break;
    case Entry::Unchecked:
    case Entry::NoProblem:
        break;
    }
    if (step.isEmpty())
        return std::nullopt;
    return step;
}

void DiagnosisPanel::fixSelected()
{
    const auto step = suggestionOf(m_list->currentItem());
    if (step)
        emit stepRequested(step->type, step->parameters);
}

} // namespace tenarai
