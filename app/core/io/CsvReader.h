#pragma once

#include "io/TableIO.h"

class QIODevice;

namespace tenarai {

// Reads delimited text into a one-sheet Workbook whose cells are all Text or Empty (CSV has no
// kinds; typing is a cleaning step). Streams the input: memory stays near the table's own size.
//
// Encoding: a BOM decides (UTF-8, UTF-16LE/BE); otherwise valid UTF-8 is UTF-8, and text that is
// not but decodes as Shift_JIS is read with the CP932 (Windows-31J) mapping that Windows Excel
// uses (～ is U+FF5E, ① and ㈱ are NEC row 13). Delimiter: comma, tab or semicolon, whichever
// splits the first lines most consistently outside quotes. Quoting follows RFC 4180 (embedded
// newlines, doubled quotes); rows with a different cell count are kept and reported.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::CsvReader)
public:
    static Result<Workbook> readFile(const QString &path, const ReadOptions &options = {});
    // displayName is used in error messages (a file name).
    static Result<Workbook> read(QIODevice *device, const QString &displayName,
                                 const ReadOptions &options = {});
};

} // namespace tenarai
