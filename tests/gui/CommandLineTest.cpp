#include "CommandLine.h"

#include <QDir>

#include <gtest/gtest.h>

using tenarai::CommandLine;

namespace {
CommandLine::Parsed parse(const QStringList &arguments)
{
    return CommandLine::parse(QStringList { QStringLiteral("tenarai") } + arguments);
}
} // namespace

TEST(CommandLineTest, ReadsEveryOption)
{
    const auto parsed
        = parse({ QStringLiteral("--lessons"), QStringLiteral("/srv/lessons"), QStringLiteral("--database"),
                  QStringLiteral("/srv/p.sqlite"), QStringLiteral("--language"), QStringLiteral("ja"),
                  QStringLiteral("/data/名簿.csv") });
    ASSERT_EQ(parsed.action, CommandLine::Action::Run) << parsed.text.toStdString();
    EXPECT_EQ(parsed.options.lessonsDir, QDir::cleanPath(QStringLiteral("/srv/lessons")));
    EXPECT_EQ(parsed.options.databasePath, QDir::cleanPath(QStringLiteral("/srv/p.sqlite")));
    EXPECT_EQ(parsed.options.language, QStringLiteral("ja"));
    EXPECT_EQ(parsed.options.fileToOpen, QDir::cleanPath(QStringLiteral("/data/名簿.csv")));
    EXPECT_TRUE(parsed.options.screenshotPath.isEmpty());
}

TEST(CommandLineTest, DefaultsPointAtTheDataFolderAndALessonsFolder)
{
    const auto parsed = parse({});
    ASSERT_EQ(parsed.action, CommandLine::Action::Run);
    EXPECT_TRUE(parsed.options.databasePath.endsWith(QStringLiteral("/progress.sqlite")));
    EXPECT_TRUE(parsed.options.lessonsDir.endsWith(QStringLiteral("lessons")));
    EXPECT_TRUE(parsed.options.language.isEmpty()); // saved choice or system locale decides
    EXPECT_TRUE(parsed.options.fileToOpen.isEmpty());
}

TEST(CommandLineTest, RejectsAnUnknownLanguage)
{
    const auto parsed = parse({ QStringLiteral("--language"), QStringLiteral("fr") });
    EXPECT_EQ(parsed.action, CommandLine::Action::Fail);
    EXPECT_TRUE(parsed.text.contains(QStringLiteral("fr")));
}

TEST(CommandLineTest, RejectsTwoFilesAndUnknownOptions)
{
    EXPECT_EQ(parse({ QStringLiteral("a.csv"), QStringLiteral("b.csv") }).action, CommandLine::Action::Fail);
    EXPECT_EQ(parse({ QStringLiteral("--colour") }).action, CommandLine::Action::Fail);
}

TEST(CommandLineTest, HelpListsTheOptionsButNotTheScreenshotAid)
{
    const auto parsed = parse({ QStringLiteral("--help") });
    ASSERT_EQ(parsed.action, CommandLine::Action::ShowHelp);
    EXPECT_TRUE(parsed.text.contains(QStringLiteral("--lessons")));
    EXPECT_TRUE(parsed.text.contains(QStringLiteral("--database")));
    EXPECT_TRUE(parsed.text.contains(QStringLiteral("--language")));
    EXPECT_FALSE(parsed.text.contains(QStringLiteral("--screenshot")));

    const auto shot = parse({ QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.png") });
    ASSERT_EQ(shot.action, CommandLine::Action::Run);
    EXPECT_EQ(shot.options.screenshotPath, QStringLiteral("/tmp/x.png"));
}

TEST(CommandLineTest, TextOnlyRequestsAreRecognisedBeforeTheGuiStarts)
{
    char program[] = "tenarai";
    char help[] = "--help";
    char version[] = "-v";
    char file[] = "data.csv";
    char separator[] = "--";
    char *withHelp[] = { program, file, help };
    char *withVersion[] = { program, version };
    char *plain[] = { program, file };
    char *afterSeparator[] = { program, separator, help };
    EXPECT_TRUE(CommandLine::asksForTextOnly(3, withHelp));
    EXPECT_TRUE(CommandLine::asksForTextOnly(2, withVersion));
    EXPECT_FALSE(CommandLine::asksForTextOnly(2, plain));
    EXPECT_FALSE(CommandLine::asksForTextOnly(3, afterSeparator));
}
