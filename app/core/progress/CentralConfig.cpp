#include "progress/CentralConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

namespace tenarai {

namespace {
// Stored key names; never change them.
const QString GroupName = QStringLiteral("central");
const QString DriverKey = QStringLiteral("driver");
const QString HostKey = QStringLiteral("host");
const QString PortKey = QStringLiteral("port");
const QString DatabaseKey = QStringLiteral("database");
const QString UserKey = QStringLiteral("user");
const QString PasswordFileKey = QStringLiteral("password_file");
const QString SslModeKey = QStringLiteral("sslmode");
const QString SslRootCertKey = QStringLiteral("sslrootcert");
const QString SslCertKey = QStringLiteral("sslcert");
const QString SslKeyKey = QStringLiteral("sslkey");
const QString ConnectTimeoutKey = QStringLiteral("connect_timeout");

const QStringList KnownKeys = {DriverKey,   HostKey,   PasswordFileKey,  PortKey,
                               DatabaseKey, UserKey,   SslModeKey,       SslRootCertKey,
                               SslCertKey,  SslKeyKey, ConnectTimeoutKey};
const QStringList SslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                              QStringLiteral("prefer"),    QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

// A password file holds one line; anything larger is not one.
constexpr qint64 MaxPasswordFileSize = 4096;
constexpr int DefaultConnectTimeoutSeconds = 10;

Error configError(const QString &file, const QString &message)
{
    Error e;
    e.kind = Error::Kind::Format;
    e.file = file;
    e.message = message;
    return e;
}

// libpq's conninfo quoting, as Qt's QPSQL driver quotes host and user.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// Reads the central group, refusing what cannot be meant.
class Reader
{
public:
    Reader(const QString &path, QSettings &settings) : m_path(path), m_settings(settings) {}

    // The trimmed value, or an error for a value QSettings split at a comma.
    Result<QString> text(const QString &key) const
    {
        const QVariant value = m_settings.value(key);
        if (value.typeId() == QMetaType::QStringList)
            return configError(m_path,
                               CentralConfig::tr("The value of “%1” in [%2] contains a comma; put the "
                                                 "whole value in \"double quotes\".")
                                   .arg(key, GroupName));
        return value.toString().trimmed();
    }

    Result<QString> required(const QString &key) const
    {
        auto value = text(key);
        if (value && value->isEmpty())
            return configError(m_path, CentralConfig::tr("[%1] needs a value for “%2”.").arg(GroupName, key));
        return value;
    }

    // A file path, relative to the INI's folder; it must exist and be readable when given.
    Result<QString> file(const QString &key) const
    {
        auto value = text(key);
        if (!value || value->isEmpty())
            return value;
        const QString absolute = QFileInfo(QFileInfo(m_path).absoluteDir(), value.value()).absoluteFilePath();
        const QFileInfo info(absolute);
        if (!info.isFile())
            return configError(m_path,
                               CentralConfig::tr("The file “%1” named by “%2” does not exist.")
                                   .arg(QDir::toNativeSeparators(absolute), key));
        if (!info.isReadable())
            return configError(m_path,
                               CentralConfig::tr("The file “%1” named by “%2” cannot be read by this "
                                                 "user; check its permissions.")
                                   .arg(QDir::toNativeSeparators(absolute), key));
        return absolute;
    }

    Result<int> number(const QString &key, int defaultValue, int min, int max) const
    {
        auto value = text(key);
        if (!value)
            return value.error();
        if (value->isEmpty())
            return defaultValue;
        bool ok = false;
        const int n = value->toInt(&ok);
        if (!ok || n < min || n > max)
            return configError(m_path,
                               CentralConfig::tr("“%1” in [%2] must be a whole number from %3 to %4, "
                                                 "not “%5”.")
                                   .arg(key, GroupName)
                                   .arg(min)
                                   .arg(max)
                                   .arg(value.value()));
        return n;
    }

private:
    QString m_path;
    QSettings &m_settings;
};

template<typename... Results>
std::optional<Error> firstError(const Results &...results)
{
    std::optional<Error> error;
    ((error || results.ok() ? void() : void(error = results.error())), ...);
    return error;
}

Result<QString> readPassword(const QString &configPath, const QString &path)
{
    QFile file(path);
    if (file.size() > MaxPasswordFileSize)
        return configError(configPath,
                           CentralConfig::tr("The password file “%1” is larger than %2 bytes; it "
                                             "should hold the password on one line.")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(MaxPasswordFileSize));
    if (!file.open(QIODevice::ReadOnly))
        return configError(configPath,
                           CentralConfig::tr("The password file “%1” cannot be read: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray content = file.readAll();
    // The first line, without its line break: an editor's final newline is not part of it.
    QByteArray line = content.left(content.indexOf('\n') < 0 ? content.size() : content.indexOf('\n'));
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return configError(configPath,
                           CentralConfig::tr("The password file “%1” is empty; write the password "
                                             "on its first line.")
                               .arg(QDir::toNativeSeparators(path)));
    return QString::fromUtf8(line);
}
} // namespace

QString CentralConfig::defaultPath()
{
#if defined(Q_OS_WIN)
    const QString programData = qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"));
    return QDir::fromNativeSeparators(programData) + QStringLiteral("/Tenarai/central.ini");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/Tenarai/central.ini");
#else
    return QStringLiteral("/etc/tenarai/central.ini");
#endif
}

QString CentralConfig::path()
{
    const QString overridden = qEnvironmentVariable(PathVariable);
    return overridden.isEmpty() ? defaultPath() : overridden;
}

Result<std::optional<StoreLocation>> CentralConfig::load()
{
    return load(path());
}

Result<std::optional<StoreLocation>> CentralConfig::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::optional<StoreLocation>();
    const QString shownPath = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.isFile() || !info.isReadable()) {
        Error e = configError(shownPath,
                              tr("The central store configuration cannot be read; check that it is "
                                 "a file this user may read."));
        e.kind = Error::Kind::Io;
        return e;
    }

    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() == QSettings::FormatError)
        return configError(shownPath, tr("The central store configuration is not a valid INI file."));
    if (settings.status() == QSettings::AccessError) {
        Error e = configError(shownPath, tr("The central store configuration cannot be read."));
        e.kind = Error::Kind::Io;
        return e;
    }
    if (!settings.childGroups().contains(GroupName))
        return std::optional<StoreLocation>();
    settings.beginGroup(GroupName);

    // A misspelt key would otherwise be ignored and its default used without anyone noticing.
    for (const QString &key : settings.childKeys()) {
        if (key == QLatin1String("password"))
            return configError(shownPath,
                               tr("Do not write the password in the configuration file; put it in "
                                  "a file that only the right users can read and name that file "
                                  "with “%1”.")
                                   .arg(PasswordFileKey));
        if (!KnownKeys.contains(key))
            return configError(shownPath,
                               tr("Unknown key “%1” in [%2]. Known keys: %3.")
                                   .arg(key, GroupName, KnownKeys.join(QStringLiteral(", "))));
    }
    if (!settings.childGroups().isEmpty())
        return configError(
            shownPath,
            tr("Unexpected sub-group “%1” in [%2].").arg(settings.childGroups().constFirst(), GroupName));

    const Reader reader(shownPath, settings);
    const auto driver = reader.text(DriverKey);
    if (!driver)
        return driver.error();
    const QString driverName = driver->toLower();
    if (driverName == QLatin1String("none") || driverName == QLatin1String("off"))
        return std::optional<StoreLocation>();
    if (driverName != QLatin1String("postgres") && driverName != QLatin1String("postgresql"))
        return configError(shownPath,
                           tr("“%1” in [%2] must be “postgres” or “none”, not “%3”.")
                               .arg(DriverKey, GroupName, driver.value()));

    StoreLocation location;
    location.driver = StoreLocation::Driver::Postgres;
    const auto host = reader.required(HostKey);
    const auto database = reader.required(DatabaseKey);
    const auto user = reader.required(UserKey);
    const auto port = reader.number(PortKey, location.port, 1, 65535);
    const auto timeout = reader.number(ConnectTimeoutKey, DefaultConnectTimeoutSeconds, 1, 600);
    const auto passwordFile = reader.file(PasswordFileKey);
    const auto sslMode = reader.text(SslModeKey);
    const auto sslRootCert = reader.file(SslRootCertKey);
    const auto sslCert = reader.file(SslCertKey);
    const auto sslKey = reader.file(SslKeyKey);
    if (auto e = firstError(host, database, user, port, timeout, passwordFile, sslMode, sslRootCert, sslCert,
                            sslKey))
        return *e;

    // Learners' records cross the network: verify the server unless IT says otherwise.
    const QString mode = sslMode->isEmpty() ? QStringLiteral("verify-full") : sslMode->toLower();
    if (!SslModes.contains(mode))
        return configError(
            shownPath,
            tr("“%1” in [%2] must be one of %3, not “%4”.")
                .arg(SslModeKey, GroupName, SslModes.join(QStringLiteral(", ")), sslMode.value()));
    // Without a root certificate libpq would look in each user's home folder, which IT does not manage.
    if (mode.startsWith(QLatin1String("verify-")) && sslRootCert->isEmpty())
        return configError(shownPath,
                           tr("sslmode “%1” needs “%2”: the certificate of the authority that signed "
                              "the server's certificate.")
                               .arg(mode, SslRootCertKey));
    if (sslCert->isEmpty() != sslKey->isEmpty())
        return configError(shownPath,
                           tr("A client certificate needs both “%1” and “%2”.").arg(SslCertKey, SslKeyKey));

    // The connect options are handed to libpq, which Qt joins with spaces in place of semicolons.
    for (const QString &value : {host.value(), database.value(), user.value(), sslRootCert.value(),
                                 sslCert.value(), sslKey.value()}) {
        if (value.contains(QLatin1Char(';')))
            return configError(shownPath,
                               tr("The value “%1” in [%2] contains a semicolon, which cannot be "
                                  "passed on to the database driver.")
                                   .arg(value, GroupName));
    }

    location.host = host.value();
    location.port = port.value();
    location.database = database.value();
    location.user = user.value();
    if (!passwordFile->isEmpty()) {
        auto password = readPassword(shownPath, passwordFile.value());
        if (!password)
            return password.error();
        location.password = password.value();
    }
    QStringList options;
    options << QStringLiteral("sslmode=") + mode;
    if (!sslRootCert->isEmpty())
        options << QStringLiteral("sslrootcert=") + quoted(sslRootCert.value());
    if (!sslCert->isEmpty())
        options << QStringLiteral("sslcert=") + quoted(sslCert.value())
                << QStringLiteral("sslkey=") + quoted(sslKey.value());
    options << QStringLiteral("connect_timeout=%1").arg(timeout.value());
    // Lets the database administrator see which connections are Tenarai's.
    options << QStringLiteral("application_name=tenarai");
    location.connectOptions = options.join(QLatin1Char(';'));
    return std::optional<StoreLocation>(location);
}

} // namespace tenarai
