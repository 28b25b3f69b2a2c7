#include "cleaning/PivotStep.h"

#include "cleaning/BlankCell.h"
#include "normalize/NumberNormalizer.h"

#include <QHash>

#include <vector>

namespace tenarai {

namespace {
struct AggregateName
{
    PivotStep::Aggregate aggregate;
    const char16_t *name;
};
// Stored in recipes: never rename one.
constexpr AggregateName AggregateNames[] = {
    {PivotStep::Aggregate::First, u"first"},
    {PivotStep::Aggregate::Sum, u"sum"},
    {PivotStep::Aggregate::Count, u"count"},
};

// Equal cells give equal keys and different cells different ones: the kind, then the canonical
// text with its length, so that no value can run into the next column's.
void appendKey(QString &key, const Cell &cell)
{
    const QString text = cell.toString();
    key += QChar(char16_t(u'A' + int(cell.kind())));
    key += QString::number(text.size());
    key += u':';
    key += text;
}
} // namespace

QList<ParameterSpec> PivotStep::parameterSpecs() const
{
    ParameterSpec attribute;
    attribute.key = QStringLiteral("attribute");
    attribute.kind = ParameterSpec::Kind::Column;
    attribute.label = tr("Column with the new column names");

    ParameterSpec value;
    value.key = QStringLiteral("value");
    value.kind = ParameterSpec::Kind::Column;
    value.label = tr("Column with the values");

    ParameterSpec aggregate;
    aggregate.key = QStringLiteral("aggregate");
    aggregate.kind = ParameterSpec::Kind::Choice;
    aggregate.label = tr("When a cell gets several values");
    aggregate.optional = true;
    aggregate.choices = {{QStringLiteral("first"), tr("Keep the first (report the others)")},
                         {QStringLiteral("sum"), tr("Add them up")},
                         {QStringLiteral("count"), tr("Count them")}};
    return {attribute, value, aggregate};
}

QJsonObject PivotStep::parameters() const
{
    QJsonObject o{{QStringLiteral("attribute"), m_attribute}, {QStringLiteral("value"), m_value}};
    for (const auto &entry : AggregateNames) {
        if (entry.aggregate == m_aggregate)
            o.insert(QStringLiteral("aggregate"), QString::fromUtf16(entry.name));
    }
    return o;
}

Status PivotStep::setParameters(const QJsonObject &parameters)
{
    const QJsonValue attribute = parameters.value(QStringLiteral("attribute"));
    if (!attribute.isString() || attribute.toString().isEmpty())
        return stepError(tr("“attribute” must name the column whose values become column names."));
    const QJsonValue value = parameters.value(QStringLiteral("value"));
    if (!value.isString() || value.toString().isEmpty())
        return stepError(tr("“value” must name the column with the values."));
    if (attribute.toString() == value.toString())
        return stepError(tr("“attribute” and “value” must be different columns."));
    const auto aggregate = choiceParameter(parameters, parameterSpecs()[2], QStringLiteral("first"));
    if (!aggregate)
        return aggregate.error();
    m_attribute = attribute.toString();
    m_value = value.toString();
    for (const auto &entry : AggregateNames) {
        if (aggregate.value() == QStringView(entry.name))
            m_aggregate = entry.aggregate;
    }
    return Ok{};
}

Result<StepOutcome> PivotStep::apply(const Table &input, const StepContext &context) const
{
    const auto attributeIndex = findColumn(input, m_attribute);
    if (!attributeIndex)
        return attributeIndex.error();
    const auto valueIndex = findColumn(input, m_value);
    if (!valueIndex)
        return valueIndex.error();
    const Column &attributes = input.column(attributeIndex.value());
    const Column &values = input.column(valueIndex.value());
    QList<int> groupColumns;
    for (int c = 0; c < input.columnCount(); ++c) {
        if (c != attributeIndex.value() && c != valueIndex.value())
            groupColumns << c;
    }

    StepOutcome out;
    const qsizetype rows = input.rowCount();
    // Pass 1: the row's group (its combination of the other columns) and its new column.
    QHash<QString, qsizetype> groupOfKey;
    std::vector<qsizetype> firstRowOfGroup;
    QHash<QString, int> columnOfName;
    QStringList newNames;
    std::vector<qsizetype> rowGroup(size_t(rows), -1);
    std::vector<int> rowColumn(size_t(rows), -1);
    QString key;
    for (qsizetype r = 0; r < rows; ++r) {
        if (context.shouldStop(r, 2 * rows))
            return cancelledError();
        key.clear();
        for (int c : groupColumns)
            appendKey(key, input.column(c).at(r));
        auto group = groupOfKey.constFind(key);
        if (group == groupOfKey.constEnd()) {
            group = groupOfKey.insert(key, qsizetype(firstRowOfGroup.size()));
            firstRowOfGroup.push_back(r);
        }
        rowGroup[size_t(r)] = group.value();

        if (BlankCell::at(attributes, r)) {
            if (!BlankCell::at(values, r))
                out.addIssue(r, attributeIndex.value(),
                             tr("This row has no “%1”, so its value “%2” has no column; it was left out.")
                                 .arg(m_attribute, values.at(r).toString()));
            continue;
        }
        const QString name = attributes.at(r).toString();
        auto column = columnOfName.constFind(name);
        if (column == columnOfName.constEnd()) {
            const qsizetype clash = input.columnNames().indexOf(name);
            if (clash >= 0 && groupColumns.contains(int(clash)))
                return stepError(tr("The value “%1” would become a column, but another column is already called "
                                    "that.").arg(name),
                                 m_attribute, r);
            if (newNames.size() >= MaxColumns) {
                Error e = stepError(tr("“%1” has more than %2 different values; that many columns cannot be made.")
                                        .arg(m_attribute)
                                        .arg(MaxColumns),
                                    m_attribute, r);
                e.kind = Error::Kind::TooLarge;
                return e;
            }
            column = columnOfName.insert(name, int(newNames.size()));
            newNames << name;
        }
        rowColumn[size_t(r)] = column.value();
    }
    const auto groups = qsizetype(firstRowOfGroup.size());
    const auto width = qsizetype(newNames.size());
    if (qint64(groups) * qint64(width) > MaxCells) {
        Error e = stepError(tr("The result would have %1 rows and %2 columns, more than Tenarai can hold.")
                                .arg(groups)
                                .arg(width));
        e.kind = Error::Kind::TooLarge;
        return e;
    }

    // Pass 2: combine the values of each output cell.
    const auto cells = size_t(groups * width);
    std::vector<qsizetype> chosen(m_aggregate == Aggregate::First ? cells : 0, -1);
    std::vector<double> sums(m_aggregate == Aggregate::Sum ? cells : 0, 0.0);
    std::vector<qint64> counts(m_aggregate == Aggregate::First ? 0 : cells, 0);
    for (qsizetype r = 0; r < rows; ++r) {
        if (context.shouldStop(rows + r, 2 * rows))
            return cancelledError();
        if (rowColumn[size_t(r)] < 0 || BlankCell::at(values, r))
            continue;
        const size_t cell = size_t(rowGroup[size_t(r)] * width + rowColumn[size_t(r)]);
        switch (m_aggregate) {
        case Aggregate::First:
            if (chosen[cell] < 0) {
                chosen[cell] = r;
            } else {
                const Cell kept = values.at(chosen[cell]);
                const Cell other = values.at(r);
                if (!(kept == other))
                    out.addIssue(r, valueIndex.value(),
                                 tr("Another value for “%1” in the same row: “%2” was kept, “%3” left out.")
                                     .arg(newNames[rowColumn[size_t(r)]], kept.toString(), other.toString()));
            }
            break;
        case Aggregate::Sum: {
            const Cell v = values.at(r);
            std::optional<double> number;
            if (v.kind() == Cell::Kind::Number) {
                number = v.numberValue();
            } else if (v.kind() == Cell::Kind::Text) {
                const auto parsed = NumberNormalizer::toDecimal(v.textValue());
                if (parsed)
                    number = parsed.value();
            }
            if (!number) {
                out.addIssue(r, valueIndex.value(),
                             tr("“%1” is not a number; it was left out of the sum.").arg(v.toString()));
                continue;
            }
            sums[cell] += *number;
            ++counts[cell];
            break;
        }
        case Aggregate::Count:
            ++counts[cell];
            break;
        }
    }

    out.table = input.selectRows(firstRowOfGroup);
    out.table.removeColumn(std::max(attributeIndex.value(), valueIndex.value()));
    out.table.removeColumn(std::min(attributeIndex.value(), valueIndex.value()));
    for (qsizetype j = 0; j < width; ++j) {
        Column column;
        for (qsizetype g = 0; g < groups; ++g) {
            const size_t cell = size_t(g * width + j);
            switch (m_aggregate) {
            case Aggregate::First:
                if (chosen[cell] >= 0)
                    column.appendFrom(values, chosen[cell]);
                else
                    column.appendEmpty();
                break;
            case Aggregate::Sum:
                if (counts[cell] > 0)
                    column.append(Cell::number(sums[cell]));
                else
                    column.appendEmpty();
                break;
            case Aggregate::Count:
                column.append(Cell::number(double(counts[cell])));
                break;
            }
        }
        column.squeeze();
        out.table.insertColumn(out.table.columnCount(), std::move(column), newNames[j]);
    }
    return out;
}

} // namespace tenarai
