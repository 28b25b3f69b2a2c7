#pragma once

#include "Error.h"
#include "io/TableIO.h"
#include "io/XlsxPartDevice.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QIODevice;
class QuaZip;

namespace tenarai {

// The ZIP (OPC) container of an XLSX workbook: opens it, tells a password-protected file or a
// file that is no ZIP at all from a damaged one, and finds parts by name the way Excel does
// (case-insensitive, backslashes accepted as separators). Parts are opened as streams that
// enforce the inflation limits; relationship parts (.rels) are read into lists.
class XlsxPackage
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::XlsxPackage)
public:
    struct Relationship
    {
        QString id;
        QString type;    // the full type URI; compare with typeIs()
        QString target;  // resolved part name, e.g. xl/worksheets/sheet1.xml; empty if external
    };

    XlsxPackage(QIODevice *device, const QString &displayName, const ReadLimits &limits);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    Status open();

    bool contains(const QString &partName) const;
    qint64 uncompressedSize(const QString &partName) const;
    // A stream of the part, or an Error naming it. hook sees the inflated byte counts.
    Result<std::unique_ptr<XlsxPartDevice>> openPart(const QString &partName,
                                                     XlsxPartDevice::ReadHook hook = {});
    // The whole (small) part in memory, read through the same limits. QXmlStreamReader parses
    // small parts from memory: on a failing sequential device it can keep asking for data.
    Result<QByteArray> readPart(const QString &partName);
    // The relationships of sourcePart (from its _rels/<name>.rels); an absent .rels part gives
    // an empty list, a malformed one an Error.
    Result<QList<Relationship>> relationships(const QString &sourcePart);

    // True when the type URI ends with /suffix (transitional and Strict types share the tail).
    static bool typeIs(const QString &type, QStringView suffix);
    // The part name a relationship target points to, relative to sourcePart's folder.
    static QString resolveTarget(const QString &sourcePart, QStringView target);
    // The lookup key of a part name: lower case, '/' separators, no leading '/'.
    static QString normalise(QStringView name);

    Error error(Error::Kind kind, const QString &message, const QString &part = {}) const;

private:
    struct Entry
    {
        QString storedName;
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
        bool encrypted = false;
    };

    Status checkNotZip();

    QIODevice *m_device = nullptr;
    QString m_displayName;
    ReadLimits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_entries; // by normalise(name)
    qint64 m_totalInflated = 0;
};

} // namespace tenarai
