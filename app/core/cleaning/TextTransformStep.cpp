#include "cleaning/TextTransformStep.h"

#include "cleaning/CellMapper.h"

namespace tenarai {

Result<StepOutcome> TextTransformStep::apply(const Table &input, const StepContext &context) const
{
    const auto found = findColumns(input, m_columns);
    if (!found)
        return found.error();

    const CellMapper::Function rewrite = [this](const Cell &cell) {
        if (cell.kind() != Cell::Kind::Text)
            return CellMapper::Mapped::keep();
        const QString text = cell.textValue();
        const QString result = transform(text);
        if (result == text)
            return CellMapper::Mapped::keep(); // copied without re-encoding
        return CellMapper::Mapped::replace(result.isEmpty() ? Cell() : Cell::text(result));
    };
    StepOutcome out;
    out.table = input;
    for (int c : found.value()) {
        auto mapped = CellMapper::map(input.column(c), c, rewrite, context);
        if (!mapped)
            return cancelledError();
        // An untouched column stays shared with the input (and with the undo history).
        if (mapped->changed > 0)
            out.table.setColumn(c, std::move(mapped->column));
    }
    return out;
}

} // namespace tenarai
