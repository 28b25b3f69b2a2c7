// libFuzzer harness for the workshop protocol's frame decoder: bytes from an untrusted peer.
#include "FrameCodec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tenarai::workshop::FrameCodec codec(64 * 1024);
    // Feed in two parts to exercise the reassembly path.
    const size_t half = size / 2;
    auto first = codec.feed(QByteArray(reinterpret_cast<const char *>(data), qsizetype(half)));
    if (first.ok())
        (void)codec.feed(QByteArray(reinterpret_cast<const char *>(data + half), qsizetype(size - half)));
    return 0;
}
