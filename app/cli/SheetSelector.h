#pragma once

#include "Error.h"
#include "table/Workbook.h"

#include <QCoreApplication>
#include <QString>

namespace tenarai {

// Finds the sheet a user named on the command line: an exact sheet name first (sheets are often
// called "2024"), then a 0-based position as in the corpus's expected file names. Chartsheets hold
// no cells and are refused.
class SheetSelector
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::SheetSelector)
public:
    static Result<int> select(const Workbook &workbook, const QString &wanted, const QString &file);
    // The first worksheet, hidden or not; an error when the workbook has none.
    static Result<int> firstWorksheet(const Workbook &workbook, const QString &file);
};

} // namespace tenarai
