#include "cleaning/RemoveBlankColumnsStep.h"

#include "cleaning/BlankCell.h"

namespace tenarai {

Result<StepOutcome> RemoveBlankColumnsStep::apply(const Table &input, const StepContext &context) const
{
    StepOutcome out;
    out.table = input;
    if (input.rowCount() == 0)
        return out;
    const qsizetype total = input.rowCount() * input.columnCount();
    qsizetype examined = 0;
    for (int c = input.columnCount() - 1; c >= 0; --c) { // from the right: indexes stay valid
        const Column &column = input.column(c);
        bool blank = true;
        for (qsizetype r = 0; r < column.size() && blank; ++r) {
            if (context.shouldStop(examined++, total))
                return cancelledError();
            blank = BlankCell::at(column, r);
        }
        if (blank)
            out.table.removeColumn(c);
    }
    return out;
}

} // namespace tenarai
