// tenarai_read_bench: reads one file with TableIO::read, as the app does, and prints what it got
// and what it cost. scripts/bench.sh runs it beside each peer tool under the same outside timer,
// so this program does nothing the app would not do (no warm-up, no second read).
//
// usage: tenarai_read_bench FILE [--sheet N] [--encoding NAME] [--expect-rows N] [--expect-columns N]
// prints: inproc=SECONDS rows=N cols=N cells=N table_bytes=N peak_rss_kb=N sheets=N encoding=NAME
// Exit status 1 when the read fails or an --expect-* value differs (the smoke test uses that).

#include "io/TableIO.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>

#if defined(Q_OS_WIN)
#include <windows.h>
#include <psapi.h>
#else
#include <sys/resource.h>
#endif

namespace {

long long peakRssKb()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return static_cast<long long>(counters.PeakWorkingSetSize / 1024);
    return -1;
#else
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
#if defined(Q_OS_MACOS)
    return usage.ru_maxrss / 1024; // bytes there, kilobytes on Linux
#else
    return usage.ru_maxrss;
#endif
#endif
}

int usage()
{
    std::fprintf(stderr, "usage: tenarai_read_bench FILE [--sheet N] [--encoding NAME] "
                         "[--expect-rows N] [--expect-columns N]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);

    QString path;
    int sheet = 0;
    qint64 expectRows = -1;
    qint64 expectColumns = -1;
    tenarai::ReadOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (arg == u"--sheet" && hasValue)
            sheet = args[++i].toInt(&ok);
        else if (arg == u"--encoding" && hasValue)
            options.encoding = args[++i];
        else if (arg == u"--expect-rows" && hasValue)
            expectRows = args[++i].toLongLong(&ok);
        else if (arg == u"--expect-columns" && hasValue)
            expectColumns = args[++i].toLongLong(&ok);
        else if (!arg.startsWith(u"--") && path.isEmpty())
            path = arg;
        else
            return usage();
        if (!ok)
            return usage();
    }
    if (path.isEmpty())
        return usage();

    QElapsedTimer timer;
    timer.start();
    const tenarai::Result<tenarai::Workbook> result = tenarai::TableIO::read(path, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result.ok()) {
        std::fprintf(stderr, "read failed: %s\n", qPrintable(result.error().toString()));
        return 1;
    }
    const tenarai::Workbook &workbook = result.value();
    if (sheet < 0 || sheet >= int(workbook.sheets.size())) {
        std::fprintf(stderr, "no sheet %d (the file has %d)\n", sheet, int(workbook.sheets.size()));
        return 1;
    }
    const tenarai::Table &table = workbook.sheets[size_t(sheet)].table;

    // Counting non-empty cells touches every column, so a reader that deferred work would pay
    // for it here, inside the outside timer, as a peer that builds its table does.
    qint64 cells = 0;
    for (int c = 0; c < table.columnCount(); ++c) {
        const tenarai::Column &column = table.column(c);
        for (qsizetype r = 0; r < column.size(); ++r)
            cells += column.isEmptyAt(r) ? 0 : 1;
    }

    qsizetype tableBytes = 0;
    for (const tenarai::Sheet &s : workbook.sheets)
        tableBytes += s.table.memoryUsage();

    std::printf("inproc=%.3f rows=%lld cols=%d cells=%lld table_bytes=%lld peak_rss_kb=%lld sheets=%d "
                "encoding=%s\n",
                seconds, static_cast<long long>(table.rowCount()), table.columnCount(),
                static_cast<long long>(cells), static_cast<long long>(tableBytes), peakRssKb(),
                int(workbook.sheets.size()),
                workbook.source.encoding.isEmpty() ? "-" : qPrintable(workbook.source.encoding));

    if (expectRows >= 0 && table.rowCount() != expectRows) {
        std::fprintf(stderr, "expected %lld rows, read %lld\n", expectRows,
                     static_cast<long long>(table.rowCount()));
        return 1;
    }
    if (expectColumns >= 0 && table.columnCount() != expectColumns) {
        std::fprintf(stderr, "expected %lld columns, read %d\n", expectColumns, table.columnCount());
        return 1;
    }
    return 0;
}
