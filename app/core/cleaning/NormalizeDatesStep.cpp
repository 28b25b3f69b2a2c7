#include "cleaning/NormalizeDatesStep.h"

namespace tenarai {

QList<ParameterSpec> NormalizeDatesStep::parameterSpecs() const
{
    ParameterSpec system;
    system.key = QStringLiteral("excelSystem");
    system.kind = ParameterSpec::Kind::Choice;
    system.label = tr("Excel date numbers");
    system.help = tr("How numbers such as 44287 are read as dates; files from old Mac Excel use 1904.");
    system.optional = true;
    system.choices = { { QStringLiteral("1900"), tr("Windows Excel (1900)") },
                       { QStringLiteral("1904"), tr("Old Mac Excel (1904)") } };

    ParameterSpec output;
    output.key = QStringLiteral("output");
    output.kind = ParameterSpec::Kind::Choice;
    output.label = tr("Write as");
    output.optional = true;
    output.choices
        = { { QStringLiteral("text"), tr("Text 2021-04-01") }, { QStringLiteral("date"), tr("Date cells") } };

    QList<ParameterSpec> specs = CellRewriteStep::parameterSpecs();
    specs << system << output;
    return specs;
}

QJsonObject NormalizeDatesStep::parameters() const
{
    QJsonObject o = CellRewriteStep::parameters();
    o.insert(QStringLiteral("excelSystem"),
             m_excelSystem == DateNormalizer::ExcelSystem::Excel1904 ? QStringLiteral("1904")
                                                                     : QStringLiteral("1900"));
    o.insert(QStringLiteral("output"), m_dateCells ? QStringLiteral("date") : QStringLiteral("text"));
    return o;
}

Status NormalizeDatesStep::setParameters(const QJsonObject &parameters)
{
    const QList<ParameterSpec> specs = parameterSpecs();
    const auto system = choiceParameter(parameters, specs.at(specs.size() - 2), QStringLiteral("1900"));
    if (!system)
        return system.error();
    const auto output = choiceParameter(parameters, specs.last(), QStringLiteral("text"));
    if (!output)
        return output.error();
    const Status columns = CellRewriteStep::setParameters(parameters);
    if (!columns)
        return columns;
    m_excelSystem = system.value() == QStringLiteral("1904") ? DateNormalizer::ExcelSystem::Excel1904
                                                             : DateNormalizer::ExcelSystem::Excel1900;
    m_dateCells = output.value() == QStringLiteral("date");
    return Ok {};
}

Result<std::optional<Cell>> NormalizeDatesStep::rewrite(const Cell &cell) const
{
    DateNormalizer::Options options;
    options.excelSystem = m_excelSystem;
    options.time = DateNormalizer::TimeHandling::Drop;
    const Result<DateNormalizer::Value> value = DateNormalizer::fromCell(cell, options);
    if (!value)
        return value.error();
    const QDate date = value.value().date;
    if (m_dateCells)
        return std::optional<Cell>(Cell::date(date));
    // Text already in ISO form stays as it is, which CellRewriteStep would conclude anyway from
    // an equal new cell; this only skips building that cell.
    if (cell.kind() == Cell::Kind::Text && DateNormalizer::isIsoText(cell.textValue(), date))
        return std::optional<Cell>();
    return std::optional<Cell>(Cell::text(DateNormalizer::isoText(date)));
}

} // namespace tenarai
