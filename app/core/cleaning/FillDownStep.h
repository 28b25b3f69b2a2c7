#pragma once

#include "cleaning/Step.h"

#include <QStringList>

namespace tenarai {

// Fills each empty cell of the named columns with the value above it: what a vertically merged
// group cell (地区, 部署) means once the merge is gone.
class FillDownStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::FillDownStep)
public:
    QString typeId() const override { return QStringLiteral("fillDown"); }
    QString title() const override { return tr("Fill down"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<FillDownStep>(*this); }

private:
    QStringList m_columns;
};

} // namespace tenarai
