// PackLoader on the fixture packs of tests/data/packs (README.md there lists them): the good pack
// loads whole and its solutions really solve its exercises; every broken fixture is refused (or
// warned about) with the file, the field or line, and a message that names the defect; the same
// pack as an archive loads identically; an archive with an entry that leaves the pack is refused.
#include "lessons/ExerciseChecker.h"
#include "lessons/PackLoader.h"
#include "lessons/PackTester.h"

#include "TestZip.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <array>

using namespace tenarai;

namespace {

QString packsDir()
{
    return QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/");
}

QString goodPack()
{
    return packsDir() + QStringLiteral("good-basic");
}

QString brokenPack(const char *name)
{
    return packsDir() + QStringLiteral("broken/") + QLatin1String(name);
}

QString describe(const PackIssues &issues)
{
    QStringList lines;
    for (const PackIssue &issue : issues)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

// The 1-based line of a fixture file that holds text, so that the tests follow the fixture when
// make_broken.py rewrites it.
int lineOf(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(text))
            return int(i + 1);
    }
    return -1;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

// Replaces a file of a copied pack and writes its new SHA-256 into pack.json, as an author
// running `pack hash` would, so that only the content is wrong.
bool rewrite(const QString &pack, const QString &path, const QByteArray &bytes)
{
    QFile file(pack + QLatin1Char('/') + path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    QFile manifestFile(pack + QStringLiteral("/pack.json"));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return false;
    QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    manifestFile.close();
    QJsonObject files = manifest.value(QStringLiteral("files")).toObject();
    files.insert(path, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    manifest.insert(QStringLiteral("files"), files);
    if (!manifestFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return manifestFile.write(QJsonDocument(manifest).toJson()) > 0;
}

QList<TestZip::Entry> folderEntries(const QString &folder)
{
    QList<TestZip::Entry> entries;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            entries.append({QDir(folder).relativeFilePath(path).toUtf8(), file.readAll()});
    }
    return entries;
}

const PackIssue *findIssue(const PackIssues &issues, const QString &file)
{
    for (const PackIssue &issue : issues) {
        if (issue.file == file)
            return &issue;
    }
    return nullptr;
}

} // namespace

TEST(PackLoader, GoodPackLoadsWithItsLessonsAndExercises)
{
    const PackLoadResult result = PackLoader::load(goodPack());
    ASSERT_TRUE(result.ok()) << qPrintable(describe(result.errors));
    EXPECT_TRUE(result.errors.isEmpty());
    EXPECT_TRUE(result.warnings.isEmpty()) << qPrintable(describe(result.warnings));

    const Pack &pack = *result.pack;
    EXPECT_EQ(pack.id(), QStringLiteral("test.good-basic"));
    EXPECT_EQ(pack.version(), QStringLiteral("1.0.0"));
    ASSERT_EQ(pack.manifest().lessons.size(), 2);
    EXPECT_EQ(pack.manifest().lessons[0].id, QStringLiteral("cleaning"));
    EXPECT_EQ(pack.manifest().lessons[1].exercises,
              (QStringList{QStringLiteral("survey-form"), QStringLiteral("basics-quiz")}));

    ASSERT_EQ(pack.exercises().size(), 3);
    const Exercise *cleaning = pack.exercise(QStringLiteral("clean-visitors"));
    const Exercise *form = pack.exercise(QStringLiteral("survey-form"));
    const Exercise *quiz = pack.exercise(QStringLiteral("basics-quiz"));
    ASSERT_TRUE(cleaning && form && quiz);
    EXPECT_EQ(cleaning->kind, ExerciseKind::Cleaning);
    EXPECT_EQ(form->kind, ExerciseKind::Form);
    EXPECT_EQ(quiz->kind, ExerciseKind::Quiz);
    EXPECT_EQ(quiz->questions.size(), 3);
    for (const Exercise &e : pack.exercises())
        EXPECT_EQ(e.hints.size(), 2) << qPrintable(e.id);
    EXPECT_EQ(pack.exercise(QStringLiteral("nothing")), nullptr);

    ASSERT_NE(pack.lessonOf(QStringLiteral("basics-quiz")), nullptr);
    EXPECT_EQ(pack.lessonOf(QStringLiteral("basics-quiz"))->id, QStringLiteral("forms"));
    EXPECT_EQ(pack.lessonOf(QStringLiteral("nothing")), nullptr);

    const Result<QString> ja = pack.lessonText(QStringLiteral("cleaning"), QStringLiteral("ja"));
    const Result<QString> en = pack.lessonText(QStringLiteral("cleaning"), QStringLiteral("en"));
    ASSERT_TRUE(ja.ok() && en.ok());
    EXPECT_TRUE(ja->startsWith(QStringLiteral("# 名簿を整える")));
    EXPECT_TRUE(en->startsWith(QStringLiteral("# Tidy a list")));
    EXPECT_FALSE(pack.lessonText(QStringLiteral("nothing"), QStringLiteral("ja")).ok());

    const Result<Table> start = pack.readTable(cleaning->startFile, cleaning->startImport, true);
    ASSERT_TRUE(start.ok()) << qPrintable(start.error().toString());
    EXPECT_EQ(start->columnNames(),
              (QStringList{QStringLiteral("No"), QStringLiteral("氏名"), QStringLiteral("受付日"),
                           QStringLiteral("参加費")}));
    EXPECT_EQ(start->rowCount(), 5);
    EXPECT_EQ(start->cell(0, 1).toString(), QStringLiteral(" 山田 花子 "));
    // Without the header row, the names are the first row of data.
    const Result<Table> raw = pack.readTable(cleaning->startFile, cleaning->startImport, false);
    ASSERT_TRUE(raw.ok());
    EXPECT_EQ(raw->rowCount(), 6);
    // Every listed file reads back through its hash check.
    EXPECT_EQ(pack.manifest().files.size(), 18);
    for (auto it = pack.manifest().files.cbegin(); it != pack.manifest().files.cend(); ++it) {
        const Result<QByteArray> bytes = pack.readFile(it.key());
        EXPECT_TRUE(bytes.ok()) << qPrintable(bytes.ok() ? it.key() : bytes.error().toString());
    }
    const Result<Workbook> sheet = pack.readWorkbook(form->sheetFile);
    ASSERT_TRUE(sheet.ok());
    EXPECT_EQ(sheet->sheets.size(), size_t(1));
}

TEST(PackLoader, GoodPackSolutionsSolveTheirExercisesAndWrongOnesDoNot)
{
    const PackLoadResult result = PackLoader::load(goodPack());
    ASSERT_TRUE(result.ok()) << qPrintable(describe(result.errors));
    const QList<PackTester::ExerciseReport> reports = PackTester::test(*result.pack);
    ASSERT_EQ(reports.size(), 3);
    for (const PackTester::ExerciseReport &report : reports)
        EXPECT_TRUE(report.ok()) << qPrintable(report.exerciseId + QStringLiteral(": ")
                                               + report.problems.join(QStringLiteral("; ")));

    // The same, through the checker the GUI uses.
    const Pack &pack = *result.pack;
    for (const Exercise &exercise : pack.exercises()) {
        const Result<QByteArray> solution = pack.readFile(exercise.solution);
        ASSERT_TRUE(solution.ok());
        const Result<CheckResult> right = ExerciseChecker::check(pack, exercise, solution.value());
        ASSERT_TRUE(right.ok()) << qPrintable(right.error().toString());
        EXPECT_TRUE(right->passed) << qPrintable(exercise.id);
        ASSERT_EQ(exercise.wrongSolutions.size(), 1);
        const Result<QByteArray> wrongAnswer = pack.readFile(exercise.wrongSolutions[0]);
        ASSERT_TRUE(wrongAnswer.ok());
        const Result<CheckResult> wrong = ExerciseChecker::check(pack, exercise, wrongAnswer.value());
        ASSERT_TRUE(wrong.ok()) << qPrintable(wrong.error().toString());
        EXPECT_FALSE(wrong->passed) << qPrintable(exercise.id);
    }
}

TEST(PackLoader, ReadFileNoticesAFileChangedAfterLoading)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("pack"));
    ASSERT_TRUE(copyTree(goodPack(), copy));
    const PackLoadResult result = PackLoader::load(copy);
    ASSERT_TRUE(result.ok()) << qPrintable(describe(result.errors));
    const QString path = QStringLiteral("data/visitors-clean.csv");
    ASSERT_TRUE(result.pack->readFile(path).ok());

    QFile file(copy + QLatin1Char('/') + path);
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write("6,伊藤 翼,2024-04-06,100\n");
    file.close();

    const Result<QByteArray> changed = result.pack->readFile(path);
    ASSERT_FALSE(changed.ok());
    EXPECT_EQ(changed.error().file, path);
    EXPECT_TRUE(changed.error().message.contains(QStringLiteral("changed"))) << qPrintable(changed.error().message);
    EXPECT_FALSE(result.pack->readTable(path, {}, true).ok());
    // A path that is not the pack's own is refused by name, also when a file of that name exists.
    EXPECT_FALSE(result.pack->readFile(QStringLiteral("../pack/pack.json")).ok());
    EXPECT_FALSE(result.pack->readFile(QStringLiteral("pack.json")).ok());
}

struct BrokenCase
{
    const char *name;
    const char *file;      // the issue's file
    const char *field;     // its field ("" when it has none)
    const char *lineText;  // the line of `file` the issue points at; nullptr: no line
    const char *message;   // part of the message that names the defect
};

TEST(PackLoader, EveryBrokenFixtureIsRefusedNamingWhereAndWhat)
{
    const std::array cases = {
        BrokenCase{"missing-manifest", "pack.json", "", nullptr, "no pack.json"},
        BrokenCase{"json-syntax", "pack.json", "", "\"title\": {", "not valid JSON"},
        BrokenCase{"newer-format", "pack.json", "version", nullptr, "newer Tenarai"},
        BrokenCase{"hash-mismatch", "data/visitors-clean.csv", "", nullptr, "SHA-256"},
        BrokenCase{"unlisted-file", "notes.txt", "", nullptr, "not listed"},
        BrokenCase{"missing-lesson-text", "pack.json", "lessons[1].text.ja", nullptr, "lessons/forms.ja.md"},
        BrokenCase{"missing-image", "lessons/cleaning.ja.md", "", "chart.png", "images/chart.png"},
        BrokenCase{"unknown-exercise-reference", "pack.json", "lessons[0].exercises[1]", nullptr, "no-such-exercise"},
        BrokenCase{"exercise-not-in-any-lesson", "pack.json", "exercises[2].id", nullptr, "basics-quiz"},
        BrokenCase{"duplicate-lesson-id", "pack.json", "lessons[1].id", nullptr, "cleaning"},
        BrokenCase{"bad-solution-recipe", "solutions/clean-visitors.recipe.json", "step 2", nullptr, "noSuchStep"},
        BrokenCase{"quiz-correct-unknown-option", "exercises/basics-quiz.json", "questions[0].correct[0]", nullptr, "nope"},
        BrokenCase{"min-app-version-too-new", "pack.json", "minAppVersion", nullptr, "99.0.0"},
        BrokenCase{"data-file-not-a-table", "data/visitors-clean.xlsx", "", nullptr, ""},
        BrokenCase{"remote-image-link", "lessons/cleaning.en.md", "", "https://example.com", "offline"},
        BrokenCase{"lesson-not-utf8", "lessons/forms.ja.md", "", "", "UTF-8"},
    };
    for (const BrokenCase &c : cases) {
        SCOPED_TRACE(c.name);
        const QString folder = brokenPack(c.name);
        ASSERT_TRUE(QFileInfo(folder).isDir());
        const PackLoadResult result = PackLoader::load(folder);
        EXPECT_FALSE(result.ok());
        EXPECT_EQ(result.pack, nullptr);
        const PackIssue *issue = findIssue(result.errors, QLatin1String(c.file));
        ASSERT_NE(issue, nullptr) << qPrintable(describe(result.errors));
        EXPECT_EQ(issue->severity, PackIssue::Severity::Error);
        if (*c.field == '\0') {
            EXPECT_TRUE(issue->field.isEmpty()) << qPrintable(issue->toString());
        } else {
            EXPECT_TRUE(issue->field.startsWith(QLatin1String(c.field))) << qPrintable(issue->toString());
        }
        EXPECT_TRUE(issue->message.contains(QString::fromUtf8(c.message))) << qPrintable(issue->toString());
        if (c.lineText) {
            const QString file = folder + QLatin1Char('/') + QLatin1String(c.file);
            // The Shift_JIS lesson: its first line already holds a non-ASCII byte.
            const int expected = *c.lineText ? lineOf(file, c.lineText) : 1;
            EXPECT_EQ(issue->line, expected) << qPrintable(issue->toString());
            EXPECT_GT(issue->column, 0);
        }
        for (const PackIssue &each : result.errors)
            EXPECT_FALSE(each.file.isEmpty()) << qPrintable(each.toString());
    }
}

TEST(PackLoader, RawHtmlInALessonIsAWarningAndThePackStillLoads)
{
    const QString folder = brokenPack("raw-html");
    const PackLoadResult result = PackLoader::load(folder);
    ASSERT_TRUE(result.ok()) << qPrintable(describe(result.errors));
    const PackIssue *issue = findIssue(result.warnings, QStringLiteral("lessons/forms.en.md"));
    ASSERT_NE(issue, nullptr) << qPrintable(describe(result.warnings));
    EXPECT_EQ(issue->severity, PackIssue::Severity::Warning);
    EXPECT_EQ(issue->line, lineOf(folder + QStringLiteral("/lessons/forms.en.md"), "<div"));
    EXPECT_TRUE(issue->message.contains(QStringLiteral("<div class=\"note\">"))) << qPrintable(issue->toString());
}

TEST(PackLoader, CollectsEveryErrorNotOnlyTheFirst)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("pack"));
    ASSERT_TRUE(copyTree(goodPack(), copy));
    // Three defects in three files: an unlisted file, a changed data file, a changed lesson text.
    QFile extra(copy + QStringLiteral("/extra.csv"));
    ASSERT_TRUE(extra.open(QIODevice::WriteOnly));
    extra.write("a,b\n1,2\n");
    extra.close();
    for (const char *name : {"/data/survey.csv", "/lessons/forms.en.md"}) {
        QFile file(copy + QLatin1String(name));
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write("\n");
    }
    const PackLoadResult result = PackLoader::load(copy);
    EXPECT_FALSE(result.ok());
    EXPECT_NE(findIssue(result.errors, QStringLiteral("extra.csv")), nullptr) << qPrintable(describe(result.errors));
    EXPECT_NE(findIssue(result.errors, QStringLiteral("data/survey.csv")), nullptr) << qPrintable(describe(result.errors));
    EXPECT_NE(findIssue(result.errors, QStringLiteral("lessons/forms.en.md")), nullptr)
        << qPrintable(describe(result.errors));
    EXPECT_EQ(result.errors.size(), 3) << qPrintable(describe(result.errors));
}

TEST(PackLoader, MarkdownChecksSkipCodeAndResolveLinksFromTheLessonsFolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("pack"));
    ASSERT_TRUE(copyTree(goodPack(), copy));
    // Links relative to the lesson's folder, with "./" and "..", reach the image; code spans and
    // fenced blocks are shown literally, so the links and HTML in them are not checked; a link
    // that climbs out of the pack is.
    QFile original(copy + QStringLiteral("/lessons/forms.ja.md"));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray text = original.readAll()
                            + "\n![a](../images/table.png) ![b](./../images/./table.png)\n"
                              "[前のレッスン](cleaning.ja.md#top) [上へ](#top)\n"
                              "`<div>` と `![x](https://example.com/x.png)` は本文ではありません。\n"
                              "```\n<span>![y](missing.png)</span>\n```\n"
                              "![c](../../outside.png)\n"
                              "[メモ](notes/draft.md)\n";
    original.close();
    ASSERT_TRUE(rewrite(copy, QStringLiteral("lessons/forms.ja.md"), text));

    const PackLoadResult result = PackLoader::load(copy);
    ASSERT_EQ(result.errors.size(), 2) << qPrintable(describe(result.errors));
    const QString lesson = copy + QStringLiteral("/lessons/forms.ja.md");
    const PackIssue &outside = result.errors[0];
    EXPECT_EQ(outside.file, QStringLiteral("lessons/forms.ja.md"));
    EXPECT_TRUE(outside.message.contains(QStringLiteral("../../outside.png"))) << qPrintable(outside.toString());
    EXPECT_EQ(outside.line, lineOf(lesson, "outside.png"));
    EXPECT_EQ(outside.column, 1);
    const PackIssue &missing = result.errors[1];
    EXPECT_TRUE(missing.message.contains(QStringLiteral("lessons/notes/draft.md"))) << qPrintable(missing.toString());
    EXPECT_EQ(missing.line, lineOf(lesson, "draft.md"));
    EXPECT_TRUE(result.warnings.isEmpty()) << qPrintable(describe(result.warnings));
}

TEST(PackLoader, LessonTextLinesCountTheSameWithBomAndCrLf)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("pack"));
    ASSERT_TRUE(copyTree(goodPack(), copy));
    // Saved by a Windows editor: a BOM, CRLF line ends; the remote link is on line 3.
    ASSERT_TRUE(rewrite(copy, QStringLiteral("lessons/forms.en.md"),
                        "\xEF\xBB\xBF# Survey\r\n\r\nSee [the guide](https://example.com/guide).\r\n"));
    // A surrogate code point written as UTF-8 (what a broken converter leaves) on line 2.
    ASSERT_TRUE(rewrite(copy, QStringLiteral("lessons/forms.ja.md"), "# アンケート\n本文 \xED\xA0\x80 です\n"));

    const PackLoadResult result = PackLoader::load(copy);
    ASSERT_EQ(result.errors.size(), 2) << qPrintable(describe(result.errors));
    const PackIssue *remote = findIssue(result.errors, QStringLiteral("lessons/forms.en.md"));
    ASSERT_NE(remote, nullptr);
    EXPECT_EQ(remote->line, 3);
    EXPECT_EQ(remote->column, 5);
    EXPECT_TRUE(remote->message.contains(QStringLiteral("https://example.com/guide")));
    const PackIssue *encoding = findIssue(result.errors, QStringLiteral("lessons/forms.ja.md"));
    ASSERT_NE(encoding, nullptr);
    EXPECT_EQ(encoding->line, 2);
    EXPECT_EQ(encoding->column, 8); // bytes: 本文 and a space come first
}

TEST(PackLoader, ArchiveLimitsApplyWhenLoading)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString archivePath = dir.filePath(QStringLiteral("good-basic.tenarai-pack"));
    QFile archive(archivePath);
    ASSERT_TRUE(archive.open(QIODevice::WriteOnly));
    archive.write(TestZip::build(folderEntries(goodPack())));
    archive.close();

    PackSource::Limits limits;
    limits.maxEntries = 5;
    const PackLoadResult capped = PackLoader::load(archivePath, limits);
    EXPECT_FALSE(capped.ok());
    ASSERT_EQ(capped.errors.size(), 1) << qPrintable(describe(capped.errors));
    EXPECT_EQ(capped.errors.first().file, archivePath);
    EXPECT_TRUE(capped.errors.first().message.contains(QStringLiteral("5"))) << qPrintable(capped.errors.first().toString());

    limits = PackSource::Limits{};
    limits.maxFileBytes = 100; // smaller than pack.json
    EXPECT_FALSE(PackLoader::load(archivePath, limits).ok());
    EXPECT_TRUE(PackLoader::load(archivePath, PackSource::Limits{}).ok());
}

TEST(PackLoader, TheSamePackAsAnArchiveLoadsIdentically)
{
    const PackLoadResult folder = PackLoader::load(goodPack());
    ASSERT_TRUE(folder.ok()) << qPrintable(describe(folder.errors));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString archivePath = dir.filePath(QStringLiteral("good-basic.tenarai-pack"));
    QFile archive(archivePath);
    ASSERT_TRUE(archive.open(QIODevice::WriteOnly));
    archive.write(TestZip::build(folderEntries(goodPack())));
    archive.close();

    const PackLoadResult zipped = PackLoader::load(archivePath);
    ASSERT_TRUE(zipped.ok()) << qPrintable(describe(zipped.errors));
    EXPECT_TRUE(zipped.pack->source().isArchive());
    EXPECT_EQ(zipped.pack->source().files(), folder.pack->source().files());
    const PackManifest &a = folder.pack->manifest();
    const PackManifest &b = zipped.pack->manifest();
    EXPECT_EQ(a.toJson(), b.toJson());
    EXPECT_EQ(a.lessons, b.lessons);
    EXPECT_EQ(a.exercises, b.exercises);
    EXPECT_EQ(a.files, b.files);
    ASSERT_EQ(folder.pack->exercises().size(), zipped.pack->exercises().size());
    for (qsizetype i = 0; i < folder.pack->exercises().size(); ++i)
        EXPECT_EQ(folder.pack->exercises()[i].toJson(), zipped.pack->exercises()[i].toJson());
    EXPECT_EQ(folder.pack->lessonText(QStringLiteral("forms"), QStringLiteral("ja")).value(),
              zipped.pack->lessonText(QStringLiteral("forms"), QStringLiteral("ja")).value());
    const Exercise *cleaning = zipped.pack->exercise(QStringLiteral("clean-visitors"));
    ASSERT_NE(cleaning, nullptr);
    EXPECT_TRUE(folder.pack->readTable(cleaning->targetFile, {}, true).value()
                == zipped.pack->readTable(cleaning->targetFile, {}, true).value());
    EXPECT_EQ(describe(folder.warnings), describe(zipped.warnings));

    // In memory, as the fuzzer and PackBuilder read it.
    const auto source = PackSource::openArchiveData(TestZip::build(folderEntries(goodPack())),
                                                    QStringLiteral("memory"), PackSource::Limits{});
    ASSERT_TRUE(source.ok()) << qPrintable(source.error().toString());
    const PackLoadResult memory = PackLoader::load(source.value());
    ASSERT_TRUE(memory.ok()) << qPrintable(describe(memory.errors));
    EXPECT_EQ(memory.pack->manifest().toJson(), a.toJson());
}

TEST(PackLoader, AnArchiveWithAnEntryLeavingThePackIsRefusedNamingIt)
{
    QList<TestZip::Entry> entries = folderEntries(goodPack());
    entries.append({QByteArrayLiteral("lessons/../../evil.sh"), QByteArrayLiteral("echo pwned\n")});
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString archivePath = dir.filePath(QStringLiteral("slip.tenarai-pack"));
    QFile archive(archivePath);
    ASSERT_TRUE(archive.open(QIODevice::WriteOnly));
    archive.write(TestZip::build(entries));
    archive.close();

    const PackLoadResult result = PackLoader::load(archivePath);
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.pack, nullptr);
    ASSERT_FALSE(result.errors.isEmpty());
    EXPECT_TRUE(result.errors.first().toString().contains(QStringLiteral("lessons/../../evil.sh")))
        << qPrintable(describe(result.errors));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("evil.sh"))));
}

TEST(PackLoader, ANullOrMissingSourceIsAnErrorNotACrash)
{
    const PackLoadResult none = PackLoader::load(std::shared_ptr<const PackSource>());
    EXPECT_FALSE(none.ok());
    EXPECT_FALSE(none.errors.isEmpty());

    const QString missing = packsDir() + QStringLiteral("no-such-pack");
    const PackLoadResult result = PackLoader::load(missing);
    EXPECT_FALSE(result.ok());
    ASSERT_FALSE(result.errors.isEmpty());
    EXPECT_EQ(result.errors.first().file, missing);
}
