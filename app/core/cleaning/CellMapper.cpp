#include "cleaning/CellMapper.h"

#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <numeric>
#include <vector>

namespace tenarai {

namespace {
struct Block
{
    qsizetype first = 0;
    qsizetype count = 0;
    Column column;
    QList<CellIssue> issues;
    qsizetype issueCount = 0;
    qsizetype changed = 0;
    bool cancelled = false;
};

void runBlock(Block &block, const Column &source, int columnIndex, const CellMapper::Function &function,
              const StepContext &context, std::atomic<qsizetype> &done, qsizetype total)
{
    if (context.isCancelled()) {
        block.cancelled = true;
        return;
    }
    for (qsizetype r = block.first; r < block.first + block.count; ++r) {
        if (source.isEmptyAt(r)) {
            block.column.appendEmpty();
            continue;
        }
        CellMapper::Mapped m = function(source.at(r));
        if (m.action == CellMapper::Mapped::Action::Replace) {
            block.column.append(m.cell);
            ++block.changed;
        } else {
            block.column.appendFrom(source, r);
        }
        if (!m.issue.isEmpty()) {
            if (block.issues.size() < StepOutcome::MaxIssues)
                block.issues.append(CellIssue{r, columnIndex, m.issue});
            ++block.issueCount;
        }
    }
    const qsizetype now = done.fetch_add(block.count) + block.count;
    if (context.progress && total > 0)
        context.progress(double(now) / double(total));
}
} // namespace

std::optional<CellMapper::Result> CellMapper::map(const Column &source, int columnIndex,
                                                  const Function &function, const StepContext &context)
{
    const qsizetype total = source.size();
    std::vector<Block> blocks;
    blocks.reserve(size_t(total / BlockRows + 1));
    for (qsizetype first = 0; first < total; first += BlockRows)
        blocks.push_back(Block{first, std::min(BlockRows, total - first), {}, {}, 0, 0, false});

    std::atomic<qsizetype> done{0};
    auto work = [&](Block &block) { runBlock(block, source, columnIndex, function, context, done, total); };
    // Thread start-up costs more than a few blocks of work.
    if (blocks.size() <= 2) {
        for (Block &block : blocks)
            work(block);
    } else {
        QtConcurrent::blockingMap(blocks, work);
    }

    Result result;
    for (Block &block : blocks) {
        if (block.cancelled)
            return std::nullopt;
        result.column.appendColumn(std::move(block.column));
        for (CellIssue &issue : block.issues) {
            if (result.issues.size() < StepOutcome::MaxIssues)
                result.issues.append(std::move(issue));
        }
        result.issueCount += block.issueCount;
        result.changed += block.changed;
    }
    if (context.isCancelled())
        return std::nullopt;
    return result;
}

bool CellMapper::mapInto(StepOutcome &outcome, int columnIndex, const Function &function,
                         const StepContext &context)
{
    auto mapped = map(outcome.table.column(columnIndex), columnIndex, function, context);
    if (!mapped)
        return false;
    outcome.table.setColumn(columnIndex, std::move(mapped->column));
    for (CellIssue &issue : mapped->issues) {
        if (outcome.issues.size() < StepOutcome::MaxIssues)
            outcome.issues.append(std::move(issue));
    }
    outcome.issueCount += mapped->issueCount;
    return true;
}

} // namespace tenarai
