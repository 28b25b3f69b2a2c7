#include "cleaning/UnpivotStep.h"

#include "cleaning/BlankCell.h"

#include <QJsonArray>

#include <vector>

namespace tenarai {

QList<ParameterSpec> UnpivotStep::parameterSpecs() const
{
    ParameterSpec keep;
    keep.key = QStringLiteral("keep");
    keep.kind = ParameterSpec::Kind::Columns;
    keep.label = tr("Columns to keep");
    keep.help = tr("Every other column becomes rows.");
    keep.optional = true;

    ParameterSpec attribute;
    attribute.key = QStringLiteral("attributeName");
    attribute.kind = ParameterSpec::Kind::Text;
    attribute.label = tr("Name for the column of headers");

    ParameterSpec value;
    value.key = QStringLiteral("valueName");
    value.kind = ParameterSpec::Kind::Text;
    value.label = tr("Name for the column of values");

    ParameterSpec skipEmpty;
    skipEmpty.key = QStringLiteral("skipEmpty");
    skipEmpty.kind = ParameterSpec::Kind::Boolean;
    skipEmpty.label = tr("Leave out empty cells");
    skipEmpty.optional = true;
    return {keep, attribute, value, skipEmpty};
}

QJsonObject UnpivotStep::parameters() const
{
    return {{QStringLiteral("keep"), QJsonArray::fromStringList(m_keep)},
            {QStringLiteral("attributeName"), m_attributeName},
            {QStringLiteral("valueName"), m_valueName},
            {QStringLiteral("skipEmpty"), m_skipEmpty}};
}

Status UnpivotStep::setParameters(const QJsonObject &parameters)
{
    QStringList keep;
    const QJsonValue keepValue = parameters.value(QStringLiteral("keep"));
    if (!keepValue.isUndefined()) {
        if (!keepValue.isArray())
            return stepError(tr("“keep” must list column names."));
        for (const QJsonValue &v : keepValue.toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return stepError(tr("“keep” must list column names."));
            if (keep.contains(v.toString()))
                return stepError(tr("“keep” names a column twice."), v.toString());
            keep << v.toString();
        }
    }
    const QJsonValue attribute = parameters.value(QStringLiteral("attributeName"));
    if (!attribute.isString() || attribute.toString().trimmed().isEmpty())
        return stepError(tr("“attributeName” must be the name of the new column of headers."));
    const QJsonValue value = parameters.value(QStringLiteral("valueName"));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return stepError(tr("“valueName” must be the name of the new column of values."));
    if (attribute.toString() == value.toString())
        return stepError(tr("“attributeName” and “valueName” must differ."));
    const auto skipEmpty = booleanParameter(parameters, QStringLiteral("skipEmpty"), true);
    if (!skipEmpty)
        return skipEmpty.error();
    m_keep = keep;
    m_attributeName = attribute.toString();
    m_valueName = value.toString();
    m_skipEmpty = skipEmpty.value();
    return Ok{};
}

Result<StepOutcome> UnpivotStep::apply(const Table &input, const StepContext &context) const
{
    for (const QString &name : m_keep) {
        const auto index = findColumn(input, name);
        if (!index)
            return index.error();
    }
    for (const QString &name : {m_attributeName, m_valueName}) {
        if (m_keep.contains(name))
            return stepError(tr("A kept column is already called “%1”.").arg(name), name);
    }
    QList<int> kept;
    QList<int> unpivoted;
    for (int c = 0; c < input.columnCount(); ++c)
        (m_keep.contains(input.columnName(c)) ? kept : unpivoted) << c;
    if (unpivoted.isEmpty())
        return stepError(tr("Every column is kept, so there is no column to turn into rows."));

    std::vector<Column> keptColumns(size_t(kept.size()));
    Column attributes;
    Column values;
    QList<Cell> headers;
    for (int c : unpivoted)
        headers << (input.columnName(c).isEmpty() ? Cell() : Cell::text(input.columnName(c)));
    const qsizetype rows = input.rowCount();
    for (qsizetype r = 0; r < rows; ++r) {
        if (context.shouldStop(r, rows))
            return cancelledError();
        for (qsizetype u = 0; u < unpivoted.size(); ++u) {
            const Column &source = input.column(unpivoted[u]);
            if (m_skipEmpty && BlankCell::at(source, r))
                continue;
            for (qsizetype k = 0; k < kept.size(); ++k)
                keptColumns[size_t(k)].appendFrom(input.column(kept[k]), r);
            attributes.append(headers[u]);
            values.appendFrom(source, r);
        }
    }

    StepOutcome out;
    for (qsizetype k = 0; k < kept.size(); ++k) {
        keptColumns[size_t(k)].squeeze();
        out.table.insertColumn(int(k), std::move(keptColumns[size_t(k)]), input.columnName(kept[k]));
    }
    attributes.squeeze();
    values.squeeze();
    out.table.insertColumn(out.table.columnCount(), std::move(attributes), m_attributeName);
    out.table.insertColumn(out.table.columnCount(), std::move(values), m_valueName);
    return out;
}

} // namespace tenarai
