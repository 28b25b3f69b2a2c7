#include "io/TableIO.h"

#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"

#include <QFile>
#include <QFileInfo>

namespace tenarai {

TableIO::Format TableIO::formatForExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm")
        return Format::Xlsx;
    if (suffix == u"csv" || suffix == u"tsv" || suffix == u"txt")
        return Format::Csv;
    return Format::Unknown;
}

TableIO::Format TableIO::detectFormat(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(4);
        if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
            return Format::Xlsx;
        if (!head.isEmpty() && formatForExtension(path) != Format::Xlsx)
            return Format::Csv;
    }
    return formatForExtension(path);
}

Result<Workbook> TableIO::read(const QString &path, const ReadOptions &options)
{
    if (!QFileInfo::exists(path)) {
        Error e;
        e.kind = Error::Kind::Io;
        e.file = path;
        e.message = tr("The file does not exist.");
        return e;
    }
    switch (detectFormat(path)) {
    case Format::Xlsx:
        return XlsxReader::readFile(path, options);
    case Format::Csv:
    case Format::Unknown:
        // An empty file or one with an unknown name is read as text, which tells the user
        // more than a refusal would.
        return CsvReader::readFile(path, options);
    }
    return CsvReader::readFile(path, options);
}

Status TableIO::write(const QString &path, const Workbook &workbook, int sheet, const WriteOptions &options)
{
    const Format format = formatForExtension(path);
    if (format == Format::Xlsx)
        return XlsxWriter::writeFile(path, workbook, options);
    if (sheet < 0 || sheet >= int(workbook.sheets.size())) {
        Error e;
        e.kind = Error::Kind::InvalidArgument;
        e.file = path;
        e.message = tr("There is no sheet %1 to write.").arg(sheet);
        return e;
    }
    return CsvWriter::writeFile(path, workbook.sheets[size_t(sheet)].table, options);
}

} // namespace tenarai
