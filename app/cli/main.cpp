// tenarai-cli: file conversion and inspection for lesson authors and IT, without a screen.
#include "CliApp.h"
#include "Console.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tenarai-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENARAI_VERSION));
    tenarai::Console::setUp();
    tenarai::Translations::install(tenarai::Translations::languageFor(QLocale::system()));
    return tenarai::CliApp().run(QCoreApplication::arguments());
}
