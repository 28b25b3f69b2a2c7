#include "cleaning/FilterRowsStep.h"

#include "cleaning/BlankCell.h"
#include "cleaning/CellCollator.h"

#include <vector>

namespace tenarai {

namespace {
struct ConditionName
{
    FilterRowsStep::Condition condition;
    const char16_t *name;
};
// Stored in recipes: never rename one.
constexpr ConditionName ConditionNames[] = {
    {FilterRowsStep::Condition::Equals, u"equals"},
    {FilterRowsStep::Condition::NotEquals, u"notEquals"},
    {FilterRowsStep::Condition::Contains, u"contains"},
    {FilterRowsStep::Condition::NotContains, u"notContains"},
    {FilterRowsStep::Condition::StartsWith, u"startsWith"},
    {FilterRowsStep::Condition::EndsWith, u"endsWith"},
    {FilterRowsStep::Condition::IsEmpty, u"isEmpty"},
    {FilterRowsStep::Condition::IsNotEmpty, u"isNotEmpty"},
    {FilterRowsStep::Condition::GreaterThan, u"greaterThan"},
    {FilterRowsStep::Condition::LessThan, u"lessThan"},
    {FilterRowsStep::Condition::AtLeast, u"atLeast"},
    {FilterRowsStep::Condition::AtMost, u"atMost"},
};

bool needsValue(FilterRowsStep::Condition condition)
{
    return condition != FilterRowsStep::Condition::IsEmpty && condition != FilterRowsStep::Condition::IsNotEmpty;
}

bool isNumeric(CellCollator::Rank rank)
{
    return rank == CellCollator::Rank::Number || rank == CellCollator::Rank::Date || rank == CellCollator::Rank::Time;
}
} // namespace

QList<ParameterSpec> FilterRowsStep::parameterSpecs() const
{
    ParameterSpec column;
    column.key = QStringLiteral("column");
    column.kind = ParameterSpec::Kind::Column;
    column.label = tr("Column to test");

    ParameterSpec condition;
    condition.key = QStringLiteral("condition");
    condition.kind = ParameterSpec::Kind::Choice;
    condition.label = tr("Keep rows where the value");
    condition.choices = {{QStringLiteral("equals"), tr("equals")},
                         {QStringLiteral("notEquals"), tr("does not equal")},
                         {QStringLiteral("contains"), tr("contains")},
                         {QStringLiteral("notContains"), tr("does not contain")},
                         {QStringLiteral("startsWith"), tr("starts with")},
                         {QStringLiteral("endsWith"), tr("ends with")},
                         {QStringLiteral("isEmpty"), tr("is empty")},
                         {QStringLiteral("isNotEmpty"), tr("is not empty")},
                         {QStringLiteral("greaterThan"), tr("is greater than")},
                         {QStringLiteral("lessThan"), tr("is less than")},
                         {QStringLiteral("atLeast"), tr("is at least")},
                         {QStringLiteral("atMost"), tr("is at most")}};

    ParameterSpec value;
    value.key = QStringLiteral("value");
    value.kind = ParameterSpec::Kind::Text;
    value.label = tr("Value");
    value.help = tr("Numbers and dates compare as numbers and dates; not needed for “is empty”.");
    value.optional = true;
    return {column, condition, value};
}

QJsonObject FilterRowsStep::parameters() const
{
    QJsonObject o{{QStringLiteral("column"), m_column}};
    for (const auto &entry : ConditionNames) {
        if (entry.condition == m_condition)
            o.insert(QStringLiteral("condition"), QString::fromUtf16(entry.name));
    }
    if (needsValue(m_condition))
        o.insert(QStringLiteral("value"), m_value);
    return o;
}

Status FilterRowsStep::setParameters(const QJsonObject &parameters)
{
    const QJsonValue column = parameters.value(QStringLiteral("column"));
    if (!column.isString() || column.toString().isEmpty())
        return stepError(tr("“column” must name the column to test."));
    const auto name = choiceParameter(parameters, parameterSpecs()[1]);
    if (!name)
        return name.error();
    Condition condition = Condition::Equals;
    for (const auto &entry : ConditionNames) {
        if (name.value() == QStringView(entry.name))
            condition = entry.condition;
    }
    const QJsonValue value = parameters.value(QStringLiteral("value"));
    if (needsValue(condition)) {
        // An empty value would make contains keep everything and equals nothing: the user meant
        // isEmpty or forgot the value.
        if (!value.isString() || value.toString().isEmpty())
            return stepError(tr("“value” must be the text or number to compare with (for empty cells, use “isEmpty”)."));
    } else if (!value.isUndefined() && !value.isString()) {
        return stepError(tr("“value” must be text."));
    }
    m_column = column.toString();
    m_condition = condition;
    m_value = needsValue(condition) ? value.toString() : QString();
    return Ok{};
}

Result<StepOutcome> FilterRowsStep::apply(const Table &input, const StepContext &context) const
{
    const auto index = findColumn(input, m_column);
    if (!index)
        return index.error();
    const Column &column = input.column(index.value());
    auto collator = CellCollator::open(QStringLiteral("ja"));
    if (!collator)
        return stepError(collator.error().message);
    const CellCollator::Key valueKey = collator->key(m_value);
    QByteArray valueTextKey; // made on first use: only order comparisons of text need it

    StepOutcome out;
    std::vector<qsizetype> keep;
    const qsizetype rows = column.size();
    for (qsizetype r = 0; r < rows; ++r) {
        if (context.shouldStop(r, rows))
            return cancelledError();
        const bool blank = BlankCell::at(column, r);
        bool holds = false;
        switch (m_condition) {
        case Condition::IsEmpty:
            holds = blank;
            break;
        case Condition::IsNotEmpty:
            holds = !blank;
            break;
        case Condition::Contains:
        case Condition::NotContains:
        case Condition::StartsWith:
        case Condition::EndsWith: {
            const QString text = column.at(r).toString();
            if (m_condition == Condition::Contains || m_condition == Condition::NotContains)
                holds = (!blank && text.contains(m_value)) == (m_condition == Condition::Contains);
            else if (m_condition == Condition::StartsWith)
                holds = !blank && text.startsWith(m_value);
            else
                holds = !blank && text.endsWith(m_value);
            break;
        }
        case Condition::Equals:
        case Condition::NotEquals:
        case Condition::GreaterThan:
        case Condition::LessThan:
        case Condition::AtLeast:
        case Condition::AtMost: {
            const bool equality = m_condition == Condition::Equals || m_condition == Condition::NotEquals;
            if (blank) {
                holds = m_condition == Condition::NotEquals;
                break;
            }
            const Cell cell = column.at(r);
            const CellCollator::Key cellKey = collator->key(cell);
            int c = 0;
            if (cellKey.rank == valueKey.rank && isNumeric(cellKey.rank)) {
                c = CellCollator::compare(cellKey, valueKey);
            } else if (!equality && isNumeric(valueKey.rank)) {
                // “金額 > 1000” must not keep 未定 because 未 sorts after 1 as text.
                out.addIssue(r, index.value(),
                             (valueKey.rank == CellCollator::Rank::Number
                                  ? tr("“%1” is not a number, so it cannot be compared with %2; the row was left out.")
                                  : tr("“%1” is not a date, so it cannot be compared with %2; the row was left out."))
                                 .arg(cell.toString(), m_value));
                break;
            } else if (equality) {
                c = cell.toString() == m_value ? 0 : 1;
            } else {
                if (valueTextKey.isEmpty())
                    valueTextKey = collator->textKey(m_value);
                const QByteArray cellText = cellKey.rank == CellCollator::Rank::Text
                                                ? cellKey.text
                                                : collator->textKey(cell.toString());
                c = CellCollator::compare({CellCollator::Rank::Text, 0, cellText},
                                          {CellCollator::Rank::Text, 0, valueTextKey});
            }
            switch (m_condition) {
            case Condition::Equals: holds = c == 0; break;
            case Condition::NotEquals: holds = c != 0; break;
            case Condition::GreaterThan: holds = c > 0; break;
            case Condition::LessThan: holds = c < 0; break;
            case Condition::AtLeast: holds = c >= 0; break;
            default: holds = c <= 0; break;
            }
            break;
        }
        }
        if (holds)
            keep.push_back(r);
    }
    out.table = input.selectRows(keep);
    return out;
}

} // namespace tenarai
