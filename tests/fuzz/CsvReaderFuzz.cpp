// libFuzzer harness for CsvReader: any bytes must give a table or an Error, never a crash, a hang
// or unbounded memory. Limits are lowered so that the fuzzer explores the parser, not the
// allocator. CsvReader needs no QCoreApplication (decoders are created on demand), so none is made.
#include "io/CsvReader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <iterator>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return 0;

    tenarai::ReadOptions options;
    options.limits.maxFileBytes = 4 * 1024 * 1024;
    options.limits.maxRows = 10000;
    options.limits.maxColumns = 1000;
    options.limits.maxCellChars = 64 * 1024;
    options.limits.maxCells = 200000;
    // The first byte, when it is one of these, also chooses an encoding override, so that the
    // non-detected paths (UTF-16 without BOM, EUC-JP on CP932 bytes…) are exercised too.
    static const char *const encodings[] = { "utf-8", "cp932", "utf-16", "utf-16be", "euc-jp", "latin-1" };
    if (size > 1 && data[0] >= 0xF0 && data[0] < 0xF0 + std::size(encodings))
        options.encoding = QString::fromLatin1(encodings[data[0] - 0xF0]);

    const tenarai::Result<tenarai::Workbook> result = tenarai::CsvReader::read(&buffer, QStringLiteral("fuzz.csv"), options);
    if (result.ok()) {
        const tenarai::Table &table = result.value().sheets.front().table;
        // Touch every cell so that a bad offset in the stored table shows up under ASan.
        qsizetype chars = 0;
        for (qsizetype r = 0; r < table.rowCount(); ++r) {
            for (int c = 0; c < table.columnCount(); ++c)
                chars += table.cell(r, c).textValue().size();
        }
        (void)chars;
    }
    return 0;
}
