#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace tenarai {

// Reads numbers as Japanese staff write them, and says why when a value is not one number.
//
// parseAmount() accepts, after full-width ASCII is folded and spaces next to non-digits removed:
//   digits with thousands separators , ， 、 (groups of exactly three) and one decimal point
//   currency: a leading ¥ ￥ or '\' (the yen sign as CP932 text decodes it), a leading 金,
//     a trailing 円 and 也 (金壱萬円也)
//   units: 十 百 千 万 億 兆 after arabic or kanji numbers, largest first
//     (1.5万円 -> 15000, 3億2000万 -> 320000000, 1,500千円 -> 1500000, 2千5百 -> 2500)
//   kanji numerals: 〇 零 一-九 and 大字 壱 弐 参 拾 阡 仟 萬; positional runs (二〇二一 -> 2021)
//     and unit forms (一千二百三十四 -> 1234, 千二百 -> 1200, 十 -> 10)
//   negatives: a leading - − － ‐ ‑ ‒ – ﹣ ー ｰ, △ or ▲ (accounting), or the whole value in
//     brackets (500) （500）
// and refuses, with the reason: approximations (約3,000円, 3,000円程度, 3000円前後, 5千円以上),
// ranges (1,000～2,000円, 1000-2000), 無料 (unless AmountOptions::freeAsZero), wrong digit
// grouping (1,00), units out of order (万億), digits separated by spaces (1 000), overflow.
// The arithmetic is exact decimal: 0.1万 is 1000, not 1000.0000000000001.
class NumberNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::NumberNormalizer)

public:
    struct AmountOptions
    {
        bool freeAsZero = false;          // 無料 / ただ / タダ -> 0
        bool parenthesesNegative = true;  // (500) -> -500
    };

    static Result<double> parseAmount(QStringView text, const AmountOptions &options);
    static Result<double> parseAmount(QStringView text) { return parseAmount(text, AmountOptions()); }

    // Kanji numerals only (一千二百三十四, 二万三千, 〇, 十, 二〇二一).
    static Result<qint64> parseKanjiNumeral(QStringView text);
    // 〇/零 … 九 (and the formal 壱 弐 参) as 0 … 9; -1 for any other character.
    static int kanjiDigit(QChar c);

    // The plain "change type" parses: ASCII or full-width digits, an optional sign (- − － +),
    // optional thousands commas in groups of three. toInteger accepts a fraction of zeros
    // (12.00) and refuses any other fraction; toDecimal also takes an exponent (1.5e3).
    static Result<qint64> toInteger(QStringView text);
    static Result<double> toDecimal(QStringView text);
};

} // namespace tenarai
