#pragma once

#include "cleaning/Step.h"

#include <QMap>

namespace tenarai {

// Gives columns new names (old name -> new name). Renaming a column to a name another column
// keeps is refused, since later steps find columns by name; swapping two names is allowed.
class RenameColumnsStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::RenameColumnsStep)
public:
    QString typeId() const override { return QStringLiteral("renameColumns"); }
    QString title() const override { return tr("Rename columns"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<RenameColumnsStep>(*this); }

private:
    QMap<QString, QString> m_names;   // old -> new
};

} // namespace tenarai
