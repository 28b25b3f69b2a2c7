// The lesson view with the good-basic fixture: the lesson's Markdown with its picture read from
// the pack, hints opened one at a time and counted, and the "forms" lesson finished by clicking
// the quiz wrong and then right — each Check recorded in a temporary progress store with its
// hints, and the completion page at the end.
#include "LessonView.h"
#include "QuizPanel.h"
#include "Translations.h"
#include "lessons/ExerciseChecker.h"
#include "lessons/PackLoader.h"
#include "progress/ProgressStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {

template <typename T> T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

class LessonViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        PackLoadResult loaded = PackLoader::load(QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/good-basic"));
        ASSERT_TRUE(loaded.ok()) << (loaded.errors.isEmpty() ? std::string()
                                                             : loaded.errors.first().toString().toStdString());
        m_pack = loaded.pack;
        m_view = std::make_unique<LessonView>();
        m_view->resize(1366, 768);
        m_view->show();
        m_view->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    }

    void openStore()
    {
        ASSERT_TRUE(m_dir.isValid());
        const Status opened = m_store.open(StoreLocation::sqlite(m_dir.filePath(QStringLiteral("progress.sqlite"))));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        Result<Profile> profile = m_store.createProfile(QStringLiteral("試験 太郎"));
        ASSERT_TRUE(profile.ok());
        m_profile = profile.value();
    }

    QList<Attempt> attemptsOf(const QString &exerciseId)
    {
        QList<Attempt> result;
        Result<QList<Attempt>> all = m_store.attempts(m_profile.id);
        if (!all)
            return result;
        for (const Attempt &attempt : all.value()) {
            if (attempt.exerciseId == exerciseId)
                result << attempt;
        }
        return result;
    }

    QAbstractButton *option(const char *question, const char *id) const
    {
        return m_view->findChild<QAbstractButton *>(
            QStringLiteral("option_%1_%2").arg(QLatin1String(question), QLatin1String(id)));
    }

    // Where a learner clicks: on the box or circle at the start of the line.
    static void click(QAbstractButton *button)
    {
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(button->height() / 2, button->height() / 2));
    }

    void goToQuiz()
    {
        auto *next = child<QPushButton>(m_view.get(), "nextExerciseButton");
        ASSERT_NE(next, nullptr);
        ASSERT_TRUE(m_view->setLesson(m_pack, QStringLiteral("forms")).ok());
        const Exercise *quiz = m_pack->exercise(QStringLiteral("basics-quiz"));
        ASSERT_NE(quiz, nullptr);
        const int index = int(m_pack->lesson(QStringLiteral("forms"))->exercises.indexOf(quiz->id));
        ASSERT_GE(index, 0);
        while (m_view->exerciseIndex() < index)
            QTest::mouseClick(next, Qt::LeftButton);
        ASSERT_NE(qobject_cast<QuizPanel *>(m_view->exercisePanel()), nullptr);
    }

    std::shared_ptr<const Pack> m_pack;
    std::unique_ptr<LessonView> m_view;
    QTemporaryDir m_dir;
    ProgressStore m_store;
    Profile m_profile;
};

TEST_F(LessonViewTest, ShowsTheLessonTextWithItsPictureFromThePack)
{
    ASSERT_TRUE(m_view->setLesson(m_pack, QStringLiteral("cleaning")).ok());
    auto *browser = child<QTextBrowser>(m_view.get(), "lessonTextBrowser");
    ASSERT_NE(browser, nullptr);
    const LessonEntry *lesson = m_pack->lesson(QStringLiteral("cleaning"));
    EXPECT_TRUE(browser->document()->toPlainText().contains(lesson->title.text()));
    // The picture as the Markdown names it, and the one picture file of the pack.
    const QString markdown = m_pack->lessonText(lesson->id, Translations::current()).value();
    const QRegularExpressionMatch link = QRegularExpression(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)")).match(markdown);
    ASSERT_TRUE(link.hasMatch());
    QString imageFile;
    for (auto it = m_pack->manifest().files.cbegin(); it != m_pack->manifest().files.cend(); ++it) {
        if (it.key().endsWith(QLatin1String(".png")))
            imageFile = it.key();
    }
    ASSERT_FALSE(imageFile.isEmpty());
    const QVariant image = browser->document()->resource(QTextDocument::ImageResource, QUrl(link.captured(1)));
    ASSERT_TRUE(image.isValid()) << link.captured(1).toStdString();
    const QImage expected = QImage::fromData(m_pack->readFile(imageFile).value());
    ASSERT_FALSE(expected.isNull());
    EXPECT_EQ(image.value<QImage>(), expected);
    EXPECT_FALSE(child<QLabel>(m_view.get(), "lessonNoticeLabel")->isVisible());

    EXPECT_EQ(child<QLabel>(m_view.get(), "lessonTitleLabel")->text(), lesson->title.text());
    EXPECT_EQ(child<QLabel>(m_view.get(), "exerciseIndicatorLabel")->text(),
              LessonView::tr("Exercise %1 of %2").arg(1).arg(lesson->exercises.size()));

    // A web link is not followed, and the learner is told why nothing opened.
    emit browser->anchorClicked(QUrl(QStringLiteral("https://example.com/guide")));
    auto *notice = child<QLabel>(m_view.get(), "lessonNoticeLabel");
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("example.com")));
}

TEST_F(LessonViewTest, UnknownLessonIsAnErrorNotACrash)
{
    const Status opened = m_view->setLesson(m_pack, QStringLiteral("no-such-lesson"));
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("no-such-lesson")));
    EXPECT_EQ(m_view->exercisePanel(), nullptr);
    EXPECT_FALSE(child<QPushButton>(m_view.get(), "checkButton")->isEnabled());
}

TEST_F(LessonViewTest, HintsOpenOneAtATimeAndAreCounted)
{
    goToQuiz();
    const Exercise *quiz = m_pack->exercise(QStringLiteral("basics-quiz"));
    ASSERT_EQ(quiz->hints.size(), 2);
    auto *hint = child<QPushButton>(m_view.get(), "hintButton");
    auto *hintLabel = child<QLabel>(m_view.get(), "hintLabel");
    ASSERT_TRUE(hint->isEnabled());
    EXPECT_FALSE(hintLabel->isVisible());
    EXPECT_EQ(m_view->hintsOpened(), 0);

    QTest::mouseClick(hint, Qt::LeftButton);
    EXPECT_EQ(m_view->hintsOpened(), 1);
    EXPECT_TRUE(hintLabel->isVisible());
    EXPECT_TRUE(hintLabel->text().contains(LessonView::tr("Hint %1 of %2").arg(1).arg(2)));
    EXPECT_TRUE(hintLabel->text().contains(quiz->hints[0].text()));
    EXPECT_FALSE(hintLabel->text().contains(quiz->hints[1].text()));
    EXPECT_TRUE(hint->isEnabled());

    QTest::mouseClick(hint, Qt::LeftButton);
    EXPECT_EQ(m_view->hintsOpened(), 2);
    EXPECT_TRUE(hintLabel->text().contains(LessonView::tr("Hint %1 of %2").arg(2).arg(2)));
    EXPECT_TRUE(hintLabel->text().contains(quiz->hints[1].text()));
    EXPECT_FALSE(hint->isEnabled());

    // A new start of the exercise starts with no hint open.
    m_view->startExercise(m_view->exerciseIndex());
    EXPECT_EQ(m_view->hintsOpened(), 0);
    EXPECT_TRUE(hint->isEnabled());
}

TEST_F(LessonViewTest, QuizWrongThenRightIsRecordedAndCompletesTheLesson)
{
    openStore();
    // The learner passed the lesson's form exercise earlier (its reference solution).
    const Exercise *form = m_pack->exercise(QStringLiteral("survey-form"));
    ASSERT_NE(form, nullptr);
    Result<QByteArray> solution = m_pack->readFile(form->solution);
    ASSERT_TRUE(solution.ok());
    Result<CheckResult> formResult = ExerciseChecker::check(*m_pack, *form, solution.value());
    ASSERT_TRUE(formResult.ok() && formResult->passed);
    LessonRecorder recorder(&m_store, m_profile);
    ASSERT_TRUE(recorder.record(*m_pack, *form, formResult.value(), 0, QDateTime::currentDateTimeUtc()).ok());

    m_view->setProgress(&m_store, m_profile);
    QSignalSpy recorded(m_view.get(), &LessonView::attemptRecorded);
    QSignalSpy completed(m_view.get(), &LessonView::lessonCompleted);
    goToQuiz();
    QTest::mouseClick(child<QPushButton>(m_view.get(), "hintButton"), Qt::LeftButton);

    auto *check = child<QPushButton>(m_view.get(), "checkButton");
    auto *feedback = child<QLabel>(m_view.get(), "feedbackLabel");
    click(option("dates", "wareki"));
    QTest::mouseClick(check, Qt::LeftButton);
    EXPECT_EQ(m_view->feedbackState(), LessonView::FeedbackState::NotYet);
    EXPECT_TRUE(feedback->isVisible());
    EXPECT_FALSE(feedback->text().isEmpty());
    EXPECT_EQ(recorded.count(), 1);
    QList<Attempt> attempts = attemptsOf(QStringLiteral("basics-quiz"));
    ASSERT_EQ(attempts.size(), 1);
    EXPECT_FALSE(attempts[0].passed);
    EXPECT_EQ(attempts[0].hintsUsed, 1);
    EXPECT_EQ(attempts[0].lessonId, QStringLiteral("forms"));
    EXPECT_EQ(completed.count(), 0);
    EXPECT_FALSE(m_view->isShowingCompletion());

    click(option("dates", "iso"));
    click(option("blanks", "spaces"));
    click(option("blanks", "width"));
    // Ctrl+Return checks, as the button's tooltip says.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    // A button's shortcut presses it the way a click does, after its short animation.
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorded.count() == 2; }, 5000));
    EXPECT_EQ(m_view->feedbackState(), LessonView::FeedbackState::Passed);
    EXPECT_EQ(recorded.count(), 2);
    attempts = attemptsOf(QStringLiteral("basics-quiz"));
    ASSERT_EQ(attempts.size(), 2);
    const Attempt &last = attempts[0].passed ? attempts[0] : attempts[1];
    EXPECT_TRUE(last.passed);
    EXPECT_EQ(last.hintsUsed, 1);
    EXPECT_LT(last.score, 1.0); // the hint cost a little
    ASSERT_EQ(completed.count(), 1);
    EXPECT_EQ(completed.first().at(0).toString(), m_pack->id());
    EXPECT_EQ(completed.first().at(1).toString(), QStringLiteral("forms"));
    Result<QList<Completion>> completions = m_store.completions(m_profile.id);
    ASSERT_TRUE(completions.ok());
    EXPECT_EQ(completions->size(), 1);

    // The way on is focused; at the lesson's last exercise it leads to the completion page.
    auto *next = child<QPushButton>(m_view.get(), "nextExerciseButton");
    EXPECT_TRUE(next->hasFocus());
    QTest::keyClick(next, Qt::Key_Space);
    ASSERT_TRUE(m_view->isShowingCompletion());
    auto *page = child<QWidget>(m_view.get(), "completionPage");
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->isVisible());
    EXPECT_EQ(child<QLabel>(page, "completionTitleLabel")->text(), QCoreApplication::translate("tenarai::CompletionPage", "Completed"));

    QSignalSpy back(m_view.get(), &LessonView::backToLibrary);
    QTest::mouseClick(child<QPushButton>(page, "completionBackButton"), Qt::LeftButton);
    EXPECT_EQ(back.count(), 1);
}

TEST_F(LessonViewTest, FinishingBeforePassingLeadsBackToTheExercise)
{
    ASSERT_TRUE(m_view->setLesson(m_pack, QStringLiteral("cleaning")).ok());
    auto *next = child<QPushButton>(m_view.get(), "nextExerciseButton");
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_FALSE(m_view->isShowingCompletion());
    EXPECT_EQ(m_view->exerciseIndex(), 0);
    EXPECT_EQ(m_view->feedbackState(), LessonView::FeedbackState::NotYet);
}

} // namespace
