#pragma once

#include "cleaning/Step.h"

#include <QStringList>

namespace tenarai {

// Moves the named columns to the front, in the order given; the other columns follow in the
// order they had. Naming only the columns to move keeps the recipe working when the source file
// gains a column.
class ReorderColumnsStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ReorderColumnsStep)
public:
    QString typeId() const override { return QStringLiteral("reorderColumns"); }
    QString title() const override { return tr("Reorder columns"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<ReorderColumnsStep>(*this); }

private:
    QStringList m_columns;
};

} // namespace tenarai
