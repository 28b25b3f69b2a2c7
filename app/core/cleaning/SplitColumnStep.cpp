#include "cleaning/SplitColumnStep.h"

#include <QJsonArray>

#include <vector>

namespace tenarai {

namespace {
const QString DelimiterMode = QStringLiteral("delimiter");
const QString PositionsMode = QStringLiteral("positions");
} // namespace

QList<ParameterSpec> SplitColumnStep::parameterSpecs() const
{
    ParameterSpec column;
    column.key = QStringLiteral("column");
    column.kind = ParameterSpec::Kind::Column;
    column.label = tr("Column to split");

    ParameterSpec mode;
    mode.key = QStringLiteral("mode");
    mode.kind = ParameterSpec::Kind::Choice;
    mode.label = tr("Split at");
    mode.choices = {{DelimiterMode, tr("Each delimiter")}, {PositionsMode, tr("Character positions")}};

    ParameterSpec delimiter;
    delimiter.key = QStringLiteral("delimiter");
    delimiter.kind = ParameterSpec::Kind::Text;
    delimiter.label = tr("Delimiter");
    delimiter.help = tr("The text between the parts, such as 、 or a full-width space.");
    delimiter.optional = true;

    ParameterSpec positions;
    positions.key = QStringLiteral("positions");
    positions.kind = ParameterSpec::Kind::IntegerList;
    positions.label = tr("Positions");
    positions.help = tr("Where each part ends, counted in characters: 3, 7 gives characters 1–3, 4–7 and 8 to the end.");
    positions.optional = true;
    positions.minimum = 1;
    positions.maximum = Step::MaxRows;

    ParameterSpec names;
    names.key = QStringLiteral("names");
    names.kind = ParameterSpec::Kind::TextList;
    names.label = tr("New column names");
    names.help = tr("Leave empty for 住所.1, 住所.2 and so on after the column's name.");
    names.optional = true;

    ParameterSpec maxParts;
    maxParts.key = QStringLiteral("maxParts");
    maxParts.kind = ParameterSpec::Kind::Integer;
    maxParts.label = tr("Number of parts");
    maxParts.help = tr("The last part keeps the rest of the value.");
    maxParts.optional = true;
    maxParts.minimum = 1;
    maxParts.maximum = MaxColumns;
    return {column, mode, delimiter, positions, names, maxParts};
}

QJsonObject SplitColumnStep::parameters() const
{
    QJsonObject o{{QStringLiteral("column"), m_column},
                  {QStringLiteral("mode"), m_mode == Mode::Delimiter ? DelimiterMode : PositionsMode}};
    if (m_mode == Mode::Delimiter) {
        o.insert(QStringLiteral("delimiter"), m_delimiter);
    } else {
        QJsonArray positions;
        for (qint64 p : m_positions)
            positions.append(QJsonValue(p));
        o.insert(QStringLiteral("positions"), positions);
    }
    if (!m_names.isEmpty())
        o.insert(QStringLiteral("names"), QJsonArray::fromStringList(m_names));
    if (m_maxParts > 0)
        o.insert(QStringLiteral("maxParts"), m_maxParts);
    return o;
}

Status SplitColumnStep::setParameters(const QJsonObject &parameters)
{
    const QList<ParameterSpec> specs = parameterSpecs();
    const QJsonValue column = parameters.value(QStringLiteral("column"));
    if (!column.isString() || column.toString().isEmpty())
        return stepError(tr("“column” must name the column to split."));
    const auto mode = choiceParameter(parameters, specs[1]);
    if (!mode)
        return mode.error();

    QString delimiter;
    QList<qint64> positions;
    if (mode.value() == DelimiterMode) {
        const QJsonValue value = parameters.value(QStringLiteral("delimiter"));
        if (!value.isString() || value.toString().isEmpty())
            return stepError(tr("“delimiter” must be the text between the parts."));
        delimiter = value.toString();
    } else {
        const QJsonValue value = parameters.value(QStringLiteral("positions"));
        if (!value.isArray() || value.toArray().isEmpty())
            return stepError(tr("“positions” must list at least one character position."));
        for (const QJsonValue &v : value.toArray()) {
            const auto p = wholeNumber(v, 1, Step::MaxRows);
            if (!p || (!positions.isEmpty() && p.value() <= positions.last()))
                return stepError(tr("“positions” must be whole numbers from 1, each larger than the one before."));
            positions << p.value();
        }
        if (positions.size() >= MaxColumns)
            return stepError(tr("“positions” must make at most %1 parts.").arg(MaxColumns));
    }

    QStringList names;
    const QJsonValue namesValue = parameters.value(QStringLiteral("names"));
    if (!namesValue.isUndefined()) {
        if (!namesValue.isArray() || namesValue.toArray().size() > MaxColumns)
            return stepError(tr("“names” must list the new column names."));
        for (const QJsonValue &v : namesValue.toArray()) {
            if (!v.isString() || v.toString().trimmed().isEmpty())
                return stepError(tr("“names” must list the new column names."));
            if (names.contains(v.toString()))
                return stepError(tr("“names” lists “%1” twice.").arg(v.toString()));
            names << v.toString();
        }
    }

    int maxParts = 0;
    const QJsonValue maxValue = parameters.value(QStringLiteral("maxParts"));
    if (!maxValue.isUndefined()) {
        const auto n = wholeNumber(maxValue, 1, MaxColumns);
        if (!n)
            return stepError(tr("“maxParts” must be a whole number from 1 to %1.").arg(MaxColumns));
        maxParts = int(n.value());
        if (!names.isEmpty() && names.size() != maxParts)
            return stepError(tr("“maxParts” must equal the number of “names”."));
    }

    m_column = column.toString();
    m_mode = mode.value() == DelimiterMode ? Mode::Delimiter : Mode::Positions;
    m_delimiter = delimiter;
    m_positions = positions;
    m_names = names;
    m_maxParts = maxParts;
    return Ok{};
}

QList<QStringView> SplitColumnStep::split(QStringView text, int maxParts) const
{
    QList<QStringView> parts;
    qsizetype start = 0;
    if (m_mode == Mode::Delimiter) {
        while (maxParts == 0 || parts.size() < maxParts - 1) {
            const qsizetype at = text.indexOf(m_delimiter, start);
            if (at < 0)
                break;
            parts << text.mid(start, at - start);
            start = at + m_delimiter.size();
        }
        parts << text.mid(start);
        return parts;
    }
    // Walk code points so that a surrogate pair counts as one character.
    qsizetype unit = 0;
    qint64 codePoint = 0;
    for (qint64 position : m_positions) {
        if (maxParts != 0 && parts.size() == maxParts - 1)
            break;
        while (unit < text.size() && codePoint < position) {
            unit += (text[unit].isHighSurrogate() && unit + 1 < text.size() && text[unit + 1].isLowSurrogate()) ? 2 : 1;
            ++codePoint;
        }
        parts << text.mid(start, unit - start);
        start = unit;
    }
    parts << text.mid(start);
    return parts;
}

Result<StepOutcome> SplitColumnStep::apply(const Table &input, const StepContext &context) const
{
    const auto found = findColumn(input, m_column);
    if (!found)
        return found.error();
    const int index = found.value();
    const Column &source = input.column(index);
    const qsizetype rows = source.size();

    auto textAt = [&source](qsizetype r) {
        return source.kindAt(r) == Cell::Kind::Text ? source.at(r).textValue() : source.at(r).toString();
    };

    int count = !m_names.isEmpty() ? int(m_names.size()) : m_maxParts;
    if (count == 0 && m_mode == Mode::Positions)
        count = int(m_positions.size()) + 1;
    // Counting the parts is a pass of its own, reported as the first half of the work.
    const bool counting = count == 0;
    const qsizetype total = counting ? 2 * rows : rows;
    if (counting) {
        // As many columns as the row with the most parts needs.
        count = 1;
        for (qsizetype r = 0; r < rows; ++r) {
            if (context.shouldStop(r, total))
                return cancelledError();
            const Cell::Kind kind = source.kindAt(r);
            if (kind == Cell::Kind::Empty || kind == Cell::Kind::Error)
                continue;
            count = std::max(count, int(std::min<qsizetype>(split(textAt(r), MaxColumns + 1).size(), MaxColumns + 1)));
            if (count > MaxColumns) {
                Error e = stepError(tr("Splitting at “%1” would make more than %2 columns; set “maxParts”.")
                                        .arg(m_delimiter)
                                        .arg(MaxColumns),
                                    m_column, r);
                e.kind = Error::Kind::TooLarge;
                return e;
            }
        }
    }

    QStringList names = m_names;
    for (int i = int(names.size()); i < count; ++i)
        names << m_column + QLatin1Char('.') + QString::number(i + 1);
    const QStringList existing = input.columnNames();
    for (const QString &name : names) {
        const qsizetype at = existing.indexOf(name);
        if (at >= 0 && at != index)
            return stepError(tr("Another column is already called “%1”.").arg(name), m_column);
    }

    StepOutcome out;
    std::vector<Column> columns(static_cast<size_t>(count));
    for (qsizetype r = 0; r < rows; ++r) {
        if (context.shouldStop((counting ? rows : 0) + r, total))
            return cancelledError();
        const Cell::Kind kind = source.kindAt(r);
        if (kind == Cell::Kind::Empty || kind == Cell::Kind::Error) {
            if (kind == Cell::Kind::Error)
                out.addIssue(r, index, tr("“%1” is an error value; it was not split.").arg(source.at(r).errorCode()));
            columns[0].appendFrom(source, r);
            for (int c = 1; c < count; ++c)
                columns[size_t(c)].appendEmpty();
            continue;
        }
        const QString text = textAt(r);
        const QList<QStringView> parts = split(text, count);
        for (int c = 0; c < count; ++c) {
            if (c < parts.size() && !parts[c].isEmpty())
                columns[size_t(c)].append(Cell::text(parts[c].toString()));
            else
                columns[size_t(c)].appendEmpty();
        }
    }

    out.table = input;
    out.table.removeColumn(index);
    for (int c = 0; c < count; ++c) {
        columns[size_t(c)].squeeze();
        out.table.insertColumn(index + c, std::move(columns[size_t(c)]), names[c]);
    }
    return out;
}

} // namespace tenarai
