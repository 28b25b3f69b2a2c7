#include "cleaning/NormalizeBlockNumbersStep.h"

#include "normalize/BlockNumberNormalizer.h"

namespace tenarai {

Result<std::optional<Cell>> NormalizeBlockNumbersStep::rewrite(const Cell &cell) const
{
    if (cell.kind() != Cell::Kind::Text)
        return std::optional<Cell>(); // a number or date here is not an address to shorten
    return std::optional<Cell>(Cell::text(BlockNumberNormalizer::normalize(cell.textValue())));
}

} // namespace tenarai
