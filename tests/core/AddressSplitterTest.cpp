#include "normalize/AddressSplitter.h"
#include "normalize/BlockNumberNormalizer.h"
#include "normalize/MunicipalityDirectory.h"
#include "normalize/PhoneNormalizer.h"
#include "normalize/PostalCodeNormalizer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <thread>
#include <vector>

using namespace tenarai;

namespace {

QString S(QStringView s)
{
    return s.toString();
}

const AddressSplitter &splitter()
{
    static const AddressSplitter s(MunicipalityDirectory::embedded());
    return s;
}

// "都道府県|市区町村|rest", or "ERROR: message", so that one EXPECT_EQ shows the whole split.
QString split(QStringView address)
{
    const Result<AddressParts> r = splitter().split(address);
    if (!r.ok())
        return QStringLiteral("ERROR: ") + r.error().message;
    return r->prefecture + u'|' + r->municipality + u'|' + r->rest;
}

void expectRefused(QStringView address, std::initializer_list<QStringView> messageParts)
{
    const Result<AddressParts> r = splitter().split(address);
    ASSERT_FALSE(r.ok()) << qPrintable(address.toString()) << " gave " << qPrintable(split(address));
    EXPECT_EQ(r.error().kind, Error::Kind::Format);
    for (const QStringView part : messageParts) {
        EXPECT_TRUE(r.error().message.contains(part))
            << qPrintable(address.toString()) << ": " << qPrintable(r.error().message);
    }
}

QString block(QStringView text)
{
    return BlockNumberNormalizer::normalize(text);
}

} // namespace

TEST(MunicipalityDirectory, EmbeddedCopyLoads)
{
    const std::shared_ptr<const MunicipalityDirectory> dir = MunicipalityDirectory::embedded();
    ASSERT_TRUE(dir);
    EXPECT_EQ(dir->prefectureCount(), 47);
    EXPECT_EQ(dir->listedMunicipalityCount(), 1895);
    EXPECT_EQ(dir->source(), S(u":/data/japan-municipalities.json"));
    // The same object every time: loaded once, shared read-only.
    EXPECT_EQ(MunicipalityDirectory::embedded().get(), dir.get());
}

TEST(MunicipalityDirectory, MatchesLongestNameNotTheFirst市)
{
    const auto dir = MunicipalityDirectory::embedded();
    const MunicipalityDirectory::Match m = dir->matchMunicipality(u"四日市市本町1-2");
    ASSERT_EQ(m.candidates.size(), 1);
    EXPECT_EQ(m.length, 4);
    EXPECT_EQ(dir->municipalityName(m.candidates.front().municipality), S(u"四日市市"));
    EXPECT_EQ(dir->matchPrefecture(u"京都府京都市").length, 3);
    EXPECT_EQ(dir->matchPrefecture(u"京都市中京区").length, 0);
}

TEST(MunicipalityDirectory, LoadsAReplacementFileAndRefusesBrokenOnes)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("m.json"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        // A newer list in which a (made-up) merger created 新串本市.
        f.write(QStringLiteral(u"{\"和歌山県\": [\"和歌山市\", \"新串本市\"], \"東京都\": [\"府中市\"]}")
                    .toUtf8());
    }
    const auto loaded = MunicipalityDirectory::load(path);
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().toString());
    EXPECT_EQ(loaded.value()->listedMunicipalityCount(), 3);
    const AddressSplitter custom(loaded.value());
    const Result<AddressParts> parts = custom.split(u"新串本市潮岬1-2");
    ASSERT_TRUE(parts.ok());
    EXPECT_EQ(parts->prefecture, S(u"和歌山県"));
    EXPECT_EQ(parts->municipality, S(u"新串本市"));
    // 府中市 is unique in this list, so the prefecture is completed.
    EXPECT_EQ(custom.split(u"府中市寿町1").value().prefecture, S(u"東京都"));
    EXPECT_FALSE(custom.split(u"東牟婁郡串本町潮岬1").ok());

    const auto missing = MunicipalityDirectory::load(tmp.filePath(QStringLiteral("none.json")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, Error::Kind::Io);

    const auto broken = MunicipalityDirectory::fromJson("{\"東京都\": [\"千代田区\"", S(u"broken.json"));
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().kind, Error::Kind::Format);
    EXPECT_EQ(broken.error().file, S(u"broken.json"));
    EXPECT_FALSE(MunicipalityDirectory::fromJson("[\"千代田区\"]", S(u"x")).ok());
    EXPECT_FALSE(MunicipalityDirectory::fromJson("{\"トーキョー\": [\"千代田区\"]}", S(u"x")).ok());
    EXPECT_FALSE(MunicipalityDirectory::fromJson("{\"東京都\": [1]}", S(u"x")).ok());
    EXPECT_FALSE(MunicipalityDirectory::fromJson("{\"東京都\": []}", S(u"x")).ok());
    EXPECT_FALSE(MunicipalityDirectory::fromJson("{}", S(u"x")).ok());
}

TEST(MunicipalityDirectory, StandardHonoursTheOverrideVariable)
{
    // standard() caches its first answer for the process, so it is checked in a child-free way:
    // the variable is read only when it is set, and this test runs with it unset unless the
    // environment says otherwise.
    if (qEnvironmentVariableIsSet(MunicipalityDirectory::OverrideVariable))
        GTEST_SKIP() << "TENARAI_MUNICIPALITIES is set in the environment";
    const auto dir = MunicipalityDirectory::standard();
    ASSERT_TRUE(dir.ok());
    EXPECT_EQ(dir.value().get(), MunicipalityDirectory::embedded().get());
}

TEST(AddressSplitter, SplitsPrefectureMunicipalityAndRest)
{
    EXPECT_EQ(split(u"東京都千代田区霞が関1-2-3"), S(u"東京都|千代田区|霞が関1-2-3"));
    EXPECT_EQ(split(u"北海道札幌市中央区北1条西2丁目"), S(u"北海道|札幌市中央区|北1条西2丁目"));
    EXPECT_EQ(split(u"京都府京都市中京区寺町通"), S(u"京都府|京都市中京区|寺町通"));
    EXPECT_EQ(split(u"神奈川県三浦郡葉山町堀内2135"), S(u"神奈川県|三浦郡葉山町|堀内2135"));
    EXPECT_EQ(split(u"大阪府大阪市北区梅田1-1"), S(u"大阪府|大阪市北区|梅田1-1"));
    EXPECT_EQ(split(u"埼玉県さいたま市浦和区高砂3-15-1"), S(u"埼玉県|さいたま市浦和区|高砂3-15-1"));
    EXPECT_EQ(split(u"東京都 千代田区 霞が関1-2-3"), S(u"東京都|千代田区|霞が関1-2-3"));
    EXPECT_EQ(split(u"東京都　千代田区"), S(u"東京都|千代田区|"));
}

TEST(AddressSplitter, NeverCutsAt市Or郡InsideAName)
{
    EXPECT_EQ(split(u"三重県四日市市諏訪町1-5"), S(u"三重県|四日市市|諏訪町1-5"));
    EXPECT_EQ(split(u"四日市市諏訪町1-5"), S(u"三重県|四日市市|諏訪町1-5"));
    EXPECT_EQ(split(u"愛知県蒲郡市旭町17-1"), S(u"愛知県|蒲郡市|旭町17-1"));
    EXPECT_EQ(split(u"奈良県大和郡山市北郡山町248-4"), S(u"奈良県|大和郡山市|北郡山町248-4"));
    EXPECT_EQ(split(u"大和郡山市北郡山町248-4"), S(u"奈良県|大和郡山市|北郡山町248-4"));
    EXPECT_EQ(split(u"福島県郡山市朝日1-23-7"), S(u"福島県|郡山市|朝日1-23-7"));
    EXPECT_EQ(split(u"郡山市朝日1-23-7"), S(u"福島県|郡山市|朝日1-23-7"));
    EXPECT_EQ(split(u"千葉県市川市八幡1-1-1"), S(u"千葉県|市川市|八幡1-1-1"));
    EXPECT_EQ(split(u"市原市国分寺台中央1-1-1"), S(u"千葉県|市原市|国分寺台中央1-1-1"));
    EXPECT_EQ(split(u"石川県野々市市三納1-1"), S(u"石川県|野々市市|三納1-1"));
    EXPECT_EQ(split(u"広島県廿日市市下平良1-11-1"), S(u"広島県|廿日市市|下平良1-11-1"));
    EXPECT_EQ(split(u"岐阜県郡上市八幡町島谷228"), S(u"岐阜県|郡上市|八幡町島谷228"));
    EXPECT_EQ(split(u"市川三郷町市川大門1790-3"), S(u"山梨県|西八代郡市川三郷町|市川大門1790-3"));
    // 京都府 holds 都 and 京都市 starts like it.
    EXPECT_EQ(split(u"京都市中京区寺町通御池上る上本能寺前町488"),
              S(u"京都府|京都市中京区|寺町通御池上る上本能寺前町488"));
}

TEST(AddressSplitter, CompletesAPrefectureOrDistrictOnlyWhenUnique)
{
    Result<AddressParts> r = splitter().split(u"串本町串本1800");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->prefecture, S(u"和歌山県"));
    EXPECT_EQ(r->municipality, S(u"東牟婁郡串本町"));
    EXPECT_EQ(r->rest, S(u"串本1800"));
    EXPECT_TRUE(r->prefectureCompleted);
    EXPECT_TRUE(r->districtCompleted);

    r = splitter().split(u"和歌山県串本町串本1800");
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->prefectureCompleted);
    EXPECT_TRUE(r->districtCompleted);
    EXPECT_EQ(r->municipality, S(u"東牟婁郡串本町"));

    r = splitter().split(u"東京都千代田区");
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->prefectureCompleted);
    EXPECT_FALSE(r->districtCompleted);

    EXPECT_EQ(split(u"横浜市保土ケ谷区天王町1-1"), S(u"神奈川県|横浜市保土ケ谷区|天王町1-1"));
    EXPECT_EQ(split(u"札幌市中央区北1条西2丁目"), S(u"北海道|札幌市中央区|北1条西2丁目"));
    EXPECT_EQ(split(u"西多摩郡奥多摩町氷川215"), S(u"東京都|西多摩郡奥多摩町|氷川215"));
    EXPECT_EQ(split(u"奥多摩町氷川215"), S(u"東京都|西多摩郡奥多摩町|氷川215"));
    // A designated city without its ward still splits; the rest then starts with what follows.
    EXPECT_EQ(split(u"横浜市青葉台1-1"), S(u"神奈川県|横浜市|青葉台1-1"));
    EXPECT_EQ(split(u"東京都府中市宮西町2-24"), S(u"東京都|府中市|宮西町2-24"));
    EXPECT_EQ(split(u"広島県府中市府川町315"), S(u"広島県|府中市|府川町315"));
    EXPECT_EQ(split(u"福島県伊達市保原町"), S(u"福島県|伊達市|保原町"));
    EXPECT_EQ(split(u"北海道伊達市鹿島町"), S(u"北海道|伊達市|鹿島町"));
    // 美浜町 is in three prefectures, each in a different district; with the prefecture it is unique.
    EXPECT_EQ(split(u"福井県美浜町郷市"), S(u"福井県|三方郡美浜町|郷市"));
}

TEST(AddressSplitter, ReportsAmbiguousNames)
{
    expectRefused(u"府中市宮西町2-24", { u"府中市 exists in", u"東京都", u"広島県", u"add the prefecture" });
    expectRefused(u"伊達市保原町", { u"伊達市 exists in", u"北海道", u"福島県" });
    expectRefused(u"美浜町郷市", { u"美浜町 exists in", u"福井県", u"愛知県", u"和歌山県" });
}

TEST(AddressSplitter, ReportsUnknownMunicipalities)
{
    expectRefused(u"東京都夢見市1-2", { u"東京都", u"夢見市1-2" });
    expectRefused(u"夢見市1-2", { u"夢見市1-2" });
    // 串本町 is not in 東京都: the prefecture written is trusted, not silently changed.
    expectRefused(u"東京都串本町串本1800", { u"東京都" });
    expectRefused(u"中区本町1-1", { u"中区本町1-1" }); // a ward alone names no city
}

TEST(AddressSplitter, FoldsWidthAndKanaVariants)
{
    EXPECT_EQ(split(u"神奈川県茅ケ崎市東海岸北1-1"), S(u"神奈川県|茅ヶ崎市|東海岸北1-1"));
    EXPECT_EQ(split(u"茅ヶ崎市東海岸北1-1"), S(u"神奈川県|茅ヶ崎市|東海岸北1-1"));
    EXPECT_EQ(split(u"茅が崎市東海岸北1-1"), S(u"神奈川県|茅ヶ崎市|東海岸北1-1"));
    EXPECT_EQ(split(u"横浜市保土ヶ谷区天王町1-1"), S(u"神奈川県|横浜市保土ケ谷区|天王町1-1"));
    EXPECT_EQ(split(u"千葉県鎌ケ谷市新鎌ケ谷2-6-1"), S(u"千葉県|鎌ヶ谷市|新鎌ケ谷2-6-1")); // rest as written
    EXPECT_EQ(split(u"東京都千代田区霞が関１－２－３"), S(u"東京都|千代田区|霞が関1-2-3"));
    EXPECT_EQ(split(u"東京都千代田区霞が関1ー2ー3　ｺｰﾎﾟ桜101"),
              S(u"東京都|千代田区|霞が関1-2-3 コーポ桜101"));
    EXPECT_EQ(split(u"東京都千代田区霞が関1‐2−3"), S(u"東京都|千代田区|霞が関1-2-3"));
    EXPECT_EQ(split(u"東京都千代田区霞が関1ｰ2―3"), S(u"東京都|千代田区|霞が関1-2-3"));
    // Look-alikes that are not between digits are text: the ー of コーポ stays.
    EXPECT_EQ(split(u"東京都千代田区霞が関1-2-3ーA"), S(u"東京都|千代田区|霞が関1-2-3ーA"));
    EXPECT_EQ(split(u" 東京都千代田区霞が関  1丁目 "), S(u"東京都|千代田区|霞が関 1丁目"));
}

TEST(AddressSplitter, BlankIsEmptyParts)
{
    const Result<AddressParts> r = splitter().split(u"　");
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->prefecture.isEmpty() && r->municipality.isEmpty() && r->rest.isEmpty());
}

TEST(AddressSplitter, ServesManyThreadsAtOnce)
{
    const QString expected = S(u"和歌山県|東牟婁郡串本町|串本1800");
    std::vector<std::thread> threads;
    std::vector<int> wrong(4, 0);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([t, &wrong, &expected] {
            for (int i = 0; i < 2000; ++i)
                wrong[size_t(t)] += split(u"串本町串本1800") != expected;
        });
    }
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(wrong, std::vector<int>(4, 0));
}

TEST(BlockNumberNormalizer, WritesChomeBanGoWithHyphens)
{
    EXPECT_EQ(block(u"霞が関1丁目2番3号"), S(u"霞が関1-2-3"));
    EXPECT_EQ(block(u"霞が関一丁目2番3号 中央合同庁舎"), S(u"霞が関1-2-3 中央合同庁舎"));
    EXPECT_EQ(block(u"霞が関三丁目2番3号中央合同庁舎第7号館"), S(u"霞が関3-2-3 中央合同庁舎第7号館"));
    EXPECT_EQ(block(u"霞が関1丁目2番地3"), S(u"霞が関1-2-3"));
    EXPECT_EQ(block(u"霞が関1丁目2番地の3"), S(u"霞が関1-2-3"));
    EXPECT_EQ(block(u"霞が関1丁目2-3"), S(u"霞が関1-2-3"));
    EXPECT_EQ(block(u"霞が関1丁目2ー3"), S(u"霞が関1-2-3"));
    EXPECT_EQ(block(u"霞が関十二丁目2番3号"), S(u"霞が関12-2-3"));
    EXPECT_EQ(block(u"霞が関三丁目二番三号"), S(u"霞が関3-2-3"));
    EXPECT_EQ(block(u"霞が関１丁目２番３号　　ｺｰﾎﾟ桜１０１"), S(u"霞が関1-2-3 コーポ桜101"));
    EXPECT_EQ(block(u"霞が関1丁目2番"), S(u"霞が関1-2"));
    EXPECT_EQ(block(u"霞が関1丁目-2-3"), S(u"霞が関1-2-3"));
    EXPECT_EQ(block(u"本町1-二"), S(u"本町1-二"));
    EXPECT_EQ(block(u"大字上野1234番地5"), S(u"大字上野1234-5"));
    EXPECT_EQ(block(u"大字上野1234番地の5"), S(u"大字上野1234-5"));
    EXPECT_EQ(block(u"大字上野1234番地"), S(u"大字上野1234番地"));
    EXPECT_EQ(block(u"大字上野1234番地コーポ1-2"), S(u"大字上野1234番地 コーポ1-2"));
    EXPECT_EQ(block(u"大字上野1234番地 コーポ1-2"), S(u"大字上野1234番地 コーポ1-2"));
    EXPECT_EQ(block(u"本町2番3号"), S(u"本町2-3"));
    EXPECT_EQ(block(u"本町2-3"), S(u"本町2-3"));
}

TEST(BlockNumberNormalizer, PutsOneSpaceBeforeTheBuilding)
{
    EXPECT_EQ(block(u"本町1-2-3コーポ桜101"), S(u"本町1-2-3 コーポ桜101"));
    EXPECT_EQ(block(u"本町1-2-3   グリーンハイツ203号室"), S(u"本町1-2-3 グリーンハイツ203号室"));
    EXPECT_EQ(block(u"本町1丁目2番地3グリーンハイツ203号室"), S(u"本町1-2-3 グリーンハイツ203号室"));
    EXPECT_EQ(block(u"本町1-2-3メゾン青葉A-105"), S(u"本町1-2-3 メゾン青葉A-105"));
    EXPECT_EQ(block(u"本町1-2-3第2山田ビル3階"), S(u"本町1-2-3 第2山田ビル3階"));
    EXPECT_EQ(block(u"本町1-2-3 101"), S(u"本町1-2-3 101"));
}

TEST(BlockNumberNormalizer, NormalisingTwiceChangesNothing)
{
    // Found by fuzz_address: the dash after 0 stands before a kanji numeral, so it is between
    // digits only once 一 has become 1; the result must already have it as a hyphen.
    const QString once = BlockNumberNormalizer::normalize(u"60\u2012\u20120\u2012一丁目\u0012\u2013\u2013000-");
    EXPECT_EQ(BlockNumberNormalizer::normalize(once), once);
    EXPECT_TRUE(once.contains(u"0-1")) << once.toStdString();
    EXPECT_EQ(BlockNumberNormalizer::normalize(u"12‐三丁目"), BlockNumberNormalizer::normalize(u"12-3丁目"));
    // Twice in one value, the second in what follows the first block number.
    const QString twice = BlockNumberNormalizer::normalize(u"60\u20120\u2012一丁目 \u2013\u20130 0\u2012一丁目\u2013\u2013000-");
    EXPECT_EQ(BlockNumberNormalizer::normalize(twice), twice);
}

TEST(BlockNumberNormalizer, LeavesNumeralsThatArePartOfPlaceNames)
{
    EXPECT_EQ(block(u"三田1丁目2番3号"), S(u"三田1-2-3"));
    EXPECT_EQ(block(u"八幡町3-4"), S(u"八幡町3-4"));
    EXPECT_EQ(block(u"一番町5番地"), S(u"一番町5番地"));
    EXPECT_EQ(block(u"一番町5番地6"), S(u"一番町5-6"));
    EXPECT_EQ(block(u"四谷三丁目"), S(u"四谷3丁目")); // 丁目 alone stays a 丁目
    EXPECT_EQ(block(u"北1条西2丁目3-4"), S(u"北1条西2-3-4"));
    EXPECT_EQ(block(u"千代田"), S(u"千代田"));
    EXPECT_EQ(block(u"メゾン青葉A-105"), S(u"メゾン青葉A-105"));
    EXPECT_EQ(block(u"203号室"), S(u"203号室"));
    EXPECT_EQ(block(u"第2山田ビル3階"), S(u"第2山田ビル3階"));
    EXPECT_EQ(block(u"5番町2-3"), S(u"5番町2-3"));
    EXPECT_EQ(block(u""), QString());
}

TEST(BlockNumberNormalizer, ReadsKanjiNumerals)
{
    EXPECT_EQ(BlockNumberNormalizer::kanjiNumeralValue(u"一"), 1);
    EXPECT_EQ(BlockNumberNormalizer::kanjiNumeralValue(u"十"), 10);
    EXPECT_EQ(BlockNumberNormalizer::kanjiNumeralValue(u"十二"), 12);
    EXPECT_EQ(BlockNumberNormalizer::kanjiNumeralValue(u"二十三"), 23);
    EXPECT_EQ(BlockNumberNormalizer::kanjiNumeralValue(u"百五"), 105);
    EXPECT_EQ(BlockNumberNormalizer::kanjiNumeralValue(u"一〇五"), 105);
    EXPECT_EQ(BlockNumberNormalizer::kanjiNumeralValue(u"千二百三十四"), 1234);
    EXPECT_EQ(BlockNumberNormalizer::kanjiNumeralValue(u"十十"), -1);
    EXPECT_EQ(BlockNumberNormalizer::kanjiNumeralValue(u"二三十"), -1);
    EXPECT_EQ(BlockNumberNormalizer::kanjiNumeralValue(u"田"), -1);
    EXPECT_EQ(BlockNumberNormalizer::kanjiNumeralValue(u""), -1);
}

// The contact columns of the messy-data generator (tests/data/contact/README.md): every postal
// code and address must come out exactly as the generator's ground truth; phone numbers are
// compared digit for digit, and where libphonenumber hyphenates differently from the
// generator's simplified table, the difference must be one of the area codes listed here.
namespace {

QList<QStringList> readCsv(const QString &path)
{
    QList<QStringList> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QString text = QString::fromUtf8(f.readAll());
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

QString digitsOf(const QString &s)
{
    QString d;
    for (const QChar c : s) {
        if (c.isDigit())
            d += c;
    }
    return d;
}

} // namespace

TEST(ContactColumns, MatchTheGeneratorsGroundTruth)
{
    const QString dir = QStringLiteral(TENARAI_TEST_DATA_DIR "/contact/");
    const QList<QStringList> messy = readCsv(dir + u"contact_messy.csv");
    const QList<QStringList> expected = readCsv(dir + u"contact_expected.csv");
    ASSERT_EQ(messy.size(), 1880);
    ASSERT_EQ(expected.size(), messy.size());

    int phoneSame = 0, phoneHyphenOnly = 0, phoneNotInUse = 0, postalSame = 0, addressSame = 0;
    // "generator's area code → libphonenumber's" -> rows, and the first example of each
    std::map<QString, std::pair<int, QString>> hyphenation;
    std::map<QString, std::pair<int, QString>> notInUse; // first 3 digits -> rows, example
    QStringList failures;
    for (qsizetype i = 1; i < messy.size(); ++i) {
        const QStringList &m = messy[i];
        const QStringList &e = expected[i];
        ASSERT_EQ(m.size(), 4);
        ASSERT_EQ(e.size(), 6);
        ASSERT_EQ(m[0], e[0]);

        const Result<QString> phone = PhoneNormalizer::normalize(m[1]);
        const QString wantDigits = digitsOf(e[1]);
        if (!phone.ok()) {
            // The generator draws subscriber numbers at random, so some fall in ranges that are
            // not allocated (070-0xxx, 011-4xx…); libphonenumber refuses those, and that is the
            // only refusal allowed here.
            if (phone.error().message.contains(u"not a valid Japanese phone number")
                && wantDigits.startsWith(u'0') && (wantDigits.size() == 10 || wantDigits.size() == 11)) {
                ++phoneNotInUse;
                auto &entry = notInUse[wantDigits.left(3)];
                if (entry.first++ == 0)
                    entry.second = e[1];
            } else {
                failures << u"phone " + m[1] + u": " + phone.error().message;
            }
        } else if (phone.value() == e[1]) {
            ++phoneSame;
        } else if (digitsOf(phone.value()) == wantDigits) {
            ++phoneHyphenOnly;
            auto &entry = hyphenation[e[1].section(u'-', 0, 0) + u" → " + phone.value().section(u'-', 0, 0)];
            if (entry.first++ == 0)
                entry.second = e[1] + u" → " + phone.value();
        } else {
            failures << u"phone " + m[1] + u" gave " + phone.value() + u", expected " + e[1];
        }

        const Result<QString> postal = PostalCodeNormalizer::normalize(m[2]);
        if (postal.ok() && postal.value() == e[2])
            ++postalSame;
        else
            failures << u"postal " + m[2] + u" gave "
                    + (postal.ok() ? postal.value() : postal.error().message);

        const Result<AddressParts> parts = splitter().split(m[3]);
        const QString got = parts.ok() ? parts->prefecture + u'|' + parts->municipality + u'|'
                + BlockNumberNormalizer::normalize(parts->rest)
                                       : parts.error().message;
        const QString want = e[3] + u'|' + e[4] + u'|' + e[5];
        if (got == want)
            ++addressSame;
        else
            failures << u"address " + m[3] + u" gave " + got + u", expected " + want;
    }
    const int rows = int(messy.size() - 1);
    std::printf("[contact] rows %d: phone same %d, hyphenated differently %d, refused as not in use %d; "
                "postal same %d; address same %d\n",
                rows, phoneSame, phoneHyphenOnly, phoneNotInUse, postalSame, addressSame);
    for (const auto &[codes, entry] : hyphenation)
        std::printf("[contact]   hyphenation %s: %d (e.g. %s)\n", qPrintable(codes), entry.first,
                    qPrintable(entry.second));
    for (const auto &[prefix, entry] : notInUse)
        std::printf("[contact]   not in use %s…: %d (e.g. %s)\n", qPrintable(prefix), entry.first,
                    qPrintable(entry.second));
    for (const QString &f : failures)
        ADD_FAILURE() << qPrintable(f);
    EXPECT_EQ(postalSame, rows);
    EXPECT_EQ(addressSame, rows);
    EXPECT_EQ(phoneSame + phoneHyphenOnly + phoneNotInUse, rows);
    // Most rows agree with the generator's table; a collapse here means the parsing broke, not
    // the metadata.
    EXPECT_GT(phoneSame, rows * 3 / 4);
}
