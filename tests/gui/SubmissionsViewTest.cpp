// The answers table under the form: rows and columns from the collection, Edit and Delete on the
// selected answer (Delete only after a confirmation naming it), export through core.
#include "SubmissionsView.h"
#include "Translations.h"
#include "io/TableIO.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace tenarai;

namespace {

Form surveyForm()
{
    Form form;
    form.title = QStringLiteral("窓口アンケート（練習用）");
    FormSection section;
    FormField name;
    name.id = QStringLiteral("name");
    name.label = QStringLiteral("氏名");
    name.required = true;
    FormField visited;
    visited.id = QStringLiteral("visited");
    visited.type = FieldType::Date;
    visited.label = QStringLiteral("来庁日");
    FormField count;
    count.id = QStringLiteral("count");
    count.type = FieldType::Integer;
    count.label = QStringLiteral("来庁回数");
    section.fields << name << visited << count;
    form.sections << section;
    return form;
}

FormInputs answer(const QString &name, const QString &visited, const QString &count)
{
    FormInputs inputs;
    inputs.insert(QStringLiteral("name"), name);
    inputs.insert(QStringLiteral("visited"), visited);
    inputs.insert(QStringLiteral("count"), count);
    return inputs;
}

// Clicks the button called buttonName in the next message box called boxName, as a user would;
// gives up after five seconds so that a broken test fails instead of hanging.
void answerMessageBox(QWidget *parent, const QString &boxName, const QString &buttonName, bool *answered)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, parent, boxName, buttonName, answered, tries] {
        auto *box = parent->findChild<QMessageBox *>(boxName);
        if (box && box->isVisible()) {
            auto *button = buttonName.isEmpty() ? nullptr : box->findChild<QPushButton *>(buttonName);
            if (button)
                button->click();
            else
                box->reject();
            *answered = button != nullptr;
        } else if (++*tries < 250) {
            return;
        }
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
}

} // namespace

class SubmissionsViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        ASSERT_TRUE(m_dir.isValid());
        m_collection.form = surveyForm();
        const QDateTime now(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        for (const FormInputs &inputs : { answer(QStringLiteral("山田花子"), QStringLiteral("令和6年4月1日"), QStringLiteral("３")),
                                          answer(QStringLiteral("見本太郎"), QStringLiteral("2024/5/2"), QStringLiteral("1")) }) {
            const Result<Submission> submitted = m_collection.submit(inputs, now);
            ASSERT_TRUE(submitted.ok()) << submitted.error().toString().toStdString();
        }
        m_view = std::make_unique<SubmissionsView>();
        m_view->setCollection(&m_collection);
        m_view->resize(900, 500);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    }

    template <typename T> T *child(const char *name) const
    {
        return m_view->findChild<T *>(QString::fromLatin1(name));
    }
    QTableView *table() const { return child<QTableView>("submissionsTable"); }

    QTemporaryDir m_dir;
    FormCollection m_collection;
    std::unique_ptr<SubmissionsView> m_view;
};

TEST_F(SubmissionsViewTest, ShowsTheAnswersInFormOrder)
{
    QAbstractItemModel *model = table()->model();
    ASSERT_NE(model, nullptr);
    EXPECT_EQ(model->rowCount(), 2);
    ASSERT_EQ(model->columnCount(), 4); // three fields and when each was submitted
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("氏名"));
    EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("来庁日"));
    EXPECT_EQ(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("来庁回数"));
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("山田花子"));
    EXPECT_EQ(model->index(0, 1).data().toString(), QStringLiteral("2024-04-01"));
    EXPECT_EQ(model->index(0, 2).data().toString(), QStringLiteral("3"));
    EXPECT_EQ(model->index(1, 0).data().toString(), QStringLiteral("見本太郎"));
    EXPECT_TRUE(child<QLabel>("submissionCountLabel")->text().contains(QStringLiteral("2")));

    // Nothing selected: nothing to edit or delete, but the answers can be exported.
    EXPECT_FALSE(child<QPushButton>("editSubmissionButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("deleteSubmissionButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>("exportSubmissionsButton")->isEnabled());
    EXPECT_TRUE(m_view->currentSubmissionId().isEmpty());

    // A third answer appears after refresh().
    ASSERT_TRUE(m_collection.submit(answer(QStringLiteral("架空次郎"), QString(), QStringLiteral("2"))).ok());
    m_view->refresh();
    EXPECT_EQ(table()->model()->rowCount(), 3);
    EXPECT_TRUE(child<QLabel>("submissionCountLabel")->text().contains(QStringLiteral("3")));

    // An empty collection: no export either.
    FormCollection empty;
    empty.form = surveyForm();
    m_view->setCollection(&empty);
    EXPECT_EQ(table()->model()->rowCount(), 0);
    EXPECT_FALSE(child<QPushButton>("exportSubmissionsButton")->isEnabled());
    m_view->setCollection(&m_collection);
}

TEST_F(SubmissionsViewTest, EditRequestsTheSelectedAnswer)
{
    QSignalSpy edit(m_view.get(), &SubmissionsView::editRequested);
    table()->selectRow(1);
    EXPECT_EQ(m_view->currentSubmissionId(), m_collection.submissions.at(1).id);
    ASSERT_TRUE(child<QPushButton>("editSubmissionButton")->isEnabled());
    child<QPushButton>("editSubmissionButton")->click();
    ASSERT_EQ(edit.count(), 1);
    EXPECT_EQ(edit.at(0).at(0).toString(), m_collection.submissions.at(1).id);

    // Enter on the row, as a double-click does.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Return);
    ASSERT_EQ(edit.count(), 2);
    EXPECT_EQ(edit.at(1).at(0).toString(), m_collection.submissions.at(1).id);
}

TEST_F(SubmissionsViewTest, DeleteAsksNamingTheRowThenRequestsIt)
{
    QSignalSpy deleted(m_view.get(), &SubmissionsView::deleteRequested);
    table()->selectRow(0);
    const QString id = m_collection.submissions.at(0).id;

    // Cancelled: nothing is requested.
    bool answered = false;
    answerMessageBox(m_view.get(), QStringLiteral("deleteSubmissionMessageBox"), QString(), &answered);
    child<QPushButton>("deleteSubmissionButton")->click();
    QTest::qWait(300);
    EXPECT_TRUE(deleted.isEmpty());

    QString question;
    QTimer::singleShot(0, m_view.get(), [this, &question] {
        if (auto *box = m_view->findChild<QMessageBox *>(QStringLiteral("deleteSubmissionMessageBox")))
            question = box->text();
    });
    answerMessageBox(m_view.get(), QStringLiteral("deleteSubmissionMessageBox"), QStringLiteral("confirmDeleteButton"),
                     &answered);
    child<QPushButton>("deleteSubmissionButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered; }, 5000));
    EXPECT_TRUE(question.contains(QStringLiteral("1"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("山田花子"))) << question.toStdString();
    ASSERT_EQ(deleted.count(), 1);
    EXPECT_EQ(deleted.at(0).at(0).toString(), id);
    // The view only asks; the caller removes the answer and refreshes.
    EXPECT_EQ(m_collection.submissions.size(), 2);
    ASSERT_TRUE(m_collection.remove(id));
    m_view->refresh();
    EXPECT_EQ(table()->model()->rowCount(), 1);
    EXPECT_EQ(table()->model()->index(0, 0).data().toString(), QStringLiteral("見本太郎"));
}

TEST_F(SubmissionsViewTest, ExportWritesAWorkbookCoreReadsBack)
{
    const QString path = m_dir.filePath(QStringLiteral("回答.xlsx"));
    const Status written = m_view->exportTo(path);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    const Result<Workbook> read = TableIO::read(path);
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    const Table &sheet = read->sheets.at(0).table;
    ASSERT_EQ(sheet.rowCount(), 3); // the header row and two answers
    EXPECT_EQ(sheet.cell(0, 0).toString(), QStringLiteral("氏名"));
    EXPECT_EQ(sheet.cell(1, 0).toString(), QStringLiteral("山田花子"));
    EXPECT_EQ(sheet.cell(1, 1).kind(), Cell::Kind::Date);
    EXPECT_EQ(sheet.cell(1, 1).dateValue(), QDate(2024, 4, 1));
    EXPECT_EQ(sheet.cell(2, 2).numberValue(), 1.0);

    // A folder that does not exist: the error is shown and returned.
    const Status refused = m_view->exportTo(m_dir.filePath(QStringLiteral("無い/回答2.xlsx")));
    EXPECT_FALSE(refused.ok());
    auto *box = child<QMessageBox>("submissionsErrorMessageBox");
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("回答2.xlsx"))) << box->text().toStdString();
    box->close();
}
