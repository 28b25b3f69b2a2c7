#include "normalize/AddressSplitter.h"

#include "normalize/ContactTextFolder.h"

#include <QLocale>
#include <QStringList>

namespace tenarai {

namespace {

QStringView skipSpaces(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i] == u' ')
        ++i;
    return s.mid(i);
}

// QChar::isSpace(), asking Qt's tables only for the few blocks that hold white space: the
// general call costs a table lookup for every kanji.
bool isSpace(char16_t c)
{
    if (c < 0x80)
        return c == u' ' || (c >= 0x09 && c <= 0x0D);
    if (c > 0x3000)
        return false;
    return (c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x205F) || c == 0x3000)
        && QChar::isSpace(c);
}

} // namespace

AddressSplitter::AddressSplitter(std::shared_ptr<const MunicipalityDirectory> directory)
    : m_directory(std::move(directory))
{
    Q_ASSERT(m_directory);
}

bool AddressSplitter::quickClean(QStringView text, Buffer &out)
{
    // Every step of the clean-up maps one character to at most one (half-width katakana aside),
    // so the output never outgrows the input and can be written through a pointer.
    out.resize(text.size());
    char16_t *const begin = out.data();
    char16_t *p = begin;
    bool pendingSpace = false;
    bool dashes = false;
    for (const QChar ch : text) {
        char16_t c = ch.unicode();
        if (c >= 0x80) {
            if (c >= 0xFF01 && c <= 0xFF5E)
                c = char16_t(c - 0xFEE0); // full-width ASCII
            else if (c == 0x3000)
                c = u' ';
            else if (c >= 0xFF61 && c <= 0xFF9F)
                return false; // half-width katakana: NFKC composes ｶﾞ into one character
        }
        if (isSpace(c)) {
            pendingSpace = p != begin;
            continue;
        }
        if (pendingSpace) {
            *p++ = u' ';
            pendingSpace = false;
        }
        // A cheap superset of the dash look-alikes left after folding (‐ to ━, ー, ﹣): only
        // then is the exact test below run, instead of a call for every kanji.
        dashes = dashes || (c >= 0x2010 && (c <= 0x2501 || c == 0x30FC || c >= 0xFE63));
        *p++ = c;
    }
    const qsizetype n = p - begin;
    out.resize(n);
    if (dashes) {
        // As dashesBetweenDigitsToHyphen: a replaced dash is no digit, so order does not matter.
        char16_t *const s = out.data();
        for (qsizetype i = 1; i + 1 < n; ++i) {
            if (s[i] != u'-' && ContactTextFolder::isDashLike(QChar(s[i]))
                && ContactTextFolder::isAsciiDigit(QChar(s[i - 1]))
                && ContactTextFolder::isAsciiDigit(QChar(s[i + 1])))
                s[i] = u'-';
        }
    }
    return true;
}

bool AddressSplitter::trySplit(QStringView address, Buffer &buffer, Found *found) const
{
    if (!quickClean(address, buffer) || buffer.isEmpty())
        return false;
    // The success path of split(), step for step, on the cleaned text.
    const MunicipalityDirectory &dir = *m_directory;
    QStringView s(buffer.constData(), buffer.size());
    const MunicipalityDirectory::PrefectureMatch pref = dir.matchPrefecture(s);
    if (pref.length > 0)
        s = skipSpaces(s.mid(pref.length));
    const MunicipalityDirectory::Match match = dir.matchMunicipality(s, pref.prefecture);
    if (match.length == 0 || match.candidates.size() != 1)
        return false;
    const MunicipalityDirectory::Candidate candidate = match.candidates.front();
    found->prefecture = dir.municipalityPrefecture(candidate.municipality);
    found->municipality = candidate.municipality;
    found->rest = skipSpaces(s.mid(match.length));
    found->prefectureCompleted = pref.length == 0;
    found->districtCompleted = candidate.districtOmitted;
    return true;
}

Result<AddressParts> AddressSplitter::split(QStringView address) const
{
    return split(address, nullptr);
}

Result<AddressParts> AddressSplitter::split(QStringView address, AddressParts *unresolved) const
{
    QString text = ContactTextFolder::collapseWhitespace(ContactTextFolder::foldWidth(address));
    ContactTextFolder::dashesBetweenDigitsToHyphen(text);
    AddressParts parts;
    if (text.isEmpty())
        return parts;

    const MunicipalityDirectory &dir = *m_directory;
    QStringView s(text);
    const MunicipalityDirectory::PrefectureMatch pref = dir.matchPrefecture(s);
    if (pref.length > 0)
        s = skipSpaces(s.mid(pref.length));

    if (unresolved) {
        *unresolved = AddressParts();
        if (pref.length > 0)
            unresolved->prefecture = dir.prefectureName(pref.prefecture);
        unresolved->rest = pref.length > 0 ? s.toString() : text;
    }

    const MunicipalityDirectory::Match match = dir.matchMunicipality(s, pref.prefecture);
    if (match.length == 0) {
        if (pref.length > 0) {
            return formatError(tr("No municipality of %1 starts with \"%2\"; check the spelling, or the "
                                  "municipality list may be out of date.")
                                   .arg(dir.prefectureName(pref.prefecture), s.left(12).toString()));
        }
        return formatError(tr("The address does not start with a prefecture or a municipality that Tenarai "
                              "knows: \"%1\".")
                               .arg(s.left(12).toString()));
    }
    const QString written = s.left(match.length).toString();
    const auto &candidates = match.candidates;
    if (candidates.size() > 1) {
        QStringList places;
        bool samePrefecture = true;
        for (const MunicipalityDirectory::Candidate &c : candidates) {
            const int p = dir.municipalityPrefecture(c.municipality);
            samePrefecture
                = samePrefecture && p == dir.municipalityPrefecture(candidates.front().municipality);
            places << (pref.length > 0 ? dir.municipalityName(c.municipality) : dir.prefectureName(p));
        }
        if (pref.length > 0 || samePrefecture) {
            return formatError(tr("%1 could be %2; add the district (郡).")
                                   .arg(written, QLocale().createSeparatedList(places)));
        }
        places.removeDuplicates();
        if (unresolved) {
            bool sameName = true;
            for (const MunicipalityDirectory::Candidate &c : candidates) {
                sameName = sameName
                    && dir.municipalityName(c.municipality) == dir.municipalityName(candidates.front().municipality);
            }
            if (sameName) {
                unresolved->municipality = dir.municipalityName(candidates.front().municipality);
                unresolved->rest = skipSpaces(s.mid(match.length)).toString();
            }
        }
        return formatError(
            tr("%1 exists in %2; add the prefecture.").arg(written, QLocale().createSeparatedList(places)));
    }

    const MunicipalityDirectory::Candidate found = candidates.front();
    const int prefecture = dir.municipalityPrefecture(found.municipality);
    parts.prefecture = dir.prefectureName(prefecture);
    parts.municipality = dir.municipalityName(found.municipality);
    parts.rest = skipSpaces(s.mid(match.length)).toString();
    parts.prefectureCompleted = pref.length == 0;
    parts.districtCompleted = found.districtOmitted;
    return parts;
}

} // namespace tenarai
