#pragma once

#include "cleaning/CellRewriteStep.h"

namespace tenarai {

// Writes the block numbers of addresses the short way through BlockNumberNormalizer:
// 1丁目2番3号 → 1-2-3, 1234番地5 → 1234-5, with one space before the building. Meant for the
// 町域以降 column that splitAddress makes. Only text is rewritten; other cells stay as they are.
class NormalizeBlockNumbersStep : public CellRewriteStep
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::NormalizeBlockNumbersStep)
public:
    QString typeId() const override { return QStringLiteral("normalizeBlockNumbers"); }
    QString title() const override { return tr("Block numbers as 1-2-3"); }
    std::unique_ptr<Step> clone() const override
    {
        return std::make_unique<NormalizeBlockNumbersStep>(*this);
    }

protected:
    Result<std::optional<Cell>> rewrite(const Cell &cell) const override;
};

} // namespace tenarai
