// libFuzzer harness for pack archives: they arrive from file shares and e-mail, and every check
// of the directory and of the inflated bytes runs on them before anything else reads a byte.
#include "lessons/PackLoader.h"
#include "lessons/PackSource.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray zip(reinterpret_cast<const char *>(data), qsizetype(size));
    // Small limits, so that the fuzzer reaches them with small inputs and runs stay fast.
    tenarai::PackSource::Limits limits;
    limits.maxArchiveBytes = 1024 * 1024;
    limits.maxFileBytes = 256 * 1024;
    limits.maxTotalBytes = 1024 * 1024;
    limits.maxEntries = 64;
    limits.maxCompressionRatio = 50;
    const auto source
        = tenarai::PackSource::openArchiveData(zip, QStringLiteral("fuzz.tenarai-pack"), limits);
    if (!source.ok()) {
        if (source.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    const QStringList &files = source.value()->files();
    if (!std::is_sorted(files.cbegin(), files.cend()))
        __builtin_trap();
    for (const QString &file : files) {
        // Every listed name must be a canonical pack path, and reading stays within the limits.
        const auto checked = tenarai::PackSource::checkedPath(file);
        if (!checked.ok() || checked.value() != file || !source.value()->contains(file))
            __builtin_trap();
        const auto bytes = source.value()->read(file);
        if (bytes.ok() && bytes.value().size() > limits.maxFileBytes)
            __builtin_trap();
        if (!bytes.ok() && bytes.error().message.isEmpty())
            __builtin_trap();
    }
    (void)source.value()->read(QStringLiteral("../outside.txt"));
    // Then the whole validation a pack gets before the library lists it: manifest, hashes,
    // lesson Markdown and its links, exercises, solutions and data tables. It may refuse, with a
    // message for every problem, but never loads a pack it also found errors in.
    const tenarai::PackLoadResult loaded = tenarai::PackLoader::load(source.value());
    if (loaded.pack && !loaded.errors.isEmpty())
        __builtin_trap();
    for (const tenarai::PackIssue &issue : loaded.errors) {
        if (issue.message.isEmpty())
            __builtin_trap();
    }
    return 0;
}
