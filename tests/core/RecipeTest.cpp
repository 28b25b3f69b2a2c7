#include "cleaning/FillDownStep.h"
#include "cleaning/PromoteHeadersStep.h"
#include "cleaning/Recipe.h"
#include "cleaning/RemoveBlankRowsStep.h"
#include "cleaning/RemoveColumnsStep.h"
#include "cleaning/RemoveTopRowsStep.h"
#include "cleaning/TrimStep.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {
Cell t(const char16_t *s)
{
    return Cell::text(QString::fromUtf16(s));
}

// A survey-style sheet: a title row, a blank row, the header, a vertically merged group column.
Table surveySheet()
{
    Table table;
    table.appendRow({t(u"令和6年度 参加者名簿")});
    table.appendRow({});
    table.appendRow({t(u"地区"), t(u"氏名"), t(u"")});
    table.appendRow({t(u"北地区"), t(u"山田　太郎"), Cell::number(1)});
    table.appendRow({Cell(), t(u"佐藤　花子"), Cell::number(2)});
    table.appendRow({t(u"\u3000"), Cell(), Cell()});
    table.appendRow({t(u"南地区"), t(u"鈴木　一郎"), Cell::number(3)});
    table.appendRow({Cell(), t(u"高橋　次郎"), Cell::number(4)});
    return table;
}

Recipe surveyRecipe()
{
    Recipe recipe;
    auto remove = std::make_unique<RemoveTopRowsStep>();
    EXPECT_TRUE(remove->setParameters({{QStringLiteral("count"), 2}}).ok());
    recipe.append(std::move(remove));
    recipe.append(std::make_unique<PromoteHeadersStep>());
    recipe.append(std::make_unique<RemoveBlankRowsStep>());
    auto fill = std::make_unique<FillDownStep>();
    EXPECT_TRUE(fill->setParameters({{QStringLiteral("columns"), QJsonArray{QStringLiteral("地区")}}}).ok());
    recipe.append(std::move(fill));
    return recipe;
}
} // namespace

TEST(Recipe, TurnsASurveySheetIntoATable)
{
    const RecipeRun run = surveyRecipe().run(surveySheet());
    ASSERT_FALSE(run.error) << qPrintable(run.error->toString());
    const Table &out = run.table;
    EXPECT_EQ(out.columnNames(), (QStringList{QStringLiteral("地区"), QStringLiteral("氏名"), QStringLiteral("Column3")}));
    ASSERT_EQ(out.rowCount(), 4);
    EXPECT_EQ(out.cell(1, 0).textValue(), QStringLiteral("北地区"));
    EXPECT_EQ(out.cell(3, 0).textValue(), QStringLiteral("南地区"));
    EXPECT_EQ(out.cell(3, 1).textValue(), QStringLiteral("高橋　次郎"));
    EXPECT_EQ(out.cell(2, 2).numberValue(), 3);  // kinds survive every step
    EXPECT_EQ(run.stepsApplied, 4);
}

TEST(Recipe, RoundTripsThroughJsonAndReplaysTheSame)
{
    const Recipe recipe = surveyRecipe();
    const QByteArray json = recipe.toJson();
    auto loaded = Recipe::fromJson(json, QStringLiteral("r.json"));
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().toString());
    EXPECT_EQ(loaded->toJson(), json);
    EXPECT_TRUE(loaded->run(surveySheet()).table == recipe.run(surveySheet()).table);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("名簿.recipe.json"));
    ASSERT_TRUE(recipe.save(path).ok());
    auto fromDisk = Recipe::load(path);
    ASSERT_TRUE(fromDisk.ok());
    EXPECT_EQ(fromDisk->entries.size(), 4u);
}

TEST(Recipe, AFailingStepKeepsTheWorkBeforeIt)
{
    Recipe recipe = surveyRecipe();
    auto fill = std::make_unique<FillDownStep>();
    ASSERT_TRUE(fill->setParameters({{QStringLiteral("columns"), QJsonArray{QStringLiteral("住所")}}}).ok());
    recipe.append(std::move(fill));
    const RecipeRun run = recipe.run(surveySheet());
    ASSERT_TRUE(run.error);
    EXPECT_EQ(run.failedStep, 4);
    EXPECT_EQ(run.stepsApplied, 4);
    EXPECT_TRUE(run.error->part.contains(QStringLiteral("住所")));
    EXPECT_EQ(run.table.rowCount(), 4); // the result of the four steps before it
}

TEST(Recipe, LoadingNamesWhatIsWrong)
{
    auto bad = Recipe::fromJson("{\"format\":\"tenarai-recipe\",\n \"version\": 1,\n \"steps\": [,]}", QStringLiteral("a.json"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().part, QStringLiteral("line 3, column 12"));

    auto newer = Recipe::fromJson(R"({"format":"tenarai-recipe","version":2,"steps":[]})");
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().part, QStringLiteral("version"));
    EXPECT_TRUE(newer.error().message.contains(QStringLiteral("newer")));

    auto unknown = Recipe::fromJson(R"({"format":"tenarai-recipe","version":1,"steps":[{"type":"fillDown","parameters":{"columns":["a"]}},{"type":"magic"}]})");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().part, QStringLiteral("step 2"));
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("magic")));

    auto badParameter = Recipe::fromJson(R"({"format":"tenarai-recipe","version":1,"steps":[{"type":"removeTopRows","parameters":{"count":-1}}]})");
    ASSERT_FALSE(badParameter.ok());
    EXPECT_EQ(badParameter.error().part, QStringLiteral("step 1 (removeTopRows)"));

    EXPECT_FALSE(Recipe::fromJson(R"({"format":"something-else","version":1,"steps":[]})").ok());
}

TEST(PromoteHeadersStep, MakesNamesUniqueAndNamesBlanks)
{
    Table table;
    table.appendRow({t(u"氏名"), t(u""), t(u"氏名"), t(u" 電話 ")});
    table.appendRow({t(u"a"), t(u"b"), t(u"c"), t(u"d")});
    PromoteHeadersStep step;
    auto out = step.apply(table, {});
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->table.columnNames(),
              (QStringList{QStringLiteral("氏名"), QStringLiteral("Column2"), QStringLiteral("氏名_2"), QStringLiteral("電話")}));
    EXPECT_EQ(out->table.rowCount(), 1);
}

TEST(RemoveBlankRowsStep, HonoursCancel)
{
    Table table;
    for (int i = 0; i < 10; ++i)
        table.appendRow({Cell::number(i)});
    std::atomic<bool> cancelled{true};
    StepContext context;
    context.cancelled = &cancelled;
    auto out = RemoveBlankRowsStep().apply(table, context);
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().kind, Error::Kind::Cancelled);
}

TEST(TrimStep, TrimsTextOnlyAndCollapsesOnRequest)
{
    Table table;
    table.appendRow({t(u"氏名"), t(u"備考")});
    table.appendRow({t(u"\u3000山田\u3000太郎 "), t(u" 朝  9時\t集合 ")});
    table.appendRow({t(u"\u3000 "), Cell::number(5)});
    PromoteHeadersStep headers;
    const Table named = headers.apply(table, {}).value().table;

    TrimStep trim;
    auto out = trim.apply(named, {});
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->table.cell(0, 0).textValue(), QStringLiteral("山田\u3000太郎"));
    EXPECT_EQ(out->table.cell(0, 1).textValue(), QStringLiteral("朝  9時\t集合"));
    EXPECT_TRUE(out->table.cell(1, 0).isEmpty());          // only spaces: now empty
    EXPECT_EQ(out->table.cell(1, 1).numberValue(), 5);      // other kinds untouched

    ASSERT_TRUE(trim.setParameters({{QStringLiteral("columns"), QJsonArray{QStringLiteral("備考")}},
                                    {QStringLiteral("collapse"), true}}).ok());
    out = trim.apply(named, {});
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->table.cell(0, 1).textValue(), QStringLiteral("朝 9時 集合"));
    EXPECT_EQ(out->table.cell(0, 0).textValue(), QStringLiteral("\u3000山田\u3000太郎 ")); // not named

    EXPECT_FALSE(trim.setParameters({{QStringLiteral("collapse"), QStringLiteral("yes")}}).ok());
}

TEST(RemoveColumnsStep, RemovesByNameAndNamesAMissingColumn)
{
    Table table(3);
    table.appendRow({Cell::number(1), Cell::number(2), Cell::number(3)});
    table.setColumnNames({QStringLiteral("No"), QStringLiteral("氏名"), QStringLiteral("メモ")});
    RemoveColumnsStep step;
    ASSERT_TRUE(step.setParameters({{QStringLiteral("columns"), QJsonArray{QStringLiteral("メモ"), QStringLiteral("No")}}}).ok());
    auto out = step.apply(table, {});
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->table.columnNames(), QStringList{QStringLiteral("氏名")});
    EXPECT_EQ(out->table.cell(0, 0).numberValue(), 2);

    ASSERT_TRUE(step.setParameters({{QStringLiteral("columns"), QJsonArray{QStringLiteral("住所")}}}).ok());
    auto missing = step.apply(table, {});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().part.contains(QStringLiteral("住所")));
}
