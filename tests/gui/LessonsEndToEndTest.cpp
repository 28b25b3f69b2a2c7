// The acceptance on the real main window: a learner opens the lesson library, starts a
// lesson of a pack placed in the bundled lessons folder, solves its exercise by clicking (seeing
// the cells left before the fix), reaches "Completed", and finds the attempt in My Progress. Also
// the form exercise solved through its panel, and "practice with my own file".
#include "AppOptions.h"
#include "CleaningExercisePanel.h"
#include "CleaningWorkbench.h"
#include "FormDesigner.h"
#include "FormExercisePanel.h"
#include "LessonLibraryPage.h"
#include "LessonView.h"
#include "MainWindow.h"
#include "ProgressDashboard.h"
#include "RecipeDocument.h"
#include "RecipeRunner.h"
#include "Translations.h"
#include "progress/ProgressStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

using namespace tenarai;

namespace {
constexpr int TimeoutMs = 60000;
const QString PackId = QStringLiteral("test.good-basic");
const QString CleaningBasicsId = QStringLiteral("jp.tenarai.data-cleaning-basics");

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}
} // namespace

class LessonsEndToEndTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        // Only the bundled folder of this test: no file share of the machine running it.
        qunsetenv("TENARAI_PACK_FOLDERS");
        ASSERT_TRUE(m_dir.isValid());
        m_options.lessonsDir = m_dir.filePath(QStringLiteral("lessons"));
        m_options.databasePath = m_dir.filePath(QStringLiteral("data/progress.sqlite"));
        m_options.formsFolder = m_dir.filePath(QStringLiteral("data/forms"));
        ASSERT_TRUE(copyFolder(QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/good-basic"),
                               QDir(m_options.lessonsDir).filePath(QStringLiteral("good-basic"))));
        // And a bundled pack as it ships, read from the source tree's lessons folder.
        ASSERT_TRUE(copyFolder(QStringLiteral(TENARAI_SOURCE_DIR "/lessons/data-cleaning-basics"),
                               QDir(m_options.lessonsDir).filePath(QStringLiteral("data-cleaning-basics"))));
        ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("data"))));
        const Status opened = m_store.open(StoreLocation::sqlite(m_options.databasePath));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        Result<Profile> profile = m_store.createProfile(QStringLiteral("山田花子"), QStringLiteral("市民課"));
        ASSERT_TRUE(profile.ok());
        m_profile = profile.value();

        m_window = std::make_unique<MainWindow>(m_options);
        m_window->setProgressStore(&m_store);
        m_window->setCurrentProfile(m_profile);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void TearDown() override
    {
        m_window.reset();
        Translations::install(QStringLiteral("en")); // a test may switch to Japanese
        QCoreApplication::processEvents();
    }

    template <typename T> T *find(QObject *parent, const char *name) const
    {
        T *object = parent->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(object, nullptr) << name;
        return object;
    }
    LessonView *lessonView() const { return m_window->lessonView(); }
    QLabel *feedback() const { return find<QLabel>(lessonView(), "feedbackLabel"); }

    // From the library: choose the pack, then the lesson, then Start, as a learner clicks.
    void startLessonFromTheLibrary(const QString &lessonId, const QString &packId = PackId)
    {
        find<QAction>(m_window.get(), "lessonLibraryAction")->trigger();
        ASSERT_TRUE(m_window->isLibraryShown());
        LessonLibraryPage *library = m_window->lessonLibrary();
        auto *packs = find<QListWidget>(library, "packList");
        QListWidgetItem *packItem = nullptr;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                if (library->isScanning())
                    return false;
                for (int i = 0; i < packs->count(); ++i) {
                    const int entry = packs->item(i)->data(LessonLibraryPage::EntryIndexRole).toInt();
                    if (entry >= 0 && entry < library->entries().size() && library->entries().at(entry).pack
                        && library->entries().at(entry).pack->id() == packId)
                        packItem = packs->item(i);
                }
                return packItem != nullptr;
            },
            TimeoutMs));
        QTest::mouseClick(packs->viewport(), Qt::LeftButton, {}, packs->visualItemRect(packItem).center());
        auto *lessons = find<QListWidget>(library, "lessonList");
        QListWidgetItem *lessonItem = nullptr;
        for (int i = 0; i < lessons->count(); ++i) {
            if (lessons->item(i)->data(LessonLibraryPage::LessonIdRole).toString() == lessonId)
                lessonItem = lessons->item(i);
        }
        ASSERT_NE(lessonItem, nullptr) << lessonId.toStdString();
        QTest::mouseClick(lessons->viewport(), Qt::LeftButton, {},
                          lessons->visualItemRect(lessonItem).center());
        auto *start = find<QPushButton>(library, "startLessonButton");
        ASSERT_TRUE(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->isLessonShown(); }, TimeoutMs));
        EXPECT_EQ(lessonView()->lessonId(), lessonId);
    }

    void clickCheck()
    {
        auto *check = find<QPushButton>(lessonView(), "checkButton");
        ASSERT_TRUE(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QCoreApplication::processEvents();
    }

    // The row of My Progress's lesson table for a lesson of the test pack; -1 when none.
    int progressRow(QTableWidget *table, const QString &lessonId) const
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0) && table->item(r, 0)->text() == PackId && table->item(r, 1)
                && table->item(r, 1)->text() == lessonId)
                return r;
        }
        return -1;
    }

    QTemporaryDir m_dir;
    AppOptions m_options;
    ProgressStore m_store;
    Profile m_profile;
    std::unique_ptr<MainWindow> m_window;
};

// Adds steps in the exercise's workbench the way CleaningWorkbenchTest does: from the Add step
// menu, or by right-clicking a column header.
class WorkbenchDriver
{
public:
    explicit WorkbenchDriver(CleaningWorkbench *bench) : m_bench(bench) { }

    bool waitIdle() const
    {
        const bool idle = QTest::qWaitFor([&] { return !m_bench->runner()->isRunning(); }, TimeoutMs);
        QCoreApplication::processEvents();
        return idle;
    }

    void addFromMenu(const QString &typeId) const
    {
        auto *action = m_bench->findChild<QAction *>(QStringLiteral("addStep_") + typeId);
        ASSERT_NE(action, nullptr);
        ASSERT_TRUE(action->isEnabled());
        action->trigger();
        ASSERT_TRUE(waitIdle());
    }

    void addForColumn(const QString &column, const QString &typeId) const
    {
        auto *view = m_bench->findChild<QTableView *>(QStringLiteral("previewTableView"));
        const int index = int(m_bench->previewModel()->table().columnNames().indexOf(column));
        ASSERT_GE(index, 0) << column.toStdString();
        QHeaderView *header = view->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(index) + 4, header->height() / 2);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
        QApplication::sendEvent(header->viewport(), &event);
        QMenu *menu = nullptr;
        ASSERT_TRUE(QTest::qWaitFor([&] {
            menu = m_bench->findChild<QMenu *>(QStringLiteral("columnStepsMenu"));
            return menu && menu->isVisible();
        }));
        QAction *action = menu->findChild<QAction *>(QStringLiteral("columnStep_") + typeId);
        ASSERT_NE(action, nullptr) << typeId.toStdString();
        action->trigger();
        menu->close();
        ASSERT_TRUE(waitIdle());
    }

    void choose(const char *setting, const QString &value) const
    {
        auto *combo = m_bench->findChild<QComboBox *>(QString::fromLatin1(setting));
        ASSERT_NE(combo, nullptr) << setting;
        const int index = combo->findData(value);
        ASSERT_GE(index, 0) << value.toStdString();
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        ASSERT_TRUE(waitIdle());
    }

private:
    CleaningWorkbench *m_bench;
};

TEST_F(LessonsEndToEndTest, ALearnerFinishesTheCleaningLessonAndSeesTheAttemptInMyProgress)
{
    // No file given: the start page holds the library, with the open-file button above it.
    EXPECT_TRUE(m_window->isLibraryShown());
    EXPECT_TRUE(find<QPushButton>(m_window.get(), "welcomeOpenButton")->isVisible());
    EXPECT_EQ(find<QAction>(m_window.get(), "lessonLibraryAction")->shortcut(),
              QKeySequence(Qt::CTRL | Qt::Key_L));

    ASSERT_NO_FATAL_FAILURE(startLessonFromTheLibrary(QStringLiteral("cleaning")));
    auto *panel = qobject_cast<CleaningExercisePanel *>(lessonView()->exercisePanel());
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(panel->isVisible());
    WorkbenchDriver bench(panel->workbench());
    ASSERT_TRUE(bench.waitIdle());

    // Check before any fix: not yet, with the cells still wrong counted in the panel.
    ASSERT_NO_FATAL_FAILURE(clickCheck());
    EXPECT_EQ(lessonView()->feedbackState(), LessonView::FeedbackState::NotYet)
        << feedback()->text().toStdString();
    auto *left = find<QLabel>(panel, "cellsLeftLabel");
    ASSERT_TRUE(left->isVisible());
    bool ok = false;
    const int before = left->text().section(u' ', 0, 0).toInt(&ok);
    ASSERT_TRUE(ok && before > 0) << left->text().toStdString();
    EXPECT_EQ(
        left->text().section(u'\n', 0, 0),
        QCoreApplication::translate("tenarai::CleaningExercisePanel", "%n cell(s) left", nullptr, before));

    // The reference solution's steps, clicked: trim; No to whole numbers; dates; fees to numbers.
    ASSERT_NO_FATAL_FAILURE(bench.addFromMenu(QStringLiteral("trim")));
    ASSERT_NO_FATAL_FAILURE(bench.addForColumn(QStringLiteral("No"), QStringLiteral("changeType")));
    ASSERT_NO_FATAL_FAILURE(bench.choose("parameter_to", QStringLiteral("integer")));
    ASSERT_NO_FATAL_FAILURE(bench.addForColumn(QStringLiteral("受付日"), QStringLiteral("normalizeDates")));

    // Closer, not there: fewer cells left.
    ASSERT_NO_FATAL_FAILURE(clickCheck());
    EXPECT_EQ(lessonView()->feedbackState(), LessonView::FeedbackState::NotYet);
    const int after = left->text().section(u' ', 0, 0).toInt(&ok);
    ASSERT_TRUE(ok) << left->text().toStdString();
    EXPECT_GT(after, 0);
    EXPECT_LT(after, before);

    ASSERT_NO_FATAL_FAILURE(bench.addForColumn(QStringLiteral("参加費"), QStringLiteral("changeType")));
    ASSERT_NO_FATAL_FAILURE(bench.choose("parameter_to", QStringLiteral("number")));
    ASSERT_NO_FATAL_FAILURE(clickCheck());
    EXPECT_EQ(lessonView()->feedbackState(), LessonView::FeedbackState::Passed)
        << feedback()->text().toStdString();
    EXPECT_EQ(left->text(), QStringLiteral("Every cell matches the target."));

    // On to the end of the lesson: the completion page says so.
    auto *next = find<QPushButton>(lessonView(), "nextExerciseButton");
    ASSERT_TRUE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return lessonView()->isShowingCompletion(); }, TimeoutMs));
    auto *completion = find<QWidget>(lessonView(), "completionPage");
    ASSERT_TRUE(completion->isVisible());
    EXPECT_EQ(find<QLabel>(completion, "completionTitleLabel")->text(), QStringLiteral("Completed"));

    // My Progress lists the lesson with both attempts, completed.
    m_window->setProgressShown(true);
    ASSERT_TRUE(m_window->isProgressShown());
    auto *table = find<QTableWidget>(m_window->progressDashboard(), "lessonTableWidget");
    int row = -1;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (row = progressRow(table, QStringLiteral("cleaning"))) >= 0; },
                                TimeoutMs));
    EXPECT_EQ(table->item(row, 3)->text(), QStringLiteral("3")); // attempts: before, closer, passed
    EXPECT_NE(table->item(row, 2)->text(), QStringLiteral("Not yet"));

    // Back from My Progress, the lesson is where it was.
    m_window->setProgressShown(false);
    EXPECT_TRUE(m_window->isLessonShown());
    QTest::mouseClick(find<QPushButton>(completion, "completionBackButton"), Qt::LeftButton);
    EXPECT_TRUE(m_window->isLibraryShown());
}

TEST_F(LessonsEndToEndTest, TheFormExerciseIsSolvedFromTheSheetThroughItsPanel)
{
    ASSERT_NO_FATAL_FAILURE(startLessonFromTheLibrary(QStringLiteral("forms")));
    auto *panel = qobject_cast<FormExercisePanel *>(lessonView()->exercisePanel());
    ASSERT_NE(panel, nullptr);
    FormDesigner *designer = panel->designer();

    QTest::mouseClick(find<QPushButton>(panel, "createFromSheetButton"), Qt::LeftButton);
    ASSERT_FALSE(designer->form().fields().isEmpty());
    ASSERT_NO_FATAL_FAILURE(clickCheck());
    EXPECT_EQ(lessonView()->feedbackState(), LessonView::FeedbackState::NotYet);

    // The rubric's list says what is missing; clicking the purpose's line selects its field.
    auto *list = find<QListWidget>(panel, "rubricResultList");
    QListWidgetItem *visit = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole + 1).toString() == QStringLiteral("visit"))
            visit = list->item(i);
    }
    ASSERT_NE(visit, nullptr);
    EXPECT_TRUE(visit->text().startsWith(QStringLiteral("✗"))) << visit->text().toStdString();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(visit).center());
    const QString field = designer->currentFieldId();
    ASSERT_EQ(field, visit->data(Qt::UserRole).toString());
    ASSERT_FALSE(field.isEmpty());

    auto *type = find<QComboBox>(designer, "fieldTypeCombo");
    type->setCurrentIndex(type->findData(int(FieldType::Choice)));
    auto *choices = find<QPlainTextEdit>(designer, "fieldChoicesEdit");
    choices->setFocus();
    choices->selectAll();
    commitText(choices, QStringLiteral("届出"));
    QTest::keyClick(choices, Qt::Key_Return);
    commitText(choices, QStringLiteral("相談"));
    QTest::keyClick(choices, Qt::Key_Return);
    commitText(choices, QStringLiteral("その他"));
    if (!designer->form().field(field)->required)
        find<QCheckBox>(designer, "fieldRequiredCheck")->click();

    ASSERT_NO_FATAL_FAILURE(clickCheck());
    EXPECT_EQ(lessonView()->feedbackState(), LessonView::FeedbackState::Passed)
        << feedback()->text().toStdString();
    for (int i = 0; i < list->count(); ++i)
        EXPECT_TRUE(list->item(i)->text().startsWith(QStringLiteral("✓")))
            << list->item(i)->text().toStdString();

    // Both checks are in the store for this learner.
    const Result<QList<Attempt>> attempts = m_store.attempts(m_profile.id);
    ASSERT_TRUE(attempts.ok());
    int forForm = 0;
    for (const Attempt &attempt : attempts.value()) {
        if (attempt.packId == PackId && attempt.exerciseId == QStringLiteral("survey-form"))
            ++forForm;
    }
    EXPECT_EQ(forForm, 2);
}

TEST_F(LessonsEndToEndTest, PracticeWithMyOwnFileOpensTheWorkbenchOnIt)
{
    auto *menu = find<QMenu>(m_window.get(), "lessonsMenu");
    EXPECT_TRUE(menu->title().contains(u'&'));
    EXPECT_TRUE(menu->actions().contains(find<QAction>(m_window.get(), "practiceCleaningAction")));
    EXPECT_TRUE(menu->actions().contains(find<QAction>(m_window.get(), "practiceFormAction")));

    const QString path = QStringLiteral(TENARAI_TEST_DATA_DIR "/cleaning/messy.csv");
    ASSERT_TRUE(m_window->practiceCleaning(path));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !m_window->isBusy() && m_window->isWorkbenchShown(); }, TimeoutMs));
    EXPECT_TRUE(m_window->workbench()->hasSource());
    EXPECT_EQ(m_window->currentFile(), QFileInfo(path).absoluteFilePath());
}

// The acceptance on a bundled lesson, in Japanese: the first lesson of データクレンジング入門
// solved by clicking (trim with inner spaces collapsed, then full/half width), ending on 「完了」.
TEST_F(LessonsEndToEndTest, TheFirstBundledCleaningLessonIsFinishedByClicking)
{
    Translations::install(QStringLiteral("ja"));
    QCoreApplication::processEvents();
    ASSERT_NO_FATAL_FAILURE(startLessonFromTheLibrary(QStringLiteral("spaces-and-width"), CleaningBasicsId));

    const auto solve = [&](const std::function<void(WorkbenchDriver &)> &steps) {
        auto *panel = qobject_cast<CleaningExercisePanel *>(lessonView()->exercisePanel());
        ASSERT_NE(panel, nullptr);
        WorkbenchDriver bench(panel->workbench());
        ASSERT_TRUE(bench.waitIdle());
        ASSERT_NO_FATAL_FAILURE(clickCheck());
        EXPECT_EQ(lessonView()->feedbackState(), LessonView::FeedbackState::NotYet);
        steps(bench);
        ASSERT_NO_FATAL_FAILURE(clickCheck());
        ASSERT_EQ(lessonView()->feedbackState(), LessonView::FeedbackState::Passed)
            << feedback()->text().toStdString();
        auto *next = find<QPushButton>(lessonView(), "nextExerciseButton");
        ASSERT_TRUE(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    };

    // 1: trim every column, and collapse the runs of spaces inside the names.
    ASSERT_NO_FATAL_FAILURE(solve([&](WorkbenchDriver &bench) {
        bench.addFromMenu(QStringLiteral("trim"));
        auto *collapse = lessonView()->findChild<QCheckBox *>(QStringLiteral("parameter_collapse"));
        ASSERT_NE(collapse, nullptr);
        QTest::mouseClick(collapse, Qt::LeftButton, {}, QPoint(4, collapse->height() / 2));
        ASSERT_TRUE(collapse->isChecked());
        ASSERT_TRUE(bench.waitIdle());
    }));
    // 2: full and half width on every column.
    ASSERT_NO_FATAL_FAILURE(solve([&](WorkbenchDriver &bench) { bench.addFromMenu(QStringLiteral("normalizeWidth")); }));

    ASSERT_TRUE(QTest::qWaitFor([&] { return lessonView()->isShowingCompletion(); }, TimeoutMs));
    auto *completion = find<QWidget>(lessonView(), "completionPage");
    EXPECT_EQ(find<QLabel>(completion, "completionTitleLabel")->text(), QStringLiteral("完了"));

    // Both exercises are recorded for the learner, the lesson as completed.
    Result<QList<Attempt>> attempts = m_store.attempts(m_profile.id);
    ASSERT_TRUE(attempts.ok());
    int passed = 0;
    for (const Attempt &attempt : attempts.value())
        passed += attempt.packId == CleaningBasicsId && attempt.passed ? 1 : 0;
    EXPECT_EQ(passed, 2);
    Result<QList<Completion>> completions = m_store.completions(m_profile.id);
    ASSERT_TRUE(completions.ok());
    bool completed = false;
    for (const Completion &done : completions.value())
        completed = completed || (done.packId == CleaningBasicsId && done.lessonId == QStringLiteral("spaces-and-width"));
    EXPECT_TRUE(completed);
}
