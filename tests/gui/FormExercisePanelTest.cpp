// Drives a form exercise's panel offscreen on the test pack "good-basic": the form is proposed
// from the exercise's sheet as one undoable step, Check lists every rubric item as met or with
// what it misses, a click on an item selects its field, and the form fixed as the rubric asks
// passes core's checker.
#include "FormExercisePanel.h"
#include "FormDesigner.h"
#include "Translations.h"
#include "lessons/ExerciseChecker.h"
#include "lessons/PackLoader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {
// Japanese text arrives committed by the input method, as QTest's key clicks know ASCII only.
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

QStringList labelsOf(const Form &form)
{
    QStringList labels;
    for (const FormField &field : form.fields())
        labels << field.label;
    return labels;
}
} // namespace

class FormExercisePanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        PackLoadResult loaded = PackLoader::load(QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/good-basic"));
        ASSERT_TRUE(loaded.ok());
        m_pack = loaded.pack;
        const Exercise *exercise = m_pack->exercise(QStringLiteral("survey-form"));
        ASSERT_NE(exercise, nullptr);
        m_exercise = *exercise;
        m_panel = std::make_unique<FormExercisePanel>();
        m_panel->resize(1200, 760);
        m_panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
        const Status started = m_panel->start(m_pack, m_exercise);
        ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
    }

    void TearDown() override
    {
        m_panel.reset();
        QCoreApplication::processEvents();
    }

    template <typename T> T *find(const char *name) const
    {
        T *widget = m_panel->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    FormDesigner *designer() const { return m_panel->designer(); }
    QListWidget *results() const { return find<QListWidget>("rubricResultList"); }

    CheckResult checkAndShow()
    {
        Result<CheckResult> result = m_panel->check();
        EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().toString().toStdString());
        if (!result)
            return {};
        m_panel->showFeedback(result.value());
        return result.value();
    }

    QListWidgetItem *resultItem(const QString &itemId) const
    {
        for (int i = 0; i < results()->count(); ++i) {
            if (results()->item(i)->data(Qt::UserRole + 1).toString() == itemId)
                return results()->item(i);
        }
        return nullptr;
    }

    std::shared_ptr<const Pack> m_pack;
    Exercise m_exercise;
    std::unique_ptr<FormExercisePanel> m_panel;
};

TEST_F(FormExercisePanelTest, TheEmptyStartFormMeetsNoRubricItem)
{
    EXPECT_TRUE(designer()->form().fields().isEmpty());
    EXPECT_TRUE(find<QPushButton>("createFromSheetButton")->isEnabled());
    const CheckResult result = checkAndShow();
    EXPECT_FALSE(result.passed);
    ASSERT_FALSE(result.rubric.isEmpty());
    // One line per rubric item, then what makes the form itself unusable ("no fields yet").
    int formProblems = 0;
    for (const CheckFeedback &feedback : result.feedback)
        formProblems += feedback.target == CheckFeedback::Target::General ? 1 : 0;
    EXPECT_GE(formProblems, 1);
    ASSERT_EQ(results()->count(), result.rubric.size() + formProblems);
    for (int i = 0; i < results()->count(); ++i) {
        EXPECT_TRUE(results()->item(i)->text().startsWith(QStringLiteral("✗")))
            << results()->item(i)->text().toStdString();
        if (i < result.rubric.size()) {
            EXPECT_TRUE(results()->item(i)->text().contains(result.rubric.at(i).label));
        }
    }
    ASSERT_NE(resultItem(QStringLiteral("visit")), nullptr);
}

TEST_F(FormExercisePanelTest, CreateFromTheSheetIsOneStepThatUndoes)
{
    QSignalSpy changed(m_panel.get(), &ExercisePanel::answerChanged);
    QTest::mouseClick(find<QPushButton>("createFromSheetButton"), Qt::LeftButton);
    const QStringList labels = labelsOf(designer()->form());
    // One field per column of data/survey.csv.
    EXPECT_EQ(labels,
              (QStringList { QStringLiteral("回答日"), QStringLiteral("年齢"), QStringLiteral("来庁の目的"),
                             QStringLiteral("ご意見") }));
    EXPECT_FALSE(designer()->form().title.isEmpty());
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(designer()->undoStack()->count(), 1);

    designer()->undoStack()->undo();
    EXPECT_TRUE(designer()->form().fields().isEmpty());
    designer()->undoStack()->redo();
    EXPECT_EQ(labelsOf(designer()->form()), labels);
}

TEST_F(FormExercisePanelTest, SolvedFromTheSheetByFixingWhatTheRubricListSays)
{
    QTest::mouseClick(find<QPushButton>("createFromSheetButton"), Qt::LeftButton);
    const CheckResult first = checkAndShow();
    ASSERT_FALSE(first.passed);
    ASSERT_EQ(results()->count(), first.rubric.size());

    // The inferred form already asks for the age and the comments; the purpose is not a choice yet.
    QListWidgetItem *age = resultItem(QStringLiteral("age"));
    ASSERT_NE(age, nullptr);
    EXPECT_TRUE(age->text().startsWith(QStringLiteral("✓"))) << age->text().toStdString();
    QListWidgetItem *visit = resultItem(QStringLiteral("visit"));
    ASSERT_NE(visit, nullptr);
    EXPECT_TRUE(visit->text().startsWith(QStringLiteral("✗"))) << visit->text().toStdString();
    const QString visitField = visit->data(Qt::UserRole).toString();
    ASSERT_FALSE(visitField.isEmpty());

    // A click on the item selects the field it is about.
    designer()->selectField(designer()->form().fields().first().id);
    QTest::mouseClick(results()->viewport(), Qt::LeftButton, {}, results()->visualItemRect(visit).center());
    EXPECT_EQ(designer()->currentFieldId(), visitField);

    // What the list says: make it a single choice among the three purposes, and required.
    auto *type = find<QComboBox>("fieldTypeCombo");
    type->setCurrentIndex(type->findData(int(FieldType::Choice)));
    EXPECT_EQ(designer()->form().field(visitField)->type, FieldType::Choice);
    auto *choices = find<QPlainTextEdit>("fieldChoicesEdit");
    ASSERT_TRUE(choices->isVisible());
    choices->setFocus();
    choices->selectAll();
    commitText(choices, QStringLiteral("届出"));
    QTest::keyClick(choices, Qt::Key_Return);
    commitText(choices, QStringLiteral("相談"));
    QTest::keyClick(choices, Qt::Key_Return);
    commitText(choices, QStringLiteral("その他"));
    if (!designer()->form().field(visitField)->required)
        find<QCheckBox>("fieldRequiredCheck")->click();

    // Check takes the typed choices at once, without waiting for the pause.
    const CheckResult done = checkAndShow();
    EXPECT_TRUE(done.passed) << done.summary.toStdString();
    for (int i = 0; i < results()->count(); ++i)
        EXPECT_TRUE(results()->item(i)->text().startsWith(QStringLiteral("✓")))
            << results()->item(i)->text().toStdString();

    // The answer is the form file; core checks it the same.
    const Result<CheckResult> again = ExerciseChecker::check(*m_pack, m_exercise, m_panel->answer());
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_TRUE(again.value().passed);
}
