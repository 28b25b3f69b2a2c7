// Diagnosis against 総務省's 統一ルール: each check item on a small table that breaks it and one
// that does not, named and unnamed tables, the corpus's merged workbook, the messy fixture, and a
// million rows.
#include "cleaning/Diagnosis.h"
#include "cleaning/StepRegistry.h"
#include "io/TableIO.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>

using namespace tenarai;

namespace {

// A sheet as a reader returns it: no column names, the first row holds the headings. An empty
// string is an empty cell.
Sheet sheetOf(const QList<QStringList> &rows)
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

SourceInfo csvSource()
{
    SourceInfo source;
    source.format = QStringLiteral("csv");
    return source;
}

SourceInfo xlsxSource()
{
    SourceInfo source;
    source.format = QStringLiteral("xlsx");
    return source;
}

DiagnosisReport diagnose(const Sheet &sheet, const SourceInfo &source = csvSource())
{
    const auto report = Diagnosis::run(sheet, source);
    EXPECT_TRUE(report.ok()) << (report.ok() ? "" : qPrintable(report.error().toString()));
    return report.ok() ? report.value() : DiagnosisReport();
}

QList<Finding> findingsFor(const DiagnosisReport &report, const QString &rule)
{
    QList<Finding> out;
    for (const Finding &f : report.findings) {
        if (f.rule == rule)
            out << f;
    }
    return out;
}

// The one finding for a rule whose suggestion has this type ("" for none).
std::optional<Finding> findingWith(const DiagnosisReport &report, const QString &rule, const QString &type)
{
    for (const Finding &f : findingsFor(report, rule)) {
        if (f.suggestion.type == type)
            return f;
    }
    return std::nullopt;
}

QStringList rules(const DiagnosisReport &report)
{
    QStringList out;
    for (const Finding &f : report.findings)
        out << f.rule + QLatin1Char(':') + f.suggestion.type;
    return out;
}

QStringList columnsParameter(const Finding &f)
{
    QStringList out;
    for (const QJsonValue &v : f.suggestion.parameters.value(QStringLiteral("columns")).toArray())
        out << v.toString();
    return out;
}

// A tidy participant list: nothing to report.
QList<QStringList> tidyRows()
{
    return {{QStringLiteral("No"), QStringLiteral("地区"), QStringLiteral("氏名"), QStringLiteral("参加費（円）"),
             QStringLiteral("受付日"), QStringLiteral("電話番号")},
            {QStringLiteral("1"), QStringLiteral("中央地区"), QStringLiteral("山田 太郎"), QStringLiteral("1000"),
             QStringLiteral("2023-04-01"), QStringLiteral("03-1234-5678")},
            {QStringLiteral("2"), QStringLiteral("中央地区"), QStringLiteral("佐藤 花子"), QStringLiteral("500"),
             QStringLiteral("2023-04-02"), QStringLiteral("0312345678")},
            {QStringLiteral("3"), QStringLiteral("北部地区"), QStringLiteral("鈴木 一郎"), QStringLiteral("1500"),
             QStringLiteral("2023-04-03"), QStringLiteral("090-1234-5678")},
            {QStringLiteral("4"), QStringLiteral("北部地区"), QStringLiteral("髙橋 次郎"), QStringLiteral("0"),
             QStringLiteral("2023-04-04"), QStringLiteral("")}};
}

} // namespace

TEST(Diagnosis, TidyTableHasNoFindings)
{
    const DiagnosisReport report = diagnose(sheetOf(tidyRows()));
    EXPECT_TRUE(report.findings.isEmpty()) << rules(report).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(report.headerRow, 0);
    EXPECT_EQ(report.dataRows, 4);
    EXPECT_FALSE(report.sampled());
    ASSERT_EQ(report.preparation.size(), 1);
    EXPECT_EQ(report.preparation[0].type, QStringLiteral("promoteHeaders"));
    EXPECT_EQ(report.preparation[0].parameters.value(QStringLiteral("row")).toInt(), 0);
    EXPECT_EQ(report.columnNames.value(3), QStringLiteral("参加費（円）"));
}

TEST(Diagnosis, NamedTableIsDiagnosedFromRowZero)
{
    Sheet sheet = sheetOf(tidyRows());
    sheet.table = sheet.table.sliceRows(1, 4);
    sheet.table.setColumnNames(tidyRows().first());
    sheet.table.setCell(2, 2, Cell::text(QStringLiteral(" 鈴木 一郎")));
    const DiagnosisReport report = diagnose(sheet);
    EXPECT_EQ(report.headerRow, -1);
    EXPECT_TRUE(report.preparation.isEmpty());
    ASSERT_EQ(report.findings.size(), 1) << rules(report).join(QLatin1Char(' ')).toStdString();
    const Finding &f = report.findings.first();
    EXPECT_EQ(f.rule, QStringLiteral("1-5"));
    ASSERT_EQ(f.cells.size(), 1);
    EXPECT_EQ(f.cells[0], (FindingCell{2, 2}));
    EXPECT_EQ(columnsParameter(f), QStringList{QStringLiteral("氏名")});
}

TEST(Diagnosis, NamedTableHeadingsAreRowMinusOne)
{
    Sheet sheet = sheetOf({{QStringLiteral("山田"), QStringLiteral("総務課")}, {QStringLiteral("佐藤"), QStringLiteral("税務課")}});
    sheet.table.setColumnNames({QStringLiteral("氏　名"), QString()});
    const DiagnosisReport report = diagnose(sheet);
    const auto spaced = findingWith(report, QStringLiteral("1-5"), QStringLiteral("renameColumns"));
    ASSERT_TRUE(spaced) << rules(report).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(spaced->cells, QList<FindingCell>{(FindingCell{-1, 0})});
    const auto unnamed = findingWith(report, QStringLiteral("1-6"), QString());
    ASSERT_TRUE(unnamed);
    EXPECT_EQ(unnamed->cells, QList<FindingCell>{(FindingCell{-1, 1})});
}

TEST(Diagnosis, TitleRowsAboveTheHeaderAreSkipped)
{
    QList<QStringList> rows = tidyRows();
    rows.prepend({QStringLiteral(""), QStringLiteral(""), QStringLiteral(""), QStringLiteral(""), QStringLiteral(""),
                  QStringLiteral("")});
    rows.prepend({QStringLiteral("令和5年度 研修参加者一覧"), QStringLiteral(""), QStringLiteral(""),
                  QStringLiteral(""), QStringLiteral(""), QStringLiteral("")});
    const DiagnosisReport report = diagnose(sheetOf(rows));
    EXPECT_EQ(report.headerRow, 2);
    EXPECT_EQ(report.dataRows, 4);
    ASSERT_EQ(report.preparation.size(), 1);
    EXPECT_EQ(report.preparation[0].parameters.value(QStringLiteral("row")).toInt(), 2);
    EXPECT_TRUE(report.findings.isEmpty()) << rules(report).join(QLatin1Char(' ')).toStdString();
}

TEST(Diagnosis, Rule1_2SeveralNumbersInOneCell)
{
    const DiagnosisReport report = diagnose(sheetOf({{QStringLiteral("品目"), QStringLiteral("仕入額／出荷額")},
                                                     {QStringLiteral("米"), QStringLiteral("1,000／2,000")},
                                                     {QStringLiteral("麦"), QStringLiteral("300／450")},
                                                     {QStringLiteral("豆"), QStringLiteral("未定")}}));
    const auto f = findingWith(report, QStringLiteral("1-2"), QStringLiteral("splitColumn"));
    ASSERT_TRUE(f) << rules(report).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(f->count, 2);
    EXPECT_EQ(f->suggestion.parameters.value(QStringLiteral("column")).toString(), QStringLiteral("仕入額／出荷額"));
    EXPECT_EQ(f->suggestion.parameters.value(QStringLiteral("delimiter")).toString(), QStringLiteral("／"));
    EXPECT_EQ(f->suggestion.parameters.value(QStringLiteral("mode")).toString(), QStringLiteral("delimiter"));

    // Dates with slashes and a list of words are one value each.
    const DiagnosisReport fine = diagnose(sheetOf({{QStringLiteral("日付"), QStringLiteral("曜日")},
                                                   {QStringLiteral("2021/4/1"), QStringLiteral("月、水")},
                                                   {QStringLiteral("2021/4/2"), QStringLiteral("火")}}));
    EXPECT_TRUE(findingsFor(fine, QStringLiteral("1-2")).isEmpty());
}

TEST(Diagnosis, Rule1_3AmountsWithYenAreText)
{
    const DiagnosisReport report = diagnose(sheetOf({{QStringLiteral("氏名"), QStringLiteral("参加費")},
                                                     {QStringLiteral("山田"), QStringLiteral("1,000円")},
                                                     {QStringLiteral("佐藤"), QStringLiteral("２０００")},
                                                     {QStringLiteral("鈴木"), QStringLiteral("500")},
                                                     {QStringLiteral("田中"), QStringLiteral("無料")}}));
    const auto amounts = findingWith(report, QStringLiteral("1-3"), QStringLiteral("normalizeAmounts"));
    ASSERT_TRUE(amounts) << rules(report).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(amounts->count, 2);
    EXPECT_EQ(amounts->cells.value(0), (FindingCell{1, 1}));
    EXPECT_EQ(amounts->cells.value(1), (FindingCell{2, 1}));
    EXPECT_EQ(columnsParameter(*amounts), QStringList{QStringLiteral("参加費")});
    EXPECT_EQ(amounts->severity, Finding::Severity::Error);
    // 無料 is not a number no step can decide for the user.
    const auto words = findingWith(report, QStringLiteral("1-3"), QString());
    ASSERT_TRUE(words);
    EXPECT_EQ(words->cells, QList<FindingCell>{(FindingCell{4, 1})});
    // The unit written in the cells belongs in the heading.
    const auto unit = findingWith(report, QStringLiteral("1-9"), QStringLiteral("renameColumns"));
    ASSERT_TRUE(unit);
    EXPECT_EQ(unit->suggestion.parameters.value(QStringLiteral("names")).toObject().value(QStringLiteral("参加費")).toString(),
              QStringLiteral("参加費 (円)"));
    // A plain number in a CSV is as typed as CSV allows.
    EXPECT_FALSE(findingWith(report, QStringLiteral("1-3"), QStringLiteral("changeType")));
}

TEST(Diagnosis, Rule1_3PlainNumbersStoredAsTextInXlsx)
{
    Sheet sheet;
    sheet.table.appendRow({Cell::text(QStringLiteral("地区")), Cell::text(QStringLiteral("人口（人）"))});
    sheet.table.appendRow({Cell::text(QStringLiteral("中央")), Cell::number(12000)});
    sheet.table.appendRow({Cell::text(QStringLiteral("北部")), Cell::text(QStringLiteral("8500"))});
    sheet.table.appendRow({Cell::text(QStringLiteral("南部")), Cell::number(9100)});
    const DiagnosisReport report = diagnose(sheet, xlsxSource());
    const auto f = findingWith(report, QStringLiteral("1-3"), QStringLiteral("changeType"));
    ASSERT_TRUE(f) << rules(report).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(f->cells, QList<FindingCell>{(FindingCell{2, 1})});
    EXPECT_EQ(columnsParameter(*f), QStringList{QStringLiteral("人口（人）")});
    EXPECT_EQ(f->suggestion.parameters.value(QStringLiteral("to")).toString(), QStringLiteral("number"));
    EXPECT_TRUE(findingsFor(report, QStringLiteral("1-9")).isEmpty());
}

TEST(Diagnosis, Rule1_3LeavesCodesAlone)
{
    // Phone numbers and postal codes are digits, not quantities: a leading zero matters.
    const DiagnosisReport report = diagnose(sheetOf({{QStringLiteral("連絡先"), QStringLiteral("郵便")},
                                                     {QStringLiteral("0312345678"), QStringLiteral("１００－０００１")},
                                                     {QStringLiteral("0901234567"), QStringLiteral("1000001")},
                                                     {QStringLiteral("0451234567"), QStringLiteral("1500042")}}),
                                            xlsxSource());
    EXPECT_TRUE(findingsFor(report, QStringLiteral("1-3")).isEmpty()) << rules(report).join(QLatin1Char(' ')).toStdString();

    // "Width" is a quantity even though it holds the letters "id".
    const DiagnosisReport width = diagnose(sheetOf({{QStringLiteral("Width")}, {QStringLiteral("1,200mm")},
                                                    {QStringLiteral("１５００")}, {QStringLiteral("900")}}));
    EXPECT_TRUE(findingWith(width, QStringLiteral("1-3"), QStringLiteral("normalizeAmounts")))
        << rules(width).join(QLatin1Char(' ')).toStdString();
}

TEST(Diagnosis, Rule1_4MergedCellsSuggestFillDown)
{
    Sheet sheet = sheetOf({{QStringLiteral("地区"), QStringLiteral("氏名")},
                           {QStringLiteral("中央地区"), QStringLiteral("山田")},
                           {QStringLiteral(""), QStringLiteral("佐藤")},
                           {QStringLiteral(""), QStringLiteral("鈴木")},
                           {QStringLiteral("北部地区"), QStringLiteral("田中")},
                           {QStringLiteral(""), QStringLiteral("伊藤")}});
    sheet.merges = {*CellRange::fromA1(u"A2:A4"), *CellRange::fromA1(u"A5:A6")};
    const DiagnosisReport report = diagnose(sheet, xlsxSource());
    const QList<Finding> merges = findingsFor(report, QStringLiteral("1-4"));
    ASSERT_EQ(merges.size(), 1);
    EXPECT_EQ(merges[0].count, 2);
    EXPECT_EQ(merges[0].cells, (QList<FindingCell>{{1, 0}, {4, 0}}));
    EXPECT_EQ(merges[0].suggestion.type, QStringLiteral("fillDown"));
    EXPECT_EQ(columnsParameter(merges[0]), QStringList{QStringLiteral("地区")});
    // The blanks under the merge are the merge's, not a second finding.
    EXPECT_TRUE(findingsFor(report, QStringLiteral("1-6")).isEmpty());

    sheet.merges.clear();
    const DiagnosisReport unmerged = diagnose(sheet, xlsxSource());
    EXPECT_TRUE(findingsFor(unmerged, QStringLiteral("1-4")).isEmpty());
}

TEST(Diagnosis, Rule1_5LayoutSpacesAndLineBreaks)
{
    const DiagnosisReport report = diagnose(sheetOf({{QStringLiteral("氏名"), QStringLiteral("所属")},
                                                     {QStringLiteral("山田　　太郎"), QStringLiteral("総務課")},
                                                     {QStringLiteral("　佐藤 花子"), QStringLiteral("税務課 ")},
                                                     {QStringLiteral("鈴木\n一郎"), QStringLiteral("市民課")},
                                                     {QStringLiteral("田中 次郎"), QStringLiteral("企画課")}}));
    const auto f = findingWith(report, QStringLiteral("1-5"), QStringLiteral("trim"));
    ASSERT_TRUE(f) << rules(report).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(f->count, 4);
    EXPECT_EQ(f->cells, (QList<FindingCell>{{1, 0}, {2, 0}, {3, 0}, {2, 1}}));
    EXPECT_EQ(columnsParameter(*f), (QStringList{QStringLiteral("氏名"), QStringLiteral("所属")}));
    EXPECT_TRUE(f->suggestion.parameters.value(QStringLiteral("collapse")).toBool());

    // One space between family and given name is how names are written.
    const DiagnosisReport fine = diagnose(sheetOf({{QStringLiteral("氏名")}, {QStringLiteral("山田　太郎")},
                                                   {QStringLiteral("佐藤 花子")}}));
    EXPECT_TRUE(fine.findings.isEmpty()) << rules(fine).join(QLatin1Char(' ')).toStdString();
}

TEST(Diagnosis, Rule1_5SpacedOutHeadings)
{
    const DiagnosisReport report = diagnose(sheetOf({{QStringLiteral("氏　名"), QStringLiteral("参加\n人数"),
                                                      QStringLiteral("備考")},
                                                     {QStringLiteral("山田"), QStringLiteral("3"), QStringLiteral("")},
                                                     {QStringLiteral("佐藤"), QStringLiteral("2"), QStringLiteral("")}}));
    const auto f = findingWith(report, QStringLiteral("1-5"), QStringLiteral("renameColumns"));
    ASSERT_TRUE(f) << rules(report).join(QLatin1Char(' ')).toStdString();
    const QJsonObject names = f->suggestion.parameters.value(QStringLiteral("names")).toObject();
    EXPECT_EQ(names.value(QStringLiteral("氏　名")).toString(), QStringLiteral("氏名"));
    EXPECT_EQ(names.value(QStringLiteral("参加\n人数")).toString(), QStringLiteral("参加人数"));
    EXPECT_EQ(f->cells, (QList<FindingCell>{{0, 0}, {0, 1}}));
}

TEST(Diagnosis, Rule1_6ColumnWithoutHeading)
{
    const DiagnosisReport report = diagnose(sheetOf({{QStringLiteral("氏名"), QStringLiteral("")},
                                                     {QStringLiteral("山田"), QStringLiteral("総務課")},
                                                     {QStringLiteral("佐藤"), QStringLiteral("税務課")}}));
    const auto f = findingWith(report, QStringLiteral("1-6"), QString());
    ASSERT_TRUE(f) << rules(report).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(f->cells, QList<FindingCell>{(FindingCell{0, 1})});
    EXPECT_EQ(f->severity, Finding::Severity::Error);
}

TEST(Diagnosis, Rule1_6GroupNamesWrittenOnce)
{
    QList<QStringList> rows = {{QStringLiteral("地区"), QStringLiteral("氏名"), QStringLiteral("備考")}};
    const QStringList names = {QStringLiteral("山田"), QStringLiteral("佐藤"), QStringLiteral("鈴木"),
                               QStringLiteral("田中"), QStringLiteral("伊藤"), QStringLiteral("渡辺"),
                               QStringLiteral("中村"), QStringLiteral("小林")};
    for (int i = 0; i < names.size(); ++i) {
        const QString district = i == 0 ? QStringLiteral("中央地区") : i == 4 ? QStringLiteral("北部地区") : QString();
        rows.append({district, names[i], i == 2 ? QStringLiteral("駐車場希望") : QString()});
    }
    const DiagnosisReport report = diagnose(sheetOf(rows));
    const auto f = findingWith(report, QStringLiteral("1-6"), QStringLiteral("fillDown"));
    ASSERT_TRUE(f) << rules(report).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(columnsParameter(*f), QStringList{QStringLiteral("地区")}); // 備考 is sparse, not grouped
    EXPECT_EQ(f->count, 6);
    EXPECT_EQ(f->cells.value(0), (FindingCell{2, 0}));

    // Every row saying its group: nothing to fill.
    for (int i = 1; i < rows.size(); ++i)
        rows[i][0] = i <= 4 ? QStringLiteral("中央地区") : QStringLiteral("北部地区");
    EXPECT_TRUE(findingsFor(diagnose(sheetOf(rows)), QStringLiteral("1-6")).isEmpty());
}

TEST(Diagnosis, Rule1_10PlatformDependentCharacters)
{
    const DiagnosisReport report = diagnose(sheetOf({{QStringLiteral("事業者"), QStringLiteral("区分"), QStringLiteral("カナ")},
                                                     {QStringLiteral("㈱山田商店"), QStringLiteral("①"), QStringLiteral("ﾔﾏﾀﾞ")},
                                                     {QStringLiteral("佐藤工務店"), QStringLiteral("2"), QStringLiteral("サトウ")}}));
    const auto f = findingWith(report, QStringLiteral("1-10"), QStringLiteral("normalizeWidth"));
    ASSERT_TRUE(f) << rules(report).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(f->count, 3);
    EXPECT_EQ(columnsParameter(*f), (QStringList{QStringLiteral("事業者"), QStringLiteral("区分"), QStringLiteral("カナ")}));
    EXPECT_FALSE(f->suggestion.parameters.value(QStringLiteral("keepEnclosed")).toBool(true));
    EXPECT_FALSE(f->suggestion.parameters.contains(QStringLiteral("keepSquared")));

    const DiagnosisReport squared = diagnose(sheetOf({{QStringLiteral("日付")}, {QStringLiteral("㍻31年4月1日")}}));
    const auto s = findingWith(squared, QStringLiteral("1-10"), QStringLiteral("normalizeWidth"));
    ASSERT_TRUE(s);
    EXPECT_FALSE(s->suggestion.parameters.value(QStringLiteral("keepSquared")).toBool(true));

    const DiagnosisReport fine = diagnose(sheetOf({{QStringLiteral("カナ")}, {QStringLiteral("ヤマダ")}, {QStringLiteral("髙橋")}}));
    EXPECT_TRUE(findingsFor(fine, QStringLiteral("1-10")).isEmpty());
}

TEST(Diagnosis, Rule1_11WarekiDates)
{
    const DiagnosisReport report = diagnose(sheetOf({{QStringLiteral("受付日")},
                                                     {QStringLiteral("令和3年4月1日")},
                                                     {QStringLiteral("R3.4.2")},
                                                     {QStringLiteral("2021/4/3")},
                                                     {QStringLiteral("令和3年（2021年）4月4日")},
                                                     {QStringLiteral("2021-04-05")}}));
    const auto f = findingWith(report, QStringLiteral("1-11"), QStringLiteral("normalizeDates"));
    ASSERT_TRUE(f) << rules(report).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(f->cells, (QList<FindingCell>{{1, 0}, {2, 0}}));
    EXPECT_EQ(columnsParameter(*f), QStringList{QStringLiteral("受付日")});

    const DiagnosisReport fine = diagnose(sheetOf({{QStringLiteral("受付日")}, {QStringLiteral("2021/4/1")},
                                                   {QStringLiteral("2021年4月2日")}}));
    EXPECT_TRUE(fine.findings.isEmpty()) << rules(fine).join(QLatin1Char(' ')).toStdString();
}

TEST(Diagnosis, Rule2_1BlankRowsAndColumns)
{
    const DiagnosisReport report = diagnose(sheetOf({{QStringLiteral("氏名"), QStringLiteral(""), QStringLiteral("所属")},
                                                     {QStringLiteral("山田"), QStringLiteral(""), QStringLiteral("総務課")},
                                                     {QStringLiteral(""), QStringLiteral(""), QStringLiteral("　")},
                                                     {QStringLiteral("佐藤"), QStringLiteral(""), QStringLiteral("税務課")}}));
    const auto rowsFinding = findingWith(report, QStringLiteral("2-1"), QStringLiteral("removeBlankRows"));
    ASSERT_TRUE(rowsFinding) << rules(report).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(rowsFinding->cells, QList<FindingCell>{(FindingCell{2, 0})});
    const auto columnsFinding = findingWith(report, QStringLiteral("2-1"), QStringLiteral("removeBlankColumns"));
    ASSERT_TRUE(columnsFinding);
    EXPECT_EQ(columnsFinding->cells, QList<FindingCell>{(FindingCell{0, 1})});
    // A blank column is not a column "without a heading".
    EXPECT_TRUE(findingsFor(report, QStringLiteral("1-6")).isEmpty());
}

TEST(Diagnosis, Rule2_2SecondTableBelowTheFirst)
{
    const DiagnosisReport report = diagnose(sheetOf({{QStringLiteral("地区"), QStringLiteral("人口")},
                                                     {QStringLiteral("中央"), QStringLiteral("1200")},
                                                     {QStringLiteral(""), QStringLiteral("")},
                                                     {QStringLiteral("地区"), QStringLiteral("人口")},
                                                     {QStringLiteral("北部"), QStringLiteral("800")}}));
    const auto f = findingWith(report, QStringLiteral("2-2"), QString());
    ASSERT_TRUE(f) << rules(report).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(f->cells, QList<FindingCell>{(FindingCell{3, 0})});

    const DiagnosisReport fine = diagnose(sheetOf({{QStringLiteral("地区"), QStringLiteral("人口")},
                                                   {QStringLiteral("中央"), QStringLiteral("1200")},
                                                   {QStringLiteral(""), QStringLiteral("")},
                                                   {QStringLiteral("北部"), QStringLiteral("800")}}));
    EXPECT_TRUE(findingsFor(fine, QStringLiteral("2-2")).isEmpty());
}

TEST(Diagnosis, Rule3_1SymbolsInNumberColumns)
{
    const DiagnosisReport report = diagnose(sheetOf({{QStringLiteral("地区"), QStringLiteral("事業所数")},
                                                     {QStringLiteral("中央"), QStringLiteral("120")},
                                                     {QStringLiteral("北部"), QStringLiteral("-")},
                                                     {QStringLiteral("南部"), QStringLiteral("x")},
                                                     {QStringLiteral("東部"), QStringLiteral("45")},
                                                     {QStringLiteral("西部"), QStringLiteral("61")}}));
    const auto f = findingWith(report, QStringLiteral("3-1"), QString());
    ASSERT_TRUE(f) << rules(report).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(f->cells, (QList<FindingCell>{{2, 1}, {3, 1}}));
    EXPECT_TRUE(findingsFor(report, QStringLiteral("1-3")).isEmpty());
}

TEST(Diagnosis, SaysWhatItCannotCheck)
{
    const auto ids = [](const DiagnosisReport &r) {
        QStringList out;
        for (const UncheckedRule &u : r.unchecked)
            out << u.rule;
        return out;
    };
    const QStringList xlsx = ids(diagnose(sheetOf(tidyRows()), xlsxSource()));
    EXPECT_TRUE(xlsx.contains(QStringLiteral("1-7")));
    EXPECT_TRUE(xlsx.contains(QStringLiteral("1-8")));
    EXPECT_TRUE(xlsx.contains(QStringLiteral("1-12")));
    // A CSV file holds neither formulas nor pictures.
    const QStringList csv = ids(diagnose(sheetOf(tidyRows()), csvSource()));
    EXPECT_FALSE(csv.contains(QStringLiteral("1-7")));
    EXPECT_FALSE(csv.contains(QStringLiteral("1-8")));
}

TEST(Diagnosis, StopsWhenCancelled)
{
    Sheet sheet;
    for (int r = 0; r < 40000; ++r)
        sheet.table.appendRow({Cell::text(QStringLiteral("山田 太郎")), Cell::number(r)});
    std::atomic<bool> cancelled{true};
    StepContext context;
    context.cancelled = &cancelled;
    const auto report = Diagnosis::run(sheet, csvSource(), context);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind, Error::Kind::Cancelled);
}

TEST(Diagnosis, MergedWorkbookFromTheCorpus)
{
    const auto workbook = TableIO::read(QStringLiteral(TENARAI_CORPUS_DIR "/xlsx/excelize__MergeCell.xlsx"));
    ASSERT_TRUE(workbook.ok());
    const Sheet &sheet = workbook->sheets.front();
    ASSERT_FALSE(sheet.merges.isEmpty());
    const DiagnosisReport report = diagnose(sheet, workbook->source);
    const QList<Finding> merges = findingsFor(report, QStringLiteral("1-4"));
    ASSERT_EQ(merges.size(), 1);
    EXPECT_EQ(merges[0].count, sheet.merges.size());
    EXPECT_EQ(merges[0].cells.first(),
              (FindingCell{sheet.merges.first().firstRow, sheet.merges.first().firstColumn}));
    EXPECT_EQ(merges[0].severity, Finding::Severity::Error);
}

TEST(Diagnosis, MessyFixture)
{
    const auto workbook = TableIO::read(QStringLiteral(TENARAI_TEST_DATA_DIR "/cleaning/messy.csv"));
    ASSERT_TRUE(workbook.ok());
    const DiagnosisReport report = diagnose(workbook->sheets.front(), workbook->source);
    EXPECT_EQ(report.headerRow, 0);
    EXPECT_EQ(report.columnNames.value(1), QStringLiteral("地区"));

    const auto blank = findingWith(report, QStringLiteral("2-1"), QStringLiteral("removeBlankRows"));
    ASSERT_TRUE(blank) << rules(report).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(blank->count, 4);   // lines 81, 176, 237 and 285 of the file (a quoted note spans two lines before the last)
    EXPECT_EQ(blank->cells.value(0).row, 80);

    const auto wareki = findingWith(report, QStringLiteral("1-11"), QStringLiteral("normalizeDates"));
    ASSERT_TRUE(wareki);
    EXPECT_EQ(columnsParameter(*wareki), (QStringList{QStringLiteral("生年月日"), QStringLiteral("受付日")}));
    EXPECT_GT(wareki->count, 100);
    EXPECT_EQ(wareki->cells.value(0), (FindingCell{1, 4})); // H19/1/27

    const auto amounts = findingWith(report, QStringLiteral("1-3"), QStringLiteral("normalizeAmounts"));
    ASSERT_TRUE(amounts);
    EXPECT_TRUE(columnsParameter(*amounts).contains(QStringLiteral("参加費")));
    const auto unit = findingWith(report, QStringLiteral("1-9"), QStringLiteral("renameColumns"));
    ASSERT_TRUE(unit);
    EXPECT_TRUE(unit->columns.contains(QStringLiteral("参加費")));

    const auto kana = findingWith(report, QStringLiteral("1-10"), QStringLiteral("normalizeWidth"));
    ASSERT_TRUE(kana);
    EXPECT_TRUE(columnsParameter(*kana).contains(QStringLiteral("ふりがな")));

    const auto spaces = findingWith(report, QStringLiteral("1-5"), QStringLiteral("trim"));
    ASSERT_TRUE(spaces);
    EXPECT_TRUE(columnsParameter(*spaces).contains(QStringLiteral("氏名")));
    EXPECT_GT(spaces->count, 50);

    const auto district = findingWith(report, QStringLiteral("1-6"), QStringLiteral("fillDown"));
    ASSERT_TRUE(district);
    EXPECT_EQ(columnsParameter(*district), QStringList{QStringLiteral("地区")});

    // Codes are not amounts, and there is no second table.
    EXPECT_FALSE(columnsParameter(*amounts).contains(QStringLiteral("電話番号")));
    EXPECT_FALSE(columnsParameter(*amounts).contains(QStringLiteral("郵便番号")));
    EXPECT_TRUE(findingsFor(report, QStringLiteral("2-2")).isEmpty());
    EXPECT_TRUE(findingsFor(report, QStringLiteral("1-4")).isEmpty());
}

TEST(Diagnosis, MillionRowsAreSampledAndFast)
{
    Sheet sheet;
    sheet.table.appendRow({Cell::text(QStringLiteral("地区")), Cell::text(QStringLiteral("氏名")),
                           Cell::text(QStringLiteral("参加費")), Cell::text(QStringLiteral("受付日"))});
    constexpr qsizetype Rows = 1000000;
    for (qsizetype r = 0; r < Rows; ++r) {
        sheet.table.appendRow({Cell::text(QStringLiteral("中央地区")),
                               Cell::text(r % 1000 == 0 ? QStringLiteral(" 山田 太郎") : QStringLiteral("山田 太郎")),
                               Cell::text(QStringLiteral("1,000円")), Cell::text(QStringLiteral("2023-04-01"))});
    }
    sheet.table.setRowCount(sheet.table.rowCount() + 1); // one blank row at the end
    sheet.table.appendRow({Cell::text(QStringLiteral("中央地区")), Cell::text(QStringLiteral("佐藤")),
                           Cell::text(QStringLiteral("500")), Cell::text(QStringLiteral("2023-04-02"))});
    QElapsedTimer timer;
    timer.start();
    const DiagnosisReport report = diagnose(sheet);
    const qint64 ms = timer.elapsed();
    std::printf("[ measure  ] diagnosis of %lld rows x 4 columns: %lld ms\n", static_cast<long long>(Rows + 2),
                static_cast<long long>(ms));
    EXPECT_TRUE(report.sampled());
    EXPECT_LE(report.rowsChecked, Diagnosis::FullScanRows);
    EXPECT_GE(report.rowsChecked, Diagnosis::FullScanRows / 2);
    // Blank rows are counted on every row, sampled or not.
    const auto blank = findingWith(report, QStringLiteral("2-1"), QStringLiteral("removeBlankRows"));
    ASSERT_TRUE(blank);
    EXPECT_EQ(blank->count, 1);
    const auto amounts = findingWith(report, QStringLiteral("1-3"), QStringLiteral("normalizeAmounts"));
    ASSERT_TRUE(amounts);
    EXPECT_TRUE(amounts->explanation.contains(QString::number(report.rowsChecked)));
    EXPECT_EQ(amounts->cells.size(), Finding::MaxCells);
}

TEST(Diagnosis, SuggestionsAreStepsTheRegistryAccepts)
{
    // Every suggestion of the messy fixture, the spaced headings and the 機種依存 table must load as
    // a recipe step would, and the steps must run on the promoted table.
    const auto workbook = TableIO::read(QStringLiteral(TENARAI_TEST_DATA_DIR "/cleaning/messy.csv"));
    ASSERT_TRUE(workbook.ok());
    QList<DiagnosisReport> reports = {
        diagnose(workbook->sheets.front(), workbook->source),
        diagnose(sheetOf({{QStringLiteral("氏　名"), QStringLiteral("区分"), QStringLiteral("")},
                          {QStringLiteral("㈱山田"), QStringLiteral("①"), QStringLiteral("")},
                          {QStringLiteral("ﾔﾏﾀﾞ"), QStringLiteral("㍻"), QStringLiteral("")}})),
        diagnose(sheetOf({{QStringLiteral("品目"), QStringLiteral("金額")},
                          {QStringLiteral("米"), QStringLiteral("1,000／2,000")},
                          {QStringLiteral("麦"), QStringLiteral("300／450")}}))};
    int checked = 0;
    for (const DiagnosisReport &report : reports) {
        for (const Finding &f : report.findings) {
            if (f.suggestion.isEmpty())
                continue;
            auto step = StepRegistry::create(f.suggestion.type);
            ASSERT_TRUE(step) << f.suggestion.type.toStdString();
            const Status set = step->setParameters(f.suggestion.parameters);
            EXPECT_TRUE(set.ok()) << f.rule.toStdString() << " " << f.suggestion.type.toStdString() << ": "
                                  << (set.ok() ? "" : qPrintable(set.error().toString()));
            ++checked;
        }
    }
    EXPECT_GE(checked, 8);
}
