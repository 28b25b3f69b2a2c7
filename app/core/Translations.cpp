#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace tenarai {

namespace {
struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed s;
    return s;
}
} // namespace

QString Translations::languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool Translations::install(const QString &language)
{
    Installed &s = installed();
    if (s.app)
        QCoreApplication::removeTranslator(s.app.get());
    if (s.qt)
        QCoreApplication::removeTranslator(s.qt.get());
    s.app.reset();
    s.qt.reset();
    s.language = QStringLiteral("en");

    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/tenarai_%1.qm").arg(language)))
        return language == u"en";
    QCoreApplication::installTranslator(app.get());
    s.app = std::move(app);

    // Qt's own strings (the buttons of standard dialogs); absent on some installs, which is fine.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s.qt = std::move(qt);
    }
    s.language = language;
    return true;
}

QString Translations::current()
{
    return installed().language;
}

} // namespace tenarai
