#include "AppOptions.h"

#include "progress/ProgressStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tenarai {

QString AppOptions::defaultLessonsDir()
{
    const QDir exeDir(QCoreApplication::applicationDirPath());
    const QString besideExe = QDir::cleanPath(exeDir.filePath(QStringLiteral("lessons")));
    const QString installed = QDir::cleanPath(exeDir.filePath(QStringLiteral("../share/tenarai/lessons")));
    for (const QString &candidate : { besideExe, installed }) {
        if (QFileInfo(candidate).isDir())
            return candidate;
    }
    return besideExe;
}

QString AppOptions::defaultDatabasePath()
{
    return StoreLocation::defaultLocal().path; // the one tenarai-cli's db, report and bundle use
}

} // namespace tenarai
