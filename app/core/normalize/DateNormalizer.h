#pragma once

#include "table/Cell.h"
#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>
#include <QTime>

namespace tenarai {

// Turns the date spellings found in Japanese municipal spreadsheets into real dates (and ISO
// 8601 text), and refuses -- with a reason in the user's words -- every input that is not one
// exact day, instead of guessing.
//
// Accepted (after full-width digits/punctuation and U+3000 are folded, outer spaces trimmed):
//   2021/4/1  2021-04-01  2021.4.1  2021年4月1日  20210401 (8 digits)
//   令和3年4月1日  令和元年5月1日  R3.4.1  R03.04.01  R3/4/1  R3-4-1  R3年4月1日  ㍻31年4月30日
//     eras 明治 大正 昭和 平成 令和, letters M T S H R (either case), squared ㍾ ㍽ ㍼ ㍻ ㋿
//   kanji numerals in the 年月日 form: 令和三年四月一日, 二〇二一年四月一日
//   an optional weekday in brackets, checked against the date: 2021年4月1日(木)
//   an optional time after a space or 'T': 9:30, 09:30:15, 9時30分 (dropped, kept or refused
//     per Options::time)
//   Excel serial numbers written as exactly 5 digits, optionally with a fraction (44287, 44287.5),
//     in the 1900 or 1904 system (Options::excelSystem).
// Refused: impossible days (2月30日, 13月), days outside their era (平成31年5月1日, 令和元年4月30日,
// 昭和64年1月8日, 平成32年), 明治 dates before 明治6年 (lunisolar calendar), no year (4/1, 4月1日),
// two-digit or three-digit years (21/4/1), 6-digit runs (210401), mixed separators (2021/4-1),
// and Excel serial 60 in the 1900 system (1900-02-29, Excel's leap-year bug).
class DateNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::DateNormalizer)

public:
    enum class ExcelSystem : quint8 {
        Excel1900, // Windows Excel: serial 1 = 1900-01-01, with the phantom 1900-02-29 at 60
        Excel1904, // old Mac Excel (date1904="1"): serial 0 = 1904-01-01
    };
    enum class TimeHandling : quint8 {
        Drop,   // 2021/4/1 9:30 -> 2021-04-01
        Keep,   // 2021/4/1 9:30 -> 2021-04-01T09:30:00
        Refuse, // a time makes the value an error (the column should hold dates only)
    };

    struct Options
    {
        ExcelSystem excelSystem = ExcelSystem::Excel1900;
        TimeHandling time = TimeHandling::Drop;
        bool acceptSerialText = true; // 5-digit text such as "44287" read as an Excel serial
    };

    // A date, and the time of day when the input had one (invalid QTime otherwise).
    struct Value
    {
        QDate date;
        QTime time;
        bool hasTime() const { return time.isValid(); }
    };

    enum class Era : quint8 { Meiji, Taisho, Showa, Heisei, Reiwa };

    static Result<Value> parse(QStringView text, const Options &options);
    static Result<Value> parse(QStringView text);
    // parse() without its shortcut for plain ASCII spellings (2021-04-01, R3.4.1, 44287): for
    // the tests that check the two agree.
    static Result<Value> parseGeneral(QStringView text, const Options &options);
    static Result<QDate> parseDate(QStringView text, const Options &options);
    static Result<QDate> parseDate(QStringView text);

    // "YYYY-MM-DD", or "YYYY-MM-DDThh:mm:ss" when the input had a time and Options::time is Keep.
    static Result<QString> toIso(QStringView text, const Options &options);
    static Result<QString> toIso(QStringView text);

    // QDate::toString(Qt::ISODate), by hand: Qt's goes through the calendar and a format string,
    // which is 4x slower. isIsoText() says whether text is exactly that, without building it.
    static QString isoText(QDate date);
    static bool isIsoText(QStringView text, QDate date);

    // A cell of any kind: Date/DateTime as they are, Number as an Excel serial (or as yyyymmdd
    // when it is an 8-digit integer that is a valid date), Text through parse().
    static Result<Value> fromCell(const Cell &cell, const Options &options);
    static Result<Value> fromCell(const Cell &cell);

    static Result<Value> fromExcelSerial(double serial, ExcelSystem system);

    // The Gregorian date of an era date, or the reason it does not exist.
    static Result<QDate> fromEra(Era era, int eraYear, int month, int day);

    static QString eraName(Era era); // 明治 … 令和
};

} // namespace tenarai
