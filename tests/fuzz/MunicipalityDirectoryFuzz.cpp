// libFuzzer harness for the municipality list that IT may put in place of the bundled one
// (TENARAI_MUNICIPALITIES): any bytes must give a directory or an Error, never a crash or a hang,
// and a directory that loaded must answer lookups of its own names within their bounds.
#include "normalize/MunicipalityDirectory.h"

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
    if (size > 256 * 1024)
        return 0;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto directory = tenarai::MunicipalityDirectory::fromJson(json, QStringLiteral("fuzz.json"));
    if (!directory)
        return 0;
    const auto &d = *directory.value();
    for (int p = 0; p < d.prefectureCount(); ++p) {
        const QString prefecture = d.prefectureName(p);
        check(d.matchPrefecture(prefecture).length <= prefecture.size());
        for (const QString &city : d.municipalitiesOf(p)) {
            const auto found = d.matchMunicipality(city, p);
            check(found.length <= city.size());
            for (const auto &candidate : found.candidates)
                check(candidate.municipality >= 0);
        }
    }
    return 0;
}
