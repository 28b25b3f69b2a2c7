#include "cleaning/ChangeTypeStep.h"
#include "cleaning/ConvertKanaStep.h"
#include "cleaning/MapValuesStep.h"
#include "cleaning/NormalizeWidthStep.h"
#include "cleaning/PromoteHeadersStep.h"
#include "cleaning/Recipe.h"
#include "cleaning/RemoveBlankRowsStep.h"
#include "cleaning/RemoveDuplicatesStep.h"
#include "cleaning/ReplaceTextStep.h"
#include "cleaning/StepRegistry.h"
#include "io/CsvReader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <cstdio>

using namespace tenarai;

namespace {
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

Cell t(const char16_t *text)
{
    return Cell::text(s(text));
}

QJsonArray names(std::initializer_list<const char16_t *> list)
{
    QJsonArray a;
    for (const char16_t *n : list)
        a.append(s(n));
    return a;
}

// A one-column table named `column` holding `cells`.
Table oneColumn(const char16_t *column, const QList<Cell> &cells)
{
    Table table(1);
    for (const Cell &cell : cells)
        table.appendRow({cell});
    table.setColumnNames({s(column)});
    return table;
}

StepOutcome run(const Step &step, const Table &table)
{
    auto out = step.apply(table, {});
    EXPECT_TRUE(out.ok()) << qPrintable(out.ok() ? QString() : out.error().toString());
    return out.ok() ? out.value() : StepOutcome();
}

QString textAt(const StepOutcome &out, qsizetype row, int column = 0)
{
    return out.table.cell(row, column).textValue();
}

template<typename T>
T configured(const QJsonObject &parameters)
{
    T step;
    const Status status = step.setParameters(parameters);
    EXPECT_TRUE(status.ok()) << qPrintable(status.ok() ? QString() : status.error().toString());
    return step;
}

// The error of parameters a step must refuse; the message or part must name `mentions`.
void expectRefused(Step &step, const QJsonObject &parameters, const QString &mentions)
{
    const QJsonObject before = step.parameters();
    const Status status = step.setParameters(parameters);
    ASSERT_FALSE(status.ok()) << qPrintable(QString::fromUtf8(QJsonDocument(parameters).toJson()));
    EXPECT_TRUE(status.error().message.contains(mentions) || status.error().part.contains(mentions))
        << qPrintable(status.error().toString());
    EXPECT_EQ(step.parameters(), before); // a refused change keeps the previous parameters
}

void expectMissingColumnNamed(const Step &step, const Table &table, const QString &column)
{
    auto out = step.apply(table, {});
    ASSERT_FALSE(out.ok());
    EXPECT_TRUE(out.error().part.contains(column)) << qPrintable(out.error().toString());
}
} // namespace

// ---- normalizeWidth -------------------------------------------------------------------------

TEST(TextStepsNormalizeWidth, FoldsWidthKeepsEnclosedAndSpacesByDefault)
{
    Table table(2);
    table.appendRow({t(u"ＡＢＣ１２３"), t(u"ＡＢＣ")});
    table.appendRow({t(u"ｶﾞｽ ﾊﾟﾝ"), Cell()});
    table.appendRow({t(u"①番窓口"), Cell()});
    table.appendRow({t(u"㈱山田商店"), Cell()});
    table.appendRow({t(u"9時～17時"), Cell()});
    table.appendRow({t(u"\u3000山田\u3000太郎 "), Cell()});
    table.appendRow({Cell::number(12), Cell()});
    table.appendRow({t(u"㍻31年 ５㎏"), Cell()});
    table.setColumnNames({s(u"名称"), s(u"備考")});

    NormalizeWidthStep step = configured<NormalizeWidthStep>({{QStringLiteral("columns"), names({u"名称"})}});
    const StepOutcome out = run(step, table);
    EXPECT_EQ(textAt(out, 0), s(u"ABC123"));
    EXPECT_EQ(textAt(out, 1), s(u"ガス パン"));
    EXPECT_EQ(textAt(out, 2), s(u"①番窓口"));
    EXPECT_EQ(textAt(out, 3), s(u"㈱山田商店"));
    EXPECT_EQ(textAt(out, 4), s(u"9時〜17時"));                // ～ U+FF5E -> 〜 U+301C
    EXPECT_EQ(textAt(out, 5), s(u"\u3000山田\u3000太郎 "));    // "keep": spaces as written
    EXPECT_EQ(out.table.cell(6, 0), Cell::number(12));          // other kinds untouched
    EXPECT_EQ(textAt(out, 7), s(u"㍻31年 5㎏"));
    EXPECT_EQ(textAt(out, 0, 1), s(u"ＡＢＣ"));                 // column not chosen
    EXPECT_TRUE(out.issues.isEmpty());
}

TEST(TextStepsNormalizeWidth, OptionsFoldEnclosedSquaredWaveDashAndSpaces)
{
    const Table table = oneColumn(u"名称", {t(u"①番 ㈱山田"), t(u"㍻31年 ５㎏"), t(u"9時〜17時"),
                                          t(u"\u3000山田\u3000\u3000太郎 "), t(u"佐藤  花子"), t(u"\u3000")});
    NormalizeWidthStep step = configured<NormalizeWidthStep>({{QStringLiteral("keepEnclosed"), false},
                                                              {QStringLiteral("keepSquared"), false},
                                                              {QStringLiteral("waveDash"), QStringLiteral("fullwidthTilde")},
                                                              {QStringLiteral("spaces"), QStringLiteral("ascii")}});
    StepOutcome out = run(step, table);
    EXPECT_EQ(textAt(out, 0), s(u"1番 (株)山田"));
    EXPECT_EQ(textAt(out, 1), s(u"平成31年 5kg"));
    EXPECT_EQ(textAt(out, 2), s(u"9時～17時"));
    EXPECT_EQ(textAt(out, 3), s(u"山田 太郎"));
    EXPECT_TRUE(out.table.cell(5, 0).isEmpty()); // only a U+3000: now an empty cell

    ASSERT_TRUE(step.setParameters({{QStringLiteral("spaces"), QStringLiteral("ideographic")},
                                    {QStringLiteral("waveDash"), QStringLiteral("keep")}}).ok());
    out = run(step, table);
    EXPECT_EQ(textAt(out, 2), s(u"9時〜17時"));
    EXPECT_EQ(textAt(out, 3), s(u"山田\u3000太郎"));
    EXPECT_EQ(textAt(out, 4), s(u"佐藤\u3000花子"));
    EXPECT_EQ(textAt(out, 0), s(u"①番\u3000㈱山田")); // defaults again: enclosed kept

    ASSERT_TRUE(step.setParameters({{QStringLiteral("spaces"), QStringLiteral("asWritten")}}).ok());
    out = run(step, table);
    EXPECT_EQ(textAt(out, 3), s(u"山田\u3000太郎"));
    EXPECT_EQ(textAt(out, 4), s(u"佐藤 花子"));
}

TEST(TextStepsNormalizeWidth, RefusesBadParametersNamingThem)
{
    NormalizeWidthStep step;
    expectRefused(step, {{QStringLiteral("waveDash"), QStringLiteral("tilde")}}, QStringLiteral("waveDash"));
    expectRefused(step, {{QStringLiteral("spaces"), 1}}, QStringLiteral("spaces"));
    expectRefused(step, {{QStringLiteral("keepEnclosed"), QStringLiteral("yes")}}, QStringLiteral("keepEnclosed"));
    expectRefused(step, {{QStringLiteral("columns"), QStringLiteral("氏名")}}, QStringLiteral("columns"));
    step = configured<NormalizeWidthStep>({{QStringLiteral("columns"), names({u"住所"})}});
    expectMissingColumnNamed(step, oneColumn(u"氏名", {t(u"ａ")}), s(u"住所"));
}

// ---- convertKana ----------------------------------------------------------------------------

TEST(TextStepsConvertKana, ChangesOnlyKana)
{
    const Table table = oneColumn(u"フリガナ", {t(u"やまだ　ﾀﾛｳ"), t(u"ゆーすけ"), t(u"山田ABCたろう１"), t(u"ゔぁいおりん"),
                                              Cell::number(3)});
    ConvertKanaStep step = configured<ConvertKanaStep>({{QStringLiteral("columns"), names({u"フリガナ"})},
                                                        {QStringLiteral("to"), QStringLiteral("katakana")}});
    StepOutcome out = run(step, table);
    EXPECT_EQ(textAt(out, 0), s(u"ヤマダ　タロウ")); // U+3000 stays, ﾀﾛｳ made full-width
    EXPECT_EQ(textAt(out, 1), s(u"ユースケ"));
    EXPECT_EQ(textAt(out, 2), s(u"山田ABCタロウ１")); // kanji, Latin and full-width digits untouched
    EXPECT_EQ(textAt(out, 3), s(u"ヴァイオリン"));
    EXPECT_EQ(out.table.cell(4, 0), Cell::number(3));

    ASSERT_TRUE(step.setParameters({{QStringLiteral("columns"), names({u"フリガナ"})},
                                    {QStringLiteral("to"), QStringLiteral("hiragana")}}).ok());
    out = run(step, oneColumn(u"フリガナ", {t(u"ヤマダ　ハナコ"), t(u"ｶﾞｰﾃﾞﾝ"), t(u"ヴ")}));
    EXPECT_EQ(textAt(out, 0), s(u"やまだ　はなこ"));
    EXPECT_EQ(textAt(out, 1), s(u"がーでん"));
    EXPECT_EQ(textAt(out, 2), s(u"ゔ"));
}

TEST(TextStepsConvertKana, RefusesBadParametersNamingThem)
{
    ConvertKanaStep step;
    expectRefused(step, {{QStringLiteral("columns"), names({u"フリガナ"})}, {QStringLiteral("to"), QStringLiteral("romaji")}},
                  QStringLiteral("to"));
    expectRefused(step, {{QStringLiteral("to"), QStringLiteral("hiragana")}}, QStringLiteral("columns"));
    step = configured<ConvertKanaStep>({{QStringLiteral("columns"), names({u"ふりがな"})}});
    expectMissingColumnNamed(step, oneColumn(u"フリガナ", {t(u"あ")}), s(u"ふりがな"));
}

// ---- replaceText ----------------------------------------------------------------------------

TEST(TextStepsReplaceText, ReplacesPlainTextInsideValues)
{
    const Table table = oneColumn(u"事業者", {t(u"株式会社山田商店"), t(u"山田株式会社 株式会社"), t(u"(株)佐藤"),
                                            t(u"株式会社"), Cell::number(1), t(u"ｶﾌﾞｼｷｶﾞｲｼｬ")});
    ReplaceTextStep step = configured<ReplaceTextStep>({{QStringLiteral("columns"), names({u"事業者"})},
                                                        {QStringLiteral("find"), s(u"株式会社")},
                                                        {QStringLiteral("replace"), s(u"㈱")}});
    StepOutcome out = run(step, table);
    EXPECT_EQ(textAt(out, 0), s(u"㈱山田商店"));
    EXPECT_EQ(textAt(out, 1), s(u"山田㈱ ㈱"));
    EXPECT_EQ(textAt(out, 5), s(u"ｶﾌﾞｼｷｶﾞｲｼｬ")); // different text, not a different width

    // No patterns: brackets and dots are just characters.
    step = configured<ReplaceTextStep>({{QStringLiteral("columns"), names({u"事業者"})},
                                        {QStringLiteral("find"), s(u"(株)")},
                                        {QStringLiteral("replace"), s(u"㈱")}});
    out = run(step, table);
    EXPECT_EQ(textAt(out, 2), s(u"㈱佐藤"));
    EXPECT_EQ(textAt(out, 0), s(u"株式会社山田商店"));

    // Replacing a whole value with nothing leaves an empty cell.
    step = configured<ReplaceTextStep>({{QStringLiteral("columns"), names({u"事業者"})},
                                        {QStringLiteral("find"), s(u"株式会社")}});
    out = run(step, table);
    EXPECT_EQ(textAt(out, 0), s(u"山田商店"));
    EXPECT_TRUE(out.table.cell(3, 0).isEmpty());
    EXPECT_EQ(out.table.cell(4, 0), Cell::number(1));
}

TEST(TextStepsReplaceText, WholeValueOnlyReplacesExactValues)
{
    const Table table = oneColumn(u"区分", {t(u"\u3000株式会社 "), t(u"株式会社山田"), t(u"株式会社")});
    ReplaceTextStep step = configured<ReplaceTextStep>({{QStringLiteral("columns"), names({u"区分"})},
                                                        {QStringLiteral("find"), s(u"株式会社")},
                                                        {QStringLiteral("replace"), s(u"法人")},
                                                        {QStringLiteral("wholeValue"), true}});
    const StepOutcome out = run(step, table);
    EXPECT_EQ(textAt(out, 0), s(u"法人"));
    EXPECT_EQ(textAt(out, 1), s(u"株式会社山田"));
    EXPECT_EQ(textAt(out, 2), s(u"法人"));
}

TEST(TextStepsReplaceText, MatchWidthFindsOtherWidthsAndKeepsTheRestAsWritten)
{
    const Table table = oneColumn(u"事業者", {t(u"ＡＢ東京ｶﾞｽ㈱"), t(u"東京ガス"), t(u"東京ｶｽ"), t(u"ﬁle"),
                                            t(u"ＡＢＣ\u3000ＤＥ")});
    ReplaceTextStep step = configured<ReplaceTextStep>({{QStringLiteral("columns"), names({u"事業者"})},
                                                        {QStringLiteral("find"), s(u"ガス")},
                                                        {QStringLiteral("replace"), s(u"瓦斯")},
                                                        {QStringLiteral("matchWidth"), true}});
    StepOutcome out = run(step, table);
    EXPECT_EQ(textAt(out, 0), s(u"ＡＢ東京瓦斯㈱")); // ＡＢ stays full-width
    EXPECT_EQ(textAt(out, 1), s(u"東京瓦斯"));
    EXPECT_EQ(textAt(out, 2), s(u"東京ｶｽ"));         // カス is not ガス

    // A match must not cut a character: ﬁ folds to "fi", but "f" alone is not in it.
    step = configured<ReplaceTextStep>({{QStringLiteral("columns"), names({u"事業者"})},
                                        {QStringLiteral("find"), s(u"f")},
                                        {QStringLiteral("replace"), s(u"F")},
                                        {QStringLiteral("matchWidth"), true}});
    out = run(step, table);
    EXPECT_EQ(textAt(out, 3), s(u"ﬁle"));

    // Half-width text with a space finds full-width text with U+3000.
    step = configured<ReplaceTextStep>({{QStringLiteral("columns"), names({u"事業者"})},
                                        {QStringLiteral("find"), s(u"C D")},
                                        {QStringLiteral("replace"), s(u"-")},
                                        {QStringLiteral("matchWidth"), true}});
    out = run(step, table);
    EXPECT_EQ(textAt(out, 4), s(u"ＡＢ-Ｅ"));

    step = configured<ReplaceTextStep>({{QStringLiteral("columns"), names({u"事業者"})},
                                        {QStringLiteral("find"), s(u"ｶﾞｽ")},
                                        {QStringLiteral("replace"), s(u"ガス")},
                                        {QStringLiteral("wholeValue"), true},
                                        {QStringLiteral("matchWidth"), true}});
    out = run(step, oneColumn(u"事業者", {t(u" ガス "), t(u"ｶﾞｽ"), t(u"ｶﾞｽ代")}));
    EXPECT_EQ(textAt(out, 0), s(u"ガス"));
    EXPECT_EQ(textAt(out, 1), s(u"ガス"));
    EXPECT_EQ(textAt(out, 2), s(u"ｶﾞｽ代"));
}

TEST(TextStepsReplaceText, RefusesBadParametersNamingThem)
{
    ReplaceTextStep step;
    expectRefused(step, {{QStringLiteral("columns"), names({u"a"})}, {QStringLiteral("find"), QString()}},
                  QStringLiteral("find"));
    expectRefused(step, {{QStringLiteral("columns"), names({u"a"})}}, QStringLiteral("find"));
    expectRefused(step, {{QStringLiteral("columns"), names({u"a"})}, {QStringLiteral("find"), s(u"\u3000")},
                         {QStringLiteral("wholeValue"), true}},
                  QStringLiteral("find"));
    expectRefused(step, {{QStringLiteral("columns"), names({u"a"})}, {QStringLiteral("find"), QStringLiteral("x")},
                         {QStringLiteral("replace"), 3}},
                  QStringLiteral("replace"));
    expectRefused(step, {{QStringLiteral("columns"), names({u"a"})}, {QStringLiteral("find"), QStringLiteral("x")},
                         {QStringLiteral("matchWidth"), QStringLiteral("true")}},
                  QStringLiteral("matchWidth"));
    step = configured<ReplaceTextStep>({{QStringLiteral("columns"), names({u"事業者名"})}, {QStringLiteral("find"), QStringLiteral("x")}});
    expectMissingColumnNamed(step, oneColumn(u"事業者", {t(u"x")}), s(u"事業者名"));
}

// ---- mapValues ------------------------------------------------------------------------------

namespace {
QJsonObject pickupMap()
{
    return {{s(u"有"), s(u"あり")}, {s(u"ｱﾘ"), s(u"あり")}, {s(u"〇"), s(u"あり")}, {s(u"無"), s(u"なし")}};
}

Table pickupTable()
{
    Table table(2);
    const QList<Cell> values = {t(u"有"), t(u"ｱﾘ"), t(u"アリ"), t(u" 〇\u3000"), t(u"無"), t(u"ﾏﾙ"), Cell(), t(u"\u3000"),
                                t(u"なし")};
    for (qsizetype i = 0; i < values.size(); ++i)
        table.appendRow({Cell::number(double(i + 1)), values[i]});
    table.setColumnNames({s(u"No"), s(u"送迎区分")});
    return table;
}
} // namespace

TEST(TextStepsMapValues, UnifiesSpellingVariantsAndReportsTheRest)
{
    MapValuesStep step = configured<MapValuesStep>({{QStringLiteral("column"), s(u"送迎区分")},
                                                    {QStringLiteral("map"), pickupMap()},
                                                    {QStringLiteral("unmatched"), QStringLiteral("report")}});
    const StepOutcome out = run(step, pickupTable());
    EXPECT_EQ(textAt(out, 0, 1), s(u"あり"));
    EXPECT_EQ(textAt(out, 1, 1), s(u"あり"));
    EXPECT_EQ(textAt(out, 2, 1), s(u"あり")); // アリ matches the key ｱﾘ across widths
    EXPECT_EQ(textAt(out, 3, 1), s(u"あり")); // spaces around ignored
    EXPECT_EQ(textAt(out, 4, 1), s(u"なし"));
    EXPECT_EQ(textAt(out, 5, 1), s(u"ﾏﾙ"));   // kept as written
    EXPECT_TRUE(out.table.cell(6, 1).isEmpty());
    EXPECT_EQ(textAt(out, 7, 1), s(u"\u3000")); // blank: not a value missing from the list
    EXPECT_EQ(textAt(out, 8, 1), s(u"なし"));   // already a target value, but not in the list
    EXPECT_EQ(out.table.cell(2, 0), Cell::number(3)); // other columns untouched

    ASSERT_EQ(out.issueCount, 2);
    ASSERT_EQ(out.issues.size(), 2);
    EXPECT_EQ(out.issues[0].row, 5);
    EXPECT_EQ(out.issues[0].column, 1);
    EXPECT_EQ(out.issues[0].message, s(u"“ﾏﾙ” is not in the list of values."));
    EXPECT_EQ(out.issues[1].row, 8);
}

TEST(TextStepsMapValues, UnmatchedKeepOrEmptyAndTheBlankKey)
{
    QJsonObject map = pickupMap();
    map.insert(s(u"なし"), s(u"なし"));
    MapValuesStep step = configured<MapValuesStep>({{QStringLiteral("column"), s(u"送迎区分")},
                                                    {QStringLiteral("map"), map},
                                                    {QStringLiteral("unmatched"), QStringLiteral("empty")}});
    StepOutcome out = run(step, pickupTable());
    EXPECT_TRUE(out.table.cell(5, 1).isEmpty()); // ﾏﾙ emptied
    EXPECT_EQ(textAt(out, 8, 1), s(u"なし"));
    EXPECT_EQ(out.issueCount, 0);

    // Without width folding, アリ is not ｱﾘ; the default "keep" reports nothing.
    map.insert(QString(), s(u"未回答"));
    step = configured<MapValuesStep>({{QStringLiteral("column"), s(u"送迎区分")},
                                      {QStringLiteral("map"), map},
                                      {QStringLiteral("foldWidth"), false}});
    out = run(step, pickupTable());
    EXPECT_EQ(textAt(out, 2, 1), s(u"アリ"));
    EXPECT_EQ(textAt(out, 1, 1), s(u"あり"));
    EXPECT_EQ(textAt(out, 6, 1), s(u"未回答")); // the map has "": empty cells get a value
    EXPECT_EQ(textAt(out, 7, 1), s(u"未回答"));
    EXPECT_EQ(out.issueCount, 0);

    // Numbers read from a workbook match by their display text.
    step = configured<MapValuesStep>({{QStringLiteral("column"), s(u"No")},
                                      {QStringLiteral("map"), QJsonObject{{QStringLiteral("1"), s(u"男")}, {QStringLiteral("2"), s(u"女")}}}});
    out = run(step, pickupTable());
    EXPECT_EQ(textAt(out, 0, 0), s(u"男"));
    EXPECT_EQ(textAt(out, 1, 0), s(u"女"));
    EXPECT_EQ(out.table.cell(2, 0), Cell::number(3));
}

TEST(TextStepsMapValues, RefusesConflictingKeysNamingBoth)
{
    MapValuesStep step;
    const QJsonObject conflicting{{s(u"ｱﾘ"), s(u"あり")}, {s(u"アリ"), s(u"なし")}};
    auto status = step.setParameters({{QStringLiteral("column"), s(u"送迎区分")}, {QStringLiteral("map"), conflicting}});
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(s(u"ｱﾘ"))) << qPrintable(status.error().message);
    EXPECT_TRUE(status.error().message.contains(s(u"アリ"))) << qPrintable(status.error().message);
    // Same target: no conflict. Different widths without folding: no conflict either.
    EXPECT_TRUE(step.setParameters({{QStringLiteral("column"), s(u"送迎区分")},
                                    {QStringLiteral("map"), QJsonObject{{s(u"ｱﾘ"), s(u"あり")}, {s(u"アリ"), s(u"あり")}}}}).ok());
    EXPECT_TRUE(step.setParameters({{QStringLiteral("column"), s(u"送迎区分")},
                                    {QStringLiteral("map"), conflicting},
                                    {QStringLiteral("foldWidth"), false}}).ok());

    expectRefused(step, {{QStringLiteral("map"), pickupMap()}}, QStringLiteral("column"));
    expectRefused(step, {{QStringLiteral("column"), s(u"送迎区分")}, {QStringLiteral("map"), QJsonObject()}},
                  QStringLiteral("map"));
    expectRefused(step, {{QStringLiteral("column"), s(u"送迎区分")}, {QStringLiteral("map"), QJsonObject{{s(u"有"), 1}}}},
                  s(u"有"));
    expectRefused(step, {{QStringLiteral("column"), s(u"送迎区分")}, {QStringLiteral("map"), pickupMap()},
                         {QStringLiteral("unmatched"), QStringLiteral("drop")}},
                  QStringLiteral("unmatched"));
    step = configured<MapValuesStep>({{QStringLiteral("column"), s(u"送迎")}, {QStringLiteral("map"), pickupMap()}});
    expectMissingColumnNamed(step, pickupTable(), s(u"送迎"));
}

// ---- changeType -----------------------------------------------------------------------------

namespace {
ChangeTypeStep changeTo(const char *to)
{
    return configured<ChangeTypeStep>({{QStringLiteral("columns"), names({u"値"})}, {QStringLiteral("to"), QString::fromLatin1(to)}});
}
} // namespace

TEST(TextStepsChangeType, NumbersAcceptFullWidthAndCommasAndListTheRest)
{
    const Table table = oneColumn(u"値", {t(u"１，２３４"), t(u"1,234.5"), t(u"約3,000"), t(u" "), Cell(), Cell::number(7),
                                        t(u"－５"), t(u"1,00"), Cell::boolean(true)});
    const StepOutcome out = run(changeTo("number"), table);
    EXPECT_EQ(out.table.cell(0, 0), Cell::number(1234));
    EXPECT_EQ(out.table.cell(1, 0), Cell::number(1234.5));
    EXPECT_EQ(out.table.cell(2, 0), t(u"約3,000")); // left as it was, as text
    EXPECT_TRUE(out.table.cell(3, 0).isEmpty());    // blank: a missing value
    EXPECT_TRUE(out.table.cell(4, 0).isEmpty());
    EXPECT_EQ(out.table.cell(5, 0), Cell::number(7));
    EXPECT_EQ(out.table.cell(6, 0), Cell::number(-5));
    EXPECT_EQ(out.table.cell(7, 0), t(u"1,00"));
    EXPECT_EQ(out.table.cell(8, 0), Cell::boolean(true)); // TRUE is not guessed to be 1
    ASSERT_EQ(out.issueCount, 3);
    EXPECT_EQ(out.issues[0].row, 2);
    EXPECT_TRUE(out.issues[0].message.contains(s(u"約3,000")));
    EXPECT_EQ(out.issues[1].row, 7);
    EXPECT_EQ(out.issues[2].row, 8);
}

TEST(TextStepsChangeType, IntegersRefuseFractions)
{
    const Table table = oneColumn(u"値", {t(u"12.00"), t(u"1.5"), Cell::number(1.5), Cell::number(3), t(u"９８７６５４３２１")});
    const StepOutcome out = run(changeTo("integer"), table);
    EXPECT_EQ(out.table.cell(0, 0), Cell::number(12));
    EXPECT_EQ(out.table.cell(1, 0), t(u"1.5"));
    EXPECT_EQ(out.table.cell(2, 0), Cell::number(1.5)); // kept as it was
    EXPECT_EQ(out.table.cell(3, 0), Cell::number(3));
    EXPECT_EQ(out.table.cell(4, 0), Cell::number(987654321));
    ASSERT_EQ(out.issueCount, 2);
    EXPECT_EQ(out.issues[0].row, 1);
    EXPECT_EQ(out.issues[1].row, 2);
}

TEST(TextStepsChangeType, DatesThroughDateNormalizer)
{
    const Table table = oneColumn(u"値", {t(u"令和3年4月1日"), t(u"２０２１/４/１"), t(u"R3.4.1"), t(u"2021/2/30"), t(u"4/1"),
                                        Cell::date(QDate(2020, 1, 2)), Cell::dateTime(QDate(2021, 5, 6), QTime(9, 30))});
    const StepOutcome out = run(changeTo("date"), table);
    EXPECT_EQ(out.table.cell(0, 0), Cell::date(QDate(2021, 4, 1)));
    EXPECT_EQ(out.table.cell(1, 0), Cell::date(QDate(2021, 4, 1)));
    EXPECT_EQ(out.table.cell(2, 0), Cell::date(QDate(2021, 4, 1)));
    EXPECT_EQ(out.table.cell(3, 0), t(u"2021/2/30"));
    EXPECT_EQ(out.table.cell(4, 0), t(u"4/1")); // no year: not guessed
    EXPECT_EQ(out.table.cell(5, 0), Cell::date(QDate(2020, 1, 2)));
    EXPECT_EQ(out.table.cell(6, 0), Cell::date(QDate(2021, 5, 6)));
    ASSERT_EQ(out.issueCount, 2);
    EXPECT_EQ(out.issues[0].row, 3);
    EXPECT_EQ(out.issues[1].row, 4);
}

TEST(TextStepsChangeType, BooleansAndText)
{
    const Table table = oneColumn(u"値", {t(u"TRUE"), t(u"false"), t(u"はい"), t(u"いいえ"), t(u"１"), t(u"0"), t(u"ＹＥＳ"),
                                        t(u"多分"), Cell::number(1), Cell::number(2)});
    StepOutcome out = run(changeTo("boolean"), table);
    const QList<Cell> expected = {Cell::boolean(true), Cell::boolean(false), Cell::boolean(true), Cell::boolean(false),
                                  Cell::boolean(true), Cell::boolean(false), Cell::boolean(true), t(u"多分"),
                                  Cell::boolean(true), Cell::number(2)};
    for (qsizetype r = 0; r < expected.size(); ++r)
        EXPECT_EQ(out.table.cell(r, 0), expected[r]) << r;
    ASSERT_EQ(out.issueCount, 2);
    EXPECT_EQ(out.issues[0].row, 7);
    EXPECT_EQ(out.issues[1].row, 9);

    const Table mixed = oneColumn(u"値", {Cell::number(1234.5), Cell::date(QDate(2021, 4, 1)), Cell::boolean(false),
                                        t(u" そのまま "), Cell()});
    out = run(changeTo("text"), mixed);
    EXPECT_EQ(out.table.cell(0, 0), t(u"1234.5"));
    EXPECT_EQ(out.table.cell(1, 0), t(u"2021-04-01"));
    EXPECT_EQ(out.table.cell(2, 0), t(u"FALSE"));
    EXPECT_EQ(out.table.cell(3, 0), t(u" そのまま "));
    EXPECT_TRUE(out.table.cell(4, 0).isEmpty());
    EXPECT_EQ(out.issueCount, 0);
}

TEST(TextStepsChangeType, RefusesBadParametersNamingThem)
{
    ChangeTypeStep step;
    expectRefused(step, {{QStringLiteral("columns"), names({u"値"})}}, QStringLiteral("to"));
    expectRefused(step, {{QStringLiteral("columns"), names({u"値"})}, {QStringLiteral("to"), QStringLiteral("float")}},
                  QStringLiteral("to"));
    expectRefused(step, {{QStringLiteral("columns"), QJsonArray()}, {QStringLiteral("to"), QStringLiteral("number")}},
                  QStringLiteral("columns"));
    expectMissingColumnNamed(changeTo("number"), oneColumn(u"金額", {t(u"1")}), s(u"値"));
}

// ---- removeDuplicates -----------------------------------------------------------------------

namespace {
Table residents()
{
    Table table(3);
    const char16_t *rows[][3] = {
        {u"髙橋 太郎", u"1980-01-01", u"北町1"},   // 0
        {u"高橋　太郎", u"1980-01-01", u"北町2"},  // 1: same person (はしご高, U+3000)
        {u"𠮷田花子", u"1990-02-03", u"南町1"},    // 2
        {u"吉田 花子", u"1990-02-03", u"南町2"},   // 3: same person (つちよし)
        {u"齋藤一郎", u"1975-05-05", u"東町1"},    // 4
        {u"斎藤一郎", u"1975-05-05", u"東町2"},    // 5: same person (齋 -> 斎)
        {u"齊藤一郎", u"1975-05-05", u"東町3"},    // 6: NOT the same (齊 -> 斉)
        {u"髙橋 太郎", u"1981-01-01", u"北町1"},   // 7: another birthday
    };
    for (const auto &row : rows)
        table.appendRow({t(row[0]), t(row[1]), t(row[2])});
    table.setColumnNames({s(u"氏名"), s(u"生年月日"), s(u"住所")});
    return table;
}

QStringList column(const Table &table, int c)
{
    QStringList values;
    for (qsizetype r = 0; r < table.rowCount(); ++r)
        values << table.cell(r, c).toString();
    return values;
}
} // namespace

TEST(TextStepsRemoveDuplicates, NameKeyMatchesVariantKanjiAndKeepsTheNameAsWritten)
{
    RemoveDuplicatesStep step = configured<RemoveDuplicatesStep>({{QStringLiteral("columns"), names({u"生年月日"})},
                                                                  {QStringLiteral("nameKeyColumns"), names({u"氏名"})}});
    StepOutcome out = run(step, residents());
    EXPECT_EQ(column(out.table, 0), (QStringList{s(u"髙橋 太郎"), s(u"𠮷田花子"), s(u"齋藤一郎"), s(u"齊藤一郎"), s(u"髙橋 太郎")}));
    EXPECT_EQ(column(out.table, 2), (QStringList{s(u"北町1"), s(u"南町1"), s(u"東町1"), s(u"東町3"), s(u"北町1")}));

    ASSERT_TRUE(step.setParameters({{QStringLiteral("columns"), names({u"生年月日"})},
                                    {QStringLiteral("nameKeyColumns"), names({u"氏名"})},
                                    {QStringLiteral("keep"), QStringLiteral("last")}}).ok());
    out = run(step, residents());
    // The last of each group, in input order.
    EXPECT_EQ(column(out.table, 2), (QStringList{s(u"北町2"), s(u"南町2"), s(u"東町2"), s(u"東町3"), s(u"北町1")}));
    EXPECT_EQ(column(out.table, 0), (QStringList{s(u"高橋　太郎"), s(u"吉田 花子"), s(u"斎藤一郎"), s(u"齊藤一郎"), s(u"髙橋 太郎")}));

    // Without the name key, names compare as written: nothing is removed.
    ASSERT_TRUE(step.setParameters({{QStringLiteral("columns"), names({u"氏名", u"生年月日"})}}).ok());
    out = run(step, residents());
    EXPECT_EQ(out.table.rowCount(), 8);
    // Every column (the default): rows 0 and 7 differ in 生年月日, so still nothing is removed.
    ASSERT_TRUE(step.setParameters({}).ok());
    EXPECT_EQ(run(step, residents()).table.rowCount(), 8);
}

TEST(TextStepsRemoveDuplicates, IgnoreWidthAndUnambiguousKeys)
{
    Table table(2);
    table.appendRow({t(u"ＡＢＣ"), t(u"1")});
    table.appendRow({t(u"ABC"), t(u"1")});
    table.appendRow({t(u"ab"), t(u"c")});
    table.appendRow({t(u"a"), t(u"bc")});  // joins to the same "abc" without a length prefix
    table.appendRow({t(u"ABC "), t(u"１")});
    table.appendRow({Cell(), Cell::number(1)});
    table.appendRow({t(u" "), Cell::number(1)});
    table.setColumnNames({s(u"名称"), s(u"番号")});

    RemoveDuplicatesStep step;
    StepOutcome out = run(step, table);
    EXPECT_EQ(out.table.rowCount(), 7);

    ASSERT_TRUE(step.setParameters({{QStringLiteral("ignoreWidth"), true}}).ok());
    out = run(step, table);
    // ＡＢＣ/1, ABC/1 and "ABC "/１ are one; a blank text matches an empty cell.
    EXPECT_EQ(column(out.table, 0), (QStringList{s(u"ＡＢＣ"), s(u"ab"), s(u"a"), QString()}));
}

TEST(TextStepsRemoveDuplicates, RefusesBadParametersAndNamesMissingColumns)
{
    RemoveDuplicatesStep step;
    expectRefused(step, {{QStringLiteral("keep"), QStringLiteral("middle")}}, QStringLiteral("keep"));
    expectRefused(step, {{QStringLiteral("nameKeyColumns"), s(u"氏名")}}, QStringLiteral("nameKeyColumns"));
    expectRefused(step, {{QStringLiteral("ignoreWidth"), 1}}, QStringLiteral("ignoreWidth"));
    step = configured<RemoveDuplicatesStep>({{QStringLiteral("nameKeyColumns"), names({u"名前"})}});
    expectMissingColumnNamed(step, residents(), s(u"名前"));
}

TEST(TextStepsRemoveDuplicates, AMillionRowsAreFast)
{
    constexpr qsizetype Rows = 1000000;
    Table table(3);
    for (qsizetype r = 0; r < Rows; ++r) {
        // 250,000 people, each four times with a variant spelling of the name.
        const qsizetype person = r % 250000;
        const QString surname = (r / 250000) % 2 ? s(u"髙橋") : s(u"高橋");
        table.appendRow({Cell::text(surname + u'\u3000' + QString::number(person)), Cell::text(QStringLiteral("1980-01-01")),
                         Cell::number(double(r))});
    }
    table.setColumnNames({s(u"氏名"), s(u"生年月日"), s(u"No")});
    RemoveDuplicatesStep step = configured<RemoveDuplicatesStep>({{QStringLiteral("columns"), names({u"生年月日"})},
                                                                  {QStringLiteral("nameKeyColumns"), names({u"氏名"})}});
    QElapsedTimer timer;
    timer.start();
    const StepOutcome out = run(step, table);
    const qint64 ms = timer.elapsed();
    std::printf("removeDuplicates: %lld rows in %lld ms\n", static_cast<long long>(Rows), static_cast<long long>(ms));
    ASSERT_EQ(out.table.rowCount(), 250000);
    EXPECT_EQ(out.table.cell(249999, 2), Cell::number(249999)); // the first of each, in order
    EXPECT_LT(ms, 60000); // generous for a loaded CI machine; a quadratic scan takes hours
}

// ---- common ---------------------------------------------------------------------------------

namespace {
std::vector<std::unique_ptr<Step>> configuredSteps()
{
    std::vector<std::unique_ptr<Step>> steps;
    auto add = [&](std::unique_ptr<Step> step, const QJsonObject &parameters) {
        const Status status = step->setParameters(parameters);
        EXPECT_TRUE(status.ok()) << qPrintable(step->typeId());
        steps.push_back(std::move(step));
    };
    add(std::make_unique<NormalizeWidthStep>(), {{QStringLiteral("columns"), names({u"氏名"})},
                                                 {QStringLiteral("keepEnclosed"), false},
                                                 {QStringLiteral("waveDash"), QStringLiteral("fullwidthTilde")},
                                                 {QStringLiteral("spaces"), QStringLiteral("ideographic")}});
    add(std::make_unique<ConvertKanaStep>(), {{QStringLiteral("columns"), names({u"フリガナ"})}, {QStringLiteral("to"), QStringLiteral("hiragana")}});
    add(std::make_unique<ReplaceTextStep>(), {{QStringLiteral("columns"), names({u"事業者"})},
                                              {QStringLiteral("find"), s(u"株式会社")},
                                              {QStringLiteral("replace"), s(u"㈱")},
                                              {QStringLiteral("matchWidth"), true}});
    add(std::make_unique<MapValuesStep>(), {{QStringLiteral("column"), s(u"送迎区分")},
                                            {QStringLiteral("map"), pickupMap()},
                                            {QStringLiteral("unmatched"), QStringLiteral("report")}});
    add(std::make_unique<ChangeTypeStep>(), {{QStringLiteral("columns"), names({u"金額"})}, {QStringLiteral("to"), QStringLiteral("integer")}});
    add(std::make_unique<RemoveDuplicatesStep>(), {{QStringLiteral("columns"), names({u"生年月日"})},
                                                   {QStringLiteral("keep"), QStringLiteral("last")},
                                                   {QStringLiteral("nameKeyColumns"), names({u"氏名"})},
                                                   {QStringLiteral("ignoreWidth"), true}});
    return steps;
}
} // namespace

TEST(TextStepsCommon, RoundTripThroughRecipeJson)
{
    Recipe recipe;
    for (auto &step : configuredSteps())
        recipe.append(std::move(step));
    const QByteArray json = recipe.toJson();
    auto loaded = Recipe::fromJson(json, QStringLiteral("r.json"));
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().toString());
    EXPECT_EQ(loaded->toJson(), json);
    ASSERT_EQ(loaded->entries.size(), recipe.entries.size());
    for (size_t i = 0; i < recipe.entries.size(); ++i) {
        EXPECT_EQ(loaded->entries[i].step->typeId(), recipe.entries[i].step->typeId());
        EXPECT_EQ(loaded->entries[i].step->parameters(), recipe.entries[i].step->parameters())
            << qPrintable(recipe.entries[i].step->typeId());
    }
    // The stored names of the brief, spelled out: recipe files depend on them.
    const QJsonArray steps = QJsonDocument::fromJson(json).object().value(QStringLiteral("steps")).toArray();
    const QStringList types = {QStringLiteral("normalizeWidth"), QStringLiteral("convertKana"), QStringLiteral("replaceText"),
                               QStringLiteral("mapValues"), QStringLiteral("changeType"), QStringLiteral("removeDuplicates")};
    ASSERT_EQ(steps.size(), types.size());
    for (qsizetype i = 0; i < types.size(); ++i)
        EXPECT_EQ(steps[i].toObject().value(QStringLiteral("type")).toString(), types[i]);
    EXPECT_EQ(steps[0].toObject().value(QStringLiteral("parameters")).toObject().value(QStringLiteral("spaces")).toString(),
              QStringLiteral("ideographic"));
}

TEST(TextStepsCommon, RegisteredDescribedAndCloned)
{
    for (const auto &step : configuredSteps()) {
        SCOPED_TRACE(qPrintable(step->typeId()));
        auto created = StepRegistry::create(step->typeId());
        ASSERT_TRUE(created);
        EXPECT_EQ(created->typeId(), step->typeId());
        EXPECT_FALSE(step->title().isEmpty());
        // Every stored parameter has a spec the workbench can edit, and every choice is valid.
        QStringList specKeys;
        for (const ParameterSpec &spec : step->parameterSpecs()) {
            EXPECT_FALSE(spec.label.isEmpty()) << qPrintable(spec.key);
            specKeys << spec.key;
        }
        for (const QString &key : step->parameters().keys())
            EXPECT_TRUE(specKeys.contains(key)) << qPrintable(key);
        EXPECT_EQ(step->clone()->parameters(), step->parameters());
    }
}

TEST(TextStepsCommon, StepsStopWhenCancelled)
{
    const Table table = oneColumn(u"値", {t(u"ＡＢＣ"), t(u"1")});
    std::atomic<bool> cancelled{true};
    StepContext context;
    context.cancelled = &cancelled;
    const std::unique_ptr<Step> steps[] = {
        std::make_unique<NormalizeWidthStep>(),
        std::make_unique<ChangeTypeStep>(changeTo("number")),
        std::make_unique<MapValuesStep>(configured<MapValuesStep>({{QStringLiteral("column"), s(u"値")}, {QStringLiteral("map"), pickupMap()}})),
        std::make_unique<RemoveDuplicatesStep>(),
    };
    for (const auto &step : steps) {
        auto out = step->apply(table, context);
        ASSERT_FALSE(out.ok()) << qPrintable(step->typeId());
        EXPECT_EQ(out.error().kind, Error::Kind::Cancelled);
    }
}

// ---- the messy participant list (tests/data/cleaning) ---------------------------------------

namespace {
QString fixtureDir()
{
    const QString dir = qEnvironmentVariable("TENARAI_CLEANING_FIXTURE_DIR");
    return dir.isEmpty() ? QStringLiteral(TENARAI_TEST_DATA_DIR "/cleaning") : dir;
}

Table readFixture(const QString &name)
{
    auto book = CsvReader::readFile(fixtureDir() + u'/' + name);
    EXPECT_TRUE(book.ok()) << qPrintable(book.ok() ? QString() : book.error().toString());
    if (!book.ok() || book->sheets.empty())
        return {};
    auto named = PromoteHeadersStep().apply(book->sheets.front().table, {});
    return named.ok() ? named->table : Table();
}

template<typename T>
void appendStep(Recipe &recipe, const QJsonObject &parameters)
{
    auto step = std::make_unique<T>();
    const Status status = step->setParameters(parameters);
    EXPECT_TRUE(status.ok()) << qPrintable(step->typeId());
    recipe.append(std::move(step));
}
} // namespace

// The generator's ground truth drops blank rows, exact repeats, and three people entered twice
// under another number with the name written differently (山﨑/山崎, spacing) and the birthday
// written another way (19344, 1952年12月16日). This recipe must find exactly those, and unify
// the names, kana and 送迎区分 as the ground truth writes them.
TEST(TextStepsFixture, MessyListGivesTheGroundTruth)
{
    const Table messy = readFixture(QStringLiteral("messy.csv"));
    const Table expected = readFixture(QStringLiteral("expected.csv"));
    ASSERT_GT(messy.rowCount(), 200);
    ASSERT_GT(expected.rowCount(), 200);

    Recipe recipe;
    recipe.append(std::make_unique<RemoveBlankRowsStep>());
    appendStep<NormalizeWidthStep>(recipe, {{QStringLiteral("columns"), names({u"No.", u"氏名", u"ふりがな"})},
                                            {QStringLiteral("spaces"), QStringLiteral("ideographic")}});
    appendStep<ConvertKanaStep>(recipe, {{QStringLiteral("columns"), names({u"ふりがな"})}});
    appendStep<ChangeTypeStep>(recipe, {{QStringLiteral("columns"), names({u"生年月日"})}, {QStringLiteral("to"), QStringLiteral("date")}});
    appendStep<RemoveDuplicatesStep>(recipe, {{QStringLiteral("columns"), names({u"生年月日"})},
                                              {QStringLiteral("nameKeyColumns"), names({u"氏名"})}});
    appendStep<MapValuesStep>(recipe, {{QStringLiteral("column"), s(u"送迎区分")},
                                       {QStringLiteral("map"), QJsonObject{{s(u"有"), s(u"あり")}, {s(u"有り"), s(u"あり")},
                                                                           {s(u"あり"), s(u"あり")}, {s(u"ｱﾘ"), s(u"あり")},
                                                                           {s(u"〇"), s(u"あり")}, {s(u"○"), s(u"あり")},
                                                                           {s(u"◯"), s(u"あり")}, {s(u"無"), s(u"なし")},
                                                                           {s(u"無し"), s(u"なし")}, {s(u"なし"), s(u"なし")},
                                                                           {s(u"ﾅｼ"), s(u"なし")}, {s(u"×"), s(u"なし")}}},
                                       {QStringLiteral("unmatched"), QStringLiteral("report")}});
    const RecipeRun run = recipe.run(messy);
    ASSERT_FALSE(run.error) << qPrintable(run.error->toString());
    for (const StepOutcome &outcome : run.outcomes) {
        for (const CellIssue &issue : outcome.issues)
            ADD_FAILURE() << "row " << issue.row << ": " << qPrintable(issue.message);
    }
    const Table &out = run.table;
    const QStringList outNames = out.columnNames();
    const QStringList expectedNames = expected.columnNames();

    QHash<QString, qsizetype> expectedRow;
    for (qsizetype r = 0; r < expected.rowCount(); ++r)
        expectedRow.insert(expected.cell(r, 0).toString(), r);
    EXPECT_EQ(out.rowCount(), expected.rowCount());
    int matched = 0;
    for (qsizetype r = 0; r < out.rowCount(); ++r) {
        const QString no = out.cell(r, 0).toString();
        const auto e = expectedRow.constFind(no);
        if (e == expectedRow.constEnd()) {
            ADD_FAILURE() << "No " << qPrintable(no) << " (" << qPrintable(out.cell(r, 2).toString())
                          << ") is not in the ground truth";
            continue;
        }
        bool ok = true;
        for (const QString &column : {s(u"氏名"), s(u"ふりがな"), s(u"生年月日"), s(u"送迎区分")}) {
            const QString got = out.cell(r, int(outNames.indexOf(column))).toString();
            const QString want = expected.cell(e.value(), int(expectedNames.indexOf(column))).toString();
            if (got != want) {
                ok = false;
                ADD_FAILURE() << "No " << qPrintable(no) << ", " << qPrintable(column) << ": " << qPrintable(got)
                              << ", expected " << qPrintable(want);
            }
        }
        matched += ok ? 1 : 0;
    }
    std::printf("[ fixture  ] text steps: %d of %lld rows match\n", matched, static_cast<long long>(expected.rowCount()));
}
