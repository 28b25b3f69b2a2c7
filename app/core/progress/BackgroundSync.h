#pragma once

#include "Error.h"
#include "progress/CentralSync.h"
#include "progress/ProgressStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace tenarai {

// Sends this PC's progress to the organisation's central store in the background, so the desktop
// app does what `tenarai-cli db sync` does without anyone asking: now, then at every interval, and
// soon after something new was recorded.
//
// Each run opens its own connections to the local SQLite file and to the central store on a
// worker thread (a ProgressStore is one connection per thread; SQLite's WAL lets the app's own
// store go on writing meanwhile) and runs CentralSync. One run at a time: asking while one runs
// makes exactly one more run after it, which picks up whatever was recorded in between. An
// unreachable server costs at most the connect_timeout of the configuration and keeps everything
// in the local outbox for the next run.
//
// Results come as signals on this object's thread. Destroying it waits for a running sync, which
// is told to stop after its current batch; the worker never touches this object.
class BackgroundSync : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 5 * 60 * 1000;

    BackgroundSync(const QString &localDatabasePath, const StoreLocation &central, QObject *parent = nullptr);
    ~BackgroundSync() override;

    QString localDatabasePath() const { return m_localPath; }
    const StoreLocation &central() const { return m_central; }
    bool isRunning() const { return m_running; }

    // Runs now and then every intervalMs.
    void start(int intervalMs = DefaultIntervalMs);
    // No more runs; waits for a running one, which stops after its current batch.
    void stop();

public slots:
    // Asks for a run as soon as possible: now when idle, else once the running one is done.
    void syncSoon();

signals:
    void started();
    void finished(const tenarai::SyncCounts &counts);
    // pending: events still waiting in this PC's outbox; -1 when the local store could not say.
    void failed(const tenarai::Error &error, qint64 pending);

private:
    // What a run hands back; default-constructible for QFuture.
    struct Outcome
    {
        SyncCounts counts;
        std::optional<Error> error;
        qint64 pending = -1;
    };

    static Outcome runOnce(const QString &localPath, const StoreLocation &central,
                           const std::shared_ptr<std::atomic_bool> &stopRequested);
    void onRunFinished();

    QString m_localPath;
    StoreLocation m_central;
    QTimer m_timer;
    // A pool of its own: a slow connection must not hold a thread that loading a file needs.
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_stopRequested;
    bool m_running = false;
    bool m_again = false;
};

} // namespace tenarai
