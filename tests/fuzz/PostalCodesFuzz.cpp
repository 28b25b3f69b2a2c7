// libFuzzer harness for the postal-code table that IT installs for 住所 auto-fill
// (TENARAI_POSTAL_CODES): any bytes must give a directory or an Error, never a crash or a hang,
// and every address a loaded directory returns must name a prefecture and a municipality.
#include "forms/PostalAddressDirectory.h"

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

void checkLookup(const tenarai::PostalAddressDirectory &directory, QStringView code)
{
    for (const auto &address : directory.lookup(code)) {
        check(!address.prefecture.isEmpty());
        check(!address.municipality.isEmpty());
        check(address.text().startsWith(address.prefecture));
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto directory = tenarai::PostalAddressDirectory::fromCsv(bytes, QStringLiteral("fuzz.csv"));
    if (!directory) {
        check(!directory.error().message.isEmpty());
        return 0;
    }
    const auto &d = *directory.value();
    check(d.size() > 0);
    // Every run of 7 digits in the input is a code the table may hold; look each one up, and
    // the input's own text as a (usually malformed) code.
    const QString text = QString::fromUtf8(bytes);
    int lookups = 0;
    for (qsizetype i = 0; i + 7 <= text.size() && lookups < 1000; ++i) {
        bool digits = true;
        for (qsizetype k = i; k < i + 7 && digits; ++k)
            digits = text[k] >= QLatin1Char('0') && text[k] <= QLatin1Char('9');
        if (digits) {
            checkLookup(d, QStringView(text).mid(i, 7));
            ++lookups;
        }
    }
    checkLookup(d, QStringView(text).left(16));
    checkLookup(d, u"100-0001");
    checkLookup(d, u"〒１００－０００１");
    return 0;
}
