// libFuzzer harness for the JSON files of a lesson pack: the manifest (pack.json), exercise
// definitions and quiz answers. Authors write them by hand, and packs come from file shares.
#include "lessons/Exercise.h"
#include "lessons/PackManifest.h"

#include <cstddef>
#include <cstdint>

namespace {
bool sameManifest(const tenarai::PackManifest &a, const tenarai::PackManifest &b)
{
    return a.id == b.id && a.version == b.version && a.title == b.title && a.description == b.description
        && a.authors == b.authors && a.licence == b.licence && a.minAppVersion == b.minAppVersion
        && a.estimatedMinutes == b.estimatedMinutes && a.lessons == b.lessons && a.exercises == b.exercises
        && a.files == b.files;
}

bool sameExercise(const tenarai::Exercise &a, const tenarai::Exercise &b)
{
    return a.id == b.id && a.kind == b.kind && a.title == b.title && a.instructions == b.instructions
        && a.hints == b.hints && a.hintPenalty == b.hintPenalty && a.passScore == b.passScore
        && a.solution == b.solution && a.wrongSolutions == b.wrongSolutions && a.startFile == b.startFile
        && a.targetFile == b.targetFile && a.startImport.encoding == b.startImport.encoding
        && a.startImport.sheet == b.startImport.sheet && a.startImport.sheetIndex == b.startImport.sheetIndex
        && a.targetImport.encoding == b.targetImport.encoding && a.targetImport.sheet == b.targetImport.sheet
        && a.targetImport.sheetIndex == b.targetImport.sheetIndex && a.compare == b.compare
        && a.sheetFile == b.sheetFile && a.rubricFile == b.rubricFile && a.startForm == b.startForm
        && a.questions == b.questions && a.referencedFiles() == b.referencedFiles();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tenarai;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.json");

    // Whatever loads must save and load again to an equal value, with no issue that was not
    // there before (only warnings about the content, such as a lesson without exercises, may
    // come back); whatever fails must say so with at least one error that names the file.
    PackIssues issues;
    const auto manifest = PackManifest::fromJson(json, name, &issues);
    bool anyError = false;
    for (const PackIssue &issue : issues)
        anyError = anyError || (issue.severity == PackIssue::Severity::Error && issue.file == name);
    if (manifest.ok() == anyError)
        __builtin_trap();
    if (manifest.ok()) {
        PackIssues again;
        const auto reread = PackManifest::fromJson(manifest->toJson(), name, &again);
        if (!reread.ok() || again.size() > issues.size() || !sameManifest(manifest.value(), reread.value()))
            __builtin_trap();
    }

    issues.clear();
    const auto exercise = Exercise::fromJson(json, name, &issues);
    anyError = false;
    for (const PackIssue &issue : issues)
        anyError = anyError || (issue.severity == PackIssue::Severity::Error && issue.file == name);
    if (exercise.ok() == anyError)
        __builtin_trap();
    if (exercise.ok()) {
        PackIssues again;
        const auto reread = Exercise::fromJson(exercise->toJson(), name, &again);
        if (!reread.ok() || again.size() > issues.size() || !sameExercise(exercise.value(), reread.value()))
            __builtin_trap();
    }

    const auto answers = QuizAnswers::fromJson(json, name);
    if (answers.ok()) {
        const auto reread = QuizAnswers::fromJson(answers->toJson(), name);
        if (!reread.ok() || reread->answers != answers->answers)
            __builtin_trap();
    } else if (answers.error().file != name || answers.error().message.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
