// LocalizedText as authors write it in pack files (a plain Japanese string, or {"ja", "en"}), and
// PackIssue's one-line form, which `pack validate` prints and editors jump to.
#include "lessons/LocalizedText.h"
#include "lessons/PackIssue.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {

QJsonValue json(const char *text)
{
    // Wrapped, so that a bare string or number parses as a JSON document too.
    return QJsonDocument::fromJson(QByteArray("{\"v\": ") + text + "}").object().value(QStringLiteral("v"));
}

const QString Path = QStringLiteral("lessons[2].title");

TEST(LocalizedText, PlainStringIsJapaneseOnly)
{
    const auto text = LocalizedText::fromJson(json("\"表を整える\""), Path);
    ASSERT_TRUE(text.ok()) << qPrintable(text.error().toString());
    EXPECT_EQ(text->ja, QStringLiteral("表を整える"));
    EXPECT_TRUE(text->en.isEmpty());
    EXPECT_FALSE(text->isEmpty());
}

TEST(LocalizedText, ObjectWithBothLanguages)
{
    const auto text
        = LocalizedText::fromJson(json("{\"ja\": \"表を整える\", \"en\": \"Tidy a table\"}"), Path);
    ASSERT_TRUE(text.ok()) << qPrintable(text.error().toString());
    EXPECT_EQ(text->ja, QStringLiteral("表を整える"));
    EXPECT_EQ(text->en, QStringLiteral("Tidy a table"));
    EXPECT_EQ(text->text(QStringLiteral("en")), QStringLiteral("Tidy a table"));
    EXPECT_EQ(text->text(QStringLiteral("ja")), QStringLiteral("表を整える"));
}

TEST(LocalizedText, ObjectWithJapaneseOnly)
{
    const auto text = LocalizedText::fromJson(json("{\"ja\": \"表\"}"), Path);
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(text->ja, QStringLiteral("表"));
    EXPECT_TRUE(text->en.isEmpty());
}

TEST(LocalizedText, MissingEnglishFallsBackToJapanese)
{
    LocalizedText text;
    text.ja = QStringLiteral("表");
    EXPECT_EQ(text.text(QStringLiteral("en")), QStringLiteral("表"));
    EXPECT_EQ(text.text(QStringLiteral("fr")), QStringLiteral("表"));
    // With no translator installed the interface is in English.
    EXPECT_EQ(text.text(), QStringLiteral("表"));
    text.en = QStringLiteral("Table");
    EXPECT_EQ(text.text(), QStringLiteral("Table"));
}

TEST(LocalizedText, MissingJapaneseIsAnError)
{
    const auto text = LocalizedText::fromJson(json("{\"en\": \"Tidy a table\"}"), Path);
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().part, Path);
    EXPECT_TRUE(text.error().message.contains(QStringLiteral("ja"))) << qPrintable(text.error().message);
}

TEST(LocalizedText, EmptyJapaneseIsAnError)
{
    for (const char *value : { "\"\"", "\"  \"", "{\"ja\": \"\", \"en\": \"x\"}" }) {
        const auto text = LocalizedText::fromJson(json(value), Path);
        ASSERT_FALSE(text.ok()) << value;
        EXPECT_TRUE(text.error().part.startsWith(Path)) << value;
        EXPECT_EQ(text.error().kind, Error::Kind::Format);
    }
}

TEST(LocalizedText, UnknownLanguageIsAnErrorNamingThePath)
{
    const auto text = LocalizedText::fromJson(json("{\"ja\": \"表\", \"fr\": \"tableau\"}"), Path);
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().part, Path);
    EXPECT_TRUE(text.error().message.contains(QStringLiteral("fr")));
    EXPECT_TRUE(text.error().message.contains(QStringLiteral("only ja and en")))
        << qPrintable(text.error().message);
}

TEST(LocalizedText, WrongTypesAreErrors)
{
    const QList<std::pair<const char *, QString>> cases {
        { "42", Path },
        { "null", Path },
        { "[\"表\"]", Path },
        { "{\"ja\": 1}", Path + QStringLiteral(".ja") },
        { "{\"ja\": \"表\", \"en\": true}", Path + QStringLiteral(".en") },
    };
    for (const auto &[value, where] : cases) {
        const auto text = LocalizedText::fromJson(json(value), Path);
        ASSERT_FALSE(text.ok()) << value;
        EXPECT_EQ(text.error().kind, Error::Kind::Format) << value;
        EXPECT_EQ(text.error().part, where) << value;
    }
    EXPECT_FALSE(LocalizedText::fromJson(QJsonValue(), Path).ok()); // absent
}

TEST(LocalizedText, LongerThanMaxCharsIsTooLarge)
{
    const QString ten = QStringLiteral("あいうえおかきくけこ");
    EXPECT_TRUE(LocalizedText::fromJson(ten, Path, 10).ok());
    auto text = LocalizedText::fromJson(QString(ten + QStringLiteral("さ")), Path, 10);
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(text.error().part, Path);

    QJsonObject object;
    object.insert(QStringLiteral("ja"), ten);
    object.insert(QStringLiteral("en"), QStringLiteral("eleven char"));
    text = LocalizedText::fromJson(object, Path, 10);
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(text.error().part, Path + QStringLiteral(".en"));
}

TEST(LocalizedText, ToJsonWritesTheShortFormWithoutEnglish)
{
    LocalizedText text;
    text.ja = QStringLiteral("表");
    EXPECT_TRUE(text.toJson().isString());
    EXPECT_EQ(text.toJson().toString(), QStringLiteral("表"));

    text.en = QStringLiteral("Table");
    const QJsonValue both = text.toJson();
    ASSERT_TRUE(both.isObject());
    EXPECT_EQ(both.toObject().value(QStringLiteral("ja")).toString(), QStringLiteral("表"));
    EXPECT_EQ(both.toObject().value(QStringLiteral("en")).toString(), QStringLiteral("Table"));
}

TEST(LocalizedText, RoundTripsThroughJson)
{
    LocalizedText text;
    text.ja = QStringLiteral("日付をそろえる");
    for (const QString &en : { QString(), QStringLiteral("Make dates consistent") }) {
        text.en = en;
        const auto back = LocalizedText::fromJson(text.toJson(), Path);
        ASSERT_TRUE(back.ok()) << qPrintable(back.error().toString());
        EXPECT_EQ(back.value(), text);
    }
}

TEST(PackIssue, ToStringShowsOnlyTheKnownParts)
{
    PackIssue issue
        = PackIssue::error(QStringLiteral("exercises/dates.json"), QStringLiteral("lessons[2].title"),
                           QStringLiteral("The text is empty."));
    EXPECT_EQ(issue.severity, PackIssue::Severity::Error);
    EXPECT_EQ(issue.toString(), QStringLiteral("exercises/dates.json: lessons[2].title: The text is empty."));
    issue.line = 12;
    issue.column = 5;
    EXPECT_EQ(issue.toString(),
              QStringLiteral("exercises/dates.json:12:5: lessons[2].title: The text is empty."));
    issue.column = -1;
    issue.field.clear();
    EXPECT_EQ(issue.toString(), QStringLiteral("exercises/dates.json:12: The text is empty."));
    issue.file.clear();
    issue.line = -1;
    EXPECT_EQ(issue.toString(), QStringLiteral("The text is empty."));
}

TEST(PackIssue, WarningKeepsItsParts)
{
    const PackIssue issue = PackIssue::warning(QStringLiteral("manifest.json"), QStringLiteral("future"),
                                               QStringLiteral("Unknown field."));
    EXPECT_EQ(issue.severity, PackIssue::Severity::Warning);
    EXPECT_EQ(issue.file, QStringLiteral("manifest.json"));
    EXPECT_EQ(issue.field, QStringLiteral("future"));
    EXPECT_EQ(issue.line, -1);
    EXPECT_EQ(issue.toString(), QStringLiteral("manifest.json: future: Unknown field."));
}

} // namespace
