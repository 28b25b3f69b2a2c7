#include "cleaning/NormalizeBlockNumbersStep.h"

#include "normalize/BlockNumberNormalizer.h"

namespace tenarai {

Result<std::optional<Cell>> NormalizeBlockNumbersStep::rewrite(const Cell &cell) const
{
    if (cell.kind() != Cell::Kind::Text)
        return std::optional<Cell>(); // a number or date here is not an address to shorten
    // Most values need no change; nullopt keeps them without building and comparing a new cell.
    std::optional<QString> changed = BlockNumberNormalizer::normalizeIfChanged(cell.textValue());
    if (!changed)
        return std::optional<Cell>();
    return std::optional<Cell>(Cell::text(*changed));
}

} // namespace tenarai
