// The fill-in form as a citizen uses it: keyboard only, Tab through every kind of field, Enter to
// the confirmation step (which shows the values as they will be stored), Enter to send; messages
// beside the field, conditional fields, the designer's preview mode and postal-code auto-fill.
#include "FormFillWidget.h"
#include "Translations.h"
#include "forms/PostalAddressDirectory.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFont>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace tenarai;

namespace {

FormField makeField(const char *id, FieldType type, const QString &label, bool required = false)
{
    FormField field;
    field.id = QString::fromLatin1(id);
    field.type = type;
    field.label = label;
    field.required = required;
    return field;
}

// A resident's application with one field of every type, a condition and a postal code.
Form applicationForm()
{
    Form form;
    form.title = QStringLiteral("転入届（練習用）");
    form.description = QStringLiteral("架空の様式です。");
    FormSection applicant;
    applicant.title = QStringLiteral("申請者");
    applicant.fields << makeField("name", FieldType::Text, QStringLiteral("氏名"), true);
    FormField age = makeField("age", FieldType::Integer, QStringLiteral("年齢"), true);
    age.validation.minimum = 0;
    age.validation.maximum = 120;
    applicant.fields << age;
    applicant.fields << makeField("moved", FieldType::Date, QStringLiteral("転入日"));
    FormField note = makeField("notice", FieldType::Note, QStringLiteral("以下は分かる範囲で記入してください。"));
    applicant.fields << note;
    applicant.fields << makeField("remarks", FieldType::MultilineText, QStringLiteral("備考"));
    FormField kind = makeField("kind", FieldType::Choice, QStringLiteral("区分"), true);
    kind.choices = QStringList { QStringLiteral("転入"), QStringLiteral("転居"), QStringLiteral("その他") };
    applicant.fields << kind;
    FormField other = makeField("other", FieldType::Text, QStringLiteral("その他の内容"), true);
    other.condition = FieldCondition { QStringLiteral("kind"), FieldCondition::Operator::Equals, QStringLiteral("その他") };
    applicant.fields << other;
    form.sections << applicant;

    FormSection details;
    details.title = QStringLiteral("連絡先");
    FormField papers = makeField("papers", FieldType::Choices, QStringLiteral("必要な書類"));
    papers.choices = QStringList { QStringLiteral("住民票"), QStringLiteral("印鑑登録証明書"), QStringLiteral("戸籍の附票") };
    details.fields << papers;
    details.fields << makeField("resident", FieldType::YesNo, QStringLiteral("市内に勤務していますか"));
    details.fields << makeField("phone", FieldType::Phone, QStringLiteral("電話番号"));
    details.fields << makeField("postal", FieldType::PostalCode, QStringLiteral("郵便番号"));
    details.fields << makeField("address", FieldType::Text, QStringLiteral("住所"));
    details.fields << makeField("email", FieldType::Email, QStringLiteral("メールアドレス"));
    form.sections << details;
    return form;
}

QString focusName()
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QStringLiteral("(none)");
}

// Types as a Japanese user does: ASCII from the keyboard, everything else committed by the input
// method (QTest's key clicks know ASCII keys only).
void type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    QString composed;
    const auto commit = [&] {
        if (composed.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(composed);
        QApplication::sendEvent(focus, &event);
        composed.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            commit();
            QTest::keyClicks(focus, QString(c));
        } else {
            composed += c;
        }
    }
    commit();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Sets an environment variable for one test and restores it afterwards.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QString &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        qputenv(name, value.toLocal8Bit());
    }
    ~ScopedEnvironment()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class FormFillWidgetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        m_widget = std::make_unique<FormFillWidget>();
        m_widget->setForm(applicationForm());
        m_widget->resize(900, 700);
        m_widget->show();
        m_widget->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_widget.get()));
        m_widget->clear(); // focuses the first field
    }

    template <typename T> T *child(const QString &name) const
    {
        return m_widget->findChild<T *>(name);
    }
    QString confirmedValue(const char *fieldId) const
    {
        auto *label = child<QLabel>(QStringLiteral("confirmValue_") + QString::fromLatin1(fieldId));
        return label ? label->text() : QStringLiteral("(missing)");
    }
    QLabel *errorLabel(const char *fieldId) const
    {
        return child<QLabel>(QStringLiteral("error_") + QString::fromLatin1(fieldId));
    }

    std::unique_ptr<FormFillWidget> m_widget;
};

TEST_F(FormFillWidgetTest, KeyboardOnlyFillConfirmsStoredValuesAndSubmits)
{
    QSignalSpy submitted(m_widget.get(), &FormFillWidget::submitted);
    QSignalSpy changed(m_widget.get(), &FormFillWidget::inputsChanged);
    ASSERT_EQ(focusName(), QStringLiteral("field_name"));
    type(QStringLiteral("山田花子"));
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), QStringLiteral("field_age"));
    type(QStringLiteral("４２"));
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), QStringLiteral("field_moved"));
    type(QStringLiteral("令和6年4月1日"));
    press(Qt::Key_Tab);
    // The note holds no answer and takes no focus.
    ASSERT_EQ(focusName(), QStringLiteral("field_remarks"));
    type(QStringLiteral("特になし"));
    press(Qt::Key_Tab); // leaves the multi-line text rather than typing a tab
    ASSERT_EQ(focusName(), QStringLiteral("field_kind"));
    EXPECT_EQ(child<QPlainTextEdit>(QStringLiteral("field_remarks"))->toPlainText(), QStringLiteral("特になし"));
    press(Qt::Key_Down); // from the empty entry to the first choice
    press(Qt::Key_Tab);
    // 「その他の内容」 is hidden while 区分 is not その他.
    ASSERT_EQ(focusName(), QStringLiteral("field_papers_0"));
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), QStringLiteral("field_papers_1"));
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), QStringLiteral("field_papers_2"));
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), QStringLiteral("field_resident_yes"));
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), QStringLiteral("field_phone"));
    type(QStringLiteral("０３－１２３４－５６７８"));
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), QStringLiteral("field_postal"));
    type(QStringLiteral("9990001"));
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), QStringLiteral("autofill_postal"));
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), QStringLiteral("field_address"));
    type(QStringLiteral("架空県見本市本町1-2-3"));
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), QStringLiteral("field_email"));
    type(QStringLiteral("yamada@example.jp"));
    EXPECT_GT(changed.count(), 10);
    for (const char *id : { "name", "age", "moved", "phone", "postal", "email" })
        EXPECT_TRUE(errorLabel(id)->isHidden()) << id << ": " << errorLabel(id)->text().toStdString();

    press(Qt::Key_Return);
    ASSERT_TRUE(m_widget->isConfirming());
    EXPECT_EQ(confirmedValue("name"), QStringLiteral("山田花子"));
    EXPECT_EQ(confirmedValue("age"), QStringLiteral("42"));
    EXPECT_EQ(confirmedValue("moved"), QStringLiteral("2024-04-01"));
    EXPECT_EQ(confirmedValue("kind"), QStringLiteral("転入"));
    EXPECT_EQ(confirmedValue("papers"), QStringLiteral("住民票; 戸籍の附票"));
    EXPECT_EQ(confirmedValue("resident"), FormValidator::yesText());
    EXPECT_EQ(confirmedValue("postal"), QStringLiteral("999-0001"));
    EXPECT_EQ(confirmedValue("phone"), QStringLiteral("03-1234-5678"));
    EXPECT_EQ(child<QLabel>(QStringLiteral("confirmValue_other")), nullptr); // hidden: not stored
    EXPECT_EQ(child<QLabel>(QStringLiteral("confirmValue_notice")), nullptr);
    EXPECT_TRUE(child<QLabel>(QStringLiteral("previewNoteLabel"))->isHidden());
    EXPECT_EQ(child<QPushButton>(QStringLiteral("submitButton"))->text(), QStringLiteral("Submit"));
    EXPECT_TRUE(submitted.isEmpty());

    // Escape goes back with everything kept; Enter confirms again.
    press(Qt::Key_Escape);
    ASSERT_FALSE(m_widget->isConfirming());
    EXPECT_EQ(child<QLineEdit>(QStringLiteral("field_name"))->text(), QStringLiteral("山田花子"));
    press(Qt::Key_Return);
    ASSERT_TRUE(m_widget->isConfirming());
    EXPECT_EQ(focusName(), QStringLiteral("submitButton"));
    press(Qt::Key_Return);

    ASSERT_EQ(submitted.count(), 1);
    const FormInputs inputs = submitted.at(0).at(0).value<FormInputs>();
    EXPECT_EQ(inputs.value(QStringLiteral("name")), QStringLiteral("山田花子"));
    EXPECT_EQ(inputs.value(QStringLiteral("age")), QStringLiteral("４２")); // as typed; core converts
    EXPECT_EQ(inputs.value(QStringLiteral("kind")), QStringLiteral("転入"));
    EXPECT_EQ(inputs.value(QStringLiteral("papers")), QStringLiteral("住民票\n戸籍の附票"));
    EXPECT_EQ(inputs.value(QStringLiteral("resident")), QStringLiteral("yes"));
    EXPECT_TRUE(FormValidator::check(m_widget->form(), inputs).ok());

    // Ready for the next person: empty, editing, at the first field.
    EXPECT_FALSE(m_widget->isConfirming());
    EXPECT_TRUE(m_widget->inputs().isEmpty());
    EXPECT_EQ(focusName(), QStringLiteral("field_name"));
}

TEST_F(FormFillWidgetTest, BlankRequiredFieldShowsMessageAndFocusesIt)
{
    QSignalSpy submitted(m_widget.get(), &FormFillWidget::submitted);
    type(QStringLiteral("山田花子"));
    press(Qt::Key_Tab);
    // Leaving a field is when it is checked; passing through 年齢 empty says it is required.
    EXPECT_TRUE(errorLabel("name")->isHidden());
    EXPECT_TRUE(errorLabel("age")->isHidden()) << "no message before the user leaves the field";
    type(QStringLiteral("200"));
    EXPECT_TRUE(errorLabel("age")->isHidden()) << "no message while typing";
    press(Qt::Key_Tab);
    ASSERT_FALSE(errorLabel("age")->isHidden());
    EXPECT_TRUE(errorLabel("age")->text().contains(QStringLiteral("120"))) << errorLabel("age")->text().toStdString();
    EXPECT_EQ(child<QLineEdit>(QStringLiteral("field_age"))->accessibleDescription(), errorLabel("age")->text());
    EXPECT_EQ(child<QLineEdit>(QStringLiteral("field_age"))->accessibleName(), QStringLiteral("年齢"));

    // Correcting the value clears the message at once.
    m_widget->findChild<QLineEdit *>(QStringLiteral("field_age"))->setFocus();
    press(Qt::Key_Backspace);
    press(Qt::Key_Backspace);
    EXPECT_TRUE(errorLabel("age")->isHidden()) << errorLabel("age")->text().toStdString();
    press(Qt::Key_Return);

    // 区分 is required and still blank: its message, the focus on it, no confirmation step.
    EXPECT_FALSE(m_widget->isConfirming());
    ASSERT_FALSE(errorLabel("kind")->isHidden());
    EXPECT_EQ(errorLabel("kind")->text(), QStringLiteral("This field is required."));
    EXPECT_EQ(focusName(), QStringLiteral("field_kind"));
    EXPECT_TRUE(errorLabel("age")->isHidden());
    EXPECT_TRUE(errorLabel("other")->isHidden()); // hidden fields are not asked
    EXPECT_FALSE(m_widget->requestConfirmation());
    EXPECT_TRUE(submitted.isEmpty());

    // The scroll area shows the wrong field.
    auto *scroll = child<QScrollArea>(QStringLiteral("formScrollArea"));
    QWidget *row = child<QWidget>(QStringLiteral("row_kind"));
    const QPoint top = row->mapTo(scroll->viewport(), QPoint(0, 0));
    EXPECT_GE(top.y() + row->height(), 0);
    EXPECT_LE(top.y(), scroll->viewport()->height());
}

TEST_F(FormFillWidgetTest, ConditionalFieldAppearsWithTheRightTabOrder)
{
    auto *other = child<QLineEdit>(QStringLiteral("field_other"));
    ASSERT_NE(other, nullptr);
    EXPECT_FALSE(other->isVisible());
    child<QComboBox>(QStringLiteral("field_kind"))->setFocus();
    ASSERT_EQ(focusName(), QStringLiteral("field_kind"));
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    EXPECT_FALSE(other->isVisible()) << "転居 does not ask for その他の内容";
    press(Qt::Key_Down);
    ASSERT_EQ(child<QComboBox>(QStringLiteral("field_kind"))->currentText(), QStringLiteral("その他"));
    EXPECT_TRUE(other->isVisible());
    press(Qt::Key_Tab);
    EXPECT_EQ(focusName(), QStringLiteral("field_other"));
    press(Qt::Key_Tab);
    EXPECT_EQ(focusName(), QStringLiteral("field_papers_0"));
    press(Qt::Key_Backtab);
    press(Qt::Key_Backtab);
    EXPECT_EQ(focusName(), QStringLiteral("field_kind"));

    // Now required: confirming without it names it.
    child<QLineEdit>(QStringLiteral("field_name"))->setText(QStringLiteral("山田花子"));
    child<QLineEdit>(QStringLiteral("field_age"))->setText(QStringLiteral("42"));
    EXPECT_FALSE(m_widget->requestConfirmation());
    EXPECT_EQ(focusName(), QStringLiteral("field_other"));
    EXPECT_FALSE(errorLabel("other")->isHidden());

    // Back to 転入: hidden again, its message gone, and not asked for.
    child<QComboBox>(QStringLiteral("field_kind"))->setFocus();
    press(Qt::Key_Up);
    press(Qt::Key_Up);
    EXPECT_FALSE(other->isVisible());
    EXPECT_TRUE(m_widget->requestConfirmation());
    EXPECT_EQ(child<QLabel>(QStringLiteral("confirmValue_other")), nullptr);
}

TEST_F(FormFillWidgetTest, EnterStartsANewLineInMultilineTextAndCtrlEnterGoesOn)
{
    FormInputs inputs;
    inputs.insert(QStringLiteral("name"), QStringLiteral("見本太郎"));
    inputs.insert(QStringLiteral("age"), QStringLiteral("30"));
    inputs.insert(QStringLiteral("kind"), QStringLiteral("転居"));
    m_widget->setInputs(inputs);
    child<QPlainTextEdit>(QStringLiteral("field_remarks"))->setFocus();
    type(QStringLiteral("ab"));
    press(Qt::Key_Return);
    type(QStringLiteral("cd"));
    EXPECT_FALSE(m_widget->isConfirming());
    EXPECT_EQ(m_widget->inputs().value(QStringLiteral("remarks")), QStringLiteral("ab\ncd"));
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(m_widget->isConfirming());
    EXPECT_EQ(confirmedValue("remarks"), QStringLiteral("ab\ncd"));
}

TEST_F(FormFillWidgetTest, PreviewModeNeverSubmits)
{
    QSignalSpy submitted(m_widget.get(), &FormFillWidget::submitted);
    m_widget->setPreviewMode(true);
    FormInputs inputs;
    inputs.insert(QStringLiteral("name"), QStringLiteral("見本太郎"));
    inputs.insert(QStringLiteral("age"), QStringLiteral("30"));
    inputs.insert(QStringLiteral("kind"), QStringLiteral("転居"));
    m_widget->setInputs(inputs);
    ASSERT_TRUE(m_widget->requestConfirmation());
    EXPECT_FALSE(child<QLabel>(QStringLiteral("previewNoteLabel"))->isHidden());
    EXPECT_FALSE(child<QLabel>(QStringLiteral("previewNoteLabel"))->text().isEmpty());
    press(Qt::Key_Return);
    EXPECT_TRUE(submitted.isEmpty());
    EXPECT_FALSE(m_widget->isConfirming());
    EXPECT_EQ(m_widget->inputs(), inputs) << "the preview keeps what was typed";
    m_widget->requestConfirmation();
    child<QPushButton>(QStringLiteral("submitButton"))->click();
    EXPECT_TRUE(submitted.isEmpty());
}

TEST_F(FormFillWidgetTest, SetInputsAndInputsRoundTrip)
{
    FormInputs inputs;
    inputs.insert(QStringLiteral("name"), QStringLiteral("見本太郎"));
    inputs.insert(QStringLiteral("age"), QStringLiteral("３０"));
    inputs.insert(QStringLiteral("moved"), QStringLiteral("2024/4/1"));
    inputs.insert(QStringLiteral("remarks"), QStringLiteral("一行目\n二行目"));
    inputs.insert(QStringLiteral("kind"), QStringLiteral("その他"));
    inputs.insert(QStringLiteral("other"), QStringLiteral("転勤"));
    inputs.insert(QStringLiteral("papers"), QStringLiteral("印鑑登録証明書\n戸籍の附票"));
    inputs.insert(QStringLiteral("resident"), QStringLiteral("no"));
    inputs.insert(QStringLiteral("postal"), QStringLiteral("999-0001"));
    m_widget->setInputs(inputs);
    EXPECT_EQ(m_widget->inputs(), inputs);
    EXPECT_TRUE(child<QRadioButton>(QStringLiteral("field_resident_no"))->isChecked());
    EXPECT_TRUE(child<QLineEdit>(QStringLiteral("field_other"))->isVisible());

    // Editing a saved answer says "Update".
    m_widget->setEditing(true);
    ASSERT_TRUE(m_widget->requestConfirmation());
    EXPECT_EQ(child<QPushButton>(QStringLiteral("submitButton"))->text(), QStringLiteral("Update"));
    EXPECT_EQ(confirmedValue("resident"), FormValidator::noText());
    EXPECT_EQ(confirmedValue("other"), QStringLiteral("転勤"));

    // A changed form keeps the answers of the fields that remain; a new field gets its default.
    Form changed = applicationForm();
    changed.sections[0].fields.removeAt(0); // 氏名
    FormField city = makeField("city", FieldType::Text, QStringLiteral("市区町村"));
    city.defaultValue = QStringLiteral("見本市");
    changed.sections[1].fields << city;
    m_widget->setForm(changed);
    EXPECT_FALSE(m_widget->isConfirming());
    FormInputs expected = inputs;
    expected.remove(QStringLiteral("name"));
    expected.insert(QStringLiteral("city"), QStringLiteral("見本市"));
    EXPECT_EQ(m_widget->inputs(), expected);
    EXPECT_EQ(child<QLineEdit>(QStringLiteral("field_name")), nullptr);

    // clear() leaves only the defaults.
    m_widget->clear();
    FormInputs defaults;
    defaults.insert(QStringLiteral("city"), QStringLiteral("見本市"));
    EXPECT_EQ(m_widget->inputs(), defaults);
    EXPECT_FALSE(child<QRadioButton>(QStringLiteral("field_resident_no"))->isChecked());
    EXPECT_FALSE(child<QRadioButton>(QStringLiteral("field_resident_yes"))->isChecked());
}

TEST_F(FormFillWidgetTest, PostalAutoFillSaysWhenNoTableIsInstalled)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("postal-codes.csv"));
    ScopedEnvironment environment(PostalAddressDirectory::PathVariable, missing);
    child<QLineEdit>(QStringLiteral("field_postal"))->setText(QStringLiteral("999-0001"));
    auto *button = child<QPushButton>(QStringLiteral("autofill_postal"));
    ASSERT_NE(button, nullptr);
    button->click();
    auto *note = child<QLabel>(QStringLiteral("note_postal"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("not available"))) << note->text().toStdString();
    EXPECT_TRUE(button->isVisible()) << "the button stays: its message says why it cannot work";
    EXPECT_TRUE(child<QLineEdit>(QStringLiteral("field_address"))->text().isEmpty());
}

TEST_F(FormFillWidgetTest, PostalAutoFillWritesTheAddressField)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("postal-codes.csv"));
    ASSERT_TRUE(writeBytes(path, QStringLiteral("code,prefecture,city,town\n"
                                                "9990001,架空県,見本市,本町\n"
                                                "9990002,架空県,見本市,東町\n"
                                                "9990002,架空県,見本市,西町\n")
                                     .toUtf8()));
    ScopedEnvironment environment(PostalAddressDirectory::PathVariable, path);
    QSignalSpy changed(m_widget.get(), &FormFillWidget::inputsChanged);
    auto *postal = child<QLineEdit>(QStringLiteral("field_postal"));
    auto *address = child<QLineEdit>(QStringLiteral("field_address"));
    auto *note = child<QLabel>(QStringLiteral("note_postal"));
    postal->setFocus();
    type(QStringLiteral("９９９０００１"));
    press(Qt::Key_Tab);
    ASSERT_EQ(focusName(), QStringLiteral("autofill_postal"));
    press(Qt::Key_Space);
    EXPECT_EQ(address->text(), QStringLiteral("架空県見本市本町"));
    EXPECT_EQ(focusName(), QStringLiteral("field_address")) << "ready for the block number";
    EXPECT_TRUE(note->text().contains(QStringLiteral("架空県見本市本町")));
    EXPECT_EQ(m_widget->inputs().value(QStringLiteral("address")), QStringLiteral("架空県見本市本町"));
    EXPECT_GT(changed.count(), 0);

    // One code, two towns: only what they share, and the note says so.
    postal->setText(QStringLiteral("999-0002"));
    child<QPushButton>(QStringLiteral("autofill_postal"))->click();
    EXPECT_EQ(address->text(), QStringLiteral("架空県見本市"));
    EXPECT_TRUE(note->text().contains(QStringLiteral("several"))) << note->text().toStdString();

    // An unknown code changes nothing and says so.
    postal->setText(QStringLiteral("999-0009"));
    child<QPushButton>(QStringLiteral("autofill_postal"))->click();
    EXPECT_EQ(address->text(), QStringLiteral("架空県見本市"));
    EXPECT_TRUE(note->text().contains(QStringLiteral("999-0009"))) << note->text().toStdString();

    // Without a 住所 field the address is shown beside the postal code.
    Form form = applicationForm();
    form.sections[1].fields.removeAt(4);
    m_widget->setForm(form);
    child<QLineEdit>(QStringLiteral("field_postal"))->setText(QStringLiteral("999-0001"));
    child<QPushButton>(QStringLiteral("autofill_postal"))->click();
    EXPECT_TRUE(child<QLabel>(QStringLiteral("note_postal"))->text().contains(QStringLiteral("架空県見本市本町")));
}

TEST_F(FormFillWidgetTest, ReadableAt1366x768WithALargeFont)
{
    QFont large = m_widget->font();
    large.setPointSize(16);
    m_widget->setFont(large);
    m_widget->resize(1366, 768);
    QTest::qWait(50);
    auto *scroll = child<QScrollArea>(QStringLiteral("formScrollArea"));
    EXPECT_EQ(scroll->horizontalScrollBar()->maximum(), 0) << "nothing is cut off at the right";
    for (const char *id : { "name", "age", "email", "postal" }) {
        QWidget *editor = child<QWidget>(QStringLiteral("field_") + QString::fromLatin1(id));
        EXPECT_GE(editor->width(), editor->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")))
            << id << " is too narrow for its value";
    }
    auto *autofill = child<QPushButton>(QStringLiteral("autofill_postal"));
    EXPECT_GE(autofill->width(), autofill->fontMetrics().horizontalAdvance(autofill->text()));
}

// Clear throws away what was typed, so it asks first; with nothing typed it just clears.
TEST_F(FormFillWidgetTest, ClearAsksBeforeThrowingAwayTypedAnswers)
{
    auto *clearButton = m_widget->findChild<QPushButton *>(QStringLiteral("clearButton"));
    ASSERT_NE(clearButton, nullptr);
    QTest::mouseClick(clearButton, Qt::LeftButton);
    EXPECT_EQ(m_widget->findChild<QMessageBox *>(QStringLiteral("clearConfirmBox")), nullptr);

    FormInputs typed;
    typed.insert(QStringLiteral("name"), QStringLiteral("架空 花子"));
    m_widget->setInputs(typed);
    const auto answerBox = [this](QMessageBox::StandardButton button) {
        QMessageBox *box = nullptr;
        EXPECT_TRUE(QTest::qWaitFor([&] {
            box = m_widget->findChild<QMessageBox *>(QStringLiteral("clearConfirmBox"));
            return box && box->isVisible();
        }));
        if (box)
            box->button(button)->click();
        QTest::qWait(1);
    };

    QTest::mouseClick(clearButton, Qt::LeftButton);
    answerBox(QMessageBox::No);
    EXPECT_EQ(m_widget->inputs().value(QStringLiteral("name")), QStringLiteral("架空 花子"));

    QTest::mouseClick(clearButton, Qt::LeftButton);
    answerBox(QMessageBox::Yes);
    EXPECT_TRUE(m_widget->inputs().value(QStringLiteral("name")).isEmpty());
}
