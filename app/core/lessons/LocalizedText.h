#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace tenarai {

// A text an author writes in Japanese and optionally in English. In pack files it is either a
// plain string (Japanese only) or an object {"ja": "…", "en": "…"}; "ja" is required.
struct LocalizedText
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::LocalizedText)
public:
    QString ja;
    QString en;

    bool isEmpty() const { return ja.isEmpty() && en.isEmpty(); }
    // The text in language ("ja" or "en"); Japanese when there is no text in that language.
    QString text(const QString &language) const;
    // The text in the language the interface currently uses (Translations::current()).
    QString text() const;

    QJsonValue toJson() const;
    // path is the JSON path used in the error ("lessons[2].title"); maxChars caps each language.
    static Result<LocalizedText> fromJson(const QJsonValue &value, const QString &path, int maxChars = 10000);

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace tenarai
