#include "cleaning/FillDownStep.h"

#include <QJsonArray>

namespace tenarai {

QList<ParameterSpec> FillDownStep::parameterSpecs() const
{
    return {columnsSpec(false)};
}

QJsonObject FillDownStep::parameters() const
{
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(m_columns)}};
}

Status FillDownStep::setParameters(const QJsonObject &parameters)
{
    auto names = columnNamesParameter(parameters, true);
    if (!names)
        return names.error();
    m_columns = names.value();
    return Ok{};
}

Result<StepOutcome> FillDownStep::apply(const Table &input, const StepContext &context) const
{
    StepOutcome out;
    out.table = input;
    for (const QString &name : m_columns) {
        const auto index = findColumn(input, name);
        if (!index)
            return index.error();
        const Column &source = input.column(index.value());
        Column filled;
        qsizetype last = -1;
        for (qsizetype r = 0; r < source.size(); ++r) {
            if (context.shouldStop(r, source.size()))
                return cancelledError();
            if (source.isEmptyAt(r) && last >= 0) {
                filled.appendFrom(source, last);
            } else {
                filled.appendFrom(source, r);
                if (!source.isEmptyAt(r))
                    last = r;
            }
        }
        filled.squeeze();
        out.table.setColumn(index.value(), std::move(filled));
    }
    return out;
}

} // namespace tenarai
