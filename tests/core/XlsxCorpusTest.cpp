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
#include "XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>
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

// RFC 4180 as Python's csv module writes it (minimal quoting, \n line ends).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

void trim(QList<QStringList> &rows)
{
    for (QStringList &r : rows) {
        while (!r.isEmpty() && r.last().isEmpty())
            r.removeLast();
    }
    while (!rows.isEmpty() && rows.last().isEmpty())
        rows.removeLast();
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
    trim(rows);
    return rows;
}

// The normalised value of a reference or actual field, as compare_tables.py's norm().
struct Value
{
    char kind; // n d b t s
    double number = 0;
    QString text;
};

Value normalise(const QString &v)
{
    static const QRegularExpression num(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"));
    static const QRegularExpression dt(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?))?$"));
    static const QRegularExpression tm(QStringLiteral("^(-?)(\\d+):(\\d{2}):(\\d{2})(\\.\\d+)?$"));
    const QString s = v.trimmed();
    if (num.match(s).hasMatch())
        return {'n', s.toDouble(), {}};
    if (const auto m = dt.match(s); m.hasMatch()) {
        QString t = m.captured(2).isEmpty() ? QStringLiteral("00:00:00") : m.captured(2);
        if (t.size() == 5)
            t += QStringLiteral(":00");
        t = t.section(u'.', 0, 0);
        return {'d', 0, m.captured(1) + u'T' + t};
    }
    if (const auto m = tm.match(s); m.hasMatch()) {
        const double seconds = m.captured(2).toDouble() * 3600 + m.captured(3).toDouble() * 60
                               + m.captured(4).toDouble()
                               + (m.captured(5).isEmpty() ? 0.0 : m.captured(5).toDouble());
        return {'t', m.captured(1).isEmpty() ? seconds : -seconds, {}};
    }
    if (s.compare(u"TRUE", Qt::CaseInsensitive) == 0 || s.compare(u"FALSE", Qt::CaseInsensitive) == 0)
        return {'b', 0, s.toUpper()};
    return {'s', 0, v};
}

bool same(const QString &expected, const QString &actual)
{
    const Value a = normalise(expected);
    const Value b = normalise(actual);
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case 'n':
        return a.number == b.number
               || std::fabs(a.number - b.number) <= std::max(1e-9 * std::max(std::fabs(a.number), std::fabs(b.number)), 1e-12);
    case 't':
        return std::fabs(a.number - b.number) < 0.0015; // openpyxl keeps microseconds, Tenarai ms
    default:
        return a.text == b.text;
    }
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
        QList<QStringList> expected = parseCsv(QString::fromUtf8(f.readAll()));
        trim(expected);
        const QList<QStringList> actual = tableRows(sheet.table);
        int bad = 0;
        for (qsizetype r = 0; r < std::max(expected.size(), actual.size()); ++r) {
            const QStringList er = r < expected.size() ? expected[r] : QStringList();
            const QStringList ar = r < actual.size() ? actual[r] : QStringList();
            for (qsizetype c = 0; c < std::max(er.size(), ar.size()); ++c) {
                const QString e = c < er.size() ? er[c] : QString();
                const QString a = c < ar.size() ? ar[c] : QString();
                if (!same(e, a) && ++bad <= 5)
                    ADD_FAILURE() << "r" << r + 1 << "c" << c + 1 << ": expected \"" << e.toStdString()
                                  << "\" got \"" << a.toStdString() << "\"";
            }
        }
        EXPECT_EQ(bad, 0);
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
