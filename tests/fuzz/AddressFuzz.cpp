// libFuzzer harness for the contact-data normalisers: any bytes, read as UTF-8, must give a
// value or an Error from PhoneNormalizer, PostalCodeNormalizer and AddressSplitter, and a string
// from BlockNumberNormalizer, never a crash or a hang. The outputs are checked for the promises
// the cleaning steps rely on: a normalised value normalises to itself.
#include "normalize/AddressSplitter.h"
#include "normalize/BlockNumberNormalizer.h"
#include "normalize/MunicipalityDirectory.h"
#include "normalize/PhoneNormalizer.h"
#include "normalize/PostalCodeNormalizer.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const tenarai::Result<QString> phone = tenarai::PhoneNormalizer::normalize(input);
    if (phone.ok()) {
        const tenarai::Result<QString> again = tenarai::PhoneNormalizer::normalize(phone.value());
        check(again.ok() && again.value() == phone.value());
    }

    const tenarai::Result<QString> postal = tenarai::PostalCodeNormalizer::normalize(input);
    if (postal.ok()) {
        check(postal.value().isEmpty() || postal.value().size() == 8);
        const tenarai::Result<QString> again = tenarai::PostalCodeNormalizer::normalize(postal.value());
        check(again.ok() && again.value() == postal.value());
    }

    static const tenarai::AddressSplitter splitter(tenarai::MunicipalityDirectory::embedded());
    const tenarai::Result<tenarai::AddressParts> parts = splitter.split(input);
    if (parts.ok()) {
        // Splitting what was split gives the same parts: the directory's own names split to
        // themselves.
        const QString joined = parts->prefecture + parts->municipality + parts->rest;
        const tenarai::Result<tenarai::AddressParts> again = splitter.split(joined);
        check(again.ok() && again->prefecture == parts->prefecture
              && again->municipality == parts->municipality);
    }

    const QString block = tenarai::BlockNumberNormalizer::normalize(input);
    check(tenarai::BlockNumberNormalizer::normalize(block) == block);
    return 0;
}
