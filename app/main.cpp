// Tenarai's desktop entry point: reads the command line, chooses the interface language and a font
// that renders Japanese, opens the progress database and the main window, asks who is learning
// (and, for reviews, grabs the window to a PNG).
#include "AppOptions.h"
#include "CommandLine.h"
#include "GuiSettings.h"
#include "MainWindow.h"
#include "Translations.h"
#include "progress/ProgressStore.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {

void setIdentity()
{
    // QSettings and QStandardPaths derive their locations from these; never change them.
    QCoreApplication::setApplicationName(QStringLiteral("Tenarai"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tenarai"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENARAI_VERSION));
}

// The command-line choice, else the saved one, else the system's.
QString chooseLanguage(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    const QString saved = tenarai::GuiSettings::language();
    return saved.isEmpty() ? tenarai::Translations::languageFor(QLocale::system()) : saved;
}

void printText(const QString &text, FILE *stream)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
}

// The platform's UI font first; then Japanese fonts, so that kanji get Japanese glyph shapes
// rather than whatever CJK font the system would pick for them.
void setJapaneseFontFallback()
{
    QFont font = QApplication::font();
    QStringList families { font.family() };
    for (const QString &family :
         { QStringLiteral("Yu Gothic UI"), QStringLiteral("Meiryo UI"), QStringLiteral("Meiryo"),
           QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans JP"),
           QStringLiteral("Hiragino Sans"), QStringLiteral("IPAexGothic") }) {
        if (QFontDatabase::hasFamily(family) && !families.contains(family))
            families << family;
    }
    font.setFamilies(families);
    QApplication::setFont(font);
}

} // namespace

int main(int argc, char *argv[])
{
    using tenarai::CommandLine;

    // --help and --version need no screen: answer them without starting the GUI, which would
    // abort on a machine without a display.
    if (CommandLine::asksForTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        tenarai::Translations::install(chooseLanguage(CommandLine::parse(app.arguments()).options.language));
        const CommandLine::Parsed parsed = CommandLine::parse(app.arguments());
        printText(parsed.text, parsed.action == CommandLine::Action::Fail ? stderr : stdout);
        return parsed.action == CommandLine::Action::Fail ? 2 : 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tenarai.svg")));

    CommandLine::Parsed parsed = CommandLine::parse(QCoreApplication::arguments());
    tenarai::Translations::install(chooseLanguage(parsed.options.language));
    if (parsed.action != CommandLine::Action::Run) {
        // Parse again so that the message is in the chosen language.
        parsed = CommandLine::parse(QCoreApplication::arguments());
        printText(parsed.text, parsed.action == CommandLine::Action::Fail ? stderr : stdout);
        return parsed.action == CommandLine::Action::Fail ? 2 : 0;
    }
    const tenarai::AppOptions &options = parsed.options;
    setJapaneseFontFallback();

    // Opened before the window and closed after it: the window records into it until the end.
    // A store that will not open (corrupt, locked, made by a newer Tenarai) leaves the app usable
    // for everything but recording progress.
    tenarai::ProgressStore store;
    const tenarai::Status opened = store.open(tenarai::StoreLocation::sqlite(options.databasePath));

    tenarai::MainWindow window(options);
    if (opened)
        window.setProgressStore(&store);
    if (!options.screenshotPath.isEmpty())
        window.resize(1366, 768);
    window.show();
    if (!opened)
        window.setProgressUnavailable(opened.error());
    else if (options.screenshotPath.isEmpty()) // a review picture must not wait for a choice
        QTimer::singleShot(0, &window, &tenarai::MainWindow::chooseProfileAtStart);

    if (!options.screenshotPath.isEmpty()) {
        const auto grabAndQuit = [&window, path = options.screenshotPath] {
            // A short pause lets the view lay out and paint after the data arrives.
            QTimer::singleShot(400, &window, [&window, path] {
                const bool saved = window.grab().save(path, "PNG");
                if (!saved)
                    printText(QCoreApplication::translate("main", "Cannot save the picture %1.").arg(path),
                              stderr);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        if (options.fileToOpen.isEmpty())
            grabAndQuit();
        else
            QObject::connect(&window, &tenarai::MainWindow::loadFinished, &window, grabAndQuit,
                             Qt::SingleShotConnection);
    }
    if (!options.fileToOpen.isEmpty())
        QTimer::singleShot(0, &window, [&window, file = options.fileToOpen] { window.openFile(file); });

    return QApplication::exec();
}
