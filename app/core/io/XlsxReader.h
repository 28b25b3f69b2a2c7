#pragma once

#include "io/TableIO.h"

class QIODevice;

namespace tenarai {

// Reads an Office Open XML workbook (.xlsx, .xlsm; transitional and strict) with QuaZip and
// QXmlStreamReader, streaming each sheet's XML. Every sheet is returned in workbook order with its
// name, state and type (chartsheets have an empty table); cells keep their kinds, formulas give
// their cached values, numbers with a date format become dates in the workbook's date system,
// merged ranges are listed with the value in the top-left cell. Limits in ReadOptions::limits are
// checked before memory is spent.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::XlsxReader)
public:
    static Result<Workbook> readFile(const QString &path, const ReadOptions &options = {});
    // displayName is used in error messages (a file name).
    static Result<Workbook> read(QIODevice *device, const QString &displayName,
                                 const ReadOptions &options = {});
};

} // namespace tenarai
