#pragma once

#include "Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <memory>
#include <vector>

namespace tenarai {

// The list of Japanese prefectures and municipalities that address splitting matches against,
// and the prefix search over it. Municipalities merge and rename every year, so the list is data,
// not code: a copy ships inside the app (resources/data/japan-municipalities.json, Geolonia
// 住所データ, CC BY 4.0) and IT can replace it without a rebuild:
//
//   TENARAI_MUNICIPALITIES=/path/to/japan-municipalities.json
//
// names a file in the same format ({"北海道": ["札幌市中央区", …], …}) that standard() loads
// instead of the embedded copy; load() takes a path directly (for a setting or a CLI option).
//
// Matching is by longest prefix over a character trie, never by looking for 市 or 郡, so
// 四日市市, 大和郡山市, 市川市 and 廿日市市 come out whole. ケ, ヶ, ヵ and が compare equal
// (茅ケ崎市 finds 茅ヶ崎市), white space inside a name is skipped, and a town or village is
// also found without its district (串本町 finds 東牟婁郡串本町). For each designated city the
// city without a ward (横浜市) is known as well, so that an address missing its ward still
// splits; the ward is then part of the rest.
//
// A loaded directory never changes: share it between threads freely.
class MunicipalityDirectory
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::MunicipalityDirectory)
public:
    struct Candidate
    {
        int municipality = -1;
        bool districtOmitted = false; // matched a town or village without its 郡
    };
    struct Match
    {
        qsizetype length = 0; // characters of the input the name covers, 0 when nothing matched
        QVarLengthArray<Candidate, 4> candidates;
    };
    struct PrefectureMatch
    {
        qsizetype length = 0;
        int prefecture = -1;
    };

    // The file named by TENARAI_MUNICIPALITIES when that variable is set, else the embedded
    // copy; loaded on first use and shared. A broken override file is reported, not replaced by
    // the embedded copy, so that IT notices.
    static Result<std::shared_ptr<const MunicipalityDirectory>> standard();
    static std::shared_ptr<const MunicipalityDirectory> embedded();
    static Result<std::shared_ptr<const MunicipalityDirectory>> load(const QString &path);
    static Result<std::shared_ptr<const MunicipalityDirectory>> fromJson(const QByteArray &json,
                                                                         const QString &source);

    static constexpr const char *OverrideVariable = "TENARAI_MUNICIPALITIES";
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

    QString source() const { return m_source; }
    int prefectureCount() const { return int(m_prefectures.size()); }
    QString prefectureName(int prefecture) const { return m_prefectures.at(size_t(prefecture)); }
    // The names as UTF-8 (QString::toUtf8()), made once at load so that a step can store a name
    // in a column for every row without converting it again.
    QByteArrayView prefectureNameUtf8(int prefecture) const
    {
        return m_prefecturesUtf8.at(size_t(prefecture));
    }
    // Municipalities as listed in the file (designated cities without a ward not counted).
    int listedMunicipalityCount() const { return m_listedCount; }
    QString municipalityName(int municipality) const
    {
        return m_municipalities.at(size_t(municipality)).name;
    }
    QByteArrayView municipalityNameUtf8(int municipality) const
    {
        return m_municipalities.at(size_t(municipality)).utf8;
    }
    int municipalityPrefecture(int municipality) const
    {
        return m_municipalities.at(size_t(municipality)).prefecture;
    }
    QStringList municipalitiesOf(int prefecture) const;

    // The prefecture whose full name (東京都, 京都府) starts the text.
    PrefectureMatch matchPrefecture(QStringView text) const;
    // The longest municipality name that starts the text, among those of one prefecture, or of
    // all of them when prefecture is -1. Several candidates mean the name is ambiguous (府中市).
    Match matchMunicipality(QStringView text, int prefecture = -1) const;

private:
    struct Municipality
    {
        int prefecture = -1;
        QString name;
        QByteArray utf8; // name.toUtf8()
    };
    struct Node
    {
        std::vector<std::pair<char16_t, int>> children; // sorted by character
        std::vector<Candidate> entries;
    };

    MunicipalityDirectory() = default;
    void insert(std::vector<Node> &trie, QStringView key, Candidate candidate);
    static int child(const std::vector<Node> &trie, int node, char16_t c);

    QString m_source;
    std::vector<QString> m_prefectures;
    std::vector<QByteArray> m_prefecturesUtf8;
    std::vector<Municipality> m_municipalities;
    int m_listedCount = 0;
    std::vector<Node> m_prefectureTrie; // Candidate::municipality holds the prefecture index here
    std::vector<Node> m_municipalityTrie;
};

} // namespace tenarai
