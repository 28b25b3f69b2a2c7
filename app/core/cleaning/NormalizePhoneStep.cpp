#include "cleaning/NormalizePhoneStep.h"

#include "normalize/PhoneNormalizer.h"

namespace tenarai {

Result<std::optional<Cell>> NormalizePhoneStep::rewrite(const Cell &cell) const
{
    // A number cell is what Excel made of digits typed without hyphens; its text is those digits.
    if (cell.kind() != Cell::Kind::Text && cell.kind() != Cell::Kind::Number)
        return unreadableKind(cell);
    const Result<QString> phone = PhoneNormalizer::normalize(cell.toString());
    if (!phone)
        return phone.error();
    return std::optional<Cell>(Cell::text(phone.value()));
}

} // namespace tenarai
