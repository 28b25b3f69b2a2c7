#pragma once

#include "cleaning/CellRewriteStep.h"

namespace tenarai {

// Turns amounts as people type them (全角 digits, 1,000円, ¥1,000, 1.5万円, 3億, △500, (500),
// 千二百円) into numbers through NumberNormalizer::parseAmount, as number cells or as text
// without a needless fraction (1000, not 1000.0). Approximations (約3,000円), ranges and 無料 are
// kept as written and reported: what they mean is the user's decision (a value map step before
// this one can say 無料 = 0).
class NormalizeAmountsStep : public CellRewriteStep
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::NormalizeAmountsStep)
public:
    QString typeId() const override { return QStringLiteral("normalizeAmounts"); }
    QString title() const override { return tr("Amounts to numbers"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<NormalizeAmountsStep>(*this); }

protected:
    Result<std::optional<Cell>> rewrite(const Cell &cell) const override;

private:
    bool m_text = false; // output "text" rather than number cells
};

} // namespace tenarai
