#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace tenarai {

// Writes the block number of a Japanese address (丁目・番地・号) the short way: 1丁目2番3号,
// 一丁目2番地3 and 1丁目2番地の3 all become 1-2-3, and 1234番地5 becomes 1234-5. A number
// alone keeps its unit (三丁目 → 3丁目, 1234番地 stays), since 1234 would not say what it is. Whatever
// follows the block number is the building (コーポ桜101, 中央合同庁舎) and keeps exactly one
// space before it. Text before the block number (the town, 霞が関, 大字上野) is kept, and so is
// a town name that merely holds a numeral (三田, 一番町, 北1条西): only a number followed by
// 丁目, 番, 番地, 号 or a hyphen and another number starts a block number.
//
// Meant for the part of an address after the municipality (AddressSplitter's rest), but any
// text is accepted; text without a block number only has its width and spaces cleaned.
// Normalising twice gives the same text as normalising once. Stateless and thread-safe.
class BlockNumberNormalizer
{
public:
    static QString normalize(QStringView text);
    // normalize(text), or nullopt when that is text itself: most values of a cleaned column are
    // already short, and they are then passed through without building a string.
    static std::optional<QString> normalizeIfChanged(QStringView text);

    // 一 → 1, 十二 → 12, 二十三 → 23, 百五 → 105, 一〇五 → 105; -1 when the text is not a
    // kanji numeral below 10000.
    static int kanjiNumeralValue(QStringView text);
};

} // namespace tenarai
