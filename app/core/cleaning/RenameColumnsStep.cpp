#include "cleaning/RenameColumnsStep.h"

#include <QSet>

namespace tenarai {

QList<ParameterSpec> RenameColumnsStep::parameterSpecs() const
{
    ParameterSpec names;
    names.key = QStringLiteral("names");
    names.kind = ParameterSpec::Kind::ValueMap;
    names.label = tr("New names");
    names.help = tr("For each column to rename: its current name and its new name.");
    return {names};
}

QJsonObject RenameColumnsStep::parameters() const
{
    QJsonObject names;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        names.insert(it.key(), it.value());
    return {{QStringLiteral("names"), names}};
}

Status RenameColumnsStep::setParameters(const QJsonObject &parameters)
{
    const QJsonValue value = parameters.value(QStringLiteral("names"));
    if (!value.isObject() || value.toObject().isEmpty())
        return stepError(tr("“names” must give at least one column and its new name."));
    const QJsonObject object = value.toObject();
    QMap<QString, QString> names;
    QSet<QString> newNames;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().isEmpty())
            return stepError(tr("“names” must name the columns to rename."));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return stepError(tr("“names” must give a new name for the column."), it.key());
        const QString newName = it.value().toString();
        if (newNames.contains(newName))
            return stepError(tr("“names” gives two columns the same new name “%1”.").arg(newName));
        newNames.insert(newName);
        names.insert(it.key(), newName);
    }
    m_names = names;
    return Ok{};
}

Result<StepOutcome> RenameColumnsStep::apply(const Table &input, const StepContext &) const
{
    QStringList names = input.columnNames();
    QList<int> renamed;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        const auto index = findColumn(input, it.key());
        if (!index)
            return index.error();
        names[index.value()] = it.value();
        renamed << index.value();
    }
    for (int index : renamed) {
        if (names.count(names[index]) > 1)
            return stepError(tr("Another column is already called “%1”.").arg(names[index]),
                             input.columnName(index));
    }
    StepOutcome out;
    out.table = input;
    out.table.setColumnNames(names);
    return out;
}

} // namespace tenarai
