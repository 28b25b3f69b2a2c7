#include "cleaning/RemoveTopRowsStep.h"

namespace tenarai {

QList<ParameterSpec> RemoveTopRowsStep::parameterSpecs() const
{
    ParameterSpec count;
    count.key = QStringLiteral("count");
    count.kind = ParameterSpec::Kind::Integer;
    count.label = tr("Number of rows");
    count.minimum = 1;
    count.maximum = MaxRows;
    return {count};
}

Status RemoveTopRowsStep::setParameters(const QJsonObject &parameters)
{
    const QJsonValue count = parameters.value(QStringLiteral("count"));
    const auto value = wholeNumber(count, 1, MaxRows);
    if (!value)
        return stepError(tr("“count” must be a whole number, 1 or more."));
    m_count = qsizetype(*value);
    return Ok{};
}

Result<StepOutcome> RemoveTopRowsStep::apply(const Table &input, const StepContext &) const
{
    StepOutcome out;
    out.table = input.sliceRows(m_count, input.rowCount() - m_count);
    return out;
}

} // namespace tenarai
