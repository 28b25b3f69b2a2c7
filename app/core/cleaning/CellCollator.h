#pragma once

#include "Error.h"
#include "table/Cell.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <memory>

struct UCollator;

namespace tenarai {

// Orders cell values the way Japanese staff expect when they sort or filter rows: numbers as
// numbers (also when typed as text: 全角 digits and 1,200 included), dates as dates (text such as
// 2021/4/1 or 令和3年4月1日 too), other text by the locale's ICU collation, so that あ, ア and ｱ
// sort together and kana follow 五十音 order. Text compares at secondary strength: kana type, width
// and letter case are ignored (やまだ = ヤマダ = ﾔﾏﾀﾞ, and a stable sort keeps their input order);
// voiced marks are not (はは < ばば < ぱぱ). Digits inside text compare as numbers (2丁目 < 10丁目).
//
// Kanji are ordered by the locale's table (JIS X 0208 order for "ja", code point order where a
// locale has none), NOT by reading: a name cannot be read from its kanji, so users sort by a
// ふりがな column for reading order.
//
// Each cell is turned into a Key once (ucol_getSortKey for text), and keys compare with memcmp:
// sorting a million rows never calls ucol_strcoll pairwise. Keys are independent of each other,
// so they may be made on several threads with one collator.
class CellCollator
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::CellCollator)
public:
    // Kinds of value in ascending order; Blank (empty or spaces only) is placed last by callers
    // in both directions.
    enum class Rank : quint8 { Number, Date, Time, Boolean, Text, Error, Blank };

    struct Key
    {
        Rank rank = Rank::Blank;
        double number = 0;   // Number; Date: milliseconds since Julian day 0; Time: ms; Boolean: 0/1
        QByteArray text;     // Text and Error: the collation sort key
    };

    // A collator for a BCP 47 / ICU locale such as "ja"; an error when ICU has no data for it.
    static Result<CellCollator> open(const QString &locale);

    CellCollator(CellCollator &&) noexcept = default;
    CellCollator &operator=(CellCollator &&) noexcept = default;

    Key key(const Cell &cell) const;
    // The key of a value typed by the user (a filter's “value”): classified like a text cell.
    Key key(const QString &text) const;
    QByteArray textKey(QStringView text) const;

    // <0, 0 or >0 in ascending order; keys of different ranks compare by rank.
    static int compare(const Key &a, const Key &b);

private:
    struct Closer
    {
        void operator()(UCollator *collator) const;
    };
    explicit CellCollator(UCollator *collator) : m_collator(collator) {}

    std::unique_ptr<UCollator, Closer> m_collator;
};

} // namespace tenarai
