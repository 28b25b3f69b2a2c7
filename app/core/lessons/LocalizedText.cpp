#include "lessons/LocalizedText.h"

#include "Translations.h"

#include <QJsonObject>

namespace tenarai {

namespace {

Error textError(Error::Kind kind, const QString &path, const QString &message)
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.part = path; // the caller adds the file
    return e;
}

} // namespace

QString LocalizedText::text(const QString &language) const
{
    if (language == u"en" && !en.isEmpty())
        return en;
    return ja;
}

QString LocalizedText::text() const
{
    return text(Translations::current());
}

QJsonValue LocalizedText::toJson() const
{
    // The short form when there is nothing but Japanese, as authors write it by hand.
    if (en.isEmpty())
        return ja;
    QJsonObject object;
    object.insert(QStringLiteral("ja"), ja);
    object.insert(QStringLiteral("en"), en);
    return object;
}

Result<LocalizedText> LocalizedText::fromJson(const QJsonValue &value, const QString &path, int maxChars)
{
    auto checkLength = [&](const QString &text, const QString &where) -> Result<QString> {
        if (text.size() > maxChars)
            return textError(Error::Kind::TooLarge, where,
                             tr("The text is %1 characters long, more than the limit of %2.")
                                 .arg(text.size())
                                 .arg(maxChars));
        return text;
    };

    LocalizedText result;
    if (value.isString()) {
        const QString ja = value.toString();
        if (ja.trimmed().isEmpty())
            return textError(Error::Kind::Format, path,
                             tr("The text is empty; write it at least in Japanese."));
        const Result<QString> checked = checkLength(ja, path);
        if (!checked.ok())
            return checked.error();
        result.ja = ja;
        return result;
    }
    if (!value.isObject())
        return textError(Error::Kind::Format, path,
                         tr("The text must be a string, or an object with “ja” and optionally “en”."));

    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != u"ja" && it.key() != u"en")
            return textError(Error::Kind::Format, path,
                             tr("The text has the language “%1”; only ja and en are allowed.").arg(it.key()));
    }
    const QString jaPath = path + QStringLiteral(".ja");
    const QJsonValue ja = object.value(QStringLiteral("ja"));
    if (ja.isUndefined())
        return textError(Error::Kind::Format, path,
                         tr("The text has no “ja”; the Japanese text is required."));
    if (!ja.isString())
        return textError(Error::Kind::Format, jaPath, tr("The Japanese text must be a string."));
    if (ja.toString().trimmed().isEmpty())
        return textError(Error::Kind::Format, jaPath, tr("The Japanese text is empty; it is required."));
    const Result<QString> jaChecked = checkLength(ja.toString(), jaPath);
    if (!jaChecked.ok())
        return jaChecked.error();
    result.ja = jaChecked.value();

    const QJsonValue en = object.value(QStringLiteral("en"));
    if (!en.isUndefined()) {
        const QString enPath = path + QStringLiteral(".en");
        if (!en.isString())
            return textError(Error::Kind::Format, enPath, tr("The English text must be a string."));
        const Result<QString> enChecked = checkLength(en.toString(), enPath);
        if (!enChecked.ok())
            return enChecked.error();
        result.en = enChecked.value();
    }
    return result;
}

} // namespace tenarai
