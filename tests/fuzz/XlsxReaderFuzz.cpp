// libFuzzer harness for XlsxReader: any bytes must give a workbook or an Error, never a crash, a
// hang or unbounded memory. The limits are lowered so that the fuzzer explores the archive and
// XML parsing, not the allocator. XlsxReader needs no QCoreApplication (tr() falls back to the
// source text), so none is made.
#include "io/XlsxReader.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return 0;

    tenarai::ReadOptions options;
    options.limits.maxFileBytes = 4 * 1024 * 1024;
    options.limits.maxPartBytes = 8 * 1024 * 1024;
    options.limits.maxTotalInflatedBytes = 32 * 1024 * 1024;
    options.limits.maxCompressionRatio = 200;
    options.limits.maxArchiveEntries = 200;
    options.limits.maxCells = 2 * 1000 * 1000;
    options.limits.maxCellChars = 64 * 1024;
    options.limits.maxSharedStrings = 100000;

    const tenarai::Result<tenarai::Workbook> result =
        tenarai::XlsxReader::read(&buffer, QStringLiteral("fuzz.xlsx"), options);
    if (result.ok()) {
        // Touch every stored cell so that a bad offset in a table shows up under ASan.
        qsizetype chars = 0;
        for (const tenarai::Sheet &sheet : result.value().sheets) {
            const tenarai::Table &table = sheet.table;
            for (int c = 0; c < table.columnCount(); ++c) {
                for (qsizetype r = 0; r < table.rowCount(); ++r) {
                    if (!table.column(c).isEmptyAt(r))
                        chars += table.cell(r, c).toString().size();
                }
            }
        }
        return chars < 0 ? 1 : 0;
    }
    return result.error().message.isEmpty() ? 1 : 0;
}
