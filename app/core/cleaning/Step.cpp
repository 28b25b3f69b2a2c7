#include "cleaning/Step.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace tenarai {

void StepOutcome::addIssue(qsizetype row, int column, const QString &message)
{
    if (issues.size() < MaxIssues)
        issues.append(CellIssue{row, column, message});
    ++issueCount;
}

Error Step::stepError(const QString &message, const QString &column, qint64 row) const
{
    Error e;
    e.kind = Error::Kind::InvalidArgument;
    e.part = column.isEmpty()
                 ? QCoreApplication::translate("tenarai::Step", "step “%1”").arg(title())
                 : QCoreApplication::translate("tenarai::Step", "step “%1”, column “%2”")
                       .arg(title(), column);
    e.row = row;
    e.message = message;
    return e;
}

std::optional<qint64> Step::wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    // Compare as doubles first: converting an out-of-range double to an integer is undefined.
    if (!(d >= double(min) && d <= double(max)) || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

Result<QStringList> Step::columnNamesParameter(const QJsonObject &parameters, bool required) const
{
    const QJsonValue columns = parameters.value(QStringLiteral("columns"));
    if (columns.isUndefined() && !required)
        return QStringList();
    if (!columns.isArray() || (required && columns.toArray().isEmpty()))
        return stepError(QCoreApplication::translate("tenarai::Step", "“columns” must list at least one column name."));
    QStringList names;
    for (const QJsonValue &v : columns.toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            return stepError(QCoreApplication::translate("tenarai::Step", "“columns” must list column names."));
        names << v.toString();
    }
    return names;
}

Result<bool> Step::booleanParameter(const QJsonObject &parameters, const QString &key, bool defaultValue) const
{
    const QJsonValue value = parameters.value(key);
    if (value.isUndefined())
        return defaultValue;
    if (!value.isBool())
        return stepError(QCoreApplication::translate("tenarai::Step", "“%1” must be true or false.").arg(key));
    return value.toBool();
}

Result<QString> Step::choiceParameter(const QJsonObject &parameters, const ParameterSpec &spec,
                                      const QString &defaultValue) const
{
    const QJsonValue value = parameters.value(spec.key);
    if (value.isUndefined() && spec.optional)
        return defaultValue;
    for (const ParameterSpec::Choice &choice : spec.choices) {
        if (value.isString() && value.toString() == choice.value)
            return choice.value;
    }
    QStringList quoted;
    for (const ParameterSpec::Choice &choice : spec.choices)
        quoted << QCoreApplication::translate("tenarai::Step", "“%1”").arg(choice.value);
    return stepError(QCoreApplication::translate("tenarai::Step", "“%1” must be one of %2.")
                         .arg(spec.key, quoted.join(QStringLiteral(", "))));
}

Error Step::cancelledError() const
{
    Error e = stepError(QCoreApplication::translate("tenarai::Step", "Cancelled."));
    e.kind = Error::Kind::Cancelled;
    return e;
}

Result<int> Step::findColumn(const Table &table, const QString &name) const
{
    const int index = int(table.columnNames().indexOf(name));
    if (index < 0)
        return stepError(QCoreApplication::translate("tenarai::Step", "The table has no column with this name."),
                         name);
    return index;
}

Result<QList<int>> Step::findColumns(const Table &table, const QStringList &names) const
{
    QList<int> indexes;
    if (names.isEmpty()) {
        for (int c = 0; c < table.columnCount(); ++c)
            indexes << c;
        return indexes;
    }
    for (const QString &name : names) {
        const auto index = findColumn(table, name);
        if (!index)
            return index.error();
        indexes << index.value();
    }
    return indexes;
}

ParameterSpec Step::columnsSpec(bool optional)
{
    ParameterSpec spec;
    spec.key = QStringLiteral("columns");
    spec.kind = ParameterSpec::Kind::Columns;
    spec.label = QCoreApplication::translate("tenarai::Step", "Columns");
    spec.optional = optional;
    if (optional)
        spec.help = QCoreApplication::translate("tenarai::Step", "Leave empty for every column.");
    return spec;
}

} // namespace tenarai
