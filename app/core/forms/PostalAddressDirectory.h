#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace tenarai {

// Postal code to address (都道府県, 市区町村, 町域) for the postal-code field's 住所 auto-fill.
// No table ships with the app (Japan Post's data changes monthly and is large); IT provides one
// and the fill-in says plainly that auto-fill is not available until then:
//
//   TENARAI_POSTAL_CODES=/path/to/KEN_ALL.CSV     (environment), else
//   /etc/tenarai/postal-codes.csv                 (Linux)  or
//   %ProgramData%\Tenarai\postal-codes.csv        (Windows)
//
// Two layouts are read, detected from the first line: Japan Post's KEN_ALL.CSV (no header, 15
// columns, code in the 3rd, 都道府県 / 市区町村 / 町域 in the 7th-9th; CP932 or UTF-8) and a
// headed CSV with columns code, prefecture, city, town (other columns ignored; the layout of
// shirasagi's sys_postal_code.csv). 「以下に掲載がない場合」 and 「（その他）」-style town notes
// become an empty town. A code listed several times (one code, several 町域) gives every address.
//
// A loaded directory never changes: share it between threads freely.
class PostalAddressDirectory
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::PostalAddressDirectory)
public:
    struct Address
    {
        QString prefecture;
        QString municipality;
        QString town;          // may be empty
        QString text() const { return prefecture + municipality + town; }
        friend bool operator==(const Address &, const Address &) = default;
    };

    static constexpr const char *PathVariable = "TENARAI_POSTAL_CODES";
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    // The configured file, loaded on first use and shared. Error::Kind::Unsupported with a
    // message that auto-fill is not available (and where IT puts the file) when none is
    // configured; the file's own error when it is broken.
    static Result<std::shared_ptr<const PostalAddressDirectory>> standard();
    static QString configuredPath(); // the path standard() reads, existing or not
    static Result<std::shared_ptr<const PostalAddressDirectory>> load(const QString &path);
    static Result<std::shared_ptr<const PostalAddressDirectory>> fromCsv(const QByteArray &data,
                                                                         const QString &source);

    // Any spelling PostalCodeNormalizer accepts (〒100-0001, １０００００１). Empty when the code
    // is unknown or malformed.
    QList<Address> lookup(QStringView postalCode) const;
    qsizetype size() const { return m_addresses.size(); }
    QString source() const { return m_source; }

private:
    QHash<quint32, QList<Address>> m_addresses; // by the code as a number
    QString m_source;
};

} // namespace tenarai
