#include "lessons/PackLoader.h"
#include "lessons/PackManifest.h"
#include "lessons/PackTester.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <optional>

using namespace tenarai;

namespace {
const QString ManifestName = QStringLiteral("pack.json");

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return file.readAll();
}

QByteArray exampleManifest()
{
    return readFile(QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/readme-example/pack.json"));
}

// The value at a JSON path ("lessons[0].text.ja") replaced, or removed when value is empty.
QJsonValue editedValue(const QJsonValue &node, const QStringList &steps, qsizetype at, const std::optional<QJsonValue> &value)
{
    const QString &step = steps[at];
    const bool last = at == steps.size() - 1;
    if (step.startsWith(QLatin1Char('['))) {
        QJsonArray array = node.toArray();
        const int index = step.mid(1, step.size() - 2).toInt();
        if (last && !value)
            array.removeAt(index);
        else
            array[index] = last ? *value : editedValue(array[index], steps, at + 1, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (last && !value)
        object.remove(step);
    else
        object[step] = last ? *value : editedValue(object.value(step), steps, at + 1, value);
    return object;
}

QByteArray edited(const QByteArray &json, const QString &path, const std::optional<QJsonValue> &value)
{
    static const QRegularExpression stepPattern(QStringLiteral("\\[\\d+\\]|[^.\\[]+"));
    QStringList steps;
    // A key of "files" is a path with dots of its own.
    if (path.startsWith(QStringLiteral("files."))) {
        steps = QStringList{QStringLiteral("files"), path.mid(6)};
    } else {
        for (auto it = stepPattern.globalMatch(path); it.hasNext();)
            steps.append(it.next().captured());
    }
    const QJsonValue root = editedValue(QJsonDocument::fromJson(json).object(), steps, 0, value);
    return QJsonDocument(root.toObject()).toJson();
}

QString allIssues(const PackIssues &issues)
{
    QStringList lines;
    for (const PackIssue &issue : issues)
        lines.append(issue.field + QStringLiteral(": ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

bool hasIssue(const PackIssues &issues, PackIssue::Severity severity, const QString &field)
{
    for (const PackIssue &issue : issues) {
        if (issue.severity == severity && issue.field == field && issue.file == ManifestName && !issue.message.isEmpty())
            return true;
    }
    return false;
}

// Loading must fail with an error at exactly this JSON path, and the Result's error says the same.
void expectErrorAt(const QByteArray &json, const QString &field, const char *messagePart = "")
{
    PackIssues issues;
    const auto manifest = PackManifest::fromJson(json, ManifestName, &issues);
    ASSERT_FALSE(manifest.ok()) << qPrintable(field);
    EXPECT_TRUE(hasIssue(issues, PackIssue::Severity::Error, field)) << qPrintable(field) << "\n"
                                                                      << qPrintable(allIssues(issues));
    EXPECT_EQ(manifest.error().file, ManifestName);
    bool found = false;
    for (const PackIssue &issue : issues)
        found = found || (issue.field == field && issue.message.contains(QString::fromUtf8(messagePart)));
    EXPECT_TRUE(found) << messagePart << "\n" << qPrintable(allIssues(issues));
}

PackManifest sampleManifest()
{
    PackManifest m;
    m.id = QStringLiteral("jp.example.sample_1");
    m.version = QStringLiteral("2.10.3");
    m.title = {s(u"見本の教材"), QStringLiteral("Sample pack")};
    m.description = {s(u"説明です。"), QString()};
    m.authors = {s(u"架空 太郎"), s(u"見本 花子")};
    m.licence = QStringLiteral("CC0");
    m.minAppVersion = QStringLiteral("0.1.0");
    m.estimatedMinutes = 90;
    LessonEntry first;
    first.id = QStringLiteral("first");
    first.title = {s(u"一つ目"), QStringLiteral("First")};
    first.summary = {s(u"概要"), QString()};
    first.textJa = QStringLiteral("lessons/first.ja.md");
    first.textEn = QStringLiteral("lessons/first.en.md");
    first.estimatedMinutes = 15;
    first.exercises = {QStringLiteral("a"), QStringLiteral("b")};
    first.learned = {s(u"できるようになったこと"), QStringLiteral("What you learned")};
    first.next = {s(u"次にすること"), QString()};
    LessonEntry second;
    second.id = QStringLiteral("second");
    second.title = {s(u"二つ目"), QString()};
    second.textJa = QStringLiteral("lessons/second.ja.md");
    second.exercises = {QStringLiteral("c")};
    second.completion = LessonEntry::Completion::MinimumScore;
    second.minimumScore = 0.65;
    m.lessons = {first, second};
    m.exercises = {{QStringLiteral("a"), QStringLiteral("exercises/a.json")},
                   {QStringLiteral("b"), QStringLiteral("exercises/b.json")},
                   {QStringLiteral("c"), QStringLiteral("exercises/c.json")}};
    m.files.insert(QStringLiteral("data/x.csv"), QString(64, QLatin1Char('a')));
    m.files.insert(QStringLiteral("lessons/first.ja.md"), QStringLiteral("0123456789abcdef").repeated(4));
    return m;
}

void expectSame(const PackManifest &a, const PackManifest &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.version, b.version);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.description, b.description);
    EXPECT_EQ(a.authors, b.authors);
    EXPECT_EQ(a.licence, b.licence);
    EXPECT_EQ(a.minAppVersion, b.minAppVersion);
    EXPECT_EQ(a.estimatedMinutes, b.estimatedMinutes);
    EXPECT_TRUE(a.lessons == b.lessons);
    EXPECT_TRUE(a.exercises == b.exercises);
    EXPECT_EQ(a.files, b.files);
}
} // namespace

TEST(PackManifest, ReadsTheReadmeExampleWithoutIssues)
{
    PackIssues issues;
    const auto manifest = PackManifest::fromJson(exampleManifest(), ManifestName, &issues);
    ASSERT_TRUE(manifest.ok()) << qPrintable(manifest.error().toString());
    EXPECT_TRUE(issues.isEmpty()) << qPrintable(allIssues(issues));
    EXPECT_EQ(manifest->id, QStringLiteral("jp.example.dates-and-forms"));
    EXPECT_EQ(manifest->version, QStringLiteral("1.0.0"));
    EXPECT_EQ(manifest->title.ja, s(u"日付とフォームの練習"));
    EXPECT_EQ(manifest->title.en, QStringLiteral("Practice: dates and forms"));
    EXPECT_EQ(manifest->authors, QStringList{s(u"手習い 見本")});
    EXPECT_EQ(manifest->licence, QStringLiteral("CC BY 4.0"));
    EXPECT_EQ(manifest->minAppVersion, QStringLiteral("0.1.0"));
    EXPECT_EQ(manifest->estimatedMinutes, 20);
    ASSERT_EQ(manifest->lessons.size(), 2);
    const LessonEntry *dates = manifest->lesson(QStringLiteral("clean-dates"));
    ASSERT_NE(dates, nullptr);
    EXPECT_EQ(dates->textJa, QStringLiteral("lessons/clean-dates.ja.md"));
    EXPECT_EQ(dates->textEn, QStringLiteral("lessons/clean-dates.en.md"));
    EXPECT_EQ(dates->exercises, (QStringList{QStringLiteral("unify-dates"), QStringLiteral("date-quiz")}));
    EXPECT_EQ(dates->completion, LessonEntry::Completion::AllExercises);
    EXPECT_FALSE(dates->learned.isEmpty());
    const LessonEntry *form = manifest->lesson(QStringLiteral("make-form"));
    ASSERT_NE(form, nullptr);
    EXPECT_TRUE(form->textEn.isEmpty());
    EXPECT_EQ(form->completion, LessonEntry::Completion::MinimumScore);
    EXPECT_DOUBLE_EQ(form->minimumScore, 0.8);
    EXPECT_EQ(manifest->lesson(QStringLiteral("nothing")), nullptr);
    EXPECT_EQ(manifest->exercises.size(), 3);
    // Every file of the example folder but pack.json is hashed.
    EXPECT_EQ(manifest->files.size(), 16);
    EXPECT_TRUE(manifest->files.contains(QStringLiteral("images/date-column.png")));
}

TEST(PackManifest, TheReadmeExampleHashesMatchTheFiles)
{
    const auto manifest = PackManifest::fromJson(exampleManifest(), ManifestName, nullptr);
    ASSERT_TRUE(manifest.ok());
    for (auto it = manifest->files.begin(); it != manifest->files.end(); ++it) {
        const QByteArray data = readFile(QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/readme-example/") + it.key());
        EXPECT_EQ(QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()), it.value())
            << qPrintable(it.key());
    }
}

// What lessons/README.md promises of its example: it loads as a whole pack, with the one warning
// about the lesson without English text, and every exercise is proven solvable.
TEST(PackManifest, TheReadmeExamplePackLoadsAndItsExercisesAreProven)
{
    const PackLoadResult loaded = PackLoader::load(QStringLiteral(TENARAI_TEST_DATA_DIR "/packs/readme-example"));
    ASSERT_TRUE(loaded.ok()) << qPrintable(allIssues(loaded.errors));
    ASSERT_EQ(loaded.warnings.size(), 1) << qPrintable(allIssues(loaded.warnings));
    EXPECT_EQ(loaded.warnings[0].field, QStringLiteral("lessons[1].text.en"));
    const QList<PackTester::ExerciseReport> reports = PackTester::test(*loaded.pack);
    EXPECT_EQ(reports.size(), 3);
    for (const PackTester::ExerciseReport &report : reports)
        EXPECT_TRUE(report.ok()) << qPrintable(report.exerciseId) << ": " << qPrintable(report.problems.join(QLatin1Char('\n')));
}

TEST(PackManifest, SavesAndLoadsToTheSameManifest)
{
    const PackManifest original = sampleManifest();
    PackIssues issues;
    const auto again = PackManifest::fromJson(original.toJson(), ManifestName, &issues);
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().toString());
    EXPECT_TRUE(issues.isEmpty()) << qPrintable(allIssues(issues));
    expectSame(original, again.value());
    EXPECT_EQ(again->toJson(), original.toJson());

    const auto example = PackManifest::fromJson(exampleManifest(), ManifestName, nullptr);
    ASSERT_TRUE(example.ok());
    const auto exampleAgain = PackManifest::fromJson(example->toJson(), ManifestName, nullptr);
    ASSERT_TRUE(exampleAgain.ok());
    expectSame(example.value(), exampleAgain.value());
}

TEST(PackManifest, EveryRequiredKeyMissingIsAnErrorAtItsPath)
{
    const QByteArray json = exampleManifest();
    const QStringList required{QStringLiteral("format"),          QStringLiteral("version"),
                               QStringLiteral("id"),              QStringLiteral("packVersion"),
                               QStringLiteral("title"),           QStringLiteral("lessons"),
                               QStringLiteral("lessons[0].id"),   QStringLiteral("lessons[1].title"),
                               QStringLiteral("lessons[0].text"), QStringLiteral("lessons[1].text.ja"),
                               QStringLiteral("exercises[2].id"), QStringLiteral("exercises[0].file")};
    for (const QString &path : required)
        expectErrorAt(edited(json, path, std::nullopt), path, "missing");
    // The Japanese title is required; the English one is not.
    expectErrorAt(edited(json, QStringLiteral("title.ja"), std::nullopt), QStringLiteral("title"));
    EXPECT_TRUE(PackManifest::fromJson(edited(json, QStringLiteral("title.en"), std::nullopt), ManifestName, nullptr).ok());
    EXPECT_TRUE(
        PackManifest::fromJson(edited(json, QStringLiteral("lessons[0].text.en"), std::nullopt), ManifestName, nullptr).ok());
    // An empty list of lessons is as bad as none.
    expectErrorAt(edited(json, QStringLiteral("lessons"), QJsonArray()), QStringLiteral("lessons"), "at least one lesson");
}

TEST(PackManifest, EachWrongTypeIsAnErrorAtItsPath)
{
    const QByteArray json = exampleManifest();
    const QList<std::pair<QString, QJsonValue>> cases{
        {QStringLiteral("id"), 5},
        {QStringLiteral("packVersion"), 1},
        {QStringLiteral("title"), 3},
        {QStringLiteral("description"), QJsonArray()},
        {QStringLiteral("authors"), QStringLiteral("someone")},
        {QStringLiteral("authors[0]"), 1},
        {QStringLiteral("licence"), QJsonArray()},
        {QStringLiteral("minAppVersion"), 0.1},
        {QStringLiteral("estimatedMinutes"), QStringLiteral("20")},
        {QStringLiteral("estimatedMinutes"), -1},
        {QStringLiteral("estimatedMinutes"), 2.5},
        {QStringLiteral("lessons"), QJsonObject()},
        {QStringLiteral("lessons[0]"), QStringLiteral("clean-dates")},
        {QStringLiteral("lessons[0].text"), QStringLiteral("lessons/clean-dates.ja.md")},
        {QStringLiteral("lessons[0].text.ja"), 7},
        {QStringLiteral("lessons[0].exercises"), QStringLiteral("unify-dates")},
        {QStringLiteral("lessons[0].exercises[0]"), 1},
        {QStringLiteral("lessons[0].completion"), QStringLiteral("sometimes")},
        {QStringLiteral("lessons[0].completion"), true},
        {QStringLiteral("lessons[1].completion.minimumScore"), 1.5},
        {QStringLiteral("lessons[1].completion.minimumScore"), QStringLiteral("0.8")},
        {QStringLiteral("lessons[0].estimatedMinutes"), QStringLiteral("10")},
        {QStringLiteral("exercises"), QJsonObject()},
        {QStringLiteral("exercises[0]"), QStringLiteral("unify-dates")},
        {QStringLiteral("exercises[0].file"), false},
        {QStringLiteral("files"), QJsonArray()},
        {QStringLiteral("files.data/visits-start.csv"), 5},
    };
    for (const auto &[path, value] : cases) {
        // A wrong lesson or exercise entry also leaves the cross references dangling; the
        // error at the wrong value itself is what matters.
        expectErrorAt(edited(json, path, value), path);
    }
    expectErrorAt(edited(json, QStringLiteral("format"), 1), QStringLiteral("format"), "tenarai-pack");
    expectErrorAt(edited(json, QStringLiteral("format"), QStringLiteral("tenarai-recipe")), QStringLiteral("format"),
                  "tenarai-pack");
    expectErrorAt(edited(json, QStringLiteral("version"), QStringLiteral("1")), QStringLiteral("version"), "whole number");
    expectErrorAt(edited(json, QStringLiteral("version"), 0), QStringLiteral("version"), "whole number");
    expectErrorAt("[1, 2]", QString(), "JSON object");
}

TEST(PackManifest, ANewerFormatVersionNeedsANewerTenarai)
{
    PackIssues issues;
    const auto manifest = PackManifest::fromJson(edited(exampleManifest(), QStringLiteral("version"), 2), ManifestName, &issues);
    ASSERT_FALSE(manifest.ok());
    EXPECT_TRUE(manifest.error().message.contains(QStringLiteral("needs a newer Tenarai"))) << qPrintable(manifest.error().message);
    EXPECT_EQ(manifest.error().part, QStringLiteral("version"));
    ASSERT_EQ(issues.size(), 1); // nothing of a newer format is half read
    EXPECT_EQ(issues[0].field, QStringLiteral("version"));
}

TEST(PackManifest, UnknownKeysAreWarnedWithTheirPathButLoad)
{
    QByteArray json = exampleManifest();
    json = edited(json, QStringLiteral("colour"), QStringLiteral("blue"));
    json = edited(json, QStringLiteral("lessons[1].difficulty"), 3);
    json = edited(json, QStringLiteral("lessons[0].text.fr"), QStringLiteral("lessons/clean-dates.fr.md"));
    json = edited(json, QStringLiteral("lessons[1].completion.minimumTime"), 5);
    json = edited(json, QStringLiteral("exercises[2].weight"), 2);
    PackIssues issues;
    const auto manifest = PackManifest::fromJson(json, ManifestName, &issues);
    ASSERT_TRUE(manifest.ok()) << qPrintable(manifest.error().toString());
    EXPECT_EQ(issues.size(), 5) << qPrintable(allIssues(issues));
    for (const char *path : {"colour", "lessons[1].difficulty", "lessons[0].text.fr", "lessons[1].completion.minimumTime",
                             "exercises[2].weight"})
        EXPECT_TRUE(hasIssue(issues, PackIssue::Severity::Warning, QLatin1String(path))) << path;
    EXPECT_EQ(manifest->lessons.size(), 2);
}

TEST(PackManifest, IdsAreCheckedAndUnique)
{
    const QByteArray json = exampleManifest();
    for (const char *bad : {"Jp.Example", "-pack", ".pack", "jp example", "jp/example", "日本"})
        expectErrorAt(edited(json, QStringLiteral("id"), QLatin1String(bad)), QStringLiteral("id"), "pack id");
    expectErrorAt(edited(json, QStringLiteral("id"), QString(129, QLatin1Char('a'))), QStringLiteral("id"));
    EXPECT_TRUE(PackManifest::fromJson(edited(json, QStringLiteral("id"), QStringLiteral("0jp.ex_ample-2")), ManifestName,
                                       nullptr)
                    .ok());
    // Lesson and exercise ids take no dots or underscores.
    expectErrorAt(edited(json, QStringLiteral("lessons[0].id"), QStringLiteral("clean.dates")), QStringLiteral("lessons[0].id"),
                  "lesson id");
    expectErrorAt(edited(json, QStringLiteral("lessons[0].id"), QStringLiteral("Clean")), QStringLiteral("lessons[0].id"));
    expectErrorAt(edited(json, QStringLiteral("lessons[1].id"), QStringLiteral("clean-dates")), QStringLiteral("lessons[1].id"),
                  "used twice");
    expectErrorAt(edited(json, QStringLiteral("exercises[1].id"), QStringLiteral("unify_dates")),
                  QStringLiteral("exercises[1].id"), "exercise id");
    expectErrorAt(edited(json, QStringLiteral("exercises[1].id"), QStringLiteral("unify-dates")),
                  QStringLiteral("exercises[1].id"), "used twice");
    expectErrorAt(edited(json, QStringLiteral("exercises[1].file"), QStringLiteral("exercises/unify-dates.json")),
                  QStringLiteral("exercises[1].file"), "two exercises");
}

TEST(PackManifest, EveryExerciseBelongsToExactlyOneLesson)
{
    const QByteArray json = exampleManifest();
    // A lesson names an exercise the manifest does not list.
    expectErrorAt(edited(json, QStringLiteral("lessons[1].exercises[0]"), QStringLiteral("missing-one")),
                  QStringLiteral("lessons[1].exercises[0]"), "missing-one");
    // Two lessons share an exercise; the one no lesson names any more is reported too.
    const QByteArray shared = edited(json, QStringLiteral("lessons[1].exercises[0]"), QStringLiteral("date-quiz"));
    expectErrorAt(shared, QStringLiteral("lessons[1].exercises[0]"), "clean-dates");
    expectErrorAt(shared, QStringLiteral("exercises[2].id"), "not part of any lesson");
    // The same exercise twice in one lesson.
    expectErrorAt(edited(json, QStringLiteral("lessons[0].exercises[1]"), QStringLiteral("unify-dates")),
                  QStringLiteral("lessons[0].exercises[1]"), "twice");
}

TEST(PackManifest, ALessonWithoutExercisesIsWarnedAboutBecauseItCannotBeCompleted)
{
    QByteArray json = edited(exampleManifest(), QStringLiteral("lessons[1].exercises"), QJsonArray());
    json = edited(json, QStringLiteral("exercises[2]"), std::nullopt);
    PackIssues issues;
    const auto manifest = PackManifest::fromJson(json, ManifestName, &issues);
    ASSERT_TRUE(manifest.ok()) << qPrintable(manifest.error().toString());
    EXPECT_TRUE(hasIssue(issues, PackIssue::Severity::Warning, QStringLiteral("lessons[1].exercises")))
        << qPrintable(allIssues(issues));
}

TEST(PackManifest, PathsMustStayInsideThePack)
{
    const QByteArray json = exampleManifest();
    for (const char *bad : {"../secret.md", "/etc/passwd", "lessons\\a.md", "C:/a.md", "lessons//a.md", ""})
        expectErrorAt(edited(json, QStringLiteral("lessons[0].text.ja"), QLatin1String(bad)),
                      QStringLiteral("lessons[0].text.ja"));
    expectErrorAt(edited(json, QStringLiteral("exercises[0].file"), QStringLiteral("../x.json")),
                  QStringLiteral("exercises[0].file"));
    const QString hash(64, QLatin1Char('0'));
    expectErrorAt(edited(json, QStringLiteral("files"), QJsonObject{{QStringLiteral("../evil.csv"), hash}}),
                  QStringLiteral("files.../evil.csv"));
    expectErrorAt(edited(json, QStringLiteral("files"), QJsonObject{{QStringLiteral("pack.json"), hash}}),
                  QStringLiteral("files.pack.json"), "pack.json");
}

TEST(PackManifest, HashesAre64LowerCaseHexDigits)
{
    const QByteArray json = exampleManifest();
    const QString path = QStringLiteral("files.data/visits-start.csv");
    const QString good = QStringLiteral("0123456789abcdef").repeated(4);
    EXPECT_TRUE(PackManifest::fromJson(edited(json, path, good), ManifestName, nullptr).ok());
    expectErrorAt(edited(json, path, good.toUpper()), path, "lower-case");
    expectErrorAt(edited(json, path, good.left(63)), path, "64");
    expectErrorAt(edited(json, path, QString(good + QLatin1Char('0'))), path, "64");
    expectErrorAt(edited(json, path, QString(good.left(63) + QLatin1Char('g'))), path, "64");
}

TEST(PackManifest, VersionsAreDottedNumbers)
{
    const QByteArray json = exampleManifest();
    for (const char *bad : {"1.0.0-beta", "v1", "1..0", "", "1.0."})
        expectErrorAt(edited(json, QStringLiteral("packVersion"), QLatin1String(bad)), QStringLiteral("packVersion"));
    expectErrorAt(edited(json, QStringLiteral("minAppVersion"), QStringLiteral("latest")), QStringLiteral("minAppVersion"));
    EXPECT_TRUE(PackManifest::fromJson(edited(json, QStringLiteral("packVersion"), QStringLiteral("12")), ManifestName, nullptr)
                    .ok());
}

TEST(PackManifest, CompareVersionsComparesNumbersNotText)
{
    EXPECT_EQ(PackManifest::compareVersions(QStringLiteral("0.10.0"), QStringLiteral("0.9.2")), 1);
    EXPECT_EQ(PackManifest::compareVersions(QStringLiteral("0.9.2"), QStringLiteral("0.10.0")), -1);
    EXPECT_EQ(PackManifest::compareVersions(QStringLiteral("1.2.3"), QStringLiteral("1.2.3")), 0);
    EXPECT_EQ(PackManifest::compareVersions(QStringLiteral("1.0"), QStringLiteral("1.0.0")), 0);
    EXPECT_EQ(PackManifest::compareVersions(QStringLiteral("1.0.1"), QStringLiteral("1.0")), 1);
    EXPECT_EQ(PackManifest::compareVersions(QStringLiteral("2"), QStringLiteral("10")), -1);
    // Invalid parts count as 0.
    EXPECT_EQ(PackManifest::compareVersions(QStringLiteral("1.x"), QStringLiteral("1.0")), 0);
    EXPECT_EQ(PackManifest::compareVersions(QString(), QStringLiteral("0")), 0);
    EXPECT_EQ(PackManifest::compareVersions(QStringLiteral("0.1"), QString()), 1);
}

TEST(PackManifest, BrokenJsonNamesLineAndColumn)
{
    const QByteArray json = "{\n  \"format\": \"tenarai-pack\",\n  \"version\": 1,,\n  \"id\": \"x\"\n}\n";
    PackIssues issues;
    const auto manifest = PackManifest::fromJson(json, ManifestName, &issues);
    ASSERT_FALSE(manifest.ok());
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].file, ManifestName);
    EXPECT_EQ(issues[0].line, 3);
    EXPECT_EQ(issues[0].column, 16); // the second comma
    EXPECT_TRUE(manifest.error().part.contains(QStringLiteral("3"))) << qPrintable(manifest.error().toString());

    PackIssues truncated;
    EXPECT_FALSE(PackManifest::fromJson(exampleManifest().left(200), ManifestName, &truncated).ok());
    ASSERT_EQ(truncated.size(), 1);
    EXPECT_GT(truncated[0].line, 1);
}

TEST(PackManifest, TooLargeAndTooManyAreRefused)
{
    QByteArray huge = exampleManifest();
    huge.append(QByteArray(PackManifest::MaxBytes, ' '));
    const auto big = PackManifest::fromJson(huge, ManifestName, nullptr);
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error().kind, Error::Kind::TooLarge);

    QJsonArray lessons;
    for (int i = 0; i <= PackManifest::MaxLessons; ++i)
        lessons.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("l%1").arg(i)},
                                   {QStringLiteral("title"), QStringLiteral("t")},
                                   {QStringLiteral("text"), QJsonObject{{QStringLiteral("ja"), QStringLiteral("a.md")}}}});
    expectErrorAt(edited(exampleManifest(), QStringLiteral("lessons"), lessons), QStringLiteral("lessons"), "at most");
}

TEST(PackManifest, EveryIssueNamesTheFileAndAllErrorsAreCollected)
{
    QByteArray json = exampleManifest();
    json = edited(json, QStringLiteral("id"), QStringLiteral("Bad Id"));
    json = edited(json, QStringLiteral("lessons[1].title"), 4);
    json = edited(json, QStringLiteral("files.data/visit-survey.csv"), QStringLiteral("abc"));
    PackIssues issues;
    EXPECT_FALSE(PackManifest::fromJson(json, QStringLiteral("packs/x/pack.json"), &issues).ok());
    EXPECT_GE(issues.size(), 3) << qPrintable(allIssues(issues));
    for (const PackIssue &issue : issues) {
        EXPECT_EQ(issue.file, QStringLiteral("packs/x/pack.json"));
        EXPECT_FALSE(issue.field.isEmpty());
    }
}
