#pragma once

#include "cleaning/CellRewriteStep.h"

namespace tenarai {

// Writes phone numbers in the national format with the hyphens where the area code puts them
// (03-1234-5678, 0467-12-3456, 090-1234-5678), through PhoneNormalizer (libphonenumber's
// numbering plan). A number Excel stored as a number (9012345678) gets its 0 back. A value that is
// not a phone number in use is kept as written and reported with the reason.
class NormalizePhoneStep : public CellRewriteStep
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::NormalizePhoneStep)
public:
    QString typeId() const override { return QStringLiteral("normalizePhone"); }
    QString title() const override { return tr("Phone numbers with hyphens"); }
    std::unique_ptr<Step> clone() const override { return std::make_unique<NormalizePhoneStep>(*this); }
    std::function<void()> warmUp() const override;

protected:
    Result<std::optional<Cell>> rewrite(const Cell &cell) const override;
    // A number not in use becomes its digits alone (still reported).
    std::optional<Cell> fallback(const Cell &cell) const override;
};

} // namespace tenarai
