#include "normalize/ContactTextFolder.h"

namespace tenarai {

namespace {

bool isHalfwidthKatakana(char16_t c)
{
    return c >= 0xFF61 && c <= 0xFF9F;
}

} // namespace

QString ContactTextFolder::foldWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0xFF01 && c <= 0xFF5E) {
            out.append(QChar(char16_t(c - 0xFEE0)));
        } else if (c == 0x3000) {
            out.append(QLatin1Char(' '));
        } else if (isHalfwidthKatakana(c)) {
            // NFKC on the run alone composes ｶﾞ into ガ without touching anything around it.
            qsizetype end = i + 1;
            while (end < n && isHalfwidthKatakana(text[end].unicode()))
                ++end;
            out.append(text.mid(i, end - i).toString().normalized(QString::NormalizationForm_KC));
            i = end - 1;
        } else {
            out.append(QChar(c));
        }
    }
    return out;
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
    const qsizetype n = text.size();
    for (qsizetype i = 1; i + 1 < n; ++i) {
        if (text[i] != QLatin1Char('-') && isDashLike(text[i]) && isAsciiDigit(text[i - 1])
            && isAsciiDigit(text[i + 1]))
            text[i] = QLatin1Char('-');
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

} // namespace tenarai
