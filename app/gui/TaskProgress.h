#pragma once

#include "io/TableIO.h"

#include <atomic>
#include <memory>

namespace tenarai {

// Progress and a cancel request shared between a worker thread (a reader or writer calling its
// ProgressCallback) and the UI thread (polling for the progress bar, setting the cancel flag).
// Lock-free: the worker never blocks on the UI and the UI never blocks on the worker. Held by
// shared_ptr so that a task still running when its window closes touches nothing freed.
class TaskProgress
{
public:
    static std::shared_ptr<TaskProgress> create() { return std::make_shared<TaskProgress>(); }

    // A callback for ReadOptions/WriteOptions that records progress and reports cancellation.
    static ProgressCallback callbackFor(const std::shared_ptr<TaskProgress> &progress);

    void requestCancel() { m_cancelRequested.store(true, std::memory_order_relaxed); }
    bool isCancelRequested() const { return m_cancelRequested.load(std::memory_order_relaxed); }

    qint64 done() const { return m_done.load(std::memory_order_relaxed); }
    qint64 total() const { return m_total.load(std::memory_order_relaxed); } // -1: unknown

private:
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { -1 };
    std::atomic<bool> m_cancelRequested { false };
};

} // namespace tenarai
