#pragma once

#include "cleaning/CellRewriteStep.h"

namespace tenarai {

// Writes postal codes as 123-4567 through PostalCodeNormalizer: 〒, 全角 digits, no hyphen or
// a ー for one, and the leading 0 Excel drops (123456 from 0123456) are all handled; any other
// shape is kept as written and reported.
class NormalizePostalCodeStep : public CellRewriteStep
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::NormalizePostalCodeStep)
public:
    QString typeId() const override { return QStringLiteral("normalizePostalCode"); }
    QString title() const override { return tr("Postal codes as 123-4567"); }
    std::unique_ptr<Step> clone() const override { return std::make_unique<NormalizePostalCodeStep>(*this); }

protected:
    Result<std::optional<Cell>> rewrite(const Cell &cell) const override;
};

} // namespace tenarai
