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
              const CellMapper::TextFilter &mayChange, const StepContext &context,
              std::atomic<qsizetype> &done, qsizetype total)
{
    if (context.isCancelled()) {
        block.cancelled = true;
        return;
    }
    // Cells that stay as they are (empty ones included) are copied in runs, without re-encoding.
    qsizetype keptFrom = block.first;
    const auto flushKept = [&](qsizetype upTo) {
        block.column.appendRange(source, keptFrom, upTo - keptFrom);
    };
    const qsizetype end = block.first + block.count;
    for (qsizetype r = block.first; r < end; ++r) {
        QByteArrayView utf8;
        const Cell::Kind kind = source.kindAt(r, &utf8);
        if (kind == Cell::Kind::Empty)
            continue;
        if (mayChange && kind == Cell::Kind::Text && !mayChange(utf8))
            continue;
        CellMapper::Mapped m
            = function(kind == Cell::Kind::Text ? Cell::text(QString::fromUtf8(utf8)) : source.at(r));
        if (m.action == CellMapper::Mapped::Action::Replace) {
            flushKept(r);
            block.column.append(m.cell);
            keptFrom = r + 1;
            ++block.changed;
        }
        if (!m.issue.isEmpty()) {
            if (block.issues.size() < StepOutcome::MaxIssues)
                block.issues.append(CellIssue{r, columnIndex, m.issue});
            ++block.issueCount;
        }
    }
    flushKept(end);
    const qsizetype now = done.fetch_add(block.count) + block.count;
    if (context.progress && total > 0)
        context.progress(double(now) / double(total));
}
} // namespace

std::optional<CellMapper::Result> CellMapper::map(const Column &source, int columnIndex,
                                                  const Function &function, const StepContext &context,
                                                  const TextFilter &mayChange)
{
    const qsizetype total = source.size();
    std::vector<Block> blocks;
    blocks.reserve(size_t(total / BlockRows + 1));
    for (qsizetype first = 0; first < total; first += BlockRows)
        blocks.push_back(Block{first, std::min(BlockRows, total - first), {}, {}, 0, 0, false});

    std::atomic<qsizetype> done{0};
    auto work = [&](Block &block) { runBlock(block, source, columnIndex, function, mayChange, context, done, total); };
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
                         const StepContext &context, const TextFilter &mayChange)
{
    auto mapped = map(outcome.table.column(columnIndex), columnIndex, function, context, mayChange);
    if (!mapped)
        return false;
    if (mapped->changed > 0)
        outcome.table.setColumn(columnIndex, std::move(mapped->column));
    for (CellIssue &issue : mapped->issues) {
        if (outcome.issues.size() < StepOutcome::MaxIssues)
            outcome.issues.append(std::move(issue));
    }
    outcome.issueCount += mapped->issueCount;
    return true;
}

bool CellMapper::mapColumns(StepOutcome &outcome, const QList<int> &columns, const Function &function,
                            const StepContext &context, const TextFilter &mayChange)
{
    const auto count = double(columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i) {
        StepContext part;
        part.cancelled = context.cancelled;
        if (context.progress) {
            part.progress = [&context, i, count](double share) {
                context.progress((double(i) + share) / count);
            };
        }
        if (!mapInto(outcome, columns.at(i), function, part, mayChange))
            return false;
    }
    return true;
}

} // namespace tenarai
