#pragma once

#include "Error.h"
#include "progress/ProgressStore.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tenarai {

// Whether this PC sends progress to the organisation's central PostgreSQL store, and how to reach
// it. IT sets it machine-wide in an INI file (docs/central-database.md), read-only to the app:
//
//   [central]
//   driver = postgres            ; or "none" to switch it off
//   host = db.example.lg.jp
//   port = 5432
//   database = tenarai
//   user = tenarai_client
//   password_file = /etc/tenarai/central.password   ; relative paths: to the INI's folder
//   sslmode = verify-full        ; the default
//   sslrootcert = /etc/tenarai/central-ca.crt
//
// Also sslcert/sslkey (client certificates) and connect_timeout (seconds, default 10). A password
// never goes in the INI itself: it is in password_file, or libpq's password file (PGPASSFILE).
// Key names are stored names; never change them.
class CentralConfig
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::CentralConfig)

public:
    // Names another file than the default, for a test or an unusual installation.
    static constexpr auto PathVariable = "TENARAI_CENTRAL_CONFIG";

    // /etc/tenarai/central.ini on Linux, %ProgramData%\Tenarai\central.ini on Windows,
    // /Library/Application Support/Tenarai/central.ini on macOS.
    static QString defaultPath();
    // TENARAI_CENTRAL_CONFIG when set and not empty, else defaultPath().
    static QString path();

    // The central store the file names; no value when this PC has none (no file, no [central]
    // group, or driver = none). A file that exists but cannot be read, or holds an unknown key or a
    // bad value, is an Error naming the file and the key: IT made a mistake that must not pass for
    // "not configured".
    static Result<std::optional<StoreLocation>> load();
    static Result<std::optional<StoreLocation>> load(const QString &path);
};

} // namespace tenarai
