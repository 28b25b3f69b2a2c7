#include "cleaning/ConvertKanaStep.h"

#include "normalize/Utf8Scan.h"

#include "normalize/TextNormalizer.h"

#include <QJsonArray>

namespace tenarai {

QList<ParameterSpec> ConvertKanaStep::parameterSpecs() const
{
    ParameterSpec to;
    to.key = QStringLiteral("to");
    to.kind = ParameterSpec::Kind::Choice;
    to.label = tr("Write kana as");
    to.optional = true;
    // Stored in recipes: never rename a value.
    to.choices = {{QStringLiteral("katakana"), tr("Katakana (カタカナ)")},
                  {QStringLiteral("hiragana"), tr("Hiragana (ひらがな)")}};
    return {columnsSpec(false), to};
}

QJsonObject ConvertKanaStep::parameters() const
{
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(m_columns)},
            {QStringLiteral("to"), m_toHiragana ? QStringLiteral("hiragana") : QStringLiteral("katakana")}};
}

Status ConvertKanaStep::setParameters(const QJsonObject &parameters)
{
    auto names = columnNamesParameter(parameters, true);
    if (!names)
        return names.error();
    auto to = choiceParameter(parameters, parameterSpecs().at(1), QStringLiteral("katakana"));
    if (!to)
        return to.error();
    m_columns = names.value();
    m_toHiragana = to.value() == u"hiragana";
    return Ok{};
}

QString ConvertKanaStep::transform(const QString &text) const
{
    return m_toHiragana ? TextNormalizer::toHiragana(text) : TextNormalizer::toKatakana(text);
}

bool ConvertKanaStep::mayChange(QByteArrayView utf8) const
{
    return !Utf8Scan::isAscii(utf8); // kana are never ASCII
}

} // namespace tenarai
