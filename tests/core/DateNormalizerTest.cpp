#include "normalize/DateNormalizer.h"

#include <gtest/gtest.h>

using namespace tenarai;

// Readable QString values in failure messages.
[[maybe_unused]] static void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

QString iso(const QString &text, const DateNormalizer::Options &o = DateNormalizer::Options())
{
    const Result<QString> r = DateNormalizer::toIso(text, o);
    return r.ok() ? r.value() : QStringLiteral("ERROR: ") + r.error().message;
}

QString why(const QString &text, const DateNormalizer::Options &o = DateNormalizer::Options())
{
    const Result<QString> r = DateNormalizer::toIso(text, o);
    if (r.ok())
        return QStringLiteral("OK: ") + r.value();
    EXPECT_EQ(r.error().kind, Error::Kind::Format);
    return r.error().message;
}

} // namespace

TEST(DateNormalizer, WesternForms)
{
    EXPECT_EQ(iso(QStringLiteral("2021/4/1")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("2021-04-01")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("2021.4.1")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("20210401")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("2021年4月1日")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("2021年 04月 01日")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral(" ２０２１／４／１\u3000")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("２０２１年１２月３１日")), QStringLiteral("2021-12-31"));
    EXPECT_EQ(iso(QStringLiteral("二〇二一年四月一日")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("2024/2/29")), QStringLiteral("2024-02-29"));
    EXPECT_EQ(iso(QStringLiteral("2000/2/29")), QStringLiteral("2000-02-29"));
}

TEST(DateNormalizer, EraForms)
{
    EXPECT_EQ(iso(QStringLiteral("令和3年4月1日")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("令和元年5月1日")), QStringLiteral("2019-05-01"));
    EXPECT_EQ(iso(QStringLiteral("令和1年5月1日")), QStringLiteral("2019-05-01"));
    EXPECT_EQ(iso(QStringLiteral("R3.4.1")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("R03.04.01")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("r3/4/1")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("R3年4月1日")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("H31.4.30")), QStringLiteral("2019-04-30"));
    EXPECT_EQ(iso(QStringLiteral("平成31年4月30日")), QStringLiteral("2019-04-30"));
    EXPECT_EQ(iso(QStringLiteral("平成元年1月8日")), QStringLiteral("1989-01-08"));
    EXPECT_EQ(iso(QStringLiteral("S64.1.7")), QStringLiteral("1989-01-07"));
    EXPECT_EQ(iso(QStringLiteral("昭和64年1月7日")), QStringLiteral("1989-01-07"));
    EXPECT_EQ(iso(QStringLiteral("昭和元年12月25日")), QStringLiteral("1926-12-25"));
    EXPECT_EQ(iso(QStringLiteral("大正15年12月24日")), QStringLiteral("1926-12-24"));
    EXPECT_EQ(iso(QStringLiteral("T1.7.30")), QStringLiteral("1912-07-30"));
    EXPECT_EQ(iso(QStringLiteral("明治45年7月29日")), QStringLiteral("1912-07-29"));
    EXPECT_EQ(iso(QStringLiteral("M6.1.1")), QStringLiteral("1873-01-01"));
    EXPECT_EQ(iso(QStringLiteral("㍻31年4月30日")), QStringLiteral("2019-04-30"));
    EXPECT_EQ(iso(QStringLiteral("㋿元年5月1日")), QStringLiteral("2019-05-01"));
    EXPECT_EQ(iso(QStringLiteral("令和三年四月一日")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("昭和三十一年十二月二十一日")), QStringLiteral("1956-12-21"));
    EXPECT_EQ(iso(QStringLiteral("Ｒ３．４．１")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("令和 3年 4月 1日")), QStringLiteral("2021-04-01"));
}

TEST(DateNormalizer, RefusesDaysOutsideTheirEra)
{
    EXPECT_EQ(why(QStringLiteral("平成31年5月1日")), QStringLiteral("平成 ended on 2019-04-30; 平成31年5月1日 does not exist."));
    EXPECT_EQ(why(QStringLiteral("H31.5.1")), QStringLiteral("平成 ended on 2019-04-30; 平成31年5月1日 does not exist."));
    EXPECT_EQ(why(QStringLiteral("令和1年4月30日")), QStringLiteral("令和 began on 2019-05-01; 令和元年4月30日 does not exist."));
    EXPECT_EQ(why(QStringLiteral("昭和64年1月8日")), QStringLiteral("昭和 ended on 1989-01-07; 昭和64年1月8日 does not exist."));
    EXPECT_EQ(why(QStringLiteral("平成32年1月1日")), QStringLiteral("平成 ended on 2019-04-30; 平成32年1月1日 does not exist."));
    EXPECT_EQ(why(QStringLiteral("平成元年1月7日")), QStringLiteral("平成 began on 1989-01-08; 平成元年1月7日 does not exist."));
    EXPECT_EQ(why(QStringLiteral("大正15年12月25日")), QStringLiteral("大正 ended on 1926-12-24; 大正15年12月25日 does not exist."));
    EXPECT_EQ(why(QStringLiteral("明治45年7月30日")), QStringLiteral("明治 ended on 1912-07-29; 明治45年7月30日 does not exist."));
    EXPECT_EQ(why(QStringLiteral("明治5年12月2日")),
              QStringLiteral("明治5年12月2日 is before 明治6年 (1873), when Japan still used the lunisolar calendar; "
                             "it cannot be converted exactly."));
    EXPECT_EQ(why(QStringLiteral("令和0年5月1日")), QStringLiteral("An era has no year 0; its first year is 元年."));
    EXPECT_EQ(why(QStringLiteral("R123.4.1")), QStringLiteral("The era year in \"R123.4.1\" has too many digits."));
}

TEST(DateNormalizer, RefusesImpossibleDays)
{
    EXPECT_EQ(why(QStringLiteral("2021/2/30")), QStringLiteral("February has no day 30."));
    EXPECT_EQ(why(QStringLiteral("2021年2月29日")), QStringLiteral("2021 is not a leap year, so February has no day 29."));
    EXPECT_EQ(why(QStringLiteral("1900/2/29")), QStringLiteral("1900 is not a leap year, so February has no day 29."));
    EXPECT_EQ(why(QStringLiteral("令和3年2月29日")), QStringLiteral("令和3年 (2021) is not a leap year, so February has no day 29."));
    EXPECT_EQ(why(QStringLiteral("2021/13/1")), QStringLiteral("There is no month 13."));
    EXPECT_EQ(why(QStringLiteral("2021年13月1日")), QStringLiteral("There is no month 13."));
    EXPECT_EQ(why(QStringLiteral("2021/4/31")), QStringLiteral("April has no day 31."));
    EXPECT_EQ(why(QStringLiteral("2021/4/0")), QStringLiteral("April has no day 0."));
    EXPECT_EQ(why(QStringLiteral("20210230")), QStringLiteral("February has no day 30."));
}

TEST(DateNormalizer, RefusesYearlessAndAmbiguousInputs)
{
    EXPECT_EQ(why(QStringLiteral("4/1")), QStringLiteral("\"4/1\" has no year; write it with the year, such as 2021/4/1."));
    EXPECT_EQ(why(QStringLiteral("4月1日")), QStringLiteral("\"4月1日\" has no year; write it with the year, such as 2021年4月1日."));
    EXPECT_EQ(why(QStringLiteral("21/4/1")),
              QStringLiteral("The year \"21\" in \"21/4/1\" is ambiguous; write four digits (2021) or an era (R3)."));
    EXPECT_EQ(why(QStringLiteral("21年4月1日")),
              QStringLiteral("The year \"21\" in \"21年4月1日\" is ambiguous; write four digits (2021) or an era (R3)."));
    EXPECT_EQ(why(QStringLiteral("210401")),
              QStringLiteral("\"210401\" has six digits; it could be yymmdd or yyyymm, so it is not read as a date."));
    EXPECT_EQ(why(QStringLiteral("2021/4-1")), QStringLiteral("\"2021/4-1\" mixes the separators \"/\" and \"-\"."));
    EXPECT_EQ(why(QStringLiteral("2021/4")), QStringLiteral("\"2021/4\" has no day."));
    EXPECT_EQ(why(QStringLiteral("令和3年4月")), QStringLiteral("\"令和3年4月\" has no day."));
    EXPECT_EQ(why(QStringLiteral("令和")), QStringLiteral("\"令和\" has an era but no year."));
    EXPECT_EQ(why(QStringLiteral("未定")), QStringLiteral("\"未定\" is not a date."));
    EXPECT_EQ(why(QStringLiteral("2021/4/1頃")), QStringLiteral("\"2021/4/1頃\" has unexpected text after the date: \"頃\"."));
    EXPECT_EQ(why(QStringLiteral("  ")), QStringLiteral("The value is empty."));
}

TEST(DateNormalizer, TimesAreDroppedKeptOrRefused)
{
    EXPECT_EQ(iso(QStringLiteral("2021/4/1 9:30")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("2021/4/1 0:00")), QStringLiteral("2021-04-01"));
    DateNormalizer::Options keep;
    keep.time = DateNormalizer::TimeHandling::Keep;
    EXPECT_EQ(iso(QStringLiteral("2021/4/1 9:30"), keep), QStringLiteral("2021-04-01T09:30:00"));
    EXPECT_EQ(iso(QStringLiteral("2021-04-01T09:30:15"), keep), QStringLiteral("2021-04-01T09:30:15"));
    EXPECT_EQ(iso(QStringLiteral("2021年4月1日 9時30分"), keep), QStringLiteral("2021-04-01T09:30:00"));
    EXPECT_EQ(iso(QStringLiteral("令和3年4月1日 午後3時"), keep), QStringLiteral("2021-04-01T15:00:00"));
    EXPECT_EQ(iso(QStringLiteral("20210401 23:59:59.5"), keep), QStringLiteral("2021-04-01T23:59:59.500"));
    EXPECT_EQ(iso(QStringLiteral("2021/4/1"), keep), QStringLiteral("2021-04-01"));
    DateNormalizer::Options refuse;
    refuse.time = DateNormalizer::TimeHandling::Refuse;
    EXPECT_EQ(why(QStringLiteral("2021/4/1 9:30"), refuse),
              QStringLiteral("\"2021/4/1 9:30\" has a time of day; this column takes dates only."));
    EXPECT_EQ(why(QStringLiteral("2021/4/1 25:00")), QStringLiteral("The time \"25:00\" is not valid."));
}

TEST(DateNormalizer, WeekdayIsChecked)
{
    EXPECT_EQ(iso(QStringLiteral("2021年4月1日(木)")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("2021年4月1日（木曜日） 10:00")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(why(QStringLiteral("2021年4月1日(金)")), QStringLiteral("2021-04-01 is a Thursday, not (金)."));
}

TEST(DateNormalizer, ExcelSerialsIn1900And1904Systems)
{
    EXPECT_EQ(iso(QStringLiteral("44287")), QStringLiteral("2021-04-01"));
    EXPECT_EQ(iso(QStringLiteral("４４２８７")), QStringLiteral("2021-04-01"));
    DateNormalizer::Options keep;
    keep.time = DateNormalizer::TimeHandling::Keep;
    EXPECT_EQ(iso(QStringLiteral("44287.5"), keep), QStringLiteral("2021-04-01T12:00:00"));
    DateNormalizer::Options mac;
    mac.excelSystem = DateNormalizer::ExcelSystem::Excel1904;
    EXPECT_EQ(iso(QStringLiteral("42825"), mac), QStringLiteral("2021-04-01"));
    DateNormalizer::Options noSerial;
    noSerial.acceptSerialText = false;
    EXPECT_EQ(why(QStringLiteral("44287"), noSerial), QStringLiteral("\"44287\" is not a date."));

    using DN = DateNormalizer;
    EXPECT_EQ(DN::fromExcelSerial(1, DN::ExcelSystem::Excel1900).value().date, QDate(1900, 1, 1));
    EXPECT_EQ(DN::fromExcelSerial(59, DN::ExcelSystem::Excel1900).value().date, QDate(1900, 2, 28));
    EXPECT_EQ(DN::fromExcelSerial(61, DN::ExcelSystem::Excel1900).value().date, QDate(1900, 3, 1));
    EXPECT_EQ(DN::fromExcelSerial(2958465, DN::ExcelSystem::Excel1900).value().date, QDate(9999, 12, 31));
    EXPECT_EQ(DN::fromExcelSerial(0, DN::ExcelSystem::Excel1904).value().date, QDate(1904, 1, 1));
    EXPECT_EQ(DN::fromExcelSerial(60, DN::ExcelSystem::Excel1900).error().message,
              QStringLiteral("Excel serial 60 is 1900-02-29, a day that exists only in Excel (its 1900 leap-year bug)."));
    EXPECT_FALSE(DN::fromExcelSerial(0, DN::ExcelSystem::Excel1900).ok());
    EXPECT_FALSE(DN::fromExcelSerial(-1, DN::ExcelSystem::Excel1900).ok());
    EXPECT_FALSE(DN::fromExcelSerial(2958466, DN::ExcelSystem::Excel1900).ok());
    // A time fraction that rounds up to midnight moves to the next day.
    EXPECT_EQ(DN::fromExcelSerial(44287.9999999999, DN::ExcelSystem::Excel1900).value().date, QDate(2021, 4, 2));
}

TEST(DateNormalizer, FromCellOfEveryKind)
{
    using DN = DateNormalizer;
    EXPECT_EQ(DN::fromCell(Cell::number(44287)).value().date, QDate(2021, 4, 1));
    EXPECT_EQ(DN::fromCell(Cell::number(20210401)).value().date, QDate(2021, 4, 1));
    EXPECT_EQ(DN::fromCell(Cell::number(20211301)).error().message,
              QStringLiteral("The number 20211301 is neither a yyyymmdd date nor an Excel date."));
    EXPECT_EQ(DN::fromCell(Cell::date(QDate(2021, 4, 1))).value().date, QDate(2021, 4, 1));
    const DN::Value dt = DN::fromCell(Cell::dateTime(QDate(2021, 4, 1), QTime(9, 30))).value();
    EXPECT_EQ(dt.date, QDate(2021, 4, 1));
    EXPECT_FALSE(dt.hasTime());
    DN::Options keep;
    keep.time = DN::TimeHandling::Keep;
    EXPECT_EQ(DN::fromCell(Cell::dateTime(QDate(2021, 4, 1), QTime(9, 30)), keep).value().time, QTime(9, 30));
    EXPECT_EQ(DN::fromCell(Cell::text(QStringLiteral("R3.4.1"))).value().date, QDate(2021, 4, 1));
    EXPECT_EQ(DN::fromCell(Cell()).error().message, QStringLiteral("The value is empty."));
    EXPECT_FALSE(DN::fromCell(Cell::time(3600000)).ok());
    EXPECT_FALSE(DN::fromCell(Cell::boolean(true)).ok());
}

TEST(DateNormalizer, FromEraDirectly)
{
    using DN = DateNormalizer;
    EXPECT_EQ(DN::fromEra(DN::Era::Reiwa, 1, 5, 1).value(), QDate(2019, 5, 1));
    EXPECT_EQ(DN::fromEra(DN::Era::Heisei, 31, 4, 30).value(), QDate(2019, 4, 30));
    EXPECT_FALSE(DN::fromEra(DN::Era::Heisei, 31, 5, 1).ok());
    EXPECT_FALSE(DN::fromEra(DN::Era::Showa, 64, 1, 8).ok());
    EXPECT_EQ(DN::eraName(DN::Era::Taisho), QStringLiteral("大正"));
}

// ---------------------------------------------------------------------------------------------
// The messy-data generator's fixture (tests/data/cleaning, see its README): every normaliser
// on its column against the generator's ground truth. Rows are joined on No; messy rows whose
// No is not in expected.csv (blank rows, near-duplicates the recipe drops) are skipped.
// TENARAI_CLEANING_FIXTURE_DIR points the test at another generated pair (e.g. 2000 rows).

#include "CsvTableCompare.h"
#include "normalize/NumberNormalizer.h"
#include "normalize/TextNormalizer.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QStringList>

namespace {

// Parsed by the test support library, independently of the CSV reader under test.
QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return CsvTableCompare::parse(f.readAll());
}

struct Fixture
{
    QList<QPair<QStringList, QStringList>> joined; // (messy row, expected row)
    int skipped = 0;
};

Fixture loadFixture()
{
    QString dir = qEnvironmentVariable("TENARAI_CLEANING_FIXTURE_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(TENARAI_TEST_DATA_DIR "/cleaning");
    const QList<QStringList> messy = readCsv(dir + QStringLiteral("/messy.csv"));
    const QList<QStringList> expected = readCsv(dir + QStringLiteral("/expected.csv"));
    Fixture fx;
    if (messy.size() < 2 || expected.size() < 2)
        return fx;
    QHash<QString, QStringList> byNo;
    for (qsizetype i = 1; i < expected.size(); ++i)
        byNo.insert(expected[i].value(0), expected[i]);
    for (qsizetype i = 1; i < messy.size(); ++i) {
        const QString no = TextNormalizer::normalize(messy[i].value(0));
        const auto it = byNo.constFind(no);
        if (no.isEmpty() || it == byNo.constEnd() || messy[i].size() != 12) {
            ++fx.skipped;
            continue;
        }
        fx.joined.append({ messy[i], it.value() });
    }
    return fx;
}

} // namespace

TEST(MessyFixture, DatesMatchTheGroundTruth)
{
    const Fixture fx = loadFixture();
    ASSERT_GT(fx.joined.size(), 200);
    int matched = 0;
    int total = 0;
    // messy 生年月日 = 4, 受付日 = 10; expected 生年月日 = 4, 受付日 = 12.
    for (const auto &[messy, expected] : fx.joined) {
        for (const auto &[m, e] : { std::pair{ 4, 4 }, std::pair{ 10, 12 } }) {
            ++total;
            const Result<QString> r = DateNormalizer::toIso(messy[m]);
            if (r.ok() && r.value() == expected[e])
                ++matched;
            else
                ADD_FAILURE() << "No " << qPrintable(expected[0]) << ": \"" << qPrintable(messy[m]) << "\" -> "
                              << qPrintable(r.ok() ? r.value() : r.error().message) << ", expected "
                              << qPrintable(expected[e]);
        }
    }
    std::printf("[ fixture  ] dates: %d of %d match (%d messy rows skipped)\n", matched, total, fx.skipped);
}

TEST(MessyFixture, AmountsMatchTheGroundTruth)
{
    const Fixture fx = loadFixture();
    ASSERT_GT(fx.joined.size(), 200);
    NumberNormalizer::AmountOptions o;
    o.freeAsZero = true; // the generator's recipe: 無料 -> 0
    int matched = 0;
    for (const auto &[messy, expected] : fx.joined) {
        const QString &m = messy[8];
        const QString &e = expected[10];
        QString got;
        if (TextNormalizer::normalize(m).isEmpty()) {
            got = QString(); // empty stays empty
        } else {
            const Result<double> r = NumberNormalizer::parseAmount(m, o);
            got = r.ok() ? QString::number(qint64(r.value())) : r.error().message;
        }
        if (got == e)
            ++matched;
        else
            ADD_FAILURE() << "No " << qPrintable(expected[0]) << ": \"" << qPrintable(m) << "\" -> " << qPrintable(got)
                          << ", expected " << qPrintable(e);
    }
    std::printf("[ fixture  ] amounts: %d of %lld match\n", matched, static_cast<long long>(fx.joined.size()));
}

TEST(MessyFixture, NamesKanaAndNotesMatchTheGroundTruth)
{
    const Fixture fx = loadFixture();
    ASSERT_GT(fx.joined.size(), 200);
    TextNormalizer::Options names;
    names.spaceStyle = TextNormalizer::SpaceStyle::Ideographic;
    int matched = 0;
    for (const auto &[messy, expected] : fx.joined) {
        const QString name = TextNormalizer::normalize(messy[2], names);
        const QString kana = TextNormalizer::toKatakana(TextNormalizer::normalize(messy[3], names));
        const QString note = TextNormalizer::normalize(messy[11]);
        const bool ok = name == expected[2] && kana == expected[3] && note == expected[13];
        matched += ok ? 1 : 0;
        if (!ok)
            ADD_FAILURE() << "No " << qPrintable(expected[0]) << ": " << qPrintable(name) << " / " << qPrintable(kana)
                          << " / " << qPrintable(note);
    }
    std::printf("[ fixture  ] names, kana, notes: %d of %lld rows match\n", matched,
                static_cast<long long>(fx.joined.size()));
}
