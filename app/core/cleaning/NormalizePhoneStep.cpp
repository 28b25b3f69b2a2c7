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

std::function<void()> NormalizePhoneStep::warmUp() const
{
    return &PhoneNormalizer::warmUp;
}

std::optional<Cell> NormalizePhoneStep::fallback(const Cell &cell) const
{
    // Where the hyphens go depends on the area code, which a number not in use does not have;
    // its digits alone are still one way of writing it, and the same for every way it was typed,
    // so that duplicate rows stay duplicates.
    const std::optional<QString> digits = PhoneNormalizer::domesticDigits(cell.toString());
    if (!digits)
        return std::nullopt;
    return Cell::text(*digits);
}

} // namespace tenarai
