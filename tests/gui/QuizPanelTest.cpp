// The quiz panel with the good-basic fixture's quiz: answers chosen by clicking become quiz-answers
// JSON, the real checker marks each question right or wrong with the chosen options'
// explanations under it, an edit clears the mark, and an ordering can be done by keyboard alone.
#include "QuizPanel.h"
#include "lessons/PackLoader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {

template <typename T> T *child(const QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

class QuizPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        PackLoadResult loaded = PackLoader::load(QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/good-basic"));
        ASSERT_TRUE(loaded.ok()) << (loaded.errors.isEmpty() ? std::string()
                                                             : loaded.errors.first().toString().toStdString());
        m_pack = loaded.pack;
        m_exercise = m_pack->exercise(QStringLiteral("basics-quiz"));
        ASSERT_NE(m_exercise, nullptr);
        m_panel = std::make_unique<QuizPanel>();
        m_panel->resize(800, 700);
        const Status started = m_panel->start(m_pack, *m_exercise);
        ASSERT_TRUE(started.ok());
        m_panel->show();
        m_panel->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_panel.get()));
    }

    QAbstractButton *option(const char *question, const char *id) const
    {
        return child<QAbstractButton>(m_panel.get(), QStringLiteral("option_%1_%2").arg(QLatin1String(question), QLatin1String(id)));
    }

    // Where a learner clicks: on the box or circle at the start of the line.
    static void click(QAbstractButton *button)
    {
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(button->height() / 2, button->height() / 2));
    }

    QStringList order() const
    {
        auto *list = child<QListWidget>(m_panel.get(), QStringLiteral("answers_steps"));
        QStringList ids;
        for (int row = 0; list && row < list->count(); ++row)
            ids << list->item(row)->data(Qt::UserRole).toString();
        return ids;
    }

    QString optionExplanation(const QString &questionId, const QString &optionId) const
    {
        for (const QuizQuestion &question : m_exercise->questions) {
            for (const QuizOption &candidate : question.options) {
                if (question.id == questionId && candidate.id == optionId)
                    return candidate.explanation.text();
            }
        }
        return QString();
    }

    std::shared_ptr<const Pack> m_pack;
    const Exercise *m_exercise = nullptr;
    std::unique_ptr<QuizPanel> m_panel;
};

TEST_F(QuizPanelTest, ClickedAnswersBecomeQuizAnswersAndAreMarked)
{
    ASSERT_EQ(m_exercise->questions.size(), 3);
    ASSERT_NE(option("dates", "wareki"), nullptr);
    ASSERT_NE(option("blanks", "spaces"), nullptr);
    QSignalSpy changed(m_panel.get(), &ExercisePanel::answerChanged);

    click(option("dates", "wareki"));
    click(option("blanks", "spaces"));
    click(option("blanks", "font"));
    EXPECT_GE(changed.count(), 3);

    Result<QuizAnswers> parsed = QuizAnswers::fromJson(m_panel->answer());
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->answers.value(QStringLiteral("dates")), QStringList { QStringLiteral("wareki") });
    EXPECT_EQ(parsed->answers.value(QStringLiteral("blanks")),
              (QStringList { QStringLiteral("spaces"), QStringLiteral("font") }));
    EXPECT_EQ(parsed->answers.value(QStringLiteral("steps")), order());

    Result<CheckResult> checked = m_panel->check();
    ASSERT_TRUE(checked.ok());
    EXPECT_FALSE(checked->passed);
    m_panel->showFeedback(checked.value());
    EXPECT_EQ(m_panel->markOf(QStringLiteral("dates")), std::optional<bool>(false));
    EXPECT_EQ(m_panel->markOf(QStringLiteral("blanks")), std::optional<bool>(false));
    EXPECT_EQ(m_panel->markOf(QStringLiteral("steps")), std::optional<bool>(true));
    auto *datesFeedback = child<QLabel>(m_panel.get(), QStringLiteral("feedback_dates"));
    ASSERT_NE(datesFeedback, nullptr);
    EXPECT_TRUE(datesFeedback->isVisible());
    // The explanation of the option the learner chose, not the right one's.
    const QString chosenExplanation = optionExplanation(QStringLiteral("dates"), QStringLiteral("wareki"));
    ASSERT_FALSE(chosenExplanation.isEmpty());
    EXPECT_TRUE(datesFeedback->text().contains(chosenExplanation)) << datesFeedback->text().toStdString();
    EXPECT_FALSE(datesFeedback->text().contains(optionExplanation(QStringLiteral("dates"), QStringLiteral("iso"))));

    // Editing a question clears its mark; the others keep theirs.
    click(option("dates", "iso"));
    EXPECT_FALSE(m_panel->markOf(QStringLiteral("dates")).has_value());
    EXPECT_FALSE(datesFeedback->isVisible());
    EXPECT_EQ(m_panel->markOf(QStringLiteral("blanks")), std::optional<bool>(false));

    click(option("blanks", "font"));
    click(option("blanks", "width"));
    checked = m_panel->check();
    ASSERT_TRUE(checked.ok());
    EXPECT_TRUE(checked->passed);
    m_panel->showFeedback(checked.value());
    EXPECT_EQ(m_panel->markOf(QStringLiteral("dates")), std::optional<bool>(true));
    EXPECT_EQ(m_panel->markOf(QStringLiteral("blanks")), std::optional<bool>(true));

    // An empty result clears every mark.
    m_panel->showFeedback(CheckResult());
    EXPECT_FALSE(m_panel->markOf(QStringLiteral("steps")).has_value());
}

TEST_F(QuizPanelTest, OrderingWorksWithTheKeyboardAlone)
{
    auto *list = child<QListWidget>(m_panel.get(), QStringLiteral("answers_steps"));
    auto *moveUp = child<QPushButton>(m_panel.get(), QStringLiteral("moveUp_steps"));
    auto *moveDown = child<QPushButton>(m_panel.get(), QStringLiteral("moveDown_steps"));
    ASSERT_NE(list, nullptr);
    ASSERT_NE(moveUp, nullptr);
    ASSERT_NE(moveDown, nullptr);
    const QStringList shown = order();
    ASSERT_EQ(shown.size(), 3);
    QSignalSpy changed(m_panel.get(), &ExercisePanel::answerChanged);

    list->setFocus();
    ASSERT_TRUE(list->hasFocus());
    QTest::keyClick(list, Qt::Key_End);
    EXPECT_EQ(list->currentRow(), 2);
    EXPECT_FALSE(moveDown->isEnabled());
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(order(), (QStringList { shown[0], shown[2], shown[1] }));
    EXPECT_EQ(list->currentRow(), 1); // the moved item stays selected, so it can be moved on
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(order(), (QStringList { shown[2], shown[0], shown[1] }));
    EXPECT_FALSE(moveUp->isEnabled());
    EXPECT_EQ(changed.count(), 2);

    // The buttons are reached with Tab and pressed with Space.
    QTest::keyClick(list, Qt::Key_Tab);
    ASSERT_TRUE(moveDown->hasFocus() || moveUp->hasFocus());
    if (!moveDown->hasFocus())
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_TRUE(moveDown->hasFocus());
    QTest::keyClick(moveDown, Qt::Key_Space);
    QTest::keyClick(moveDown, Qt::Key_Space);
    EXPECT_EQ(order(), shown);

    // The checker sees the order the keyboard made.
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
    m_panel->showFeedback(m_panel->check().value());
    // The fixture shows its items in the right order, so any move makes the question wrong.
    ASSERT_EQ(m_exercise->questions[2].correct, shown);
    EXPECT_EQ(m_panel->markOf(QStringLiteral("steps")), std::optional<bool>(false));
}

} // namespace
