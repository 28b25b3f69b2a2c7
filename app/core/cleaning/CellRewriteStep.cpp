#include "cleaning/CellRewriteStep.h"

#include "cleaning/CellMapper.h"

#include <QJsonArray>

namespace tenarai {

QList<ParameterSpec> CellRewriteStep::parameterSpecs() const
{
    return { columnsSpec(false) };
}

QJsonObject CellRewriteStep::parameters() const
{
    return { { QStringLiteral("columns"), QJsonArray::fromStringList(m_columns) } };
}

Status CellRewriteStep::setParameters(const QJsonObject &parameters)
{
    auto names = columnNamesParameter(parameters, true);
    if (!names)
        return names.error();
    m_columns = names.value();
    return Ok {};
}

Error CellRewriteStep::unreadableKind(const Cell &cell) const
{
    return formatError(
        QCoreApplication::translate("tenarai::CellRewriteStep", "“%1” is not a value this step can read.")
            .arg(cell.toString()));
}

Result<StepOutcome> CellRewriteStep::apply(const Table &input, const StepContext &context) const
{
    const auto found = findColumns(input, m_columns);
    if (!found)
        return found.error();

    const CellMapper::Function function = [this](const Cell &cell) {
        if (cell.kind() == Cell::Kind::Text && QStringView(cell.textValue()).trimmed().isEmpty())
            return CellMapper::Mapped::keep();
        Result<std::optional<Cell>> result = rewrite(cell);
        if (!result) {
            std::optional<Cell> plainer = fallback(cell);
            CellMapper::Mapped mapped = plainer && !(*plainer == cell)
                                            ? CellMapper::Mapped::replace(std::move(*plainer))
                                            : CellMapper::Mapped::keep();
            mapped.issue = result.error().message;
            return mapped;
        }
        if (!result.value() || *result.value() == cell)
            return CellMapper::Mapped::keep(); // unchanged: copied without re-encoding
        return CellMapper::Mapped::replace(std::move(*result.value()));
    };
    StepOutcome out;
    out.table = input;
    if (!CellMapper::mapColumns(out, found.value(), function, context))
        return cancelledError();
    return out;
}

std::optional<Cell> CellRewriteStep::fallback(const Cell &) const
{
    return std::nullopt;
}

} // namespace tenarai
