#include "cleaning/TrimStep.h"

#include "normalize/TextNormalizer.h"

#include <QJsonArray>

namespace tenarai {

QJsonObject TrimStep::parameters() const
{
    QJsonObject o;
    if (!m_columns.isEmpty())
        o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(m_columns));
    if (m_collapse)
        o.insert(QStringLiteral("collapse"), true);
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
    m_columns = names.value();
    m_collapse = collapse.toBool(false);
    return Ok{};
}

Result<StepOutcome> TrimStep::apply(const Table &input, const StepContext &context) const
{
    QList<int> targets;
    if (m_columns.isEmpty()) {
        for (int c = 0; c < input.columnCount(); ++c)
            targets << c;
    } else {
        for (const QString &name : m_columns) {
            const auto index = findColumn(input, name);
            if (!index)
                return index.error();
            targets << index.value();
        }
    }

    StepOutcome out;
    out.table = input;
    for (int c : targets) {
        const Column &source = input.column(c);
        Column cleaned;
        for (qsizetype r = 0; r < source.size(); ++r) {
            if ((r & 0xffff) == 0 && context.isCancelled())
                return cancelledError();
            if (source.kindAt(r) != Cell::Kind::Text) {
                cleaned.appendFrom(source, r);
                continue;
            }
            const QString text = source.at(r).textValue();
            // AsWritten keeps 山田　太郎's U+3000 while a run of ASCII spaces becomes one space.
            const QString trimmed = m_collapse
                ? TextNormalizer::trimAndCollapse(text, TextNormalizer::SpaceStyle::AsWritten)
                : text.trimmed();
            if (trimmed.isEmpty())
                cleaned.appendEmpty();
            else if (trimmed == text)
                cleaned.appendFrom(source, r); // unchanged: no re-encoding
            else
                cleaned.append(Cell::text(trimmed));
        }
        cleaned.squeeze();
        out.table.setColumn(c, std::move(cleaned));
    }
    return out;
}

} // namespace tenarai
