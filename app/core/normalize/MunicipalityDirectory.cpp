#include "normalize/MunicipalityDirectory.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace tenarai {

namespace {

const QString kEmbeddedPath = QStringLiteral(":/data/japan-municipalities.json");

Error formatError(const QString &message, const QString &file)
{
    Error e;
    e.kind = Error::Kind::Format;
    e.message = message;
    e.file = file;
    return e;
}

// Spellings of the same name that must compare equal. Small ケ and large ケ are both official
// (茅ヶ崎市 writes ヶ, 鎌ケ谷市 used to write ケ) and people also type が and ヵ.
char16_t foldKey(char16_t c)
{
    switch (c) {
    case 0x30B1: // ケ
    case 0x30F5: // ヵ
    case 0x304C: // が
        return 0x30F6; // ヶ
    default:
        return c;
    }
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == 0x3000 || c == u'\t';
}

} // namespace

int MunicipalityDirectory::child(const std::vector<Node> &trie, int node, char16_t c)
{
    const auto &children = trie[size_t(node)].children;
    const auto it
        = std::lower_bound(children.begin(), children.end(), c,
                           [](const std::pair<char16_t, int> &p, char16_t ch) { return p.first < ch; });
    return it != children.end() && it->first == c ? it->second : -1;
}

void MunicipalityDirectory::insert(std::vector<Node> &trie, QStringView key, Candidate candidate)
{
    if (trie.empty())
        trie.emplace_back();
    int node = 0;
    for (const QChar ch : key) {
        if (isSpace(ch.unicode()))
            continue;
        const char16_t c = foldKey(ch.unicode());
        int next = child(trie, node, c);
        if (next < 0) {
            next = int(trie.size());
            trie.emplace_back();
            auto &children = trie[size_t(node)].children;
            children.insert(std::lower_bound(children.begin(), children.end(), std::make_pair(c, 0)),
                            std::make_pair(c, next));
        }
        node = next;
    }
    auto &entries = trie[size_t(node)].entries;
    for (const Candidate &e : entries) {
        if (e.municipality == candidate.municipality)
            return;
    }
    entries.push_back(candidate);
}

Result<std::shared_ptr<const MunicipalityDirectory>> MunicipalityDirectory::fromJson(const QByteArray &json,
                                                                                     const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return formatError(tr("The municipality list is not valid JSON (%1 at byte %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset),
                           source);
    }
    if (!doc.isObject()) {
        return formatError(tr("The municipality list must be a JSON object that maps each prefecture to "
                              "its municipalities."),
                           source);
    }
    const QJsonObject root = doc.object();
    if (root.isEmpty() || root.size() > 47)
        return formatError(tr("The municipality list must name between 1 and 47 prefectures."), source);

    std::shared_ptr<MunicipalityDirectory> dir(new MunicipalityDirectory);
    dir->m_source = source;
    // Designated cities are not listed on their own, only through their wards (横浜市中区).
    QHash<QString, int> designatedCities;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString prefecture = it.key();
        const QChar last = prefecture.isEmpty() ? QChar() : prefecture.back();
        if (prefecture.size() < 3 || prefecture.size() > 4
            || !(last == u'都' || last == u'道' || last == u'府' || last == u'県')) {
            return formatError(tr("\"%1\" is not the name of a prefecture.").arg(prefecture), source);
        }
        if (!it.value().isArray())
            return formatError(tr("The municipalities of %1 must be a list of names.").arg(prefecture),
                               source);
        const int prefIndex = int(dir->m_prefectures.size());
        dir->m_prefectures.push_back(prefecture);
        dir->m_prefecturesUtf8.push_back(prefecture.toUtf8());
        dir->insert(dir->m_prefectureTrie, prefecture, Candidate { prefIndex, false });

        const QJsonArray names = it.value().toArray();
        for (const QJsonValue &v : names) {
            const QString name = v.toString();
            if (!v.isString() || name.isEmpty() || name.size() > 40) {
                return formatError(tr("The municipalities of %1 must be a list of names.").arg(prefecture),
                                   source);
            }
            const int index = int(dir->m_municipalities.size());
            dir->m_municipalities.push_back(Municipality { prefIndex, name, name.toUtf8() });
            ++dir->m_listedCount;
            dir->insert(dir->m_municipalityTrie, name, Candidate { index, false });

            // 東牟婁郡串本町 is also written 串本町. Only towns and villages have a district; a 郡
            // inside a city's own name (郡山市, 蒲郡市, 大和郡山市) is not one.
            const qsizetype gun = name.indexOf(u'郡');
            if (gun > 0 && gun + 1 < name.size() && (name.back() == u'町' || name.back() == u'村'))
                dir->insert(dir->m_municipalityTrie, QStringView(name).mid(gun + 1),
                            Candidate { index, true });

            // 横浜市保土ケ谷区 makes 横浜市 known. Designated cities' names hold no other 市.
            const qsizetype shi = name.indexOf(u'市');
            if (shi > 0 && shi + 1 < name.size() && name.back() == u'区') {
                const QString city = name.left(shi + 1);
                const QString key = QString::number(prefIndex) + u'/' + city;
                if (!designatedCities.contains(key))
                    designatedCities.insert(key, -1);
            }
        }
    }
    for (auto it = designatedCities.begin(); it != designatedCities.end(); ++it) {
        const qsizetype slash = it.key().indexOf(u'/');
        const int prefIndex = it.key().left(slash).toInt();
        const QString city = it.key().mid(slash + 1);
        const int index = int(dir->m_municipalities.size());
        dir->m_municipalities.push_back(Municipality { prefIndex, city, city.toUtf8() });
        dir->insert(dir->m_municipalityTrie, city, Candidate { index, false });
    }
    if (dir->m_listedCount == 0)
        return formatError(tr("The municipality list names no municipality."), source);
    return std::shared_ptr<const MunicipalityDirectory>(std::move(dir));
}

Result<std::shared_ptr<const MunicipalityDirectory>> MunicipalityDirectory::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.kind = Error::Kind::Io;
        e.message = tr("The municipality list cannot be opened: %1").arg(file.errorString());
        e.file = path;
        return e;
    }
    if (file.size() > MaxFileBytes) {
        Error e;
        e.kind = Error::Kind::TooLarge;
        e.message = tr("The municipality list is larger than %1 MB.").arg(MaxFileBytes / (1024 * 1024));
        e.file = path;
        return e;
    }
    return fromJson(file.readAll(), path);
}

std::shared_ptr<const MunicipalityDirectory> MunicipalityDirectory::embedded()
{
    // The embedded copy is checked by the tests, so failing here is a build defect.
    static const std::shared_ptr<const MunicipalityDirectory> dir = [] {
        Result<std::shared_ptr<const MunicipalityDirectory>> r = load(kEmbeddedPath);
        Q_ASSERT_X(r.ok(), "MunicipalityDirectory", "the embedded municipality list does not load");
        return r.ok() ? std::move(r).value() : std::shared_ptr<const MunicipalityDirectory>();
    }();
    return dir;
}

Result<std::shared_ptr<const MunicipalityDirectory>> MunicipalityDirectory::standard()
{
    static const Result<std::shared_ptr<const MunicipalityDirectory>> dir
        = []() -> Result<std::shared_ptr<const MunicipalityDirectory>> {
        const QString path = qEnvironmentVariable(OverrideVariable);
        if (!path.isEmpty())
            return load(path);
        if (std::shared_ptr<const MunicipalityDirectory> builtIn = embedded())
            return builtIn;
        return formatError(tr("The built-in municipality list is missing."), kEmbeddedPath);
    }();
    return dir;
}

QStringList MunicipalityDirectory::municipalitiesOf(int prefecture) const
{
    QStringList out;
    for (int i = 0; i < m_listedCount; ++i) {
        if (m_municipalities[size_t(i)].prefecture == prefecture)
            out << m_municipalities[size_t(i)].name;
    }
    return out;
}

MunicipalityDirectory::PrefectureMatch MunicipalityDirectory::matchPrefecture(QStringView text) const
{
    PrefectureMatch best;
    if (m_prefectureTrie.empty())
        return best;
    int node = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        node = child(m_prefectureTrie, node, foldKey(text[i].unicode()));
        if (node < 0)
            break;
        const auto &entries = m_prefectureTrie[size_t(node)].entries;
        if (!entries.empty()) {
            best.length = i + 1;
            best.prefecture = entries.front().municipality;
        }
    }
    return best;
}

MunicipalityDirectory::Match MunicipalityDirectory::matchMunicipality(QStringView text, int prefecture) const
{
    Match best;
    if (m_municipalityTrie.empty())
        return best;
    int node = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (isSpace(c)) {
            if (node == 0)
                break;
            continue;
        }
        node = child(m_municipalityTrie, node, foldKey(c));
        if (node < 0)
            break;
        const auto &entries = m_municipalityTrie[size_t(node)].entries;
        if (entries.empty())
            continue;
        QVarLengthArray<Candidate, 4> found;
        for (const Candidate &e : entries) {
            if (prefecture < 0 || m_municipalities[size_t(e.municipality)].prefecture == prefecture)
                found.append(e);
        }
        if (!found.isEmpty()) {
            best.length = i + 1;
            best.candidates = found;
        }
    }
    return best;
}

} // namespace tenarai
