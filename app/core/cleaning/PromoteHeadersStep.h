#pragma once

#include "cleaning/Step.h"

namespace tenarai {

// Makes one row the column names and removes it and the rows above it (title blocks).
// Blank names become 列1, 列2…; repeated names get a suffix (氏名, 氏名_2) so that later steps can
// name each column.
class PromoteHeadersStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::PromoteHeadersStep)
public:
    QString typeId() const override { return QStringLiteral("promoteHeaders"); }
    QString title() const override { return tr("Use a row as column names"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<PromoteHeadersStep>(*this); }

    qsizetype row() const { return m_row; }

private:
    qsizetype m_row = 0;
};

} // namespace tenarai
