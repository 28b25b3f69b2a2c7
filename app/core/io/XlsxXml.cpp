#include "io/XlsxXml.h"

#include "io/XlsxPartDevice.h"
#include "io/XlsxXmlScanner.h"

#include <QXmlStreamReader>

namespace tenarai {

bool XlsxXml::isMain(QStringView ns)
{
    return ns == u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
           || ns == u"http://purl.oclc.org/ooxml/spreadsheetml/main" || ns.isEmpty();
}

bool XlsxXml::isRelationship(QStringView ns)
{
    return ns == u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
           || ns == u"http://purl.oclc.org/ooxml/officeDocument/relationships";
}

bool XlsxXml::isPackageRelationship(QStringView ns)
{
    return ns == u"http://schemas.openxmlformats.org/package/2006/relationships" || ns.isEmpty();
}

QStringView XlsxXml::attribute(const QXmlStreamReader &xml, QStringView localName)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == localName && a.namespaceUri().isEmpty())
            return a.value();
    }
    return {};
}

QStringView XlsxXml::relationshipId(const QXmlStreamReader &xml)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == u"id" && isRelationship(a.namespaceUri()))
            return a.value();
    }
    return {};
}

void XlsxXml::decodeEscapes(QString &text)
{
    if (!text.contains(u"_x"))
        return;
    auto hexAt = [&text](qsizetype i) -> int {
        // _xHHHH_ at i, or -1
        if (i + 7 > text.size() || text[i] != u'_' || text[i + 1] != u'x' || text[i + 6] != u'_')
            return -1;
        int v = 0;
        for (qsizetype k = i + 2; k < i + 6; ++k) {
            const char16_t c = text[k].unicode();
            int d = -1;
            if (c >= u'0' && c <= u'9')
                d = c - u'0';
            else if (c >= u'a' && c <= u'f')
                d = c - u'a' + 10;
            else if (c >= u'A' && c <= u'F')
                d = c - u'A' + 10;
            if (d < 0)
                return -1;
            v = v * 16 + d;
        }
        return v;
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const int v = hexAt(i);
        if (v < 0) {
            out.append(text[i]);
            ++i;
            continue;
        }
        if (v == 0x5F && hexAt(i + 7) >= 0) {
            out.append(QStringView(text).mid(i + 7, 7));
            i += 14;
            continue;
        }
        out.append(QChar(char16_t(v)));
        i += 7;
    }
    text = out;
}

void XlsxXml::decodeEscapes(QByteArray &utf8)
{
    if (!utf8.contains("_x"))
        return;
    QString text = QString::fromUtf8(utf8);
    decodeEscapes(text);
    utf8 = text.toUtf8();
}

qsizetype XlsxXml::utf16Length(QByteArrayView utf8)
{
    qsizetype n = 0;
    for (char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0) != 0x80)
            ++n;
        if (b >= 0xF0)
            ++n; // a surrogate pair
    }
    return n;
}

bool XlsxXml::readRichText(XlsxXmlScanner &xml, QByteArray &out, qsizetype maxChars)
{
    using Token = XlsxXmlScanner::Token;
    int depth = 0;
    int phoneticDepth = -1;
    bool inT = false;
    for (;;) {
        switch (xml.next()) {
        case Token::StartElement:
            ++depth;
            if (phoneticDepth < 0 && xml.isMain()) {
                if (xml.localName() == "rPh")
                    phoneticDepth = depth;
                else if (xml.localName() == "t")
                    inT = true;
            }
            break;
        case Token::EndElement:
            if (depth == 0)
                return true;
            if (depth == phoneticDepth)
                phoneticDepth = -1;
            inT = false;
            --depth;
            break;
        case Token::Text:
            if (inT) {
                out.append(xml.text());
                // UTF-16 length <= UTF-8 length: count exactly only when it may matter.
                if (out.size() > maxChars && utf16Length(out) > maxChars)
                    return false;
            }
            break;
        case Token::EndOfDocument:
        case Token::Invalid:
            return false;
        }
    }
}

Error XlsxXml::partError(const XlsxXmlScanner &xml, const XlsxPartDevice &device, const QString &file,
                         const QString &part)
{
    if (device.failed()) {
        Error e = device.error();
        e.file = file;
        e.part = part;
        return e;
    }
    Error e;
    e.kind = Error::Kind::Format;
    e.file = file;
    e.part = part;
    switch (xml.problem()) {
    case XlsxXmlScanner::Problem::Doctype:
        return dtdError(file, part);
    case XlsxXmlScanner::Problem::TooLarge:
        e.kind = Error::Kind::TooLarge;
        e.message = tr("The XML has a tag or a text too large to read (line %1, column %2).")
                        .arg(xml.line())
                        .arg(xml.column());
        break;
    case XlsxXmlScanner::Problem::Encoding:
        e.kind = Error::Kind::Unsupported;
        e.message = tr("The XML is not encoded in UTF-8 (%1), which Excel always uses.").arg(xml.errorDetail());
        break;
    case XlsxXmlScanner::Problem::Premature:
        e.message = tr("The XML ends too early (line %1, column %2).").arg(xml.line()).arg(xml.column());
        break;
    case XlsxXmlScanner::Problem::Malformed:
    case XlsxXmlScanner::Problem::None:
        e.message = tr("The XML is malformed at line %1, column %2: %3")
                        .arg(xml.line())
                        .arg(xml.column())
                        .arg(xml.errorDetail());
        break;
    }
    return e;
}

Error XlsxXml::partError(const QXmlStreamReader &xml, const QString &file, const QString &part)
{
    Error e;
    e.kind = Error::Kind::Format;
    e.file = file;
    e.part = part;
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        e.message = tr("The XML ends too early (line %1, column %2).")
                        .arg(xml.lineNumber())
                        .arg(xml.columnNumber());
    else
        e.message = tr("The XML is malformed at line %1, column %2: %3")
                        .arg(xml.lineNumber())
                        .arg(xml.columnNumber())
                        .arg(xml.errorString());
    return e;
}

Error XlsxXml::dtdError(const QString &file, const QString &part)
{
    Error e;
    e.kind = Error::Kind::Unsupported;
    e.file = file;
    e.part = part;
    e.message = tr("The part contains a document type declaration (DTD), which XLSX files never "
                   "need; it is refused because it can hide entity-expansion attacks.");
    return e;
}

Error XlsxXml::tooLongText(const QString &file, const QString &part, qsizetype maxChars)
{
    Error e;
    e.kind = Error::Kind::TooLarge;
    e.file = file;
    e.part = part;
    e.message = tr("A text is longer than the limit of %1 characters per cell.").arg(maxChars);
    return e;
}

} // namespace tenarai
