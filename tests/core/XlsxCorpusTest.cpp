// Reads every workbook of the spreadsheet corpus (tests/data/corpus/xlsx) and compares each
// worksheet with the openpyxl reference in expected/, the way compare_tables.py compares:
// numbers by value, booleans case-insensitively, dates and date-times as ISO values (a time of
// 00:00:00 may be dropped), strings exactly, trailing empty cells and rows ignored. Times of day
// and durations compare as h:mm:ss values, because openpyxl writes 09:05:00 where Tenarai's
// canonical form is 9:05:00. Sheet names, states and kinds are checked against manifest.json.
//
// The four files openpyxl cannot read (Strict Open XML, backslash entry names, a part name in
// another case) are compared with tests/data/xlsx/expected/, made by openpyxl from copies that
// differ only in those respects (see the README there).
#include "CsvTableCompare.h"
#include "io/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <string>

using namespace tenarai;

namespace {

const QString corpusDir = QStringLiteral(TENARAI_CORPUS_DIR);
const QString ownExpectedDir = QStringLiteral(TENARAI_TEST_DATA_DIR "/xlsx/expected");

std::vector<std::string> corpusFiles()
{
    std::vector<std::string> files;
    const QStringList names = QDir(corpusDir + QStringLiteral("/xlsx")).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names)
        files.push_back(name.toStdString());
    return files;
}

QJsonObject loadManifest(const QString &dir)
{
    QFile f(dir + QStringLiteral("/manifest.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QList<QStringList> tableRows(const Table &table)
{
    QList<QStringList> rows;
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < table.columnCount(); ++c)
            row << table.cell(r, c).toString();
        rows << row;
    }
    return rows;
}

class XlsxCorpus : public ::testing::TestWithParam<std::string>
{
};

TEST_P(XlsxCorpus, ReadsLikeTheReference)
{
    const QString name = QString::fromStdString(GetParam());
    QString expectedDir = corpusDir + QStringLiteral("/expected");
    QJsonObject entry = loadManifest(expectedDir).value(name).toObject();
    if (!entry.value(QStringLiteral("ok")).toBool()) {
        // openpyxl could not read it; the reference comes from a normalised copy.
        expectedDir = ownExpectedDir;
        entry = loadManifest(expectedDir).value(name).toObject();
    }
    ASSERT_TRUE(entry.value(QStringLiteral("ok")).toBool()) << "no reference for " << GetParam();

    const auto result = XlsxReader::readFile(corpusDir + QStringLiteral("/xlsx/") + name);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    const Workbook &book = result.value();
    EXPECT_EQ(book.source.date1904, entry.value(QStringLiteral("epoch")).toString() == u"1904");

    const QJsonArray sheets = entry.value(QStringLiteral("sheets")).toArray();
    ASSERT_EQ(qsizetype(book.sheets.size()), sheets.size());
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QJsonObject ref = sheets[i].toObject();
        const Sheet &sheet = book.sheets[size_t(i)];
        SCOPED_TRACE("sheet " + std::to_string(i) + " " + sheet.name.toStdString());
        EXPECT_EQ(sheet.name, ref.value(QStringLiteral("name")).toString());
        EXPECT_EQ(Sheet::stateName(sheet.state), ref.value(QStringLiteral("state")).toString());
        const bool chart = ref.value(QStringLiteral("kind")).toString() == u"Chartsheet";
        EXPECT_EQ(sheet.type == Sheet::Type::Chartsheet, chart);
        if (chart) {
            EXPECT_TRUE(sheet.table.isEmpty());
            continue;
        }
        QFile f(expectedDir + u'/' + ref.value(QStringLiteral("csv")).toString());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
        const QString differences = CsvTableCompare::differences(CsvTableCompare::parse(f.readAll()),
                                                                 tableRows(sheet.table));
        EXPECT_TRUE(differences.isEmpty()) << differences.toStdString();
        // The reference grid ends at the last value; so must the table (no widening by styled
        // empty cells or <dimension>).
        EXPECT_EQ(sheet.table.rowCount(), ref.value(QStringLiteral("rows")).toInt());
        EXPECT_EQ(sheet.table.columnCount(), ref.value(QStringLiteral("cols")).toInt());
    }
}

std::string testName(const ::testing::TestParamInfo<std::string> &info)
{
    std::string name;
    for (char c : info.param)
        name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return name;
}

INSTANTIATE_TEST_SUITE_P(Corpus, XlsxCorpus, ::testing::ValuesIn(corpusFiles()), testName);

TEST(XlsxCorpusSize, CoversTheWholeCorpus)
{
    // A glob that silently found nothing would pass every case above.
    EXPECT_EQ(corpusFiles().size(), 80u);
}

} // namespace
