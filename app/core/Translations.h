#pragma once

#include <QLocale>
#include <QString>

namespace tenarai {

// Installs Tenarai's translation and Qt's own (for standard dialogs) for a language, replacing
// the ones installed before. Japanese and English are shipped; any other locale gets English.
class Translations
{
public:
    // "ja" or "en" for a locale: Japanese on a Japanese system, English otherwise.
    static QString languageFor(const QLocale &locale);
    // Returns true when the language is now active.
    static bool install(const QString &language);
    static QString current();
};

} // namespace tenarai
