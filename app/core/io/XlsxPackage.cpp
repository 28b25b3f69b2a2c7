#include "io/XlsxPackage.h"

#include "io/XlsxXml.h"

#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace tenarai {

XlsxPackage::XlsxPackage(QIODevice *device, const QString &displayName, const ReadLimits &limits)
    : m_device(device), m_displayName(displayName), m_limits(limits)
{
}

XlsxPackage::~XlsxPackage()
{
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

Error XlsxPackage::error(Error::Kind kind, const QString &message, const QString &part) const
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.file = m_displayName;
    e.part = part;
    return e;
}

Status XlsxPackage::checkNotZip()
{
    // Called when the archive cannot be opened: say what the file is instead, if we can tell.
    static constexpr char Ole[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    m_device->seek(0);
    const QByteArray head = m_device->peek(8);
    if (head == QByteArrayView(Ole, 8)) {
        // An OLE compound file: Excel stores a password-protected workbook as one, with the
        // real package in an EncryptedPackage stream. The stream's name sits in the directory,
        // UTF-16LE, somewhere in the file: scan for it (bounded by maxFileBytes, checked before).
        const QByteArray name = QByteArrayLiteral("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0");
        QByteArray carry;
        bool encrypted = false;
        while (!encrypted && !m_device->atEnd()) {
            const QByteArray block = carry + m_device->read(1 << 20);
            if (block.size() == carry.size())
                break;
            encrypted = block.contains(name);
            carry = block.right(name.size());
        }
        if (encrypted)
            return error(Error::Kind::Unsupported,
                         tr("The workbook is password protected. Open it in Excel, remove the "
                            "password (File > Info > Protect Workbook) and save it again."));
        return error(Error::Kind::Unsupported,
                     tr("This is an Excel 97-2003 workbook (.xls) or another OLE file, not an "
                        "XLSX workbook. Save it as .xlsx in Excel first."));
    }
    if (head.startsWith("PK"))
        return error(Error::Kind::Format,
                     tr("The XLSX file is damaged or incomplete: its ZIP directory cannot be "
                        "read (was the file truncated while copying?)."));
    return error(Error::Kind::Format, tr("This is not an XLSX workbook (not a ZIP archive)."));
}

Status XlsxPackage::open()
{
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly))
        return error(Error::Kind::Io, tr("The file cannot be opened: %1").arg(m_device->errorString()));
    if (m_device->size() > m_limits.maxFileBytes)
        return error(Error::Kind::TooLarge,
                     tr("The file is larger than the limit of %1 bytes.").arg(m_limits.maxFileBytes));
    if (m_device->isSequential())
        return error(Error::Kind::InvalidArgument, tr("An XLSX workbook must be read from a seekable device."));

    m_zip = std::make_unique<QuaZip>(m_device);
    m_zip->setAutoClose(false);
    if (!m_zip->open(QuaZip::mdUnzip))
        return checkNotZip();
    const int count = m_zip->getEntriesCount();
    if (count > m_limits.maxArchiveEntries)
        return error(Error::Kind::TooLarge,
                     tr("The archive has %1 entries, more than the limit of %2.")
                         .arg(count)
                         .arg(m_limits.maxArchiveEntries));
    QuaZipFileInfo64 info;
    int seen = 0;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        if (++seen > m_limits.maxArchiveEntries)
            return error(Error::Kind::TooLarge,
                         tr("The archive has more entries than the limit of %1.")
                             .arg(m_limits.maxArchiveEntries));
        if (!m_zip->getCurrentFileInfo(&info))
            return error(Error::Kind::Format, tr("The XLSX file is damaged: its ZIP directory is unreadable."));
        const QString key = normalise(info.name);
        if (key.isEmpty() || key.endsWith(u'/') || m_entries.contains(key))
            continue; // folders; for duplicates the first entry wins, as in most readers
        Entry e;
        e.storedName = info.name;
        e.compressedSize = qint64(info.compressedSize);
        e.uncompressedSize = qint64(info.uncompressedSize);
        e.encrypted = info.isEncrypted();
        m_entries.insert(key, e);
    }
    if (m_zip->getZipError() != UNZ_OK)
        return error(Error::Kind::Format,
                     tr("The XLSX file is damaged: its ZIP directory is unreadable (error %1).")
                         .arg(m_zip->getZipError()));
    return Ok{};
}

QString XlsxPackage::normalise(QStringView name)
{
    QString key = name.toString().toLower();
    key.replace(u'\\', u'/');
    while (key.startsWith(u'/'))
        key.remove(0, 1);
    return key;
}

bool XlsxPackage::contains(const QString &partName) const
{
    return m_entries.contains(normalise(partName));
}

qint64 XlsxPackage::uncompressedSize(const QString &partName) const
{
    const auto it = m_entries.constFind(normalise(partName));
    return it == m_entries.constEnd() ? 0 : it->uncompressedSize;
}

Result<std::unique_ptr<XlsxPartDevice>> XlsxPackage::openPart(const QString &partName,
                                                              XlsxPartDevice::ReadHook hook)
{
    const auto it = m_entries.constFind(normalise(partName));
    if (it == m_entries.constEnd())
        return error(Error::Kind::Format, tr("The part is missing from the archive."), partName);
    if (it->encrypted)
        return error(Error::Kind::Unsupported,
                     tr("The part is encrypted with a ZIP password, which XLSX files never use."),
                     partName);
    // The declared size can lie (the device checks again while inflating), but when it is honest
    // this fails before a byte is inflated.
    if (it->uncompressedSize > m_limits.maxPartBytes)
        return error(Error::Kind::TooLarge,
                     tr("The part inflates to %1 bytes, more than the limit of %2.")
                         .arg(it->uncompressedSize)
                         .arg(m_limits.maxPartBytes),
                     partName);
    if (!m_zip->setCurrentFile(it->storedName, QuaZip::csSensitive))
        return error(Error::Kind::Format, tr("The part cannot be found in the ZIP directory."), partName);
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly))
        return error(Error::Kind::Format,
                     tr("The part cannot be opened: the archive is damaged (error %1).")
                         .arg(file->getZipError()),
                     partName);
    return std::make_unique<XlsxPartDevice>(std::move(file), it->compressedSize, m_limits,
                                            &m_totalInflated, std::move(hook));
}

Result<QByteArray> XlsxPackage::readPart(const QString &partName)
{
    auto device = openPart(partName);
    if (!device.ok())
        return device.error();
    QByteArray bytes;
    char block[64 * 1024];
    for (;;) {
        const qint64 n = device.value()->read(block, sizeof block);
        if (n <= 0)
            break;
        bytes.append(block, qsizetype(n));
    }
    if (!device.value()->finish()) {
        Error e = device.value()->error();
        e.file = m_displayName;
        e.part = partName;
        return e;
    }
    return bytes;
}

bool XlsxPackage::typeIs(const QString &type, QStringView suffix)
{
    const qsizetype slash = type.lastIndexOf(u'/');
    return QStringView(type).mid(slash + 1).compare(suffix, Qt::CaseInsensitive) == 0;
}

QString XlsxPackage::resolveTarget(const QString &sourcePart, QStringView target)
{
    QString t = target.toString();
    t.replace(u'\\', u'/');
    QStringList parts;
    if (!t.startsWith(u'/')) {
        parts = QString(sourcePart).replace(u'\\', u'/').split(u'/');
        parts.removeLast(); // the source part's own name
    }
    const QStringList segments = t.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (segment == u".")
            continue;
        if (segment == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(segment);
    }
    parts.removeAll(QString());
    return parts.join(u'/');
}

Result<QList<XlsxPackage::Relationship>> XlsxPackage::relationships(const QString &sourcePart)
{
    const qsizetype slash = sourcePart.lastIndexOf(u'/');
    const QString relsPart = sourcePart.left(slash + 1) + QStringLiteral("_rels/")
                             + sourcePart.mid(slash + 1) + QStringLiteral(".rels");
    QList<Relationship> list;
    if (!contains(relsPart))
        return list;
    const auto bytes = readPart(relsPart);
    if (!bytes.ok())
        return bytes.error();
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return XlsxXml::dtdError(m_displayName, relsPart);
        if (token != QXmlStreamReader::StartElement || xml.name() != u"Relationship"
            || !XlsxXml::isPackageRelationship(xml.namespaceUri()))
            continue;
        if (list.size() >= m_limits.maxArchiveEntries * 4)
            return error(Error::Kind::TooLarge, tr("The part lists too many relationships."), relsPart);
        Relationship r;
        r.id = XlsxXml::attribute(xml, u"Id").toString();
        r.type = XlsxXml::attribute(xml, u"Type").toString();
        if (XlsxXml::attribute(xml, u"TargetMode").compare(u"External", Qt::CaseInsensitive) != 0)
            r.target = resolveTarget(sourcePart, XlsxXml::attribute(xml, u"Target"));
        list.append(r);
    }
    if (xml.hasError())
        return XlsxXml::partError(xml, m_displayName, relsPart);
    return list;
}

} // namespace tenarai
