#include "GuiSettings.h"

#include <QDir>
#include <QSettings>

namespace tenarai {

namespace {
// Stored names: never rename.
const auto LanguageKey = QStringLiteral("ui/language");
const auto RecentFilesKey = QStringLiteral("ui/recentFiles");
const auto LastProfileKey = QStringLiteral("progress/lastProfileId");

void storeRecentFiles(const QStringList &files)
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(RecentFilesKey);
    else
        settings.setValue(RecentFilesKey, files);
}
} // namespace

QString GuiSettings::language()
{
    const QString value = QSettings().value(LanguageKey).toString();
    // A hand-edited or future value is ignored rather than trusted.
    return (value == u"ja" || value == u"en") ? value : QString();
}

void GuiSettings::setLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

QStringList GuiSettings::recentFiles()
{
    QStringList files = QSettings().value(RecentFilesKey).toStringList();
    files.removeAll(QString());
    if (files.size() > MaxRecentFiles)
        files.resize(MaxRecentFiles);
    return files;
}

void GuiSettings::addRecentFile(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    QStringList files = recentFiles();
    files.removeAll(clean);
    files.prepend(clean);
    if (files.size() > MaxRecentFiles)
        files.resize(MaxRecentFiles);
    storeRecentFiles(files);
}

void GuiSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QDir::cleanPath(path));
    storeRecentFiles(files);
}

void GuiSettings::clearRecentFiles()
{
    storeRecentFiles({});
}

QString GuiSettings::lastProfileId()
{
    return QSettings().value(LastProfileKey).toString().trimmed();
}

void GuiSettings::setLastProfileId(const QString &profileId)
{
    QSettings settings;
    if (profileId.isEmpty())
        settings.remove(LastProfileKey);
    else
        settings.setValue(LastProfileKey, profileId);
}

} // namespace tenarai
