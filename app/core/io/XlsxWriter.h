#pragma once

#include "io/TableIO.h"

namespace tenarai {

// Writes every worksheet of a workbook as .xlsx (with QuaZip; see XlsxWriter.cpp for why not
// libxlsxwriter): numbers as numbers, booleans,
// dates and date-times as real dates with a date format, text as shared strings, merged ranges
// kept, and the first row styled as a header when WriteOptions::headerRow is set.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::XlsxWriter)
public:
    static Status writeFile(const QString &path, const Workbook &workbook, const WriteOptions &options = {});
};

} // namespace tenarai
