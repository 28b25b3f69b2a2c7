#include "SheetSelector.h"

namespace tenarai {

namespace {
Error notFound(const QString &file, const QString &message)
{
    Error e;
    e.kind = Error::Kind::InvalidArgument;
    e.file = file;
    e.message = message;
    return e;
}
} // namespace

Result<int> SheetSelector::select(const Workbook &workbook, const QString &wanted, const QString &file)
{
    int index = workbook.indexOf(wanted);
    if (index < 0) {
        bool isNumber = false;
        const int position = wanted.toInt(&isNumber);
        if (!isNumber) {
            return notFound(file, tr("There is no sheet named \"%1\".").arg(wanted));
        }
        if (position < 0 || position >= int(workbook.sheets.size())) {
            return notFound(
                file,
                tr("There is no sheet %1; sheets are counted from 0 and this file has %n sheet(s).", nullptr,
                   int(workbook.sheets.size()))
                    .arg(position));
        }
        index = position;
    }
    const Sheet &sheet = workbook.sheets[size_t(index)];
    if (sheet.type == Sheet::Type::Chartsheet) {
        Error e = notFound(
            file, tr("Sheet %1 (\"%2\") is a chart sheet and holds no cells.").arg(index).arg(sheet.name));
        e.kind = Error::Kind::Unsupported;
        return e;
    }
    return index;
}

Result<int> SheetSelector::firstWorksheet(const Workbook &workbook, const QString &file)
{
    for (size_t i = 0; i < workbook.sheets.size(); ++i) {
        if (workbook.sheets[i].type == Sheet::Type::Worksheet)
            return int(i);
    }
    Error e = notFound(file, tr("The file has no worksheet to convert."));
    e.kind = Error::Kind::Format;
    return e;
}

} // namespace tenarai
