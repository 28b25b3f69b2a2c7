#pragma once

#include <QString>
#include <QStringList>

namespace tenarai {

// The window's own user settings (language, recent files, the last learner profile), declared in one place so
// that each key, its default and its stored form are written once. Stored key names and values never change:
// users' existing settings would silently reset.
class GuiSettings
{
public:
    // "ja" or "en"; empty when the user has not chosen (the system locale then decides).
    static QString language();
    static void setLanguage(const QString &language);

    // Most recent first, at most MaxRecentFiles entries.
    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static void clearRecentFiles();

    static constexpr int MaxRecentFiles = 8;

    // The id of the profile last chosen on this PC, so the picker can preselect it; empty when
    // none was chosen yet.
    static QString lastProfileId();
    static void setLastProfileId(const QString &profileId);
};

} // namespace tenarai
