// The lesson library on a folder holding the good-basic fixture and a broken one: both listed
// (the broken one greyed, with its first error and the rest in the tooltip), the search folding
// case and full/half width over Japanese and English texts, progress from a temporary store, and
// the lesson chosen handed on with lessonRequested.
#include "LessonLibraryPage.h"
#include "lessons/ExerciseChecker.h"
#include "progress/ProgressStore.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {

template <typename T> T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

class LessonLibraryPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString packs = QStringLiteral(TENARAI_TEST_DATA_DIR "/packs");
        ASSERT_TRUE(copyFolder(packs + QStringLiteral("/good-basic"), m_dir.filePath(QStringLiteral("good-basic"))));
        ASSERT_TRUE(copyFolder(packs + QStringLiteral("/broken/json-syntax"), m_dir.filePath(QStringLiteral("json-syntax"))));
        m_page = std::make_unique<LessonLibraryPage>();
        m_page->resize(1366, 768);
        m_page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void scan()
    {
        m_page->setFolders({ PackLibrary::Folder { m_dir.path(), PackLibrary::Origin::Bundled } });
        EXPECT_TRUE(m_page->isScanning());
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_page->isScanning(); }, 10000));
        EXPECT_FALSE(child<QProgressBar>(m_page.get(), "libraryBusyIndicator")->isVisible());
    }

    QListWidgetItem *itemFor(const QString &pathEnd) const
    {
        auto *list = child<QListWidget>(m_page.get(), "packList");
        for (int row = 0; row < list->count(); ++row) {
            const int index = list->item(row)->data(LessonLibraryPage::EntryIndexRole).toInt();
            if (m_page->entries().value(index).path.endsWith(pathEnd))
                return list->item(row);
        }
        return nullptr;
    }

    QStringList visibleRows() const
    {
        QStringList rows;
        auto *list = child<QListWidget>(m_page.get(), "packList");
        for (int row = 0; row < list->count(); ++row) {
            if (!list->item(row)->isHidden())
                rows << list->item(row)->text();
        }
        return rows;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LessonLibraryPage> m_page;
};

TEST_F(LessonLibraryPageTest, ListsGoodAndBrokenPacksWithTheReason)
{
    scan();
    ASSERT_EQ(m_page->entries().size(), 2);
    QListWidgetItem *good = itemFor(QStringLiteral("/good-basic"));
    QListWidgetItem *broken = itemFor(QStringLiteral("/json-syntax"));
    ASSERT_NE(good, nullptr);
    ASSERT_NE(broken, nullptr);
    const PackLibrary::Entry &goodEntry = m_page->entries()[good->data(LessonLibraryPage::EntryIndexRole).toInt()];
    const PackLibrary::Entry &brokenEntry = m_page->entries()[broken->data(LessonLibraryPage::EntryIndexRole).toInt()];
    ASSERT_FALSE(goodEntry.isBroken());
    ASSERT_TRUE(brokenEntry.isBroken());
    ASSERT_FALSE(brokenEntry.errors.isEmpty());

    EXPECT_TRUE(good->text().contains(goodEntry.pack->manifest().title.text()));
    EXPECT_TRUE(good->text().contains(LessonLibraryPage::tr("About %n min", nullptr, 30)));
    EXPECT_TRUE(broken->text().contains(QStringLiteral("json-syntax")));
    EXPECT_TRUE(broken->text().contains(brokenEntry.errors.first().toString()));
    for (const PackIssue &issue : brokenEntry.errors)
        EXPECT_TRUE(broken->toolTip().contains(issue.toString()));
    EXPECT_EQ(broken->foreground().color(), m_page->palette().color(QPalette::Disabled, QPalette::Text));

    // A broken pack offers no lesson to start; its details list the problems.
    auto *packList = child<QListWidget>(m_page.get(), "packList");
    packList->setCurrentItem(broken);
    EXPECT_FALSE(child<QPushButton>(m_page.get(), "startLessonButton")->isEnabled());
    EXPECT_TRUE(child<QLabel>(m_page.get(), "packDetailsLabel")->text().contains(brokenEntry.errors.first().toString()));

    packList->setCurrentItem(good);
    auto *lessons = child<QListWidget>(m_page.get(), "lessonList");
    ASSERT_EQ(lessons->count(), goodEntry.pack->manifest().lessons.size());
    EXPECT_TRUE(lessons->item(0)->text().contains(goodEntry.pack->manifest().lessons[0].title.text()));
    EXPECT_TRUE(child<QPushButton>(m_page.get(), "startLessonButton")->isEnabled());
}

TEST_F(LessonLibraryPageTest, SearchFoldsCaseAndWidthInBothLanguages)
{
    scan();
    auto *search = child<QLineEdit>(m_page.get(), "librarySearchEdit");
    ASSERT_NE(search, nullptr);
    ASSERT_EQ(visibleRows().size(), 2);

    // Capitals typed find the English title "Basic test pack"...
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("BASIC"));
    ASSERT_EQ(visibleRows().size(), 1);
    EXPECT_FALSE(itemFor(QStringLiteral("/good-basic"))->isHidden());
    // ...and so do full-width ones, as a Japanese input method writes them.
    search->setText(QStringLiteral("ＢＡＳＩＣ"));
    ASSERT_EQ(visibleRows().size(), 1);
    EXPECT_FALSE(itemFor(QStringLiteral("/good-basic"))->isHidden());

    // A Japanese lesson title of the pack finds it too.
    search->setText(QStringLiteral("名簿"));
    EXPECT_EQ(visibleRows().size(), 1);
    EXPECT_FALSE(itemFor(QStringLiteral("/good-basic"))->isHidden());

    search->setText(QStringLiteral("no pack says this"));
    EXPECT_TRUE(visibleRows().isEmpty());
    EXPECT_FALSE(child<QPushButton>(m_page.get(), "startLessonButton")->isEnabled());

    search->clear();
    EXPECT_EQ(visibleRows().size(), 2);
    EXPECT_EQ(LessonLibraryPage::searchKey(QStringLiteral("ｴｸｾﾙ Excel")), LessonLibraryPage::searchKey(QStringLiteral("エクセル ＥＸＣＥＬ")));
}

TEST_F(LessonLibraryPageTest, StartingALessonHandsOnThePackAndLesson)
{
    scan();
    std::shared_ptr<const Pack> requestedPack;
    QString requestedLesson;
    int requests = 0;
    QObject::connect(m_page.get(), &LessonLibraryPage::lessonRequested, m_page.get(),
            [&](std::shared_ptr<const Pack> pack, const QString &lessonId) {
                requestedPack = std::move(pack);
                requestedLesson = lessonId;
                ++requests;
            });
    child<QListWidget>(m_page.get(), "packList")->setCurrentItem(itemFor(QStringLiteral("/good-basic")));
    auto *lessons = child<QListWidget>(m_page.get(), "lessonList");
    ASSERT_GE(lessons->count(), 2);
    lessons->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "startLessonButton"), Qt::LeftButton);
    ASSERT_EQ(requests, 1);
    ASSERT_NE(requestedPack, nullptr);
    EXPECT_EQ(requestedPack->id(), QStringLiteral("test.good-basic"));
    EXPECT_EQ(requestedLesson, requestedPack->manifest().lessons[1].id);

    // Enter on a lesson does the same.
    lessons->setFocus();
    lessons->setCurrentRow(0);
    QTest::keyClick(lessons, Qt::Key_Return);
    EXPECT_EQ(requests, 2);
    EXPECT_EQ(requestedLesson, requestedPack->manifest().lessons[0].id);
}

TEST_F(LessonLibraryPageTest, ShowsTheLearnersProgress)
{
    ProgressStore store;
    ASSERT_TRUE(store.open(StoreLocation::sqlite(m_dir.filePath(QStringLiteral("progress.sqlite")))).ok());
    Result<Profile> profile = store.createProfile(QStringLiteral("試験 花子"));
    ASSERT_TRUE(profile.ok());
    m_page->setProgress(&store, profile.value());
    scan();
    QListWidgetItem *good = itemFor(QStringLiteral("/good-basic"));
    ASSERT_NE(good, nullptr);
    EXPECT_TRUE(good->text().contains(QStringLiteral("0 / 2"))) << good->text().toStdString();

    // The cleaning lesson completed with its reference recipe.
    const auto &pack = m_page->entries()[good->data(LessonLibraryPage::EntryIndexRole).toInt()].pack;
    const Exercise *exercise = pack->exercise(pack->manifest().lessons[0].exercises.first());
    Result<CheckResult> result = ExerciseChecker::check(*pack, *exercise, pack->readFile(exercise->solution).value());
    ASSERT_TRUE(result.ok() && result->passed);
    LessonRecorder recorder(&store, profile.value());
    ASSERT_TRUE(recorder.record(*pack, *exercise, result.value(), 0, QDateTime::currentDateTimeUtc()).ok());

    m_page->refreshProgress();
    good = itemFor(QStringLiteral("/good-basic"));
    EXPECT_TRUE(good->text().contains(QStringLiteral("1 / 2"))) << good->text().toStdString();
    child<QListWidget>(m_page.get(), "packList")->setCurrentItem(good);
    auto *lessons = child<QListWidget>(m_page.get(), "lessonList");
    EXPECT_TRUE(lessons->item(0)->data(LessonLibraryPage::CompletedRole).toBool());
    EXPECT_FALSE(lessons->item(1)->data(LessonLibraryPage::CompletedRole).toBool());
    EXPECT_TRUE(lessons->item(0)->text().contains(LessonLibraryPage::tr("✓ Completed")));
    // The first lesson not done yet is the one offered.
    EXPECT_EQ(lessons->currentRow(), 1);
}

} // namespace
