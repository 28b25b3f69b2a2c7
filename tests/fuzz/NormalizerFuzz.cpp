// libFuzzer harness for the cleaning normalisers: any text must give a value or an Error, never a
// crash, a hang or an out-of-bounds read, and the documented invariants must hold. The bytes
// are read as UTF-8; when the first byte is 0xFF the rest is read as raw UTF-16 code units so
// that lone surrogates reach the normalisers too.
#include "normalize/DateNormalizer.h"
#include "normalize/NameKey.h"
#include "normalize/NumberNormalizer.h"
#include "normalize/TextNormalizer.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool hasDoubleOrOuterSpace(const QString &s)
{
    if (!s.isEmpty() && (s.front().isSpace() || s.back().isSpace()))
        return true;
    for (qsizetype i = 1; i < s.size(); ++i) {
        if (s.at(i).isSpace() && s.at(i - 1).isSpace())
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    QString text;
    if (size > 0 && data[0] == 0xFF)
        text = QString(reinterpret_cast<const QChar *>(data + 1), qsizetype((size - 1) / 2));
    else
        text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    using namespace tenarai;

    // Text: default options, then every option flipped.
    const QString once = TextNormalizer::normalize(text);
    check(!hasDoubleOrOuterSpace(once));
    check(TextNormalizer::normalize(once) == once);
    TextNormalizer::Options all;
    all.foldEnclosed = all.foldSquared = all.foldRomanNumerals = all.foldSuperscripts = true;
    all.spaceStyle = TextNormalizer::SpaceStyle::AsWritten;
    all.waveDash = TextNormalizer::WaveDash::FullwidthTilde;
    check(!hasDoubleOrOuterSpace(TextNormalizer::normalize(text, all)));
    TextNormalizer::Options raw;
    raw.trim = raw.collapseSpaces = raw.foldWidth = raw.removeInvisible = raw.ideographicSpaceToAscii = false;
    raw.waveDash = TextNormalizer::WaveDash::Keep;
    check(TextNormalizer::normalize(text, raw) == text); // everything off changes nothing
    (void)TextNormalizer::trimAndCollapse(text, TextNormalizer::SpaceStyle::Ideographic);

    for (const QChar c : TextNormalizer::toKatakana(text))
        check(!(c.unicode() >= 0x3041 && c.unicode() <= 0x3096));
    for (const QChar c : TextNormalizer::toHiragana(text))
        check(!(c.unicode() >= 0x30A1 && c.unicode() <= 0x30F6));

    // Dates: an accepted value is a valid date whose ISO form reads back as the same date.
    DateNormalizer::Options keep;
    keep.time = DateNormalizer::TimeHandling::Keep;
    const Result<DateNormalizer::Value> date = DateNormalizer::parse(text, keep);
    if (date.ok()) {
        check(date.value().date.isValid());
        const Result<QDate> again = DateNormalizer::parseDate(date.value().date.toString(Qt::ISODate));
        check(again.ok() && again.value() == date.value().date);
    } else {
        check(!date.error().message.isEmpty());
    }
    DateNormalizer::Options mac;
    mac.excelSystem = DateNormalizer::ExcelSystem::Excel1904;
    mac.time = DateNormalizer::TimeHandling::Refuse;
    (void)DateNormalizer::toIso(text, mac);

    // Numbers: accepted values are finite; errors carry a reason.
    NumberNormalizer::AmountOptions free;
    free.freeAsZero = true;
    for (const Result<double> &r : { NumberNormalizer::parseAmount(text), NumberNormalizer::parseAmount(text, free),
                                     NumberNormalizer::toDecimal(text) })
        check(r.ok() ? std::isfinite(r.value()) : !r.error().message.isEmpty());
    (void)NumberNormalizer::toInteger(text);
    (void)NumberNormalizer::parseKanjiNumeral(text);

    // Name keys have no whitespace.
    for (const QChar c : NameKey::key(text))
        check(!c.isSpace());
    NameKey::Options kana;
    kana.foldKana = true;
    (void)NameKey::key(text, kana);
    return 0;
}
