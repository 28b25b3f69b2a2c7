// Google Benchmark timings of cleaning steps inside one process: the recipe that reproduces the
// generator's expected table (on TENARAI_BENCH_DATA/messy.csv, read once outside the timing), and
// sorting and filtering a synthetic million-row table. The ratio against pandas comes from
// `scripts/bench.sh clean`, which times whole processes; these are for profiling.

#include "cleaning/Recipe.h"
#include "cleaning/StepRegistry.h"
#include "io/TableIO.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QJsonDocument>

#include <cstdlib>

namespace {

using namespace tenarai;

Table syntheticTable(int rows)
{
    const QString kana = QStringLiteral("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほアイウエオカキクケコｱｲｳｴｵ");
    Table table(2);
    table.setColumnNames({QStringLiteral("ふりがな"), QStringLiteral("金額")});
    quint32 seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    for (int i = 0; i < rows; ++i) {
        QString name;
        for (quint32 n = 3 + next() % 4; n > 0; --n)
            name += kana[qsizetype(next() % quint32(kana.size()))];
        table.appendRow({Cell::text(name), Cell::text(QString::number(next() % 1000000))});
    }
    return table;
}

void runStep(benchmark::State &state, const char *type, const char *parameters)
{
    const Table input = syntheticTable(int(state.range(0)));
    auto step = StepRegistry::create(QString::fromLatin1(type));
    const auto status = step->setParameters(QJsonDocument::fromJson(QByteArray(parameters)).object());
    if (!status.ok()) {
        state.SkipWithError(qPrintable(status.error().toString()));
        return;
    }
    for (auto _ : state) {
        auto result = step->apply(input, StepContext());
        if (!result.ok()) {
            state.SkipWithError(qPrintable(result.error().toString()));
            return;
        }
        benchmark::DoNotOptimize(result.value().table.rowCount());
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(state.range(0)), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_SortRowsByKana(benchmark::State &state)
{
    runStep(state, "sortRows", R"({"keys": [{"column": "ふりがな"}]})");
}

void BM_FilterRowsAtLeast(benchmark::State &state)
{
    runStep(state, "filterRows", R"({"column": "金額", "condition": "atLeast", "value": "５０００００"})");
}

void BM_GeneratorRecipe(benchmark::State &state)
{
    const char *dir = std::getenv("TENARAI_BENCH_DATA");
    if (!dir || !*dir) {
        state.SkipWithError("TENARAI_BENCH_DATA is not set (see scripts/bench.sh)");
        return;
    }
    const auto recipe = Recipe::load(QStringLiteral(TENARAI_SOURCE_DIR "/tests/data/cleaning/recipe.json"));
    if (!recipe.ok()) {
        state.SkipWithError(qPrintable(recipe.error().toString()));
        return;
    }
    const auto workbook = TableIO::read(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("messy.csv")));
    if (!workbook.ok()) {
        state.SkipWithError(qPrintable(workbook.error().toString()));
        return;
    }
    const Table &input = workbook.value().sheets.front().table;
    for (auto _ : state) {
        const RecipeRun run = recipe.value().run(input);
        if (run.error) {
            state.SkipWithError(qPrintable(run.error->toString()));
            return;
        }
        benchmark::DoNotOptimize(run.table.rowCount());
    }
    state.counters["rows"] = double(input.rowCount());
}

} // namespace

BENCHMARK(BM_SortRowsByKana)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_FilterRowsAtLeast)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_GeneratorRecipe)->Unit(benchmark::kMillisecond)->UseRealTime();
