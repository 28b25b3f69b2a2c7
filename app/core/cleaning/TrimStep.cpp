#include "cleaning/TrimStep.h"

#include "cleaning/CellMapper.h"
#include "normalize/TextNormalizer.h"
#include "normalize/Utf8Scan.h"

#include <QJsonArray>

namespace tenarai {

namespace {
struct SpaceName
{
    TextNormalizer::SpaceStyle style;
    const char16_t *name;
};
// Stored in recipes: never rename one.
constexpr SpaceName SpaceNames[] = {
    {TextNormalizer::SpaceStyle::AsWritten, u"asWritten"},
    {TextNormalizer::SpaceStyle::Ideographic, u"ideographic"},
    {TextNormalizer::SpaceStyle::Ascii, u"ascii"},
};
} // namespace

QList<ParameterSpec> TrimStep::parameterSpecs() const
{
    ParameterSpec collapse;
    collapse.key = QStringLiteral("collapse");
    collapse.kind = ParameterSpec::Kind::Boolean;
    collapse.label = tr("Also collapse spaces inside");
    collapse.help = tr("Runs of spaces, tabs and line breaks inside a value become one space.");
    collapse.optional = true;

    ParameterSpec space;
    space.key = QStringLiteral("space");
    space.kind = ParameterSpec::Kind::Choice;
    space.label = tr("Space to leave");
    space.optional = true;
    space.choices = {{QStringLiteral("asWritten"), tr("As written (full-width stays full-width)")},
                     {QStringLiteral("ideographic"), tr("Full-width space (as in 山田　太郎)")},
                     {QStringLiteral("ascii"), tr("Half-width space")}};
    return {columnsSpec(true), collapse, space};
}

QJsonObject TrimStep::parameters() const
{
    QJsonObject o;
    if (!m_columns.isEmpty())
        o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(m_columns));
    if (m_collapse)
        o.insert(QStringLiteral("collapse"), true);
    if (m_space != TextNormalizer::SpaceStyle::AsWritten) {
        for (const auto &entry : SpaceNames) {
            if (entry.style == m_space)
                o.insert(QStringLiteral("space"), QString::fromUtf16(entry.name));
        }
    }
    return o;
}

Status TrimStep::setParameters(const QJsonObject &parameters)
{
    auto names = columnNamesParameter(parameters, false);
    if (!names)
        return names.error();
    const QJsonValue collapse = parameters.value(QStringLiteral("collapse"));
    if (!collapse.isUndefined() && !collapse.isBool())
        return stepError(tr("“collapse” must be true or false."));
    auto style = TextNormalizer::SpaceStyle::AsWritten;
    const QJsonValue space = parameters.value(QStringLiteral("space"));
    if (!space.isUndefined()) {
        bool known = false;
        for (const auto &entry : SpaceNames) {
            if (space.isString() && space.toString() == QStringView(entry.name)) {
                style = entry.style;
                known = true;
            }
        }
        if (!known)
            return stepError(tr("“space” must be “asWritten”, “ideographic” or “ascii”."));
    }
    m_columns = names.value();
    m_collapse = collapse.toBool(false);
    m_space = style;
    return Ok{};
}

Result<StepOutcome> TrimStep::apply(const Table &input, const StepContext &context) const
{
    const auto found = findColumns(input, m_columns);
    if (!found)
        return found.error();
    const QList<int> targets = found.value();

    StepOutcome out;
    out.table = input;
    const bool collapse = m_collapse;
    const TextNormalizer::SpaceStyle space = m_space;
    const CellMapper::Function trim = [collapse, space](const Cell &cell) {
        if (cell.kind() != Cell::Kind::Text)
            return CellMapper::Mapped::keep();
        const QString &text = cell.textValue();
        const QString trimmed = collapse ? TextNormalizer::trimAndCollapse(text, space) : text.trimmed();
        if (trimmed == text)
            return CellMapper::Mapped::keep(); // copied without re-encoding
        return CellMapper::Mapped::replace(trimmed.isEmpty() ? Cell() : Cell::text(trimmed));
    };
    // Most cells of a real table have nothing to trim: those are recognised from their bytes.
    const CellMapper::TextFilter mayChange = collapse
        ? CellMapper::TextFilter(&Utf8Scan::mayContainSpace)
        : CellMapper::TextFilter(&Utf8Scan::mayHaveSpaceAtEdge);
    if (!CellMapper::mapColumns(out, targets, trim, context, mayChange))
        return cancelledError();
    return out;
}

} // namespace tenarai
