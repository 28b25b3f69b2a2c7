#include "cleaning/RemoveColumnsStep.h"

#include <QJsonArray>

#include <algorithm>

namespace tenarai {

QList<ParameterSpec> RemoveColumnsStep::parameterSpecs() const
{
    return {columnsSpec(false)};
}

QJsonObject RemoveColumnsStep::parameters() const
{
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(m_columns)}};
}

Status RemoveColumnsStep::setParameters(const QJsonObject &parameters)
{
    auto names = columnNamesParameter(parameters, true);
    if (!names)
        return names.error();
    m_columns = names.value();
    return Ok{};
}

Result<StepOutcome> RemoveColumnsStep::apply(const Table &input, const StepContext &) const
{
    QList<int> indexes;
    for (const QString &name : m_columns) {
        const auto index = findColumn(input, name);
        if (!index)
            return index.error();
        indexes << index.value();
    }
    // Remove from the right so that the indexes still to remove stay valid.
    std::sort(indexes.begin(), indexes.end(), std::greater<int>());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    StepOutcome out;
    out.table = input;
    for (int index : indexes)
        out.table.removeColumn(index);
    return out;
}

} // namespace tenarai
