#include "cleaning/ChangeTypeStep.h"

#include "cleaning/CellMapper.h"
#include "normalize/DateNormalizer.h"
#include "normalize/NumberNormalizer.h"
#include "normalize/TextNormalizer.h"

#include <QJsonArray>

#include <cmath>

namespace tenarai {

namespace {
struct TargetName
{
    ChangeTypeStep::Target target;
    const char16_t *name;
};
// Stored in recipes: never rename one.
constexpr TargetName TargetNames[] = {
    {ChangeTypeStep::Target::Number, u"number"},
    {ChangeTypeStep::Target::Integer, u"integer"},
    {ChangeTypeStep::Target::Date, u"date"},
    {ChangeTypeStep::Target::Text, u"text"},
    {ChangeTypeStep::Target::Boolean, u"boolean"},
};

// Whole numbers above this do not survive being stored as a double.
constexpr double MaxExactInteger = 9007199254740992.0; // 2^53

// A conversion's new cell; "unchanged" when the cell already is of the kind asked for and is
// copied as it is. A failed conversion is an Error saying why the value was left as it was.
struct Converted
{
    Cell cell;
    bool unchanged = false;
};
} // namespace

std::optional<bool> ChangeTypeStep::parseBoolean(QStringView text)
{
    const QString folded = TextNormalizer::normalize(text).toCaseFolded();
    static const QStringList yes = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1"),
                                    QStringLiteral("はい"), QStringLiteral("○")};
    static const QStringList no = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("0"),
                                   QStringLiteral("いいえ"), QStringLiteral("×")};
    if (yes.contains(folded))
        return true;
    if (no.contains(folded))
        return false;
    return std::nullopt;
}

QList<ParameterSpec> ChangeTypeStep::parameterSpecs() const
{
    ParameterSpec to;
    to.key = QStringLiteral("to");
    to.kind = ParameterSpec::Kind::Choice;
    to.label = tr("Make the values");
    to.choices = {{QStringLiteral("number"), tr("Numbers")},
                  {QStringLiteral("integer"), tr("Whole numbers")},
                  {QStringLiteral("date"), tr("Dates")},
                  {QStringLiteral("text"), tr("Text")},
                  {QStringLiteral("boolean"), tr("Yes or no (TRUE/FALSE)")}};
    return {columnsSpec(false), to};
}

QJsonObject ChangeTypeStep::parameters() const
{
    QString to;
    for (const auto &entry : TargetNames) {
        if (entry.target == m_to)
            to = QString::fromUtf16(entry.name);
    }
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(m_columns)}, {QStringLiteral("to"), to}};
}

Status ChangeTypeStep::setParameters(const QJsonObject &parameters)
{
    auto names = columnNamesParameter(parameters, true);
    if (!names)
        return names.error();
    auto to = choiceParameter(parameters, parameterSpecs().at(1));
    if (!to)
        return to.error();
    for (const auto &entry : TargetNames) {
        if (to.value() == QStringView(entry.name))
            m_to = entry.target;
    }
    m_columns = names.value();
    return Ok{};
}

namespace {

Result<Converted> toNumber(const Cell &cell)
{
    if (cell.kind() == Cell::Kind::Number)
        return Converted{Cell(), true};
    auto value = NumberNormalizer::toDecimal(cell.toString());
    if (!value)
        return value.error();
    return Converted{Cell::number(value.value())};
}

Result<Converted> toInteger(const Cell &cell)
{
    if (cell.kind() == Cell::Kind::Number && cell.numberValue() == std::floor(cell.numberValue())
        && std::fabs(cell.numberValue()) <= MaxExactInteger)
        return Converted{Cell(), true};
    // Other numbers go through the text parse too, for its message ("has a fractional part").
    auto value = NumberNormalizer::toInteger(cell.toString());
    if (!value)
        return value.error();
    if (std::fabs(double(value.value())) > MaxExactInteger)
        return formatError(ChangeTypeStep::tr("“%1” has too many digits to keep exactly.").arg(cell.toString()));
    return Converted{Cell::number(double(value.value()))};
}

Result<Converted> toDate(const Cell &cell)
{
    if (cell.kind() == Cell::Kind::Date)
        return Converted{Cell(), true};
    // The default options drop a time of day: the user asked for dates.
    auto value = DateNormalizer::fromCell(cell);
    if (!value)
        return value.error();
    return Converted{Cell::date(value->date)};
}

Result<Converted> toBoolean(const Cell &cell)
{
    switch (cell.kind()) {
    case Cell::Kind::Boolean:
        return Converted{Cell(), true};
    case Cell::Kind::Number:
        if (cell.numberValue() == 1 || cell.numberValue() == 0)
            return Converted{Cell::boolean(cell.numberValue() == 1)};
        break;
    case Cell::Kind::Text:
        if (const auto value = ChangeTypeStep::parseBoolean(cell.textValue()))
            return Converted{Cell::boolean(*value)};
        break;
    default:
        break;
    }
    return formatError(ChangeTypeStep::tr("“%1” is not a yes-or-no value (TRUE/FALSE, はい/いいえ, 1/0).")
                           .arg(cell.toString().trimmed()));
}

} // namespace

Result<StepOutcome> ChangeTypeStep::apply(const Table &input, const StepContext &context) const
{
    const auto found = findColumns(input, m_columns);
    if (!found)
        return found.error();

    const Target to = m_to;
    const CellMapper::Function convert = [to](const Cell &cell) {
        if (to == Target::Text) {
            return cell.kind() == Cell::Kind::Text ? CellMapper::Mapped::keep()
                                                   : CellMapper::Mapped::replace(Cell::text(cell.toString()));
        }
        if (cell.kind() == Cell::Kind::Text && cell.textValue().trimmed().isEmpty())
            return CellMapper::Mapped::replace(Cell()); // a blank is a missing value, not a wrong one
        const Result<Converted> result = to == Target::Number  ? toNumber(cell)
                                         : to == Target::Integer ? toInteger(cell)
                                         : to == Target::Date    ? toDate(cell)
                                                                 : toBoolean(cell);
        if (!result)
            return CellMapper::Mapped::report(result.error().message); // kept as it was
        return result->unchanged ? CellMapper::Mapped::keep() : CellMapper::Mapped::replace(result->cell);
    };
    StepOutcome out;
    out.table = input;
    if (!CellMapper::mapColumns(out, found.value(), convert, context))
        return cancelledError();
    return out;
}

} // namespace tenarai
