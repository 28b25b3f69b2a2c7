#include "progress/BackgroundSync.h"

#include <QtConcurrent/QtConcurrentRun>

namespace tenarai {

BackgroundSync::BackgroundSync(const QString &localDatabasePath, const StoreLocation &central,
                               QObject *parent)
    : QObject(parent), m_localPath(localDatabasePath), m_central(central)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundSync::syncSoon);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundSync::onRunFinished);
}

BackgroundSync::~BackgroundSync()
{
    stop();
}

void BackgroundSync::start(int intervalMs)
{
    m_timer.start(std::max(1000, intervalMs));
    syncSoon();
}

void BackgroundSync::stop()
{
    m_timer.stop();
    m_again = false;
    if (!m_running)
        return;
    if (m_stopRequested)
        m_stopRequested->store(true);
    m_watcher.waitForFinished();
    m_pool.waitForDone();
    // Nobody is told about a run that was stopped: whoever stopped it no longer listens.
    m_running = false;
}

void BackgroundSync::syncSoon()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_stopRequested = std::make_shared<std::atomic_bool>(false);
    // The worker gets copies only: it must never reach this object, which may be gone by then.
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, &BackgroundSync::runOnce, m_localPath, m_central, m_stopRequested));
    emit started();
}

BackgroundSync::Outcome BackgroundSync::runOnce(const QString &localPath, const StoreLocation &central,
                                                const std::shared_ptr<std::atomic_bool> &stopRequested)
{
    Outcome outcome;
    ProgressStore local;
    if (const Status opened = local.open(StoreLocation::sqlite(localPath)); !opened) {
        outcome.error = opened.error();
        return outcome;
    }
    CentralSync sync(local);
    sync.setProgress([stopRequested](qint64, qint64) { return !stopRequested->load(); });
    Result<SyncCounts> result = sync.run(central);
    if (result)
        outcome.counts = result.value();
    else
        outcome.error = result.error();
    outcome.pending = sync.pendingCount();
    return outcome;
}

void BackgroundSync::onRunFinished()
{
    // A run that was stopped reports nothing, even when its notice arrives after a new run began.
    if (!m_running || !m_watcher.isFinished())
        return;
    const Outcome outcome = m_watcher.result();
    m_running = false;
    if (outcome.error)
        emit failed(*outcome.error, outcome.pending);
    else
        emit finished(outcome.counts);
    // After the signal: a slot may have stopped this object, or started the next run itself.
    if (m_again && !m_running)
        syncSoon();
}

} // namespace tenarai
