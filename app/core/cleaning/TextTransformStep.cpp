#include "cleaning/TextTransformStep.h"

#include "cleaning/CellMapper.h"

namespace tenarai {

Result<StepOutcome> TextTransformStep::apply(const Table &input, const StepContext &context) const
{
    const auto found = findColumns(input, m_columns);
    if (!found)
        return found.error();

    const CellMapper::Function rewrite = [this](const Cell &cell) {
        if (cell.kind() != Cell::Kind::Text)
            return CellMapper::Mapped::keep();
        const QString text = cell.textValue();
        const QString result = transform(text);
        if (result == text)
            return CellMapper::Mapped::keep(); // copied without re-encoding
        return CellMapper::Mapped::replace(result.isEmpty() ? Cell() : Cell::text(result));
    };
    StepOutcome out;
    out.table = input;
    const CellMapper::TextFilter filter = [this](QByteArrayView utf8) { return mayChange(utf8); };
    if (!CellMapper::mapColumns(out, found.value(), rewrite, context, filter))
        return cancelledError();
    return out;
}

bool TextTransformStep::mayChange(QByteArrayView) const
{
    return true;
}

} // namespace tenarai
