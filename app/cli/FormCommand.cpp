#include "FormCommand.h"

#include "Console.h"
#include "ProgressReporter.h"
#include "SheetSelector.h"
#include "io/TableIO.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tenarai {

namespace {
// Problems and results name the form's file; check cannot pass what it cannot read, and 1 means
// "something failed", so unreadable files get 2 as in `diagnose`.
constexpr ExitCode CannotCheck = ExitCode::UsageError;

QCommandLineOption sheetOption()
{
    return QCommandLineOption(QStringLiteral("sheet"),
                              FormCommand::tr("infer: the sheet to read, by name or position counted from 0. "
                                              "By default the first worksheet."),
                              FormCommand::tr("sheet"));
}

QCommandLineOption headerRowOption()
{
    return QCommandLineOption(QStringLiteral("header-row"),
                              FormCommand::tr("infer: the row that holds the headings, counted from 1, instead of "
                                              "finding it."),
                              FormCommand::tr("row"));
}

QCommandLineOption explainOption()
{
    return QCommandLineOption(QStringLiteral("explain"),
                              FormCommand::tr("infer: also write why each field got its type to standard error."));
}

QCommandLineOption outputOption()
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              FormCommand::tr("infer: write the form to this file instead of standard output."),
                              FormCommand::tr("file"));
}

QCommandLineOption rubricOption()
{
    return QCommandLineOption(QStringLiteral("rubric"),
                              FormCommand::tr("check: compare the form with this rubric file."),
                              FormCommand::tr("file"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              FormCommand::tr("check: print JSON with stable English keys instead of text."));
}

QString indented(const QString &text, const QString &indent)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(indent);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString FormCommand::summary() const
{
    return tr("Propose a form from a spreadsheet, or check a form against a lesson's rubric.");
}

QString FormCommand::usageArguments() const
{
    return tr("[options] infer IN | check FORM.json");
}

void FormCommand::setUp(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + tr("infer IN: find the header of a table (.xlsx, .csv …), also below a title block or over two rows, and "
             "write a form with one field per column, its type, choices and required flag guessed from the "
             "values, as JSON.\n"
             "check FORM.json: with --rubric, print PASS or FAIL per rubric item and what is missing; without, "
             "list what makes the form unusable. Exit status: 0 when all passes, 1 when something fails, 2 when "
             "a file cannot be checked."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("infer or check, and its file."));
    parser.addOption(sheetOption());
    parser.addOption(headerRowOption());
    parser.addOption(explainOption());
    parser.addOption(outputOption());
    parser.addOption(rubricOption());
    parser.addOption(jsonOption());
}

ExitCode FormCommand::execute(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(tr("Say what to do: infer IN or check FORM.json."));
    const QString action = args.first();
    if (action != u"infer" && action != u"check")
        return usageError(tr("Unknown action “%1”; use infer or check.").arg(action));
    if (args.size() != 2)
        return usageError(action == u"infer" ? tr("Give exactly one table to infer a form from: infer IN.")
                                             : tr("Give exactly one form to check: check FORM.json."));
    const QList<QCommandLineOption> inferOnly = {sheetOption(), headerRowOption(), explainOption(), outputOption()};
    const QList<QCommandLineOption> checkOnly = {rubricOption(), jsonOption()};
    for (const QCommandLineOption &option : action == u"infer" ? checkOnly : inferOnly) {
        if (parser.isSet(option))
            return usageError(tr("--%1 does not work with %2.").arg(option.names().last(), action));
    }
    return action == u"infer" ? infer(parser, args.at(1)) : check(parser, args.at(1));
}

ExitCode FormCommand::infer(const QCommandLineParser &parser, const QString &file)
{
    FormInferrer::Options options;
    if (parser.isSet(headerRowOption())) {
        bool ok = false;
        const qlonglong row = parser.value(headerRowOption()).toLongLong(&ok);
        if (!ok || row < 1)
            return usageError(tr("--header-row takes a row number counted from 1, not “%1”.")
                                  .arg(parser.value(headerRowOption())));
        options.headerRow = qsizetype(row - 1);
    }

    ReadOptions readOptions;
    Result<Workbook> read = [&] {
        ProgressReporter progress(tr("Reading %1").arg(QFileInfo(file).fileName()));
        readOptions.progress = progress.callback();
        return TableIO::read(file, readOptions);
    }();
    if (!read) {
        printError(read.error());
        return ExitCode::Failure;
    }
    const Workbook &workbook = read.value();
    const Result<int> chosen = parser.isSet(sheetOption())
        ? SheetSelector::select(workbook, parser.value(sheetOption()), file)
        : SheetSelector::firstWorksheet(workbook, file);
    if (!chosen) {
        printError(chosen.error());
        return ExitCode::Failure;
    }
    const Sheet &sheet = workbook.sheets[size_t(chosen.value())];
    const Result<FormInference> inferred = FormInferrer::infer(sheet, options);
    if (!inferred) {
        Error e = inferred.error();
        e.file = file;
        printError(e);
        return ExitCode::Failure;
    }
    if (parser.isSet(explainOption()))
        Console::err(explanation(inferred.value()));

    const Form &form = inferred->form;
    if (parser.isSet(outputOption())) {
        const QString out = parser.value(outputOption());
        if (const Status saved = form.save(out); !saved) {
            Error e = saved.error();
            if (e.file.isEmpty())
                e.file = QDir::toNativeSeparators(out);
            printError(e);
            return ExitCode::Failure;
        }
        return ExitCode::Success;
    }
    Console::out(QString::fromUtf8(form.toJson()));
    return ExitCode::Success;
}

QString FormCommand::explanation(const FormInference &inference)
{
    QString text;
    for (const QString &note : inference.notes)
        text += note + QLatin1Char('\n');
    text += tr("%n row(s) of answers.", nullptr, int(std::min<qsizetype>(inference.dataRows, INT_MAX)))
        + QLatin1Char('\n');
    const QList<FormField> fields = inference.form.fields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const FormField &f = fields.at(i);
        const int column = inference.sourceColumns.value(i, -1);
        text += QLatin1Char('\n')
            + tr("%1 “%2” (column %3): %4%5")
                  .arg(f.id, f.label, column >= 0 ? Table::columnLetters(column) : QStringLiteral("?"),
                       fieldTypeDisplayName(f.type), f.required ? tr(", required") : QString())
            + QLatin1Char('\n');
        if (!f.choices.isEmpty())
            text += QStringLiteral("    ") + tr("Offered: %1").arg(f.choices.join(QStringLiteral(" | ")))
                + QLatin1Char('\n');
        if (!f.explanation.isEmpty())
            text += indented(f.explanation, QStringLiteral("    ")) + QLatin1Char('\n');
    }
    return text;
}

ExitCode FormCommand::check(const QCommandLineParser &parser, const QString &file)
{
    const Result<Form> form = Form::load(file);
    if (!form) {
        Error e = form.error();
        if (e.file.isEmpty())
            e.file = file;
        printError(e);
        return CannotCheck;
    }
    const bool json = parser.isSet(jsonOption());

    if (!parser.isSet(rubricOption())) {
        const QList<Error> problems = form->problems();
        if (json) {
            QJsonArray list;
            for (const Error &p : problems)
                list.append(p.message);
            const QJsonObject root{{QStringLiteral("form"), file},
                                   {QStringLiteral("passed"), problems.isEmpty()},
                                   {QStringLiteral("problems"), list}};
            Console::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        } else if (problems.isEmpty()) {
            Console::out(tr("%1: no problems found.").arg(file) + QLatin1Char('\n'));
        } else {
            QString text;
            for (Error p : problems) {
                if (p.file.isEmpty())
                    p.file = file;
                text += p.toString() + QLatin1Char('\n');
            }
            text += tr("%n problem(s).", nullptr, int(problems.size())) + QLatin1Char('\n');
            Console::out(text);
        }
        return problems.isEmpty() ? ExitCode::Success : ExitCode::Failure;
    }

    const QString rubricFile = parser.value(rubricOption());
    const Result<FormRubric> rubric = FormRubric::load(rubricFile);
    if (!rubric) {
        Error e = rubric.error();
        if (e.file.isEmpty())
            e.file = rubricFile;
        printError(e);
        return CannotCheck;
    }
    const QList<RubricResult> results = FormRubricChecker::check(form.value(), rubric.value());
    Console::out(json ? rubricJson(file, rubricFile, results) : rubricText(file, results));
    return FormRubricChecker::allPassed(results) ? ExitCode::Success : ExitCode::Failure;
}

QString FormCommand::rubricText(const QString &formFile, const QList<RubricResult> &results)
{
    QString text;
    int passed = 0;
    for (const RubricResult &r : results) {
        passed += r.passed;
        // PASS and FAIL stay English: scripts and lesson authors grep for them.
        text += (r.passed ? QStringLiteral("PASS  ") : QStringLiteral("FAIL  ")) + r.label;
        if (!r.fieldId.isEmpty())
            text += QStringLiteral(" (%1)").arg(r.fieldId);
        text += QLatin1Char('\n');
        for (const QString &problem : r.problems)
            text += QStringLiteral("      - ") + problem + QLatin1Char('\n');
        if (!r.passed && !r.hint.isEmpty())
            text += QStringLiteral("      ") + tr("Hint: %1").arg(r.hint) + QLatin1Char('\n');
    }
    text += tr("%1: %2 of %n rubric item(s) pass.", nullptr, int(results.size())).arg(formFile).arg(passed)
        + QLatin1Char('\n');
    return text;
}

QString FormCommand::rubricJson(const QString &formFile, const QString &rubricFile, const QList<RubricResult> &results)
{
    QJsonArray items;
    for (const RubricResult &r : results) {
        items.append(QJsonObject{
            {QStringLiteral("id"), r.itemId},
            {QStringLiteral("label"), r.label},
            {QStringLiteral("passed"), r.passed},
            {QStringLiteral("field"), r.fieldId.isEmpty() ? QJsonValue() : QJsonValue(r.fieldId)},
            {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
            {QStringLiteral("hint"), r.hint.isEmpty() ? QJsonValue() : QJsonValue(r.hint)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("form"), formFile},
        {QStringLiteral("rubric"), rubricFile},
        {QStringLiteral("passed"), FormRubricChecker::allPassed(results)},
        {QStringLiteral("items"), items},
    };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace tenarai
