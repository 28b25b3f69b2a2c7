#include "io/XlsxXmlScanner.h"

#include <QIODevice>

#include <cstring>

namespace tenarai {

namespace {
constexpr qsizetype ChunkBytes = 256 * 1024;
constexpr size_t MaxDepth = 1000;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isNameEnd(char c)
{
    return isSpace(c) || c == '/' || c == '>' || c == '=';
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}
} // namespace

XlsxXmlScanner::XlsxXmlScanner(QIODevice *device, qsizetype maxTokenBytes)
    : m_device(device), m_maxToken(std::max<qsizetype>(maxTokenBytes, 4096))
{
    m_attributes.reserve(16);
}

bool XlsxXmlScanner::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        const char *data = m_buffer.constData();
        for (qsizetype i = 0; i < m_pos;) {
            const void *nl = std::memchr(data + i, '\n', size_t(m_pos - i));
            if (!nl)
                break;
            const qsizetype at = static_cast<const char *>(nl) - data;
            ++m_droppedLines;
            m_lastLineStart = m_base + at + 1;
            i = at + 1;
        }
        std::memmove(m_buffer.data(), data + m_pos, size_t(m_end - m_pos));
        m_base += m_pos;
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end >= m_maxToken) {
        m_tooLarge = true;
        return false;
    }
    if (m_buffer.size() < m_end + ChunkBytes)
        m_buffer.resize(m_end + ChunkBytes);
    const qint64 n = m_device->read(m_buffer.data() + m_end, ChunkBytes);
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    m_end += qsizetype(n);
    return true;
}

bool XlsxXmlScanner::ensure(qsizetype bytes)
{
    while (m_end - m_pos < bytes) {
        if (!fill())
            return false;
    }
    return true;
}

qsizetype XlsxXmlScanner::find(char c, qsizetype from)
{
    // from is relative to m_pos; the result too (or -1 at the end of the data).
    for (;;) {
        if (m_pos + from < m_end) {
            const void *p = std::memchr(m_buffer.constData() + m_pos + from, c, size_t(m_end - m_pos - from));
            if (p)
                return static_cast<const char *>(p) - m_buffer.constData() - m_pos;
        }
        from = m_end - m_pos;
        if (!fill())
            return -1;
    }
}

qsizetype XlsxXmlScanner::findSeq(QByteArrayView seq, qsizetype from)
{
    for (;;) {
        const QByteArrayView hay(m_buffer.constData() + m_pos, m_end - m_pos);
        const qsizetype at = hay.indexOf(seq, from);
        if (at >= 0)
            return at;
        from = std::max<qsizetype>(0, hay.size() - seq.size() + 1);
        if (!fill())
            return -1;
    }
}

XlsxXmlScanner::Token XlsxXmlScanner::fail(Problem problem, const QString &detail, qsizetype at)
{
    if (m_tooLarge)
        problem = Problem::TooLarge;
    m_problem = problem;
    m_errorDetail = detail;
    // at is relative to m_pos
    const qsizetype index = std::clamp<qsizetype>(m_pos + at, 0, m_end);
    qint64 lines = m_droppedLines;
    qint64 lineStart = m_lastLineStart;
    const char *data = m_buffer.constData();
    for (qsizetype i = 0; i < index; ++i) {
        if (data[i] == '\n') {
            ++lines;
            lineStart = m_base + i + 1;
        }
    }
    m_errorLine = lines + 1;
    m_errorColumn = m_base + index - lineStart + 1;
    m_token = Token::Invalid;
    return m_token;
}

bool XlsxXmlScanner::isWhitespace(QByteArrayView text) const
{
    for (char c : text) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

XlsxXmlScanner::Namespace XlsxXmlScanner::classify(QByteArrayView uri)
{
    if (uri == "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        || uri == "http://purl.oclc.org/ooxml/spreadsheetml/main")
        return Namespace::Main;
    if (uri == "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        || uri == "http://purl.oclc.org/ooxml/officeDocument/relationships")
        return Namespace::Relationship;
    return Namespace::Other;
}

XlsxXmlScanner::Namespace XlsxXmlScanner::resolve(QByteArrayView prefix, bool *ok) const
{
    *ok = true;
    for (auto it = m_bindings.rbegin(); it != m_bindings.rend(); ++it) {
        if (it->prefix == prefix)
            return it->ns;
    }
    if (prefix.isEmpty())
        return Namespace::Main; // no default namespace declared: accepted as SpreadsheetML
    if (prefix == "xml")
        return Namespace::Other;
    *ok = false;
    return Namespace::Other;
}

bool XlsxXmlScanner::decode(QByteArrayView raw, QByteArray &out, bool attribute, qsizetype at)
{
    out.resize(0);
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r') {
            if (i + 1 < raw.size() && raw[i + 1] == '\n')
                ++i;
            out.append(attribute ? ' ' : '\n');
            continue;
        }
        if (attribute && (c == '\n' || c == '\t')) {
            out.append(' ');
            continue;
        }
        if (attribute && c == '<') {
            fail(Problem::Malformed, QStringLiteral("'<' in an attribute value"), at + i);
            return false;
        }
        if (c != '&') {
            out.append(c);
            continue;
        }
        const qsizetype semi = raw.indexOf(';', i);
        if (semi < 0 || semi - i > 12) {
            fail(Problem::Malformed, QStringLiteral("unterminated entity reference"), at + i);
            return false;
        }
        const QByteArrayView name = raw.sliced(i + 1, semi - i - 1);
        if (name == "amp")
            out.append('&');
        else if (name == "lt")
            out.append('<');
        else if (name == "gt")
            out.append('>');
        else if (name == "quot")
            out.append('"');
        else if (name == "apos")
            out.append('\'');
        else if (name.size() >= 2 && name[0] == '#') {
            bool hex = name[1] == 'x';
            const QByteArrayView digits = name.sliced(hex ? 2 : 1);
            char32_t cp = 0;
            bool valid = !digits.isEmpty();
            for (char d : digits) {
                int v = -1;
                if (d >= '0' && d <= '9')
                    v = d - '0';
                else if (hex && d >= 'a' && d <= 'f')
                    v = d - 'a' + 10;
                else if (hex && d >= 'A' && d <= 'F')
                    v = d - 'A' + 10;
                if (v < 0 || cp > 0x10FFFF) {
                    valid = false;
                    break;
                }
                cp = cp * (hex ? 16 : 10) + char32_t(v);
            }
            if (!valid || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                fail(Problem::Malformed, QStringLiteral("invalid character reference"), at + i);
                return false;
            }
            appendUtf8(out, cp);
        } else {
            fail(Problem::Malformed, QStringLiteral("undeclared entity &%1;").arg(QString::fromUtf8(name.first(std::min<qsizetype>(10, name.size())))),
                 at + i);
            return false;
        }
        i = semi;
    }
    return true;
}

XlsxXmlScanner::Token XlsxXmlScanner::next()
{
    if (m_token == Token::Invalid && m_problem != Problem::None)
        return m_token;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_token = Token::EndElement;
        const Open open = m_open.back();
        m_open.pop_back();
        m_bindings.resize(size_t(open.bindings));
        m_names.truncate(open.nameBegin);
        if (m_open.empty())
            m_rootClosed = true;
        return m_token; // m_localName and m_namespace still describe the element
    }
    if (!m_started) {
        m_started = true;
        if (ensure(3) || m_end - m_pos >= 2) {
            const QByteArrayView head(m_buffer.constData() + m_pos, std::min<qsizetype>(3, m_end - m_pos));
            if (head.startsWith("\xEF\xBB\xBF"))
                m_pos += 3;
            else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
                return fail(Problem::Encoding, QStringLiteral("UTF-16"), 0);
        }
    }
    for (;;) {
        if (m_pos >= m_end && !fill()) {
            if (m_tooLarge)
                return fail(Problem::TooLarge, QString(), 0);
            if (m_rootClosed) {
                m_token = Token::EndOfDocument;
                return m_token;
            }
            return fail(Problem::Premature, QString(), 0);
        }
        if (m_buffer[m_pos] != '<') {
            const Token t = parseText();
            if (t == Token::Text && (m_open.empty())) {
                if (!isWhitespace(m_text))
                    return fail(Problem::Malformed, QStringLiteral("text outside the root element"), 0);
                continue;
            }
            return t;
        }
        if (!ensure(2))
            return fail(m_tooLarge ? Problem::TooLarge : Problem::Premature, QString(), 0);
        const char second = m_buffer[m_pos + 1];
        if (second == '?') {
            const qsizetype end = findSeq("?>", 2);
            if (end < 0)
                return fail(m_tooLarge ? Problem::TooLarge : Problem::Premature, QString(), 0);
            const QByteArrayView pi(m_buffer.constData() + m_pos, end);
            if (pi.startsWith("<?xml ")) {
                const qsizetype enc = pi.indexOf("encoding");
                if (enc >= 0) {
                    const QByteArray decl = pi.sliced(enc).toByteArray().toLower();
                    if (!decl.contains("utf-8") && !decl.contains("utf8") && !decl.contains("us-ascii"))
                        return fail(Problem::Encoding, QString::fromLatin1(decl.left(40)), 0);
                }
            }
            m_pos += end + 2;
            continue;
        }
        if (second == '!') {
            if (!ensure(9) && m_tooLarge)
                return fail(Problem::TooLarge, QString(), 0);
            const QByteArrayView head(m_buffer.constData() + m_pos, std::min<qsizetype>(9, m_end - m_pos));
            if (head.startsWith("<!--")) {
                const qsizetype end = findSeq("-->", 4);
                if (end < 0)
                    return fail(m_tooLarge ? Problem::TooLarge : Problem::Premature, QString(), 0);
                m_pos += end + 3;
                continue;
            }
            if (head.startsWith("<![CDATA[")) {
                if (m_open.empty())
                    return fail(Problem::Malformed, QStringLiteral("CDATA outside the root element"), 0);
                const qsizetype end = findSeq("]]>", 9);
                if (end < 0)
                    return fail(m_tooLarge ? Problem::TooLarge : Problem::Premature, QString(), 0);
                m_text = QByteArrayView(m_buffer.constData() + m_pos + 9, end - 9);
                m_pos += end + 3;
                m_token = Token::Text;
                return m_token;
            }
            if (head.startsWith("<!DOCTYPE") || head.startsWith("<!doctype"))
                return fail(Problem::Doctype, QString(), 0);
            return fail(Problem::Malformed, QStringLiteral("unexpected '<!'"), 0);
        }
        // A tag: find its '>' outside quoted attribute values.
        qsizetype i = 1;
        for (;;) {
            if (m_pos + i >= m_end) {
                if (!fill())
                    return fail(m_tooLarge ? Problem::TooLarge : Problem::Premature, QString(), i);
                continue;
            }
            const char c = m_buffer[m_pos + i];
            if (c == '>')
                break;
            if (c == '"' || c == '\'') {
                const qsizetype close = find(c, i + 1);
                if (close < 0)
                    return fail(m_tooLarge ? Problem::TooLarge : Problem::Premature, QString(), i);
                i = close + 1;
                continue;
            }
            if (c == '<')
                return fail(Problem::Malformed, QStringLiteral("'<' inside a tag"), i);
            ++i;
        }
        if (second == '/')
            return parseEnd(i);
        return parseStart(i);
    }
}

XlsxXmlScanner::Token XlsxXmlScanner::parseText()
{
    const qsizetype end = find('<', 0);
    if (m_tooLarge)
        return fail(Problem::TooLarge, QString(), 0);
    const qsizetype size = end < 0 ? m_end - m_pos : end;
    const QByteArrayView raw(m_buffer.constData() + m_pos, size);
    if (raw.contains('&') || raw.contains('\r')) {
        if (!decode(raw, m_textBuffer, false, 0))
            return m_token;
        m_text = m_textBuffer;
    } else {
        m_text = raw;
    }
    if (raw.contains('>') && raw.contains("]]>"))
        return fail(Problem::Malformed, QStringLiteral("']]>' in text"), 0);
    m_pos += size;
    m_token = Token::Text;
    return m_token;
}

XlsxXmlScanner::Token XlsxXmlScanner::parseStart(qsizetype end)
{
    if (m_rootClosed)
        return fail(Problem::Malformed, QStringLiteral("a second root element"), 0);
    const char *tag = m_buffer.constData() + m_pos;
    bool selfClosing = tag[end - 1] == '/';
    const qsizetype contentEnd = selfClosing ? end - 1 : end;
    qsizetype i = 1;
    while (i < contentEnd && !isNameEnd(tag[i]))
        ++i;
    const QByteArrayView qname(tag + 1, i - 1);
    if (qname.isEmpty())
        return fail(Problem::Malformed, QStringLiteral("an element without a name"), 0);

    m_attributes.clear();
    size_t copies = 0;
    const qsizetype bindingsBefore = qsizetype(m_bindings.size());
    while (i < contentEnd) {
        while (i < contentEnd && isSpace(tag[i]))
            ++i;
        if (i >= contentEnd)
            break;
        const qsizetype nameStart = i;
        while (i < contentEnd && !isNameEnd(tag[i]))
            ++i;
        const QByteArrayView aname(tag + nameStart, i - nameStart);
        while (i < contentEnd && isSpace(tag[i]))
            ++i;
        if (aname.isEmpty() || i >= contentEnd || tag[i] != '=')
            return fail(Problem::Malformed, QStringLiteral("an attribute without a value"), nameStart);
        ++i;
        while (i < contentEnd && isSpace(tag[i]))
            ++i;
        if (i >= contentEnd || (tag[i] != '"' && tag[i] != '\''))
            return fail(Problem::Malformed, QStringLiteral("an unquoted attribute value"), i);
        const char quote = tag[i];
        const qsizetype valueStart = i + 1;
        const char *close = static_cast<const char *>(std::memchr(tag + valueStart, quote, size_t(contentEnd - valueStart)));
        if (!close)
            return fail(Problem::Malformed, QStringLiteral("an unterminated attribute value"), i);
        const qsizetype valueEnd = close - tag;
        QByteArrayView value(tag + valueStart, valueEnd - valueStart);
        i = valueEnd + 1;
        if (i < contentEnd && !isSpace(tag[i]))
            return fail(Problem::Malformed, QStringLiteral("attributes not separated by white space"), i);
        bool plain = true;
        for (char c : value) {
            if (c == '&' || c == '<' || c == '\r' || c == '\n' || c == '\t') {
                plain = false;
                break;
            }
        }
        if (!plain) {
            if (m_attributeValues.size() <= copies)
                m_attributeValues.resize(copies + 1);
            if (!decode(value, m_attributeValues[copies], true, valueStart))
                return m_token;
            value = m_attributeValues[copies];
            ++copies;
        }
        Attribute a;
        a.value = value;
        const qsizetype colon = aname.indexOf(':');
        if (colon >= 0) {
            a.prefix = aname.first(colon);
            a.localName = aname.sliced(colon + 1);
        } else {
            a.localName = aname;
        }
        if (a.prefix.isEmpty() && a.localName == "xmlns")
            m_bindings.push_back({QByteArray(), value.isEmpty() ? Namespace::Main : classify(value)});
        else if (a.prefix == "xmlns")
            m_bindings.push_back({a.localName.toByteArray(), classify(value)});
        m_attributes.push_back(a);
    }
    const qsizetype colon = qname.indexOf(':');
    bool bound = true;
    m_namespace = resolve(colon >= 0 ? qname.first(colon) : QByteArrayView(), &bound);
    if (!bound)
        return fail(Problem::Malformed, QStringLiteral("an undeclared namespace prefix"), 0);
    m_localName = colon >= 0 ? qname.sliced(colon + 1) : qname;
    if (m_open.size() >= MaxDepth)
        return fail(Problem::Malformed, QStringLiteral("elements nested too deep"), 0);
    m_open.push_back({m_names.size(), qname.size(), bindingsBefore});
    m_names.append(qname.data(), qname.size());
    m_pos += end + 1;
    m_pendingEnd = selfClosing;
    m_token = Token::StartElement;
    return m_token;
}

XlsxXmlScanner::Token XlsxXmlScanner::parseEnd(qsizetype end)
{
    const char *tag = m_buffer.constData() + m_pos;
    qsizetype nameEnd = end;
    while (nameEnd > 2 && isSpace(tag[nameEnd - 1]))
        --nameEnd;
    const QByteArrayView qname(tag + 2, nameEnd - 2);
    if (m_open.empty())
        return fail(Problem::Malformed, QStringLiteral("an end tag without a start tag"), 0);
    const Open open = m_open.back();
    if (qname != QByteArrayView(m_names.constData() + open.nameBegin, open.nameSize))
        return fail(Problem::Malformed, QStringLiteral("the end tag does not match the start tag"), 0);
    const qsizetype colon = qname.indexOf(':');
    bool bound = true;
    m_namespace = resolve(colon >= 0 ? qname.first(colon) : QByteArrayView(), &bound);
    m_localName = colon >= 0 ? qname.sliced(colon + 1) : qname;
    m_open.pop_back();
    m_bindings.resize(size_t(open.bindings));
    m_names.truncate(open.nameBegin);
    if (m_open.empty())
        m_rootClosed = true;
    m_pos += end + 1;
    m_token = Token::EndElement;
    return m_token;
}

QByteArrayView XlsxXmlScanner::attribute(QByteArrayView localName) const
{
    for (const Attribute &a : m_attributes) {
        if (a.prefix.isEmpty() && a.localName == localName)
            return a.value;
    }
    return {};
}

bool XlsxXmlScanner::skipElement()
{
    int depth = 1;
    while (depth > 0) {
        switch (next()) {
        case Token::StartElement:
            ++depth;
            break;
        case Token::EndElement:
            --depth;
            break;
        case Token::Text:
            break;
        case Token::EndOfDocument:
        case Token::Invalid:
            return false;
        }
    }
    return true;
}

} // namespace tenarai
