#include "cleaning/CellCollator.h"
#include "cleaning/Recipe.h"
#include "cleaning/SortRowsStep.h"
#include "cleaning/StepRegistry.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <atomic>
#include <iostream>
#include <iterator>

using namespace tenarai;

// Readable QString values in failure messages.
[[maybe_unused]] static void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
[[maybe_unused]] static void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[' << list.join(QStringLiteral(" | ")).toStdString() << ']';
}

namespace {
Cell t(const char16_t *s)
{
    return Cell::text(QString::fromUtf16(s));
}

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

Table makeTable(const QStringList &names, const QList<QList<Cell>> &rows)
{
    Table table(int(names.size()));
    for (const QList<Cell> &row : rows)
        table.appendRow(row);
    table.setColumnNames(names);
    return table;
}

QStringList names(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *n : list)
        out << QString::fromUtf16(n);
    return out;
}

// A step from its type id and its parameters as written in a recipe file.
std::unique_ptr<Step> makeStep(const QString &type, const char *json)
{
    auto step = StepRegistry::create(type);
    EXPECT_TRUE(step) << qPrintable(type);
    if (!step)
        return nullptr;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json;
    const Status set = step->setParameters(doc.object());
    EXPECT_TRUE(set.ok()) << (set.ok() ? "" : qPrintable(set.error().toString()));
    return step;
}

// The error setParameters gives, or an empty string when it accepts the parameters.
QString parameterError(const QString &type, const char *json)
{
    auto step = StepRegistry::create(type);
    const Status set = step->setParameters(QJsonDocument::fromJson(QByteArray(json)).object());
    return set.ok() ? QString() : set.error().toString();
}

Table run(const Step &step, const Table &input, StepOutcome *outcome = nullptr)
{
    auto result = step.apply(input, StepContext());
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : qPrintable(result.error().toString()));
    if (!result.ok())
        return {};
    if (outcome)
        *outcome = result.value();
    return result->table;
}

Error applyError(const Step &step, const Table &input)
{
    auto result = step.apply(input, StepContext());
    EXPECT_FALSE(result.ok());
    return result.ok() ? Error() : result.error();
}

// A column as its canonical texts, empty cells as "".
QStringList texts(const Table &table, const QString &column)
{
    QStringList out;
    const int c = int(table.columnNames().indexOf(column));
    EXPECT_GE(c, 0) << qPrintable(column);
    for (qsizetype r = 0; r < table.rowCount(); ++r)
        out << table.cell(r, c).toString();
    return out;
}
} // namespace

// --- renameColumns -----------------------------------------------------------------------------

TEST(LayoutRename, RenamesAndSwapsNamesKeepingCells)
{
    const Table input = makeTable(names({u"氏名", u"住所", u"電話"}), {{t(u"山田　太郎"), t(u"北区"), Cell::number(3)}});
    auto step = makeStep(QStringLiteral("renameColumns"), R"({"names": {"氏名": "住所", "住所": "氏名", "電話": "電話番号"}})");
    const Table out = run(*step, input);
    EXPECT_EQ(out.columnNames(), names({u"住所", u"氏名", u"電話番号"}));
    EXPECT_EQ(out.cell(0, 0).textValue(), s(u"山田　太郎"));
    EXPECT_EQ(out.cell(0, 2).numberValue(), 3);
    EXPECT_EQ(input.columnName(0), s(u"氏名")); // the input is untouched
}

TEST(LayoutRename, RefusesAMissingColumnAndACollision)
{
    const Table input = makeTable(names({u"氏名", u"住所"}), {{t(u"a"), t(u"b")}});
    auto missing = makeStep(QStringLiteral("renameColumns"), R"({"names": {"名前": "氏名2"}})");
    EXPECT_TRUE(applyError(*missing, input).part.contains(s(u"名前")));
    auto collide = makeStep(QStringLiteral("renameColumns"), R"({"names": {"氏名": "住所"}})");
    const Error e = applyError(*collide, input);
    EXPECT_TRUE(e.part.contains(s(u"氏名")));
    EXPECT_TRUE(e.message.contains(s(u"住所")));
}

TEST(LayoutRename, ValidatesNames)
{
    const QString type = QStringLiteral("renameColumns");
    EXPECT_TRUE(parameterError(type, R"({})").contains(QStringLiteral("names")));
    EXPECT_TRUE(parameterError(type, R"({"names": {}})").contains(QStringLiteral("names")));
    EXPECT_TRUE(parameterError(type, R"({"names": ["a"]})").contains(QStringLiteral("names")));
    EXPECT_TRUE(parameterError(type, R"({"names": {"a": "　"}})").contains(QStringLiteral("names")));
    EXPECT_TRUE(parameterError(type, R"({"names": {"a": "x", "b": "x"}})").contains(QStringLiteral("names")));
    EXPECT_TRUE(parameterError(type, R"({"names": {"a": "x"}})").isEmpty());
}

// --- reorderColumns ----------------------------------------------------------------------------

TEST(LayoutReorder, MovesListedColumnsFirstAndKeepsTheRestInOrder)
{
    const Table input = makeTable(names({u"A", u"B", u"C", u"D", u"E"}),
                                  {{t(u"a"), t(u"b"), t(u"c"), t(u"d"), t(u"e")}});
    auto step = makeStep(QStringLiteral("reorderColumns"), R"({"columns": ["D", "B"]})");
    const Table out = run(*step, input);
    EXPECT_EQ(out.columnNames(), names({u"D", u"B", u"A", u"C", u"E"}));
    EXPECT_EQ(out.row(0), (QList<Cell>{t(u"d"), t(u"b"), t(u"a"), t(u"c"), t(u"e")}));
    EXPECT_EQ(input.columnNames(), names({u"A", u"B", u"C", u"D", u"E"}));
}

TEST(LayoutReorder, ErrorsNameTheColumn)
{
    const Table input = makeTable(names({u"A", u"B"}), {{t(u"a"), t(u"b")}});
    auto step = makeStep(QStringLiteral("reorderColumns"), R"({"columns": ["B", "氏名"]})");
    EXPECT_TRUE(applyError(*step, input).part.contains(s(u"氏名")));
    EXPECT_TRUE(parameterError(QStringLiteral("reorderColumns"), R"({"columns": ["A", "A"]})").contains(QStringLiteral("columns")));
    EXPECT_TRUE(parameterError(QStringLiteral("reorderColumns"), R"({"columns": []})").contains(QStringLiteral("columns")));
}

// --- removeBlankColumns ------------------------------------------------------------------------

TEST(LayoutRemoveBlankColumns, RemovesColumnsOfSpacesIncludingIdeographicSpace)
{
    const Table input = makeTable(names({u"氏名", u"空白", u"全角空白", u"備考"}),
                                  {{t(u"山田"), Cell(), t(u"\u3000"), Cell()},
                                   {t(u"佐藤"), t(u" "), t(u"\u3000\u3000 "), Cell::number(0)}});
    auto step = makeStep(QStringLiteral("removeBlankColumns"), "{}");
    const Table out = run(*step, input);
    EXPECT_EQ(out.columnNames(), names({u"氏名", u"備考"}));
    EXPECT_EQ(out.cell(1, 1).numberValue(), 0); // a zero is a value, not a blank
}

TEST(LayoutRemoveBlankColumns, KeepsTheHeaderOfATableWithoutRows)
{
    const Table input = makeTable(names({u"氏名", u"住所"}), {});
    auto step = makeStep(QStringLiteral("removeBlankColumns"), "{}");
    EXPECT_EQ(run(*step, input).columnNames(), names({u"氏名", u"住所"}));
}

// --- splitColumn -------------------------------------------------------------------------------

TEST(LayoutSplit, SplitsAtADelimiterIntoDefaultNamesInPlace)
{
    const Table input = makeTable(names({u"番号", u"住所", u"備考"}),
                                  {{Cell::number(1), t(u"東京都、千代田区、千代田1-1"), t(u"x")},
                                   {Cell::number(2), t(u"大阪府、大阪市"), t(u"y")},
                                   {Cell::number(3), Cell(), t(u"z")},
                                   {Cell::number(4), t(u"北海道、、札幌市"), t(u"w")}});
    auto step = makeStep(QStringLiteral("splitColumn"), R"({"column": "住所", "mode": "delimiter", "delimiter": "、"})");
    const Table out = run(*step, input);
    EXPECT_EQ(out.columnNames(), names({u"番号", u"住所.1", u"住所.2", u"住所.3", u"備考"}));
    EXPECT_EQ(texts(out, s(u"住所.1")), names({u"東京都", u"大阪府", u"", u"北海道"}));
    EXPECT_EQ(texts(out, s(u"住所.2")), names({u"千代田区", u"大阪市", u"", u""}));
    EXPECT_EQ(texts(out, s(u"住所.3")), names({u"千代田1-1", u"", u"", u"札幌市"}));
    EXPECT_TRUE(out.cell(3, 2).isEmpty()); // an empty part is an empty cell, not ""
    EXPECT_EQ(texts(out, s(u"備考")), names({u"x", u"y", u"z", u"w"}));
}

TEST(LayoutSplit, TheLastColumnKeepsTheRemainder)
{
    const Table input = makeTable(names({u"住所"}), {{t(u"東京都、千代田区、千代田1-1")}, {t(u"東京都")}});
    auto step = makeStep(QStringLiteral("splitColumn"),
                         R"({"column": "住所", "mode": "delimiter", "delimiter": "、", "names": ["都道府県", "市区町村以下"]})");
    const Table out = run(*step, input);
    EXPECT_EQ(out.columnNames(), names({u"都道府県", u"市区町村以下"}));
    EXPECT_EQ(texts(out, s(u"市区町村以下")), names({u"千代田区、千代田1-1", u""}));

    auto max = makeStep(QStringLiteral("splitColumn"), R"({"column": "住所", "mode": "delimiter", "delimiter": "、", "maxParts": 2})");
    EXPECT_EQ(texts(run(*max, input), s(u"住所.2")), names({u"千代田区、千代田1-1", u""}));
}

TEST(LayoutSplit, SplitsOnAFullWidthSpace)
{
    const Table input = makeTable(names({u"氏名"}), {{t(u"山田\u3000太郎")}, {t(u"佐藤 花子")}});
    auto step = makeStep(QStringLiteral("splitColumn"),
                         R"({"column": "氏名", "mode": "delimiter", "delimiter": "　", "names": ["姓", "名"]})");
    const Table out = run(*step, input);
    EXPECT_EQ(texts(out, s(u"姓")), names({u"山田", u"佐藤 花子"})); // an ASCII space is not U+3000
    EXPECT_EQ(texts(out, s(u"名")), names({u"太郎", u""}));
}

TEST(LayoutSplit, PositionsCountASurrogatePairAsOneCharacter)
{
    // 𠮷 (U+20BB7) is two UTF-16 units; a split by UTF-16 would cut it in half.
    const Table input = makeTable(names({u"コード"}), {{t(u"𠮷田太郎ABC")}, {t(u"山田")}, {t(u"吉田花子XYZW")}});
    auto step = makeStep(QStringLiteral("splitColumn"), R"({"column": "コード", "mode": "positions", "positions": [2, 4]})");
    const Table out = run(*step, input);
    EXPECT_EQ(out.columnNames(), names({u"コード.1", u"コード.2", u"コード.3"}));
    EXPECT_EQ(texts(out, s(u"コード.1")), names({u"𠮷田", u"山田", u"吉田"}));
    EXPECT_EQ(texts(out, s(u"コード.2")), names({u"太郎", u"", u"花子"}));
    EXPECT_EQ(texts(out, s(u"コード.3")), names({u"ABC", u"", u"XYZW"}));

    auto two = makeStep(QStringLiteral("splitColumn"), R"({"column": "コード", "mode": "positions", "positions": [1, 2], "maxParts": 2})");
    EXPECT_EQ(texts(run(*two, input), s(u"コード.2")), names({u"田太郎ABC", u"田", u"田花子XYZW"}));
}

TEST(LayoutSplit, ErrorsNameTheColumnOrTheParameter)
{
    const Table input = makeTable(names({u"住所", u"住所.2"}), {{t(u"a、b"), t(u"x")}});
    auto step = makeStep(QStringLiteral("splitColumn"), R"({"column": "住所", "mode": "delimiter", "delimiter": "、"})");
    EXPECT_TRUE(applyError(*step, input).message.contains(s(u"住所.2")));
    auto missing = makeStep(QStringLiteral("splitColumn"), R"({"column": "所在地", "mode": "delimiter", "delimiter": "、"})");
    EXPECT_TRUE(applyError(*missing, input).part.contains(s(u"所在地")));

    const QString type = QStringLiteral("splitColumn");
    EXPECT_TRUE(parameterError(type, R"({"mode": "delimiter", "delimiter": "、"})").contains(QStringLiteral("column")));
    EXPECT_TRUE(parameterError(type, R"({"column": "a", "mode": "regex"})").contains(QStringLiteral("mode")));
    EXPECT_TRUE(parameterError(type, R"({"column": "a", "mode": "delimiter", "delimiter": ""})").contains(QStringLiteral("delimiter")));
    EXPECT_TRUE(parameterError(type, R"({"column": "a", "mode": "positions", "positions": [3, 3]})").contains(QStringLiteral("positions")));
    EXPECT_TRUE(parameterError(type, R"({"column": "a", "mode": "positions", "positions": [0]})").contains(QStringLiteral("positions")));
    EXPECT_TRUE(parameterError(type, R"({"column": "a", "mode": "positions", "positions": [1.5]})").contains(QStringLiteral("positions")));
    EXPECT_TRUE(parameterError(type, R"({"column": "a", "mode": "delimiter", "delimiter": "、", "names": ["x", "x"]})").contains(QStringLiteral("names")));
    EXPECT_TRUE(parameterError(type, R"({"column": "a", "mode": "delimiter", "delimiter": "、", "names": ["x", "y"], "maxParts": 3})").contains(QStringLiteral("maxParts")));
    EXPECT_TRUE(parameterError(type, R"({"column": "a", "mode": "delimiter", "delimiter": "、", "maxParts": 0})").contains(QStringLiteral("maxParts")));
}

// --- mergeColumns ------------------------------------------------------------------------------

TEST(LayoutMerge, JoinsWithAFullWidthSpaceInPlaceOfTheFirstColumn)
{
    const Table input = makeTable(names({u"番号", u"姓", u"名", u"年齢"}),
                                  {{Cell::number(1), t(u"山田"), t(u"太郎"), Cell::number(40)},
                                   {Cell::number(2), t(u"佐藤"), Cell(), Cell::number(35)},
                                   {Cell::number(3), t(u"\u3000"), t(u"花子"), Cell()},
                                   {Cell::number(4), Cell(), Cell(), Cell()}});
    auto step = makeStep(QStringLiteral("mergeColumns"),
                         R"({"columns": ["姓", "名"], "separator": "　", "name": "氏名", "skipEmpty": true})");
    const Table out = run(*step, input);
    EXPECT_EQ(out.columnNames(), names({u"番号", u"氏名", u"年齢"}));
    EXPECT_EQ(texts(out, s(u"氏名")), names({u"山田　太郎", u"佐藤", u"花子", u""}));
    EXPECT_TRUE(out.cell(3, 1).isEmpty());

    auto keep = makeStep(QStringLiteral("mergeColumns"),
                         R"({"columns": ["姓", "名"], "separator": "　", "name": "氏名", "skipEmpty": false})");
    EXPECT_EQ(texts(run(*keep, input), s(u"氏名"))[1], s(u"佐藤　"));
}

TEST(LayoutMerge, JoinsInTheListedOrderAndFormatsNumbers)
{
    const Table input = makeTable(names({u"号", u"丁目", u"番地"}), {{Cell::number(5), Cell::number(1), Cell::number(12)}});
    auto step = makeStep(QStringLiteral("mergeColumns"), R"({"columns": ["丁目", "番地", "号"], "separator": "-", "name": "番地"})");
    const Table out = run(*step, input);
    EXPECT_EQ(out.columnNames(), names({u"番地"}));
    EXPECT_EQ(out.cell(0, 0).textValue(), QStringLiteral("1-12-5"));
}

TEST(LayoutMerge, LeavesOutAndReportsErrorValues)
{
    const Table input = makeTable(names({u"姓", u"名"}), {{t(u"山田"), Cell::error(QStringLiteral("#N/A"))}});
    auto step = makeStep(QStringLiteral("mergeColumns"), R"({"columns": ["姓", "名"], "separator": "　", "name": "氏名"})");
    StepOutcome outcome;
    EXPECT_EQ(run(*step, input, &outcome).cell(0, 0).textValue(), s(u"山田"));
    ASSERT_EQ(outcome.issues.size(), 1);
    EXPECT_EQ(outcome.issues[0].column, 1);
    EXPECT_TRUE(outcome.issues[0].message.contains(QStringLiteral("#N/A")));
}

TEST(LayoutMerge, ErrorsNameTheColumnOrTheParameter)
{
    const Table input = makeTable(names({u"姓", u"名", u"氏名"}), {{t(u"山田"), t(u"太郎"), t(u"x")}});
    auto clash = makeStep(QStringLiteral("mergeColumns"), R"({"columns": ["姓", "名"], "name": "氏名"})");
    EXPECT_TRUE(applyError(*clash, input).message.contains(s(u"氏名")));
    auto missing = makeStep(QStringLiteral("mergeColumns"), R"({"columns": ["姓", "ミドル"], "name": "x"})");
    EXPECT_TRUE(applyError(*missing, input).part.contains(s(u"ミドル")));
    const QString type = QStringLiteral("mergeColumns");
    EXPECT_TRUE(parameterError(type, R"({"columns": ["姓"], "name": "x"})").contains(QStringLiteral("columns")));
    EXPECT_TRUE(parameterError(type, R"({"columns": ["姓", "名"]})").contains(QStringLiteral("name")));
    EXPECT_TRUE(parameterError(type, R"({"columns": ["姓", "名"], "name": "x", "separator": 1})").contains(QStringLiteral("separator")));
    EXPECT_TRUE(parameterError(type, R"({"columns": ["姓", "名"], "name": "x", "skipEmpty": "yes"})").contains(QStringLiteral("skipEmpty")));
}

// --- unpivot and pivot -------------------------------------------------------------------------

namespace {
Table monthly()
{
    return makeTable(names({u"地区", u"4月", u"5月", u"6月"}),
                     {{t(u"北地区"), Cell::number(10), Cell::number(20), Cell::number(30)},
                      {t(u"南地区"), Cell::number(5), t(u"\u3000"), Cell::number(7)}});
}
} // namespace

TEST(LayoutUnpivot, TurnsColumnsIntoRowsLeftToRightPerRow)
{
    auto step = makeStep(QStringLiteral("unpivot"), R"({"keep": ["地区"], "attributeName": "項目", "valueName": "値", "skipEmpty": true})");
    const Table out = run(*step, monthly());
    EXPECT_EQ(out.columnNames(), names({u"地区", u"項目", u"値"}));
    EXPECT_EQ(texts(out, s(u"地区")), names({u"北地区", u"北地区", u"北地区", u"南地区", u"南地区"}));
    EXPECT_EQ(texts(out, s(u"項目")), names({u"4月", u"5月", u"6月", u"4月", u"6月"}));
    EXPECT_EQ(out.cell(4, 2), Cell::number(7)); // values keep their kind

    auto all = makeStep(QStringLiteral("unpivot"), R"({"keep": ["地区"], "attributeName": "項目", "valueName": "値", "skipEmpty": false})");
    EXPECT_EQ(run(*all, monthly()).rowCount(), 6);
}

TEST(LayoutUnpivot, ErrorsNameTheColumnOrTheParameter)
{
    auto missing = makeStep(QStringLiteral("unpivot"), R"({"keep": ["区"], "attributeName": "項目", "valueName": "値"})");
    EXPECT_TRUE(applyError(*missing, monthly()).part.contains(s(u"区")));
    auto everything = makeStep(QStringLiteral("unpivot"), R"({"keep": ["地区", "4月", "5月", "6月"], "attributeName": "項目", "valueName": "値"})");
    applyError(*everything, monthly());
    auto clash = makeStep(QStringLiteral("unpivot"), R"({"keep": ["地区"], "attributeName": "地区", "valueName": "値"})");
    EXPECT_TRUE(applyError(*clash, monthly()).message.contains(s(u"地区")));
    const QString type = QStringLiteral("unpivot");
    EXPECT_TRUE(parameterError(type, R"({"keep": ["地区"], "valueName": "値"})").contains(QStringLiteral("attributeName")));
    EXPECT_TRUE(parameterError(type, R"({"keep": ["地区"], "attributeName": "値", "valueName": "値"})").contains(QStringLiteral("valueName")));
    EXPECT_TRUE(parameterError(type, R"({"keep": "地区", "attributeName": "a", "valueName": "b"})").contains(QStringLiteral("keep")));
}

TEST(LayoutPivot, IsTheInverseOfUnpivot)
{
    const Table wide = makeTable(names({u"地区", u"年度", u"4月", u"5月"}),
                                 {{t(u"北地区"), Cell::number(2023), Cell::number(10), Cell::number(20)},
                                  {t(u"南地区"), Cell::number(2023), Cell::number(5), Cell::number(6)},
                                  {t(u"北地区"), Cell::number(2024), Cell::number(11), Cell::number(21)}});
    auto unpivot = makeStep(QStringLiteral("unpivot"), R"({"keep": ["地区", "年度"], "attributeName": "項目", "valueName": "値"})");
    auto pivot = makeStep(QStringLiteral("pivot"), R"({"attribute": "項目", "value": "値", "aggregate": "first"})");
    StepOutcome outcome;
    const Table back = run(*pivot, run(*unpivot, wide), &outcome);
    EXPECT_TRUE(back == wide);
    EXPECT_EQ(outcome.issueCount, 0);
}

TEST(LayoutPivot, OrdersRowsAndColumnsByFirstAppearanceAndReportsConflicts)
{
    const Table input = makeTable(names({u"地区", u"項目", u"値"}),
                                  {{t(u"南地区"), t(u"人口"), Cell::number(100)},
                                   {t(u"北地区"), t(u"世帯"), Cell::number(40)},
                                   {t(u"北地区"), t(u"人口"), Cell::number(90)},
                                   {t(u"南地区"), t(u"人口"), Cell::number(100)},  // the same value: fine
                                   {t(u"南地区"), t(u"人口"), Cell::number(120)}}); // another value: reported
    auto step = makeStep(QStringLiteral("pivot"), R"({"attribute": "項目", "value": "値", "aggregate": "first"})");
    StepOutcome outcome;
    const Table out = run(*step, input, &outcome);
    EXPECT_EQ(out.columnNames(), names({u"地区", u"人口", u"世帯"}));
    EXPECT_EQ(texts(out, s(u"地区")), names({u"南地区", u"北地区"}));
    EXPECT_EQ(texts(out, s(u"人口")), names({u"100", u"90"}));
    EXPECT_EQ(texts(out, s(u"世帯")), names({u"", u"40"}));
    ASSERT_EQ(outcome.issues.size(), 1);
    EXPECT_EQ(outcome.issues[0].row, 4);
    EXPECT_EQ(outcome.issues[0].column, 2);
    EXPECT_TRUE(outcome.issues[0].message.contains(QStringLiteral("120")));
}

TEST(LayoutPivot, SumsNumbersTypedAsTextAndReportsOthers)
{
    const Table input = makeTable(names({u"課", u"費目", u"金額"}),
                                  {{t(u"総務課"), t(u"旅費"), t(u"1,200")},
                                   {t(u"総務課"), t(u"旅費"), t(u"３００")},
                                   {t(u"総務課"), t(u"旅費"), t(u"不明")},
                                   {t(u"総務課"), t(u"印刷費"), Cell::number(50)},
                                   {t(u"税務課"), t(u"旅費"), Cell()}});
    auto sum = makeStep(QStringLiteral("pivot"), R"({"attribute": "費目", "value": "金額", "aggregate": "sum"})");
    StepOutcome outcome;
    const Table out = run(*sum, input, &outcome);
    EXPECT_EQ(out.columnNames(), names({u"課", u"旅費", u"印刷費"}));
    EXPECT_EQ(out.cell(0, 1), Cell::number(1500));
    EXPECT_EQ(out.cell(0, 2), Cell::number(50));
    EXPECT_TRUE(out.cell(1, 1).isEmpty());
    ASSERT_EQ(outcome.issues.size(), 1);
    EXPECT_EQ(outcome.issues[0].row, 2);
    EXPECT_TRUE(outcome.issues[0].message.contains(s(u"不明")));

    auto count = makeStep(QStringLiteral("pivot"), R"({"attribute": "費目", "value": "金額", "aggregate": "count"})");
    const Table counted = run(*count, input);
    EXPECT_EQ(texts(counted, s(u"旅費")), names({u"3", u"0"}));
}

TEST(LayoutPivot, ErrorsNameTheColumnOrTheParameter)
{
    const Table input = makeTable(names({u"地区", u"項目", u"値"}), {{t(u"北"), t(u"地区"), Cell::number(1)}});
    auto clash = makeStep(QStringLiteral("pivot"), R"({"attribute": "項目", "value": "値"})");
    EXPECT_TRUE(applyError(*clash, input).message.contains(s(u"地区")));
    auto missing = makeStep(QStringLiteral("pivot"), R"({"attribute": "属性", "value": "値"})");
    EXPECT_TRUE(applyError(*missing, input).part.contains(s(u"属性")));
    const QString type = QStringLiteral("pivot");
    EXPECT_TRUE(parameterError(type, R"({"attribute": "a", "value": "a"})").contains(QStringLiteral("value")));
    EXPECT_TRUE(parameterError(type, R"({"attribute": "a", "value": "b", "aggregate": "max"})").contains(QStringLiteral("aggregate")));
    EXPECT_TRUE(parameterError(type, R"({"value": "b"})").contains(QStringLiteral("attribute")));
}

// --- sortRows ----------------------------------------------------------------------------------

TEST(LayoutSort, KanaSortInGojuonOrderWhateverTheirScriptOrWidth)
{
    const Table input = makeTable(names({u"ふりがな"}),
                                  {{t(u"さとう")}, {t(u"ｲﾄｳ")}, {t(u"アベ")}, {t(u"うえだ")}, {t(u"かとう")},
                                   {t(u"ｶﾞﾄｳ")}, {t(u"わだ")}, {t(u"おおの")}});
    auto step = makeStep(QStringLiteral("sortRows"), R"({"keys": [{"column": "ふりがな", "descending": false}], "locale": "ja"})");
    EXPECT_EQ(texts(run(*step, input), s(u"ふりがな")),
              names({u"アベ", u"ｲﾄｳ", u"うえだ", u"おおの", u"かとう", u"ｶﾞﾄｳ", u"さとう", u"わだ"}));
}

TEST(LayoutSort, IsStableForTheSameReadingInAnyScript)
{
    // あ, ア and ｱ are the same reading: they stay in their input order, not by script.
    const Table input = makeTable(names({u"ふりがな", u"番号"}),
                                  {{t(u"ヤマダ"), Cell::number(1)}, {t(u"いとう"), Cell::number(2)},
                                   {t(u"ﾔﾏﾀﾞ"), Cell::number(3)}, {t(u"やまだ"), Cell::number(4)},
                                   {t(u"ｲﾄｳ"), Cell::number(5)}, {t(u"ヤマダ"), Cell::number(6)}});
    auto step = makeStep(QStringLiteral("sortRows"), R"({"keys": [{"column": "ふりがな"}]})");
    EXPECT_EQ(texts(run(*step, input), s(u"番号")), names({u"2", u"5", u"1", u"3", u"4", u"6"}));
    auto down = makeStep(QStringLiteral("sortRows"), R"({"keys": [{"column": "ふりがな", "descending": true}]})");
    EXPECT_EQ(texts(run(*down, input), s(u"番号")), names({u"1", u"3", u"4", u"6", u"2", u"5"}));
}

TEST(LayoutSort, VoicedMarksStillCount)
{
    const Table input = makeTable(names({u"かな"}), {{t(u"ぱぱ")}, {t(u"ﾊﾞﾊﾞ")}, {t(u"はは")}, {t(u"ばば")}});
    auto step = makeStep(QStringLiteral("sortRows"), R"({"keys": [{"column": "かな"}]})");
    EXPECT_EQ(texts(run(*step, input), s(u"かな")), names({u"はは", u"ﾊﾞﾊﾞ", u"ばば", u"ぱぱ"}));
}

TEST(LayoutSort, NumbersAndDatesCompareAsValuesAndEmptyCellsGoLast)
{
    const Table input = makeTable(names({u"金額", u"受付日"}),
                                  {{t(u"10"), t(u"2021/10/1")},
                                   {Cell(), t(u"令和3年5月1日")},
                                   {t(u"１００"), Cell()},
                                   {Cell::number(2.5), Cell::date(QDate(2021, 4, 2))},
                                   {t(u"\u3000"), t(u"2021-04-01")},
                                   {t(u"9"), t(u"\u3000")},
                                   {t(u"1,000"), t(u"2020/12/31")}});
    auto up = makeStep(QStringLiteral("sortRows"), R"({"keys": [{"column": "金額"}]})");
    EXPECT_EQ(texts(run(*up, input), s(u"金額")), names({u"2.5", u"9", u"10", u"１００", u"1,000", u"", u"\u3000"}));
    auto down = makeStep(QStringLiteral("sortRows"), R"({"keys": [{"column": "金額", "descending": true}]})");
    EXPECT_EQ(texts(run(*down, input), s(u"金額")), names({u"1,000", u"１００", u"10", u"9", u"2.5", u"", u"\u3000"}));
    auto dates = makeStep(QStringLiteral("sortRows"), R"({"keys": [{"column": "受付日"}]})");
    EXPECT_EQ(texts(run(*dates, input), s(u"受付日")),
              names({u"2020/12/31", u"2021-04-01", u"2021-04-02", u"令和3年5月1日", u"2021/10/1", u"", u"\u3000"}));
}

TEST(LayoutSort, LaterKeysBreakTiesAndDigitsInTextCompareAsNumbers)
{
    const Table input = makeTable(names({u"地区", u"住所"}),
                                  {{t(u"北"), t(u"本町10丁目")}, {t(u"南"), t(u"本町2丁目")},
                                   {t(u"北"), t(u"本町2丁目")}, {t(u"南"), t(u"本町1丁目")}});
    auto step = makeStep(QStringLiteral("sortRows"),
                         R"({"keys": [{"column": "地区", "descending": true}, {"column": "住所"}]})");
    const Table out = run(*step, input);
    // Kanji go by JIS order, not reading: 南 (0x466E) before 北 (0x4B4C), so descending puts 北 first.
    EXPECT_EQ(texts(out, s(u"地区")), names({u"北", u"北", u"南", u"南"}));
    EXPECT_EQ(texts(out, s(u"住所")), names({u"本町2丁目", u"本町10丁目", u"本町1丁目", u"本町2丁目"}));
}

TEST(LayoutSort, ErrorsNameTheColumnOrTheParameter)
{
    const Table input = makeTable(names({u"氏名"}), {{t(u"a")}});
    auto missing = makeStep(QStringLiteral("sortRows"), R"({"keys": [{"column": "ふりがな"}]})");
    EXPECT_TRUE(applyError(*missing, input).part.contains(s(u"ふりがな")));
    const QString type = QStringLiteral("sortRows");
    EXPECT_TRUE(parameterError(type, R"({"keys": []})").contains(QStringLiteral("keys")));
    EXPECT_TRUE(parameterError(type, R"({"keys": ["氏名"]})").contains(QStringLiteral("keys")));
    EXPECT_TRUE(parameterError(type, R"({"keys": [{"column": "氏名", "descending": "yes"}]})").contains(QStringLiteral("descending")));
    EXPECT_TRUE(parameterError(type, R"({"keys": [{"column": "氏名"}], "locale": "xx-nowhere"})").contains(QStringLiteral("locale")));
    EXPECT_TRUE(parameterError(type, R"({"keys": [{"column": "氏名"}], "locale": "en"})").isEmpty());
}

TEST(LayoutSort, SortsManyRowsAndReportsProgress)
{
    Table input(1);
    input.setColumnNames({QStringLiteral("n")});
    const int rows = 50000;
    for (int i = 0; i < rows; ++i)
        input.appendRow({Cell::text(QString::number((i * 7919) % rows))});
    auto step = makeStep(QStringLiteral("sortRows"), R"({"keys": [{"column": "n"}]})");
    std::atomic<double> last{-1};
    StepContext context;
    context.progress = [&last](double share) { last = share; };
    auto result = step->apply(input, context);
    ASSERT_TRUE(result.ok());
    for (qsizetype r = 0; r < rows; ++r)
        ASSERT_EQ(result->table.cell(r, 0).textValue(), QString::number(r));
    EXPECT_GT(last.load(), 0.0);
    EXPECT_LE(last.load(), 1.0);
}

// --- filterRows --------------------------------------------------------------------------------

namespace {
Table ledger()
{
    return makeTable(names({u"氏名", u"金額", u"受付日"}),
                     {{t(u"山田　太郎"), t(u"1,200"), t(u"2021/4/1")},
                      {t(u"佐藤　花子"), t(u"800"), t(u"令和3年5月1日")},
                      {t(u"鈴木"), t(u"１５００"), Cell::date(QDate(2021, 6, 1))},
                      {t(u"\u3000"), t(u"未定"), Cell()},
                      {Cell(), Cell::number(1000), t(u"不明")}});
}

QStringList filtered(const char *json, const QString &column = s(u"金額"))
{
    auto step = makeStep(QStringLiteral("filterRows"), json);
    return step ? texts(run(*step, ledger()), column) : QStringList();
}
} // namespace

TEST(LayoutFilter, ComparesNumbersAsNumbersWithAFullWidthValue)
{
    EXPECT_EQ(filtered(R"({"column": "金額", "condition": "greaterThan", "value": "１０００"})"),
              names({u"1,200", u"１５００"}));
    EXPECT_EQ(filtered(R"({"column": "金額", "condition": "atLeast", "value": "1,000"})"),
              names({u"1,200", u"１５００", u"1000"}));
    EXPECT_EQ(filtered(R"({"column": "金額", "condition": "equals", "value": "1000"})"), names({u"1000"}));
    EXPECT_EQ(filtered(R"({"column": "金額", "condition": "lessThan", "value": "1000"})"), names({u"800"}));
}

TEST(LayoutFilter, ReportsTextInsteadOfComparingItWithANumber)
{
    auto step = makeStep(QStringLiteral("filterRows"), R"({"column": "金額", "condition": "greaterThan", "value": "１０００"})");
    StepOutcome outcome;
    run(*step, ledger(), &outcome);
    ASSERT_EQ(outcome.issues.size(), 1);
    EXPECT_EQ(outcome.issues[0].row, 3);
    EXPECT_EQ(outcome.issues[0].column, 1);
    EXPECT_TRUE(outcome.issues[0].message.contains(s(u"未定")));
}

TEST(LayoutFilter, ComparesDatesAsDates)
{
    EXPECT_EQ(filtered(R"({"column": "受付日", "condition": "atLeast", "value": "2021-05-01"})", s(u"受付日")),
              names({u"令和3年5月1日", u"2021-06-01"}));
    EXPECT_EQ(filtered(R"({"column": "受付日", "condition": "lessThan", "value": "2021-05-01"})", s(u"受付日")),
              names({u"2021/4/1"}));
}

TEST(LayoutFilter, TextConditionsAndEmptyCells)
{
    EXPECT_EQ(filtered(R"({"column": "氏名", "condition": "contains", "value": "　"})", s(u"氏名")),
              names({u"山田　太郎", u"佐藤　花子"}));
    EXPECT_EQ(filtered(R"({"column": "氏名", "condition": "startsWith", "value": "佐藤"})", s(u"氏名")), names({u"佐藤　花子"}));
    EXPECT_EQ(filtered(R"({"column": "氏名", "condition": "endsWith", "value": "太郎"})", s(u"氏名")), names({u"山田　太郎"}));
    EXPECT_EQ(filtered(R"({"column": "氏名", "condition": "equals", "value": "鈴木"})", s(u"氏名")), names({u"鈴木"}));
    EXPECT_EQ(filtered(R"({"column": "氏名", "condition": "notEquals", "value": "鈴木"})", s(u"氏名")),
              names({u"山田　太郎", u"佐藤　花子", u"\u3000", u""}));
    EXPECT_EQ(filtered(R"({"column": "氏名", "condition": "notContains", "value": "　"})", s(u"氏名")),
              names({u"鈴木", u"\u3000", u""}));
    EXPECT_EQ(filtered(R"({"column": "氏名", "condition": "isEmpty"})", s(u"氏名")), names({u"\u3000", u""}));
    EXPECT_EQ(filtered(R"({"column": "氏名", "condition": "isNotEmpty"})", s(u"氏名")),
              names({u"山田　太郎", u"佐藤　花子", u"鈴木"}));
    // Text that is not a number compares by text, and an empty cell is never greater.
    EXPECT_EQ(filtered(R"({"column": "金額", "condition": "greaterThan", "value": "み"})"), names({u"未定"}));
}

TEST(LayoutFilter, ErrorsNameTheColumnOrTheParameter)
{
    auto missing = makeStep(QStringLiteral("filterRows"), R"({"column": "住所", "condition": "isEmpty"})");
    EXPECT_TRUE(applyError(*missing, ledger()).part.contains(s(u"住所")));
    const QString type = QStringLiteral("filterRows");
    EXPECT_TRUE(parameterError(type, R"({"column": "a", "condition": "like", "value": "x"})").contains(QStringLiteral("condition")));
    EXPECT_TRUE(parameterError(type, R"({"column": "a", "condition": "equals"})").contains(QStringLiteral("value")));
    EXPECT_TRUE(parameterError(type, R"({"column": "a", "condition": "contains", "value": ""})").contains(QStringLiteral("value")));
    EXPECT_TRUE(parameterError(type, R"({"condition": "isEmpty"})").contains(QStringLiteral("column")));
    EXPECT_TRUE(parameterError(type, R"({"column": "a", "condition": "isEmpty"})").isEmpty());
}

// --- every layout step -------------------------------------------------------------------------

namespace {
struct Example
{
    const char16_t *type;
    const char *parameters;
};
const Example Examples[] = {
    {u"renameColumns", R"({"names": {"氏名": "名前", "住所": "所在地"}})"},
    {u"reorderColumns", R"({"columns": ["住所", "氏名"]})"},
    {u"removeBlankColumns", R"({})"},
    {u"splitColumn", R"({"column": "住所", "mode": "delimiter", "delimiter": "、", "names": ["a", "b"], "maxParts": 2})"},
    {u"splitColumn", R"({"column": "住所", "mode": "positions", "positions": [3, 7]})"},
    {u"mergeColumns", R"({"columns": ["姓", "名"], "separator": "　", "name": "氏名", "skipEmpty": true})"},
    {u"unpivot", R"({"keep": ["地区"], "attributeName": "項目", "valueName": "値", "skipEmpty": false})"},
    {u"pivot", R"({"attribute": "項目", "value": "値", "aggregate": "sum"})"},
    {u"sortRows", R"({"keys": [{"column": "ふりがな", "descending": true}, {"column": "番号", "descending": false}], "locale": "ja"})"},
    {u"filterRows", R"({"column": "金額", "condition": "atLeast", "value": "１０００"})"},
};
} // namespace

TEST(LayoutSteps, RoundTripThroughRecipeJson)
{
    Recipe recipe;
    for (const Example &example : Examples)
        recipe.append(makeStep(QString::fromUtf16(example.type), example.parameters));
    const QByteArray json = recipe.toJson();
    auto loaded = Recipe::fromJson(json, QStringLiteral("layout.recipe.json"));
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().toString());
    ASSERT_EQ(loaded->entries.size(), std::size(Examples));
    for (size_t i = 0; i < std::size(Examples); ++i) {
        const Step &step = *loaded->entries[i].step;
        EXPECT_EQ(step.typeId(), QString::fromUtf16(Examples[i].type));
        // What the recipe file said is what the step keeps, key for key.
        EXPECT_EQ(step.parameters(), QJsonDocument::fromJson(QByteArray(Examples[i].parameters)).object())
            << qPrintable(step.typeId());
        EXPECT_EQ(step.clone()->parameters(), step.parameters());
    }
    EXPECT_EQ(loaded->toJson(), json);
}

TEST(LayoutSteps, DescribeEveryParameterTheyStore)
{
    for (const Example &example : Examples) {
        auto step = makeStep(QString::fromUtf16(example.type), example.parameters);
        EXPECT_TRUE(StepRegistry::typeIds().contains(step->typeId()));
        EXPECT_FALSE(step->title().isEmpty());
        QStringList keys;
        for (const ParameterSpec &spec : step->parameterSpecs()) {
            EXPECT_FALSE(spec.label.isEmpty()) << qPrintable(spec.key);
            keys << spec.key;
        }
        for (const QString &key : step->parameters().keys())
            EXPECT_TRUE(keys.contains(key)) << qPrintable(step->typeId() + QLatin1Char(' ') + key);
    }
}

TEST(LayoutSteps, StopWhenCancelled)
{
    const Table input = makeTable(names({u"地区", u"姓", u"名", u"住所", u"項目", u"値", u"ふりがな", u"金額", u"番号"}),
                                  {{t(u"北"), t(u"山田"), t(u"太郎"), t(u"a、b"), t(u"x"), Cell::number(1),
                                    t(u"やまだ"), t(u"1"), Cell::number(1)}});
    std::atomic<bool> cancelled{true};
    StepContext context;
    context.cancelled = &cancelled;
    for (const Example &example : Examples) {
        const QString type = QString::fromUtf16(example.type);
        if (type == QLatin1String("renameColumns") || type == QLatin1String("reorderColumns"))
            continue; // they touch names only, no rows
        auto step = makeStep(type, example.parameters);
        auto result = step->apply(input, context);
        ASSERT_FALSE(result.ok()) << qPrintable(type);
        EXPECT_EQ(result.error().kind, Error::Kind::Cancelled) << qPrintable(type);
    }
}
