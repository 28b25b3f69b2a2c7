#pragma once

#include <QString>
#include <QStringView>

namespace tenarai {

// The character clean-up that phone numbers, postal codes and addresses share: full-width ASCII
// and the ideographic space to ASCII, half-width katakana to full-width, and the many dash
// look-alikes that Japanese input methods and Excel produce. Unlike NFKC it leaves ①, ㈱ and
// other compatibility characters alone, because an address or a building name may really hold
// them. Every function maps one input character to at most one output character except the
// half-width katakana composition (ｶﾞ → ガ), so callers can reason about positions.
class ContactTextFolder
{
public:
    // Full-width ASCII (！..～) to ASCII, U+3000 to a space, half-width katakana to full-width
    // (voiced marks composed). Nothing else changes.
    static QString foldWidth(QStringView text);
    // foldWidth without allocating, for callers that fold every cell of a column: writes the
    // folded text to out, which has room for text.size() characters, and returns its length.
    // Returns -1 when text holds half-width katakana, the one fold that can change the length;
    // the caller then uses foldWidth.
    static qsizetype foldWidthInto(QStringView text, char16_t *out);
    // foldWidth into buffer (room for capacity characters) when it can, which for a phone number
    // or postal code is nearly always; otherwise into *spill. The view is of one or the other.
    static QStringView foldWidthView(QStringView text, char16_t *buffer, qsizetype capacity, QString *spill);

    // True for the characters people type where a hyphen is meant: ASCII '-', ‐ ‑ ‒ – — ― −
    // ー (and its half-width form) － ﹣ ─ ━.
    static bool isDashLike(QChar c);

    // Replaces dash look-alikes that stand between two ASCII digits with '-'. Elsewhere (カード,
    // ビル—東館) they are part of the text and stay.
    static void dashesBetweenDigitsToHyphen(QString &text);

    // Trims and turns every run of white space (including U+3000 and line breaks) into one
    // ASCII space.
    static QString collapseWhitespace(QStringView text);
    // The same for a string that usually needs no change: then it is returned as it is, shared
    // rather than copied.
    static QString collapseWhitespace(const QString &text);

    static bool isAsciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
};

} // namespace tenarai
