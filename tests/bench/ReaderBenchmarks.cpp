// tenarai_benchmarks: Google Benchmark timings of the CSV and XLSX readers inside one process, on
// the files that ../shared/bench/gen_messy.py writes. TENARAI_BENCH_DATA names the folder holding
// messy.csv (UTF-8 with BOM), messy_cp932.csv and messy.xlsx; a missing file skips its benchmark
// with an error instead of timing nothing. The ratios to the peer tools come from scripts/bench.sh,
// which times whole processes; these numbers are for profiling and for spotting regressions.

#include "io/TableIO.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdlib>
#include <string>

namespace {

QString dataFile(const char *name)
{
    const char *dir = std::getenv("TENARAI_BENCH_DATA");
    if (!dir || !*dir)
        return QString();
    return QDir(QString::fromLocal8Bit(dir)).filePath(QString::fromLatin1(name));
}

void readBenchmark(benchmark::State &state, const char *fileName, const QString &encoding)
{
    const QString path = dataFile(fileName);
    if (path.isEmpty()) {
        state.SkipWithError("TENARAI_BENCH_DATA is not set (see scripts/bench.sh)");
        return;
    }
    const QFileInfo info(path);
    if (!info.isFile()) {
        state.SkipWithError((std::string("missing ") + qPrintable(path)).c_str());
        return;
    }

    tenarai::ReadOptions options;
    options.encoding = encoding;
    qint64 rows = 0;
    qint64 columns = 0;
    qint64 tableBytes = 0;
    for (auto _ : state) {
        const tenarai::Result<tenarai::Workbook> result = tenarai::TableIO::read(path, options);
        if (!result.ok()) {
            state.SkipWithError(qPrintable(result.error().toString()));
            return;
        }
        const tenarai::Table &table = result.value().sheets.front().table;
        rows = table.rowCount();
        columns = table.columnCount();
        tableBytes = table.memoryUsage();
        benchmark::DoNotOptimize(rows);
    }
    state.SetBytesProcessed(state.iterations() * info.size());
    state.counters["rows"] = double(rows);
    state.counters["cols"] = double(columns);
    state.counters["table_MB"] = double(tableBytes) / (1024.0 * 1024.0);
    state.counters["rows_per_s"] =
        benchmark::Counter(double(rows), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_ReadCsvUtf8(benchmark::State &state)
{
    readBenchmark(state, "messy.csv", QString());
}

// Detection included: the user opens the file without naming its encoding.
void BM_ReadCsvCp932(benchmark::State &state)
{
    readBenchmark(state, "messy_cp932.csv", QString());
}

void BM_ReadXlsx(benchmark::State &state)
{
    readBenchmark(state, "messy.xlsx", QString());
}

} // namespace

BENCHMARK(BM_ReadCsvUtf8)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ReadCsvCp932)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ReadXlsx)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
