#include "EncodingNames.h"

namespace tenarai {

std::optional<QString> EncodingNames::canonical(const QString &name, bool allowUtf16)
{
    const QString n = name.trimmed().toLower();
    if (n == u"utf-8" || n == u"utf8")
        return QStringLiteral("utf-8");
    if (n == u"cp932" || n == u"shift_jis" || n == u"shift-jis" || n == u"sjis" || n == u"windows-31j"
        || n == u"ms932")
        return QStringLiteral("cp932");
    if (allowUtf16 && (n == u"utf-16" || n == u"utf16"))
        return QStringLiteral("utf-16");
    return std::nullopt;
}

} // namespace tenarai
