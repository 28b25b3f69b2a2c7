#include "lessons/PackTester.h"

#include "lessons/ExerciseChecker.h"

#include <algorithm>

namespace tenarai {

namespace {
// A checker's one-line summary as the end of a sentence: summaries are written to stand alone
// ("残り 3 セル"), so they may or may not end with a full stop.
QString clause(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return PackTester::tr("no summary");
    if (trimmed.endsWith(QLatin1Char('.')) || trimmed.endsWith(QChar(0x3002)))
        return trimmed.chopped(1);
    return trimmed;
}

QString errorText(const Error &error)
{
    return clause(error.toString());
}

// What the author's solution file holds, checked by the exercise's real checker.
Result<CheckResult> checkFile(const Pack &pack, const Exercise &exercise, const QString &file,
                              const StepContext &context, QString *readProblem)
{
    const Result<QByteArray> bytes = pack.readFile(file);
    if (!bytes) {
        *readProblem = errorText(bytes.error());
        return bytes.error();
    }
    return ExerciseChecker::check(pack, exercise, bytes.value(), context);
}

void testReferenceSolution(const Pack &pack, const Exercise &exercise, const StepContext &context,
                           PackTester::ExerciseReport *report)
{
    if (exercise.solution.isEmpty()) {
        report->problems << PackTester::tr("Exercise %1 names no reference solution.").arg(exercise.id);
        return;
    }
    QString readProblem;
    const Result<CheckResult> checked = checkFile(pack, exercise, exercise.solution, context, &readProblem);
    if (!readProblem.isEmpty()) {
        report->problems << PackTester::tr("Reference solution %1 of exercise %2 cannot be read: %3.")
                                .arg(exercise.solution, exercise.id, readProblem);
    } else if (!checked) {
        report->problems << PackTester::tr("Reference solution %1 of exercise %2 cannot be checked: %3.")
                                .arg(exercise.solution, exercise.id, errorText(checked.error()));
    } else if (!checked->passed) {
        report->problems << PackTester::tr("Reference solution %1 of exercise %2 does not pass: %3.")
                                .arg(exercise.solution, exercise.id, clause(checked->summary));
    } else {
        report->passed << PackTester::tr("Reference solution %1 of exercise %2 passes.")
                              .arg(exercise.solution, exercise.id);
    }
}

void testWrongSolutions(const Pack &pack, const Exercise &exercise, const StepContext &context,
                        PackTester::ExerciseReport *report)
{
    for (const QString &file : exercise.wrongSolutions) {
        QString readProblem;
        const Result<CheckResult> checked = checkFile(pack, exercise, file, context, &readProblem);
        if (!readProblem.isEmpty()) {
            report->problems << PackTester::tr("Wrong solution %1 of exercise %2 cannot be read: %3.")
                                    .arg(file, exercise.id, readProblem);
        } else if (!checked) {
            // A wrong solution is listed to prove that the checker rejects a plausible mistake;
            // one that cannot even be checked proves nothing about the checker.
            report->problems << PackTester::tr("Wrong solution %1 of exercise %2 cannot be checked: %3.")
                                    .arg(file, exercise.id, errorText(checked.error()));
        } else if (checked->passed) {
            report->problems << PackTester::tr(
                                    "Wrong solution %1 of exercise %2 passes, so the checker would "
                                    "accept this mistake.")
                                    .arg(file, exercise.id);
        } else {
            report->passed << PackTester::tr("Wrong solution %1 of exercise %2 is rejected: %3.")
                                  .arg(file, exercise.id, clause(checked->summary));
        }
    }
}

void testStartState(const Pack &pack, const Exercise &exercise, PackTester::ExerciseReport *report)
{
    // What the learner sees before doing anything, and the file it comes from.
    QString what;
    Result<CheckResult> checked = Error();
    switch (exercise.kind) {
    case ExerciseKind::Cleaning: {
        what = PackTester::tr("The start table %1").arg(exercise.startFile);
        const Result<Table> start = ExerciseChecker::startTable(pack, exercise);
        checked = start ? ExerciseChecker::checkTable(pack, exercise, start.value())
                        : Result<CheckResult>(start.error());
        break;
    }
    case ExerciseKind::Form: {
        what = exercise.startForm == u"empty" || exercise.startForm == u"inferred"
            ? PackTester::tr("The start form (%1)").arg(exercise.startForm)
            : PackTester::tr("The start form %1").arg(exercise.startForm);
        const Result<Form> start = ExerciseChecker::startForm(pack, exercise);
        checked = start ? ExerciseChecker::checkForm(pack, exercise, start.value())
                        : Result<CheckResult>(start.error());
        break;
    }
    case ExerciseKind::Quiz:
        what = PackTester::tr("The quiz without answers");
        checked = ExerciseChecker::checkQuiz(exercise, QuizAnswers());
        break;
    }
    if (!checked) {
        report->problems << PackTester::tr("%1 of exercise %2 cannot be checked: %3.")
                                .arg(what, exercise.id, errorText(checked.error()));
    } else if (checked->passed) {
        report->problems << PackTester::tr(
                                "%1 of exercise %2 already passes, so the learner has nothing to do.")
                                .arg(what, exercise.id);
    } else {
        report->passed << PackTester::tr("%1 of exercise %2 does not pass yet: %3.")
                              .arg(what, exercise.id, clause(checked->summary));
    }
}
} // namespace

QList<PackTester::ExerciseReport> PackTester::test(const Pack &pack, const StepContext &context)
{
    QList<ExerciseReport> reports;
    for (const Exercise &exercise : pack.exercises()) {
        if (context.isCancelled())
            break;
        ExerciseReport report;
        report.exerciseId = exercise.id;
        testReferenceSolution(pack, exercise, context, &report);
        testWrongSolutions(pack, exercise, context, &report);
        testStartState(pack, exercise, &report);
        if (exercise.hints.isEmpty())
            report.problems << tr("Exercise %1 has no hint; give it at least one.").arg(exercise.id);
        else
            report.passed
                << tr("Exercise %1 has %n hint(s).", nullptr, int(exercise.hints.size())).arg(exercise.id);
        reports.append(report);
    }
    return reports;
}

bool PackTester::allOk(const QList<ExerciseReport> &reports)
{
    return std::all_of(reports.cbegin(), reports.cend(), [](const ExerciseReport &r) { return r.ok(); });
}

} // namespace tenarai
