#include "normalize/ContactTextFolder.h"

namespace tenarai {

namespace {

bool isHalfwidthKatakana(char16_t c)
{
    return c >= 0xFF61 && c <= 0xFF9F;
}

// The one-to-one part of foldWidth: full-width ASCII and U+3000. Half-width katakana is not
// one-to-one (ｶﾞ → ガ) and is left to the caller.
char16_t foldOne(char16_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return char16_t(c - 0xFEE0);
    if (c == 0x3000)
        return u' ';
    return c;
}

} // namespace

QString ContactTextFolder::foldWidth(QStringView text)
{
    // Text without half-width katakana, nearly all of it, is written in place in one allocation.
    // (Empty text takes the loop below, which has always given it the same null-or-empty form.)
    QString out(text.size(), Qt::Uninitialized);
    if (!text.isEmpty() && foldWidthInto(text, reinterpret_cast<char16_t *>(out.data())) >= 0)
        return out;

    out.clear();
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (isHalfwidthKatakana(c)) {
            // NFKC on the run alone composes ｶﾞ into ガ without touching anything around it.
            qsizetype end = i + 1;
            while (end < n && isHalfwidthKatakana(text[end].unicode()))
                ++end;
            out.append(text.mid(i, end - i).toString().normalized(QString::NormalizationForm_KC));
            i = end - 1;
        } else {
            out.append(QChar(foldOne(c)));
        }
    }
    return out;
}

QStringView ContactTextFolder::foldWidthView(QStringView text, char16_t *buffer, qsizetype capacity,
                                             QString *spill)
{
    const qsizetype size = text.size() <= capacity ? foldWidthInto(text, buffer) : qsizetype(-1);
    if (size >= 0)
        return QStringView(buffer, size);
    *spill = foldWidth(text);
    return *spill;
}

qsizetype ContactTextFolder::foldWidthInto(QStringView text, char16_t *out)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (isHalfwidthKatakana(c))
            return -1;
        out[i] = foldOne(c);
    }
    return n;
}

bool ContactTextFolder::isDashLike(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case 0x2010: // ‐ hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2015: // ― horizontal bar (CP932 0x815C)
    case 0x2212: // − minus sign
    case 0x30FC: // ー prolonged sound mark, the usual IME slip
    case 0xFF70: // ｰ half-width prolonged sound mark
    case 0xFF0D: // － full-width hyphen-minus (CP932 0x817C)
    case 0xFE63: // small hyphen-minus
    case 0x2500: // ─ box drawing
    case 0x2501: // ━
        return true;
    default:
        return false;
    }
}

void ContactTextFolder::dashesBetweenDigitsToHyphen(QString &text)
{
    // Read through the const data: a non-const text[i] checks for a shared copy on every
    // character, and most text has nothing to replace, so it is written (and detached) only at a
    // replacement. Every look-alike other than '-' itself is at U+2010 or above.
    const QChar *p = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 1; i + 1 < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c >= 0x2010 && isDashLike(p[i]) && isAsciiDigit(p[i - 1]) && isAsciiDigit(p[i + 1])) {
            text[i] = QLatin1Char('-');
            p = text.constData();
        }
    }
}

QString ContactTextFolder::collapseWhitespace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

QString ContactTextFolder::collapseWhitespace(const QString &text)
{
    // Already collapsed: no white space at either end, and only single ASCII spaces inside.
    const QChar *p = text.constData();
    const qsizetype n = text.size();
    bool previousSpace = true; // so that a leading space counts as a change
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = p[i];
        if (c == u' ') {
            if (previousSpace)
                return collapseWhitespace(QStringView(text));
            previousSpace = true;
        } else if (c.isSpace()) {
            return collapseWhitespace(QStringView(text));
        } else {
            previousSpace = false;
        }
    }
    if (previousSpace) // a trailing space, or empty text (given the same form as the general path)
        return collapseWhitespace(QStringView(text));
    return text;
}

} // namespace tenarai
