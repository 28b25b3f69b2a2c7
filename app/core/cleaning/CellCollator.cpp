#include "cleaning/CellCollator.h"

#include "cleaning/BlankCell.h"
#include "normalize/DateNormalizer.h"
#include "normalize/NumberNormalizer.h"

#include <unicode/ucol.h>
#include <unicode/uloc.h>

#include <algorithm>
#include <cstring>

namespace tenarai {

namespace {
constexpr double MsPerDay = 86400000.0;

bool isDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'\uFF10' && c <= u'\uFF19');
}

// Parsing every text cell as a number and a date would build a translated error message for
// each name and address; these cheap checks skip the values that cannot be either.
bool mayBeNumber(QStringView text)
{
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        return isDigit(c) || c == u'-' || c == u'+' || c == u'.' || c == u'\u2212' || c == u'\uFF0D'
               || c == u'\uFF0B' || c == u'\uFF0E';
    }
    return false;
}

bool mayBeDate(QStringView text)
{
    if (text.size() > 40)
        return false;
    for (QChar c : text) {
        if (isDigit(c) || c == u'年')
            return true;
    }
    return false;
}
} // namespace

void CellCollator::Closer::operator()(UCollator *collator) const
{
    ucol_close(collator);
}

Result<CellCollator> CellCollator::open(const QString &locale)
{
    auto unknown = [&locale] {
        Error e;
        e.kind = Error::Kind::Unsupported;
        e.message = tr("Tenarai has no sort order for the language “%1”.").arg(locale);
        return e;
    };
    const QByteArray name = locale.toUtf8();
    // ICU falls back to the root collation for any name, even a misspelt one; a recipe that
    // names a language nobody knows should say so rather than sort differently from what its
    // author expected.
    if (*uloc_getISO3Language(name.constData()) == '\0')
        return unknown();
    UErrorCode status = U_ZERO_ERROR;
    UCollator *collator = ucol_open(name.constData(), &status);
    if (U_FAILURE(status)) {
        if (collator)
            ucol_close(collator);
        return unknown();
    }
    CellCollator result(collator);
    ucol_setStrength(collator, UCOL_SECONDARY);
    ucol_setAttribute(collator, UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
    if (U_FAILURE(status))
        return unknown();
    return result;
}

QByteArray CellCollator::textKey(QStringView text) const
{
    const auto *source = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = int32_t(text.size());
    QByteArray key(qsizetype(text.size()) * 4 + 16, Qt::Uninitialized);
    int32_t needed = ucol_getSortKey(m_collator.get(), source, length,
                                     reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = ucol_getSortKey(m_collator.get(), source, length,
                                 reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    }
    key.resize(std::max<int32_t>(needed - 1, 0)); // drop the terminating zero
    return key;
}

CellCollator::Key CellCollator::key(const QString &text) const
{
    if (BlankCell::is(Cell::text(text)))
        return {};
    if (mayBeNumber(text)) {
        const auto number = NumberNormalizer::toDecimal(text);
        if (number)
            return {Rank::Number, number.value(), {}};
    }
    if (mayBeDate(text)) {
        DateNormalizer::Options options;
        options.time = DateNormalizer::TimeHandling::Keep;
        options.acceptSerialText = false;
        const auto date = DateNormalizer::parse(text, options);
        if (date) {
            const double ms = double(date->date.toJulianDay()) * MsPerDay
                              + (date->hasTime() ? double(date->time.msecsSinceStartOfDay()) : 0.0);
            return {Rank::Date, ms, {}};
        }
    }
    return {Rank::Text, 0, textKey(text)};
}

CellCollator::Key CellCollator::key(const Cell &cell) const
{
    switch (cell.kind()) {
    case Cell::Kind::Empty:
        return {};
    case Cell::Kind::Text:
        return key(cell.textValue());
    case Cell::Kind::Number:
        return {Rank::Number, cell.numberValue(), {}};
    case Cell::Kind::Date:
        return {Rank::Date, double(cell.rawInt()) * MsPerDay, {}};
    case Cell::Kind::DateTime:
        return {Rank::Date, double(cell.rawInt()), {}};
    case Cell::Kind::Time:
        return {Rank::Time, double(cell.timeMilliseconds()), {}};
    case Cell::Kind::Boolean:
        return {Rank::Boolean, cell.booleanValue() ? 1.0 : 0.0, {}};
    case Cell::Kind::Error:
        return {Rank::Error, 0, textKey(cell.errorCode())};
    }
    return {};
}

int CellCollator::compare(const Key &a, const Key &b)
{
    if (a.rank != b.rank)
        return a.rank < b.rank ? -1 : 1;
    switch (a.rank) {
    case Rank::Text:
    case Rank::Error: {
        const int c = std::memcmp(a.text.constData(), b.text.constData(),
                                  size_t(std::min(a.text.size(), b.text.size())));
        if (c != 0)
            return c;
        return a.text.size() < b.text.size() ? -1 : (a.text.size() > b.text.size() ? 1 : 0);
    }
    case Rank::Blank:
        return 0;
    default:
        return a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
    }
}

} // namespace tenarai
