#include "cleaning/MergeColumnsStep.h"

#include "cleaning/BlankCell.h"

#include <QJsonArray>

#include <algorithm>

namespace tenarai {

QList<ParameterSpec> MergeColumnsStep::parameterSpecs() const
{
    ParameterSpec columns = columnsSpec(false);
    columns.label = tr("Columns to merge");
    columns.help = tr("In the order their text is joined.");

    ParameterSpec separator;
    separator.key = QStringLiteral("separator");
    separator.kind = ParameterSpec::Kind::Text;
    separator.label = tr("Separator");
    separator.help = tr("Put between the values, such as a full-width space; may be empty.");
    separator.optional = true;

    ParameterSpec name;
    name.key = QStringLiteral("name");
    name.kind = ParameterSpec::Kind::Text;
    name.label = tr("Name of the merged column");

    ParameterSpec skipEmpty;
    skipEmpty.key = QStringLiteral("skipEmpty");
    skipEmpty.kind = ParameterSpec::Kind::Boolean;
    skipEmpty.label = tr("Leave out empty cells");
    skipEmpty.help = tr("Avoids a separator at the end when a value is missing.");
    skipEmpty.optional = true;
    return {columns, separator, name, skipEmpty};
}

QJsonObject MergeColumnsStep::parameters() const
{
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(m_columns)},
            {QStringLiteral("separator"), m_separator},
            {QStringLiteral("name"), m_name},
            {QStringLiteral("skipEmpty"), m_skipEmpty}};
}

Status MergeColumnsStep::setParameters(const QJsonObject &parameters)
{
    auto columns = columnNamesParameter(parameters, true);
    if (!columns)
        return columns.error();
    if (columns->removeDuplicates() > 0)
        return stepError(tr("“columns” names a column twice."));
    if (columns->size() < 2)
        return stepError(tr("“columns” must list at least two columns to merge."));
    const QJsonValue separator = parameters.value(QStringLiteral("separator"));
    if (!separator.isUndefined() && !separator.isString())
        return stepError(tr("“separator” must be text."));
    const QJsonValue name = parameters.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return stepError(tr("“name” must be the name of the merged column."));
    const auto skipEmpty = booleanParameter(parameters, QStringLiteral("skipEmpty"), true);
    if (!skipEmpty)
        return skipEmpty.error();
    m_columns = columns.value();
    m_separator = separator.toString();
    m_name = name.toString();
    m_skipEmpty = skipEmpty.value();
    return Ok{};
}

Result<StepOutcome> MergeColumnsStep::apply(const Table &input, const StepContext &context) const
{
    const auto found = findColumns(input, m_columns);
    if (!found)
        return found.error();
    const QList<int> indexes = found.value();
    const qsizetype clash = input.columnNames().indexOf(m_name);
    if (clash >= 0 && !indexes.contains(int(clash)))
        return stepError(tr("Another column is already called “%1”.").arg(m_name), m_columns.first());

    StepOutcome out;
    Column merged;
    const qsizetype rows = input.rowCount();
    QString text;
    for (qsizetype r = 0; r < rows; ++r) {
        if (context.shouldStop(r, rows))
            return cancelledError();
        text.clear();
        bool first = true;
        for (int c : indexes) {
            const Column &column = input.column(c);
            if (m_skipEmpty && BlankCell::at(column, r))
                continue;
            const Cell cell = column.at(r);
            if (cell.kind() == Cell::Kind::Error) {
                out.addIssue(r, c, tr("“%1” is an error value; it was left out.").arg(cell.errorCode()));
                continue;
            }
            if (!first)
                text += m_separator;
            text += cell.toString();
            first = false;
        }
        if (text.isEmpty())
            merged.appendEmpty();
        else
            merged.append(Cell::text(text));
    }
    merged.squeeze();

    out.table = input;
    out.table.setColumn(indexes.first(), std::move(merged));
    QStringList names = out.table.columnNames();
    names[indexes.first()] = m_name;
    out.table.setColumnNames(names);
    QList<int> others = indexes.mid(1);
    std::sort(others.begin(), others.end(), std::greater<int>());
    for (int c : others)
        out.table.removeColumn(c);
    return out;
}

} // namespace tenarai
