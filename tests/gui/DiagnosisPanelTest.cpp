// The workbench's Check tab offscreen: the messy fixture's findings are listed in plain words,
// each fixed by clicking "Fix with a step" (one undoable step each), a finding selects its cells,
// "Check again" shows findings going away, a tidy table says it has no problems, and a large
// table is checked without stopping the event loop.
#include "CleaningWorkbench.h"
#include "DiagnosisPanel.h"
#include "PreviewTableModel.h"
#include "RecipeDocument.h"
#include "RecipeRunner.h"
#include "Translations.h"
#include "io/TableIO.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>

using namespace tenarai;

namespace {

constexpr int WaitMs = 120000;

bool isBlankRow(const Table &table, qsizetype row)
{
    for (int c = 0; c < table.columnCount(); ++c) {
        if (!table.cell(row, c).toString().trimmed().isEmpty())
            return false;
    }
    return true;
}

qsizetype blankRows(const Table &table)
{
    qsizetype blank = 0;
    for (qsizetype r = 0; r < table.rowCount(); ++r)
        blank += isBlankRow(table, r);
    return blank;
}

std::shared_ptr<const Workbook> workbookWith(const Table &table)
{
    auto workbook = std::make_shared<Workbook>();
    workbook->source.format = QStringLiteral("csv");
    workbook->sheets.push_back(Sheet { QStringLiteral("参加者"), Sheet::State::Visible, Sheet::Type::Worksheet, table, {} });
    return workbook;
}

} // namespace

class DiagnosisPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        m_bench = std::make_unique<CleaningWorkbench>();
        m_bench->resize(1100, 800);
        m_bench->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_bench.get()));
        auto tabs = m_bench->findChild<QTabWidget *>(QStringLiteral("bottomTabs"));
        ASSERT_NE(tabs, nullptr);
        tabs->setCurrentWidget(panel());
    }

    void TearDown() override
    {
        m_bench.reset();
        QCoreApplication::processEvents();
    }

    void openMessy()
    {
        auto workbook = TableIO::read(QStringLiteral(TENARAI_TEST_DATA_DIR "/cleaning/messy.csv"));
        ASSERT_TRUE(workbook.ok());
        m_messy = std::make_shared<Workbook>(std::move(workbook).value());
        m_bench->setSource(m_messy, 0, QStringLiteral(TENARAI_TEST_DATA_DIR "/cleaning/messy.csv"));
        ASSERT_TRUE(waitIdle());
    }

    bool waitIdle()
    {
        const bool idle = QTest::qWaitFor(
            [&] { return !m_bench->runner()->isRunning() && !panel()->isRunning(); }, WaitMs);
        QCoreApplication::processEvents();
        return idle;
    }

    DiagnosisPanel *panel() const { return m_bench->diagnosisPanel(); }
    QListWidget *findings() const { return m_bench->findChild<QListWidget *>(QStringLiteral("findingList")); }
    QPushButton *button(const char *name) const { return m_bench->findChild<QPushButton *>(QString::fromLatin1(name)); }
    QTableView *view() const { return m_bench->findChild<QTableView *>(QStringLiteral("previewTableView")); }
    const Table &preview() const { return m_bench->previewModel()->table(); }

    // The entry for a rule whose suggestion is of this type; rule "" finds the preparation.
    QListWidgetItem *entry(const QString &rule, const QString &step) const
    {
        for (int i = 0; i < findings()->count(); ++i) {
            QListWidgetItem *item = findings()->item(i);
            if (item->data(DiagnosisPanel::RuleRole).toString() == rule
                && item->data(DiagnosisPanel::StepRole).toString() == step)
                return item;
        }
        return nullptr;
    }

    void click(QListWidgetItem *item)
    {
        ASSERT_NE(item, nullptr);
        findings()->scrollToItem(item);
        const QRect rect = findings()->visualItemRect(item);
        QTest::mouseClick(findings()->viewport(), Qt::LeftButton, {}, rect.center());
    }

    QStringList recipeTypes() const
    {
        QStringList types;
        for (int i = 0; i < m_bench->document()->stepCount(); ++i)
            types << m_bench->document()->step(i).typeId();
        return types;
    }

    std::unique_ptr<CleaningWorkbench> m_bench;
    std::shared_ptr<const Workbook> m_messy;
};

TEST_F(DiagnosisPanelTest, ListsTheMessyTablesProblemsInPlainWords)
{
    openMessy();
    ASSERT_TRUE(panel()->report().has_value());

    // Steps name columns by header, so the first entry makes row 1 the column names.
    QListWidgetItem *first = findings()->item(0);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->text(), QStringLiteral("Use row 1 as the column names"));
    EXPECT_EQ(first->data(DiagnosisPanel::StepRole).toString(), QStringLiteral("promoteHeaders"));

    QListWidgetItem *blank = entry(QStringLiteral("2-1"), QStringLiteral("removeBlankRows"));
    ASSERT_NE(blank, nullptr);
    // The count is said; its plural form comes from the English translation.
    EXPECT_TRUE(blank->text().startsWith(QStringLiteral("2-1 Blank rows inside the table (4 cell")))
        << blank->text().toStdString();
    QListWidgetItem *wareki = entry(QStringLiteral("1-11"), QStringLiteral("normalizeDates"));
    ASSERT_NE(wareki, nullptr);
    EXPECT_TRUE(wareki->text().contains(QStringLiteral("和暦"))) << wareki->text().toStdString();
    QListWidgetItem *kana = entry(QStringLiteral("1-10"), QStringLiteral("normalizeWidth"));
    ASSERT_NE(kana, nullptr);   // ﾊﾔｼ　　ﾔﾏﾄ in ふりがな
    for (int i = 0; i < findings()->count(); ++i)   // a CSV has no merged cells
        EXPECT_NE(findings()->item(i)->data(DiagnosisPanel::RuleRole).toString(), QStringLiteral("1-4"));

    // The selected finding explains itself and offers its step.
    click(wareki);
    EXPECT_TRUE(panel()->findChild<QLabel *>(QStringLiteral("findingExplanationLabel"))
                    ->text()
                    .contains(QStringLiteral("令和3年4月1日")));
    EXPECT_TRUE(button("fixWithStepButton")->isEnabled());

    // What cannot be read from the cells is listed greyed, with the reason, and has no step.
    QListWidgetItem *units = entry(QStringLiteral("1-12"), QString());
    ASSERT_NE(units, nullptr);
    EXPECT_TRUE(units->text().contains(QStringLiteral("not checked")));
    EXPECT_EQ(units->foreground().color(), findings()->palette().color(QPalette::Disabled, QPalette::Text));
    click(units);
    EXPECT_FALSE(button("fixWithStepButton")->isEnabled());
    EXPECT_FALSE(panel()->findChild<QLabel *>(QStringLiteral("findingExplanationLabel"))->text().isEmpty());
}

TEST_F(DiagnosisPanelTest, FixWithAStepAddsUndoableStepsAndCheckAgainShowsTheFix)
{
    openMessy();
    const qsizetype sourceRows = m_messy->sheets.front().table.rowCount();

    click(findings()->item(0));
    button("fixWithStepButton")->click();
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(recipeTypes(), QStringList { QStringLiteral("promoteHeaders") });
    EXPECT_EQ(m_bench->document()->step(0).parameters().value(QStringLiteral("row")).toInt(), 0);
    EXPECT_EQ(preview().columnName(1), QStringLiteral("地区"));
    // The recipe is no longer empty: the preparation entry is gone.
    EXPECT_EQ(entry(QString(), QStringLiteral("promoteHeaders")), nullptr);

    click(entry(QStringLiteral("2-1"), QStringLiteral("removeBlankRows")));
    button("fixWithStepButton")->click();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(recipeTypes(), (QStringList { QStringLiteral("promoteHeaders"), QStringLiteral("removeBlankRows") }));
    EXPECT_EQ(m_bench->selectedStep(), 1);
    EXPECT_EQ(blankRows(preview()), 0);
    EXPECT_EQ(preview().rowCount(), sourceRows - 1 - 4);

    // Check again: the blank rows are gone from the findings, the 和暦 are still there.
    button("checkAgainButton")->click();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(entry(QStringLiteral("2-1"), QStringLiteral("removeBlankRows")), nullptr);
    EXPECT_NE(entry(QStringLiteral("1-11"), QStringLiteral("normalizeDates")), nullptr);

    // Ctrl+Z removes the last step; the blank rows are back.
    ASSERT_TRUE(m_bench->undoAction()->isEnabled());
    m_bench->undoAction()->trigger();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(recipeTypes(), QStringList { QStringLiteral("promoteHeaders") });
    EXPECT_EQ(m_bench->undoStack()->count(), 2);
    EXPECT_EQ(m_bench->undoStack()->index(), 1);
    EXPECT_EQ(blankRows(preview()), 4);
    button("checkAgainButton")->click();
    ASSERT_TRUE(waitIdle());
    EXPECT_NE(entry(QStringLiteral("2-1"), QStringLiteral("removeBlankRows")), nullptr);
}

TEST_F(DiagnosisPanelTest, ClickingAFindingSelectsItsCells)
{
    openMessy();
    ASSERT_TRUE(panel()->report().has_value());

    click(entry(QStringLiteral("1-11"), QStringLiteral("normalizeDates")));
    EXPECT_EQ(view()->currentIndex().row(), 1);      // H19/1/27, the first data row
    EXPECT_EQ(view()->currentIndex().column(), 4);   // 生年月日
    EXPECT_EQ(view()->currentIndex().data().toString(), QStringLiteral("H19/1/27"));
    // The other listed cells are selected too.
    const QList<FindingCell> &cells = panel()->report()->findings[int(
        entry(QStringLiteral("1-11"), QStringLiteral("normalizeDates"))->data(DiagnosisPanel::IndexRole).toInt())].cells;
    ASSERT_GE(cells.size(), 2);
    const QModelIndex second = m_bench->previewModel()->index(int(cells[1].row), cells[1].column);
    EXPECT_TRUE(view()->selectionModel()->isSelected(second));

    click(entry(QStringLiteral("2-1"), QStringLiteral("removeBlankRows")));
    EXPECT_EQ(view()->currentIndex().row(), 80);
    EXPECT_TRUE(isBlankRow(preview(), view()->currentIndex().row()));

    // Once a step changes the table shown, the source's rows no longer apply: nothing is selected
    // wrongly, and the user is told to check again.
    m_bench->addStep(QStringLiteral("promoteHeaders"));
    ASSERT_TRUE(waitIdle());
    const QModelIndex before = view()->currentIndex();
    click(entry(QStringLiteral("1-11"), QStringLiteral("normalizeDates")));
    EXPECT_EQ(view()->currentIndex(), before);
    auto *message = m_bench->findChild<QLabel *>(QStringLiteral("previewMessageLabel"));
    EXPECT_TRUE(message->isVisible() && message->text().contains(QStringLiteral("Check again")));
}

TEST_F(DiagnosisPanelTest, TidyTableSaysItHasNoProblems)
{
    Table tidy;
    tidy.appendRow({ Cell::text(QStringLiteral("1")), Cell::text(QStringLiteral("中央地区")),
                     Cell::text(QStringLiteral("山田 太郎")), Cell::text(QStringLiteral("1000")),
                     Cell::text(QStringLiteral("2023-04-01")) });
    tidy.appendRow({ Cell::text(QStringLiteral("2")), Cell::text(QStringLiteral("北部地区")),
                     Cell::text(QStringLiteral("佐藤 花子")), Cell::text(QStringLiteral("500")),
                     Cell::text(QStringLiteral("2023-04-02")) });
    tidy.setColumnNames({ QStringLiteral("No"), QStringLiteral("地区"), QStringLiteral("氏名"),
                          QStringLiteral("参加費（円）"), QStringLiteral("受付日") });
    m_bench->setSource(workbookWith(tidy), 0, QStringLiteral("参加者.csv"));
    ASSERT_TRUE(waitIdle());
    ASSERT_TRUE(panel()->report().has_value());
    ASSERT_GE(findings()->count(), 1);
    EXPECT_EQ(findings()->item(0)->text(),
              QStringLiteral("No problems found against the national rules for machine-readable tables."));
    // Only the rules that could not be checked follow it.
    for (int i = 1; i < findings()->count(); ++i)
        EXPECT_TRUE(findings()->item(i)->text().contains(QStringLiteral("not checked"))) << i;
    click(findings()->item(0));
    EXPECT_FALSE(button("fixWithStepButton")->isEnabled());
}

TEST_F(DiagnosisPanelTest, LargeTableIsCheckedWithoutBlockingTheEventLoop)
{
    constexpr int Rows = 200000;
    Table big;
    Column names, fees, dates;
    for (int r = 0; r < Rows; ++r) {
        names.append(Cell::text(r % 1000 == 0 ? QStringLiteral(" 山田 太郎") : QStringLiteral("山田 太郎")));
        fees.append(Cell::text(QStringLiteral("1,000円")));
        dates.append(Cell::text(r % 7 == 0 ? QStringLiteral("令和5年4月%1日").arg(r % 28 + 1) : QStringLiteral("2023-04-01")));
    }
    big.insertColumn(0, std::move(names), QStringLiteral("氏名"));
    big.insertColumn(1, std::move(fees), QStringLiteral("参加費"));
    big.insertColumn(2, std::move(dates), QStringLiteral("受付日"));

    int ticksWhileChecking = 0;
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (panel()->isRunning())
            ++ticksWhileChecking;
        if (sinceTick.isValid())
            longestGap = qMax(longestGap, sinceTick.elapsed());
        sinceTick.restart();
    });
    ticker.start();
    QElapsedTimer clock;
    clock.start();
    m_bench->setSource(workbookWith(big), 0, QStringLiteral("大きな名簿.csv"));
    EXPECT_TRUE(panel()->isRunning());
    // A second check cancels the first; only the second one's report is shown.
    QTest::qWait(20);
    button("checkAgainButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel()->isRunning(); }, WaitMs));
    const qint64 elapsed = clock.elapsed();
    ticker.stop();
    std::printf("[ measure  ] check of %d rows: %lld ms, %d timer ticks while checking, longest gap %lld ms\n",
                Rows, static_cast<long long>(elapsed), ticksWhileChecking, static_cast<long long>(longestGap));
    EXPECT_GE(ticksWhileChecking, 3);
    ASSERT_TRUE(panel()->report().has_value());
    EXPECT_EQ(panel()->report()->dataRows, Rows);
    EXPECT_NE(entry(QStringLiteral("1-11"), QStringLiteral("normalizeDates")), nullptr);
    EXPECT_NE(entry(QStringLiteral("1-5"), QStringLiteral("trim")), nullptr);
}

TEST_F(DiagnosisPanelTest, ValuesAStepLeftAloneGetTheirOwnTabWithoutHidingTheCheckTheUserChose)
{
    openMessy();
    auto *tabs = m_bench->findChild<QTabWidget *>(QStringLiteral("bottomTabs"));
    QTabBar *bar = tabs->tabBar();
    EXPECT_EQ(bar->count(), 2);
    EXPECT_FALSE(tabs->isTabVisible(1));   // no step yet, so nothing left alone
    EXPECT_EQ(bar->tabText(0), QStringLiteral("Check"));

    // The user picks the Check tab, then fixes the amounts: the step leaves 無料 and the like as
    // they were, so their tab appears, but the check stays in front.
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center());
    click(findings()->item(0));
    button("fixWithStepButton")->click();
    ASSERT_TRUE(waitIdle());
    click(entry(QStringLiteral("1-3"), QStringLiteral("normalizeAmounts")));
    button("fixWithStepButton")->click();
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(m_bench->document()->stepCount(), 2);
    ASSERT_TRUE(tabs->isTabVisible(1));
    EXPECT_EQ(tabs->currentIndex(), 0);
    EXPECT_GT(m_bench->findChild<QListWidget *>(QStringLiteral("issueList"))->count(), 0);
}
