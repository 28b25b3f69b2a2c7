#pragma once

#include "io/TextEncoding.h"

#include <QByteArray>
#include <QStringDecoder>

#include <optional>

namespace tenarai {

// Turns a CSV file's bytes, block by block, into UTF-8 for CsvParser. UTF-8 is only checked and
// passed through; other encodings are decoded with Qt's ICU-backed decoders. Every block is cut
// after its last byte below 0x40, which in CP932, EUC-JP and Latin-1 always ends a character, so
// each piece decodes on its own: an error can then be traced to its line, and a lead byte left
// dangling at the end of the file is caught (Qt 6.4's decoders drop it silently).
class CsvTranscoder
{
public:
    using Encoding = TextEncoding::Encoding;

    // provisional: UTF-8 was chosen because the start of the file is plain ASCII. If a later
    // block is not UTF-8 and nothing but ASCII came before it, the encoding is detected again
    // from that block instead of failing.
    CsvTranscoder(Encoding encoding, bool provisional);

    Encoding encoding() const { return m_encoding; }

    // Sets text to the UTF-8 text of raw, a view into raw itself (UTF-8 needs no copy) or into
    // this object, valid until the next call. Returns false when raw holds bytes that are not
    // valid in the encoding; text then ends just before the line (UTF-8: the character) with the
    // first of them, so that the caller can tell which row it belongs to.
    bool decode(QByteArrayView raw, bool atEnd, QByteArrayView *text);

private:
    bool decodeUtf8(QByteArrayView data, bool atEnd, QByteArrayView *text);
    bool decodeLegacy(QByteArrayView data, bool atEnd, QByteArray &out);
    bool decodeUtf16(QByteArrayView data, bool atEnd, QByteArray &out);
    bool isUtf16() const;
    bool decodePiece(QByteArrayView piece, bool atEnd, QByteArray &out) const;

    Encoding m_encoding;
    bool m_provisional;
    QByteArray m_carry;
    QByteArray m_joined;   // the carry and the next block; kept to reuse its memory
    QByteArray m_decoded;  // UTF-8 from the other encodings; kept to reuse its memory
    std::optional<QStringDecoder> m_utf16;
};

} // namespace tenarai
