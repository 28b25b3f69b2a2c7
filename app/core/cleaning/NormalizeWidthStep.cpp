#include "cleaning/NormalizeWidthStep.h"

#include "normalize/Utf8Scan.h"

#include <QJsonArray>

namespace tenarai {

namespace {
// Stored in recipes: never rename one.
const auto WaveDashDefault = QStringLiteral("waveDash");
const auto SpacesDefault = QStringLiteral("keep");

TextNormalizer::Options optionsFor(bool keepEnclosed, bool keepSquared, const QString &waveDash,
                                   const QString &spaces)
{
    TextNormalizer::Options o;
    o.foldWidth = true;
    o.foldEnclosed = !keepEnclosed;
    o.foldSquared = !keepSquared;
    if (waveDash == u"keep")
        o.waveDash = TextNormalizer::WaveDash::Keep;
    else if (waveDash == u"fullwidthTilde")
        o.waveDash = TextNormalizer::WaveDash::FullwidthTilde;
    else
        o.waveDash = TextNormalizer::WaveDash::WaveDashU301C;
    if (spaces == u"keep") {
        o.trim = false;
        o.collapseSpaces = false;
        o.ideographicSpaceToAscii = false;
    } else {
        o.trim = true;
        o.collapseSpaces = true;
        o.spaceStyle = spaces == u"ascii"         ? TextNormalizer::SpaceStyle::Ascii
                       : spaces == u"ideographic" ? TextNormalizer::SpaceStyle::Ideographic
                                                  : TextNormalizer::SpaceStyle::AsWritten;
    }
    return o;
}
} // namespace

NormalizeWidthStep::NormalizeWidthStep()
    : m_waveDash(WaveDashDefault)
    , m_spaces(SpacesDefault)
    , m_options(optionsFor(true, true, WaveDashDefault, SpacesDefault))
{
}

QList<ParameterSpec> NormalizeWidthStep::parameterSpecs() const
{
    ParameterSpec enclosed;
    enclosed.key = QStringLiteral("keepEnclosed");
    enclosed.kind = ParameterSpec::Kind::Boolean;
    enclosed.label = tr("Keep circled characters (①, ㈱)");
    enclosed.help = tr("When off, ① becomes 1 and ㈱ becomes (株).");
    enclosed.optional = true;

    ParameterSpec squared;
    squared.key = QStringLiteral("keepSquared");
    squared.kind = ParameterSpec::Kind::Boolean;
    squared.label = tr("Keep squared characters (㍻, ㎏)");
    squared.help = tr("When off, ㍻ becomes 平成 and ㎏ becomes kg.");
    squared.optional = true;

    ParameterSpec wave;
    wave.key = QStringLiteral("waveDash");
    wave.kind = ParameterSpec::Kind::Choice;
    wave.label = tr("Wave dash");
    wave.optional = true;
    wave.choices = {{QStringLiteral("waveDash"), tr("Make all 〜")},
                    {QStringLiteral("fullwidthTilde"), tr("Make all ～ (as in files saved by Excel)")},
                    {QStringLiteral("keep"), tr("Leave as written")}};

    ParameterSpec spaces;
    spaces.key = QStringLiteral("spaces");
    spaces.kind = ParameterSpec::Kind::Choice;
    spaces.label = tr("Spaces");
    spaces.help = tr("Except “Leave as written”, spaces before and after are removed and each run of spaces inside becomes one.");
    spaces.optional = true;
    spaces.choices = {{QStringLiteral("keep"), tr("Leave as written")},
                      {QStringLiteral("ascii"), tr("Half-width space")},
                      {QStringLiteral("ideographic"), tr("Full-width space (as in 山田　太郎)")},
                      {QStringLiteral("asWritten"), tr("One space of the width written")}};
    return {columnsSpec(true), enclosed, squared, wave, spaces};
}

QJsonObject NormalizeWidthStep::parameters() const
{
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(m_columns)},
            {QStringLiteral("keepEnclosed"), m_keepEnclosed},
            {QStringLiteral("keepSquared"), m_keepSquared},
            {QStringLiteral("waveDash"), m_waveDash},
            {QStringLiteral("spaces"), m_spaces}};
}

Status NormalizeWidthStep::setParameters(const QJsonObject &parameters)
{
    const QList<ParameterSpec> specs = parameterSpecs();
    auto names = columnNamesParameter(parameters, false);
    if (!names)
        return names.error();
    auto enclosed = booleanParameter(parameters, QStringLiteral("keepEnclosed"), true);
    if (!enclosed)
        return enclosed.error();
    auto squared = booleanParameter(parameters, QStringLiteral("keepSquared"), true);
    if (!squared)
        return squared.error();
    auto wave = choiceParameter(parameters, specs.at(3), WaveDashDefault);
    if (!wave)
        return wave.error();
    auto spaces = choiceParameter(parameters, specs.at(4), SpacesDefault);
    if (!spaces)
        return spaces.error();

    m_columns = names.value();
    m_keepEnclosed = enclosed.value();
    m_keepSquared = squared.value();
    m_waveDash = wave.value();
    m_spaces = spaces.value();
    m_options = optionsFor(m_keepEnclosed, m_keepSquared, m_waveDash, m_spaces);
    return Ok{};
}

QString NormalizeWidthStep::transform(const QString &text) const
{
    return TextNormalizer::normalize(text, m_options);
}

bool NormalizeWidthStep::mayChange(QByteArrayView utf8) const
{
    // ASCII text changes only through its spaces (trim, collapse, the space style).
    return !Utf8Scan::isAscii(utf8) || Utf8Scan::mayContainSpace(utf8);
}

} // namespace tenarai
