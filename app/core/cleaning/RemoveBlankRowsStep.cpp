#include "cleaning/RemoveBlankRowsStep.h"

#include "cleaning/BlankCell.h"

namespace tenarai {

QList<ParameterSpec> RemoveBlankRowsStep::parameterSpecs() const
{
    return {};
}

Result<StepOutcome> RemoveBlankRowsStep::apply(const Table &input, const StepContext &context) const
{
    std::vector<qsizetype> keep;
    keep.reserve(size_t(input.rowCount()));
    for (qsizetype r = 0; r < input.rowCount(); ++r) {
        if (context.shouldStop(r, input.rowCount()))
            return cancelledError();
        for (int c = 0; c < input.columnCount(); ++c) {
            if (!BlankCell::at(input.column(c), r)) {
                keep.push_back(r);
                break;
            }
        }
    }
    StepOutcome out;
    out.table = input.selectRows(keep);
    return out;
}

} // namespace tenarai
