#include "cleaning/ReorderColumnsStep.h"

#include <QJsonArray>

namespace tenarai {

QList<ParameterSpec> ReorderColumnsStep::parameterSpecs() const
{
    ParameterSpec columns = columnsSpec(false);
    columns.label = tr("Columns to put first");
    columns.help = tr("The other columns follow in their present order.");
    return {columns};
}

QJsonObject ReorderColumnsStep::parameters() const
{
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(m_columns)}};
}

Status ReorderColumnsStep::setParameters(const QJsonObject &parameters)
{
    auto names = columnNamesParameter(parameters, true);
    if (!names)
        return names.error();
    if (names->removeDuplicates() > 0)
        return stepError(tr("“columns” names a column twice."));
    m_columns = names.value();
    return Ok{};
}

Result<StepOutcome> ReorderColumnsStep::apply(const Table &input, const StepContext &) const
{
    const auto found = findColumns(input, m_columns);
    if (!found)
        return found.error();
    StepOutcome out;
    out.table = input;
    for (int i = 0; i < m_columns.size(); ++i)
        out.table.moveColumn(int(out.table.columnNames().indexOf(m_columns[i])), i);
    return out;
}

} // namespace tenarai
