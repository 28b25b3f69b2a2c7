// Drives a cleaning exercise's panel offscreen on the test pack "good-basic": the learner's
// steps are added by clicking as in the workbench, Check counts and tints the wrong cells and
// points at the first one without showing an expected value, and the answer is the recipe that
// core's checker passes.
#include "CleaningExercisePanel.h"
#include "CleaningWorkbench.h"
#include "FormExercisePanel.h"
#include "PreviewTableModel.h"
#include "QuizPanel.h"
#include "RecipeDocument.h"
#include "RecipeRunner.h"
#include "Translations.h"
#include "lessons/ExerciseChecker.h"
#include "lessons/PackLoader.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {
constexpr int RunTimeoutMs = 60000;

// The count as the panel words it in the language installed (English plurals come from the .qm).
QString cellsLeft(qsizetype count)
{
    return QCoreApplication::translate("tenarai::CleaningExercisePanel", "%n cell(s) left", nullptr,
                                       int(count));
}
} // namespace

class CleaningExercisePanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        PackLoadResult loaded = PackLoader::load(QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/good-basic"));
        ASSERT_TRUE(loaded.ok()) << (loaded.errors.isEmpty()
                                         ? std::string()
                                         : loaded.errors.first().toString().toStdString());
        m_pack = loaded.pack;
        const Exercise *exercise = m_pack->exercise(QStringLiteral("clean-visitors"));
        ASSERT_NE(exercise, nullptr);
        m_exercise = *exercise;

        m_panel = std::make_unique<CleaningExercisePanel>();
        m_panel->resize(1100, 700);
        m_panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
        const Status started = m_panel->start(m_pack, m_exercise);
        ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
        ASSERT_TRUE(waitIdle());
    }

    void TearDown() override
    {
        m_panel.reset();
        QCoreApplication::processEvents();
    }

    CleaningWorkbench *bench() const { return m_panel->workbench(); }
    PreviewTableModel *model() const { return bench()->previewModel(); }
    QTableView *view() const { return m_panel->findChild<QTableView *>(QStringLiteral("previewTableView")); }
    QLabel *countLabel() const { return m_panel->findChild<QLabel *>(QStringLiteral("cellsLeftLabel")); }

    bool waitIdle()
    {
        const bool idle = QTest::qWaitFor([&] { return !bench()->runner()->isRunning(); }, RunTimeoutMs);
        QCoreApplication::processEvents();
        return idle;
    }

    void clickMenuAdd(const QString &typeId)
    {
        auto *action = bench()->findChild<QAction *>(QStringLiteral("addStep_") + typeId);
        ASSERT_NE(action, nullptr) << typeId.toStdString();
        ASSERT_TRUE(action->isEnabled());
        action->trigger();
        ASSERT_TRUE(waitIdle());
    }

    // Right-clicks the column's header and picks the step from the menu, as a learner does.
    void rightClickHeaderAndAdd(const QString &column, const QString &typeId)
    {
        const int index = int(model()->table().columnNames().indexOf(column));
        ASSERT_GE(index, 0) << column.toStdString();
        QHeaderView *header = view()->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(index) + 4, header->height() / 2);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
        QApplication::sendEvent(header->viewport(), &event);
        QMenu *menu = nullptr;
        ASSERT_TRUE(QTest::qWaitFor([&] {
            menu = bench()->findChild<QMenu *>(QStringLiteral("columnStepsMenu"));
            return menu && menu->isVisible();
        }));
        QAction *action = menu->findChild<QAction *>(QStringLiteral("columnStep_") + typeId);
        ASSERT_NE(action, nullptr) << typeId.toStdString();
        action->trigger();
        menu->close();
        ASSERT_TRUE(waitIdle());
    }

    void chooseSetting(const char *name, const QString &value)
    {
        auto *combo = bench()->findChild<QComboBox *>(QString::fromLatin1(name));
        ASSERT_NE(combo, nullptr) << name;
        const int index = combo->findData(value);
        ASSERT_GE(index, 0) << value.toStdString();
        combo->setCurrentIndex(index);
        emit combo->activated(index); // as a user's pick does
        ASSERT_TRUE(waitIdle());
    }

    CheckResult checkAndShow()
    {
        Result<CheckResult> result = m_panel->check();
        EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().toString().toStdString());
        if (!result)
            return {};
        m_panel->showFeedback(result.value());
        QCoreApplication::processEvents();
        return result.value();
    }

    int tintedCells() const
    {
        int count = 0;
        for (int r = 0; r < model()->rowCount(); ++r) {
            for (int c = 0; c < model()->columnCount(); ++c) {
                if (!model()->index(r, c).data(PreviewTableModel::WrongRole).toString().isEmpty())
                    ++count;
            }
        }
        return count;
    }

    std::shared_ptr<const Pack> m_pack;
    Exercise m_exercise;
    std::unique_ptr<CleaningExercisePanel> m_panel;
};

TEST_F(CleaningExercisePanelTest, StartsOnTheStartTableWithNoStepsAndNoMarks)
{
    const Result<Table> start = ExerciseChecker::startTable(*m_pack, m_exercise);
    ASSERT_TRUE(start.ok());
    EXPECT_EQ(model()->table(), start.value());
    EXPECT_EQ(bench()->document()->stepCount(), 0);
    EXPECT_FALSE(countLabel()->isVisible());
    EXPECT_EQ(tintedCells(), 0);
}

TEST_F(CleaningExercisePanelTest, CheckCountsTintsAndPointsAtTheFirstWrongCellWithoutTheAnswer)
{
    // Scroll away first: Check must bring the first wrong cell back into view and select it.
    m_panel->findChild<QTableView *>(QStringLiteral("previewTableView"))->scrollToBottom();
    const CheckResult result = checkAndShow();
    ASSERT_FALSE(result.passed);
    ASSERT_GT(result.wrongCells, 0);

    ASSERT_TRUE(countLabel()->isVisible());
    EXPECT_EQ(countLabel()->text().section(u'\n', 0, 0), cellsLeft(result.wrongCells));
    EXPECT_TRUE(countLabel()->text().startsWith(QString::number(result.wrongCells)))
        << countLabel()->text().toStdString();

    // Every cell the checker listed is tinted, and only those.
    QList<CheckFeedback> cells;
    for (const CheckFeedback &feedback : result.feedback) {
        if (feedback.target == CheckFeedback::Target::Cell)
            cells << feedback;
    }
    ASSERT_FALSE(cells.isEmpty());
    EXPECT_EQ(tintedCells(), cells.size());
    const QModelIndex first = model()->index(int(cells.first().row), cells.first().column);
    EXPECT_EQ(view()->currentIndex(), first);
    EXPECT_TRUE(view()->selectionModel()->isSelected(first));
    EXPECT_TRUE(view()->viewport()->rect().intersects(view()->visualRect(first)));
    // Tinted unlike any cell the checker did not list (those keep the workbench's own colours).
    const QColor tint = first.data(Qt::BackgroundRole).value<QBrush>().color();
    EXPECT_TRUE(tint.isValid());
    for (int r = 0; r < model()->rowCount(); ++r) {
        for (int c = 0; c < model()->columnCount(); ++c) {
            if (model()->index(r, c).data(PreviewTableModel::WrongRole).toString().isEmpty()) {
                EXPECT_NE(model()->index(r, c).data(Qt::BackgroundRole).value<QBrush>().color(), tint);
            }
        }
    }

    // The tooltip says why in general terms; a date cell's tooltip never carries the target date.
    const int dateColumn = int(model()->table().columnNames().indexOf(QStringLiteral("受付日")));
    ASSERT_GE(dateColumn, 0);
    bool sawDate = false;
    for (const CheckFeedback &feedback : cells) {
        const QString tip
            = model()->index(int(feedback.row), feedback.column).data(Qt::ToolTipRole).toString();
        EXPECT_TRUE(tip.contains(feedback.message)) << tip.toStdString();
        const QString expected = feedback.expected.toString();
        if (feedback.column == dateColumn && !expected.isEmpty()) {
            sawDate = true;
            EXPECT_FALSE(tip.contains(expected)) << tip.toStdString();
            EXPECT_FALSE(countLabel()->text().contains(expected));
        }
    }
    EXPECT_TRUE(sawDate);
}

TEST_F(CleaningExercisePanelTest, TheCountFallsAsStepsAreAddedUntilTheExercisePasses)
{
    const CheckResult before = checkAndShow();
    ASSERT_FALSE(before.passed);

    // The reference solution's steps, by clicking: trim, then the types and the dates per column.
    clickMenuAdd(QStringLiteral("trim"));
    const CheckResult trimmed = checkAndShow();
    ASSERT_FALSE(trimmed.passed);
    EXPECT_LT(trimmed.wrongCells, before.wrongCells);
    EXPECT_EQ(countLabel()->text().section(u'\n', 0, 0), cellsLeft(trimmed.wrongCells));

    rightClickHeaderAndAdd(QStringLiteral("No"), QStringLiteral("changeType"));
    chooseSetting("parameter_to", QStringLiteral("integer"));
    rightClickHeaderAndAdd(QStringLiteral("受付日"), QStringLiteral("normalizeDates"));
    const CheckResult almost = checkAndShow();
    ASSERT_FALSE(almost.passed);
    EXPECT_LT(almost.wrongCells, trimmed.wrongCells);
    EXPECT_EQ(tintedCells(), almost.wrongCells);

    rightClickHeaderAndAdd(QStringLiteral("参加費"), QStringLiteral("changeType"));
    chooseSetting("parameter_to", QStringLiteral("number"));
    const CheckResult done = checkAndShow();
    EXPECT_TRUE(done.passed) << done.summary.toStdString();
    EXPECT_EQ(done.wrongCells, 0);
    EXPECT_EQ(tintedCells(), 0);
    EXPECT_EQ(countLabel()->text(), QStringLiteral("Every cell matches the target."));

    // The answer is the recipe; core's own replay of it passes too.
    const QByteArray answer = m_panel->answer();
    const Result<CheckResult> replayed = ExerciseChecker::check(*m_pack, m_exercise, answer);
    ASSERT_TRUE(replayed.ok()) << replayed.error().toString().toStdString();
    EXPECT_TRUE(replayed.value().passed);
    EXPECT_EQ(Recipe::fromJson(answer).value().entries.size(), size_t(4));
}

TEST_F(CleaningExercisePanelTest, AChangeClearsTheMarksAndUndoWorksFromThePanel)
{
    checkAndShow();
    ASSERT_GT(tintedCells(), 0);
    QSignalSpy changed(m_panel.get(), &ExercisePanel::answerChanged);

    clickMenuAdd(QStringLiteral("trim"));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(tintedCells(), 0); // the marks were about another table
    EXPECT_FALSE(countLabel()->isVisible()); // and so was the count

    auto *undo = m_panel->findChild<QToolButton *>(QStringLiteral("exerciseUndoButton"));
    ASSERT_NE(undo, nullptr);
    ASSERT_TRUE(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    EXPECT_EQ(bench()->document()->stepCount(), 0);
    auto *redo = m_panel->findChild<QToolButton *>(QStringLiteral("exerciseRedoButton"));
    QTest::mouseClick(redo, Qt::LeftButton);
    EXPECT_EQ(bench()->document()->stepCount(), 1);

    // An empty result clears what is shown.
    ASSERT_TRUE(waitIdle());
    checkAndShow();
    ASSERT_GT(tintedCells(), 0);
    m_panel->showFeedback(CheckResult {});
    EXPECT_EQ(tintedCells(), 0);
    EXPECT_FALSE(countLabel()->isVisible());
}

TEST_F(CleaningExercisePanelTest, CheckingWhileThePreviewRunsReplaysTheRecipeToTheSameVerdict)
{
    clickMenuAdd(QStringLiteral("trim"));
    const CheckResult ready = checkAndShow();
    // A recipe change drops the computed result; checking at once must not wait for the preview.
    bench()->undoStack()->undo();
    bench()->undoStack()->redo();
    const Result<CheckResult> early = m_panel->check();
    ASSERT_TRUE(early.ok());
    EXPECT_EQ(early.value().wrongCells, ready.wrongCells);
    EXPECT_EQ(early.value().passed, ready.passed);
    ASSERT_TRUE(waitIdle());
}

TEST_F(CleaningExercisePanelTest, StartingAgainForgetsTheEarlierWork)
{
    clickMenuAdd(QStringLiteral("trim"));
    ASSERT_EQ(bench()->document()->stepCount(), 1);
    ASSERT_TRUE(m_panel->start(m_pack, m_exercise).ok());
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(bench()->document()->stepCount(), 0);
    EXPECT_FALSE(bench()->undoStack()->canUndo());
    EXPECT_EQ(model()->table(), ExerciseChecker::startTable(*m_pack, m_exercise).value());
}

TEST(ExercisePanelFactoryTest, EachKindGetsItsOwnPanel)
{
    std::unique_ptr<ExercisePanel> cleaning(ExercisePanel::create(ExerciseKind::Cleaning));
    std::unique_ptr<ExercisePanel> form(ExercisePanel::create(ExerciseKind::Form));
    std::unique_ptr<ExercisePanel> quiz(ExercisePanel::create(ExerciseKind::Quiz));
    EXPECT_NE(qobject_cast<CleaningExercisePanel *>(cleaning.get()), nullptr);
    EXPECT_NE(qobject_cast<FormExercisePanel *>(form.get()), nullptr);
    EXPECT_NE(qobject_cast<QuizPanel *>(quiz.get()), nullptr);
}
