#include "normalize/DateNormalizer.h"

#include <gtest/gtest.h>

#include <QList>
#include <QStringList>

#include <random>

using namespace tenarai;

// DateNormalizer::parse() reads plain ASCII spellings (2021-04-01, R3.4.1, 44287, with a time)
// on a shortcut and everything else with the general parser. The shortcut may only take values
// the general parser accepts, with the same result; these tests run both over many generated
// spellings -- every accepted form, full-width variants, every kind of space, impossible days,
// era boundaries, Excel serials -- and require identical results and messages.

namespace {

// "OK 2021-04-01 09:30:00.000" or "ERROR <kind> <message>": equal strings mean equal outcomes.
QString outcome(const Result<DateNormalizer::Value> &r)
{
    if (!r)
        return QStringLiteral("ERROR %1 ").arg(int(r.error().kind)) + r.error().message;
    return QStringLiteral("OK ") + r.value().date.toString(Qt::ISODate) + u' '
        + (r.value().hasTime() ? r.value().time.toString(QStringLiteral("HH:mm:ss.zzz")) : QStringLiteral("-"));
}

QString toFullWidth(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        if (c.unicode() >= 0x21 && c.unicode() <= 0x7E)
            c = QChar(char16_t(c.unicode() + 0xFEE0));
        else if (c == u' ')
            c = QChar(u'\u3000');
    }
    return out;
}

const QList<DateNormalizer::Options> &optionSets()
{
    static const QList<DateNormalizer::Options> sets = [] {
        QList<DateNormalizer::Options> list;
        for (const auto time : { DateNormalizer::TimeHandling::Drop, DateNormalizer::TimeHandling::Keep,
                                 DateNormalizer::TimeHandling::Refuse }) {
            DateNormalizer::Options o;
            o.time = time;
            list << o;
        }
        DateNormalizer::Options mac;
        mac.excelSystem = DateNormalizer::ExcelSystem::Excel1904;
        list << mac;
        DateNormalizer::Options noSerial;
        noSerial.acceptSerialText = false;
        list << noSerial;
        return list;
    }();
    return sets;
}

// Era dates around every era's first and last day, in every era spelling and separator.
QStringList eraBoundaryInputs()
{
    const QStringList eras = { QStringLiteral("M"), QStringLiteral("T"), QStringLiteral("S"), QStringLiteral("H"),
                               QStringLiteral("R"), QStringLiteral("r"), QStringLiteral("h"),
                               QStringLiteral("明治"), QStringLiteral("平成"), QStringLiteral("令和"),
                               QStringLiteral("\u337B"), QStringLiteral("\u32FF") };
    const QStringList years = { QStringLiteral("元"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("01"),
                                QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("15"), QStringLiteral("31"),
                                QStringLiteral("32"), QStringLiteral("45"), QStringLiteral("64"), QStringLiteral("100") };
    const QList<int> months = { 0, 1, 2, 4, 5, 7, 12, 13 };
    const QList<int> days = { 0, 1, 7, 8, 24, 25, 29, 30, 31, 32 };
    QStringList out;
    for (const QString &era : eras) {
        for (const QString &year : years) {
            for (const int month : months) {
                for (const int day : days) {
                    const QString m = QString::number(month);
                    const QString d = QString::number(day);
                    out << era + year + u'.' + m + u'.' + d;
                    out << era + year + u'/' + m.rightJustified(2, u'0') + u'/' + d.rightJustified(2, u'0');
                    out << era + year + u'年' + m + u'月' + d + u'日';
                }
            }
        }
    }
    return out;
}

// Random spellings built from the parts the parser knows, and a few it does not.
QStringList randomInputs(int count)
{
    const QStringList years = { QStringLiteral("2021"), QStringLiteral("2024"), QStringLiteral("1900"),
                                QStringLiteral("2000"), QStringLiteral("1873"), QStringLiteral("0000"),
                                QStringLiteral("0001"), QStringLiteral("9999"), QStringLiteral("21"),
                                QStringLiteral("121"), QStringLiteral("20210"), QStringLiteral("R3"),
                                QStringLiteral("H31"), QStringLiteral("S64"), QStringLiteral("T15"),
                                QStringLiteral("M45"), QStringLiteral("R元"), QStringLiteral("令和3"),
                                QStringLiteral("二〇二一"), QStringLiteral("\u017F63") /* ſ: upper case S */ };
    const QStringList months = { QStringLiteral("1"), QStringLiteral("01"), QStringLiteral("2"), QStringLiteral("02"),
                                 QStringLiteral("4"), QStringLiteral("12"), QStringLiteral("0"), QStringLiteral("13"),
                                 QStringLiteral("004"), QStringLiteral("四"), QStringLiteral("十二") };
    const QStringList days = { QStringLiteral("1"), QStringLiteral("01"), QStringLiteral("28"), QStringLiteral("29"),
                               QStringLiteral("30"), QStringLiteral("31"), QStringLiteral("0"), QStringLiteral("32"),
                               QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("100"), QStringLiteral("三十一") };
    const QStringList seps = { QStringLiteral("/"), QStringLiteral("-"), QStringLiteral("."), QStringLiteral("年"),
                               QStringLiteral(":"), QStringLiteral(" "), QStringLiteral("") };
    const QStringList times = { QString(), QString(), QString(), QStringLiteral(" 9:30"), QStringLiteral(" 0:00"),
                                QStringLiteral("T09:30:15"), QStringLiteral(" 23:59:59"), QStringLiteral(" 24:00"),
                                QStringLiteral(" 9:5"), QStringLiteral(" 12:30:60"), QStringLiteral(" 9:30:15.5"),
                                QStringLiteral(" T9:30"), QStringLiteral("  9:30"), QStringLiteral(" 午後1時5分"),
                                QStringLiteral("(木)"), QStringLiteral(" x"), QStringLiteral(" 123:00"),
                                QStringLiteral(" 9:30:") };
    const QStringList pads = { QString(), QString(), QString(), QStringLiteral(" "), QStringLiteral("\u3000"),
                               QStringLiteral("\t") };
    std::mt19937 random(20210401);
    const auto pick = [&random](const QStringList &list) {
        return list.at(int(random() % quint32(list.size())));
    };
    QStringList out;
    for (int i = 0; i < count; ++i) {
        QString s;
        switch (random() % 6) {
        case 0: // yyyymmdd and other digit runs
            s = QString::number(random() % 100000000).rightJustified(int(4 + random() % 5), u'0');
            break;
        case 1: // Excel serials, with and without a fraction
            s = QString::number(random() % 100000).rightJustified(5, u'0');
            if (random() % 3 == 0)
                s += u'.' + QString::number(random() % 1000);
            break;
        default: {
            const QString sep = pick(seps);
            const bool mixed = random() % 8 == 0;
            const QString sep2 = mixed ? pick(seps) : sep == u"年" ? QStringLiteral("月") : sep;
            s = pick(years) + sep + pick(months) + sep2 + pick(days);
            if (sep == u"年" && random() % 4 != 0)
                s += u'日';
            break;
        }
        }
        s += pick(times);
        if (random() % 4 == 0)
            s = toFullWidth(s);
        s = pick(pads) + s + pick(pads);
        out << s;
    }
    return out;
}

void expectSameOutcomes(const QStringList &inputs)
{
    int plainAsciiSuccesses = 0;
    for (const QString &input : inputs) {
        for (const DateNormalizer::Options &options : optionSets()) {
            const QString fast = outcome(DateNormalizer::parse(input, options));
            const QString general = outcome(DateNormalizer::parseGeneral(input, options));
            ASSERT_EQ(fast.toStdString(), general.toStdString())
                << "input \"" << input.toStdString() << "\", time handling " << int(options.time)
                << ", system " << int(options.excelSystem) << ", serial text " << options.acceptSerialText;
            if (fast.startsWith(u"OK") && input.toLatin1() == input.toUtf8())
                ++plainAsciiSuccesses;
        }
    }
    // The comparison means something only if the shortcut's forms are among the inputs.
    EXPECT_GT(plainAsciiSuccesses, inputs.size() / 50);
}

} // namespace

TEST(DateNormalizerFastPath, AgreesWithTheGeneralParserOnEraBoundaries)
{
    expectSameOutcomes(eraBoundaryInputs());
}

TEST(DateNormalizerFastPath, AgreesWithTheGeneralParserOnRandomSpellings)
{
    expectSameOutcomes(randomInputs(30000));
}

TEST(DateNormalizerFastPath, AgreesOnTheDocumentedExamples)
{
    const QStringList inputs = {
        QStringLiteral("令和元年5月1日"), QStringLiteral("令和元年4月30日"), QStringLiteral("H31.4.30"),
        QStringLiteral("H31.5.1"), QStringLiteral("平成31年5月1日"), QStringLiteral("2021/2/30"),
        QStringLiteral("2021年2月30日"), QStringLiteral("2020/2/29"), QStringLiteral("2100/2/29"),
        QStringLiteral("S64.1.7"), QStringLiteral("S64.1.8"), QStringLiteral("M5.12.2"), QStringLiteral("M6.1.1"),
        QStringLiteral("T1.7.29"), QStringLiteral("T1.7.30"), QStringLiteral("00060"), QStringLiteral("00061"),
        QStringLiteral("00000"), QStringLiteral("44287"), QStringLiteral("44287.5"), QStringLiteral("２０２１／４／１"),
        QStringLiteral("\u3000R3.4.1\u3000"), QStringLiteral("R03.04.01"), QStringLiteral("20210401"),
        QStringLiteral("20210431"), QStringLiteral("20210001/4/1"), QStringLiteral("210401"), QStringLiteral("21/4/1"),
        QStringLiteral("2021/4-1"), QStringLiteral("2021-04-01T09:30:15"), QStringLiteral("2021/4/1 25:00"),
        QStringLiteral("2021/4/1 9:30 "), QStringLiteral("𠮷2021/4/1"), QStringLiteral("2021/4/1𠮷"),
        QStringLiteral("\u017F63.1.7"), QStringLiteral("R3.4.1(木)"), QStringLiteral("2021年4月1日(木)"),
    };
    for (const QString &input : inputs) {
        for (const DateNormalizer::Options &options : optionSets()) {
            EXPECT_EQ(outcome(DateNormalizer::parse(input, options)).toStdString(),
                      outcome(DateNormalizer::parseGeneral(input, options)).toStdString())
                << "input \"" << input.toStdString() << "\"";
        }
    }
}

// The folding skips QChar::isSpace for kana and kanji; that rests on this.
TEST(DateNormalizerFastPath, NoSpacesAmongKanaAndKanji)
{
    for (char16_t c = 0x3001; c <= 0xD7FF; ++c)
        ASSERT_FALSE(QChar::isSpace(c)) << int(c);
}

TEST(DateNormalizerFastPath, IsoTextMatchesQt)
{
    for (const QDate date : { QDate(2021, 4, 1), QDate(1, 1, 1), QDate(999, 12, 31), QDate(9999, 12, 31),
                              QDate(10000, 1, 1), QDate(-1, 1, 1), QDate(), QDate(1873, 1, 1) }) {
        const QString qt = date.toString(Qt::ISODate);
        EXPECT_EQ(DateNormalizer::isoText(date).toStdString(), qt.toStdString());
        EXPECT_TRUE(DateNormalizer::isIsoText(qt, date));
        EXPECT_FALSE(DateNormalizer::isIsoText(QString(qt + u' '), date));
    }
    // isoText converts the Julian day by hand: check it against QDate's own conversion on every
    // day of two 400-year Gregorian cycles (1600..2399) and every 31st day of the other 4-digit
    // years, and a sample against QDate::toString.
    const qint64 cyclesFirst = QDate(1600, 1, 1).toJulianDay();
    const qint64 cyclesLast = QDate(2399, 12, 31).toJulianDay();
    for (qint64 jd = QDate(1, 1, 1).toJulianDay(); jd <= QDate(9999, 12, 31).toJulianDay();
         jd += (jd >= cyclesFirst && jd <= cyclesLast) ? 1 : 31) {
        const QDate date = QDate::fromJulianDay(jd);
        int y = 0;
        int m = 0;
        int d = 0;
        date.getDate(&y, &m, &d);
        const QString text = DateNormalizer::isoText(date);
        ASSERT_EQ(text.size(), 10);
        ASSERT_TRUE(QStringView(text).left(4).toInt() == y && QStringView(text).mid(5, 2).toInt() == m
                    && QStringView(text).mid(8, 2).toInt() == d && text.at(4) == u'-' && text.at(7) == u'-')
            << text.toStdString() << " for " << y << '-' << m << '-' << d;
        if (jd % 997 == 0) {
            ASSERT_EQ(text.toStdString(), date.toString(Qt::ISODate).toStdString());
        }
    }
    EXPECT_FALSE(DateNormalizer::isIsoText(u"2021/04/01", QDate(2021, 4, 1)));
    EXPECT_FALSE(DateNormalizer::isIsoText(u"2021-04-02", QDate(2021, 4, 1)));
}
