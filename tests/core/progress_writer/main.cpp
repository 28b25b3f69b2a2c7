// progress_writer DB PROFILE_ID: records attempts for ProgressCrashTest until it is killed.
// Each attempt's id is printed (and flushed) only after recordAttempt returned ok, so every id the
// test reads was acknowledged as durable before the kill.
#include "progress/ProgressStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace tenarai;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: progress_writer DB PROFILE_ID\n", stderr);
        return 2;
    }
    ProgressStore store;
    if (const Status opened = store.open(StoreLocation::sqlite(args.at(1))); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    for (int i = 0;; ++i) {
        Attempt attempt;
        attempt.profileId = args.at(2);
        attempt.packId = QStringLiteral("crash-pack");
        attempt.packVersion = QStringLiteral("1.0.0");
        attempt.lessonId = QStringLiteral("lesson-%1").arg(i % 7);
        attempt.exerciseId = QStringLiteral("exercise-%1").arg(i);
        attempt.score = (i % 11) / 10.0;
        attempt.passed = i % 2 == 0;
        attempt.hintsUsed = i % 3;
        attempt.checkerSummary = QStringLiteral("試行 %1: セルC%2の値が違います").arg(i).arg(i % 50);
        std::optional<Completion> completion;
        if (i % 5 == 0)
            completion = Completion();
        const Result<Attempt> recorded = store.recordAttempt(attempt, completion);
        if (!recorded) {
            std::fprintf(stderr, "%s\n", qPrintable(recorded.error().toString()));
            return 1;
        }
        const QByteArray line = recorded->id.toLatin1() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
    }
}
