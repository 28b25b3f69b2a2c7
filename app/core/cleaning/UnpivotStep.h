#pragma once

#include "cleaning/Step.h"

#include <QStringList>

namespace tenarai {

// Turns a wide table into a long one (「列のピボット解除」): every column not in “keep” becomes
// rows of (its name, its value). A row 地区, 4月, 5月 gives two rows 地区, 項目=4月, 値=… and
// 地区, 項目=5月, 値=…: for each input row, the columns from left to right. The kept columns stay
// in their table order; values keep their kind. With “skipEmpty”, empty cells and cells of spaces
// only make no row.
class UnpivotStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::UnpivotStep)
public:
    QString typeId() const override { return QStringLiteral("unpivot"); }
    QString title() const override { return tr("Turn columns into rows"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<UnpivotStep>(*this); }

private:
    QStringList m_keep;
    QString m_attributeName;
    QString m_valueName;
    bool m_skipEmpty = true;
};

} // namespace tenarai
