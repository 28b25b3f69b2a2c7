#include "ConvertCommand.h"

#include "Console.h"
#include "EncodingNames.h"
#include "ProgressReporter.h"
#include "SheetSelector.h"
#include "io/TableIO.h"

#include <QFileInfo>

#include <optional>

namespace tenarai {

namespace {
QCommandLineOption sheetOption()
{
    return QCommandLineOption(
        QStringLiteral("sheet"),
        ConvertCommand::tr("The sheet to convert: its name, or its position counted from 0. "
                           "CSV output takes the first worksheet by default; XLSX output "
                           "takes every sheet unless this is given."),
        ConvertCommand::tr("sheet"));
}

QCommandLineOption encodingOption()
{
    return QCommandLineOption(
        QStringLiteral("encoding"),
        ConvertCommand::tr("Encoding of CSV output: utf-8 (default, with a BOM so that Excel "
                           "opens it correctly) or cp932 (Shift_JIS as Windows uses it)."),
        ConvertCommand::tr("encoding"));
}

QCommandLineOption noBomOption()
{
    return QCommandLineOption(QStringLiteral("no-bom"), ConvertCommand::tr("Write UTF-8 CSV without a BOM."));
}

QCommandLineOption inputEncodingOption()
{
    return QCommandLineOption(QStringLiteral("input-encoding"),
                              ConvertCommand::tr("Encoding of a CSV input: utf-8, cp932 or utf-16. "
                                                 "By default it is detected."),
                              ConvertCommand::tr("encoding"));
}

QCommandLineOption noHeaderStyleOption()
{
    return QCommandLineOption(QStringLiteral("no-header-style"),
                              ConvertCommand::tr("XLSX output: do not style the first row as a header."));
}

} // namespace

QString ConvertCommand::summary() const
{
    return tr("Convert an XLSX or CSV file to CSV or XLSX (chosen by the output file's extension).");
}

QString ConvertCommand::usageArguments() const
{
    return tr("[options] IN OUT");
}

void ConvertCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("IN"),
                                 tr("The file to read: .xlsx, .xlsm, .csv, .tsv or .txt."));
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 tr("The file to write: .csv or .xlsx. It is replaced if it exists."));
    parser.addOption(sheetOption());
    parser.addOption(encodingOption());
    parser.addOption(noBomOption());
    parser.addOption(inputEncodingOption());
    parser.addOption(noHeaderStyleOption());
}

ExitCode ConvertCommand::execute(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("Give exactly one input file and one output file."));
    const QString in = args.at(0);
    const QString out = args.at(1);

    const TableIO::Format outFormat = TableIO::formatForExtension(out);
    if (outFormat == TableIO::Format::Unknown)
        return usageError(
            tr("Cannot tell the output format from \"%1\"; use a .csv or .xlsx file name.").arg(out));

    WriteOptions writeOptions;
    if (parser.isSet(encodingOption())) {
        if (outFormat != TableIO::Format::Csv)
            return usageError(tr("--encoding applies to CSV output only."));
        const std::optional<QString> encoding = EncodingNames::canonical(parser.value(encodingOption()), false);
        if (!encoding)
            return usageError(tr("Unknown output encoding \"%1\"; use utf-8 or cp932.")
                                  .arg(parser.value(encodingOption())));
        writeOptions.encoding = *encoding;
    }
    writeOptions.bom = !parser.isSet(noBomOption());
    writeOptions.headerRow = !parser.isSet(noHeaderStyleOption());

    ReadOptions readOptions;
    if (parser.isSet(inputEncodingOption())) {
        const std::optional<QString> encoding = EncodingNames::canonical(parser.value(inputEncodingOption()), true);
        if (!encoding) {
            return usageError(tr("Unknown input encoding \"%1\"; use utf-8, cp932 or utf-16.")
                                  .arg(parser.value(inputEncodingOption())));
        }
        readOptions.encoding = *encoding;
    }

    Result<Workbook> read = [&] {
        ProgressReporter progress(tr("Reading %1").arg(QFileInfo(in).fileName()));
        readOptions.progress = progress.callback();
        return TableIO::read(in, readOptions);
    }();
    if (!read) {
        printError(read.error());
        return ExitCode::Failure;
    }
    Workbook &workbook = read.value();
    for (const QString &warning : std::as_const(workbook.source.warnings))
        printError(tr("%1: warning: %2").arg(in, warning));

    std::optional<int> chosen;
    if (parser.isSet(sheetOption())) {
        const Result<int> selected = SheetSelector::select(workbook, parser.value(sheetOption()), in);
        if (!selected) {
            printError(selected.error());
            return ExitCode::Failure;
        }
        chosen = selected.value();
    } else if (outFormat == TableIO::Format::Csv) {
        const Result<int> first = SheetSelector::firstWorksheet(workbook, in);
        if (!first) {
            printError(first.error());
            return ExitCode::Failure;
        }
        chosen = first.value();
    }

    int sheetToWrite = chosen.value_or(0);
    if (outFormat == TableIO::Format::Xlsx && chosen) {
        // Only the chosen sheet goes into the new workbook.
        Sheet sheet = std::move(workbook.sheets[size_t(*chosen)]);
        workbook.sheets.clear();
        workbook.sheets.push_back(std::move(sheet));
        sheetToWrite = 0;
    }

    ProgressReporter progress(tr("Writing %1").arg(QFileInfo(out).fileName()));
    writeOptions.progress = progress.callback();
    const Status written = TableIO::write(out, workbook, sheetToWrite, writeOptions);
    progress.finish();
    if (!written) {
        printError(written.error());
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

} // namespace tenarai
