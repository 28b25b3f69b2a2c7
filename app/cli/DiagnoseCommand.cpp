#include "DiagnoseCommand.h"

#include "Console.h"
#include "ProgressReporter.h"
#include "SheetSelector.h"
#include "io/TableIO.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tenarai {

namespace {
// Enough to find the place in a spreadsheet; --json lists every cell the report holds.
constexpr int TextCellLimit = 10;

QCommandLineOption sheetOption()
{
    return QCommandLineOption(QStringLiteral("sheet"),
                              DiagnoseCommand::tr("The sheet to check: its name, or its position counted from 0. "
                                                  "By default the first worksheet."),
                              DiagnoseCommand::tr("sheet"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              DiagnoseCommand::tr("Print JSON with stable English keys instead of text."));
}

// "B3" for a cell of a sheet as read; "row 3, column B" style would be longer and no clearer.
QString cellName(const FindingCell &cell)
{
    return Table::columnLetters(cell.column) + QString::number(cell.row + 1);
}

QString severityLabel(Finding::Severity severity)
{
    return severity == Finding::Severity::Error ? DiagnoseCommand::tr("error") : DiagnoseCommand::tr("warning");
}

QString stepText(const SuggestedStep &step)
{
    return step.type + QLatin1Char(' ')
        + QString::fromUtf8(QJsonDocument(step.parameters).toJson(QJsonDocument::Compact));
}

QJsonObject stepJson(const SuggestedStep &step)
{
    return QJsonObject{{QStringLiteral("type"), step.type}, {QStringLiteral("parameters"), step.parameters}};
}
} // namespace

QString DiagnoseCommand::summary() const
{
    return tr("Check a table against the government's rules for machine-readable data (総務省 統一ルール).");
}

QString DiagnoseCommand::usageArguments() const
{
    return tr("[options] FILE");
}

void DiagnoseCommand::setUp(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + tr("Exit status: 0 when nothing was found, 1 when there are findings, 2 when the file cannot be "
             "checked."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to check: .xlsx, .xlsm, .csv, .tsv or .txt."));
    parser.addOption(sheetOption());
    parser.addOption(jsonOption());
}

ExitCode DiagnoseCommand::execute(const QCommandLineParser &parser)
{
    // Findings use 1 (like grep's "found"), so a file that cannot be read must not: it gets 2.
    constexpr ExitCode CannotCheck = ExitCode::UsageError;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("Give exactly one file."));
    const QString file = args.first();

    ReadOptions options;
    Result<Workbook> read = [&] {
        ProgressReporter progress(tr("Reading %1").arg(QFileInfo(file).fileName()));
        options.progress = progress.callback();
        return TableIO::read(file, options);
    }();
    if (!read) {
        printError(read.error());
        return CannotCheck;
    }
    const Workbook &workbook = read.value();
    const Result<int> chosen = parser.isSet(sheetOption())
        ? SheetSelector::select(workbook, parser.value(sheetOption()), file)
        : SheetSelector::firstWorksheet(workbook, file);
    if (!chosen) {
        printError(chosen.error());
        return CannotCheck;
    }
    const Sheet &sheet = workbook.sheets[size_t(chosen.value())];

    ProgressReporter progress(tr("Checking %1").arg(QFileInfo(file).fileName()));
    StepContext context;
    if (const ProgressCallback callback = progress.callback())
        context.progress = [callback](double done) { callback(qint64(done * 1000), 1000); };
    const Result<DiagnosisReport> report = Diagnosis::run(sheet, workbook.source, context);
    progress.finish();
    if (!report) {
        Error e = report.error();
        e.file = file;
        printError(e);
        return CannotCheck;
    }
    Console::out(parser.isSet(jsonOption()) ? json(file, sheet, report.value()) : text(file, sheet, report.value()));
    return report->findings.isEmpty() ? ExitCode::Success : ExitCode::Failure;
}

QString DiagnoseCommand::text(const QString &file, const Sheet &sheet, const DiagnosisReport &report)
{
    QString out = tr("%1, sheet \"%2\": %n data row(s)", nullptr, int(std::min<qsizetype>(report.dataRows, INT_MAX)))
                      .arg(file, sheet.name);
    if (report.headerRow >= 0)
        out += tr(" below the headings in row %1").arg(report.headerRow + 1);
    out += QStringLiteral(".\n");
    if (report.sampled())
        out += tr("Values were checked in %1 evenly spread rows of %2.").arg(report.rowsChecked).arg(report.dataRows)
            + QLatin1Char('\n');
    out += QLatin1Char('\n');

    int errors = 0;
    for (const Finding &f : report.findings) {
        errors += f.severity == Finding::Severity::Error;
        out += QStringLiteral("[%1] %2 %3 (%4)\n")
                   .arg(severityLabel(f.severity), f.rule, f.title,
                        tr("%n cell(s)", nullptr, int(std::min<qsizetype>(f.count, INT_MAX))));
        out += QStringLiteral("    ") + f.explanation + QLatin1Char('\n');
        if (!f.cells.isEmpty()) {
            QStringList names;
            for (const FindingCell &cell : f.cells.mid(0, TextCellLimit))
                names << cellName(cell);
            QString list = names.join(QStringLiteral(", "));
            if (f.count > TextCellLimit)
                list += tr(" and %1 more").arg(f.count - TextCellLimit);
            out += QStringLiteral("    ") + tr("Cells: %1").arg(list) + QLatin1Char('\n');
        }
        if (!f.suggestion.isEmpty())
            out += QStringLiteral("    ") + tr("Step that fixes it: %1").arg(stepText(f.suggestion)) + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    if (report.findings.isEmpty())
        out += tr("Nothing found that keeps the table from being machine-readable.") + QStringLiteral("\n\n");
    else if (!report.preparation.isEmpty())
        out += tr("The steps name columns by their headings, so they assume this step first: %1")
                   .arg(stepText(report.preparation.first()))
            + QStringLiteral("\n\n");

    if (!report.unchecked.isEmpty()) {
        out += tr("Not checked (cannot be told from the cells):") + QLatin1Char('\n');
        for (const UncheckedRule &u : report.unchecked)
            out += QStringLiteral("  %1 %2: %3\n").arg(u.rule, u.title, u.reason);
        out += QLatin1Char('\n');
    }
    out += tr("%n finding(s)", nullptr, int(report.findings.size()))
        + tr(": %n error(s)", nullptr, errors)
        + tr(", %n warning(s).", nullptr, int(report.findings.size()) - errors) + QLatin1Char('\n');
    return out;
}

QString DiagnoseCommand::json(const QString &file, const Sheet &sheet, const DiagnosisReport &report)
{
    QJsonArray findings;
    for (const Finding &f : report.findings) {
        QJsonArray cells;
        for (const FindingCell &cell : f.cells)
            cells.append(QJsonObject{{QStringLiteral("row"), cell.row + 1}, {QStringLiteral("column"), cell.column + 1}});
        findings.append(QJsonObject{
            {QStringLiteral("rule"), f.rule},
            {QStringLiteral("title"), f.title},
            {QStringLiteral("explanation"), f.explanation},
            {QStringLiteral("severity"), Finding::severityName(f.severity)},
            {QStringLiteral("count"), f.count},
            {QStringLiteral("cells"), cells},
            {QStringLiteral("columns"), QJsonArray::fromStringList(f.columns)},
            {QStringLiteral("suggestion"), f.suggestion.isEmpty() ? QJsonValue() : QJsonValue(stepJson(f.suggestion))},
        });
    }
    QJsonArray preparation;
    for (const SuggestedStep &step : report.preparation)
        preparation.append(stepJson(step));
    QJsonArray unchecked;
    for (const UncheckedRule &u : report.unchecked)
        unchecked.append(QJsonObject{{QStringLiteral("rule"), u.rule},
                                     {QStringLiteral("title"), u.title},
                                     {QStringLiteral("reason"), u.reason}});
    const QJsonObject root{
        {QStringLiteral("file"), file},
        {QStringLiteral("sheet"), sheet.name},
        {QStringLiteral("headerRow"), report.headerRow >= 0 ? QJsonValue(report.headerRow + 1) : QJsonValue()},
        {QStringLiteral("dataRows"), report.dataRows},
        {QStringLiteral("rowsChecked"), report.rowsChecked},
        {QStringLiteral("sampled"), report.sampled()},
        {QStringLiteral("columns"), QJsonArray::fromStringList(report.columnNames)},
        {QStringLiteral("preparation"), preparation},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("notChecked"), unchecked},
    };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace tenarai
