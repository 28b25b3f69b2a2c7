#include "cleaning/NormalizePostalCodeStep.h"

#include "normalize/PostalCodeNormalizer.h"

namespace tenarai {

Result<std::optional<Cell>> NormalizePostalCodeStep::rewrite(const Cell &cell) const
{
    // A number cell is a code typed without a hyphen that Excel read as a number.
    if (cell.kind() != Cell::Kind::Text && cell.kind() != Cell::Kind::Number)
        return unreadableKind(cell);
    const Result<QString> code = PostalCodeNormalizer::normalize(cell.toString());
    if (!code)
        return code.error();
    return std::optional<Cell>(Cell::text(code.value()));
}

} // namespace tenarai
