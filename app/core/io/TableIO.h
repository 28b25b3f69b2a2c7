#pragma once

#include "Error.h"
#include "table/Workbook.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace tenarai {

// Called by readers and writers now and then; return false to cancel (the operation then fails
// with Error::Kind::Cancelled). total is -1 when unknown.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// Limits that keep a hostile or broken file from taking all memory or time. The defaults are
// documented in README.md ("Limits"); tests lower them.
struct ReadLimits
{
    qint64 maxFileBytes = qint64(2) * 1024 * 1024 * 1024;         // 2 GiB on disk
    qint64 maxPartBytes = qint64(1) * 1024 * 1024 * 1024;         // 1 GiB inflated, per XLSX part
    qint64 maxTotalInflatedBytes = qint64(4) * 1024 * 1024 * 1024; // all XLSX parts together
    int maxCompressionRatio = 1000;                               // inflated / compressed, XLSX parts over 1 MiB
    int maxArchiveEntries = 10000;
    qint64 maxCells = qint64(200) * 1000 * 1000;                  // non-empty cells per workbook
    qint64 maxRows = 1048576 * 4;                                 // CSV rows (XLSX is capped by the format)
    int maxColumns = 16384;
    int maxCellChars = 1024 * 1024;                               // one cell's text
    int maxSharedStrings = 50 * 1000 * 1000;
};

struct ReadOptions
{
    QString encoding;          // CSV: empty detects; otherwise "utf-8", "cp932" (= "shift_jis"), "utf-16"
    QChar delimiter;           // CSV: null detects among comma, tab and semicolon
    ReadLimits limits;
    ProgressCallback progress;
};

struct WriteOptions
{
    QString encoding = QStringLiteral("utf-8"); // CSV: "utf-8" (with BOM unless bom is false) or "cp932"
    bool bom = true;                            // CSV UTF-8 only
    QChar delimiter = QLatin1Char(',');         // CSV
    bool headerRow = true;                      // XLSX: style the first row as a header
    ProgressCallback progress;
};

// Chooses the reader or writer by content and file name.
class TableIO
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::TableIO)
public:
    enum class Format { Unknown, Csv, Xlsx };

    // XLSX when the file starts as a ZIP archive; CSV for text; by extension for new files.
    static Format detectFormat(const QString &path);
    static Format formatForExtension(const QString &path);

    static Result<Workbook> read(const QString &path, const ReadOptions &options = {});
    // CSV writes the given sheet only; XLSX writes every sheet.
    static Status write(const QString &path, const Workbook &workbook, int sheet,
                        const WriteOptions &options = {});
};

} // namespace tenarai
