// The "My progress" page on a real SQLite store: attempts recorded through ProgressStore appear in
// the charts, the summary and the table (and other learners' do not), the empty and "cannot
// record" states say what to do, reports and bundles are written through core, and a large font
// at 1366×768 clips nothing.
#include "ProgressDashboard.h"
#include "MainWindow.h"
#include "Translations.h"
#include "progress/ProgressStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>

#include <gtest/gtest.h>

#include <memory>

using namespace tenarai;

namespace {

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

template <typename T> T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QList<double> values(const QBarSet *set)
{
    QList<double> result;
    for (int i = 0; i < set->count(); ++i)
        result << set->at(i);
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QFileDialog *visibleFileDialog(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *dialog = qobject_cast<QFileDialog *>(widget);
        if (dialog && dialog->isVisible() && dialog->objectName() == objectName)
            return dialog;
    }
    return nullptr;
}

// Answers the next file dialog with objectName as a user would: type the path, press Save/Open.
// One that is still open after five seconds is cancelled, so a broken test fails instead of hanging.
void answerFileDialog(const QString &objectName, const QString &path, bool *answered)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, objectName, path, answered, tries] {
        if (QFileDialog *dialog = visibleFileDialog(objectName)) {
            // Typed into the name field: selectFile() can be undone by the folder still loading.
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(path);
            else
                dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button does
            *answered = !dialog->isVisible();
            if (!*answered && ++*tries < 250)
                return;
            if (!*answered)
                dialog->reject();
        } else if (++*tries < 250) {
            return;
        }
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
}

QString errorText(const QWidget *parent)
{
    auto *box = parent->findChild<QMessageBox *>(QStringLiteral("progressErrorMessageBox"));
    return box ? box->text() + u' ' + box->informativeText() : QString();
}

} // namespace

class ProgressDashboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        ASSERT_TRUE(m_dir.isValid());
        m_databasePath = m_dir.filePath(QStringLiteral("progress.sqlite"));
        const Status opened = m_store.open(StoreLocation::sqlite(m_databasePath));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        Result<Profile> yamada = m_store.createProfile(QStringLiteral("山田花子"), QStringLiteral("市民課"));
        ASSERT_TRUE(yamada.ok());
        m_yamada = yamada.value();
    }

    void record(const QString &profileId, const QString &pack, const QString &lesson, const QDateTime &start,
                int minutes, double score, bool passed, int hints)
    {
        Attempt attempt;
        attempt.profileId = profileId;
        attempt.packId = pack;
        attempt.packVersion = QStringLiteral("1.0");
        attempt.lessonId = lesson;
        attempt.exerciseId = lesson + QStringLiteral("-ex");
        attempt.startedAt = start;
        attempt.finishedAt = start.addSecs(minutes * 60);
        attempt.score = score;
        attempt.passed = passed;
        attempt.hintsUsed = hints;
        const Result<Attempt> recorded = m_store.recordAttempt(attempt);
        ASSERT_TRUE(recorded.ok()) << recorded.error().toString().toStdString();
        if (passed) {
            Completion completion;
            completion.profileId = profileId;
            completion.packId = pack;
            completion.packVersion = attempt.packVersion;
            completion.lessonId = lesson;
            completion.completedAt = attempt.finishedAt;
            const Status completed = m_store.recordCompletion(completion);
            ASSERT_TRUE(completed.ok()) << completed.error().toString().toStdString();
        }
    }

    // 山田: lesson-1 of form-basics failed then passed, lesson-2 failed once, lesson-1 of
    // cleaning-basics passed. 佐藤, on the same PC, has records that must not show.
    void recordLessons()
    {
        const QString forms = QStringLiteral("form-basics");
        const QString cleaning = QStringLiteral("cleaning-basics");
        record(m_yamada.id, forms, QStringLiteral("lesson-1"), utc(1, 9, 0), 10, 0.5, false, 2);
        record(m_yamada.id, forms, QStringLiteral("lesson-1"), utc(1, 9, 15), 5, 1.0, true, 1);
        record(m_yamada.id, forms, QStringLiteral("lesson-2"), utc(3, 10, 0), 3, 0.4, false, 0);
        record(m_yamada.id, cleaning, QStringLiteral("lesson-1"), utc(5, 14, 0), 20, 0.8, true, 3);
        Result<Profile> sato = m_store.createProfile(QStringLiteral("佐藤一郎"));
        ASSERT_TRUE(sato.ok());
        record(sato->id, forms, QStringLiteral("lesson-3"), utc(2, 8, 0), 30, 0.9, true, 9);
    }

    std::unique_ptr<ProgressDashboard> shownDashboard(ProgressStore *store,
                                                      const std::optional<Profile> &profile)
    {
        auto dashboard = std::make_unique<ProgressDashboard>();
        dashboard->setStore(store);
        dashboard->setProfile(profile);
        dashboard->resize(1200, 700);
        dashboard->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dashboard.get()));
        return dashboard;
    }

    QTemporaryDir m_dir;
    QString m_databasePath;
    ProgressStore m_store;
    Profile m_yamada;
};

TEST_F(ProgressDashboardTest, SaysWhatToDoWhenNothingIsRecordedYet)
{
    auto dashboard = shownDashboard(&m_store, m_yamada);
    EXPECT_EQ(dashboard->state(), ProgressDashboard::State::Empty);
    auto *empty = child<QLabel>(dashboard.get(), "emptyStateLabel");
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->text().contains(QStringLiteral("山田花子")));
    EXPECT_TRUE(empty->text().contains(QStringLiteral("Check")));
    EXPECT_FALSE(child<QChartView>(dashboard.get(), "completionChartView")->isVisible());
    EXPECT_FALSE(child<QLabel>(dashboard.get(), "summaryLabel")->isVisible());
    EXPECT_EQ(child<QTableWidget>(dashboard.get(), "lessonTableWidget")->rowCount(), 0);
    // Nothing to report yet, but records from another PC can be brought in.
    EXPECT_FALSE(child<QPushButton>(dashboard.get(), "exportCsvButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(dashboard.get(), "exportBundleButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(dashboard.get(), "importBundleButton")->isEnabled());

    // Without a profile the page asks for one.
    dashboard->setProfile(std::nullopt);
    EXPECT_EQ(dashboard->state(), ProgressDashboard::State::NoProfile);
    EXPECT_TRUE(child<QPushButton>(dashboard.get(), "chooseProfileButton")->isVisible());
    EXPECT_TRUE(child<QLabel>(dashboard.get(), "dashboardMessageLabel")->isVisible());
}

TEST_F(ProgressDashboardTest, ChartsSummaryAndTableShowTheLearnersOwnRecords)
{
    recordLessons();
    auto dashboard = shownDashboard(&m_store, m_yamada);
    ASSERT_EQ(dashboard->state(), ProgressDashboard::State::Ready);

    // Completion per pack, as stacked bars of completed and still open lessons.
    QChart *completion = child<QChartView>(dashboard.get(), "completionChartView")->chart();
    ASSERT_EQ(completion->series().size(), 1);
    auto *stacked = qobject_cast<QStackedBarSeries *>(completion->series().first());
    ASSERT_NE(stacked, nullptr);
    ASSERT_EQ(stacked->count(), 2);
    EXPECT_EQ(values(stacked->barSets().at(0)), (QList<double> { 1, 1 })); // completed
    EXPECT_EQ(values(stacked->barSets().at(1)), (QList<double> { 0, 1 })); // started, not completed
    auto *packs = qobject_cast<QBarCategoryAxis *>(completion->axes(Qt::Horizontal).value(0));
    ASSERT_NE(packs, nullptr);
    EXPECT_EQ(packs->categories(),
              (QStringList { QStringLiteral("cleaning-basics"), QStringLiteral("form-basics") }));

    // Score over time: one point per attempt in time order, on a date axis, passes marked.
    QChart *score = child<QChartView>(dashboard.get(), "scoreChartView")->chart();
    QLineSeries *line = nullptr;
    QList<QScatterSeries *> markers;
    for (QAbstractSeries *series : score->series()) {
        if (series->type() == QAbstractSeries::SeriesTypeLine)
            line = static_cast<QLineSeries *>(series);
        else if (series->type() == QAbstractSeries::SeriesTypeScatter)
            markers << static_cast<QScatterSeries *>(series);
    }
    ASSERT_NE(line, nullptr);
    ASSERT_EQ(line->count(), 4); // 佐藤's attempt is not here
    const QList<double> expectedScores { 50, 100, 40, 80 };
    for (int i = 0; i < 4; ++i)
        EXPECT_DOUBLE_EQ(line->at(i).y(), expectedScores.at(i)) << i;
    EXPECT_EQ(qint64(line->at(0).x()), utc(1, 9, 10).toMSecsSinceEpoch());
    EXPECT_EQ(qint64(line->at(3).x()), utc(5, 14, 20).toMSecsSinceEpoch());
    ASSERT_EQ(markers.size(), 2);
    EXPECT_EQ(markers.at(0)->count() + markers.at(1)->count(), 4);
    EXPECT_EQ(score->axes(Qt::Horizontal).value(0)->type(), QAbstractAxis::AxisTypeDateTime);

    // Time per lesson, horizontal, first lesson on top; lesson-1 exists in two packs, so its
    // label names the pack.
    QChart *time = child<QChartView>(dashboard.get(), "timeChartView")->chart();
    auto *timeBars = qobject_cast<QHorizontalBarSeries *>(time->series().value(0));
    ASSERT_NE(timeBars, nullptr);
    EXPECT_EQ(values(timeBars->barSets().at(0)), (QList<double> { 3, 15, 20 }));
    auto *timeLessons = qobject_cast<QBarCategoryAxis *>(time->axes(Qt::Vertical).value(0));
    ASSERT_NE(timeLessons, nullptr);
    EXPECT_EQ(timeLessons->categories(),
              (QStringList { QStringLiteral("lesson-2"), QStringLiteral("form-basics / lesson-1"),
                             QStringLiteral("cleaning-basics / lesson-1") }));

    QChart *hints = child<QChartView>(dashboard.get(), "hintsChartView")->chart();
    auto *hintBars = qobject_cast<QAbstractBarSeries *>(hints->series().value(0));
    ASSERT_NE(hintBars, nullptr);
    EXPECT_EQ(values(hintBars->barSets().at(0)), (QList<double> { 3, 3, 0 }));

    const QString summary = child<QLabel>(dashboard.get(), "summaryLabel")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("2 of 3"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Attempts: 4, passed: 2"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("38 min"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Hints used: 6"))) << summary.toStdString();

    auto *table = child<QTableWidget>(dashboard.get(), "lessonTableWidget");
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("form-basics"));
    EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("lesson-1"));
    EXPECT_EQ(table->item(1, 3)->text(), QStringLiteral("2")); // attempts
    EXPECT_EQ(table->item(1, 4)->text(), QStringLiteral("1")); // passed
    EXPECT_EQ(table->item(1, 5)->text(), QStringLiteral("100%")); // best score
    EXPECT_EQ(table->item(1, 8)->text(), QStringLiteral("3")); // hints
    EXPECT_EQ(table->item(2, 2)->text(), QStringLiteral("Not yet"));
}

// With the installed packs' lesson lists, completion per pack also shows the lessons not started.
TEST_F(ProgressDashboardTest, CompletionPerPackCountsTheLessonsNotStartedYet)
{
    recordLessons();
    auto dashboard = shownDashboard(&m_store, m_yamada);
    QHash<QString, QStringList> lessons;
    lessons.insert(QStringLiteral("form-basics"),
                   { QStringLiteral("lesson-1"), QStringLiteral("lesson-2"), QStringLiteral("lesson-3"), QStringLiteral("lesson-4") });
    lessons.insert(QStringLiteral("cleaning-basics"), { QStringLiteral("lesson-1"), QStringLiteral("lesson-2") });
    dashboard->setPackLessons(lessons);
    ASSERT_EQ(dashboard->state(), ProgressDashboard::State::Ready);

    QChart *completion = child<QChartView>(dashboard.get(), "completionChartView")->chart();
    auto *stacked = qobject_cast<QStackedBarSeries *>(completion->series().first());
    ASSERT_NE(stacked, nullptr);
    ASSERT_EQ(stacked->count(), 3);
    // cleaning-basics: 1 of 2 completed, 1 not started; form-basics: 1 completed, 1 open, 2 not started.
    EXPECT_EQ(values(stacked->barSets().at(0)), (QList<double> { 1, 1 }));
    EXPECT_EQ(values(stacked->barSets().at(1)), (QList<double> { 0, 1 }));
    EXPECT_EQ(values(stacked->barSets().at(2)), (QList<double> { 1, 2 }));
}

TEST_F(ProgressDashboardTest, RefreshesWhenShownAgain)
{
    auto dashboard = shownDashboard(&m_store, m_yamada);
    ASSERT_EQ(dashboard->state(), ProgressDashboard::State::Empty);
    dashboard->hide();
    record(m_yamada.id, QStringLiteral("form-basics"), QStringLiteral("lesson-1"), utc(1, 9, 0), 4, 1.0, true,
           0);
    dashboard->show();
    EXPECT_EQ(dashboard->state(), ProgressDashboard::State::Ready);
    EXPECT_EQ(child<QTableWidget>(dashboard.get(), "lessonTableWidget")->rowCount(), 1);
}

TEST_F(ProgressDashboardTest, CsvButtonWritesAnExcelReadableFileAndCanLeaveTheNameOut)
{
    recordLessons();
    auto dashboard = shownDashboard(&m_store, m_yamada);
    child<QTabWidget>(dashboard.get(), "dashboardTabs")
        ->setCurrentWidget(child<QWidget>(dashboard.get(), "shareTab"));
    auto *csvButton = child<QPushButton>(dashboard.get(), "exportCsvButton");
    ASSERT_TRUE(csvButton->isEnabled());

    const QString path = m_dir.filePath(QStringLiteral("進捗.csv"));
    bool answered = false;
    answerFileDialog(QStringLiteral("exportFileDialog"), path, &answered);
    QTest::mouseClick(csvButton, Qt::LeftButton);
    ASSERT_TRUE(answered);
    const QByteArray csv = readAll(path);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF")) << csv.left(20).toHex().toStdString(); // Excel reads UTF-8
    const QString text = QString::fromUtf8(csv);
    EXPECT_TRUE(text.contains(QStringLiteral("山田花子")));
    EXPECT_TRUE(text.contains(QStringLiteral("lesson-2")));
    EXPECT_FALSE(text.contains(QStringLiteral("lesson-3"))); // 佐藤's lesson
    EXPECT_TRUE(
        child<QLabel>(dashboard.get(), "shareResultLabel")->text().contains(QStringLiteral("進捗.csv")));

    auto *anonymise = child<QCheckBox>(dashboard.get(), "anonymiseCheckBox");
    QTest::mouseClick(anonymise, Qt::LeftButton, {},
                      QPoint(anonymise->height() / 2, anonymise->height() / 2));
    ASSERT_TRUE(anonymise->isChecked());
    const QString anonymous = m_dir.filePath(QStringLiteral("anonymous.csv"));
    answered = false;
    answerFileDialog(QStringLiteral("exportFileDialog"), anonymous, &answered);
    QTest::mouseClick(csvButton, Qt::LeftButton);
    ASSERT_TRUE(answered);
    const QString anonymousText = QString::fromUtf8(readAll(anonymous));
    ASSERT_FALSE(anonymousText.isEmpty())
        << errorText(dashboard.get()).toStdString()
        << child<QLabel>(dashboard.get(), "shareResultLabel")->text().toStdString();
    EXPECT_TRUE(anonymousText.contains(QStringLiteral("lesson-2")));
    EXPECT_FALSE(anonymousText.contains(QStringLiteral("山田"))) << anonymousText.toStdString();
    EXPECT_FALSE(anonymousText.contains(QStringLiteral("市民課"))) << anonymousText.toStdString();
}

TEST_F(ProgressDashboardTest, XapiAndScormReportsAreWritten)
{
    recordLessons();
    auto dashboard = shownDashboard(&m_store, m_yamada);
    const QString xapi = m_dir.filePath(QStringLiteral("statements.json"));
    ASSERT_TRUE(dashboard->exportReportTo(ReportExporter::Format::Xapi, xapi));
    EXPECT_TRUE(readAll(xapi).trimmed().startsWith('['));
    const QString scorm = m_dir.filePath(QStringLiteral("scorm.csv"));
    ASSERT_TRUE(dashboard->exportReportTo(ReportExporter::Format::ScormCsv, scorm));
    EXPECT_TRUE(QString::fromUtf8(readAll(scorm)).contains(QStringLiteral("lesson-1")));

    // A folder that does not exist: an error box names the file, nothing is claimed saved.
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/folder/report.csv"));
    EXPECT_FALSE(dashboard->exportReportTo(ReportExporter::Format::Csv, nowhere));
    auto *box = dashboard->findChild<QMessageBox *>(QStringLiteral("progressErrorMessageBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("report.csv")));
    EXPECT_TRUE(child<QLabel>(dashboard.get(), "shareResultLabel")->text().isEmpty());
}

TEST_F(ProgressDashboardTest, ABundleMovesTheRecordsToAnotherPc)
{
    recordLessons();
    auto dashboard = shownDashboard(&m_store, m_yamada);
    const QString bundlePath = m_dir.filePath(QStringLiteral("山田の記録.tenarai-progress"));
    bool answered = false;
    answerFileDialog(QStringLiteral("bundleFileDialog"), bundlePath, &answered);
    QTest::mouseClick(child<QPushButton>(dashboard.get(), "exportBundleButton"), Qt::LeftButton);
    ASSERT_TRUE(answered);
    ASSERT_TRUE(QFile::exists(bundlePath));

    // The other PC: a fresh store and nobody chosen yet.
    QTemporaryDir otherPc;
    ProgressStore other;
    ASSERT_TRUE(other.open(StoreLocation::sqlite(otherPc.filePath(QStringLiteral("progress.sqlite")))).ok());
    auto there = shownDashboard(&other, std::nullopt);
    ASSERT_EQ(there->state(), ProgressDashboard::State::NoProfile);
    auto *importButton = child<QPushButton>(there.get(), "messageImportButton");
    ASSERT_TRUE(importButton->isVisible());
    answered = false;
    answerFileDialog(QStringLiteral("importFileDialog"), bundlePath, &answered);
    QTest::mouseClick(importButton, Qt::LeftButton);
    ASSERT_TRUE(answered);
    EXPECT_TRUE(
        child<QLabel>(there.get(), "dashboardMessageLabel")->text().contains(QStringLiteral("山田花子")));

    const Result<QList<Profile>> profiles = other.profiles();
    ASSERT_TRUE(profiles.ok());
    ASSERT_EQ(profiles->size(), 1);
    EXPECT_EQ(profiles->first().id, m_yamada.id);
    there->setProfile(profiles->first());
    ASSERT_EQ(there->state(), ProgressDashboard::State::Ready);
    EXPECT_EQ(child<QTableWidget>(there.get(), "lessonTableWidget")->rowCount(), 3);

    // The same file again adds nothing.
    ASSERT_TRUE(there->importBundleFrom(bundlePath));
    EXPECT_TRUE(
        child<QLabel>(there.get(), "shareResultLabel")->text().contains(QStringLiteral("Nothing new")));
    EXPECT_EQ(child<QTableWidget>(there.get(), "lessonTableWidget")->rowCount(), 3);
}

TEST_F(ProgressDashboardTest, MainWindowShowsProgressFromTheMenuAndGoesBack)
{
    recordLessons();
    AppOptions options;
    options.databasePath = m_databasePath;
    MainWindow window(options);
    window.setProgressStore(&m_store);
    window.setCurrentProfile(m_yamada);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    auto *action = child<QAction>(&window, "myProgressAction");
    ASSERT_NE(action, nullptr);
    action->trigger();
    ASSERT_TRUE(window.isProgressShown());
    EXPECT_TRUE(action->isChecked());
    EXPECT_TRUE(window.progressDashboard()->isVisible());
    EXPECT_EQ(window.progressDashboard()->state(), ProgressDashboard::State::Ready);
    EXPECT_TRUE(child<QLabel>(window.progressDashboard(), "profileLabel")
                    ->text()
                    .contains(QStringLiteral("山田花子")));

    QTest::mouseClick(child<QPushButton>(window.progressDashboard(), "backButton"), Qt::LeftButton);
    EXPECT_FALSE(window.isProgressShown());
    EXPECT_FALSE(action->isChecked());
    EXPECT_TRUE(child<QWidget>(&window, "welcomePage")->isVisible());
}

TEST_F(ProgressDashboardTest, AStoreThatWillNotOpenIsReportedOnceAndTheAppStaysUsable)
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.sqlite"));
    {
        QFile file(broken);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("This is not a database, just text that happens to sit here.\n").repeated(200));
    }
    ProgressStore store;
    const Status opened = store.open(StoreLocation::sqlite(broken));
    ASSERT_FALSE(opened.ok());

    AppOptions options;
    options.databasePath = broken;
    MainWindow window(options);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.setProgressUnavailable(opened.error());

    auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorMessageBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_EQ(window.findChildren<QMessageBox *>().size(), 1);
    EXPECT_TRUE(child<QLabel>(&window, "progressStateLabel")->isVisible());
    EXPECT_FALSE(child<QAction>(&window, "switchProfileAction")->isEnabled());
    box->close();

    child<QAction>(&window, "myProgressAction")->trigger();
    EXPECT_EQ(window.progressDashboard()->state(), ProgressDashboard::State::Unavailable);
    const QString message = child<QLabel>(window.progressDashboard(), "dashboardMessageLabel")->text();
    EXPECT_TRUE(message.contains(opened.error().message)) << message.toStdString();
    EXPECT_TRUE(child<QAction>(&window, "openAction")->isEnabled()); // the rest still works
}

// At 1366×768 with a 16-point font every button, label and chart title must be readable: nothing
// narrower or lower than its text needs, chart fonts as large as the rest, plot areas left.
TEST_F(ProgressDashboardTest, LargeFontAt1366x768ClipsNothing)
{
    recordLessons();
    const QFont original = QApplication::font();
    QFont large = original;
    large.setPointSize(16);
    QApplication::setFont(large);
    const auto restore = qScopeGuard([&original] { QApplication::setFont(original); });

    AppOptions options;
    options.databasePath = m_databasePath;
    MainWindow window(options);
    window.setProgressStore(&m_store);
    window.setCurrentProfile(m_yamada);
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.setProgressShown(true);
    ASSERT_EQ(window.size(), QSize(1366, 768));
    EXPECT_LE(window.minimumSizeHint().width(), 1366);
    EXPECT_LE(window.minimumSizeHint().height(), 768);

    ProgressDashboard *dashboard = window.progressDashboard();
    const int line = QFontMetrics(large).height();
    auto *tabs = child<QTabWidget>(dashboard, "dashboardTabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(50);
        for (QWidget *widget : dashboard->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(&window)
                || !(qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget)))
                continue;
            const QString name = widget->objectName() + QStringLiteral(" on tab ") + QString::number(tab);
            auto *label = qobject_cast<QLabel *>(widget);
            if (label && label->text().isEmpty())
                continue;
            if (label && label->wordWrap()) {
                EXPECT_GE(label->height(), label->heightForWidth(label->width())) << name.toStdString();
            } else {
                EXPECT_GE(widget->width(), widget->minimumSizeHint().width()) << name.toStdString();
                EXPECT_GE(widget->height(), widget->minimumSizeHint().height()) << name.toStdString();
            }
        }
    }

    tabs->setCurrentIndex(0);
    QTest::qWait(50);
    // The charts page scrolls down when it must, never sideways: each chart is as wide as it gets.
    auto *scroll = child<QScrollArea>(dashboard, "chartsScrollArea");
    ASSERT_NE(scroll, nullptr);
    for (const char *name : { "completionChartView", "scoreChartView", "timeChartView", "hintsChartView" }) {
        auto *view = child<QChartView>(dashboard, name);
        ASSERT_NE(view, nullptr) << name;
        EXPECT_LE(view->mapTo(scroll->widget(), QPoint(view->width(), 0)).x(), scroll->viewport()->width())
            << name;
        QChart *chart = view->chart();
        ASSERT_TRUE(QTest::qWaitFor([&] { return chart->plotArea().height() > 0; }, 5000)) << name;
        EXPECT_GE(chart->titleFont().pointSizeF(), 16) << name;
        EXPECT_LE(QFontMetricsF(chart->titleFont()).horizontalAdvance(chart->title()), chart->size().width())
            << name;
        EXPECT_GE(chart->plotArea().height(), 4 * line) << name;
        EXPECT_GE(chart->plotArea().width(), 8 * QFontMetrics(large).averageCharWidth()) << name;
        for (QAbstractAxis *axis : chart->axes())
            EXPECT_GE(axis->labelsFont().pointSizeF(), 16) << name;
    }
}
