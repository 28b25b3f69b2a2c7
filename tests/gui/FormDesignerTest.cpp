// Drives the form designer on its own, offscreen: fields added from the menu, edited through the
// property panel's widgets (found by objectName), moved by buttons and by the list model's drop,
// undone and redone back to the exact form, with the live preview and the problem list following.
#include "FormDesigner.h"
#include "forms/FormValidator.h"
#include "FormFieldListModel.h"
#include "FormFillWidget.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace tenarai;

namespace {

QStringList idsOf(const Form &form)
{
    QStringList ids;
    for (const FormField &field : form.fields())
        ids << field.id;
    return ids;
}

// Types as a Japanese user does: ASCII from the keyboard, everything else committed by the input
// method (QTest's key clicks know ASCII keys only).
void type(QWidget *widget, const QString &text)
{
    QString composed;
    const auto commit = [&] {
        if (composed.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(composed);
        QApplication::sendEvent(widget, &event);
        composed.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            commit();
            QTest::keyClicks(widget, QString(c));
        } else {
            composed += c;
        }
    }
    commit();
}

} // namespace

class FormDesignerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        m_designer = std::make_unique<FormDesigner>();
        m_designer->resize(1300, 700);
        Form form;
        form.title = QStringLiteral("施設調査");
        form.sections.append(FormSection {});
        m_designer->setForm(form);
        m_designer->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_designer.get()));
    }

    void TearDown() override { m_designer.reset(); }

    template<typename T> T *find(const char *name) const
    {
        T *widget = m_designer->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // Through the Add field button's menu, as a user would choose it.
    QString addField(FieldType type)
    {
        auto *button = find<QToolButton>("addFieldButton");
        QAction *action = button->menu()->findChild<QAction *>(QStringLiteral("addField_") + fieldTypeName(type));
        EXPECT_NE(action, nullptr) << fieldTypeName(type).toStdString();
        if (!action)
            return {};
        action->trigger();
        return m_designer->currentFieldId();
    }

    // Selects all of a box, types text and presses Enter (editingFinished commits it).
    void typeInto(const char *name, const QString &text)
    {
        auto *edit = find<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        type(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    std::unique_ptr<FormDesigner> m_designer;
};

TEST_F(FormDesignerTest, AddsFieldsAndEditsThemThroughThePropertyPanel)
{
    const QString name = addField(FieldType::Text);
    const QString age = addField(FieldType::Integer);
    const QString start = addField(FieldType::Date);
    const QString kind = addField(FieldType::Choice);
    ASSERT_EQ(idsOf(m_designer->form()), (QStringList { name, age, start, kind }));
    EXPECT_EQ(m_designer->form().field(age)->type, FieldType::Integer);
    EXPECT_EQ(m_designer->form().field(start)->type, FieldType::Date);
    EXPECT_EQ(m_designer->form().field(kind)->type, FieldType::Choice);

    // The selected field's properties are what the panel edits.
    m_designer->selectField(name);
    EXPECT_EQ(find<QLineEdit>("fieldIdEdit")->text(), name);
    EXPECT_TRUE(find<QLineEdit>("fieldIdEdit")->isReadOnly());
    QSignalSpy changed(m_designer.get(), &FormDesigner::formChanged);
    typeInto("fieldLabelEdit", QStringLiteral("施設名"));
    EXPECT_EQ(m_designer->form().field(name)->label, QStringLiteral("施設名"));
    EXPECT_GE(changed.count(), 1);

    find<QCheckBox>("fieldRequiredCheck")->click();
    EXPECT_TRUE(m_designer->form().field(name)->required);

    auto *type = find<QComboBox>("fieldTypeCombo");
    type->setCurrentIndex(type->findData(int(FieldType::Phone)));
    EXPECT_EQ(m_designer->form().field(name)->type, FieldType::Phone);

    // Per-type validation inputs: a number's range shows for the integer field, not for a date.
    m_designer->selectField(age);
    EXPECT_TRUE(find<QLineEdit>("minimumEdit")->isVisible());
    EXPECT_FALSE(find<QLineEdit>("earliestEdit")->isVisible());
    typeInto("minimumEdit", QStringLiteral("0"));
    typeInto("maximumEdit", QStringLiteral("120"));
    EXPECT_EQ(m_designer->form().field(age)->validation.minimum, 0.0);
    EXPECT_EQ(m_designer->form().field(age)->validation.maximum, 120.0);
    m_designer->selectField(start);
    EXPECT_TRUE(find<QLineEdit>("earliestEdit")->isVisible());
    EXPECT_FALSE(find<QLineEdit>("minimumEdit")->isVisible());
    typeInto("earliestEdit", QStringLiteral("2020-04-01"));
    EXPECT_EQ(m_designer->form().field(start)->validation.earliest, QDate(2020, 4, 1));
    typeInto("latestEdit", QStringLiteral("令和3年3月31日")); // 和暦 as the fill-in form takes it
    EXPECT_EQ(m_designer->form().field(start)->validation.latest, QDate(2021, 3, 31));

    // A condition on an earlier field.
    m_designer->selectField(kind);
    auto *conditionField = find<QComboBox>("conditionFieldCombo");
    conditionField->setCurrentIndex(conditionField->findData(age));
    ASSERT_TRUE(m_designer->form().field(kind)->condition.has_value());
    EXPECT_EQ(m_designer->form().field(kind)->condition->fieldId, age);
    // The field after cannot be a condition of the one before.
    m_designer->selectField(age);
    EXPECT_EQ(find<QComboBox>("conditionFieldCombo")->findData(kind), -1);
}

// A condition on a yes/no field is picked as はい/いいえ (stored as yes/no), never typed; on a
// choice field its choices are offered.
TEST_F(FormDesignerTest, ConditionValuesOfYesNoAndChoiceFieldsArePicked)
{
    const QString offers = addField(FieldType::YesNo);
    const QString since = addField(FieldType::Date);
    m_designer->selectField(since);
    auto *conditionField = find<QComboBox>("conditionFieldCombo");
    conditionField->setCurrentIndex(conditionField->findData(offers));
    auto *op = find<QComboBox>("conditionOperatorCombo");
    op->setCurrentIndex(int(FieldCondition::Operator::Equals));
    auto *value = find<QComboBox>("conditionValueCombo");
    EXPECT_TRUE(value->isVisible());
    EXPECT_FALSE(find<QLineEdit>("conditionValueEdit")->isVisible());
    ASSERT_EQ(value->count(), 2);
    EXPECT_EQ(value->itemText(0), FormValidator::yesText());
    value->setCurrentIndex(value->findData(QStringLiteral("yes")));
    ASSERT_TRUE(m_designer->form().field(since)->condition.has_value());
    EXPECT_EQ(m_designer->form().field(since)->condition->value, QStringLiteral("yes"));
    EXPECT_TRUE(m_designer->form().problems().isEmpty());

    // A free-text field keeps the typed value.
    const QString note = addField(FieldType::Text);
    const QString more = addField(FieldType::Text);
    m_designer->selectField(more);
    conditionField = find<QComboBox>("conditionFieldCombo");
    conditionField->setCurrentIndex(conditionField->findData(note));
    find<QComboBox>("conditionOperatorCombo")->setCurrentIndex(int(FieldCondition::Operator::Equals));
    EXPECT_TRUE(find<QLineEdit>("conditionValueEdit")->isVisible());
    EXPECT_FALSE(find<QComboBox>("conditionValueCombo")->isVisible());
    typeInto("conditionValueEdit", QStringLiteral("その他"));
    EXPECT_EQ(m_designer->form().field(more)->condition->value, QStringLiteral("その他"));
}

TEST_F(FormDesignerTest, UndoAndRedoRestoreTheExactForm)
{
    QList<Form> states { m_designer->form() };
    const QString a = addField(FieldType::Text);
    states << m_designer->form();
    const QString b = addField(FieldType::Choices);
    states << m_designer->form();
    m_designer->selectField(a);
    typeInto("fieldLabelEdit", QStringLiteral("氏名"));
    states << m_designer->form();
    find<QCheckBox>("fieldRequiredCheck")->click();
    states << m_designer->form();
    find<QPushButton>("moveFieldDownButton")->click();
    states << m_designer->form();
    ASSERT_EQ(idsOf(m_designer->form()), (QStringList { b, a }));
    m_designer->selectField(a);
    find<QPushButton>("removeFieldButton")->click();
    states << m_designer->form();
    ASSERT_EQ(idsOf(m_designer->form()), QStringList { b });
    ASSERT_EQ(m_designer->undoStack()->count(), states.size() - 1);

    QAction *undo = m_designer->undoAction();
    QAction *redo = m_designer->redoAction();
    EXPECT_EQ(undo->objectName(), QStringLiteral("designerUndoAction"));
    EXPECT_TRUE(undo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    EXPECT_TRUE(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        ASSERT_TRUE(undo->isEnabled());
        undo->trigger();
        EXPECT_EQ(m_designer->form(), states.at(i)) << "after undoing to state " << i;
        EXPECT_EQ(m_designer->preview()->form(), states.at(i)) << "preview at state " << i;
    }
    EXPECT_FALSE(undo->isEnabled());
    for (qsizetype i = 1; i < states.size(); ++i) {
        redo->trigger();
        EXPECT_EQ(m_designer->form(), states.at(i)) << "after redoing to state " << i;
    }
    EXPECT_FALSE(redo->isEnabled());
}

TEST_F(FormDesignerTest, TypingIntoOneBoxIsOneUndoStep)
{
    const QString a = addField(FieldType::Text);
    const int before = m_designer->undoStack()->count();
    auto *label = find<QLineEdit>("fieldLabelEdit");
    label->setFocus();
    label->selectAll();
    type(label, QStringLiteral("連絡"));
    // The pause commits the first part; the rest typed later merges into the same step.
    QTRY_COMPARE_WITH_TIMEOUT(m_designer->form().field(a)->label, QStringLiteral("連絡"), 5000);
    type(label, QStringLiteral("先"));
    QTest::keyClick(label, Qt::Key_Return);
    EXPECT_EQ(m_designer->form().field(a)->label, QStringLiteral("連絡先"));
    EXPECT_EQ(m_designer->undoStack()->count(), before + 1);
    m_designer->undoAction()->trigger();
    EXPECT_EQ(m_designer->form().field(a)->label, fieldTypeDisplayName(FieldType::Text));
    EXPECT_EQ(label->text(), fieldTypeDisplayName(FieldType::Text)); // the panel follows undo
}

TEST_F(FormDesignerTest, ReordersByButtonsAndByTheModelsDrop)
{
    const QString a = addField(FieldType::Text);
    const QString b = addField(FieldType::Integer);
    const QString c = addField(FieldType::Email);
    ASSERT_EQ(idsOf(m_designer->form()), (QStringList { a, b, c }));

    m_designer->selectField(c);
    auto *up = find<QPushButton>("moveFieldUpButton");
    auto *down = find<QPushButton>("moveFieldDownButton");
    EXPECT_FALSE(down->isEnabled()); // last of the last section
    up->click();
    EXPECT_EQ(idsOf(m_designer->form()), (QStringList { a, c, b }));
    EXPECT_EQ(m_designer->currentFieldId(), c); // the moved field stays selected
    up->click();
    EXPECT_EQ(idsOf(m_designer->form()), (QStringList { c, a, b }));
    EXPECT_FALSE(up->isEnabled());
    down->click();
    EXPECT_EQ(idsOf(m_designer->form()), (QStringList { a, c, b }));

    // A second section; Move down at the end of the first moves the field into it.
    m_designer->selectField(b);
    find<QPushButton>("addSectionButton")->click();
    ASSERT_EQ(m_designer->form().sections.size(), 2);
    m_designer->selectField(b);
    down->click();
    ASSERT_EQ(m_designer->form().sections.at(1).fields.size(), 1);
    EXPECT_EQ(m_designer->form().sections.at(1).fields.at(0).id, b);

    // The list's drop: field a (row 1) dropped below every row lands at the end of the last section.
    FormFieldListModel *model = m_designer->fieldModel();
    const int rowOfA = model->rowOfField(a);
    ASSERT_EQ(rowOfA, 1);
    std::unique_ptr<QMimeData> mime(model->mimeData({ model->index(rowOfA, 0) }));
    ASSERT_NE(mime, nullptr);
    model->dropMimeData(mime.get(), Qt::MoveAction, model->rowCount(), 0, {});
    EXPECT_EQ(idsOf(m_designer->form()), (QStringList { c, b, a }));
    EXPECT_EQ(m_designer->form().sections.at(1).fields.size(), 2);

    // moveRows within a section: b (after the second heading) to just before a's successor… i.e.
    // a before b, as a drag between rows would.
    const int rowOfB = model->rowOfField(b);
    ASSERT_TRUE(model->moveRows({}, model->rowOfField(a), 1, {}, rowOfB));
    EXPECT_EQ(idsOf(m_designer->form()), (QStringList { c, a, b }));
    // Onto the first section's heading: to the top of that section.
    std::unique_ptr<QMimeData> mimeB(model->mimeData({ model->index(model->rowOfField(b), 0) }));
    model->dropMimeData(mimeB.get(), Qt::MoveAction, -1, 0, model->index(model->rowOfSection(0), 0));
    EXPECT_EQ(idsOf(m_designer->form()), (QStringList { b, c, a }));
    EXPECT_EQ(m_designer->form().sections.at(0).fields.size(), 2);

    // Every move is undoable.
    m_designer->undoAction()->trigger();
    EXPECT_EQ(idsOf(m_designer->form()), (QStringList { c, a, b }));
}

TEST_F(FormDesignerTest, PreviewFollowsEveryChange)
{
    FormFillWidget *preview = m_designer->preview();
    ASSERT_NE(preview, nullptr);
    EXPECT_TRUE(preview->isPreviewMode());
    const QString a = addField(FieldType::Text);
    EXPECT_NE(preview->findChild<QLineEdit *>(QStringLiteral("field_") + a), nullptr);
    typeInto("fieldLabelEdit", QStringLiteral("施設名"));
    EXPECT_EQ(preview->form().field(a)->label, QStringLiteral("施設名"));

    // A type change rebuilds the editor: multi-line text is a plain text box.
    auto *type = find<QComboBox>("fieldTypeCombo");
    type->setCurrentIndex(type->findData(int(FieldType::MultilineText)));
    EXPECT_NE(preview->findChild<QPlainTextEdit *>(QStringLiteral("field_") + a), nullptr);
    EXPECT_EQ(preview->findChild<QLineEdit *>(QStringLiteral("field_") + a), nullptr);

    find<QPushButton>("removeFieldButton")->click();
    EXPECT_EQ(preview->findChild<QWidget *>(QStringLiteral("field_") + a), nullptr);
}

TEST_F(FormDesignerTest, ProblemListShowsADuplicateChoiceAndGoesToTheField)
{
    const QString first = addField(FieldType::Text);
    const QString choice = addField(FieldType::Choice);
    auto *problems = find<QListWidget>("problemList");
    EXPECT_EQ(problems->count(), 0) << problems->item(0)->text().toStdString();

    auto *choices = find<QPlainTextEdit>("fieldChoicesEdit");
    ASSERT_TRUE(choices->isVisible());
    choices->setFocus();
    choices->selectAll();
    type(choices, QStringLiteral("有"));
    QTest::keyClick(choices, Qt::Key_Return);
    type(choices, QStringLiteral("無"));
    QTest::keyClick(choices, Qt::Key_Return);
    type(choices, QStringLiteral("有"));
    m_designer->commitPendingEdit();
    EXPECT_EQ(m_designer->form().field(choice)->choices, (QStringList { QStringLiteral("有"), QStringLiteral("無"), QStringLiteral("有") }));

    ASSERT_EQ(problems->count(), 1);
    QListWidgetItem *item = problems->item(0);
    EXPECT_TRUE(item->text().contains(QStringLiteral("“有”"))) << item->text().toStdString();
    EXPECT_TRUE(item->text().contains(choice)) << item->text().toStdString();

    // Clicking the problem selects the field it is about.
    m_designer->selectField(first);
    ASSERT_EQ(m_designer->currentFieldId(), first);
    const QRect rect = problems->visualItemRect(item);
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_EQ(m_designer->currentFieldId(), choice);
    EXPECT_EQ(find<QLineEdit>("fieldIdEdit")->text(), choice);

    // Fixing it empties the list.
    choices->setFocus();
    QTest::keyClick(choices, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(choices, Qt::Key_Backspace);
    m_designer->commitPendingEdit();
    EXPECT_EQ(m_designer->form().field(choice)->choices, (QStringList { QStringLiteral("有"), QStringLiteral("無") }));
    EXPECT_EQ(problems->count(), 0) << (problems->count() ? problems->item(0)->text().toStdString() : std::string());
}
