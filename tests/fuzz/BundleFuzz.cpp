// libFuzzer harness for progress bundle files: they arrive on USB sticks and shared folders from
// other PCs, so every byte is outside input.
#include "progress/ProgressBundle.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &key : { QByteArray(), QByteArrayLiteral("fuzz-organisation-key-0123456789") }) {
        auto bundle = tenarai::ProgressBundle::fromJson(json, QStringLiteral("fuzz.tenarai-progress"), key);
        if (!bundle.ok()) {
            // Every refusal says what is wrong and names the file.
            if (bundle.error().message.isEmpty() || bundle.error().file.isEmpty())
                __builtin_trap();
            continue;
        }
        // Whatever is accepted must write and read back to the same records.
        const QByteArray again = bundle->toJson(key);
        auto reread = tenarai::ProgressBundle::fromJson(again, QStringLiteral("again"), key);
        if (!reread.ok() || reread->events.size() != bundle->events.size()
            || reread->profileId != bundle->profileId)
            __builtin_trap();
        for (qsizetype i = 0; i < bundle->events.size(); ++i) {
            if (tenarai::toJson(reread->events.at(i)) != tenarai::toJson(bundle->events.at(i)))
                __builtin_trap();
        }
    }
    return 0;
}
