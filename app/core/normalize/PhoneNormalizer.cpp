#include "normalize/PhoneNormalizer.h"

#include "normalize/ContactTextFolder.h"
#include "normalize/PhoneLayoutCache.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <string>

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
        if (s.startsWith(label)) {
            s = s.mid(label.size()).trimmed();
            if (s.startsWith(u':') || s.startsWith(u'.'))
                s = s.mid(1).trimmed();
            return s;
        }
    }
    return s;
}

bool parseAndCheck(const PhoneNumberUtil &util, const std::string &text, PhoneNumber *number)
{
    return util.Parse(text, "JP", number) == PhoneNumberUtil::NO_PARSING_ERROR && util.IsValidNumber(*number);
}

} // namespace

Result<QString> PhoneNormalizer::normalize(QStringView input)
{
    return normalize(input, true);
}

Result<QString> PhoneNormalizer::normalizeWithoutCache(QStringView input)
{
    return normalize(input, false);
}

Result<std::string> PhoneNormalizer::numberCharacters(QStringView input)
{
    QString folded = ContactTextFolder::foldWidth(input);
    QStringView s = QStringView(folded).trimmed();
    if (s.isEmpty())
        return std::string();
    s = stripLabel(s);

    // Keep only what a number is written with, and refuse anything else: libphonenumber would
    // read letters as a vanity number (03-1234-ABCD) and drop trailing text silently.
    std::string ascii;
    ascii.reserve(size_t(s.size()));
    int digits = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (ContactTextFolder::isAsciiDigit(c)) {
            ascii.push_back(char(c.unicode()));
            ++digits;
        } else if (c == u'+' && ascii.empty()) {
            ascii.push_back('+');
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
    return ascii;
}

std::optional<QString> PhoneNormalizer::domesticDigits(QStringView input)
{
    const Result<std::string> characters = numberCharacters(input);
    if (!characters || characters.value().empty() || characters.value().front() == '+')
        return std::nullopt;
    std::string digits = characters.value();
    if (digits.front() != '0')
        digits.insert(digits.begin(), '0'); // the trunk 0 that Excel drops
    if (digits.size() < 10 || digits.size() > 11)
        return std::nullopt;
    return QString::fromLatin1(digits.data(), qsizetype(digits.size()));
}

Result<QString> PhoneNormalizer::normalize(QStringView input, bool useCache)
{
    Result<std::string> characters = numberCharacters(input);
    if (!characters)
        return characters.error();
    if (characters.value().empty())
        return QString();
    const std::string &ascii = characters.value();
    const int digits = int(ascii.size()) - (ascii.front() == '+' ? 1 : 0);
    const bool international = ascii.front() == '+';
    if (!international && (digits < 9 || digits > 11)) {
        return formatError(
            tr("The number has %n digit(s); Japanese numbers have 10 or 11.", nullptr, digits));
    }

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    bool valid = false;
    QString cachedLayout;
    std::string national;
    if (international) {
        valid = parseAndCheck(util, ascii, &number);
    } else {
        // Only digits remain, so the number is built directly instead of through Parse(), which
        // costs as much again as the check and the formatting together. Without its trunk 0 the
        // national number is also what Excel leaves of 090-1234-5678 (9012345678), so a dropped
        // 0 comes back here; the result is only accepted when libphonenumber calls the number
        // valid, so a 9- or 10-digit typo is still refused below.
        national = ascii.front() == '0' ? ascii.substr(1) : ascii;
        // No national number starts with 0: 00… is a call abroad, which this does not dial.
        if (national.front() != '0') {
            number.set_country_code(81);
            number.set_national_number(std::stoull(national));
            const auto ask = [&util, &number, &national] {
                PhoneLayoutCache::Entry entry;
                entry.valid = util.IsValidNumberForRegion(number, "JP");
                if (entry.valid) {
                    std::string formatted;
                    util.Format(number, PhoneNumberUtil::NATIONAL, &formatted);
                    entry.layout = PhoneLayoutCache::layoutOf(national, QString::fromStdString(formatted));
                }
                return entry;
            };
            const PhoneLayoutCache::Entry entry = useCache ? PhoneLayoutCache::instance().lookup(national, ask) : ask();
            valid = entry.valid;
            cachedLayout = entry.layout;
        }
    }
    if (!valid) {
        if (international)
            return formatError(tr("The number is not a valid phone number for its country code."));
        const bool leadingZero = ascii.front() == '0';
        if (leadingZero && digits < 10) {
            return formatError(
                tr("The number has %n digit(s); Japanese numbers have 10 or 11.", nullptr, digits));
        }
        return formatError(tr("The number is not a valid Japanese phone number: no number in use in Japan "
                              "starts with these digits or has this length."));
    }

    if (!cachedLayout.isEmpty())
        return PhoneLayoutCache::applyLayout(cachedLayout, national);
    std::string formatted;
    std::string region = "JP";
    if (international)
        util.GetRegionCodeForNumber(number, &region);
    if (region == "JP")
        util.Format(number, PhoneNumberUtil::NATIONAL, &formatted);
    else
        util.Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace tenarai
