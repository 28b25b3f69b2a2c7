// Drives the data-cleaning workbench offscreen: builds recipes by clicking, checks the preview
// against Recipe::run, undoes and redoes every kind of change, shows errors and issues where the
// user looks, saves and opens recipes, and keeps the event loop running on a large table.
#include "CleaningWorkbench.h"
#include "MainWindow.h"
#include "PreviewTableModel.h"
#include "RecipeDocument.h"
#include "RecipeRunner.h"
#include "StepListModel.h"
#include "StepParameterEditor.h"
#include "Translations.h"
#include "cleaning/FillDownStep.h"
#include "cleaning/StepRegistry.h"
#include "io/TableIO.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>

using namespace tenarai;

namespace {

constexpr int RunTimeoutMs = 120000;

Cell text(const char *utf8)
{
    return *utf8 ? Cell::text(QString::fromUtf8(utf8)) : Cell();
}

// A small roster as typed by hand: stray half- and full-width spaces, a merged 地区 cell left
// empty below its first row, a blank row, and a phone number that is not one.
Table roster()
{
    Table table;
    table.appendRow({ text("　山田　太郎 "), text("やまだ たろう"), text("北区"), text("03-1234-5678") });
    table.appendRow({ text("佐藤花子"), text(" さとう はなこ　"), text(""), text("090-1111-2222") });
    table.appendRow({ text(""), text("　"), text(""), text("") });
    table.appendRow({ text("鈴木一郎"), text("すずき いちろう"), text("南区"), text("") });
    table.appendRow({ text("田中"), text("たなか"), text(""), text("電話なし?") });
    table.setColumnNames({ QStringLiteral("氏名"), QStringLiteral("ふりがな"), QStringLiteral("地区"),
                           QStringLiteral("電話") });
    return table;
}

std::shared_ptr<const Workbook> workbookWith(const Table &table, const QString &sheet = QStringLiteral("名簿"))
{
    auto workbook = std::make_shared<Workbook>();
    workbook->sheets.push_back(Sheet { sheet, Sheet::State::Visible, Sheet::Type::Worksheet, table, {} });
    return workbook;
}

std::unique_ptr<Step> makeStep(const QString &typeId, const QJsonObject &parameters = {})
{
    auto step = StepRegistry::create(typeId);
    EXPECT_TRUE(step) << typeId.toStdString();
    if (step && !parameters.isEmpty()) {
        EXPECT_TRUE(step->setParameters(parameters).ok()) << typeId.toStdString();
    }
    return step;
}

// A test double for a step that reports values it could not handle, and adds a column: no
// registered step did both when this test was written. It flags texts ending in “?” and adds a
// column 「確認」 saying which rows it flagged.
class FlagQuestionsStep : public Step
{
public:
    QString typeId() const override { return QStringLiteral("testFlagQuestions"); }
    QString title() const override { return QStringLiteral("Flag questions"); }
    QList<ParameterSpec> parameterSpecs() const override { return {}; }
    QJsonObject parameters() const override { return {}; }
    Status setParameters(const QJsonObject &) override { return Ok {}; }
    Result<StepOutcome> apply(const Table &input, const StepContext &) const override
    {
        StepOutcome out;
        out.table = input;
        Column flags;
        for (qsizetype r = 0; r < input.rowCount(); ++r) {
            bool flagged = false;
            for (int c = 0; c < input.columnCount(); ++c) {
                if (input.cell(r, c).toString().endsWith(u'?')) {
                    out.addIssue(r, c, QStringLiteral("「%1」は判断できません").arg(input.cell(r, c).toString()));
                    flagged = true;
                }
            }
            flags.append(flagged ? Cell::text(QStringLiteral("要確認")) : Cell());
        }
        out.table.insertColumn(out.table.columnCount(), std::move(flags), QStringLiteral("確認"));
        return out;
    }
    std::unique_ptr<Step> clone() const override { return std::make_unique<FlagQuestionsStep>(*this); }
};

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class CleaningWorkbenchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        ASSERT_TRUE(m_dir.isValid());
        m_bench = std::make_unique<CleaningWorkbench>();
        m_bench->resize(1100, 700);
        m_bench->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_bench.get()));
        m_source = roster();
        m_bench->setSource(workbookWith(m_source), 0, m_dir.filePath(QStringLiteral("名簿.csv")));
        ASSERT_TRUE(waitIdle());
    }

    void TearDown() override
    {
        m_bench.reset();
        QCoreApplication::processEvents();
    }

    bool waitIdle()
    {
        const bool idle = QTest::qWaitFor([&] { return !m_bench->runner()->isRunning(); }, RunTimeoutMs);
        QCoreApplication::processEvents();
        return idle;
    }

    template <typename T> T *child(const char *name) const
    {
        return m_bench->findChild<T *>(QString::fromLatin1(name));
    }
    RecipeDocument *document() const { return m_bench->document(); }
    QUndoStack *undoStack() const { return m_bench->undoStack(); }
    const Table &preview() const { return m_bench->previewModel()->table(); }
    QListView *stepList() const { return child<QListView>("stepList"); }
    QString rowText(int row) const { return stepList()->model()->index(row, 0).data().toString(); }
    QString visibleText(const char *name) const
    {
        auto *label = child<QLabel>(name);
        return label && label->isVisible() ? label->text() : QString();
    }

    void clickMenuAdd(const QString &typeId)
    {
        auto *action = child<QAction>(("addStep_" + typeId.toStdString()).c_str());
        ASSERT_NE(action, nullptr) << typeId.toStdString();
        ASSERT_TRUE(action->isEnabled());
        action->trigger();
    }

    // Right-clicks a column header and picks a step from the menu that pops up.
    void rightClickHeaderAndAdd(int column, const QString &typeId)
    {
        auto *view = child<QTableView>("previewTableView");
        QHeaderView *header = view->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + 4, header->height() / 2);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
        QApplication::sendEvent(header->viewport(), &event);
        QMenu *menu = nullptr;
        ASSERT_TRUE(QTest::qWaitFor([&] {
            menu = m_bench->findChild<QMenu *>(QStringLiteral("columnStepsMenu"));
            return menu && menu->isVisible();
        }));
        QAction *action = menu->findChild<QAction *>(QStringLiteral("columnStep_") + typeId);
        ASSERT_NE(action, nullptr) << typeId.toStdString();
        ASSERT_TRUE(action->isEnabled());
        // Steps whose first setting is not a column are not offered here.
        EXPECT_EQ(menu->findChild<QAction *>(QStringLiteral("columnStep_removeBlankRows")), nullptr);
        EXPECT_EQ(menu->findChild<QAction *>(QStringLiteral("columnStep_promoteHeaders")), nullptr);
        action->trigger();
        menu->close();
    }

    QTemporaryDir m_dir;
    Table m_source;
    std::unique_ptr<CleaningWorkbench> m_bench;
};

TEST_F(CleaningWorkbenchTest, ThreeStepsBuiltByClickingMatchRecipeRun)
{
    EXPECT_EQ(preview(), m_source); // no steps yet: the source itself

    clickMenuAdd(QStringLiteral("trim"));
    ASSERT_TRUE(waitIdle());
    rightClickHeaderAndAdd(2, QStringLiteral("fillDown"));   // 地区
    ASSERT_TRUE(waitIdle());
    clickMenuAdd(QStringLiteral("removeBlankRows"));
    ASSERT_TRUE(waitIdle());

    ASSERT_EQ(document()->stepCount(), 3);
    EXPECT_EQ(document()->step(0).typeId(), QStringLiteral("trim"));
    EXPECT_EQ(document()->step(1).typeId(), QStringLiteral("fillDown"));
    EXPECT_EQ(document()->step(1).parameters().value(QStringLiteral("columns")).toArray(),
              QJsonArray { QStringLiteral("地区") });
    EXPECT_EQ(rowText(1), QStringLiteral("Fill down — 地区"));
    EXPECT_EQ(rowText(0), QStringLiteral("Remove spaces before and after — every column"));
    EXPECT_EQ(m_bench->selectedStep(), 2);

    Recipe expected;
    expected.append(makeStep(QStringLiteral("trim")));
    expected.append(makeStep(QStringLiteral("fillDown"), { { QStringLiteral("columns"), QJsonArray { QStringLiteral("地区") } } }));
    expected.append(makeStep(QStringLiteral("removeBlankRows")));
    const RecipeRun run = expected.run(m_source);
    ASSERT_FALSE(run.error.has_value());
    EXPECT_EQ(preview(), run.table);
    EXPECT_EQ(document()->recipe().toJson(), QByteArray(expected.toJson()).replace("\"import\": {\n    }",
                                                                                   "\"import\": {\n        \"sheet\": \"名簿\"\n    }"));
    // The values a user checks: the inner full-width space kept, 地区 filled down.
    EXPECT_EQ(preview().cell(0, 0).toString(), QStringLiteral("山田　太郎"));
    EXPECT_EQ(preview().cell(1, 1).toString(), QStringLiteral("さとう はなこ"));
    EXPECT_EQ(preview().cell(1, 2).toString(), QStringLiteral("北区"));

    // Selecting an earlier step is instant: its result is kept.
    m_bench->selectStep(0);
    EXPECT_FALSE(m_bench->runner()->isRunning());
    EXPECT_EQ(preview().rowCount(), m_source.rowCount());
    EXPECT_EQ(preview().cell(1, 2).toString(), QString());
}

TEST_F(CleaningWorkbenchTest, EveryKindOfChangeUndoesAndRedoes)
{
    m_bench->addStep(QStringLiteral("trim"));
    m_bench->addStep(QStringLiteral("fillDown"), QStringLiteral("地区"));
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(document()->stepCount(), 2);
    const QByteArray twoSteps = document()->recipe().toJson();
    QAction *undo = m_bench->undoAction();
    QAction *redo = m_bench->redoAction();
    EXPECT_TRUE(undo->text().contains(QStringLiteral("Fill down"))) << undo->text().toStdString();

    // Add.
    undo->trigger();
    EXPECT_EQ(document()->stepCount(), 1);
    redo->trigger();
    EXPECT_EQ(document()->recipe().toJson(), twoSteps);

    // Edit a setting through the panel.
    m_bench->selectStep(0);
    auto *collapse = child<QCheckBox>("parameter_collapse");
    ASSERT_NE(collapse, nullptr);
    collapse->click();
    EXPECT_TRUE(document()->step(0).parameters().value(QStringLiteral("collapse")).toBool());
    EXPECT_EQ(rowText(0), QStringLiteral("Remove spaces before and after — every column, Also collapse spaces inside"));
    undo->trigger();
    EXPECT_FALSE(document()->step(0).parameters().contains(QStringLiteral("collapse")));
    EXPECT_FALSE(child<QCheckBox>("parameter_collapse")->isChecked()); // the panel follows
    redo->trigger();
    EXPECT_TRUE(child<QCheckBox>("parameter_collapse")->isChecked());
    const QByteArray edited = document()->recipe().toJson();

    // Turn off and on.
    QAbstractItemModel *steps = stepList()->model();
    ASSERT_TRUE(steps->setData(steps->index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_FALSE(document()->isEnabled(1));
    undo->trigger();
    EXPECT_TRUE(document()->isEnabled(1));
    redo->trigger();
    EXPECT_FALSE(document()->isEnabled(1));
    undo->trigger();

    // Move with the button.
    m_bench->selectStep(0);
    child<QPushButton>("moveStepDownButton")->click();
    EXPECT_EQ(document()->step(0).typeId(), QStringLiteral("fillDown"));
    EXPECT_EQ(m_bench->selectedStep(), 1); // the moved step stays selected
    undo->trigger();
    EXPECT_EQ(document()->step(0).typeId(), QStringLiteral("trim"));
    redo->trigger();
    EXPECT_EQ(document()->step(1).typeId(), QStringLiteral("trim"));
    undo->trigger();

    // Remove: undo brings the step back with its settings.
    m_bench->selectStep(0);
    child<QPushButton>("removeStepButton")->click();
    EXPECT_EQ(document()->stepCount(), 1);
    undo->trigger();
    EXPECT_EQ(document()->recipe().toJson(), edited);
    redo->trigger();
    EXPECT_EQ(document()->stepCount(), 1);
    undo->trigger();

    // After all that, the preview is the recipe's result again.
    ASSERT_TRUE(waitIdle());
    m_bench->selectStep(1);
    EXPECT_EQ(preview(), document()->recipe().run(m_source).table);
}

TEST_F(CleaningWorkbenchTest, EveryRegisteredStepGetsASettingsPanel)
{
    // Whatever steps exist: each one added from the menu shows one field per setting.
    for (const QString &typeId : StepRegistry::typeIds()) {
        clickMenuAdd(typeId);
        QCoreApplication::processEvents();
        const int index = m_bench->selectedStep();
        ASSERT_GE(index, 0) << typeId.toStdString();
        const Step &step = document()->step(index);
        EXPECT_EQ(step.typeId(), typeId);
        EXPECT_TRUE(rowText(index).startsWith(step.title())) << typeId.toStdString();
        for (const ParameterSpec &spec : step.parameterSpecs()) {
            EXPECT_NE(m_bench->parameterEditor()->findChild<QWidget *>(QStringLiteral("parameter_") + spec.key), nullptr)
                << typeId.toStdString() << " " << spec.key.toStdString();
        }
    }
    EXPECT_EQ(document()->stepCount(), int(StepRegistry::typeIds().size()));
    ASSERT_TRUE(waitIdle());
}

TEST_F(CleaningWorkbenchTest, SpinningANumberIsOneUndoStep)
{
    m_bench->addStep(QStringLiteral("removeTopRows"));
    const QJsonObject before = document()->step(0).parameters();
    const int commands = undoStack()->count();
    auto *count = child<QSpinBox>("parameter_count");
    ASSERT_NE(count, nullptr);
    count->setValue(2);
    count->setValue(3);
    EXPECT_EQ(document()->step(0).parameters().value(QStringLiteral("count")).toInt(), 3);
    EXPECT_EQ(rowText(0), QStringLiteral("Remove top rows — %1: 3").arg(document()->step(0).parameterSpecs().first().label));
    EXPECT_EQ(undoStack()->count(), commands + 1);
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(preview().rowCount(), m_source.rowCount() - 3);
    EXPECT_EQ(preview().cell(0, 0).toString(), QStringLiteral("鈴木一郎"));
    undoStack()->undo();
    EXPECT_EQ(document()->step(0).parameters(), before);
    EXPECT_EQ(child<QSpinBox>("parameter_count")->value(), before.value(QStringLiteral("count")).toInt());
}

TEST_F(CleaningWorkbenchTest, DisabledStepIsSkipped)
{
    m_bench->addStep(QStringLiteral("trim"));
    ASSERT_TRUE(waitIdle());
    EXPECT_NE(preview(), m_source);
    QAbstractItemModel *steps = stepList()->model();
    steps->setData(steps->index(0, 0), Qt::Unchecked, Qt::CheckStateRole);
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(preview(), m_source);
    EXPECT_TRUE(visibleText("previewMessageLabel").contains(QStringLiteral("turned off")));
    EXPECT_FALSE(m_bench->previewModel()->isChanged(0, 0));
    EXPECT_EQ(steps->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
}

TEST_F(CleaningWorkbenchTest, ReordersByDragAndByButtons)
{
    m_bench->addStep(QStringLiteral("trim"));
    m_bench->addStep(QStringLiteral("fillDown"), QStringLiteral("地区"));
    m_bench->addStep(QStringLiteral("removeBlankRows"));
    ASSERT_EQ(document()->stepCount(), 3);

    // What QListView calls when a row is dropped below the last one.
    QAbstractItemModel *steps = stepList()->model();
    ASSERT_TRUE(steps->moveRow(QModelIndex(), 0, QModelIndex(), 3));
    EXPECT_EQ(document()->step(2).typeId(), QStringLiteral("trim"));
    EXPECT_TRUE(rowText(2).startsWith(QStringLiteral("Remove spaces")));
    EXPECT_EQ(m_bench->selectedStep(), 2);

    child<QPushButton>("moveStepUpButton")->click();
    EXPECT_EQ(document()->step(1).typeId(), QStringLiteral("trim"));
    EXPECT_EQ(document()->step(2).typeId(), QStringLiteral("removeBlankRows"));

    // What a drop does when the view hands the dragged row over as data instead.
    std::unique_ptr<QMimeData> dragged(steps->mimeData({ steps->index(2, 0) }));
    ASSERT_NE(dragged, nullptr);
    ASSERT_TRUE(steps->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    EXPECT_EQ(document()->step(0).typeId(), QStringLiteral("removeBlankRows"));
    EXPECT_EQ(steps->rowCount(), 3); // moved, never copied or removed
    EXPECT_FALSE(steps->removeRows(0, 1));

    undoStack()->undo();
    undoStack()->undo();
    undoStack()->undo();
    EXPECT_EQ(document()->step(0).typeId(), QStringLiteral("trim"));
    ASSERT_TRUE(waitIdle());
    m_bench->selectStep(2);
    EXPECT_EQ(preview(), document()->recipe().run(m_source).table);
}

TEST_F(CleaningWorkbenchTest, InvalidSettingShowsItsErrorInline)
{
    m_bench->addStep(QStringLiteral("fillDown"), QStringLiteral("地区"));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(m_bench->parameterEditor()->errorText(), QString());
    const int undoCount = undoStack()->count();

    auto *columns = child<QListWidget>("parameter_columns");
    ASSERT_NE(columns, nullptr);
    ASSERT_EQ(columns->count(), 4);
    QListWidgetItem *district = columns->findItems(QStringLiteral("地区"), Qt::MatchExactly).value(0);
    ASSERT_NE(district, nullptr);
    EXPECT_EQ(district->checkState(), Qt::Checked);
    district->setCheckState(Qt::Unchecked);   // no column left: fill down refuses

    auto *error = child<QLabel>("parameterErrorLabel");
    ASSERT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("columns"))) << error->text().toStdString();
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(m_bench->findChild<QMessageBox *>(), nullptr);
    EXPECT_EQ(undoStack()->count(), undoCount);   // refused: nothing to undo
    EXPECT_EQ(document()->step(0).parameters().value(QStringLiteral("columns")).toArray(),
              QJsonArray { QStringLiteral("地区") });

    // A valid choice clears the message and updates the preview.
    columns->findItems(QStringLiteral("氏名"), Qt::MatchExactly).value(0)->setCheckState(Qt::Checked);
    EXPECT_FALSE(error->isVisible());
    EXPECT_EQ(document()->step(0).parameters().value(QStringLiteral("columns")).toArray(),
              QJsonArray { QStringLiteral("氏名") });
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(preview().cell(2, 0).toString(), QStringLiteral("佐藤花子"));

    // A step added from the menu that still needs a column says so at once.
    clickMenuAdd(QStringLiteral("fillDown"));
    EXPECT_TRUE(child<QLabel>("parameterErrorLabel")->isVisible());
}

TEST_F(CleaningWorkbenchTest, HighlightsTheCellsTheSelectedStepChanged)
{
    m_bench->addStep(QStringLiteral("trim"));
    m_bench->addStep(QStringLiteral("fillDown"), QStringLiteral("地区"));
    m_bench->addStep(std::make_unique<FlagQuestionsStep>());
    m_bench->addStep(makeStep(QStringLiteral("removeTopRows"), { { QStringLiteral("count"), 1 } }));
    ASSERT_TRUE(waitIdle());
    PreviewTableModel *model = m_bench->previewModel();

    m_bench->selectStep(0); // trim
    EXPECT_TRUE(model->isChanged(0, 0));    // 「　山田　太郎 」
    EXPECT_TRUE(model->isChanged(1, 1));    // 「 さとう はなこ　」
    EXPECT_FALSE(model->isChanged(0, 2));   // 「北区」 as it was
    EXPECT_FALSE(model->isChanged(1, 0));
    EXPECT_TRUE(model->index(0, 0).data(PreviewTableModel::ChangedRole).toBool());
    EXPECT_TRUE(model->index(0, 0).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model->index(1, 0).data(Qt::BackgroundRole).isValid());

    m_bench->selectStep(1); // fill down 地区
    EXPECT_FALSE(model->isChanged(0, 2));
    EXPECT_TRUE(model->isChanged(1, 2));
    EXPECT_TRUE(model->isChanged(2, 2));
    EXPECT_FALSE(model->isChanged(1, 0));   // trimmed by the step before, not by this one

    m_bench->selectStep(2); // the new column 確認 is changed as a whole
    ASSERT_EQ(preview().columnCount(), 5);
    for (int row = 0; row < preview().rowCount(); ++row)
        EXPECT_TRUE(model->isChanged(row, 4)) << row;
    EXPECT_FALSE(model->isChanged(4, 3));

    m_bench->selectStep(3); // a row removed: cells are not compared (every row moved up)
    EXPECT_EQ(preview().rowCount(), m_source.rowCount() - 1);
    EXPECT_FALSE(model->isChanged(0, 0));
    EXPECT_FALSE(model->isChanged(0, 4));
}

TEST_F(CleaningWorkbenchTest, ClickingAnIssueSelectsItsCell)
{
    // FlagQuestionsStep stands in for a reporting step (see its comment).
    m_bench->addStep(QStringLiteral("trim"));
    m_bench->addStep(std::make_unique<FlagQuestionsStep>());
    ASSERT_TRUE(waitIdle());
    auto *issues = child<QListWidget>("issueList");
    ASSERT_TRUE(issues->isVisible());
    ASSERT_EQ(issues->count(), 1);
    EXPECT_TRUE(issues->item(0)->text().contains(QStringLiteral("電話"))) << issues->item(0)->text().toStdString();
    EXPECT_TRUE(issues->item(0)->text().contains(QStringLiteral("Row 5")));
    EXPECT_TRUE(visibleText("issueSummaryLabel").contains(QStringLiteral("1 value")));
    EXPECT_TRUE(m_bench->previewModel()->index(4, 3).data(PreviewTableModel::IssueRole).toString().contains(
        QStringLiteral("電話なし?")));

    const QRect rect = issues->visualItemRect(issues->item(0));
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {}, rect.center());
    auto *view = child<QTableView>("previewTableView");
    EXPECT_EQ(view->currentIndex().row(), 4);
    EXPECT_EQ(view->currentIndex().column(), 3);

    // Another step selected: its own (no) issues.
    m_bench->selectStep(0);
    EXPECT_FALSE(issues->isVisible());
}

TEST_F(CleaningWorkbenchTest, IssuesOfARegisteredStepAreListedAndClickable)
{
    // 氏名 as numbers: every name is a value the step cannot change.
    rightClickHeaderAndAdd(0, QStringLiteral("changeType"));
    auto *to = child<QComboBox>("parameter_to");
    ASSERT_NE(to, nullptr);
    const int number = to->findData(QStringLiteral("number"));
    ASSERT_GE(number, 0);
    to->setCurrentIndex(number);
    emit to->activated(number);   // as a user's pick does
    EXPECT_EQ(document()->step(0).parameters().value(QStringLiteral("to")).toString(), QStringLiteral("number"));
    ASSERT_TRUE(waitIdle());

    auto *issues = child<QListWidget>("issueList");
    ASSERT_TRUE(issues->isVisible());
    ASSERT_EQ(issues->count(), 4) << visibleText("previewMessageLabel").toStdString(); // the blank row has none
    QListWidgetItem *last = issues->item(3);
    EXPECT_TRUE(last->text().startsWith(QStringLiteral("Row 5, 氏名"))) << last->text().toStdString();
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {}, issues->visualItemRect(last).center());
    auto *view = child<QTableView>("previewTableView");
    EXPECT_EQ(view->currentIndex().row(), 4);
    EXPECT_EQ(view->currentIndex().column(), 0);
    EXPECT_EQ(view->currentIndex().data().toString(), QStringLiteral("田中"));
}

TEST_F(CleaningWorkbenchTest, FailingStepShowsItsErrorAndTheLastGoodTable)
{
    m_bench->addStep(QStringLiteral("trim"));
    m_bench->addStep(makeStep(QStringLiteral("fillDown"),
                              { { QStringLiteral("columns"), QJsonArray { QStringLiteral("部署") } } }));
    m_bench->addStep(QStringLiteral("removeBlankRows"));
    ASSERT_TRUE(waitIdle());

    m_bench->selectStep(1);
    const QString message = visibleText("previewMessageLabel");
    EXPECT_TRUE(message.contains(QStringLiteral("部署"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("could not run")));
    const Table trimmed = m_bench->runner()->result(0)->table;
    EXPECT_EQ(preview(), trimmed);
    EXPECT_EQ(stepList()->model()->index(1, 0).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));

    m_bench->selectStep(2);
    EXPECT_TRUE(visibleText("previewMessageLabel").contains(QStringLiteral("Step 2")));
    EXPECT_EQ(preview(), trimmed);
    EXPECT_EQ(m_bench->resultWorkbook(), nullptr); // nothing to export

    // Fixing the step clears the error.
    undoStack()->undo(); // removeBlankRows
    undoStack()->undo(); // the failing fill down
    ASSERT_TRUE(waitIdle());
    EXPECT_FALSE(visibleText("previewMessageLabel").contains(QStringLiteral("could not run")));
    ASSERT_NE(m_bench->resultWorkbook(), nullptr);
}

TEST_F(CleaningWorkbenchTest, SavedRecipeOpensAsTheSameRecipe)
{
    m_bench->addStep(makeStep(QStringLiteral("trim"), { { QStringLiteral("collapse"), true },
                                                         { QStringLiteral("space"), QStringLiteral("ideographic") } }));
    m_bench->addStep(QStringLiteral("fillDown"), QStringLiteral("地区"));
    m_bench->addStep(QStringLiteral("removeBlankRows"));
    QAbstractItemModel *steps = stepList()->model();
    steps->setData(steps->index(2, 0), Qt::Unchecked, Qt::CheckStateRole);
    const QByteArray saved = document()->recipe().toJson();

    const QString path = m_dir.filePath(QStringLiteral("名簿の整形.json"));
    ASSERT_TRUE(m_bench->saveRecipe(path));
    m_bench->selectStep(0);
    child<QPushButton>("removeStepButton")->click();
    ASSERT_NE(document()->recipe().toJson(), saved);

    ASSERT_TRUE(m_bench->openRecipe(path));
    EXPECT_EQ(document()->recipe().toJson(), saved);
    EXPECT_FALSE(document()->isEnabled(2));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(preview(), document()->recipe().run(m_source).table);
    undoStack()->undo(); // opening a recipe is undoable too
    EXPECT_EQ(document()->stepCount(), 2);
}

TEST_F(CleaningWorkbenchTest, BrokenRecipeReportsFileAndPosition)
{
    const QString path = m_dir.filePath(QStringLiteral("壊れた.json"));
    ASSERT_TRUE(writeBytes(path, "{\n  \"format\": \"tenarai-recipe\",\n  \"version\": 1,,\n}\n"));
    EXPECT_FALSE(m_bench->openRecipe(path));
    auto *box = m_bench->findChild<QMessageBox *>(QStringLiteral("workbenchErrorMessageBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("壊れた.json")));
    EXPECT_TRUE(box->informativeText().contains(path)) << box->informativeText().toStdString();
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("line 3"))) << box->informativeText().toStdString();
    box->close();

    // A recipe with a step that still lacks a setting is not saved.
    clickMenuAdd(QStringLiteral("fillDown"));
    EXPECT_FALSE(m_bench->saveRecipe(m_dir.filePath(QStringLiteral("未完成.json"))));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("未完成.json"))));
}

TEST_F(CleaningWorkbenchTest, LargeTablePreviewKeepsTheEventLoopRunning)
{
    constexpr int Rows = 200000;
    Table big;
    Column names, districts, phones;
    for (int r = 0; r < Rows; ++r) {
        names.append(Cell::text(QStringLiteral("　山田　太郎%1 ").arg(r)));
        districts.append(r % 10 == 0 ? Cell::text(QStringLiteral("北区")) : Cell());
        phones.append(Cell::text(QStringLiteral(" 03-1234-%1　").arg(r % 10000)));
    }
    big.insertColumn(0, std::move(names), QStringLiteral("氏名"));
    big.insertColumn(1, std::move(districts), QStringLiteral("地区"));
    big.insertColumn(2, std::move(phones), QStringLiteral("電話"));
    ASSERT_EQ(big.rowCount(), Rows);

    m_bench->addStep(makeStep(QStringLiteral("trim"), { { QStringLiteral("collapse"), true } }));
    m_bench->addStep(QStringLiteral("fillDown"), QStringLiteral("地区"));
    m_bench->addStep(QStringLiteral("removeBlankRows"));

    int ticksWhileRunning = 0;
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (m_bench->runner()->isRunning())
            ++ticksWhileRunning;
        if (sinceTick.isValid())
            longestGap = qMax(longestGap, sinceTick.elapsed());
        sinceTick.restart();
    });
    ticker.start();
    QElapsedTimer clock;
    clock.start();
    m_bench->setSource(workbookWith(big), 0, QStringLiteral("大きな名簿.csv"));
    EXPECT_TRUE(m_bench->runner()->isRunning());

    // An edit while it runs cancels the old run; what ends up on screen is the new recipe's.
    QTest::qWait(30);
    m_bench->selectStep(0);
    child<QCheckBox>("parameter_collapse")->click();
    ASSERT_TRUE(waitIdle());
    const qint64 elapsed = clock.elapsed();
    ticker.stop();
    std::printf("[ measure  ] 200k rows, 3 steps: %lld ms, %d timer ticks while running, longest gap %lld ms\n",
                static_cast<long long>(elapsed), ticksWhileRunning, static_cast<long long>(longestGap));
    EXPECT_GE(ticksWhileRunning, 3);

    m_bench->selectStep(2);
    EXPECT_EQ(preview(), document()->recipe().run(big).table);
    EXPECT_EQ(preview().cell(5, 0).toString(), QStringLiteral("山田　太郎5"));
    EXPECT_EQ(preview().cell(5, 1).toString(), QStringLiteral("北区"));
}

TEST_F(CleaningWorkbenchTest, CancelStopsThePreviewUntilAskedAgain)
{
    // Enough work to outlast the 100 ms before Cancel shows on a fast machine: the steps run on
    // every core, so the table is large and every step changes every cell.
    Table big;
    Column names;
    for (int r = 0; r < 2000000; ++r)
        names.append(Cell::text(QStringLiteral(" ﾅﾏｴ%1 ").arg(r)));
    big.insertColumn(0, std::move(names), QStringLiteral("氏名"));
    m_bench->addStep(QStringLiteral("trim"));
    m_bench->addStep(makeStep(QStringLiteral("trim"), { { QStringLiteral("collapse"), true } }));
    m_bench->addStep(QStringLiteral("normalizeWidth"));
    m_bench->setSource(workbookWith(big), 0, QStringLiteral("big.csv"));
    auto *cancel = child<QPushButton>("cancelPreviewButton");
    EXPECT_FALSE(cancel->isVisible()); // not for a moment's work
    ASSERT_TRUE(QTest::qWaitFor([&] { return cancel->isVisible(); }, 5000));
    EXPECT_TRUE(child<QWidget>("previewProgressBar")->isVisible());
    EXPECT_TRUE(m_bench->runner()->isRunning());
    cancel->click();
    EXPECT_FALSE(m_bench->runner()->isRunning());
    EXPECT_FALSE(cancel->isVisible());
    auto *refresh = child<QPushButton>("refreshPreviewButton");
    EXPECT_TRUE(refresh->isVisible());
    EXPECT_TRUE(visibleText("previewMessageLabel").contains(QStringLiteral("stopped")));
    QTest::qWait(50);
    EXPECT_FALSE(m_bench->runner()->isRunning());

    refresh->click();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(preview(), document()->recipe().run(big).table);
}

// The workbench inside the real main window: switch to it, clean, export, replay on a new file.
class WorkbenchInMainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        ASSERT_TRUE(m_dir.isValid());
        AppOptions options;
        options.lessonsDir = m_dir.filePath(QStringLiteral("lessons"));
        options.databasePath = m_dir.filePath(QStringLiteral("data/progress.sqlite"));
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void TearDown() override { m_window.reset(); }

    bool openAndWait(const QString &path)
    {
        QSignalSpy finished(m_window.get(), &MainWindow::loadFinished);
        return m_window->openFile(path) && finished.wait(RunTimeoutMs) && finished.at(0).at(0).toBool();
    }
    bool waitIdle()
    {
        return QTest::qWaitFor([&] { return !m_window->workbench()->runner()->isRunning() && !m_window->isBusy(); },
                               RunTimeoutMs);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(WorkbenchInMainWindowTest, CleansExportsAndReplaysOnAnotherFile)
{
    const QString first = m_dir.filePath(QStringLiteral("4月.csv"));
    ASSERT_TRUE(writeBytes(first, QStringLiteral("氏名,地区\r\n　山田 太郎 ,北区\r\n 佐藤,\r\n").toUtf8()));
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("workbenchAction"));
    ASSERT_NE(toggle, nullptr);
    EXPECT_FALSE(toggle->isEnabled()); // nothing open
    ASSERT_TRUE(openAndWait(first));
    ASSERT_TRUE(toggle->isEnabled());
    toggle->trigger();
    CleaningWorkbench *bench = m_window->workbench();
    ASSERT_TRUE(bench->isVisible());
    EXPECT_TRUE(m_window->isWorkbenchShown());

    // A CSV's first row is data until a step makes it the names.
    bench->addStep(QStringLiteral("promoteHeaders"));
    bench->addStep(QStringLiteral("trim"));
    bench->addStep(QStringLiteral("fillDown"), QStringLiteral("地区"));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(bench->previewModel()->table().cell(1, 1).toString(), QStringLiteral("北区"));

    // Keyboard undo and both redo shortcuts, from the Edit menu's actions.
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(bench->document()->stepCount(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(bench->document()->stepCount(), 3);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(bench->document()->stepCount(), 3);
    ASSERT_TRUE(waitIdle());

    // Export writes the cleaned table, not the sheet as opened.
    auto *exportAction = m_window->findChild<QAction *>(QStringLiteral("exportAction"));
    ASSERT_TRUE(exportAction->isEnabled());
    const QString exported = m_dir.filePath(QStringLiteral("4月_整形済み.csv"));
    QSignalSpy exportDone(m_window.get(), &MainWindow::exportFinished);
    ASSERT_TRUE(m_window->exportTo(exported));
    ASSERT_TRUE(exportDone.wait(RunTimeoutMs));
    ASSERT_TRUE(exportDone.at(0).at(0).toBool());
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(written.contains(QStringLiteral("氏名,地区"))) << written.toStdString();
    EXPECT_TRUE(written.contains(QStringLiteral("山田 太郎,北区"))) << written.toStdString();
    EXPECT_TRUE(written.contains(QStringLiteral("佐藤,北区"))) << written.toStdString();

    // Apply the recipe to another file: the same steps run on the new table.
    const QString second = m_dir.filePath(QStringLiteral("5月.csv"));
    ASSERT_TRUE(writeBytes(second, QStringLiteral("氏名,地区\r\n鈴木　,南区\r\n 高橋,\r\n田中,東区\r\n").toUtf8()));
    bench->expectRecipeSource();
    ASSERT_TRUE(openAndWait(second));
    EXPECT_TRUE(m_window->isWorkbenchShown());
    ASSERT_TRUE(waitIdle());
    const Table &secondSource = m_window->workbook()->sheets.front().table;
    EXPECT_EQ(bench->previewModel()->table(), bench->document()->recipe().run(secondSource).table);
    EXPECT_EQ(bench->previewModel()->table().cell(1, 1).toString(), QStringLiteral("南区"));
    EXPECT_EQ(bench->document()->stepCount(), 3);

    // Back to the sheets: the recipe is kept, and undo no longer reaches it.
    toggle->trigger();
    EXPECT_FALSE(m_window->isWorkbenchShown());
    EXPECT_FALSE(bench->undoAction()->isEnabled());
}
