#pragma once

#include "cleaning/Step.h"

namespace tenarai {

// Removes rows whose cells are all empty or only spaces (U+3000 included): the spacer rows of
// layouts made for printing.
class RemoveBlankRowsStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::RemoveBlankRowsStep)
public:
    QString typeId() const override { return QStringLiteral("removeBlankRows"); }
    QString title() const override { return tr("Remove blank rows"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override { return {}; }
    Status setParameters(const QJsonObject &) override { return Ok{}; }
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<RemoveBlankRowsStep>(*this); }
};

} // namespace tenarai
