#include "AppOptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

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
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("progress.sqlite"));
}

} // namespace tenarai
