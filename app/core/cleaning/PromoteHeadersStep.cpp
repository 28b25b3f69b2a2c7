#include "cleaning/PromoteHeadersStep.h"

#include <QSet>

namespace tenarai {

QList<ParameterSpec> PromoteHeadersStep::parameterSpecs() const
{
    ParameterSpec row;
    row.key = QStringLiteral("row");
    row.kind = ParameterSpec::Kind::Integer;
    row.label = tr("Row with the headers");
    row.help = tr("0 is the first row of the table.");
    row.optional = true;
    row.minimum = 0;
    row.maximum = MaxRows;
    return {row};
}

QJsonObject PromoteHeadersStep::parameters() const
{
    return {{QStringLiteral("row"), double(m_row)}};
}

Status PromoteHeadersStep::setParameters(const QJsonObject &parameters)
{
    const QJsonValue row = parameters.value(QStringLiteral("row"));
    if (row.isUndefined()) {
        m_row = 0;
        return Ok{};
    }
    const auto value = wholeNumber(row, 0, MaxRows);
    if (!value)
        return stepError(tr("“row” must be a whole number, 0 or more."));
    m_row = qsizetype(*value);
    return Ok{};
}

Result<StepOutcome> PromoteHeadersStep::apply(const Table &input, const StepContext &) const
{
    if (m_row >= input.rowCount())
        return stepError(tr("The table has only %n row(s).", nullptr, int(std::min<qsizetype>(input.rowCount(), INT_MAX))));

    QStringList names;
    QSet<QString> used;
    for (int c = 0; c < input.columnCount(); ++c) {
        QString name = input.cell(m_row, c).toString().trimmed();
        // Not translated: a recipe names columns, and must replay the same on a PC in another
        // language (Power Query also says Column1 in every language).
        if (name.isEmpty())
            name = QStringLiteral("Column%1").arg(c + 1);
        QString unique = name;
        for (int n = 2; used.contains(unique); ++n)
            unique = name + QLatin1Char('_') + QString::number(n);
        used.insert(unique);
        names << unique;
    }

    StepOutcome out;
    out.table = input.sliceRows(m_row + 1, input.rowCount() - m_row - 1);
    out.table.setColumnNames(names);
    return out;
}

} // namespace tenarai
