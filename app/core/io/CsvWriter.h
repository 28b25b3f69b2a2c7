#pragma once

#include "io/TableIO.h"

class QIODevice;

namespace tenarai {

// Writes a table as RFC 4180 CSV with CRLF line ends: UTF-8 with a BOM by default so that Excel
// opens it correctly, or CP932 on request. A character that CP932 cannot hold is an error naming
// its row and column; nothing is written in its place. Cells use Cell::toString().
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::CsvWriter)
public:
    // Writes to a temporary file and renames it into place, so a failed write leaves no half file.
    static Status writeFile(const QString &path, const Table &table, const WriteOptions &options = {});
    static Status write(QIODevice *device, const QString &displayName, const Table &table,
                        const WriteOptions &options = {});
};

} // namespace tenarai
