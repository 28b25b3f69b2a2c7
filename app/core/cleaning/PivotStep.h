#pragma once

#include "cleaning/Step.h"

namespace tenarai {

// Turns a long table into a wide one (「列のピボット」), the inverse of unpivot: each distinct
// value of the “attribute” column becomes a column holding the matching “value” cells. The other
// columns identify a row: one output row per combination of their values, in the order the
// combinations first appear; new columns in the order their names first appear.
//
// Several values for one cell are combined by “aggregate”: “first” keeps the first and reports
// each different later value as an issue (never silently dropping data); “sum” adds numbers
// (number cells, and text such as 1,200 or ３００) and reports any other value; “count” counts
// the non-empty values. A row without an attribute is reported and left out.
class PivotStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::PivotStep)
public:
    // Output cells (rows x new columns) above this are refused before allocating.
    static constexpr qint64 MaxCells = qint64(1) << 27;
    static constexpr int MaxColumns = 16384;

    enum class Aggregate : quint8 { First, Sum, Count };

    QString typeId() const override { return QStringLiteral("pivot"); }
    QString title() const override { return tr("Turn rows into columns"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<PivotStep>(*this); }

private:
    QString m_attribute;
    QString m_value;
    Aggregate m_aggregate = Aggregate::First;
};

} // namespace tenarai
