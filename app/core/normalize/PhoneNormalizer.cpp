#include "normalize/PhoneNormalizer.h"

#include "normalize/ContactTextFolder.h"
#include "normalize/PhoneLayoutCache.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <string>
#include <string_view>

namespace tenarai {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Labels people put in front of the number. Compared after width folding, so "ＴＥＬ" is here too.
constexpr std::array<QStringView, 9> kLabels = {
    u"TEL", u"Tel", u"tel", u"\u2121" /* ℡ */, u"電話番号", u"電話", u"携帯電話", u"携帯", u"自宅",
};

QStringView stripLabel(QStringView s)
{
    for (const QStringView label : kLabels) {
        // The first character alone rules out a label for nearly every number, more cheaply.
        if (s.front() == label.front() && s.startsWith(label)) {
            s = s.mid(label.size()).trimmed();
            if (s.startsWith(u':') || s.startsWith(u'.'))
                s = s.mid(1).trimmed();
            return s;
        }
    }
    return s;
}

// Room on the stack for the folded text of a cell; longer values are folded into a QString.
constexpr qsizetype InlineChars = 64;

// national: the digits after the trunk 0 (at most 11, not starting with 0).
PhoneNumber japaneseNumber(std::string_view national)
{
    quint64 value = 0;
    for (const char c : national)
        value = value * 10 + quint64(c - '0');
    PhoneNumber number;
    number.set_country_code(81);
    number.set_national_number(value);
    return number;
}

PhoneLayoutCache::Entry askLibphonenumber(std::string_view national)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const PhoneNumber number = japaneseNumber(national);
    PhoneLayoutCache::Entry entry;
    entry.valid = util.IsValidNumberForRegion(number, "JP");
    if (entry.valid) {
        std::string formatted;
        util.Format(number, PhoneNumberUtil::NATIONAL, &formatted);
        entry.setLayout(PhoneLayoutCache::layoutOf(national, QString::fromStdString(formatted)));
    }
    return entry;
}

QString formatted(const PhoneNumberUtil &util, const PhoneNumber &number, PhoneNumberUtil::PhoneNumberFormat format)
{
    std::string text;
    util.Format(number, format, &text);
    return QString::fromStdString(text);
}

bool parseAndCheck(const PhoneNumberUtil &util, const std::string &text, PhoneNumber *number)
{
    return util.Parse(text, "JP", number) == PhoneNumberUtil::NO_PARSING_ERROR && util.IsValidNumber(*number);
}

} // namespace

void PhoneNormalizer::warmUp()
{
    PhoneNumberUtil::GetInstance();
    PhoneLayoutCache::instance();
}

Result<QString> PhoneNormalizer::normalize(QStringView input)
{
    return normalize(input, true);
}

Result<QString> PhoneNormalizer::normalizeWithoutCache(QStringView input)
{
    return normalize(input, false);
}

Status PhoneNormalizer::numberCharacters(QStringView input, NumberText *out)
{
    out->clear();
    // Folded on the stack when it can be, which is nearly always: this runs for every cell.
    char16_t buffer[InlineChars];
    QString general;
    QStringView s = ContactTextFolder::foldWidthView(input, buffer, InlineChars, &general).trimmed();
    if (s.isEmpty())
        return Ok {};
    s = stripLabel(s);

    // Keep only what a number is written with, and refuse anything else: libphonenumber would
    // read letters as a vanity number (03-1234-ABCD) and drop trailing text silently.
    out->reserve(s.size());
    int digits = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (ContactTextFolder::isAsciiDigit(c)) {
            out->append(char(c.unicode()));
            ++digits;
        } else if (c == u'+' && out->isEmpty()) {
            out->append('+');
        } else if (ContactTextFolder::isDashLike(c) || c.isSpace() || c == u'(' || c == u')' || c == u'.'
                   || c == u'\uFF5F' || c == u'\uFF60') {
            // separators carry no meaning once the area code is known
        } else {
            return formatError(tr("The phone number contains \"%1\", which is not part of a phone number.")
                                   .arg(s.mid(i, c.isHighSurrogate() && i + 1 < s.size() ? 2 : 1)));
        }
    }
    if (digits == 0)
        return formatError(tr("The phone number contains no digits."));
    return Ok {};
}

std::optional<QString> PhoneNormalizer::domesticDigits(QStringView input)
{
    NumberText characters;
    if (!numberCharacters(input, &characters) || characters.isEmpty() || characters.front() == '+')
        return std::nullopt;
    const bool trunk = characters.front() == '0'; // else put back the trunk 0 that Excel drops
    const qsizetype size = characters.size() + (trunk ? 0 : 1);
    if (size < 10 || size > 11)
        return std::nullopt;
    QString digits(size, Qt::Uninitialized);
    QChar *d = digits.data();
    if (!trunk)
        *d++ = QLatin1Char('0');
    for (const char c : characters)
        *d++ = QLatin1Char(c);
    return digits;
}

Result<QString> PhoneNormalizer::normalize(QStringView input, bool useCache)
{
    NumberText characters;
    const Status read = numberCharacters(input, &characters);
    if (!read)
        return read.error();
    if (characters.isEmpty())
        return QString();
    const std::string_view ascii(characters.data(), size_t(characters.size()));
    const int digits = int(ascii.size()) - (ascii.front() == '+' ? 1 : 0);
    const bool international = ascii.front() == '+';
    if (!international && (digits < 9 || digits > 11)) {
        return formatError(
            tr("The number has %n digit(s); Japanese numbers have 10 or 11.", nullptr, digits));
    }

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    if (international) {
        PhoneNumber number;
        if (!parseAndCheck(util, std::string(ascii), &number))
            return formatError(tr("The number is not a valid phone number for its country code."));
        std::string region = "JP";
        util.GetRegionCodeForNumber(number, &region);
        return formatted(util, number, region == "JP" ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL);
    }

    // Only digits remain, so the number is built directly instead of through Parse(), which
    // costs as much again as the check and the formatting together. Without its trunk 0 the
    // national number is also what Excel leaves of 090-1234-5678 (9012345678), so a dropped
    // 0 comes back here; the result is only accepted when libphonenumber calls the number
    // valid, so a 9- or 10-digit typo is still refused below.
    const std::string_view national = ascii.front() == '0' ? ascii.substr(1) : ascii;
    PhoneLayoutCache::Entry entry;
    // No national number starts with 0: 00… is a call abroad, which this does not dial.
    if (national.front() != '0') {
        // The PhoneNumber is built only when libphonenumber is asked, not for the numbers the
        // cache answers.
        entry = useCache ? PhoneLayoutCache::instance().lookup(national, askLibphonenumber)
                         : askLibphonenumber(national);
    }
    if (!entry.valid) {
        const bool leadingZero = ascii.front() == '0';
        if (leadingZero && digits < 10) {
            return formatError(
                tr("The number has %n digit(s); Japanese numbers have 10 or 11.", nullptr, digits));
        }
        return formatError(tr("The number is not a valid Japanese phone number: no number in use in Japan "
                              "starts with these digits or has this length."));
    }
    if (entry.hasLayout())
        return entry.apply(national);
    return formatted(util, japaneseNumber(national), PhoneNumberUtil::NATIONAL);
}

} // namespace tenarai
