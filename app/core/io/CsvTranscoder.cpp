#include "io/CsvTranscoder.h"

namespace tenarai {

CsvTranscoder::CsvTranscoder(Encoding encoding, bool provisional)
    : m_encoding(encoding)
    , m_provisional(provisional && encoding == Encoding::Utf8)
{
}

bool CsvTranscoder::decode(QByteArrayView raw, bool atEnd, QByteArrayView *text)
{
    QByteArrayView data = raw;
    if (!m_carry.isEmpty()) {
        m_joined.resize(0);
        m_joined.append(m_carry);
        m_joined.append(raw);
        m_carry.resize(0);
        data = m_joined;
    }
    if (m_encoding == Encoding::Utf8)
        return decodeUtf8(data, atEnd, text);
    m_decoded.resize(0);
    const bool ok = isUtf16() ? decodeUtf16(data, atEnd, m_decoded) : decodeLegacy(data, atEnd, m_decoded);
    *text = m_decoded;
    return ok;
}

bool CsvTranscoder::isUtf16() const
{
    return m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE;
}

bool CsvTranscoder::decodeUtf8(QByteArrayView data, bool atEnd, QByteArrayView *text)
{
    const TextEncoding::Utf8Check check = TextEncoding::checkUtf8(data, atEnd);
    *text = data.first(check.validBytes);
    if (check.sawNonAscii)
        m_provisional = false;
    if (check.valid) {
        m_carry = data.sliced(check.validBytes).toByteArray();
        return true;
    }
    if (!m_provisional)
        return false;
    // Only ASCII so far, so nothing read yet depends on the choice: look again at what follows.
    const QByteArrayView rest = data.sliced(check.validBytes);
    m_encoding = TextEncoding::detectLegacy(rest);
    m_provisional = false;
    m_decoded.resize(0);
    m_decoded.append(data.first(check.validBytes));
    const bool ok = decodeLegacy(rest, atEnd, m_decoded);
    *text = m_decoded;
    return ok;
}

bool CsvTranscoder::decodeLegacy(QByteArrayView data, bool atEnd, QByteArray &out)
{
    QByteArrayView piece = data;
    if (!atEnd) {
        qsizetype cut = data.size();
        while (cut > 0 && static_cast<unsigned char>(data[cut - 1]) >= 0x40)
            --cut;
        piece = data.first(cut);
        m_carry = data.sliced(cut).toByteArray();
    }
    if (piece.isEmpty())
        return true;
    if (decodePiece(piece, atEnd, out))
        return true;
    // Find the line with the first undecodable byte, keeping the lines before it.
    qsizetype start = 0;
    while (start < piece.size()) {
        qsizetype newline = piece.indexOf('\n', start);
        const qsizetype end = newline < 0 ? piece.size() : newline + 1;
        if (!decodePiece(piece.sliced(start, end - start), atEnd && end == piece.size(), out))
            return false;
        start = end;
    }
    return false;
}

bool CsvTranscoder::decodePiece(QByteArrayView piece, bool atEnd, QByteArray &out) const
{
    QStringDecoder decoder(TextEncoding::codecName(m_encoding));
    const QString text = decoder.decode(piece);
    if (decoder.hasError())
        return false;
    if (atEnd) {
        // A truncated character at the end is held back without an error; a newline pushed
        // after it comes out as something else (or flags the error) when that happened.
        const QString probe = decoder.decode(QByteArrayView("\n"));
        if (decoder.hasError() || probe != u"\n")
            return false;
    }
    out.append(text.toUtf8());
    return true;
}

bool CsvTranscoder::decodeUtf16(QByteArrayView data, bool atEnd, QByteArray &out)
{
    if (!m_utf16)
        m_utf16.emplace(m_encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
    const QString text = m_utf16->decode(data);
    if (m_utf16->hasError()) {
        const qsizetype bad = text.indexOf(QChar(QChar::ReplacementCharacter));
        out.append((bad < 0 ? text : text.first(bad)).toUtf8());
        return false;
    }
    out.append(text.toUtf8());
    if (atEnd) {
        const QByteArrayView newline = m_encoding == Encoding::Utf16LE ? QByteArrayView("\n\0", 2)
                                                                         : QByteArrayView("\0\n", 2);
        const QString probe = m_utf16->decode(newline);
        if (m_utf16->hasError() || probe != u"\n")
            return false;
    }
    return true;
}

} // namespace tenarai
