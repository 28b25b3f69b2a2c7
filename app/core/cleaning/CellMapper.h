#pragma once

#include "cleaning/Step.h"

#include <functional>
#include <optional>

namespace tenarai {

// Runs a per-cell transformation over a whole column, in parallel on large columns.
//
// Most cleaning steps turn each cell into a new one independently of the others (a date, a phone
// number, a width fold). This runs such a function over blocks of rows on Qt's thread pool, then
// joins the blocks without copying, so that a step over a million rows uses every core and still
// reports progress and stops when the user cancels. The function must be thread-safe: it is
// called concurrently for different rows.
class CellMapper
{
public:
    // What the function says about one cell.
    struct Mapped
    {
        enum class Action : quint8 {
            Keep,      // the cell stays as it is (copied without re-encoding)
            Replace,   // the cell becomes `cell`
        };
        Action action = Action::Keep;
        Cell cell;
        QString issue;   // non-empty: reported as a CellIssue for this row (any action)

        static Mapped keep() { return {}; }
        static Mapped replace(Cell c) { return {Action::Replace, std::move(c), {}}; }
        static Mapped report(QString message) { return {Action::Keep, {}, std::move(message)}; }
    };
    // Not called for empty cells: they stay empty.
    using Function = std::function<Mapped(const Cell &cell)>;
    // Optional, for text cells: false when the function would certainly keep this cell as it is,
    // judged from its UTF-8 bytes. Decoding every cell into a QString costs more than most
    // functions, and most cells of a real column need no change. Must be thread-safe too.
    using TextFilter = std::function<bool(QByteArrayView utf8)>;

    struct Result
    {
        Column column;
        QList<CellIssue> issues;     // capped like StepOutcome's, in row order
        qsizetype issueCount = 0;
        qsizetype changed = 0;       // cells replaced
    };

    // Rows per block handed to one thread; a multiple of Column::ChunkRows.
    static constexpr qsizetype BlockRows = 4 * Column::ChunkRows;

    // nullopt when cancelled. `columnIndex` is written into the issues.
    static std::optional<Result> map(const Column &source, int columnIndex, const Function &function,
                                     const StepContext &context, const TextFilter &mayChange = {});
    // Maps and stores the result in outcome: the column replaced when a cell changed (an untouched
    // column stays shared with the input table and the undo history), the issues added.
    // false when cancelled.
    static bool mapInto(StepOutcome &outcome, int columnIndex, const Function &function,
                        const StepContext &context, const TextFilter &mayChange = {});
    // mapInto over several columns, with the progress of all of them as one.
    static bool mapColumns(StepOutcome &outcome, const QList<int> &columns, const Function &function,
                           const StepContext &context, const TextFilter &mayChange = {});
};

} // namespace tenarai
