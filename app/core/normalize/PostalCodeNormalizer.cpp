#include "normalize/PostalCodeNormalizer.h"

#include "normalize/ContactTextFolder.h"

namespace tenarai {

namespace {

// Room on the stack for the folded text of a cell; longer values are folded into a QString.
constexpr qsizetype InlineChars = 32;

} // namespace

Result<QString> PostalCodeNormalizer::normalize(QStringView input)
{
    // Folded on the stack when it can be, which is nearly always: this runs for every cell.
    char16_t buffer[InlineChars];
    QString general;
    QStringView s = ContactTextFolder::foldWidthView(input, buffer, InlineChars, &general).trimmed();
    if (s.isEmpty())
        return QString();
    // 〒 and its circled and boxed forms are the postal mark, not part of the code.
    if (s.front() == u'\u3012' || s.front() == u'\u3036' || s.front() == u'\u3020')
        s = s.mid(1).trimmed();

    char16_t digits[8];
    int count = 0;
    qsizetype hyphenAfter = -1; // number of digits before the hyphen, when there is one
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (ContactTextFolder::isAsciiDigit(c)) {
            if (count == 7)
                return formatError(
                    tr("The postal code has more than 7 digits; Japanese postal codes have 7."));
            digits[count++] = c.unicode();
        } else if ((ContactTextFolder::isDashLike(c) || c == u' ') && hyphenAfter < 0) {
            hyphenAfter = count;
        } else {
            return formatError(tr("The postal code contains \"%1\"; it should hold 7 digits and one hyphen.")
                                   .arg(s.mid(i, c.isHighSurrogate() && i + 1 < s.size() ? 2 : 1)));
        }
    }
    if (count == 6 && hyphenAfter < 0) {
        // Every Japanese postal code has exactly 7 digits, so 6 bare digits cannot be a complete
        // code of its own: they are what Excel leaves after reading 0123456 as the number 123456.
        // Only codes that start with 0 (北海道, 東北 and 北関東 use 0xx) lose a digit that way, and
        // only a leading one, so putting the 0 back restores the code exactly. A code written
        // with a hyphen was stored as text and kept its zeros, which is why it is not padded.
        for (int i = 6; i > 0; --i)
            digits[i] = digits[i - 1];
        digits[0] = u'0';
        count = 7;
        hyphenAfter = -1;
    }
    if (count != 7) {
        return formatError(
            tr("The postal code has %n digit(s); Japanese postal codes have 7 (123-4567).", nullptr, count));
    }
    if (hyphenAfter >= 0 && hyphenAfter != 3)
        return formatError(
            tr("The hyphen is in the wrong place; Japanese postal codes are written 123-4567."));

    QString out(8, Qt::Uninitialized);
    QChar *d = out.data();
    for (int i = 0; i < 3; ++i)
        d[i] = QChar(digits[i]);
    d[3] = QLatin1Char('-');
    for (int i = 3; i < 7; ++i)
        d[i + 1] = QChar(digits[i]);
    return out;
}

} // namespace tenarai
