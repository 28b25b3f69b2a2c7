#include "cleaning/RemoveBlankRowsStep.h"

namespace tenarai {

namespace {
bool isBlank(const Column &column, qsizetype row)
{
    switch (column.kindAt(row)) {
    case Cell::Kind::Empty:
        return true;
    case Cell::Kind::Text:
        return column.at(row).textValue().trimmed().isEmpty(); // trimmed() covers U+3000
    default:
        return false;
    }
}
} // namespace

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
            if (!isBlank(input.column(c), r)) {
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
