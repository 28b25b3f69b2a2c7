#include "progress/CentralSync.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace tenarai {

namespace {
QStringList idsOf(const QList<Event> &events)
{
    QStringList ids;
    ids.reserve(events.size());
    for (const Event &event : events)
        ids << event.id;
    return ids;
}

// "host:port" as IT wrote it in the configuration.
QString serverName(const StoreLocation &location)
{
    return QStringLiteral("%1:%2").arg(location.host).arg(location.port);
}

// How many events of a profile a store holds (only the unsent ones when asked); -1 when unknown.
qint64 countEvents(const QSqlDatabase &db, const QString &profileId, bool unsentOnly)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE profile_id = ?")
                  + (unsentOnly ? QStringLiteral(" AND sent_at IS NULL") : QString()));
    query.addBindValue(profileId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Error cancelled(const QString &message)
{
    Error e;
    e.kind = Error::Kind::Cancelled;
    e.message = message;
    return e;
}
} // namespace

CentralSync::CentralSync(ProgressStore &local) : m_local(local) {}

void CentralSync::setBatchSize(int events)
{
    m_batchSize = std::max(1, events);
}

void CentralSync::setProgress(Progress progress)
{
    m_progress = std::move(progress);
}

bool CentralSync::report(qint64 done, qint64 total) const
{
    return !m_progress || m_progress(done, total);
}

qint64 CentralSync::pendingCount() const
{
    QSqlQuery query(m_local.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE sent_at IS NULL")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Error CentralSync::centralError(const ProgressStore &central, const Error &cause, int sent) const
{
    Error e;
    e.kind = Error::Kind::Io;
    const qint64 waiting = pendingCount();
    const QString where = central.describeLocation();
    const QString reason = cause.message.simplified();
    if (waiting > 0)
        e.message =
            tr("Sending progress to the central database “%1” stopped (%2). %3 event(s) were sent; the "
               "other %4 stay on this PC and will be sent next time.")
                .arg(where, reason)
                .arg(sent)
                .arg(waiting);
    else
        e.message = tr("The central database “%1” reported an error: %2").arg(where, reason);
    return e;
}

Result<SyncCounts> CentralSync::run(const StoreLocation &location)
{
    ProgressStore central;
    if (const Status opened = central.open(location); !opened) {
        Error e;
        e.kind = Error::Kind::Io;
        const qint64 waiting = pendingCount();
        const QString reason = opened.error().message.simplified();
        e.message = waiting > 0
            ? tr("The central progress database at “%1” cannot be used (%2). Your progress is kept on this "
                 "PC (%n event(s) waiting) and will be sent the next time the database can be reached.",
                 nullptr, int(std::min<qint64>(waiting, INT_MAX)))
                  .arg(serverName(location), reason)
            : tr("The central progress database at “%1” cannot be used (%2). Your progress is kept on "
                 "this PC.")
                  .arg(serverName(location), reason);
        return e;
    }
    Result<SyncCounts> pushed = push(central);
    if (!pushed)
        return pushed;
    Result<SyncCounts> pulled = pull(central);
    if (!pulled)
        return pulled.error();
    SyncCounts counts = pushed.value();
    counts.pulled = pulled->pulled;
    return counts;
}

Result<SyncCounts> CentralSync::push(ProgressStore &central)
{
    SyncCounts counts;
    const qint64 total = pendingCount();
    QString previousFirst;
    for (;;) {
        Result<QList<Event>> batch = m_local.unsentEvents(m_batchSize);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        // A batch that does not move on means markSent did not take: stop rather than send forever.
        if (batch->constFirst().id == previousFirst) {
            Error e;
            e.kind = Error::Kind::Io;
            e.message =
                tr("Events sent to the central database could not be marked as sent on this PC; they will "
                   "be sent again next time, which does no harm.");
            return e;
        }
        previousFirst = batch->constFirst().id;

        // One transaction on the central store; events it already has are skipped, so a batch
        // whose reply was lost in a broken connection is simply sent again next time.
        const Result<int> applied = central.applyEvents(batch.value());
        if (!applied)
            return centralError(central, applied.error(), counts.pushed);
        // Only what the central store holds leaves the outbox. A failure here resends the batch later.
        if (const Status marked = m_local.markSent(idsOf(batch.value())); !marked)
            return marked.error();
        counts.pushed += int(batch->size());
        counts.alreadyCentral += int(batch->size()) - applied.value();
        if (!report(counts.pushed, std::max<qint64>(total, counts.pushed)))
            return cancelled(
                tr("Stopped after sending %n event(s); the rest wait on this PC.", nullptr, counts.pushed));
        if (batch->size() < m_batchSize)
            break;
    }
    return counts;
}

Result<SyncCounts> CentralSync::pull(ProgressStore &central, const QStringList &profileIds)
{
    QStringList ids = profileIds;
    if (ids.isEmpty()) {
        const Result<QList<Profile>> profiles = m_local.profiles();
        if (!profiles)
            return profiles.error();
        for (const Profile &profile : profiles.value())
            ids << profile.id;
    }

    SyncCounts counts;
    qint64 total = 0;
    for (const QString &profileId : std::as_const(ids)) {
        // Every event here has reached the central store (none unsent, and it never deletes), so
        // equal counts mean equal sets: the usual case, answered without reading the histories.
        const qint64 hereCount = countEvents(m_local.database(), profileId, false);
        if (hereCount >= 0 && countEvents(m_local.database(), profileId, true) == 0
            && countEvents(central.database(), profileId, false) == hereCount)
            continue;
        const Result<QList<Event>> there = central.events(profileId);
        if (!there)
            return centralError(central, there.error(), 0);
        const Result<QList<Event>> here = m_local.events(profileId);
        if (!here)
            return here.error();
        QSet<QString> known;
        for (const Event &event : here.value())
            known.insert(event.id);
        QList<Event> missing;
        for (const Event &event : there.value()) {
            if (!known.contains(event.id))
                missing << event;
        }
        total += missing.size();
        for (qsizetype from = 0; from < missing.size(); from += m_batchSize) {
            const QList<Event> chunk = missing.mid(from, m_batchSize);
            const Result<int> applied = m_local.applyEvents(chunk);
            if (!applied)
                return applied.error();
            // They came from the central store, so they must not go back there. Should this fail,
            // they are sent again later, which the central store skips.
            if (const Status marked = m_local.markSent(idsOf(chunk)); !marked)
                return marked.error();
            counts.pulled += applied.value();
            if (!report(counts.pulled, total))
                return cancelled(tr("Stopped after receiving %n event(s) from the central database.", nullptr,
                                    counts.pulled));
        }
    }
    return counts;
}

} // namespace tenarai
