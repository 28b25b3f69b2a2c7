#include "CleanCommand.h"

#include "Console.h"
#include "EncodingNames.h"
#include "ProgressReporter.h"
#include "SheetSelector.h"
#include "cleaning/Recipe.h"
#include "io/TableIO.h"

#include <QFileInfo>
#include <QMutex>

namespace tenarai {

namespace {
// Enough to find the pattern; the workbench shows every one.
constexpr int IssueLineLimit = 20;

QCommandLineOption recipeOption()
{
    return QCommandLineOption(QStringLiteral("recipe"),
                              CleanCommand::tr("The recipe to run (a .json file saved by Tenarai)."),
                              CleanCommand::tr("file"));
}

QCommandLineOption encodingOption()
{
    return QCommandLineOption(QStringLiteral("encoding"),
                              CleanCommand::tr("Encoding of a CSV input: utf-8, cp932 or utf-16. Overrides the "
                                               "recipe's; when neither names one, it is detected."),
                              CleanCommand::tr("encoding"));
}

QCommandLineOption sheetOption()
{
    return QCommandLineOption(QStringLiteral("sheet"),
                              CleanCommand::tr("The sheet to clean: its name, or its position counted from 0. "
                                               "Overrides the recipe's; when neither names one, the first worksheet."),
                              CleanCommand::tr("sheet"));
}
} // namespace

QString CleanCommand::summary() const
{
    return tr("Run a cleaning recipe on an XLSX or CSV file and write the result (CSV or XLSX by extension).");
}

QString CleanCommand::usageArguments() const
{
    return tr("--recipe R.json [options] IN OUT");
}

void CleanCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("IN"), tr("The file to clean: .xlsx, .xlsm, .csv, .tsv or .txt."));
    parser.addPositionalArgument(
        QStringLiteral("OUT"),
        tr("The file to write: .csv or .xlsx. Written only when every step succeeds; replaced if it exists."));
    parser.addOption(recipeOption());
    parser.addOption(encodingOption());
    parser.addOption(sheetOption());
}

ExitCode CleanCommand::execute(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (!parser.isSet(recipeOption()))
        return usageError(tr("Name the recipe with --recipe."));
    if (args.size() != 2)
        return usageError(tr("Give exactly one input file and one output file."));
    const QString in = args.at(0);
    const QString out = args.at(1);
    if (TableIO::formatForExtension(out) == TableIO::Format::Unknown)
        return usageError(
            tr("Cannot tell the output format from \"%1\"; use a .csv or .xlsx file name.").arg(out));

    ReadOptions readOptions;
    if (parser.isSet(encodingOption())) {
        const auto encoding = EncodingNames::canonical(parser.value(encodingOption()), true);
        if (!encoding)
            return usageError(tr("Unknown input encoding \"%1\"; use utf-8, cp932 or utf-16.")
                                  .arg(parser.value(encodingOption())));
        readOptions.encoding = *encoding;
    }

    const Result<Recipe> loaded = Recipe::load(parser.value(recipeOption()));
    if (!loaded) {
        printError(loaded.error());
        return ExitCode::Failure;
    }
    const Recipe &recipe = loaded.value();
    if (readOptions.encoding.isEmpty() && !recipe.importOptions.encoding.isEmpty()) {
        const auto encoding = EncodingNames::canonical(recipe.importOptions.encoding, true);
        if (!encoding) {
            Error e;
            e.kind = Error::Kind::Format;
            e.file = parser.value(recipeOption());
            e.part = QStringLiteral("import");
            e.message = tr("Unknown encoding \"%1\"; use utf-8, cp932 or utf-16.").arg(recipe.importOptions.encoding);
            printError(e);
            return ExitCode::Failure;
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

    Result<int> chosen = SheetSelector::firstWorksheet(workbook, in);
    if (parser.isSet(sheetOption()))
        chosen = SheetSelector::select(workbook, parser.value(sheetOption()), in);
    else if (!recipe.importOptions.sheet.isEmpty())
        chosen = SheetSelector::select(workbook, recipe.importOptions.sheet, in);
    else if (recipe.importOptions.sheetIndex >= 0)
        chosen = SheetSelector::select(workbook, QString::number(recipe.importOptions.sheetIndex), in);
    if (!chosen) {
        printError(chosen.error());
        return ExitCode::Failure;
    }
    Sheet &sheet = workbook.sheets[size_t(chosen.value())];

    RecipeRun run = [&] {
        ProgressReporter progress(tr("Cleaning %1").arg(QFileInfo(in).fileName()));
        StepContext context;
        // Steps that work in parallel report from several threads; the reporter is not thread-safe.
        QMutex mutex;
        if (const ProgressCallback callback = progress.callback()) {
            context.progress = [callback, &mutex](double done) {
                if (mutex.tryLock()) {
                    callback(qint64(done * 1000), 1000);
                    mutex.unlock();
                }
            };
        }
        return recipe.run(sheet.table, context);
    }();

    // Values left as they were, per step, with their place: the step's input rows counted from 1.
    qsizetype issueTotal = 0;
    int shown = 0;
    QString issueLines;
    size_t outcome = 0;
    for (size_t i = 0; i < recipe.entries.size() && outcome < run.outcomes.size(); ++i) {
        if (!recipe.entries[i].enabled)
            continue;
        const StepOutcome &o = run.outcomes[outcome++];
        if (o.issueCount == 0)
            continue;
        issueTotal += o.issueCount;
        issueLines += tr("step %1 (“%2”): %n value(s) left unchanged", nullptr,
                         int(std::min<qsizetype>(o.issueCount, INT_MAX)))
                          .arg(i + 1)
                          .arg(recipe.entries[i].step->title())
            + QLatin1Char('\n');
        for (const CellIssue &issue : o.issues) {
            if (shown >= IssueLineLimit)
                break;
            ++shown;
            issueLines += QStringLiteral("  ")
                + tr("row %1, column %2: %3").arg(issue.row + 1).arg(issue.column + 1).arg(issue.message)
                + QLatin1Char('\n');
        }
    }
    if (issueTotal > 0) {
        Console::err(issueLines);
        if (issueTotal > shown)
            Console::err(tr("(%1 shown of %2)").arg(shown).arg(issueTotal) + QLatin1Char('\n'));
    }

    if (run.error) {
        const int step = run.failedStep + 1;
        printError(tr("Step %1 of the recipe failed: %2").arg(step).arg(run.error->toString()));
        printError(tr("Nothing was written to %1.").arg(out));
        return ExitCode::Failure;
    }

    Workbook result;
    Sheet cleaned;
    cleaned.name = sheet.name;
    cleaned.table = std::move(run.table);
    result.sheets.push_back(std::move(cleaned));
    ProgressReporter progress(tr("Writing %1").arg(QFileInfo(out).fileName()));
    WriteOptions writeOptions;
    writeOptions.progress = progress.callback();
    const Status written = TableIO::write(out, result, 0, writeOptions);
    progress.finish();
    if (!written) {
        printError(written.error());
        return ExitCode::Failure;
    }
    if (issueTotal > 0)
        Console::err(tr("%1 written; %n value(s) could not be cleaned (see above).", nullptr,
                        int(std::min<qsizetype>(issueTotal, INT_MAX)))
                         .arg(out)
                     + QLatin1Char('\n'));
    return ExitCode::Success;
}

} // namespace tenarai
