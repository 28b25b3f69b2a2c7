#include "SubmitCommand.h"

#include "Console.h"
#include "StoreArguments.h"
#include "lessons/ExerciseChecker.h"
#include "lessons/LessonRecorder.h"
#include "lessons/PackLoader.h"
#include "lessons/PackSource.h"
#include "progress/ProgressStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <climits>
#include <cmath>

namespace tenarai {

namespace {
// The command understood what to do but could not do it: an unreadable pack, answer or store.
constexpr ExitCode CannotCheck = ExitCode::UsageError;

QCommandLineOption packOption()
{
    return QCommandLineOption(
        QStringLiteral("pack"),
        SubmitCommand::tr("The pack folder or .tenarai-pack archive the exercise belongs to."),
        SubmitCommand::tr("path"));
}

QCommandLineOption exerciseOption()
{
    return QCommandLineOption(QStringLiteral("exercise"), SubmitCommand::tr("The exercise's id in the pack."),
                              SubmitCommand::tr("id"));
}

QCommandLineOption answerOption()
{
    return QCommandLineOption(
        QStringLiteral("answer"),
        SubmitCommand::tr("The answer: a recipe (cleaning), a form (form) or quiz answers "
                          "(quiz) as JSON."),
        SubmitCommand::tr("file"));
}

QCommandLineOption profileOption()
{
    return QCommandLineOption(
        QStringLiteral("profile"),
        SubmitCommand::tr("Record the attempt for this learner: a name or a profile id. "
                          "Without it nothing is recorded."),
        SubmitCommand::tr("name or id"));
}

QCommandLineOption hintsOption()
{
    return QCommandLineOption(QStringLiteral("hints"),
                              SubmitCommand::tr("How many hints the learner opened; each lowers the recorded "
                                                "score. Default 0."),
                              SubmitCommand::tr("count"), QStringLiteral("0"));
}

int percent(double share)
{
    return int(std::lround(std::clamp(share, 0.0, 1.0) * 100.0));
}

Result<QByteArray> readAnswer(const QString &path)
{
    Error e;
    e.kind = Error::Kind::Io;
    e.file = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        e.message = SubmitCommand::tr("There is no answer file here.");
        return e;
    }
    // An answer is a small JSON file; the pack's per-file cap is the most any checker reads.
    const qint64 limit = PackSource::Limits().maxFileBytes;
    if (file.size() > limit) {
        e.kind = Error::Kind::TooLarge;
        e.message = SubmitCommand::tr("The answer file is larger than %1 MB.").arg(limit / (1024 * 1024));
        return e;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        e.message = SubmitCommand::tr("The answer file cannot be read: %1.").arg(file.errorString());
        return e;
    }
    return file.read(limit + 1);
}
} // namespace

QString SubmitCommand::summary() const
{
    return tr("Check an answer to a lesson exercise and record the attempt.");
}

QString SubmitCommand::usageArguments() const
{
    return tr("--pack PATH --exercise ID --answer FILE [--hints N] [--profile NAME [--db PATH]]");
}

void SubmitCommand::setUp(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(summary() + QLatin1Char('\n')
                                     + tr("Checks the answer with the exercise's real checker and prints "
                                          "PASS or FAIL with what the learner "
                                          "would be told; the expected values are never shown. With "
                                          "--profile the attempt is recorded in the "
                                          "progress database as the app records it.\n"
                                          "Exit status: 0 when the answer passes, 1 when it does not, 2 when "
                                          "the command line is wrong or the "
                                          "pack, the answer or the database cannot be used."));
    parser.addOption(packOption());
    parser.addOption(exerciseOption());
    parser.addOption(answerOption());
    parser.addOption(hintsOption());
    parser.addOption(profileOption());
    parser.addOption(StoreArguments::dbOption());
}

ExitCode SubmitCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("“submit” takes no file arguments; name the answer with --answer."));
    for (const QCommandLineOption &option : { packOption(), exerciseOption(), answerOption() }) {
        if (!parser.isSet(option) || parser.value(option).isEmpty())
            return usageError(tr("--%1 is required.").arg(option.names().constFirst()));
    }
    if (parser.isSet(StoreArguments::dbOption()) && !parser.isSet(profileOption()))
        return usageError(tr("--db goes with --profile: name the learner whose attempt to record."));
    bool hintsOk = false;
    const int hints = parser.value(hintsOption()).toInt(&hintsOk);
    if (!hintsOk || hints < 0)
        return usageError(tr("--hints takes a count from 0, not “%1”.").arg(parser.value(hintsOption())));

    const QString packPath = parser.value(packOption());
    if (!QFileInfo::exists(packPath))
        return usageError(tr("There is no pack “%1”.").arg(QDir::toNativeSeparators(packPath)));
    const PackLoadResult loaded = PackLoader::load(packPath);
    if (!loaded.ok()) {
        for (const PackIssue &issue : loaded.errors)
            Console::err(issue.toString() + QLatin1Char('\n'));
        printError(tr("%1: the pack is not valid; run “%2 pack validate” for details.")
                       .arg(QDir::toNativeSeparators(packPath), programName()));
        return CannotCheck;
    }
    const Pack &pack = *loaded.pack;
    const QString exerciseId = parser.value(exerciseOption());
    const Exercise *exercise = pack.exercise(exerciseId);
    if (!exercise) {
        QStringList ids;
        for (const Exercise &e : pack.exercises())
            ids << e.id;
        printError(tr("The pack %1 has no exercise “%2”; its exercises are: %3.")
                       .arg(pack.id(), exerciseId, ids.join(QStringLiteral(", "))));
        return CannotCheck;
    }
    if (hints > exercise->hints.size()) {
        return usageError(
            tr("--hints is %1, but exercise %2 has %n hint(s).", nullptr, int(exercise->hints.size()))
                .arg(hints)
                .arg(exercise->id));
    }

    // Find the learner before checking, so that a mistyped name costs nothing and records nothing.
    ProgressStore store;
    std::optional<Profile> profile;
    if (parser.isSet(profileOption())) {
        const Result<StoreLocation> location = StoreArguments::location(parser, false, true);
        if (!location) {
            if (location.error().kind == Error::Kind::InvalidArgument && location.error().file.isEmpty())
                return usageError(location.error().message);
            printError(location.error());
            return CannotCheck;
        }
        if (const Status opened = StoreArguments::open(store, location.value()); !opened) {
            printError(opened.error());
            return CannotCheck;
        }
        const Result<Profile> found = StoreArguments::findProfile(store, parser.value(profileOption()));
        if (!found) {
            printError(
                found.error().message + QLatin1Char(' ')
                + tr("Learners create their profile when they first start Tenarai; a profile from another "
                     "PC comes with “%1 bundle import”.")
                      .arg(programName()));
            return CannotCheck;
        }
        profile = found.value();
    }

    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    const Result<QByteArray> answer = readAnswer(parser.value(answerOption()));
    if (!answer) {
        printError(answer.error());
        return CannotCheck;
    }
    const Result<CheckResult> checked = ExerciseChecker::check(pack, *exercise, answer.value());
    if (!checked) {
        Error e = checked.error();
        if (e.file.isEmpty())
            e.file = QDir::toNativeSeparators(parser.value(answerOption()));
        printError(e);
        return CannotCheck;
    }
    const CheckResult &result = checked.value();
    const double recordedScore = ExerciseChecker::scoreWithHints(*exercise, result.score, hints);
    Console::out(verdictText(result, recordedScore, hints));

    if (profile) {
        LessonRecorder recorder(&store, profile.value());
        const Result<LessonRecorder::Recorded> recorded
            = recorder.record(pack, *exercise, result, hints, startedAt, QDateTime::currentDateTimeUtc());
        if (!recorded) {
            printError(recorded.error());
            return CannotCheck;
        }
        QString text
            = tr("Recorded the attempt of %1 in %2.").arg(profile->displayName, store.describeLocation())
            + QLatin1Char('\n');
        if (recorded->lessonCompletedNow) {
            const LessonEntry *lesson = pack.lessonOf(exercise->id);
            text
                += tr("Lesson %1 is now completed.").arg(lesson ? lesson->id : QString()) + QLatin1Char('\n');
        }
        Console::out(text);
    }
    return result.passed ? ExitCode::Success : ExitCode::Failure;
}

QString SubmitCommand::verdictText(const CheckResult &result, double recordedScore, int hintsOpened)
{
    // PASS and FAIL stay English, as in `form check`: authors' scripts grep for them.
    QString text = (result.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    if (!result.summary.isEmpty())
        text += QStringLiteral("  ") + result.summary;
    text += QLatin1Char('\n');
    if (hintsOpened > 0) {
        text += tr("Score: %1% (%2% before %n hint(s)).", nullptr, hintsOpened)
                    .arg(percent(recordedScore))
                    .arg(percent(result.score));
    } else {
        text += tr("Score: %1%.").arg(percent(recordedScore));
    }
    text += QLatin1Char('\n');
    qsizetype cellLines = 0;
    for (const CheckFeedback &feedback : result.feedback) {
        cellLines += feedback.target == CheckFeedback::Target::Cell;
        text += QStringLiteral("  - ") + feedbackLine(feedback) + QLatin1Char('\n');
    }
    if (result.wrongCells > cellLines) {
        text += QStringLiteral("  ")
            + tr("… and %n more wrong cell(s).", nullptr,
                 int(std::min<qsizetype>(result.wrongCells - cellLines, INT_MAX)))
            + QLatin1Char('\n');
    }
    return text;
}

QString SubmitCommand::feedbackLine(const CheckFeedback &feedback)
{
    // Where, in the learner's terms, then the checker's general words; never feedback.expected.
    const QString column = !feedback.columnName.isEmpty() ? feedback.columnName
        : feedback.column >= 0                            ? Table::columnLetters(feedback.column)
                                                          : QString();
    switch (feedback.target) {
    case CheckFeedback::Target::Cell:
        return tr("Row %1, column “%2”: %3").arg(feedback.row + 1).arg(column, feedback.message);
    case CheckFeedback::Target::Row:
        return tr("Row %1: %2").arg(feedback.row + 1).arg(feedback.message);
    case CheckFeedback::Target::Column:
        return tr("Column “%1”: %2").arg(column, feedback.message);
    case CheckFeedback::Target::Field:
        return tr("Field “%1”: %2").arg(feedback.fieldId, feedback.message);
    case CheckFeedback::Target::Question:
        return tr("Question “%1”: %2").arg(feedback.questionId, feedback.message);
    case CheckFeedback::Target::General:
        break;
    }
    return feedback.message;
}

} // namespace tenarai
