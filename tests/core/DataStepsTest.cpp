#include "CsvTableCompare.h"
#include "cleaning/NormalizeAmountsStep.h"
#include "cleaning/NormalizeBlockNumbersStep.h"
#include "cleaning/NormalizeDatesStep.h"
#include "cleaning/NormalizePhoneStep.h"
#include "cleaning/NormalizePostalCodeStep.h"
#include "cleaning/PromoteHeadersStep.h"
#include "cleaning/Recipe.h"
#include "cleaning/SplitAddressStep.h"
#include "cleaning/StepRegistry.h"
#include "cleaning/TrimStep.h"
#include "io/CsvReader.h"
#include "normalize/DateNormalizer.h"
#include "normalize/NumberNormalizer.h"
#include "normalize/TextNormalizer.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <atomic>

using namespace tenarai;

// Readable QString values in failure messages.
[[maybe_unused]] static void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

QString S(QStringView s)
{
    return s.toString();
}

Cell t(QStringView s)
{
    return Cell::text(s.toString());
}

QJsonArray names(std::initializer_list<QStringView> list)
{
    QJsonArray a;
    for (QStringView s : list)
        a.append(s.toString());
    return a;
}

// A table with one named column of the given cells and a 番号 column before it.
Table column(const QString &name, const QList<Cell> &cells)
{
    Table table;
    for (qsizetype r = 0; r < cells.size(); ++r)
        table.appendRow({ Cell::number(double(r + 1)), cells[r] });
    table.setColumnNames({ QStringLiteral("番号"), name });
    return table;
}

template <typename T> std::unique_ptr<T> makeStep(const QJsonObject &parameters)
{
    auto step = std::make_unique<T>();
    const Status s = step->setParameters(parameters);
    EXPECT_TRUE(s.ok()) << qPrintable(s.ok() ? QString() : s.error().toString());
    return step;
}

StepOutcome run(const Step &step, const Table &input)
{
    Result<StepOutcome> out = step.apply(input, StepContext());
    EXPECT_TRUE(out.ok()) << qPrintable(out.ok() ? QString() : out.error().toString());
    return out.ok() ? std::move(out).value() : StepOutcome();
}

// The issue reported for a row, or an empty string.
QString issueAt(const StepOutcome &out, qsizetype row)
{
    for (const CellIssue &issue : out.issues) {
        if (issue.row == row)
            return issue.message;
    }
    return QString();
}

QJsonObject columnsParameter(const QString &name)
{
    return { { QStringLiteral("columns"), QJsonArray { name } } };
}

} // namespace

TEST(DataSteps, DatesBecomeIsoText)
{
    const auto step = makeStep<NormalizeDatesStep>(columnsParameter(QStringLiteral("受付日")));
    const Table input = column(
        QStringLiteral("受付日"),
        { t(u"2021/4/1"), t(u"20210401"), t(u"令和3年4月1日"), t(u"R3.4.1"), t(u"令和元年5月1日"),
          Cell::number(44287), t(u"44287"), Cell::date(QDate(2021, 4, 1)), t(u"２０２１年４月１日（木）"),
          t(u"2021/4/1 9:30"), Cell(), t(u"平成31年5月1日"), t(u"2021年2月30日"), Cell::boolean(true) });
    const StepOutcome out = run(*step, input);
    const Column &c = out.table.column(1);
    for (qsizetype r : { 0, 1, 2, 3, 5, 6, 7, 8, 9 })
        EXPECT_EQ(c.at(r), Cell::text(QStringLiteral("2021-04-01"))) << "row " << r;
    EXPECT_EQ(c.at(4), Cell::text(QStringLiteral("2019-05-01")));
    EXPECT_TRUE(c.isEmptyAt(10)); // empty stays empty, and is no issue
    // Days that do not exist are kept as written and reported with DateNormalizer's reason.
    EXPECT_EQ(c.at(11), t(u"平成31年5月1日"));
    EXPECT_EQ(c.at(12), t(u"2021年2月30日"));
    EXPECT_EQ(issueAt(out, 11), DateNormalizer::parse(u"平成31年5月1日").error().message);
    EXPECT_EQ(issueAt(out, 12), DateNormalizer::parse(u"2021年2月30日").error().message);
    EXPECT_EQ(c.at(13), Cell::boolean(true));
    EXPECT_FALSE(issueAt(out, 13).isEmpty());
    EXPECT_EQ(out.issueCount, 3);
    EXPECT_EQ(out.issues.front().column, 1);
    // The input is never changed.
    EXPECT_EQ(input.cell(0, 1), t(u"2021/4/1"));
}

TEST(DataSteps, DatesAsDateCellsInThe1904System)
{
    auto step = makeStep<NormalizeDatesStep>({ { QStringLiteral("columns"), names({ u"生年月日" }) },
                                               { QStringLiteral("excelSystem"), QStringLiteral("1904") },
                                               { QStringLiteral("output"), QStringLiteral("date") } });
    const StepOutcome out = run(
        *step,
        column(QStringLiteral("生年月日"), { Cell::number(44287), t(u"S60.1.15"), t(u"昭和64年1月8日") }));
    // Old Mac Excel counts from 1904-01-01: 1462 days after the 1900 system's reading.
    EXPECT_EQ(out.table.cell(0, 1), Cell::date(QDate(2025, 4, 2)));
    EXPECT_EQ(out.table.cell(1, 1), Cell::date(QDate(1985, 1, 15)));
    EXPECT_EQ(out.table.cell(2, 1), t(u"昭和64年1月8日")); // 昭和 ended on 1月7日
    EXPECT_EQ(out.issueCount, 1);
}

TEST(DataSteps, AmountsBecomeNumbers)
{
    const auto step = makeStep<NormalizeAmountsStep>(columnsParameter(QStringLiteral("参加費")));
    const Table input = column(QStringLiteral("参加費"),
                               { t(u"１，０００円"), t(u"¥1,500"), t(u"1.5万円"), t(u"3億"), t(u"1,500千円"),
                                 t(u"△500"), t(u"▲500"), t(u"(500)"), t(u"千二百円"), Cell::number(2000),
                                 Cell(), t(u"約3,000円"), t(u"1,000～2,000円"), t(u"無料") });
    const StepOutcome out = run(*step, input);
    const QList<double> expected = { 1000, 1500, 15000, 300000000, 1500000, -500, -500, -500, 1200, 2000 };
    for (qsizetype r = 0; r < expected.size(); ++r)
        EXPECT_EQ(out.table.cell(r, 1), Cell::number(expected[r])) << "row " << r;
    EXPECT_TRUE(out.table.column(1).isEmptyAt(10));
    // Approximations, ranges and 無料 are reported, not guessed; 無料 is NumberNormalizer's
    // "free of charge" refusal, which a value map before this step can turn into 0.
    for (qsizetype r : { 11, 12, 13 }) {
        EXPECT_EQ(out.table.cell(r, 1), input.cell(r, 1));
        EXPECT_EQ(issueAt(out, r),
                  NumberNormalizer::parseAmount(input.cell(r, 1).textValue()).error().message);
    }
    EXPECT_TRUE(issueAt(out, 13).contains(QStringLiteral("free")));
    EXPECT_EQ(out.issueCount, 3);
}

TEST(DataSteps, AmountsAsTextHaveNoNeedlessFraction)
{
    const auto step
        = makeStep<NormalizeAmountsStep>({ { QStringLiteral("columns"), names({ u"参加費" }) },
                                           { QStringLiteral("output"), QStringLiteral("text") } });
    const StepOutcome out
        = run(*step,
              column(QStringLiteral("参加費"),
                     { t(u"1,000円"), Cell::number(2000), t(u"0.1万"), t(u"1.5"), t(u"（３００）") }));
    EXPECT_EQ(out.table.cell(0, 1), t(u"1000"));
    EXPECT_EQ(out.table.cell(1, 1), t(u"2000"));
    EXPECT_EQ(out.table.cell(2, 1), t(u"1000"));
    EXPECT_EQ(out.table.cell(3, 1), t(u"1.5"));
    EXPECT_EQ(out.table.cell(4, 1), t(u"-300"));
}

TEST(DataSteps, PhoneNumbersGetHyphens)
{
    const auto step = makeStep<NormalizePhoneStep>(columnsParameter(QStringLiteral("電話番号")));
    const StepOutcome out = run(*step,
                                column(QStringLiteral("電話番号"),
                                       { t(u"0312345678"), t(u"（0467）12-3456"),
                                         t(u"０９０ー１２３４ー５６７８"), Cell::number(9012345678.0),
                                         t(u"TEL:0120-12-3456"), Cell(), t(u"03-1234-567"), t(u"なし") }));
    EXPECT_EQ(out.table.cell(0, 1), t(u"03-1234-5678"));
    EXPECT_EQ(out.table.cell(1, 1), t(u"0467-12-3456"));
    EXPECT_EQ(out.table.cell(2, 1), t(u"090-1234-5678"));
    EXPECT_EQ(out.table.cell(3, 1), t(u"090-1234-5678")); // the 0 Excel dropped comes back
    EXPECT_EQ(out.table.cell(4, 1), t(u"0120-123-456"));
    EXPECT_TRUE(out.table.column(1).isEmptyAt(5));
    EXPECT_EQ(out.table.cell(6, 1), t(u"03-1234-567"));
    EXPECT_TRUE(issueAt(out, 6).contains(QStringLiteral("9 digit")));
    EXPECT_EQ(out.table.cell(7, 1), t(u"なし"));
    EXPECT_EQ(out.issueCount, 2);

    // Where the numbering plan is finer than "3-3-4 unless a well-known 4-digit code".
    const StepOutcome plan
        = run(*step,
              column(QStringLiteral("電話番号"),
                     { t(u"047-629-8587"), t(u"0847-77-1627"), t(u"080-0383-5184"), t(u"070-0848-1092") }));
    EXPECT_EQ(plan.table.cell(0, 1), t(u"0476-29-8587")); // 成田
    EXPECT_EQ(plan.table.cell(1, 1), t(u"08477-7-1627")); // 上下 (府中市): a 5-digit area code
    EXPECT_EQ(plan.table.cell(2, 1), t(u"0800-383-5184")); // free dial, not a mobile number
    EXPECT_EQ(plan.table.cell(3, 1), t(u"07008481092")); // 070-0 is not in use: digits only, reported
    EXPECT_EQ(plan.issueCount, 1);
}

TEST(DataSteps, PostalCodesAs123Dash4567)
{
    const auto step = makeStep<NormalizePostalCodeStep>(columnsParameter(QStringLiteral("郵便番号")));
    const StepOutcome out = run(*step,
                                column(QStringLiteral("郵便番号"),
                                       { t(u"〒1000001"), t(u"１２３ー４５６７"), Cell::number(123456),
                                         t(u" 〒 198-0017"), t(u"12-34567"), t(u"123-456") }));
    EXPECT_EQ(out.table.cell(0, 1), t(u"100-0001"));
    EXPECT_EQ(out.table.cell(1, 1), t(u"123-4567"));
    EXPECT_EQ(out.table.cell(2, 1), t(u"012-3456")); // Excel read 0123456 as a number
    EXPECT_EQ(out.table.cell(3, 1), t(u"198-0017"));
    EXPECT_EQ(out.table.cell(4, 1), t(u"12-34567"));
    EXPECT_EQ(out.table.cell(5, 1), t(u"123-456"));
    EXPECT_EQ(out.issueCount, 2);
}

TEST(DataSteps, BlockNumbersAsHyphens)
{
    const auto step = makeStep<NormalizeBlockNumbersStep>(columnsParameter(QStringLiteral("町域以降")));
    const StepOutcome out
        = run(*step,
              column(QStringLiteral("町域以降"),
                     { t(u"霞が関1丁目2番3号"), t(u"大字上野1218番地の29"),
                       t(u"緑が丘九丁目27-21メゾン青葉A-105"), t(u"三田"), Cell::number(12), Cell() }));
    EXPECT_EQ(out.table.cell(0, 1), t(u"霞が関1-2-3"));
    EXPECT_EQ(out.table.cell(1, 1), t(u"大字上野1218-29"));
    EXPECT_EQ(out.table.cell(2, 1), t(u"緑が丘9-27-21 メゾン青葉A-105"));
    EXPECT_EQ(out.table.cell(3, 1), t(u"三田")); // a place name, not a block number
    EXPECT_EQ(out.table.cell(4, 1), Cell::number(12));
    EXPECT_EQ(out.issueCount, 0);
}

TEST(DataSteps, SplitAddressReplacesTheColumnInPlace)
{
    auto step = makeStep<SplitAddressStep>({ { QStringLiteral("column"), QStringLiteral("住所") } });
    Table input;
    input.setColumnNames({ QStringLiteral("氏名"), QStringLiteral("住所"), QStringLiteral("備考") });
    const QList<Cell> addresses = { t(u"東京都千代田区霞が関1丁目2番3号"),
                                    t(u"横浜市中区本町１ー２"),
                                    t(u"府中市宮町1-1"),
                                    t(u"三重県四日市市諏訪町1番5号"),
                                    Cell(),
                                    t(u"ほげほげ市1-1"),
                                    Cell::number(5) };
    for (const Cell &a : addresses)
        input.appendRow({ t(u"山田　太郎"), a, t(u"メモ") });
    const StepOutcome out = run(*step, input);
    const Table &o = out.table;
    EXPECT_EQ(o.columnNames(),
              (QStringList { S(u"氏名"), S(u"都道府県"), S(u"市区町村"), S(u"町域以降"), S(u"備考") }));
    ASSERT_EQ(o.rowCount(), addresses.size());
    const auto row = [&o](qsizetype r) {
        return QStringList { o.cell(r, 1).toString(), o.cell(r, 2).toString(), o.cell(r, 3).toString() };
    };
    EXPECT_EQ(row(0), (QStringList { S(u"東京都"), S(u"千代田区"), S(u"霞が関1丁目2番3号") }));
    // The prefecture is completed where the municipality is unique; width and dashes cleaned.
    EXPECT_EQ(row(1), (QStringList { S(u"神奈川県"), S(u"横浜市中区"), S(u"本町1-2") }));
    // 府中市 is in 東京都 and 広島県: reported, the prefecture left for the user.
    EXPECT_EQ(row(2), (QStringList { QString(), S(u"府中市"), S(u"宮町1-1") }));
    EXPECT_TRUE(issueAt(out, 2).contains(S(u"東京都"))) << qPrintable(issueAt(out, 2));
    EXPECT_EQ(row(3), (QStringList { S(u"三重県"), S(u"四日市市"), S(u"諏訪町1番5号") }));
    EXPECT_TRUE(o.column(1).isEmptyAt(4) && o.column(2).isEmptyAt(4) && o.column(3).isEmptyAt(4));
    EXPECT_EQ(row(5), (QStringList { QString(), QString(), S(u"ほげほげ市1-1") })); // unknown: kept whole
    EXPECT_EQ(o.cell(6, 3), Cell::number(5));
    EXPECT_EQ(out.issueCount, 3);
    EXPECT_EQ(issueAt(out, 5).isEmpty(), false);
    EXPECT_EQ(o.cell(0, 4), t(u"メモ"));
    EXPECT_EQ(input.columnCount(), 3);
}

TEST(DataSteps, SplitAddressRefusesNamesThatClash)
{
    auto step = makeStep<SplitAddressStep>({ { QStringLiteral("column"), QStringLiteral("住所") },
                                             { QStringLiteral("names"), names({ u"県", u"市", u"備考" }) } });
    Table input;
    input.setColumnNames({ QStringLiteral("住所"), QStringLiteral("備考") });
    input.appendRow({ t(u"東京都千代田区霞が関1-2-3"), Cell() });
    const Result<StepOutcome> out = step->apply(input, StepContext());
    ASSERT_FALSE(out.ok());
    EXPECT_TRUE(out.error().part.contains(S(u"備考"))) << qPrintable(out.error().toString());

    // Naming the source column itself is fine: it is replaced.
    step = makeStep<SplitAddressStep>({ { QStringLiteral("column"), QStringLiteral("住所") },
                                        { QStringLiteral("names"), names({ u"県", u"市", u"住所" }) } });
    const StepOutcome ok = run(*step, input);
    EXPECT_EQ(ok.table.columnNames(), (QStringList { S(u"県"), S(u"市"), S(u"住所"), S(u"備考") }));
}

TEST(DataSteps, ValidationNamesTheParameter)
{
    const auto refuses = [](Step &step, const QJsonObject &parameters, const QString &key) {
        const Status s = step.setParameters(parameters);
        ASSERT_FALSE(s.ok()) << qPrintable(key);
        EXPECT_TRUE(s.error().message.contains(QStringLiteral("“") + key + QStringLiteral("”")))
            << qPrintable(s.error().message);
    };
    const QJsonObject good = columnsParameter(QStringLiteral("列"));
    NormalizeDatesStep dates;
    refuses(dates, {}, QStringLiteral("columns"));
    refuses(dates, { { QStringLiteral("columns"), QJsonArray() } }, QStringLiteral("columns"));
    refuses(dates, { { QStringLiteral("columns"), QJsonArray { 1 } } }, QStringLiteral("columns"));
    QJsonObject p = good;
    p.insert(QStringLiteral("excelSystem"), 1900);
    refuses(dates, p, QStringLiteral("excelSystem"));
    p = good;
    p.insert(QStringLiteral("output"), QStringLiteral("number"));
    refuses(dates, p, QStringLiteral("output"));
    NormalizeAmountsStep amounts;
    p = good;
    p.insert(QStringLiteral("output"), QStringLiteral("date"));
    refuses(amounts, p, QStringLiteral("output"));
    NormalizePhoneStep phone;
    refuses(phone, {}, QStringLiteral("columns"));
    NormalizePostalCodeStep postal;
    refuses(postal, { { QStringLiteral("columns"), QStringLiteral("郵便番号") } }, QStringLiteral("columns"));
    NormalizeBlockNumbersStep blocks;
    refuses(blocks, {}, QStringLiteral("columns"));
    SplitAddressStep split;
    refuses(split, {}, QStringLiteral("column"));
    refuses(split,
            { { QStringLiteral("column"), QStringLiteral("住所") },
              { QStringLiteral("names"), names({ u"県", u"市" }) } },
            QStringLiteral("names"));
    refuses(split,
            { { QStringLiteral("column"), QStringLiteral("住所") },
              { QStringLiteral("names"), names({ u"県", u"市", u"県" }) } },
            QStringLiteral("names"));
    refuses(split,
            { { QStringLiteral("column"), QStringLiteral("住所") },
              { QStringLiteral("names"), names({ u"県", u"市", u"" }) } },
            QStringLiteral("names"));
    // A refused change keeps the previous parameters.
    EXPECT_TRUE(dates.setParameters(good).ok());
    p = good;
    p.insert(QStringLiteral("columns"), QJsonArray { QStringLiteral("他") });
    p.insert(QStringLiteral("output"), QStringLiteral("bad"));
    EXPECT_FALSE(dates.setParameters(p).ok());
    EXPECT_EQ(dates.parameters().value(QStringLiteral("columns")).toArray(),
              QJsonArray { QStringLiteral("列") });
}

TEST(DataSteps, ApplyNamesTheMissingColumn)
{
    const Table input = column(QStringLiteral("住所"), { t(u"東京都千代田区") });
    std::vector<std::unique_ptr<Step>> steps;
    steps.push_back(makeStep<NormalizeDatesStep>(columnsParameter(QStringLiteral("受付日"))));
    steps.push_back(makeStep<NormalizeAmountsStep>(columnsParameter(QStringLiteral("受付日"))));
    steps.push_back(makeStep<NormalizePhoneStep>(columnsParameter(QStringLiteral("受付日"))));
    steps.push_back(makeStep<NormalizePostalCodeStep>(columnsParameter(QStringLiteral("受付日"))));
    steps.push_back(makeStep<NormalizeBlockNumbersStep>(columnsParameter(QStringLiteral("受付日"))));
    steps.push_back(makeStep<SplitAddressStep>({ { QStringLiteral("column"), QStringLiteral("受付日") } }));
    for (const auto &step : steps) {
        const Result<StepOutcome> out = step->apply(input, StepContext());
        ASSERT_FALSE(out.ok()) << qPrintable(step->typeId());
        EXPECT_TRUE(out.error().part.contains(S(u"受付日"))) << qPrintable(out.error().toString());
        EXPECT_TRUE(out.error().part.contains(step->title())) << qPrintable(out.error().toString());
    }
}

TEST(DataSteps, RoundTripThroughRecipeJson)
{
    Recipe recipe;
    recipe.append(
        makeStep<NormalizeDatesStep>({ { QStringLiteral("columns"), names({ u"生年月日", u"受付日" }) },
                                       { QStringLiteral("excelSystem"), QStringLiteral("1904") },
                                       { QStringLiteral("output"), QStringLiteral("date") } }));
    recipe.append(makeStep<NormalizeAmountsStep>({ { QStringLiteral("columns"), names({ u"参加費" }) },
                                                   { QStringLiteral("output"), QStringLiteral("text") } }));
    recipe.append(makeStep<NormalizePhoneStep>(columnsParameter(QStringLiteral("電話番号"))));
    recipe.append(makeStep<NormalizePostalCodeStep>(columnsParameter(QStringLiteral("郵便番号"))));
    recipe.append(
        makeStep<SplitAddressStep>({ { QStringLiteral("column"), QStringLiteral("住所") },
                                     { QStringLiteral("names"), names({ u"県", u"市町村", u"以下" }) } }));
    recipe.append(makeStep<NormalizeBlockNumbersStep>(columnsParameter(QStringLiteral("以下"))), false);

    const QByteArray json = recipe.toJson();
    const auto loaded = Recipe::fromJson(json, QStringLiteral("名簿.recipe.json"));
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().toString());
    ASSERT_EQ(loaded->entries.size(), recipe.entries.size());
    for (size_t i = 0; i < recipe.entries.size(); ++i) {
        const Step &a = *recipe.entries[i].step;
        const Step &b = *loaded->entries[i].step;
        EXPECT_EQ(a.typeId(), b.typeId());
        EXPECT_EQ(a.parameters(), b.parameters()) << qPrintable(a.typeId());
        EXPECT_EQ(loaded->entries[i].enabled, recipe.entries[i].enabled);
        // The registry knows every type id, and the spec lists every parameter written.
        const auto fresh = StepRegistry::create(a.typeId());
        ASSERT_TRUE(fresh) << qPrintable(a.typeId());
        QStringList specKeys;
        for (const ParameterSpec &spec : a.parameterSpecs()) {
            specKeys << spec.key;
            EXPECT_FALSE(spec.label.isEmpty());
        }
        for (const QString &key : a.parameters().keys())
            EXPECT_TRUE(specKeys.contains(key)) << qPrintable(a.typeId() + QLatin1Char(' ') + key);
    }
    EXPECT_EQ(loaded->toJson(), json);
    // The stored type ids and choices, which recipe files keep forever.
    for (const char *stored : { "normalizeDates", "normalizeAmounts", "normalizePhone", "normalizePostalCode",
                                "splitAddress", "normalizeBlockNumbers", "\"excelSystem\"", "\"output\"" })
        EXPECT_TRUE(json.contains(stored)) << stored;
    EXPECT_TRUE(json.contains("\"1904\""));
}

TEST(DataSteps, StopWhenCancelled)
{
    QList<Cell> cells;
    for (int i = 0; i < 40000; ++i)
        cells << t(u"令和3年4月1日");
    const Table input = column(QStringLiteral("日付"), cells);
    std::atomic<bool> cancelled { true };
    StepContext context;
    context.cancelled = &cancelled;
    std::vector<std::unique_ptr<Step>> steps;
    steps.push_back(makeStep<NormalizeDatesStep>(columnsParameter(QStringLiteral("日付"))));
    steps.push_back(makeStep<NormalizeAmountsStep>(columnsParameter(QStringLiteral("日付"))));
    steps.push_back(makeStep<NormalizePhoneStep>(columnsParameter(QStringLiteral("日付"))));
    steps.push_back(makeStep<NormalizePostalCodeStep>(columnsParameter(QStringLiteral("日付"))));
    steps.push_back(makeStep<NormalizeBlockNumbersStep>(columnsParameter(QStringLiteral("日付"))));
    steps.push_back(makeStep<SplitAddressStep>({ { QStringLiteral("column"), QStringLiteral("日付") } }));
    for (const auto &step : steps) {
        const Result<StepOutcome> out = step->apply(input, context);
        ASSERT_FALSE(out.ok()) << qPrintable(step->typeId());
        EXPECT_EQ(out.error().kind, Error::Kind::Cancelled);
    }
    // Progress is reported along the way when not cancelled.
    cancelled = false;
    double last = -1;
    context.progress = [&last](double share) { last = share; };
    EXPECT_TRUE(steps.front()->apply(input, context).ok());
    EXPECT_GT(last, 0.0);
}

// ---- the generator's messy list against its ground truth -------------------------------------

namespace {

struct MessyTable
{
    Table table; // messy.csv, headers promoted, every cell trimmed
    QHash<QString, QStringList> expectedByNo;
    QStringList expectedHeader;
};

MessyTable loadMessy()
{
    QString dir = qEnvironmentVariable("TENARAI_CLEANING_FIXTURE_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(TENARAI_TEST_DATA_DIR "/cleaning");
    MessyTable m;
    auto book = CsvReader::readFile(dir + QStringLiteral("/messy.csv"));
    EXPECT_TRUE(book.ok());
    if (!book.ok() || book->sheets.empty())
        return m;
    Table table = book->sheets.front().table;
    const PromoteHeadersStep promote;
    const TrimStep trim;
    for (const Step *step : { static_cast<const Step *>(&promote), static_cast<const Step *>(&trim) }) {
        Result<StepOutcome> out = step->apply(table, StepContext());
        EXPECT_TRUE(out.ok());
        if (out.ok())
            table = out->table;
    }
    m.table = table;

    QFile f(dir + QStringLiteral("/expected.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return m;
    const QList<QStringList> expected = CsvTableCompare::parse(f.readAll());
    if (expected.isEmpty())
        return m;
    m.expectedHeader = expected.front();
    for (qsizetype i = 1; i < expected.size(); ++i)
        m.expectedByNo.insert(expected[i].value(0), expected[i]);
    return m;
}

// Applies the step to the messy table and compares one column with the ground truth, row by row
// joined on No; returns the number of rows compared.
int compareWithGroundTruth(const MessyTable &m, const StepOutcome &out, const QString &column,
                           const QString &expectedColumn,
                           const std::function<bool(const QString &, qsizetype)> &excuse = {})
{
    const int c = int(out.table.columnNames().indexOf(column));
    const int e = int(m.expectedHeader.indexOf(expectedColumn));
    EXPECT_GE(c, 0) << qPrintable(column);
    EXPECT_GE(e, 0) << qPrintable(expectedColumn);
    if (c < 0 || e < 0)
        return 0;
    int compared = 0;
    for (qsizetype r = 0; r < out.table.rowCount(); ++r) {
        const QString no = TextNormalizer::normalize(out.table.cell(r, 0).toString());
        const auto it = m.expectedByNo.constFind(no);
        if (no.isEmpty() || it == m.expectedByNo.constEnd())
            continue; // blank spacer rows
        ++compared;
        const QString want = it->value(e);
        if (excuse && excuse(want, r))
            continue;
        const QString got = out.table.cell(r, c).toString();
        const int source = int(m.table.columnNames().indexOf(column));
        EXPECT_EQ(got, want) << "No " << qPrintable(no) << ", " << qPrintable(column) << ": “"
                             << qPrintable(source >= 0 ? m.table.cell(r, source).toString() : QString())
                             << "”, issue: " << qPrintable(issueAt(out, r));
    }
    return compared;
}

} // namespace

TEST(DataStepsFixture, EachStepGivesTheGroundTruth)
{
    const MessyTable m = loadMessy();
    ASSERT_GT(m.table.rowCount(), 200);
    ASSERT_FALSE(m.expectedByNo.isEmpty());

    for (const char16_t *name : { u"生年月日", u"受付日" }) {
        const auto step = makeStep<NormalizeDatesStep>(columnsParameter(S(name)));
        const StepOutcome out = run(*step, m.table);
        EXPECT_GT(compareWithGroundTruth(m, out, S(name), S(name)), 200);
        EXPECT_EQ(out.issueCount, 0);
    }

    {
        const auto step = makeStep<NormalizeAmountsStep>(columnsParameter(S(u"参加費")));
        const StepOutcome out = run(*step, m.table);
        const int c = int(m.table.columnNames().indexOf(S(u"参加費")));
        int free = 0;
        // 無料 is reported, not read: the generator's recipe maps it to 0 with a value map first.
        const auto isFree = [&](const QString &want, qsizetype r) {
            if (TextNormalizer::normalize(m.table.cell(r, c).toString()) != S(u"無料"))
                return false;
            EXPECT_EQ(want, S(u"0"));
            EXPECT_FALSE(issueAt(out, r).isEmpty());
            ++free;
            return true;
        };
        EXPECT_GT(compareWithGroundTruth(m, out, S(u"参加費"), S(u"参加費"), isFree), 200);
        EXPECT_GT(free, 0);
        EXPECT_EQ(out.issueCount, free);
    }

    {
        // The generator hyphenates by a short table of its own (4-2-4 for the 4-digit area codes
        // it lists, 3-4-4 for 070/080/090, 3-3-4 for everything else) and draws the digits after
        // the area code at random. libphonenumber follows the numbering plan, which is finer:
        // 047-629-… is 成田 (0476-29-…), 0847-77-… is 上下 (08477-7-…), 080-0… is free dial
        // (0800-…), and 070-0…, 011-4… are not in use. So a row must match the ground truth
        // exactly or else hold the same digits, differently hyphenated by the plan, or be
        // reported as not in use -- never a digit lost or invented.
        const auto step = makeStep<NormalizePhoneStep>(columnsParameter(S(u"電話番号")));
        const StepOutcome out = run(*step, m.table);
        const int c = int(out.table.columnNames().indexOf(S(u"電話番号")));
        int regrouped = 0;
        int refused = 0;
        const auto digits = [](QString s) { return s.remove(QLatin1Char('-')); };
        const auto byThePlan = [&](const QString &want, qsizetype r) {
            const QString got = out.table.cell(r, c).toString();
            const QString issue = issueAt(out, r);
            if (got == want && issue.isEmpty())
                return false;
            if (!issue.isEmpty()) {
                EXPECT_TRUE(issue.contains(QStringLiteral("not a valid Japanese phone number")))
                    << qPrintable(issue);
                EXPECT_EQ(
                    digits(TextNormalizer::normalize(got).remove(QRegularExpression(QStringLiteral("\\D")))),
                    digits(want));
                ++refused;
            } else {
                EXPECT_EQ(digits(got), digits(want)) << qPrintable(got);
                ++regrouped;
            }
            return true;
        };
        const int compared = compareWithGroundTruth(m, out, S(u"電話番号"), S(u"電話番号"), byThePlan);
        EXPECT_GT(compared, 200);
        int joinedIssues = 0; // messy rows 76, 191 and 203 have no ground truth row
        for (const CellIssue &issue : out.issues)
            joinedIssues += m.expectedByNo.contains(
                TextNormalizer::normalize(out.table.cell(issue.row, 0).toString()));
        EXPECT_EQ(joinedIssues, refused);
        EXPECT_GT(compared - regrouped - refused, compared * 3 / 4);
        std::printf(
            "[ fixture  ] phones: %d rows, %d as the generator writes them, %d hyphenated by the numbering "
            "plan instead, %d refused as not in use\n",
            compared, compared - regrouped - refused, regrouped, refused);
    }

    {
        const auto step = makeStep<NormalizePostalCodeStep>(columnsParameter(S(u"郵便番号")));
        const StepOutcome out = run(*step, m.table);
        EXPECT_GT(compareWithGroundTruth(m, out, S(u"郵便番号"), S(u"郵便番号")), 200);
        EXPECT_EQ(out.issueCount, 0);
    }

    {
        const auto split = makeStep<SplitAddressStep>({ { QStringLiteral("column"), S(u"住所") } });
        const StepOutcome parts = run(*split, m.table);
        EXPECT_EQ(parts.issueCount, 0);
        const auto blocks = makeStep<NormalizeBlockNumbersStep>(columnsParameter(S(u"町域以降")));
        StepOutcome out = run(*blocks, parts.table);
        out.issues = parts.issues;
        for (const char16_t *name : { u"都道府県", u"市区町村", u"町域以降" })
            EXPECT_GT(compareWithGroundTruth(m, out, S(name), S(name)), 200);
    }
}
