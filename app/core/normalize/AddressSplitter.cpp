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

} // namespace

AddressSplitter::AddressSplitter(std::shared_ptr<const MunicipalityDirectory> directory)
    : m_directory(std::move(directory))
{
    Q_ASSERT(m_directory);
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
