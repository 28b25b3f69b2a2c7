#pragma once

#include "cleaning/Step.h"

#include <QStringList>

namespace tenarai {

// Removes the named columns: memo columns, print-only columns, personal data not needed.
class RemoveColumnsStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::RemoveColumnsStep)
public:
    QString typeId() const override { return QStringLiteral("removeColumns"); }
    QString title() const override { return tr("Remove columns"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<RemoveColumnsStep>(*this); }

private:
    QStringList m_columns;
};

} // namespace tenarai
