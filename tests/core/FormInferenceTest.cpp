// FormInferrer: a survey sheet with a title block and a two-row merged header (also written to
// .xlsx and read back), a plain CSV, a header with no answers, and the corpus's shelter, facility
// and map workbooks, whose columns were checked by hand.
#include "forms/FormInference.h"
#include "io/TableIO.h"
#include "io/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Cell t(const char *utf8)
{
    return Cell::text(QString::fromUtf8(utf8));
}

const FormField *byLabel(const Form &form, const char *label)
{
    for (const FormSection &section : form.sections) {
        for (const FormField &f : section.fields) {
            if (f.label == QString::fromUtf8(label))
                return &f;
        }
    }
    return nullptr;
}

const FormSection *sectionOf(const Form &form, const char *label)
{
    for (const FormSection &section : form.sections) {
        for (const FormField &f : section.fields) {
            if (f.label == QString::fromUtf8(label))
                return &section;
        }
    }
    return nullptr;
}

FormInference inferred(const Sheet &sheet, const FormInferrer::Options &options = FormInferrer::Options())
{
    const Result<FormInference> result = FormInferrer::infer(sheet, options);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : qPrintable(result.error().toString()));
    return result.ok() ? result.value() : FormInference();
}

// 調査票 as ministries send them: three title rows, then a header whose 「連絡先」 is merged over
// 「電話番号」「メール」 while the other headings are merged down over both rows, then 20 answers.
// Column K is blank; column L misses one answer.
Sheet surveySheet()
{
    Sheet sheet;
    sheet.name = QStringLiteral("調査票");
    Table &table = sheet.table;
    table.setCell(0, 0, t("電話診療・オンライン診療に関する調査票"));
    table.setCell(1, 0, t("令和6年度"));
    table.setCell(2, 0, t("回答期限：令和6年5月31日"));
    const char *top[] = {"医療機関名（必須）", "回答日", "連絡先", "", "郵便番号", "オンライン診療",
                         "医師数", "区分", "診療科", "備考", "", "担当者"};
    for (int c = 0; c < 12; ++c) {
        if (*top[c])
            table.setCell(3, c, t(top[c]));
    }
    table.setCell(4, 2, t("電話番号"));
    table.setCell(4, 3, t("メール"));
    sheet.merges.append(CellRange{0, 0, 0, 11});
    sheet.merges.append(CellRange{3, 2, 3, 3});
    for (int c : {0, 1, 4, 5, 6, 7, 8, 9, 11})
        sheet.merges.append(CellRange{3, c, 4, c});

    const QList<Cell> dates = {t("令和6年4月1日"), t("2024/4/2"), t("R6.4.3"), t("２０２４年４月４日"),
                               Cell::date(QDate(2024, 4, 5))};
    const QList<Cell> phones = {t("03-1234-5678"), t("０３－１２３４－５６７８"), t("090-1234-5678"),
                                t("0467-12-3456")};
    const QList<Cell> postals = {t("〒100-0001"), t("１００－０００１"), t("123-4567")};
    const QStringList kinds = {s("病院"), s("診療所"), s("歯科診療所"), s("その他")};
    const QStringList departments = {s("内科、小児科"), s("内科"), s("小児科、皮膚科"), s("皮膚科"), s("外科")};
    const QStringList doctors = {s("１２"), s("3"), s("１，２００"), s("45")};
    for (int i = 0; i < 20; ++i) {
        const qsizetype r = 5 + i;
        table.setCell(r, 0, Cell::text(s("シラサギ診療所%1").arg(i + 1)));
        table.setCell(r, 1, dates.at(i % dates.size()));
        table.setCell(r, 2, phones.at(i % phones.size()));
        table.setCell(r, 3, Cell::text(QStringLiteral("clinic%1@example.jp").arg(i + 1)));
        table.setCell(r, 4, postals.at(i % postals.size()));
        table.setCell(r, 5, Cell::text(i % 3 == 0 ? s("無") : s("有")));
        table.setCell(r, 6, Cell::text(doctors.at(i % doctors.size())));
        table.setCell(r, 7, Cell::text(kinds.at(i % kinds.size())));
        table.setCell(r, 8, Cell::text(departments.at(i % departments.size())));
        if (i % 4 == 1)
            table.setCell(r, 9, t("午前のみ\n土曜は休診"));
        if (i != 7)
            table.setCell(r, 11, Cell::text(s("担当 %1").arg(i + 1)));
    }
    return sheet;
}

void expectSurvey(const FormInference &inference)
{
    const Form &form = inference.form;
    EXPECT_EQ(inference.headerRow, 3);
    EXPECT_EQ(inference.headerRowCount, 2);
    EXPECT_EQ(inference.dataRows, 20);
    EXPECT_EQ(inference.titleFromSheet, s("電話診療・オンライン診療に関する調査票"));
    EXPECT_EQ(form.title, inference.titleFromSheet);
    EXPECT_TRUE(form.description.contains(s("令和6年度")));
    EXPECT_TRUE(inference.notes.join(QLatin1Char(' ')).contains(QStringLiteral("rows 4 and 5"))) << inference.notes.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(inference.notes.join(QLatin1Char(' ')).contains(QStringLiteral("title block")));

    // One field per column with a heading or answers: K is left out.
    EXPECT_EQ(inference.sourceColumns, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11}));
    ASSERT_EQ(form.fields().size(), 11);
    EXPECT_TRUE(form.problems().isEmpty()) << form.problems().first().toString().toStdString();
    QSet<QString> ids;
    for (const FormField &f : form.fields()) {
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^f[0-9]+$")).match(f.id).hasMatch()) << f.id.toStdString();
        ids.insert(f.id);
        EXPECT_FALSE(f.explanation.isEmpty()) << f.label.toStdString();
    }
    EXPECT_EQ(ids.size(), 11);

    const FormField *name = byLabel(form, "医療機関名");
    ASSERT_NE(name, nullptr) << "the （必須） mark stays in the label";
    EXPECT_TRUE(name->required);
    EXPECT_EQ(name->type, FieldType::Text);

    const FormField *date = byLabel(form, "回答日");
    ASSERT_NE(date, nullptr);
    EXPECT_EQ(date->type, FieldType::Date);
    EXPECT_TRUE(date->required);
    EXPECT_TRUE(date->explanation.startsWith(QStringLiteral("Date: 20 of 20 answers read as dates."))) << date->explanation.toStdString();

    // The sub-headings are unique, so they stand alone, in a section named after their group.
    const FormField *phone = byLabel(form, "電話番号");
    const FormField *mail = byLabel(form, "メール");
    ASSERT_NE(phone, nullptr);
    ASSERT_NE(mail, nullptr);
    EXPECT_EQ(phone->type, FieldType::Phone);
    EXPECT_EQ(mail->type, FieldType::Email);
    EXPECT_EQ(sectionOf(form, "電話番号")->title, s("連絡先"));
    EXPECT_EQ(sectionOf(form, "メール"), sectionOf(form, "電話番号"));
    EXPECT_TRUE(sectionOf(form, "回答日")->title.isEmpty());
    EXPECT_TRUE(sectionOf(form, "郵便番号")->title.isEmpty());

    EXPECT_EQ(byLabel(form, "郵便番号")->type, FieldType::PostalCode);
    EXPECT_EQ(byLabel(form, "オンライン診療")->type, FieldType::YesNo);
    EXPECT_EQ(byLabel(form, "医師数")->type, FieldType::Integer);

    const FormField *kind = byLabel(form, "区分");
    EXPECT_EQ(kind->type, FieldType::Choice);
    EXPECT_EQ(kind->choices, (QStringList{s("病院"), s("診療所"), s("歯科診療所"), s("その他")}));
    EXPECT_TRUE(kind->explanation.contains(QStringLiteral("4 different values in 20 answers"))) << kind->explanation.toStdString();

    const FormField *departments = byLabel(form, "診療科");
    EXPECT_EQ(departments->type, FieldType::Choices);
    EXPECT_EQ(departments->choices, (QStringList{s("内科"), s("小児科"), s("皮膚科"), s("外科")}));

    const FormField *notes = byLabel(form, "備考");
    EXPECT_EQ(notes->type, FieldType::MultilineText);
    EXPECT_FALSE(notes->required);

    const FormField *person = byLabel(form, "担当者");
    EXPECT_EQ(person->type, FieldType::Text);
    EXPECT_FALSE(person->required);
    EXPECT_TRUE(person->explanation.contains(QStringLiteral("1 of 20 rows leave it blank"))) << person->explanation.toStdString();
}

Sheet sheetOfTexts(const QList<QStringList> &rows)
{
    Sheet sheet;
    sheet.name = QStringLiteral("Sheet1");
    for (const QStringList &row : rows) {
        QList<Cell> cells;
        for (const QString &value : row)
            cells.append(value.isEmpty() ? Cell() : Cell::text(value));
        sheet.table.appendRow(cells);
    }
    return sheet;
}

QString corpus(const char *path)
{
    return QStringLiteral(TENARAI_CORPUS_DIR "/") + QLatin1String(path);
}

FormInference inferFile(const QString &path)
{
    const Result<Workbook> read = TableIO::read(path);
    EXPECT_TRUE(read.ok()) << (read.ok() ? "" : qPrintable(read.error().toString()));
    if (!read.ok())
        return FormInference();
    return inferred(read->sheets.front());
}

} // namespace

TEST(FormInference, SurveySheetWithTitleBlockAndTwoRowHeader)
{
    expectSurvey(inferred(surveySheet()));
}

TEST(FormInference, SurveySheetReadBackFromXlsx)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("survey.xlsx"));
    Workbook workbook;
    workbook.sheets.push_back(surveySheet());
    WriteOptions options;
    options.headerRow = false;
    ASSERT_TRUE(XlsxWriter::writeFile(path, workbook, options).ok());
    const Result<Workbook> read = TableIO::read(path);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error().toString());
    ASSERT_FALSE(read->sheets.front().merges.isEmpty());
    expectSurvey(inferred(read->sheets.front()));
}

TEST(FormInference, GivenHeaderRowIsUsed)
{
    FormInferrer::Options options;
    options.headerRow = 3;
    const FormInference inference = inferred(surveySheet(), options);
    EXPECT_EQ(inference.headerRow, 3);
    EXPECT_EQ(inference.headerRowCount, 2);
    EXPECT_NE(byLabel(inference.form, "電話番号"), nullptr);

    options.headerRow = 100;
    const Result<FormInference> beyond = FormInferrer::infer(surveySheet(), options);
    ASSERT_FALSE(beyond.ok());
    EXPECT_EQ(beyond.error().kind, Error::Kind::InvalidArgument);
    EXPECT_TRUE(beyond.error().message.contains(QStringLiteral("row 101")));
}

// Group headings alone on their row (no heading merged down), and a sub-heading used under two
// groups: that one keeps its group in the label.
TEST(FormInference, GroupRowAboveFullHeaderRow)
{
    Sheet sheet = sheetOfTexts({
        {s("避難所の連絡先一覧"), QString(), QString(), QString(), QString()},
        {QString(), s("自宅"), QString(), s("勤務先"), QString()},
        {s("氏名"), s("電話"), s("住所"), s("電話"), s("住所")},
        {s("白鷺 一郎"), s("03-1234-5678"), s("シラサギ市1"), s("090-1234-5678"), s("シラサギ市2")},
        {s("白鷺 二郎"), s("03-1234-5679"), s("シラサギ市3"), s("090-1234-5679"), s("シラサギ市4")},
    });
    sheet.merges = {CellRange{1, 1, 1, 2}, CellRange{1, 3, 1, 4}};
    const FormInference inference = inferred(sheet);
    EXPECT_EQ(inference.headerRow, 1);
    EXPECT_EQ(inference.headerRowCount, 2);
    EXPECT_EQ(inference.dataRows, 2);
    EXPECT_EQ(inference.form.title, s("避難所の連絡先一覧"));
    QStringList labels;
    for (const FormField &f : inference.form.fields())
        labels << f.label;
    EXPECT_EQ(labels, (QStringList{s("氏名"), s("自宅 電話"), s("自宅 住所"), s("勤務先 電話"), s("勤務先 住所")}));
    ASSERT_EQ(inference.form.sections.size(), 3);
    EXPECT_EQ(inference.form.sections.at(1).title, s("自宅"));
    EXPECT_EQ(inference.form.sections.at(2).title, s("勤務先"));
    EXPECT_EQ(byLabel(inference.form, "自宅 電話")->type, FieldType::Phone);
}

TEST(FormInference, PlainCsvWithAsciiHeadings)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("members.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray csv = "Name,Joined On,Age,E-mail,Weight\n";
    for (int i = 0; i < 6; ++i)
        csv += QStringLiteral("Member %1,2024-05-%2,%3,m%1@example.org,%4.5\n")
                   .arg(i)
                   .arg(10 + i)
                   .arg(30 + i)
                   .arg(60 + i)
                   .toUtf8();
    file.write(csv);
    file.close();

    const FormInference inference = inferFile(path);
    EXPECT_EQ(inference.headerRow, 0);
    EXPECT_EQ(inference.headerRowCount, 1);
    EXPECT_EQ(inference.dataRows, 6);
    EXPECT_TRUE(inference.titleFromSheet.isEmpty());
    EXPECT_EQ(inference.form.title, QStringLiteral("members"));
    const QList<FormField> fields = inference.form.fields();
    ASSERT_EQ(fields.size(), 5);
    QStringList ids;
    for (const FormField &f : fields)
        ids << f.id;
    EXPECT_EQ(ids, (QStringList{QStringLiteral("name"), QStringLiteral("joined_on"), QStringLiteral("age"),
                                QStringLiteral("e_mail"), QStringLiteral("weight")}));
    EXPECT_EQ(fields.at(0).type, FieldType::Text);
    EXPECT_EQ(fields.at(1).type, FieldType::Date);
    EXPECT_EQ(fields.at(2).type, FieldType::Integer);
    EXPECT_EQ(fields.at(3).type, FieldType::Email);
    EXPECT_EQ(fields.at(4).type, FieldType::Decimal);
    for (const FormField &f : fields)
        EXPECT_TRUE(f.required) << f.label.toStdString();
}

// A blank form sheet: only the words of the headings are there to go by, and the explanation
// says so.
TEST(FormInference, HeaderOnlyUsesHeadingWords)
{
    const Sheet sheet = sheetOfTexts({
        {s("参加申込書")},
        {s("氏名※"), s("生年月日"), s("電話番号"), s("〒"), s("メールアドレス"), s("備考"), s("所属")},
    });
    const FormInference inference = inferred(sheet);
    EXPECT_EQ(inference.headerRow, 1);
    EXPECT_EQ(inference.dataRows, 0);
    EXPECT_EQ(inference.form.title, s("参加申込書"));
    EXPECT_TRUE(inference.notes.join(QLatin1Char(' ')).contains(QStringLiteral("no answers")));
    const Form &form = inference.form;
    ASSERT_EQ(form.fields().size(), 7);
    ASSERT_NE(byLabel(form, "氏名"), nullptr);
    EXPECT_TRUE(byLabel(form, "氏名")->required);
    EXPECT_EQ(byLabel(form, "生年月日")->type, FieldType::Date);
    EXPECT_EQ(byLabel(form, "電話番号")->type, FieldType::Phone);
    EXPECT_EQ(byLabel(form, "〒")->type, FieldType::PostalCode);
    EXPECT_EQ(byLabel(form, "メールアドレス")->type, FieldType::Email);
    EXPECT_EQ(byLabel(form, "備考")->type, FieldType::MultilineText);
    EXPECT_EQ(byLabel(form, "所属")->type, FieldType::Text);
    EXPECT_FALSE(byLabel(form, "所属")->required);
    EXPECT_TRUE(byLabel(form, "電話番号")->explanation.contains(s("the heading “電話番号” suggests it")))
        << byLabel(form, "電話番号")->explanation.toStdString();
}

TEST(FormInference, UnnamedColumnWithAnswersGetsALetter)
{
    const Sheet sheet = sheetOfTexts({
        {s("氏名"), s("地区"), QString()},
        {s("白鷺 一郎"), s("北部"), s("メモ1")},
        {s("白鷺 二郎"), s("南部"), s("メモ2")},
    });
    const FormInference inference = inferred(sheet);
    ASSERT_EQ(inference.form.fields().size(), 3);
    EXPECT_EQ(inference.form.fields().at(2).label, QStringLiteral("Column C"));
    EXPECT_TRUE(inference.form.problems().isEmpty());
}

TEST(FormInference, EmptySheetIsRefused)
{
    Sheet sheet;
    sheet.name = QStringLiteral("空");
    sheet.table.setCell(3, 3, Cell::text(QStringLiteral("  ")));
    const Result<FormInference> result = FormInferrer::infer(sheet);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("空")));
}

TEST(FormInference, NamedTableUsesItsNames)
{
    Table table(2);
    table.setColumnNames({s("受付日"), s("区分（必須）")});
    for (int i = 0; i < 10; ++i)
        table.appendRow({Cell::date(QDate(2024, 4, 1 + i)), Cell::text(i % 2 ? s("新規") : s("更新"))});
    const Result<FormInference> result = FormInferrer::inferFromNamedTable(table);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->headerRow, -1);
    EXPECT_EQ(result->dataRows, 10);
    const QList<FormField> fields = result->form.fields();
    ASSERT_EQ(fields.size(), 2);
    EXPECT_EQ(fields.at(0).type, FieldType::Date);
    EXPECT_EQ(fields.at(1).label, s("区分"));
    EXPECT_EQ(fields.at(1).type, FieldType::Choice);
    EXPECT_EQ(fields.at(1).choices, (QStringList{s("更新"), s("新規")}));
}

// The corpus's 指定緊急避難場所 list (CP932): every column has a heading, so one field each.
TEST(FormInference, CorpusShelterCsv)
{
    const QString path = corpus("csv/shirasagi__City_designation_Shelter.csv");
    const Result<Workbook> read = TableIO::read(path);
    ASSERT_TRUE(read.ok());
    const FormInference inference = inferFile(path);
    EXPECT_EQ(inference.headerRow, 0);
    EXPECT_EQ(inference.form.fields().size(), read->sheets.front().table.columnCount());
    EXPECT_TRUE(inference.form.problems().isEmpty());
    const Form &form = inference.form;
    EXPECT_EQ(byLabel(form, "郵便番号")->type, FieldType::PostalCode);
    EXPECT_EQ(byLabel(form, "電話番号")->type, FieldType::Phone);
    EXPECT_EQ(byLabel(form, "緯度")->type, FieldType::Decimal);
    EXPECT_EQ(byLabel(form, "想定収容人数")->type, FieldType::Integer);
    EXPECT_EQ(byLabel(form, "地域")->type, FieldType::Choice);
    EXPECT_EQ(byLabel(form, "地域")->choices, (QStringList{s("北部"), s("東部"), s("南部")}));
    EXPECT_EQ(byLabel(form, "連絡先メールアドレス")->type, FieldType::Email); // no answers: the heading
    EXPECT_NE(byLabel(form, "郵便番号_2"), nullptr) << "the second 郵便番号 column gets its own label";
}

TEST(FormInference, CorpusFacilityCsv)
{
    const FormInference inference = inferFile(corpus("csv/shirasagi__facility_node_pages.csv"));
    const Form &form = inference.form;
    ASSERT_EQ(form.fields().size(), 17);
    EXPECT_EQ(byLabel(form, "施設の種類")->type, FieldType::Choices);
    EXPECT_EQ(byLabel(form, "施設の種類")->choices, (QStringList{s("買う"), s("食べる"), s("見る・遊ぶ")}));
    EXPECT_EQ(byLabel(form, "施設の地域")->type, FieldType::Choice);
    EXPECT_EQ(byLabel(form, "郵便番号")->type, FieldType::PostalCode);
    EXPECT_FALSE(byLabel(form, "郵便番号")->required);
    EXPECT_EQ(byLabel(form, "URL")->type, FieldType::Text);
    EXPECT_EQ(byLabel(form, "追加情報:駐車場")->type, FieldType::MultilineText);
    EXPECT_TRUE(byLabel(form, "施設名")->required);
}

TEST(FormInference, CorpusMapResourcesXlsx)
{
    const FormInference first = inferFile(corpus("xlsx/shirasagi__map_resources_sample1.xlsx"));
    ASSERT_EQ(first.form.fields().size(), 16);
    EXPECT_EQ(byLabel(first.form, "緯度")->type, FieldType::Decimal);
    EXPECT_EQ(byLabel(first.form, "分類")->type, FieldType::Choice);
    EXPECT_EQ(byLabel(first.form, "分類")->choices, (QStringList{s("指定避難所（法指定）"), s("指定避難所（法定外）")}));
    const FormField *hazards = byLabel(first.form, "災害種別");
    EXPECT_EQ(hazards->type, FieldType::Choices);
    EXPECT_EQ(hazards->choices.size(), 7);
    EXPECT_TRUE(hazards->choices.contains(s("崖崩れ等")));
    EXPECT_FALSE(hazards->required);

    const FormInference second = inferFile(corpus("xlsx/shirasagi__map_resources_sample2.xlsx"));
    ASSERT_EQ(second.form.fields().size(), 20);
    EXPECT_EQ(byLabel(second.form, "NO")->type, FieldType::Integer);
    EXPECT_EQ(byLabel(second.form, "NO")->id, QStringLiteral("no"));
    EXPECT_EQ(byLabel(second.form, "災害種別_洪水")->type, FieldType::YesNo);
    EXPECT_EQ(byLabel(second.form, "指定避難所との重複")->type, FieldType::YesNo);
    EXPECT_EQ(byLabel(second.form, "想定収容人数")->type, FieldType::Integer);
    EXPECT_EQ(byLabel(second.form, "備考")->type, FieldType::MultilineText);
}

// Every readable sheet of the corpus gives a usable form or a clear error, never a crash.
TEST(FormInference, WholeCorpusGivesUsableForms)
{
    int forms = 0;
    for (const char *folder : {"csv", "xlsx"}) {
        const QDir dir(corpus(folder));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const Result<Workbook> read = TableIO::read(dir.filePath(name));
            if (!read.ok())
                continue; // the broken files are the readers' tests
            for (const Sheet &sheet : read->sheets) {
                if (sheet.type != Sheet::Type::Worksheet)
                    continue;
                const Result<FormInference> result = FormInferrer::infer(sheet);
                if (!result.ok()) {
                    EXPECT_FALSE(result.error().message.isEmpty()) << name.toStdString();
                    continue;
                }
                ++forms;
                const QList<Error> problems = result->form.problems();
                EXPECT_TRUE(problems.isEmpty()) << name.toStdString() << ": " << problems.first().toString().toStdString();
                EXPECT_EQ(result->form.fields().size(), result->sourceColumns.size()) << name.toStdString();
                EXPECT_FALSE(result->form.title.isEmpty()) << name.toStdString();
            }
        }
    }
    EXPECT_GT(forms, 80);
}
