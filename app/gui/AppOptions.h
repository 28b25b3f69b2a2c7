#pragma once

#include <QString>

namespace tenarai {

// What the command line (or a test) tells the main window: where the bundled lessons and the
// local progress database are, the language to use and the file to open at start.
struct AppOptions
{
    QString lessonsDir; // the bundled lessons folder (may not exist; About says so)
    QString databasePath; // the local progress SQLite file
    QString language; // "ja" or "en" from --language; empty: saved choice or system locale
    QString fileToOpen; // opened once the window is shown; empty for none
    QString screenshotPath; // hidden review aid: grab the window to this PNG and quit
    QString formsFolder; // where the learner's forms are kept; empty: FormLibrary::defaultFolder()

    // A "lessons" folder next to the executable, else the installed share folder
    // (<prefix>/share/tenarai/lessons); the first that exists, or the former when neither does.
    static QString defaultLessonsDir();
    // StoreLocation::defaultLocal(): <AppDataLocation>/progress.sqlite.
    static QString defaultDatabasePath();
};

} // namespace tenarai
