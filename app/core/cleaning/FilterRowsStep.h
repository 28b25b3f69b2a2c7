#pragma once

#include "cleaning/Step.h"

namespace tenarai {

// Keeps the rows whose cell in one column meets a condition (「行のフィルター」). Comparisons
// (equals, greaterThan, …) are numeric when the cell and the value are both numbers — text such
// as 1,200 and a value typed in 全角 digits (１０００) count — by date when both are dates
// (2021-04-01, 令和3年4月1日), otherwise by text: “equals” exactly as written, the order ones by
// the Japanese collation (as sortRows orders). contains, startsWith and endsWith always look at
// the text. An empty cell (or one of spaces only) equals nothing and is neither greater nor less
// than anything; isEmpty finds it.
class FilterRowsStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::FilterRowsStep)
public:
    enum class Condition : quint8 {
        Equals, NotEquals, Contains, NotContains, StartsWith, EndsWith, IsEmpty, IsNotEmpty,
        GreaterThan, LessThan, AtLeast, AtMost,
    };

    QString typeId() const override { return QStringLiteral("filterRows"); }
    QString title() const override { return tr("Keep matching rows"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<FilterRowsStep>(*this); }

private:
    QString m_column;
    Condition m_condition = Condition::Equals;
    QString m_value;
};

} // namespace tenarai
