#include "cleaning/ReplaceTextStep.h"

#include <QJsonArray>

#include <algorithm>
#include <vector>

namespace tenarai {

namespace {
bool isVoicedMark(char16_t c)
{
    return c == 0x3099 || c == 0x309A || c == 0x309B || c == 0x309C || c == 0xFF9E || c == 0xFF9F;
}

// Where a character ends together with the marks TextNormalizer composes with it (ｶﾞ, e + U+0301),
// so that folding each piece on its own gives the same text as folding the whole value.
qsizetype pieceEnd(const QString &text, qsizetype i)
{
    const qsizetype n = text.size();
    i += (text[i].isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) ? 2 : 1;
    while (i < n && !text[i].isSurrogate()
           && (isVoicedMark(text[i].unicode()) || QChar::combiningClass(text[i].unicode()) != 0))
        ++i;
    return i;
}
} // namespace

TextNormalizer::Options ReplaceTextStep::widthFolding()
{
    TextNormalizer::Options o;
    o.trim = false;
    o.collapseSpaces = false;
    o.ideographicSpaceToAscii = true; // U+3000 is the full-width space
    o.removeInvisible = false;
    return o;
}

QList<ParameterSpec> ReplaceTextStep::parameterSpecs() const
{
    ParameterSpec find;
    find.key = QStringLiteral("find");
    find.kind = ParameterSpec::Kind::Text;
    find.label = tr("Find");

    ParameterSpec replace;
    replace.key = QStringLiteral("replace");
    replace.kind = ParameterSpec::Kind::Text;
    replace.label = tr("Replace with");
    replace.help = tr("Leave empty to delete the text found.");
    replace.optional = true;

    ParameterSpec whole;
    whole.key = QStringLiteral("wholeValue");
    whole.kind = ParameterSpec::Kind::Boolean;
    whole.label = tr("Only whole values");
    whole.help = tr("Replace only cells whose whole value is the text, not text inside longer values.");
    whole.optional = true;

    ParameterSpec width;
    width.key = QStringLiteral("matchWidth");
    width.kind = ParameterSpec::Kind::Boolean;
    width.label = tr("Ignore full-width and half-width");
    width.help = tr("Also find the text written in full-width or half-width characters (ｶﾌﾞ finds カブ).");
    width.optional = true;
    return {columnsSpec(false), find, replace, whole, width};
}

QJsonObject ReplaceTextStep::parameters() const
{
    return {{QStringLiteral("columns"), QJsonArray::fromStringList(m_columns)},
            {QStringLiteral("find"), m_find},
            {QStringLiteral("replace"), m_replace},
            {QStringLiteral("wholeValue"), m_wholeValue},
            {QStringLiteral("matchWidth"), m_matchWidth}};
}

Status ReplaceTextStep::setParameters(const QJsonObject &parameters)
{
    auto names = columnNamesParameter(parameters, true);
    if (!names)
        return names.error();
    const QJsonValue find = parameters.value(QStringLiteral("find"));
    if (!find.isString() || find.toString().isEmpty())
        return stepError(tr("“find” must be the text to look for; it cannot be empty."));
    const QJsonValue replace = parameters.value(QStringLiteral("replace"));
    if (!replace.isUndefined() && !replace.isString())
        return stepError(tr("“replace” must be text."));
    auto whole = booleanParameter(parameters, QStringLiteral("wholeValue"), false);
    if (!whole)
        return whole.error();
    auto width = booleanParameter(parameters, QStringLiteral("matchWidth"), false);
    if (!width)
        return width.error();

    QString key = find.toString();
    if (whole.value())
        key = key.trimmed();
    if (width.value())
        key = TextNormalizer::normalize(key, widthFolding());
    if (key.isEmpty())
        return stepError(tr("“find” must be the text to look for; it cannot be only spaces when whole values are compared."));

    m_columns = names.value();
    m_find = find.toString();
    m_replace = replace.toString();
    m_wholeValue = whole.value();
    m_matchWidth = width.value();
    m_key = key;
    return Ok{};
}

QString ReplaceTextStep::transform(const QString &text) const
{
    if (m_key.isEmpty()) // not configured yet
        return text;
    if (m_wholeValue) {
        QString value = text.trimmed();
        if (m_matchWidth)
            value = TextNormalizer::normalize(value, widthFolding());
        return value == m_key ? m_replace : text;
    }
    if (!m_matchWidth) {
        if (!text.contains(m_key))
            return text;
        return QString(text).replace(m_key, m_replace);
    }
    return replaceFolded(text);
}

// Finds m_key in the folded text and replaces the original characters it came from, so that
// what is not replaced keeps its width as written. A match must start and end at a piece
// boundary: "ﬁ" folds to "fi", and finding "i" must not cut it.
QString ReplaceTextStep::replaceFolded(const QString &text) const
{
    const TextNormalizer::Options fold = widthFolding();
    if (!TextNormalizer::normalize(text, fold).contains(m_key))
        return text; // the common case: one pass, no piece table

    QString folded;
    std::vector<qsizetype> foldedStart; // per piece, plus one past the end
    std::vector<qsizetype> sourceStart;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype end = pieceEnd(text, i);
        foldedStart.push_back(folded.size());
        sourceStart.push_back(i);
        folded += TextNormalizer::normalize(QStringView(text).mid(i, end - i), fold);
        i = end;
    }
    foldedStart.push_back(folded.size());
    sourceStart.push_back(text.size());

    // The piece that starts at a folded offset, or -1 when the offset is inside a piece.
    auto pieceAt = [&](qsizetype offset) -> qsizetype {
        const auto it = std::lower_bound(foldedStart.begin(), foldedStart.end(), offset);
        return (it != foldedStart.end() && *it == offset) ? qsizetype(it - foldedStart.begin()) : -1;
    };

    QString out;
    qsizetype copiedUpTo = 0; // in text
    qsizetype from = 0;       // in folded
    while (true) {
        const qsizetype at = folded.indexOf(m_key, from);
        if (at < 0)
            break;
        const qsizetype first = pieceAt(at);
        const qsizetype last = pieceAt(at + m_key.size());
        if (first < 0 || last < 0) {
            from = at + 1;
            continue;
        }
        out += QStringView(text).mid(copiedUpTo, sourceStart[size_t(first)] - copiedUpTo);
        out += m_replace;
        copiedUpTo = sourceStart[size_t(last)];
        from = at + m_key.size();
    }
    out += QStringView(text).mid(copiedUpTo);
    return out;
}

} // namespace tenarai
