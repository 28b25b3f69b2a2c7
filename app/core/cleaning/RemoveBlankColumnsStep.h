#pragma once

#include "cleaning/Step.h"

namespace tenarai {

// Removes columns whose cells are all empty or only spaces (U+3000 included): the spacer
// columns of layouts made for printing. The column name does not count as content, so a named
// column with nothing under it goes too; a table with no rows keeps all its columns, as there is
// nothing to judge them by.
class RemoveBlankColumnsStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::RemoveBlankColumnsStep)
public:
    QString typeId() const override { return QStringLiteral("removeBlankColumns"); }
    QString title() const override { return tr("Remove blank columns"); }
    QList<ParameterSpec> parameterSpecs() const override { return {}; }
    QJsonObject parameters() const override { return {}; }
    Status setParameters(const QJsonObject &) override { return Ok{}; }
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<RemoveBlankColumnsStep>(*this); }
};

} // namespace tenarai
