#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace tenarai {

// The text encodings Tenarai reads and writes, their names for users and for options, and the
// checks that decide between them. Japanese offices exchange CSV in UTF-8 and in CP932 (what
// Windows Excel calls Shift_JIS); EUC-JP, UTF-16 and Latin-1 still turn up in old exports.
class TextEncoding
{
public:
    enum class Encoding { Utf8, Cp932, EucJp, Utf16LE, Utf16BE, Windows1252 };

    // The name shown to users and stored in SourceInfo: "UTF-8", "CP932", "EUC-JP"…
    static QString displayName(Encoding encoding);
    // The name Qt's ICU-backed QStringDecoder/QStringEncoder knows the encoding by.
    static const char *codecName(Encoding encoding);
    // An option value such as "utf-8", "cp932", "shift_jis", "sjis", "euc-jp", "utf-16",
    // "latin-1" (case and '-'/'_' do not matter); nullopt when unknown.
    static std::optional<Encoding> fromOptionName(const QString &name);

    // Length of the byte order mark at the start of data and the encoding it names; 0 when none.
    static int detectBom(QByteArrayView data, Encoding *encoding);

    struct Utf8Check
    {
        qsizetype validBytes = 0;  // bytes that form complete, valid characters
        bool valid = true;         // false: the byte at validBytes starts an invalid sequence
        bool sawNonAscii = false;  // a valid multi-byte character occurs in the first validBytes
    };
    // Checks strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF). When
    // atEnd is false, an incomplete character at the end is not an error: validBytes stops
    // before it so that the caller can carry it into the next block.
    static Utf8Check checkUtf8(QByteArrayView data, bool atEnd);

    // Guesses the encoding of text that is not UTF-8, from a sample that may end mid-character:
    // CP932 when it decodes, EUC-JP when only that decodes or it reads as more plausible
    // Japanese, Windows-1252 when the only non-ASCII bytes are lone accented letters that CP932
    // would turn into isolated half-width katakana. When nothing decodes, CP932 (the reader
    // then names the undecodable row).
    static Encoding detectLegacy(QByteArrayView sample);
    // For a file whose start is UTF-8 with multi-byte characters but which then breaks: true when
    // that valid start reads as UTF-8 at least as plausibly as it reads as CP932 or EUC-JP, so that
    // a damaged UTF-8 file gets an error naming the damage, not mojibake.
    static bool looksLikeUtf8(QByteArrayView validUtf8);

    // Replaces the JIS-style characters that Windows users see as the same as a CP932 character
    // (〜 U+301C → ～ U+FF5E, − U+2212 → － U+FF0D, ‖ → ∥, ¢£¬ → ￠￡￢, — U+2014 → ― U+2015),
    // because CP932 has no code for the JIS forms and the encoder would write 0xFCFC for them.
    static QString mapToCp932Lookalikes(QStringView text);
};

} // namespace tenarai
