// `tenarai-cli diagnose`: the 統一ルール report as people read it and as scripts parse it, with the
// exit status grep uses (0 clean, 1 findings, 2 cannot check).
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString messy()
{
    return QStringLiteral(TENARAI_TEST_DATA_DIR "/cleaning/messy.csv");
}

QJsonObject findingOf(const QJsonArray &findings, const QString &rule, const QString &type)
{
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        const QString suggested = f.value(QStringLiteral("suggestion")).toObject().value(QStringLiteral("type")).toString();
        if (f.value(QStringLiteral("rule")).toString() == rule && suggested == type)
            return f;
    }
    return {};
}

} // namespace

TEST(DiagnoseCommand, MessyFileAsText)
{
    const CliRun run = CliRunner::run({QStringLiteral("diagnose"), messy()});
    EXPECT_EQ(run.exitCode, 1) << run.err.constData();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.constData();
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.contains(QStringLiteral("below the headings in row 1"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("[error] 2-1 Blank rows inside the table"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Cells: A81, A176, A237, A284"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Step that fixes it: removeBlankRows {}")));
    EXPECT_TRUE(out.contains(QStringLiteral("[warning] 1-11 ")));
    EXPECT_TRUE(out.contains(QStringLiteral("normalizeDates {\"columns\":[\"生年月日\",\"受付日\"]}"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("fillDown {\"columns\":[\"地区\"]}")));
    EXPECT_TRUE(out.contains(QStringLiteral("promoteHeaders {\"row\":0}")));
    EXPECT_TRUE(out.contains(QStringLiteral("1-12 ")));
}

TEST(DiagnoseCommand, MessyFileAsJson)
{
    const CliRun run = CliRunner::run({QStringLiteral("diagnose"), messy(), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1) << run.err.constData();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonObject root = doc.object();
    EXPECT_EQ(root.value(QStringLiteral("headerRow")).toInt(), 1);
    EXPECT_EQ(root.value(QStringLiteral("dataRows")).toInt(), 300);
    EXPECT_FALSE(root.value(QStringLiteral("sampled")).toBool());
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    ASSERT_FALSE(findings.isEmpty());
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        for (const char *key : {"rule", "title", "severity", "count", "cells", "suggestion"})
            EXPECT_TRUE(f.contains(QLatin1String(key))) << key;
        EXPECT_TRUE(f.value(QStringLiteral("severity")).toString() == u"error"
                    || f.value(QStringLiteral("severity")).toString() == u"warning");
    }
    // Rows and columns counted from 1, as in the spreadsheet.
    const QJsonObject blank = findingOf(findings, QStringLiteral("2-1"), QStringLiteral("removeBlankRows"));
    EXPECT_EQ(blank.value(QStringLiteral("count")).toInt(), 4);
    const QJsonObject first = blank.value(QStringLiteral("cells")).toArray().first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("row")).toInt(), 81);
    EXPECT_EQ(first.value(QStringLiteral("column")).toInt(), 1);

    const QJsonObject amounts = findingOf(findings, QStringLiteral("1-3"), QStringLiteral("normalizeAmounts"));
    const QJsonArray columns = amounts.value(QStringLiteral("suggestion")).toObject().value(QStringLiteral("parameters"))
                                   .toObject().value(QStringLiteral("columns")).toArray();
    EXPECT_TRUE(columns.contains(QStringLiteral("参加費")));
    EXPECT_FALSE(findingOf(findings, QStringLiteral("1-10"), QStringLiteral("normalizeWidth")).isEmpty());
    EXPECT_FALSE(findingOf(findings, QStringLiteral("1-5"), QStringLiteral("trim")).isEmpty());
    // Findings no step fixes carry a null suggestion, never a missing key.
    const QJsonObject words = findingOf(findings, QStringLiteral("1-3"), QString());
    EXPECT_TRUE(words.value(QStringLiteral("suggestion")).isNull());

    const QJsonArray preparation = root.value(QStringLiteral("preparation")).toArray();
    ASSERT_EQ(preparation.size(), 1);
    EXPECT_EQ(preparation[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("promoteHeaders"));
    EXPECT_FALSE(root.value(QStringLiteral("notChecked")).toArray().isEmpty());
}

TEST(DiagnoseCommand, TidyFileExitsWithZero)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tidy.csv"));
    CliRunner::writeAll(file, QStringLiteral("地区,氏名,参加費（円）,受付日\n中央地区,山田 太郎,1000,2023-04-01\n"
                                             "北部地区,佐藤 花子,500,2023-04-02\n")
                                  .toUtf8());
    const CliRun run = CliRunner::run({QStringLiteral("diagnose"), file});
    EXPECT_EQ(run.exitCode, 0) << run.out.constData();
    EXPECT_TRUE(run.out.contains("Nothing found"));
    const CliRun json = CliRunner::run({QStringLiteral("diagnose"), QStringLiteral("--json"), file});
    EXPECT_EQ(json.exitCode, 0);
    EXPECT_TRUE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("findings")).toArray().isEmpty());
}

TEST(DiagnoseCommand, MergedWorkbookAndWhatCannotBeChecked)
{
    const CliRun run = CliRunner::run({QStringLiteral("diagnose"), QStringLiteral("--json"),
                                       QStringLiteral(TENARAI_CORPUS_DIR "/xlsx/excelize__MergeCell.xlsx")});
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    bool merged = false;
    for (const QJsonValue &v : root.value(QStringLiteral("findings")).toArray())
        merged = merged || v.toObject().value(QStringLiteral("rule")).toString() == u"1-4";
    EXPECT_TRUE(merged) << run.out.constData();
    QStringList unchecked;
    for (const QJsonValue &v : root.value(QStringLiteral("notChecked")).toArray())
        unchecked << v.toObject().value(QStringLiteral("rule")).toString();
    EXPECT_TRUE(unchecked.contains(QStringLiteral("1-7")));
    EXPECT_TRUE(unchecked.contains(QStringLiteral("1-8")));
}

TEST(DiagnoseCommand, ErrorsExitWithTwo)
{
    const CliRun missing = CliRunner::run({QStringLiteral("diagnose"), QStringLiteral("/nonexistent/list.csv")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.startsWith("tenarai-cli: "));
    EXPECT_TRUE(missing.err.contains("/nonexistent/list.csv"));
    EXPECT_EQ(missing.err.count('\n'), 1);
    EXPECT_TRUE(missing.out.isEmpty());

    const CliRun sheet = CliRunner::run({QStringLiteral("diagnose"), messy(), QStringLiteral("--sheet"), QStringLiteral("名簿")});
    EXPECT_EQ(sheet.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(sheet.err).contains(QStringLiteral("名簿")));

    EXPECT_EQ(CliRunner::run({QStringLiteral("diagnose")}).exitCode, 2);
    EXPECT_EQ(CliRunner::run({QStringLiteral("diagnose"), messy(), messy()}).exitCode, 2);
}
