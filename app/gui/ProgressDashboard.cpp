#include "ProgressDashboard.h"

#include "ErrorBox.h"
#include "progress/ProgressBundle.h"
#include "progress/ProgressStore.h"
#include "progress/Pseudonymiser.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace tenarai {

namespace {

// Sizes are in lines and characters of the current font, never pixels, so that a large font
// makes the charts larger (and the page scrolls) instead of squeezing their labels away.
constexpr int ChartLines = 16;
constexpr int ChartCharacters = 36;
constexpr int LinesPerBar = 2;

enum LessonColumn {
    PackColumn,
    LessonColumn,
    CompletedColumn,
    AttemptsColumn,
    PassedColumn,
    BestScoreColumn,
    LastScoreColumn,
    TimeColumn,
    HintsColumn,
    LastAttemptColumn,
    LessonColumnCount
};

// Sorts by the number behind the text ("85%", "1 h 5 min"), not by the text itself.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString &text, double value) : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QString percent(double ratio)
{
    return QCoreApplication::translate("tenarai::ProgressDashboard", "%1%").arg(qRound(ratio * 100));
}

QString duration(qint64 ms)
{
    const qint64 minutes = (ms + 30000) / 60000;
    if (ms > 0 && minutes == 0)
        return QCoreApplication::translate("tenarai::ProgressDashboard", "under 1 min");
    if (minutes < 60)
        return QCoreApplication::translate("tenarai::ProgressDashboard", "%1 min").arg(minutes);
    return QCoreApplication::translate("tenarai::ProgressDashboard", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60);
}

QString shortDate(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString shortDay(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QChartView *createChartView(const QString &objectName, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// Counts get whole-number ticks: "2.5 hints" is not a thing.
void setCountRange(QValueAxis *axis, double maximum)
{
    const int top = qMax(1, int(std::ceil(maximum)));
    axis->setLabelFormat(QStringLiteral("%d"));
    if (top <= 10) {
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
    } else {
        axis->setRange(0, top);
        axis->applyNiceNumbers();
    }
}

} // namespace

ProgressDashboard::ProgressDashboard(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("progressDashboard"));
    createWidgets();
    retranslateUi();
    applyFonts();
    showState(State::NoProfile);
}

ProgressDashboard::~ProgressDashboard() = default;

void ProgressDashboard::createWidgets()
{
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setWordWrap(true);
    m_profileLabel->setTextFormat(Qt::PlainText);
    m_switchProfileButton = new QPushButton(this);
    m_switchProfileButton->setObjectName(QStringLiteral("switchProfileButton"));
    connect(m_switchProfileButton, &QPushButton::clicked, this, &ProgressDashboard::switchProfileRequested);
    m_backButton = new QPushButton(this);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    connect(m_backButton, &QPushButton::clicked, this, &ProgressDashboard::closeRequested);
    auto *header = new QHBoxLayout;
    header->addWidget(m_profileLabel, 1);
    header->addWidget(m_switchProfileButton);
    header->addWidget(m_backButton);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // States without data: one message, and a button when there is something to do.
    m_messagePage = new QWidget(this);
    m_messageLabel = new QLabel(m_messagePage);
    m_messageLabel->setObjectName(QStringLiteral("dashboardMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooseProfileButton = new QPushButton(m_messagePage);
    m_chooseProfileButton->setObjectName(QStringLiteral("chooseProfileButton"));
    connect(m_chooseProfileButton, &QPushButton::clicked, this, &ProgressDashboard::switchProfileRequested);
    // On a new PC the learner's profile may come in a bundle from the old one.
    m_messageImportButton = new QPushButton(m_messagePage);
    m_messageImportButton->setObjectName(QStringLiteral("messageImportButton"));
    connect(m_messageImportButton, &QPushButton::clicked, this, &ProgressDashboard::chooseBundleToImport);
    auto *messageButtons = new QHBoxLayout;
    messageButtons->addStretch(1);
    messageButtons->addWidget(m_chooseProfileButton);
    messageButtons->addWidget(m_messageImportButton);
    messageButtons->addStretch(1);
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_messageLabel);
    messageLayout->addLayout(messageButtons);
    messageLayout->addStretch(2);

    // The charts, two by two, or one below the other when a large font leaves no room for two
    // side by side; the page scrolls down, never sideways.
    m_chartsPage = new QWidget;
    m_completionView = createChartView(QStringLiteral("completionChartView"), m_chartsPage);
    m_scoreView = createChartView(QStringLiteral("scoreChartView"), m_chartsPage);
    m_timeView = createChartView(QStringLiteral("timeChartView"), m_chartsPage);
    m_hintsView = createChartView(QStringLiteral("hintsChartView"), m_chartsPage);
    m_chartGrid = new QGridLayout(m_chartsPage);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("chartsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_chartsPage);
    scroll->viewport()->installEventFilter(this);
    m_chartsViewport = scroll->viewport();
    arrangeCharts();

    m_emptyStateLabel = new QLabel;
    m_emptyStateLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyStateLabel->setWordWrap(true);
    m_emptyStateLabel->setAlignment(Qt::AlignCenter);
    m_emptyStateLabel->setMargin(fontMetrics().height());

    m_chartsStack = new QStackedWidget;
    m_chartsStack->setObjectName(QStringLiteral("chartsStack"));
    m_chartsStack->addWidget(m_emptyStateLabel);
    m_chartsStack->addWidget(scroll);

    m_lessonTable = new QTableWidget(0, LessonColumnCount);
    m_lessonTable->setObjectName(QStringLiteral("lessonTableWidget"));
    m_lessonTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lessonTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lessonTable->setAlternatingRowColors(true);
    m_lessonTable->setTabKeyNavigation(false);
    m_lessonTable->verticalHeader()->hide();
    m_lessonTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lessonTable->horizontalHeader()->setStretchLastSection(true);
    // Sorted as the report sorts them until the learner clicks a heading (Qt starts descending).
    m_lessonTable->horizontalHeader()->setSortIndicator(PackColumn, Qt::AscendingOrder);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(m_chartsStack, QString());
    m_tabs->addTab(m_lessonTable, QString());
    m_shareTab = createShareTab();
    m_tabs->addTab(m_shareTab, QString());

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("dashboardPages"));
    m_pages->addWidget(m_messagePage);
    m_pages->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_pages, 1);
}

QWidget *ProgressDashboard::createShareTab()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("shareTab"));

    m_reportsGroup = new QGroupBox(page);
    m_reportsGroup->setObjectName(QStringLiteral("reportsGroupBox"));
    m_reportsLabel = new QLabel(m_reportsGroup);
    m_reportsLabel->setWordWrap(true);
    m_anonymiseCheck = new QCheckBox(m_reportsGroup);
    m_anonymiseCheck->setObjectName(QStringLiteral("anonymiseCheckBox"));
    const auto addButton = [](QGridLayout *grid, QPushButton *&button, QLabel *&label, const QString &name,
                              QWidget *parentWidget) {
        button = new QPushButton(parentWidget);
        button->setObjectName(name);
        label = new QLabel(parentWidget);
        label->setWordWrap(true);
        label->setBuddy(button);
        const int row = grid->rowCount();
        grid->addWidget(button, row, 0, Qt::AlignTop);
        grid->addWidget(label, row, 1, Qt::AlignTop);
    };
    auto *reportGrid = new QGridLayout;
    reportGrid->setColumnStretch(1, 1);
    addButton(reportGrid, m_exportCsvButton, m_exportCsvLabel, QStringLiteral("exportCsvButton"),
              m_reportsGroup);
    addButton(reportGrid, m_exportXapiButton, m_exportXapiLabel, QStringLiteral("exportXapiButton"),
              m_reportsGroup);
    addButton(reportGrid, m_exportScormButton, m_exportScormLabel, QStringLiteral("exportScormButton"),
              m_reportsGroup);
    connect(m_exportCsvButton, &QPushButton::clicked, this,
            [this] { chooseReportFile(ReportExporter::Format::Csv); });
    connect(m_exportXapiButton, &QPushButton::clicked, this,
            [this] { chooseReportFile(ReportExporter::Format::Xapi); });
    connect(m_exportScormButton, &QPushButton::clicked, this,
            [this] { chooseReportFile(ReportExporter::Format::ScormCsv); });
    auto *reportsLayout = new QVBoxLayout(m_reportsGroup);
    reportsLayout->addWidget(m_reportsLabel);
    reportsLayout->addWidget(m_anonymiseCheck);
    reportsLayout->addLayout(reportGrid);

    m_bundleGroup = new QGroupBox(page);
    m_bundleGroup->setObjectName(QStringLiteral("bundleGroupBox"));
    m_bundleLabel = new QLabel(m_bundleGroup);
    m_bundleLabel->setWordWrap(true);
    m_exportBundleButton = new QPushButton(m_bundleGroup);
    m_exportBundleButton->setObjectName(QStringLiteral("exportBundleButton"));
    connect(m_exportBundleButton, &QPushButton::clicked, this, &ProgressDashboard::chooseBundleFile);
    m_importBundleButton = new QPushButton(m_bundleGroup);
    m_importBundleButton->setObjectName(QStringLiteral("importBundleButton"));
    connect(m_importBundleButton, &QPushButton::clicked, this, &ProgressDashboard::chooseBundleToImport);
    auto *bundleButtons = new QHBoxLayout;
    bundleButtons->addWidget(m_exportBundleButton);
    bundleButtons->addWidget(m_importBundleButton);
    bundleButtons->addStretch(1);
    auto *bundleLayout = new QVBoxLayout(m_bundleGroup);
    bundleLayout->addWidget(m_bundleLabel);
    bundleLayout->addLayout(bundleButtons);

    m_resultLabel = new QLabel(page);
    m_resultLabel->setObjectName(QStringLiteral("shareResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_reportsGroup);
    layout->addWidget(m_bundleGroup);
    layout->addWidget(m_resultLabel);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);
    return page;
}

void ProgressDashboard::setStore(ProgressStore *store, const QString &unavailableReason)
{
    m_store = store;
    m_unavailableReason = unavailableReason;
    refresh();
}

void ProgressDashboard::setProfile(const std::optional<Profile> &profile)
{
    m_profile = profile;
    m_resultLabel->clear(); // "Saved …" was about the previous learner's file
    refresh();
}

void ProgressDashboard::refresh()
{
    m_report = ProgressReport();
    m_lessonRows.clear();
    m_loadError.clear();
    updateHeader();

    if (!m_store) {
        showState(State::Unavailable);
        return;
    }
    if (!m_profile) {
        showState(State::NoProfile);
        return;
    }
    Result<ProgressData> loaded = ProgressData::load(*m_store, m_profile->id);
    if (!loaded) {
        m_loadError = loaded.error().toString();
        showState(State::LoadFailed);
        return;
    }
    m_report = ProgressReport(std::move(loaded).value());
    for (auto it = m_packLessons.cbegin(); it != m_packLessons.cend(); ++it)
        m_report.setPackLessons(it.key(), it.value());
    for (const LessonReportRow &row : m_report.lessonRows(m_profile->id)) {
        if (row.attempts > 0 || row.completed)
            m_lessonRows.append(row);
    }
    if (m_lessonRows.isEmpty()) {
        showState(State::Empty);
        return;
    }
    fillCompletionChart();
    fillScoreChart();
    fillTimeChart();
    fillHintsChart();
    fillLessonTable();
    showState(State::Ready);
}

void ProgressDashboard::showState(State state)
{
    m_state = state;
    switch (state) {
    case State::Unavailable:
        m_messageLabel->setText(
            tr("Progress cannot be recorded on this PC just now. Lessons still work, but results are not "
               "saved.\n\n%1\n\nIf this stays so, show this message to your IT department.")
                .arg(m_unavailableReason));
        break;
    case State::NoProfile:
        m_messageLabel->setText(tr("Choose your profile to see your progress."));
        break;
    case State::LoadFailed:
        m_messageLabel->setText(tr("Your progress could not be read.\n\n%1").arg(m_loadError));
        break;
    case State::Empty:
        m_emptyStateLabel->setText(
            tr("Nothing is recorded for “%1” yet.\n\nOpen a lesson, do an exercise and press Check: your "
               "scores, the time you spent and the hints you used will appear here.")
                .arg(m_profile ? m_profile->displayName : QString()));
        break;
    case State::Ready:
        break;
    }
    const bool withData = state == State::Empty || state == State::Ready;
    m_pages->setCurrentWidget(withData ? static_cast<QWidget *>(m_tabs) : m_messagePage);
    m_chartsStack->setCurrentIndex(state == State::Ready ? 1 : 0);
    m_chooseProfileButton->setVisible(state == State::NoProfile);
    m_messageImportButton->setVisible(state == State::NoProfile && m_store && !m_store->isReadOnly());
    m_switchProfileButton->setEnabled(m_store != nullptr);
    if (state == State::Empty)
        m_lessonTable->setRowCount(0);
    updateSummary();
    updateShareButtons();
}

void ProgressDashboard::updateHeader()
{
    if (!m_profile) {
        m_profileLabel->setText(tr("My progress"));
    } else if (m_profile->department.isEmpty()) {
        m_profileLabel->setText(tr("Progress of “%1”").arg(m_profile->displayName));
    } else {
        m_profileLabel->setText(
            tr("Progress of “%1” (%2)").arg(m_profile->displayName, m_profile->department));
    }
}

void ProgressDashboard::updateSummary()
{
    if (m_state != State::Ready || !m_profile) {
        m_summaryLabel->clear();
        m_summaryLabel->hide();
        return;
    }
    ProfileReportRow total;
    for (const ProfileReportRow &row : m_report.profileRows()) {
        if (row.profileId == m_profile->id)
            total = row;
    }
    const QLocale locale;
    m_summaryLabel->setText(
        tr("Lessons completed: %1 of %2 started · Attempts: %3, passed: %4 · Time spent: %5 · Hints used: %6")
            .arg(locale.toString(total.lessonsCompleted), locale.toString(total.lessonsAttempted),
                 locale.toString(total.attempts), locale.toString(total.passedAttempts),
                 duration(total.timeSpentMs), locale.toString(total.hintsUsed)));
    m_summaryLabel->show();
}

QString ProgressDashboard::lessonLabel(const LessonReportRow &row) const
{
    // The lesson alone when no other pack has a lesson of that name; the pack too otherwise.
    const auto sameLesson
        = std::count_if(m_lessonRows.cbegin(), m_lessonRows.cend(),
                        [&row](const LessonReportRow &other) { return other.lessonId == row.lessonId; });
    return sameLesson > 1 ? tr("%1 / %2").arg(row.packId, row.lessonId) : row.lessonId;
}

void ProgressDashboard::fillCompletionChart()
{
    QChart *chart = m_completionView->chart();
    clearChart(chart);
    auto *completed = new QBarSet(tr("Completed"));
    auto *open = new QBarSet(tr("Started, not completed yet"));
    auto *notStarted = new QBarSet(tr("Not started yet"));
    QStringList packs;
    int most = 0;
    bool listsKnown = false;
    for (const PackReportRow &row : m_report.packRows(m_profile->id)) {
        packs << row.packId;
        completed->append(row.lessonsCompleted);
        open->append(qMax(0, row.lessonsAttempted - row.lessonsCompleted));
        const int touched = qMax(row.lessonsAttempted, row.lessonsCompleted);
        notStarted->append(row.lessonListKnown ? qMax(0, row.lessonsTotal - touched) : 0);
        listsKnown = listsKnown || row.lessonListKnown;
        most = qMax(most, row.lessonListKnown ? qMax(touched, row.lessonsTotal) : touched);
    }
    auto *series = new QStackedBarSeries;
    series->append(completed);
    series->append(open);
    if (listsKnown)
        series->append(notStarted);
    else
        delete notStarted;
    chart->addSeries(series);
    auto *packAxis = new QBarCategoryAxis;
    packAxis->append(packs);
    packAxis->setTitleText(tr("Lesson pack"));
    chart->addAxis(packAxis, Qt::AlignBottom);
    series->attachAxis(packAxis);
    auto *countAxis = new QValueAxis;
    setCountRange(countAxis, most);
    countAxis->setTitleText(tr("Lessons"));
    chart->addAxis(countAxis, Qt::AlignLeft);
    series->attachAxis(countAxis);
    chart->legend()->setVisible(true);
    applyFonts();
}

void ProgressDashboard::fillScoreChart()
{
    QChart *chart = m_scoreView->chart();
    clearChart(chart);
    auto *line = new QLineSeries;
    line->setName(tr("Score"));
    auto *passed = new QScatterSeries;
    passed->setName(tr("Passed"));
    auto *notPassed = new QScatterSeries;
    notPassed->setName(tr("Not passed"));
    qint64 first = 0;
    qint64 last = 0;
    const QList<ScorePoint> points = m_report.scoreSeries(m_profile->id);
    for (const ScorePoint &point : points) {
        const qint64 x = point.at.toMSecsSinceEpoch();
        const double y = point.score * 100;
        line->append(double(x), y);
        (point.passed ? passed : notPassed)->append(double(x), y);
        first = first == 0 ? x : qMin(first, x);
        last = qMax(last, x);
    }
    for (QXYSeries *series : { static_cast<QXYSeries *>(line), static_cast<QXYSeries *>(passed),
                               static_cast<QXYSeries *>(notPassed) })
        chart->addSeries(series);

    // A single check, or checks within a minute, still get a readable stretch of time.
    constexpr qint64 Hour = 3600 * 1000;
    const qint64 span = qMax<qint64>(last - first, Hour);
    const qint64 margin = span / 20 + (last == first ? Hour : 0);
    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first - margin),
                       QDateTime::fromMSecsSinceEpoch(last + margin));
    // Month and day, the way both Japanese and English readers write a short date; the time too
    // when everything happened within two days. Few ticks, so a large font does not overlap them.
    const bool withinTwoDays = last - first < 2 * 24 * Hour;
    timeAxis->setFormat(withinTwoDays ? QStringLiteral("M/d HH:mm") : QStringLiteral("M/d"));
    timeAxis->setTickCount(qBound(2, int(points.size()), withinTwoDays ? 3 : 5));
    timeAxis->setTitleText(tr("Date"));
    chart->addAxis(timeAxis, Qt::AlignBottom);
    auto *scoreAxis = new QValueAxis;
    // A little room above 100% and below 0% so that the markers of perfect and zero scores are
    // drawn whole; the ticks stay at 0, 20, … 100.
    scoreAxis->setRange(-6, 106);
    scoreAxis->setTickType(QValueAxis::TicksDynamic);
    scoreAxis->setTickAnchor(0);
    scoreAxis->setTickInterval(20);
    scoreAxis->setLabelFormat(QStringLiteral("%d%%"));
    scoreAxis->setTitleText(tr("Score"));
    chart->addAxis(scoreAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(timeAxis);
        series->attachAxis(scoreAxis);
    }
    chart->legend()->setVisible(true);
    applyFonts();
}

void ProgressDashboard::fillTimeChart()
{
    QChart *chart = m_timeView->chart();
    clearChart(chart);
    auto *minutes = new QBarSet(tr("Minutes"));
    QStringList lessons;
    double most = 0;
    // A horizontal chart draws its first category at the bottom: add them backwards so the
    // lessons read top to bottom in the order of the table.
    for (auto it = m_lessonRows.crbegin(); it != m_lessonRows.crend(); ++it) {
        const double value = std::round(double(it->timeSpentMs) / 6000.0) / 10.0; // 0.1 min
        lessons << lessonLabel(*it);
        minutes->append(value);
        most = qMax(most, value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(minutes);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *lessonAxis = new QBarCategoryAxis;
    lessonAxis->append(lessons);
    chart->addAxis(lessonAxis, Qt::AlignLeft);
    series->attachAxis(lessonAxis);
    auto *minuteAxis = new QValueAxis;
    minuteAxis->setRange(0, qMax(1.0, most));
    minuteAxis->applyNiceNumbers();
    minuteAxis->setLabelFormat(most < 5 ? QStringLiteral("%.1f") : QStringLiteral("%d"));
    minuteAxis->setTitleText(tr("Minutes"));
    chart->addAxis(minuteAxis, Qt::AlignBottom);
    series->attachAxis(minuteAxis);
    chart->legend()->setVisible(false); // one series; the axis says what the bars are
    applyFonts();
}

void ProgressDashboard::fillHintsChart()
{
    QChart *chart = m_hintsView->chart();
    clearChart(chart);
    auto *hints = new QBarSet(tr("Hints used"));
    QStringList lessons;
    int most = 0;
    for (const LessonReportRow &row : std::as_const(m_lessonRows)) {
        lessons << lessonLabel(row);
        hints->append(row.hintsUsed);
        most = qMax(most, row.hintsUsed);
    }
    auto *series = new QBarSeries;
    series->append(hints);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *lessonAxis = new QBarCategoryAxis;
    lessonAxis->append(lessons);
    lessonAxis->setTitleText(tr("Lesson"));
    chart->addAxis(lessonAxis, Qt::AlignBottom);
    series->attachAxis(lessonAxis);
    auto *countAxis = new QValueAxis;
    setCountRange(countAxis, most);
    countAxis->setTitleText(tr("Hints"));
    chart->addAxis(countAxis, Qt::AlignLeft);
    series->attachAxis(countAxis);
    chart->legend()->setVisible(false);
    applyFonts();
}

void ProgressDashboard::fillLessonTable()
{
    const QLocale locale;
    m_lessonTable->setSortingEnabled(false);
    m_lessonTable->setRowCount(int(m_lessonRows.size()));
    for (int r = 0; r < int(m_lessonRows.size()); ++r) {
        const LessonReportRow &row = m_lessonRows.at(r);
        m_lessonTable->setItem(r, PackColumn, new QTableWidgetItem(row.packId));
        m_lessonTable->setItem(r, LessonColumn, new QTableWidgetItem(row.lessonId));
        m_lessonTable->setItem(
            r, CompletedColumn,
            new NumberItem(row.completed ? shortDay(row.completedAt) : tr("Not yet"),
                           row.completed ? double(row.completedAt.toMSecsSinceEpoch()) : 0));
        m_lessonTable->setItem(r, AttemptsColumn,
                               new NumberItem(locale.toString(row.attempts), row.attempts));
        m_lessonTable->setItem(r, PassedColumn,
                               new NumberItem(locale.toString(row.passedAttempts), row.passedAttempts));
        m_lessonTable->setItem(r, BestScoreColumn, new NumberItem(percent(row.bestScore), row.bestScore));
        m_lessonTable->setItem(r, LastScoreColumn, new NumberItem(percent(row.lastScore), row.lastScore));
        m_lessonTable->setItem(r, TimeColumn,
                               new NumberItem(duration(row.timeSpentMs), double(row.timeSpentMs)));
        m_lessonTable->setItem(r, HintsColumn, new NumberItem(locale.toString(row.hintsUsed), row.hintsUsed));
        m_lessonTable->setItem(
            r, LastAttemptColumn,
            new NumberItem(shortDate(row.lastAttemptAt), double(row.lastAttemptAt.toMSecsSinceEpoch())));
    }
    m_lessonTable->setSortingEnabled(true);
}

void ProgressDashboard::updateShareButtons()
{
    const bool hasRecords = m_state == State::Ready;
    for (QPushButton *button :
         { m_exportCsvButton, m_exportXapiButton, m_exportScormButton, m_exportBundleButton })
        button->setEnabled(hasRecords);
    m_anonymiseCheck->setEnabled(hasRecords);
    m_importBundleButton->setEnabled(m_store && !m_store->isReadOnly()
                                     && (m_state == State::Ready || m_state == State::Empty));
}

QString ProgressDashboard::suggestedFileName(const QString &what, const QString &suffix) const
{
    QString name = what;
    if (m_profile && !m_anonymiseCheck->isChecked())
        name += u' ' + m_profile->displayName;
    name += u' ' + QDate::currentDate().toString(Qt::ISODate);
    // Characters Windows refuses in file names; a name typed by the learner may hold any of them.
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = u'_';
    }
    const QString folder = m_lastFolder.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_lastFolder;
    return QDir(folder).filePath(name + u'.' + suffix);
}

void ProgressDashboard::chooseReportFile(ReportExporter::Format format)
{
    QString title;
    QStringList filters;
    QString suffix;
    switch (format) {
    case ReportExporter::Format::Csv:
        title = tr("Save My Progress as CSV");
        filters << tr("CSV for Excel (*.csv)");
        suffix = QStringLiteral("csv");
        break;
    case ReportExporter::Format::Xapi:
        title = tr("Save My Progress for a Learning Record Store");
        filters << tr("xAPI statements (*.json)");
        suffix = QStringLiteral("json");
        break;
    case ReportExporter::Format::ScormCsv:
    case ReportExporter::Format::ScormJson:
        title = tr("Save a SCORM Summary");
        filters << tr("SCORM summary as CSV (*.csv)") << tr("SCORM summary as JSON (*.json)");
        suffix = QStringLiteral("csv");
        break;
    }
    QFileDialog dialog(this, title, suggestedFileName(tr("Progress"), suffix),
                       filters.join(QStringLiteral(";;")));
    dialog.setObjectName(QStringLiteral("exportFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(suffix);
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, filters](const QString &filter) {
        dialog.setDefaultSuffix(filters.indexOf(filter) == 1 ? QStringLiteral("json")
                                                             : QStringLiteral("csv"));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    if (format == ReportExporter::Format::ScormCsv && filters.indexOf(dialog.selectedNameFilter()) == 1)
        format = ReportExporter::Format::ScormJson;
    exportReportTo(format, dialog.selectedFiles().constFirst());
}

bool ProgressDashboard::exportReportTo(ReportExporter::Format format, const QString &path)
{
    const QString summary = tr("The report could not be saved to “%1”.").arg(QFileInfo(path).fileName());
    if (m_state != State::Ready)
        return false;
    ReportExportOptions options;
    if (m_anonymiseCheck->isChecked()) {
        // The GUI only opens local SQLite stores, where the location is the database file; the
        // salt beside it gives this learner the same pseudonym in every report from this PC.
        Result<QByteArray> salt
            = Pseudonymiser::loadOrCreateSalt(Pseudonymiser::saltPathFor(m_store->describeLocation()));
        if (!salt) {
            showFailure(summary, salt.error());
            return false;
        }
        options.pseudonymiser.emplace(salt.value());
        options.keepDepartment = false; // a department of a few people names them
    }
    const ReportExporter exporter(m_report, options);
    const Result<QByteArray> bytes = exporter.exportAs(format);
    if (!bytes) {
        showFailure(summary, bytes.error());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size()
        || !file.commit()) {
        Error error;
        error.kind = Error::Kind::Io;
        error.file = QDir::toNativeSeparators(path);
        error.message = file.errorString();
        showFailure(summary, error);
        return false;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    showResult(tr("Saved “%1” in the folder %2.")
                   .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(m_lastFolder)));
    return true;
}

void ProgressDashboard::chooseBundleFile()
{
    const QString suffix = QString::fromLatin1(ProgressBundle::FileSuffix);
    QFileDialog dialog(this, tr("Save All My Records in One File"),
                       suggestedFileName(tr("My records"), suffix), tr("Tenarai records (*.%1)").arg(suffix));
    dialog.setObjectName(QStringLiteral("bundleFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(suffix);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        exportBundleTo(dialog.selectedFiles().constFirst());
}

bool ProgressDashboard::exportBundleTo(const QString &path)
{
    const QString summary = tr("Your records could not be saved to “%1”.").arg(QFileInfo(path).fileName());
    if (!m_store || !m_profile)
        return false;
    Result<ProgressBundle> bundle = ProgressBundle::fromStore(*m_store, m_profile->id);
    if (!bundle) {
        showFailure(summary, bundle.error());
        return false;
    }
    const Status written = bundle->write(path);
    if (!written) {
        showFailure(summary, written.error());
        return false;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    showResult(tr("Saved your records in “%1” in the folder %2. On another PC, open “My progress” and "
                  "choose “Add Records from a File”. The file holds your name: keep it like any "
                  "personal document.")
                   .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(m_lastFolder)));
    return true;
}

void ProgressDashboard::chooseBundleToImport()
{
    const QString suffix = QString::fromLatin1(ProgressBundle::FileSuffix);
    QFileDialog dialog(this, tr("Add Records from a File"),
                       m_lastFolder.isEmpty()
                           ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                           : m_lastFolder,
                       tr("Tenarai records (*.%1)").arg(suffix) + QStringLiteral(";;") + tr("All files (*)"));
    dialog.setObjectName(QStringLiteral("importFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        importBundleFrom(dialog.selectedFiles().constFirst());
}

bool ProgressDashboard::importBundleFrom(const QString &path)
{
    const QString summary = tr("The records in “%1” could not be added.").arg(QFileInfo(path).fileName());
    if (!m_store)
        return false;
    // Read first to say whose records they are; import reads and checks the file again itself.
    const Result<ProgressBundle> bundle = ProgressBundle::read(path);
    if (!bundle) {
        showFailure(summary, bundle.error());
        return false;
    }
    const Result<int> added = ProgressBundle::import(*m_store, path);
    if (!added) {
        showFailure(summary, added.error());
        return false;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    const bool mine = m_profile && bundle->profileId == m_profile->id;
    QString text;
    if (added.value() == 0)
        text = tr("Nothing new in “%1”: these records are already here.").arg(QFileInfo(path).fileName());
    else if (mine)
        text = tr("Added %n new record(s) to your progress.", nullptr, added.value());
    else if (!m_profile)
        text = tr("Added %n record(s) of “%1”. Choose that profile to see them.", nullptr, added.value())
                   .arg(bundle->profileName);
    else
        text = tr("Added %n record(s) of “%1”. To see them, choose that profile with “Switch Profile”.",
                  nullptr, added.value())
                   .arg(bundle->profileName);
    refresh();
    showResult(text);
    emit recordsImported(added.value());
    return true;
}

void ProgressDashboard::showResult(const QString &text)
{
    if (m_pages->currentWidget() == m_messagePage)
        m_messageLabel->setText(text + QStringLiteral("\n\n") + m_messageLabel->text());
    m_resultLabel->setText(text);
}

void ProgressDashboard::showFailure(const QString &summary, const Error &error)
{
    m_resultLabel->clear();
    showErrorBox(this, QStringLiteral("progressErrorMessageBox"), summary, error);
}

void ProgressDashboard::arrangeCharts()
{
    const QList<QChartView *> views { m_completionView, m_scoreView, m_timeView, m_hintsView };
    int widest = 0;
    for (QChartView *view : views)
        widest = qMax(widest, view->minimumWidth());
    const QMargins margins = m_chartGrid->contentsMargins();
    const int needed = 2 * widest + m_chartGrid->horizontalSpacing() + margins.left() + margins.right();
    const int columns = m_chartsViewport->width() >= needed ? 2 : 1;
    if (columns == m_chartColumns)
        return;
    m_chartColumns = columns;
    for (QChartView *view : views)
        m_chartGrid->removeWidget(view);
    for (int i = 0; i < int(views.size()); ++i)
        m_chartGrid->addWidget(views.at(i), i / columns, i % columns);
}

bool ProgressDashboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartsViewport && event->type() == QEvent::Resize)
        arrangeCharts();
    return QWidget::eventFilter(watched, event);
}

void ProgressDashboard::applyFonts()
{
    // Qt Charts draws with its theme's own fixed fonts; a learner who chose a large font must get
    // it in the charts too.
    const QFont base = font();
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(base.pointSizeF() * 1.15);
    const QFontMetrics metrics(base);
    for (QChartView *view : { m_completionView, m_scoreView, m_timeView, m_hintsView }) {
        QChart *chart = view->chart();
        chart->setTitleFont(title);
        chart->legend()->setFont(base);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsFont(base);
            axis->setTitleFont(base);
        }
        for (QAbstractSeries *series : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : bars->barSets())
                    set->setLabelFont(base);
            }
        }
        view->setMinimumSize(metrics.averageCharWidth() * ChartCharacters, metrics.height() * ChartLines);
    }
    // One bar per lesson, each a couple of lines tall, so that lesson names stay readable.
    const int bars = int(m_lessonRows.size());
    m_timeView->setMinimumHeight(metrics.height() * qMax(ChartLines, bars * LinesPerBar + 8));
    if (m_chartGrid) {
        m_chartColumns = 0;
        arrangeCharts();
    }
}

void ProgressDashboard::retranslateUi()
{
    m_switchProfileButton->setText(tr("&Switch Profile…"));
    m_switchProfileButton->setToolTip(tr("Choose another learner who uses this PC, or create a profile"));
    m_backButton->setText(tr("&Back"));
    m_backButton->setToolTip(tr("Go back to what you were doing"));
    m_chooseProfileButton->setText(tr("&Choose a Profile…"));
    m_messageImportButton->setText(tr("A&dd Records from a File…"));
    m_messageImportButton->setToolTip(tr("Bring your progress from another PC, saved there with “Save All My "
                                         "Records in One File”"));
    m_tabs->setTabText(m_tabs->indexOf(m_chartsStack), tr("Charts"));
    m_tabs->setTabText(m_tabs->indexOf(m_lessonTable), tr("Lessons"));
    m_completionView->chart()->setTitle(tr("Lessons completed per pack"));
    m_scoreView->chart()->setTitle(tr("Score over time"));
    m_timeView->chart()->setTitle(tr("Time spent per lesson"));
    m_hintsView->chart()->setTitle(tr("Hints used per lesson"));
    m_completionView->setAccessibleName(tr("Lessons completed per pack"));
    m_scoreView->setAccessibleName(tr("Score over time"));
    m_timeView->setAccessibleName(tr("Time spent per lesson"));
    m_hintsView->setAccessibleName(tr("Hints used per lesson"));
    m_lessonTable->setHorizontalHeaderLabels({ tr("Pack"), tr("Lesson"), tr("Completed"), tr("Attempts"),
                                               tr("Passed"), tr("Best score"), tr("Last score"),
                                               tr("Time spent"), tr("Hints"), tr("Last attempt") });
    m_lessonTable->setAccessibleName(tr("Lessons"));

    m_tabs->setTabText(m_tabs->indexOf(m_shareTab), tr("Save and Share"));
    m_reportsGroup->setTitle(tr("Reports"));
    m_reportsLabel->setText(tr("Save your progress as a file, for example to hand in as a record of your "
                               "training."));
    m_anonymiseCheck->setText(tr("&Anonymise: leave out my name and department"));
    m_anonymiseCheck->setToolTip(
        tr("Your name is replaced by a code that stays the same in every report from "
           "this PC"));
    m_exportCsvButton->setText(tr("Save as &CSV…"));
    m_exportCsvLabel->setText(tr("A table of your lessons that opens in Excel."));
    m_exportXapiButton->setText(tr("Save as &xAPI…"));
    m_exportXapiLabel->setText(tr("For a learning record store (LRS), if your organisation uses one."));
    m_exportScormButton->setText(tr("Save a SC&ORM Summary…"));
    m_exportScormLabel->setText(tr("For a learning management system (LMS) that imports SCORM results."));
    m_bundleGroup->setTitle(tr("Move my records to another PC"));
    m_bundleLabel->setText(tr("Save all your records in one file, then add them on another PC. Adding the "
                              "same file twice does no harm."));
    m_exportBundleButton->setText(tr("Save All My &Records in One File…"));
    m_importBundleButton->setText(tr("A&dd Records from a File…"));
}

void ProgressDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh(); // series names, dates and the summary are written in the language too
    } else if (event->type() == QEvent::FontChange) {
        applyFonts();
    }
    QWidget::changeEvent(event);
}

void ProgressDashboard::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void ProgressDashboard::setPackLessons(const QHash<QString, QStringList> &lessonsByPack)
{
    if (lessonsByPack == m_packLessons)
        return;
    m_packLessons = lessonsByPack;
    if (isVisible())
        refresh();
}

} // namespace tenarai
