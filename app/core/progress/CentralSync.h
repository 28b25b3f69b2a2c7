#pragma once

#include "Error.h"
#include "progress/ProgressStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace tenarai {

// What one synchronisation did.
struct SyncCounts
{
    int pushed = 0; // events of this PC's outbox the central store now holds
    int alreadyCentral = 0; // of those, ones it held before (an earlier run was cut off after sending)
    int pulled = 0; // events of this PC's learners that came from other PCs through the central store
};

// Exchanges progress between this PC's store and the organisation's central PostgreSQL store.
//
// The local store stays the only place the app writes to; its unsent events are the outbox. A
// push sends them oldest first in batches: each batch is applied on the central store in one
// transaction that skips events it already has (by UUID), and only then marked sent here. So a
// connection lost at any moment, a crash, or two PCs pushing at once can neither lose an event
// (it stays unsent and goes next time) nor double one (the central store skips it). A pull brings
// the events of the learners known on this PC that were recorded on other PCs, so a learner
// moving between PCs sees their whole history.
//
// Uses the given local store from the calling thread; run it in a worker thread with a store of
// its own (ProgressStore is one connection per thread).
class CentralSync
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::CentralSync)

public:
    static constexpr int DefaultBatchSize = 500;

    // (events done, events in all); returning false stops after the current batch. The total of
    // a pull is known only as it goes, so it may grow.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit CentralSync(ProgressStore &local);

    void setBatchSize(int events);
    void setProgress(Progress progress);

    // Opens the central store (creating its tables when it is empty and the role may), pushes the
    // outbox and then pulls. An unreachable server is an Error (Kind::Io) naming host:port that
    // says the progress stays on this PC; running again later continues where this one stopped.
    Result<SyncCounts> run(const StoreLocation &central);

    // The two halves, on a central store the caller opened (tests, and `report --central`, which
    // keeps it open). pull() with no ids pulls every profile of the local store; give ids to bring
    // a learner's history to a PC that does not know them yet (the profile comes with it).
    Result<SyncCounts> push(ProgressStore &central);
    Result<SyncCounts> pull(ProgressStore &central, const QStringList &profileIds = {});

    // Events waiting in this PC's outbox; -1 when it cannot be read.
    qint64 pendingCount() const;

private:
    Error centralError(const ProgressStore &central, const Error &cause, int sent) const;
    bool report(qint64 done, qint64 total) const;

    ProgressStore &m_local;
    int m_batchSize = DefaultBatchSize;
    Progress m_progress;
};

} // namespace tenarai
