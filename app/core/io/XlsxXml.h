#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

class QXmlStreamReader;

namespace tenarai {

class XlsxPartDevice;
class XlsxXmlScanner;

// What every XLSX part parser shares: the namespaces that Office Open XML uses in its transitional
// and Strict forms (elements are matched by local name within them, whatever the prefix), the
// rich-text reading of shared and inline strings, _xHHHH_ escapes, and turning an XML error into
// an Error that names the part and the line.
class XlsxXml
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::XlsxXml)
public:
    // SpreadsheetML main namespace (transitional or Strict). A part without any namespace is
    // accepted too: some hand-made files omit it and Excel's own output never clashes with it.
    static bool isMain(QStringView ns);
    // The officeDocument relationships namespace that r:id attributes live in.
    static bool isRelationship(QStringView ns);
    // The OPC package relationships namespace of .rels parts.
    static bool isPackageRelationship(QStringView ns);

    // Value of the attribute with this local name and no namespace (r, t, s ...).
    static QStringView attribute(const QXmlStreamReader &xml, QStringView localName);
    // The r:id attribute, whatever its prefix.
    static QStringView relationshipId(const QXmlStreamReader &xml);

    // Decodes the ST_Xstring escapes _xHHHH_ (one UTF-16 unit each); _x005F_ before an escape
    // keeps the following escape literal.
    static void decodeEscapes(QString &text);
    static void decodeEscapes(QByteArray &utf8);

    // Reads a <si> or <is> element (the scanner is on its start tag) and appends its text to
    // out as UTF-8: plain <t> and rich-text runs <r><t>, without phonetic <rPh> runs. Returns
    // false on an XML error (the scanner's token is Invalid) or when the text exceeds maxChars.
    static bool readRichText(XlsxXmlScanner &xml, QByteArray &out, qsizetype maxChars);
    // Characters (UTF-16 units, as Excel counts) in UTF-8 text.
    static qsizetype utf16Length(QByteArrayView utf8);

    // The Error for a failed parse of a part. For the scanner, the device's own failure (a
    // limit, a cancel, a damaged archive) wins over the XML error it causes.
    static Error partError(const QXmlStreamReader &xml, const QString &file, const QString &part);
    static Error partError(const XlsxXmlScanner &xml, const XlsxPartDevice &device,
                           const QString &file, const QString &part);
    static Error dtdError(const QString &file, const QString &part);
    static Error tooLongText(const QString &file, const QString &part, qsizetype maxChars);
};

} // namespace tenarai
