// `tenarai-cli clean`: a saved recipe replayed on a file. OUT appears only when every step
// succeeded; failures name the step, the column and the line of a broken recipe.
#include "CliRunner.h"
#include "CsvTableCompare.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString messy()
{
    return QStringLiteral(TENARAI_TEST_DATA_DIR "/cleaning/messy.csv");
}

class CleanCommandTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString recipe(const QByteArray &steps, const QByteArray &import = "{}")
    {
        const QString file = path(QStringLiteral("recipe.json"));
        CliRunner::writeAll(file, "{\n  \"format\": \"tenarai-recipe\",\n  \"version\": 1,\n  \"import\": " + import
                                      + ",\n  \"steps\": " + steps + "\n}\n");
        return file;
    }

    QTemporaryDir m_dir;
};

const QByteArray MessySteps = R"([
    {"type": "promoteHeaders", "parameters": {"row": 0}},
    {"type": "removeBlankRows"},
    {"type": "fillDown", "parameters": {"columns": ["地区"]}},
    {"type": "trim", "parameters": {"columns": ["氏名", "ふりがな"], "collapse": true}}
])";

} // namespace

TEST_F(CleanCommandTest, MessyFileWithTrimRemoveBlankRowsAndFillDown)
{
    const QString out = path(QStringLiteral("clean.csv"));
    const CliRun run = CliRunner::run({QStringLiteral("clean"), QStringLiteral("--recipe"), recipe(MessySteps), messy(), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.constData();
    const QList<QStringList> rows = CsvTableCompare::parse(CliRunner::readAll(out));
    ASSERT_EQ(rows.size(), 1 + 300 - 4); // headings, 300 rows less the 4 blank ones
    EXPECT_EQ(rows[0].value(1), QStringLiteral("地区"));
    EXPECT_EQ(rows[1].value(2), QStringLiteral("山崎 清"));    // "山崎 　清": one space, as written
    EXPECT_EQ(rows[2].value(1), QStringLiteral("中央地区")); // filled down
    for (const QStringList &row : rows)
        EXPECT_FALSE(row.value(1).isEmpty()) << row.join(QLatin1Char(',')).toStdString();
    // Columns the recipe does not name are left as they were.
    EXPECT_EQ(rows[1].value(4), QStringLiteral("H19/1/27"));
}

TEST_F(CleanCommandTest, XlsxOutputAndCommandLineOverridesTheRecipesSheet)
{
    const QString out = path(QStringLiteral("clean.xlsx"));
    // The recipe names a sheet the CSV does not have; --sheet 0 overrides it.
    const QString file = recipe(MessySteps, R"({"sheet": "名簿"})");
    const CliRun refused = CliRunner::run({QStringLiteral("clean"), QStringLiteral("--recipe"), file, messy(), out});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(refused.err).contains(QStringLiteral("名簿"))) << refused.err.constData();
    const CliRun run = CliRunner::run(
        {QStringLiteral("clean"), QStringLiteral("--recipe"), file, QStringLiteral("--sheet"), QStringLiteral("0"), messy(), out});
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(CliRunner::readAll(out).startsWith("PK"));
}

TEST_F(CleanCommandTest, MissingRecipe)
{
    const QString out = path(QStringLiteral("clean.csv"));
    const CliRun run = CliRunner::run(
        {QStringLiteral("clean"), QStringLiteral("--recipe"), path(QStringLiteral("none.json")), messy(), out});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith("tenarai-cli: "));
    EXPECT_TRUE(run.err.contains("none.json"));
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(CleanCommandTest, BrokenJsonNamesTheLine)
{
    const QString out = path(QStringLiteral("clean.csv"));
    const QString file = path(QStringLiteral("broken.json"));
    CliRunner::writeAll(file, "{\n  \"format\": \"tenarai-recipe\",\n  \"version\": 1,\n  \"steps\": [\n    {\"type\": "
                              "\"trim\",}\n  ]\n}\n");
    const CliRun run = CliRunner::run({QStringLiteral("clean"), QStringLiteral("--recipe"), file, messy(), out});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("broken.json"));
    EXPECT_TRUE(run.err.contains("line 5")) << run.err.constData();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(CleanCommandTest, MissingColumnNamesTheStepAndWritesNothing)
{
    const QString out = path(QStringLiteral("clean.csv"));
    CliRunner::writeAll(out, "before\n");
    const CliRun run = CliRunner::run({QStringLiteral("clean"), QStringLiteral("--recipe"),
                                       recipe(R"([{"type": "promoteHeaders"}, {"type": "removeBlankRows"},
                                                  {"type": "fillDown", "parameters": {"columns": ["区域"]}}])"),
                                       messy(), out});
    EXPECT_EQ(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    EXPECT_TRUE(err.contains(QStringLiteral("Step 3 of the recipe failed"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("“Fill down”"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("区域"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("Nothing was written to"))) << err.toStdString();
    EXPECT_EQ(CliRunner::readAll(out), QByteArray("before\n"));
}

TEST_F(CleanCommandTest, ValuesAStepCouldNotCleanAreListedWithTheirPlace)
{
    const QString in = path(QStringLiteral("list.csv"));
    QByteArray csv = "氏名,受付日\n";
    for (int i = 0; i < 25; ++i)
        csv += "山田,平成31年5月" + QByteArray::number(i + 1) + "日\n"; // 平成 ended on 4月30日
    csv += "佐藤,令和3年4月1日\n";
    CliRunner::writeAll(in, csv);
    const QString out = path(QStringLiteral("clean.csv"));
    const CliRun run = CliRunner::run({QStringLiteral("clean"), QStringLiteral("--recipe"),
                                       recipe(R"([{"type": "promoteHeaders"},
                                                  {"type": "normalizeDates", "parameters": {"columns": ["受付日"]}}])"),
                                       in, out});
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    const QString err = QString::fromUtf8(run.err);
    EXPECT_TRUE(err.contains(QStringLiteral("step 2 ("))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("row 1, column 2: "))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("(20 shown of 25)"))) << err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
    EXPECT_TRUE(QString::fromUtf8(CliRunner::readAll(out)).contains(QStringLiteral("2021-04-01")));
}

TEST_F(CleanCommandTest, UsageErrors)
{
    const QString file = recipe(MessySteps);
    EXPECT_EQ(CliRunner::run({QStringLiteral("clean"), messy(), path(QStringLiteral("o.csv"))}).exitCode, 2);
    EXPECT_EQ(CliRunner::run({QStringLiteral("clean"), QStringLiteral("--recipe"), file, messy()}).exitCode, 2);
    EXPECT_EQ(CliRunner::run({QStringLiteral("clean"), QStringLiteral("--recipe"), file, messy(), path(QStringLiteral("o.pdf"))})
                  .exitCode,
              2);
    EXPECT_EQ(CliRunner::run({QStringLiteral("clean"), QStringLiteral("--recipe"), file, QStringLiteral("--encoding"),
                              QStringLiteral("latin-1"), messy(), path(QStringLiteral("o.csv"))})
                  .exitCode,
              2);
}
