#include "InfoCommand.h"

#include "Console.h"
#include "ProgressReporter.h"
#include "io/TableIO.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tenarai {

namespace {
// Enough to see the shape of a file; --json lists everything.
constexpr int TextMergeLimit = 20;
constexpr int TextRaggedRowLimit = 20;

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              InfoCommand::tr("Print JSON with stable English keys instead of text."));
}

QString typeName(Sheet::Type type)
{
    return type == Sheet::Type::Chartsheet ? QStringLiteral("chartsheet") : QStringLiteral("worksheet");
}

QString translatedState(Sheet::State state)
{
    switch (state) {
    case Sheet::State::Visible:
        return InfoCommand::tr("visible");
    case Sheet::State::Hidden:
        return InfoCommand::tr("hidden");
    case Sheet::State::VeryHidden:
        return InfoCommand::tr("very hidden");
    }
    return {};
}

QString translatedDelimiter(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return InfoCommand::tr("comma (,)");
    if (delimiter == QLatin1Char('\t'))
        return InfoCommand::tr("tab");
    if (delimiter == QLatin1Char(';'))
        return InfoCommand::tr("semicolon (;)");
    if (delimiter.isNull())
        return InfoCommand::tr("none");
    return QStringLiteral("\"%1\"").arg(delimiter);
}
} // namespace

QString InfoCommand::summary() const
{
    return tr("Describe an XLSX or CSV file: format, encoding, sheets, sizes and merged ranges.");
}

QString InfoCommand::usageArguments() const
{
    return tr("[options] FILE");
}

void InfoCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The file to describe: .xlsx, .xlsm, .csv, .tsv or .txt."));
    parser.addOption(jsonOption());
}

ExitCode InfoCommand::execute(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("Give exactly one file."));
    const QString file = args.first();

    ReadOptions options;
    ProgressReporter progress(tr("Reading %1").arg(QFileInfo(file).fileName()));
    options.progress = progress.callback();
    const Result<Workbook> read = TableIO::read(file, options);
    progress.finish();
    if (!read) {
        printError(read.error());
        return ExitCode::Failure;
    }
    Console::out(parser.isSet(jsonOption()) ? json(file, read.value()) : text(file, read.value()));
    return ExitCode::Success;
}

QString InfoCommand::text(const QString &file, const Workbook &workbook)
{
    const SourceInfo &source = workbook.source;
    const bool csv = source.format == u"csv";
    QString out;
    const auto line = [&out](const QString &label, const QString &value) {
        out += label + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    line(tr("File"), file);
    line(tr("Format"), source.format.toUpper());
    if (csv) {
        line(tr("Encoding"), source.encoding);
        line(tr("Delimiter"), translatedDelimiter(source.delimiter));
    } else {
        line(tr("Date system"), source.date1904 ? QStringLiteral("1904") : QStringLiteral("1900"));
    }
    line(tr("Sheets"), QString::number(workbook.sheets.size()));
    for (size_t i = 0; i < workbook.sheets.size(); ++i) {
        const Sheet &sheet = workbook.sheets[i];
        const QString kind = sheet.type == Sheet::Type::Chartsheet ? tr("chart sheet") : tr("worksheet");
        out += tr("  %1: \"%2\", %3, %4, %5 rows x %6 columns")
                   .arg(i)
                   .arg(sheet.name, translatedState(sheet.state), kind)
                   .arg(sheet.table.rowCount())
                   .arg(sheet.table.columnCount())
            + QLatin1Char('\n');
        if (!sheet.merges.isEmpty()) {
            QStringList ranges;
            for (const CellRange &range : sheet.merges.mid(0, TextMergeLimit))
                ranges << range.toA1();
            QString list = ranges.join(QStringLiteral(", "));
            if (sheet.merges.size() > TextMergeLimit)
                list += tr(" and %1 more").arg(sheet.merges.size() - TextMergeLimit);
            out += tr("     merged ranges (%1): %2").arg(sheet.merges.size()).arg(list) + QLatin1Char('\n');
        }
    }
    if (csv) {
        line(tr("Cells per row (most common)"), QString::number(source.expectedColumns));
        line(tr("Rows with another cell count"), QString::number(source.raggedRowCount));
        for (const RaggedRow &ragged : source.raggedRows.mid(0, TextRaggedRowLimit))
            out += tr("  row %1: %n cell(s)", nullptr, ragged.cells).arg(ragged.row + 1) + QLatin1Char('\n');
        if (source.raggedRowCount > TextRaggedRowLimit)
            out += tr("  and %1 more").arg(source.raggedRowCount - TextRaggedRowLimit) + QLatin1Char('\n');
    }
    if (!source.warnings.isEmpty()) {
        out += tr("Warnings:") + QLatin1Char('\n');
        for (const QString &warning : source.warnings)
            out += QStringLiteral("  ") + warning + QLatin1Char('\n');
    }
    return out;
}

QString InfoCommand::json(const QString &file, const Workbook &workbook)
{
    const SourceInfo &source = workbook.source;
    QJsonObject root;
    root.insert(QStringLiteral("file"), file);
    root.insert(QStringLiteral("format"), source.format);
    if (source.format == u"csv") {
        root.insert(QStringLiteral("encoding"), source.encoding);
        root.insert(QStringLiteral("delimiter"),
                    source.delimiter.isNull() ? QString() : QString(source.delimiter));
        root.insert(QStringLiteral("expectedColumns"), source.expectedColumns);
        root.insert(QStringLiteral("raggedRowCount"), source.raggedRowCount);
        QJsonArray ragged;
        for (const RaggedRow &r : source.raggedRows)
            ragged.append(
                QJsonObject { { QStringLiteral("row"), r.row + 1 }, { QStringLiteral("cells"), r.cells } });
        root.insert(QStringLiteral("raggedRows"), ragged);
    } else {
        root.insert(QStringLiteral("date1904"), source.date1904);
    }
    QJsonArray sheets;
    for (size_t i = 0; i < workbook.sheets.size(); ++i) {
        const Sheet &sheet = workbook.sheets[i];
        QJsonArray merges;
        for (const CellRange &range : sheet.merges)
            merges.append(range.toA1());
        sheets.append(QJsonObject {
            { QStringLiteral("index"), int(i) },
            { QStringLiteral("name"), sheet.name },
            { QStringLiteral("state"), Sheet::stateName(sheet.state) },
            { QStringLiteral("type"), typeName(sheet.type) },
            { QStringLiteral("rows"), sheet.table.rowCount() },
            { QStringLiteral("columns"), sheet.table.columnCount() },
            { QStringLiteral("merges"), merges },
        });
    }
    root.insert(QStringLiteral("sheets"), sheets);
    root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(source.warnings));
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace tenarai
