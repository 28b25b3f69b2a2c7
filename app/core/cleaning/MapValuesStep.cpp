#include "cleaning/MapValuesStep.h"

#include "normalize/TextNormalizer.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace tenarai {

QList<ParameterSpec> MapValuesStep::parameterSpecs() const
{
    ParameterSpec column;
    column.key = QStringLiteral("column");
    column.kind = ParameterSpec::Kind::Column;
    column.label = tr("Column");

    ParameterSpec map;
    map.key = QStringLiteral("map");
    map.kind = ParameterSpec::Kind::ValueMap;
    map.label = tr("Values and what they become");
    map.help = tr("Each line: a value as written in the table, and the value to write instead.");

    ParameterSpec fold;
    fold.key = QStringLiteral("foldWidth");
    fold.kind = ParameterSpec::Kind::Boolean;
    fold.label = tr("Ignore full-width and half-width");
    fold.help = tr("ｱﾘ matches アリ, and ＡＢ matches AB.");
    fold.optional = true;

    ParameterSpec unmatched;
    unmatched.key = QStringLiteral("unmatched");
    unmatched.kind = ParameterSpec::Kind::Choice;
    unmatched.label = tr("Values not in the list");
    unmatched.optional = true;
    // Stored in recipes: never rename a value.
    unmatched.choices = {{QStringLiteral("keep"), tr("Leave as they are")},
                         {QStringLiteral("empty"), tr("Make the cell empty")},
                         {QStringLiteral("report"), tr("Leave as they are and list them")}};
    return {column, map, fold, unmatched};
}

QJsonObject MapValuesStep::parameters() const
{
    static const QString names[] = {QStringLiteral("keep"), QStringLiteral("empty"), QStringLiteral("report")};
    return {{QStringLiteral("column"), m_column},
            {QStringLiteral("map"), m_map},
            {QStringLiteral("foldWidth"), m_foldWidth},
            {QStringLiteral("unmatched"), names[int(m_unmatched)]}};
}

Status MapValuesStep::setParameters(const QJsonObject &parameters)
{
    const QList<ParameterSpec> specs = parameterSpecs();
    const QJsonValue column = parameters.value(QStringLiteral("column"));
    if (!column.isString() || column.toString().isEmpty())
        return stepError(tr("“column” must be the name of one column."));
    const QJsonValue map = parameters.value(QStringLiteral("map"));
    if (!map.isObject() || map.toObject().isEmpty())
        return stepError(tr("“map” must list at least one value and what it becomes."));
    auto fold = booleanParameter(parameters, QStringLiteral("foldWidth"), true);
    if (!fold)
        return fold.error();
    auto unmatched = choiceParameter(parameters, specs.at(3), QStringLiteral("keep"));
    if (!unmatched)
        return unmatched.error();

    QHash<QString, QString> lookup;
    QHash<QString, QString> writtenAs; // match key -> the first written value with it
    const QJsonObject object = map.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return stepError(tr("“map”: the value for “%1” must be text.").arg(it.key()));
        const QString key = matchKey(it.key(), fold.value());
        const auto existing = lookup.constFind(key);
        if (existing != lookup.constEnd() && existing.value() != it.value().toString()) {
            return stepError(tr("“map”: “%1” and “%2” are the same value written differently, but become different values.")
                                 .arg(writtenAs.value(key), it.key()));
        }
        lookup.insert(key, it.value().toString());
        writtenAs.insert(key, it.key());
    }

    m_column = column.toString();
    m_map = object;
    m_foldWidth = fold.value();
    m_unmatched = unmatched.value() == u"empty"    ? Unmatched::Empty
                  : unmatched.value() == u"report" ? Unmatched::Report
                                                   : Unmatched::Keep;
    m_lookup = std::move(lookup);
    return Ok{};
}

QString MapValuesStep::matchKey(const QString &value, bool foldWidth)
{
    // TextNormalizer also trims, and collapses inner spaces: 有 り and 有　り are one spelling.
    return foldWidth ? TextNormalizer::normalize(value) : value.trimmed();
}

Result<StepOutcome> MapValuesStep::apply(const Table &input, const StepContext &context) const
{
    const auto index = findColumn(input, m_column);
    if (!index)
        return index.error();
    const int c = index.value();
    const Column &source = input.column(c);

    // One sequential pass rather than CellMapper: empty cells must reach the map too (an entry
    // for ""), and CellMapper never shows them to its function. A column mapped this way holds a
    // few spellings many times over, so what a text decides is remembered by its stored bytes
    // and the width folding runs once per spelling.
    enum class Action : quint8 { Empty, Keep, Replace, Report };
    struct Decision
    {
        Action action = Action::Keep;
        QString text; // Replace: the new value; Report: the issue
    };
    const auto blankTarget = m_lookup.constFind(QString());
    const auto decide = [&](const Cell &cell) {
        const QString written = cell.kind() == Cell::Kind::Text ? cell.textValue() : cell.toString();
        const QString key = matchKey(written, m_foldWidth);
        const auto target = key.isEmpty() ? blankTarget : m_lookup.constFind(key);
        if (target != m_lookup.constEnd()) {
            if (target.value().isEmpty())
                return Decision { Action::Empty, {} };
            if (cell.kind() == Cell::Kind::Text && target.value() == written)
                return Decision { Action::Keep, {} };
            return Decision { Action::Replace, target.value() };
        }
        if (key.isEmpty()) // blank cells are not values missing from the list
            return Decision { Action::Keep, {} };
        switch (m_unmatched) {
        case Unmatched::Empty:
            return Decision { Action::Empty, {} };
        case Unmatched::Report:
            return Decision { Action::Report, tr("“%1” is not in the list of values.").arg(written.trimmed()) };
        case Unmatched::Keep:
            break;
        }
        return Decision { Action::Keep, {} };
    };
    struct BytesHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view bytes) const { return std::hash<std::string_view>()(bytes); }
    };
    // Bounded, for a column of mostly different values (an ID mapped by mistake).
    constexpr size_t MaxRemembered = 4096;
    std::unordered_map<std::string, Decision, BytesHash, std::equal_to<>> remembered;

    StepOutcome out;
    out.table = input;
    Column mapped;
    for (qsizetype r = 0; r < source.size(); ++r) {
        if (context.shouldStop(r, source.size()))
            return cancelledError();
        QByteArrayView utf8;
        const Cell::Kind kind = source.kindAt(r, &utf8);
        Decision decided;
        if (kind == Cell::Kind::Text) {
            const std::string_view bytes(utf8.data(), size_t(utf8.size()));
            const auto known = remembered.find(bytes);
            if (known != remembered.end()) {
                decided = known->second;
            } else {
                decided = decide(Cell::text(QString::fromUtf8(utf8)));
                if (remembered.size() < MaxRemembered)
                    remembered.emplace(std::string(bytes), decided);
            }
        } else {
            decided = decide(source.at(r));
        }
        switch (decided.action) {
        case Action::Empty:
            mapped.appendEmpty();
            break;
        case Action::Keep:
            mapped.appendFrom(source, r);
            break;
        case Action::Replace:
            mapped.append(Cell::text(decided.text));
            break;
        case Action::Report:
            out.addIssue(r, c, decided.text);
            mapped.appendFrom(source, r);
            break;
        }
    }
    mapped.squeeze();
    out.table.setColumn(c, std::move(mapped));
    return out;
}

} // namespace tenarai
