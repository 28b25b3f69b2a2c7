#include "cleaning/NormalizeAmountsStep.h"

#include "normalize/NumberNormalizer.h"

namespace tenarai {

QList<ParameterSpec> NormalizeAmountsStep::parameterSpecs() const
{
    ParameterSpec output;
    output.key = QStringLiteral("output");
    output.kind = ParameterSpec::Kind::Choice;
    output.label = tr("Write as");
    output.optional = true;
    output.choices
        = { { QStringLiteral("number"), tr("Numbers") }, { QStringLiteral("text"), tr("Text (1000)") } };
    QList<ParameterSpec> specs = CellRewriteStep::parameterSpecs();
    specs << output;
    return specs;
}

QJsonObject NormalizeAmountsStep::parameters() const
{
    QJsonObject o = CellRewriteStep::parameters();
    o.insert(QStringLiteral("output"), m_text ? QStringLiteral("text") : QStringLiteral("number"));
    return o;
}

Status NormalizeAmountsStep::setParameters(const QJsonObject &parameters)
{
    const auto output = choiceParameter(parameters, parameterSpecs().last(), QStringLiteral("number"));
    if (!output)
        return output.error();
    const Status columns = CellRewriteStep::setParameters(parameters);
    if (!columns)
        return columns;
    m_text = output.value() == QStringLiteral("text");
    return Ok {};
}

Result<std::optional<Cell>> NormalizeAmountsStep::rewrite(const Cell &cell) const
{
    double value = 0;
    if (cell.kind() == Cell::Kind::Number) {
        value = cell.numberValue();
    } else if (cell.kind() == Cell::Kind::Text) {
        const Result<double> parsed = NumberNormalizer::parseAmount(cell.textValue());
        if (!parsed)
            return parsed.error();
        value = parsed.value();
    } else {
        return unreadableKind(cell);
    }
    // Cell's canonical text is the shortest that reads back exactly: 1000, 0.5, never 1000.0.
    const Cell number = Cell::number(value);
    return std::optional<Cell>(m_text ? Cell::text(number.toString()) : number);
}

} // namespace tenarai
