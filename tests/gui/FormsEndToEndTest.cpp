// The acceptance, on the real main window with its own forms folder: a survey-style
// sheet becomes a form, two fields are adjusted in the designer, three answers are typed with
// the keyboard only, the answers export to a clean XLSX, and an answer being typed survives the
// window going away.
#include "AppOptions.h"
#include "FormDesigner.h"
#include "FormFillWidget.h"
#include "FormsPage.h"
#include "MainWindow.h"
#include "SubmissionsView.h"
#include "Translations.h"
#include "forms/FormCollection.h"
#include "io/TableIO.h"
#include "io/XlsxWriter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace tenarai;

namespace {

constexpr int TaskTimeoutMs = 60000;

// ASCII from the keyboard, everything else committed by the input method, into the focus widget.
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

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    QTest::keyClick(focus, k, modifiers);
}

const FormField *fieldLabelled(const Form &form, const QString &label)
{
    for (const FormField &field : form.sections.isEmpty() ? QList<FormField> {} : form.fields()) {
        if (field.label == label)
            return form.field(field.id);
    }
    return nullptr;
}

// A survey sheet as returned by mail and retyped: a title block, then the header, then rows.
// All names and numbers are made up.
Status writeSurvey(const QString &path)
{
    Sheet sheet;
    sheet.name = QStringLiteral("調査票");
    Table &t = sheet.table;
    t.setCell(0, 0, Cell::text(QStringLiteral("オンライン診療の実施状況に関する調査票")));
    t.setCell(1, 0, Cell::text(QStringLiteral("令和6年度　架空県保健福祉部")));
    const QStringList header { QStringLiteral("施設名"), QStringLiteral("電話番号"), QStringLiteral("オンライン診療の実施"),
                               QStringLiteral("開始日"), QStringLiteral("診療科"), QStringLiteral("備考") };
    for (int c = 0; c < header.size(); ++c)
        t.setCell(3, c, Cell::text(header.at(c)));
    struct Row
    {
        const char *name;
        const char *phone;
        bool online;
        Cell start;
        const char *department;
        const char *note;
    };
    const Row rows[] = {
        { "みどり内科クリニック", "03-1111-2222", true, Cell::date(QDate(2021, 4, 1)), "内科", "" },
        { "さくら小児科医院", "06-2222-3333", false, Cell(), "小児科", "火曜午後休診\n祝日休診" },
        { "", "045-333-4444", true, Cell::text(QStringLiteral("令和5年10月1日")), "整形外科", "" },
        { "あおば整形外科", "052-444-5555", true, Cell::text(QStringLiteral("2022/7/15")), "整形外科", "" },
        { "ひかり内科", "011-555-6666", false, Cell(), "内科", "往診あり\n要予約" },
        { "つばさ小児科", "092-666-7777", true, Cell::date(QDate(2023, 1, 10)), "小児科", "" },
        { "こもれび内科", "022-777-8888", true, Cell::text(QStringLiteral("2020年12月1日")), "内科", "" },
        { "はなみずき整形外科", "082-888-9999", false, Cell(), "整形外科", "" },
    };
    qsizetype r = 4;
    for (const Row &row : rows) {
        t.setCell(r, 0, QString::fromUtf8(row.name).isEmpty() ? Cell() : Cell::text(QString::fromUtf8(row.name)));
        t.setCell(r, 1, Cell::text(QString::fromUtf8(row.phone)));
        t.setCell(r, 2, Cell::text(row.online ? QStringLiteral("有") : QStringLiteral("無")));
        t.setCell(r, 3, row.start);
        t.setCell(r, 4, Cell::text(QString::fromUtf8(row.department)));
        t.setCell(r, 5, QString::fromUtf8(row.note).isEmpty() ? Cell() : Cell::text(QString::fromUtf8(row.note)));
        ++r;
    }
    sheet.merges.append(CellRange { 0, 0, 0, 5 });
    Workbook workbook;
    workbook.sheets.push_back(sheet);
    return XlsxWriter::writeFile(path, workbook);
}

} // namespace

class FormsEndToEndTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        ASSERT_TRUE(m_dir.isValid());
        m_options.lessonsDir = m_dir.filePath(QStringLiteral("lessons"));
        m_options.databasePath = m_dir.filePath(QStringLiteral("data/progress.sqlite"));
        m_options.formsFolder = m_dir.filePath(QStringLiteral("data/forms"));
        m_window = std::make_unique<MainWindow>(m_options);
        m_window->resize(1366, 768);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void TearDown() override { m_window.reset(); }

    FormsPage *page() const { return m_window->formsPage(); }
    template<typename T> T *inPage(const QString &name) const { return page()->findChild<T *>(name); }

    QTemporaryDir m_dir;
    AppOptions m_options;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(FormsEndToEndTest, SurveySheetBecomesAFormThatCollectsAndExportsThreeAnswers)
{
    const QString survey = m_dir.filePath(QStringLiteral("調査票.xlsx"));
    ASSERT_TRUE(writeSurvey(survey).ok());

    // Create form from spreadsheet, in the background.
    QSignalSpy created(m_window.get(), &MainWindow::formCreated);
    ASSERT_TRUE(m_window->createFormFromSpreadsheet(survey));
    ASSERT_TRUE(QTest::qWaitFor([&] { return created.count() == 1; }, TaskTimeoutMs));
    ASSERT_TRUE(created.at(0).at(0).toBool());
    EXPECT_TRUE(m_window->isFormsShown());
    ASSERT_TRUE(page()->hasCollection());
    const QString path = page()->collectionPath();
    EXPECT_TRUE(path.startsWith(QDir(m_options.formsFolder).absolutePath())) << path.toStdString();
    EXPECT_TRUE(QFileInfo::exists(path));

    FormDesigner *designer = page()->designer();
    const Form proposed = designer->form();
    const FormField *name = fieldLabelled(proposed, QStringLiteral("施設名"));
    const FormField *phone = fieldLabelled(proposed, QStringLiteral("電話番号"));
    const FormField *online = fieldLabelled(proposed, QStringLiteral("オンライン診療の実施"));
    const FormField *start = fieldLabelled(proposed, QStringLiteral("開始日"));
    const FormField *department = fieldLabelled(proposed, QStringLiteral("診療科"));
    const FormField *note = fieldLabelled(proposed, QStringLiteral("備考"));
    ASSERT_TRUE(name && phone && online && start && department && note);
    EXPECT_EQ(online->type, FieldType::YesNo);
    EXPECT_EQ(start->type, FieldType::Date);
    EXPECT_EQ(department->type, FieldType::Choice);
    EXPECT_FALSE(name->required); // one row left it blank
    EXPECT_NE(note->type, FieldType::Text);
    const QString nameId = name->id;
    const QString noteId = note->id;
    const QString departmentId = department->id;

    // The designer shows why each field was proposed.
    designer->selectField(department->id);
    auto *explanation = designer->findChild<QLabel *>(QStringLiteral("explanationLabel"));
    ASSERT_NE(explanation, nullptr);
    EXPECT_FALSE(explanation->text().isEmpty());
    EXPECT_TRUE(explanation->isVisible());

    // Adjust two fields through the property panel: 施設名 required, 備考 one line of text.
    designer->selectField(nameId);
    designer->findChild<QCheckBox *>(QStringLiteral("fieldRequiredCheck"))->click();
    designer->selectField(noteId);
    auto *typeCombo = designer->findChild<QComboBox *>(QStringLiteral("fieldTypeCombo"));
    typeCombo->setCurrentIndex(typeCombo->findData(int(FieldType::Text)));
    EXPECT_TRUE(page()->collection().form.field(nameId)->required);
    EXPECT_EQ(page()->collection().form.field(noteId)->type, FieldType::Text);
    // Saved at once.
    {
        const Result<FormCollection> saved = FormCollection::load(path);
        ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
        EXPECT_TRUE(saved.value().form.field(nameId)->required);
        EXPECT_EQ(saved.value().form.field(noteId)->type, FieldType::Text);
    }

    // Fill in three answers with the keyboard only.
    page()->showTab(FormsPage::FillTab);
    FormFillWidget *fill = page()->fillWidget();
    ASSERT_TRUE(QTest::qWaitFor([&] { return fill->isVisible(); }, 5000));
    EXPECT_FALSE(fill->isPreviewMode());
    ASSERT_NE(fill->findChild<QLineEdit *>(QStringLiteral("field_") + noteId), nullptr);

    struct Answer
    {
        QString name;
        QString phone;
        bool online;
        QString start;
        int departmentSteps; // Down presses in the choice list
    };
    const QList<Answer> answers {
        { QStringLiteral("架空第一病院"), QStringLiteral("03-1234-5678"), true, QStringLiteral("2024/4/1"), 1 },
        { QStringLiteral("架空第二医院"), QStringLiteral("06-1234-5678"), false, QStringLiteral("令和6年5月7日"), 2 },
        { QStringLiteral("架空第三診療所"), QStringLiteral("045-123-4567"), true, QStringLiteral("2023-12-01"), 3 },
    };
    const QStringList departmentChoices = page()->collection().form.field(departmentId)->choices;
    ASSERT_GE(departmentChoices.size(), 3);
    for (const Answer &answer : answers) {
        auto *first = fill->findChild<QLineEdit *>(QStringLiteral("field_") + nameId);
        ASSERT_NE(first, nullptr);
        first->setFocus(Qt::TabFocusReason);
        ASSERT_TRUE(QTest::qWaitFor([&] { return first->hasFocus(); }, 2000));
        type(answer.name);
        key(Qt::Key_Tab);
        type(answer.phone);
        key(Qt::Key_Tab);
        // はい / いいえ: Space takes the focused one; Right moves to いいえ first.
        if (!answer.online)
            key(Qt::Key_Right);
        key(Qt::Key_Space);
        key(Qt::Key_Tab);
        type(answer.start);
        key(Qt::Key_Tab);
        for (int i = 0; i < answer.departmentSteps; ++i)
            key(Qt::Key_Down);
        key(Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor([&] { return fill->isConfirming(); }, 3000))
            << "not on the confirmation step for " << answer.name.toStdString() << ": " << [&] {
                   QStringList shown;
                   for (const QLabel *label : fill->findChildren<QLabel *>()) {
                       if (label->objectName().startsWith(u"error_") && !label->text().isEmpty())
                           shown << label->objectName() + u'=' + label->text();
                   }
                   return shown.join(QStringLiteral("; ")).toStdString();
               }();
        key(Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !fill->isConfirming(); }, 3000));
    }
    ASSERT_EQ(page()->collection().submissions.size(), 3);

    // The Answers tab shows the three rows.
    page()->showTab(FormsPage::AnswersTab);
    auto *table = page()->submissionsView()->findChild<QTableView *>(QStringLiteral("submissionsTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->model()->rowCount(), 3);

    // Export to XLSX and read it back: 3 rows in the form's column order, dates as dates.
    const QString exported = m_dir.filePath(QStringLiteral("回答.xlsx"));
    ASSERT_TRUE(page()->submissionsView()->exportTo(exported).ok());
    const Result<Workbook> read = TableIO::read(exported);
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    const Table &out = read.value().sheets.at(0).table;
    ASSERT_EQ(out.rowCount(), 4); // header and three answers
    QStringList expectedHeader;
    for (const FormField &field : page()->collection().form.answerFields())
        expectedHeader << field.label;
    QStringList header;
    for (int c = 0; c < expectedHeader.size(); ++c)
        header << out.cell(0, c).toString();
    EXPECT_EQ(header, expectedHeader);
    const int startColumn = int(expectedHeader.indexOf(QStringLiteral("開始日")));
    const int nameColumn = int(expectedHeader.indexOf(QStringLiteral("施設名")));
    const int departmentColumn = int(expectedHeader.indexOf(QStringLiteral("診療科")));
    ASSERT_GE(startColumn, 0);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(out.cell(i + 1, nameColumn).toString(), answers.at(i).name);
        EXPECT_EQ(out.cell(i + 1, departmentColumn).toString(), departmentChoices.at(answers.at(i).departmentSteps - 1));
        EXPECT_EQ(out.cell(i + 1, startColumn).kind(), Cell::Kind::Date) << "row " << i;
    }
    EXPECT_EQ(out.cell(1, startColumn).dateValue(), QDate(2024, 4, 1));
    EXPECT_EQ(out.cell(2, startColumn).dateValue(), QDate(2024, 5, 7));

    // Something typed and not submitted survives the window going away.
    page()->showTab(FormsPage::FillTab);
    auto *first = fill->findChild<QLineEdit *>(QStringLiteral("field_") + nameId);
    first->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(QTest::qWaitFor([&] { return first->hasFocus(); }, 2000));
    type(QStringLiteral("書きかけ病院"));
    m_window.reset();
    const Result<FormCollection> after = FormCollection::load(path);
    ASSERT_TRUE(after.ok()) << after.error().toString().toStdString();
    EXPECT_EQ(after.value().submissions.size(), 3);
    EXPECT_EQ(after.value().draft.value(nameId), QStringLiteral("書きかけ病院"));

    // Opening it again puts the draft back into the fill-in form.
    m_window = std::make_unique<MainWindow>(m_options);
    m_window->show();
    ASSERT_TRUE(m_window->openForm(path));
    auto *reopened = page()->fillWidget()->findChild<QLineEdit *>(QStringLiteral("field_") + nameId);
    ASSERT_NE(reopened, nullptr);
    EXPECT_EQ(reopened->text(), QStringLiteral("書きかけ病院"));
    EXPECT_EQ(page()->tabs()->currentIndex(), int(FormsPage::FillTab));
}

TEST_F(FormsEndToEndTest, UnreadableSpreadsheetSaysWhyAndCreatesNothing)
{
    const QString broken = m_dir.filePath(QStringLiteral("truncated_zip.xlsx"));
    {
        QFile file(broken);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("PK\x03\x04") + QByteArray(" not really a workbook"));
    }
    QSignalSpy created(m_window.get(), &MainWindow::formCreated);
    ASSERT_TRUE(m_window->createFormFromSpreadsheet(broken));
    ASSERT_TRUE(QTest::qWaitFor([&] { return created.count() == 1; }, TaskTimeoutMs));
    EXPECT_FALSE(created.at(0).at(0).toBool());
    EXPECT_FALSE(page()->hasCollection());
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("errorMessageBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("truncated_zip.xlsx"))) << box->text().toStdString();
    EXPECT_FALSE(QDir(m_options.formsFolder).exists() && !QDir(m_options.formsFolder).isEmpty());
}
