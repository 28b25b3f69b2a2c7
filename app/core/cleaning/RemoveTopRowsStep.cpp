#include "cleaning/RemoveTopRowsStep.h"

namespace tenarai {

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
