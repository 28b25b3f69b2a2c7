#pragma once

#include "cleaning/Step.h"

namespace tenarai {

// Removes a number of rows from the top: the title block above a survey sheet's table.
class RemoveTopRowsStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::RemoveTopRowsStep)
public:
    QString typeId() const override { return QStringLiteral("removeTopRows"); }
    QString title() const override { return tr("Remove top rows"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override { return {{QStringLiteral("count"), double(m_count)}}; }
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<RemoveTopRowsStep>(*this); }

private:
    qsizetype m_count = 1;
};

} // namespace tenarai
