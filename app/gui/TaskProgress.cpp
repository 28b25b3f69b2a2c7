#include "TaskProgress.h"

namespace tenarai {

ProgressCallback TaskProgress::callbackFor(const std::shared_ptr<TaskProgress> &progress)
{
    return [progress](qint64 done, qint64 total) {
        progress->m_total.store(total, std::memory_order_relaxed);
        progress->m_done.store(done, std::memory_order_relaxed);
        return !progress->isCancelRequested();
    };
}

} // namespace tenarai
