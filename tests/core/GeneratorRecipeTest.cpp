// The recipe shipped in tests/data/cleaning/recipe.json must turn the generator's messy table into
// its ground truth exactly, every cell, as the learner's recipe built in the workbench must. The
// expected file comes from the generator's records, not from any cleaning code, so this judges
// every step of the chain at once. TENARAI_CLEANING_FIXTURE_DIR points it at a larger pair.
//
// One documented exception: the generator hyphenates phone numbers with a rough rule of its own
// (3-3-4 unless its short table says otherwise), which puts some numbers in the wrong area
// (047-629-… is 成田's 0476-29-…) and formats numbers that are not in use. Tenarai follows the
// national numbering plan through libphonenumber, as the issue asks, and leaves numbers that are
// not in use as written with a message. phone-numbering-plan.csv lists each such cell; the test
// checks that each one differs only in layout (the same digits) and nowhere else.
#include "CsvTableCompare.h"
#include "cleaning/Recipe.h"
#include "io/TableIO.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {
QString fixtureDir()
{
    const QString dir = qEnvironmentVariable("TENARAI_CLEANING_FIXTURE_DIR");
    return dir.isEmpty() ? QStringLiteral(TENARAI_TEST_DATA_DIR "/cleaning") : dir;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    }
    return digits;
}

// Applies phone-numbering-plan.csv to the generator's expected rows; counts the cells left as
// written because no number in use has those digits.
int applyNumberingPlan(QList<QStringList> &expected, const QList<QStringList> &plan)
{
    const int phone = int(expected.first().indexOf(QStringLiteral("電話番号")));
    EXPECT_GE(phone, 0);
    int notInUse = 0;
    for (qsizetype i = 1; i < plan.size(); ++i) {
        const QStringList &p = plan[i];
        EXPECT_EQ(p.size(), 4);
        bool found = false;
        for (QStringList &row : expected) {
            if (row.value(0) != p.value(0))
                continue;
            EXPECT_EQ(row.value(phone), p.value(1)) << "No " << p.value(0).toStdString();
            EXPECT_EQ(digitsOf(p.value(1)), digitsOf(p.value(2))) << "No " << p.value(0).toStdString();
            row[phone] = p.value(2);
            found = true;
        }
        EXPECT_TRUE(found) << "No " << p.value(0).toStdString();
        if (p.value(3) == QStringLiteral("not in use"))
            ++notInUse;
        else
            EXPECT_EQ(p.value(3), QStringLiteral("layout"));
    }
    return notInUse;
}
} // namespace

TEST(GeneratorRecipe, ReproducesTheExpectedTableExactly)
{
    const auto recipe = Recipe::load(QStringLiteral(TENARAI_TEST_DATA_DIR "/cleaning/recipe.json"));
    ASSERT_TRUE(recipe.ok()) << recipe.error().toString().toStdString();

    ReadOptions options;
    options.encoding = recipe->importOptions.encoding;
    auto workbook = TableIO::read(fixtureDir() + QStringLiteral("/messy.csv"), options);
    ASSERT_TRUE(workbook.ok()) << workbook.error().toString().toStdString();
    ASSERT_FALSE(workbook->sheets.empty());

    const RecipeRun run = recipe->run(workbook->sheets.front().table);
    ASSERT_FALSE(run.error.has_value()) << "step " << run.failedStep << ": "
                                        << run.error->toString().toStdString();
    // Only phone numbers that are not in use are reported, and nothing else.
    qsizetype phoneIssues = 0;
    for (size_t i = 0; i < run.outcomes.size(); ++i) {
        const bool phoneStep = recipe->entries[i].step->typeId() == QStringLiteral("normalizePhone");
        if (phoneStep)
            phoneIssues = run.outcomes[i].issueCount;
        else
            EXPECT_EQ(run.outcomes[i].issueCount, 0) << recipe->entries[i].step->typeId().toStdString();
    }

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Workbook out;
    out.sheets.push_back(Sheet{});
    out.sheets.back().table = run.table;
    const QString written = dir.filePath(QStringLiteral("clean.csv"));
    ASSERT_TRUE(TableIO::write(written, out, 0).ok());

    auto expected = CsvTableCompare::parse(readAll(fixtureDir() + QStringLiteral("/expected.csv")));
    const auto actual = CsvTableCompare::parse(readAll(written));
    ASSERT_GT(expected.size(), 1);
    const QString planFile = fixtureDir() + QStringLiteral("/phone-numbering-plan.csv");
    if (QFile::exists(planFile)) {
        const int notInUse = applyNumberingPlan(expected, CsvTableCompare::parse(readAll(planFile)));
        // Duplicate rows removed later may also have been reported.
        EXPECT_GE(phoneIssues, notInUse);
    } else {
        EXPECT_EQ(phoneIssues, 0);
    }
    EXPECT_EQ(actual.size(), expected.size());
    // Exactly: the same text in every cell (not only the same values), as a user diffing the files sees.
    EXPECT_TRUE(actual == expected) << CsvTableCompare::differences(expected, actual).toStdString();
}

TEST(GeneratorRecipe, ReplaysToTheSameTableEveryTime)
{
    const auto recipe = Recipe::load(QStringLiteral(TENARAI_TEST_DATA_DIR "/cleaning/recipe.json"));
    ASSERT_TRUE(recipe.ok());
    auto workbook = TableIO::read(fixtureDir() + QStringLiteral("/messy.csv"));
    ASSERT_TRUE(workbook.ok());
    const Table &input = workbook->sheets.front().table;
    const RecipeRun first = recipe->run(input);
    const RecipeRun second = recipe->run(input);
    ASSERT_FALSE(first.error.has_value());
    EXPECT_TRUE(first.table == second.table);
    // Saving and loading the recipe does not change what it does.
    const auto reloaded = Recipe::fromJson(recipe->toJson());
    ASSERT_TRUE(reloaded.ok());
    EXPECT_EQ(reloaded->toJson(), recipe->toJson());
    EXPECT_TRUE(reloaded->run(input).table == first.table);
}
