// tenarai-cli as its users meet it: exit codes scripts test, one-line errors naming the file,
// conversions that match the corpus's openpyxl references, and `info` describing sheets.
#include "CsvTableCompare.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // English messages whatever the machine's language.
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TENARAI_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        ADD_FAILURE() << "tenarai-cli did not finish normally: "
                      << arguments.join(QLatin1Char(' ')).toStdString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString corpus(const QString &relative)
{
    return QStringLiteral(TENARAI_CORPUS_DIR "/") + relative;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A failure message is one line on stderr that names the file.
void expectOneLineErrorNaming(const CliRun &run, const QString &file)
{
    const QString err = QString::fromUtf8(run.err);
    EXPECT_TRUE(err.endsWith(QLatin1Char('\n'))) << err.toStdString();
    EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << err.toStdString();
    EXPECT_TRUE(err.startsWith(QStringLiteral("tenarai-cli: "))) << err.toStdString();
    EXPECT_TRUE(err.contains(file)) << err.toStdString();
}

class CliTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Converts one sheet to CSV and compares it with the corpus reference.
    void expectMatchesReference(const QString &xlsx, const QStringList &sheetArgs, int referenceSheet)
    {
        const QString out = path(QStringLiteral("out.csv"));
        QFile::remove(out);
        const CliRun run
            = runCli(QStringList({ QStringLiteral("convert"), corpus(QStringLiteral("xlsx/") + xlsx), out })
                     + sheetArgs);
        ASSERT_EQ(run.exitCode, 0) << run.err.constData();
        EXPECT_TRUE(run.err.isEmpty()) << run.err.constData();
        const QString reference = corpus(QStringLiteral("expected/%1.%2.csv").arg(xlsx).arg(referenceSheet));
        const QString diff = CsvTableCompare::differences(CsvTableCompare::parse(readAll(reference)),
                                                          CsvTableCompare::parse(readAll(out)));
        EXPECT_TRUE(diff.isEmpty()) << xlsx.toStdString() << " sheet " << referenceSheet << ": "
                                    << diff.toStdString();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliTest, HelpListsTheCommands)
{
    for (const QString &flag : { QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help") }) {
        const CliRun run = runCli({ flag });
        EXPECT_EQ(run.exitCode, 0) << flag.toStdString();
        const QString out = QString::fromUtf8(run.out);
        EXPECT_TRUE(out.contains(QStringLiteral("\n  convert "))) << out.toStdString();
        EXPECT_TRUE(out.contains(QStringLiteral("\n  info "))) << out.toStdString();
        EXPECT_TRUE(run.err.isEmpty());
    }
}

TEST_F(CliTest, HelpForOneCommand)
{
    for (const QStringList &args : { QStringList({ QStringLiteral("help"), QStringLiteral("convert") }),
                                     QStringList({ QStringLiteral("convert"), QStringLiteral("--help") }) }) {
        const CliRun run = runCli(args);
        EXPECT_EQ(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        EXPECT_TRUE(out.startsWith(QStringLiteral("Usage: tenarai-cli convert"))) << out.toStdString();
        EXPECT_TRUE(out.contains(QStringLiteral("--sheet"))) << out.toStdString();
        EXPECT_TRUE(out.contains(QStringLiteral("--encoding"))) << out.toStdString();
    }
    const CliRun info = runCli({ QStringLiteral("info"), QStringLiteral("-h") });
    EXPECT_EQ(info.exitCode, 0);
    EXPECT_TRUE(info.out.contains("--json"));
}

TEST_F(CliTest, VersionPrintsNameAndVersion)
{
    const CliRun run = runCli({ QStringLiteral("--version") });
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, QByteArray("tenarai-cli " TENARAI_VERSION "\n"));
}

TEST_F(CliTest, UsageErrorsExitWithTwo)
{
    const QString in = corpus(QStringLiteral("xlsx/calamine__merged_range.xlsx"));
    const QList<QStringList> cases = {
        { QStringLiteral("frobnicate") },
        { QStringLiteral("--no-such-option") },
        { QStringLiteral("help"), QStringLiteral("frobnicate") },
        { QStringLiteral("convert"), in },
        { QStringLiteral("convert"), in, path(QStringLiteral("a.csv")), path(QStringLiteral("b.csv")) },
        { QStringLiteral("convert"), in, path(QStringLiteral("out.pdf")) },
        { QStringLiteral("convert"), in, path(QStringLiteral("out.csv")), QStringLiteral("--encoding"),
          QStringLiteral("latin-1") },
        { QStringLiteral("convert"), in, path(QStringLiteral("out.xlsx")), QStringLiteral("--encoding"),
          QStringLiteral("cp932") },
        { QStringLiteral("convert"), in, path(QStringLiteral("out.csv")), QStringLiteral("--frobnicate") },
        { QStringLiteral("info") },
    };
    for (const QStringList &args : cases) {
        const CliRun run = runCli(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.constData();
        EXPECT_TRUE(run.err.startsWith("tenarai-cli: ")) << run.err.constData();
        EXPECT_TRUE(run.out.isEmpty());
    }
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("out.pdf"))));

    // No command at all: the usage goes to stderr.
    const CliRun bare = runCli({});
    EXPECT_EQ(bare.exitCode, 2);
    EXPECT_TRUE(bare.err.contains("convert"));
}

TEST_F(CliTest, EveryCorpusSheetMatchesItsReference)
{
    // expected/<workbook>.<sheet index>.csv, one per worksheet the reference reader could read.
    const QStringList references = QDir(corpus(QStringLiteral("expected")))
                                       .entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name);
    ASSERT_GE(references.size(), 150);
    for (const QString &reference : references) {
        const QString stem = reference.chopped(4); // drop ".csv"
        const qsizetype dot = stem.lastIndexOf(QLatin1Char('.'));
        const QString workbook = stem.left(dot);
        const int sheet = stem.mid(dot + 1).toInt();
        expectMatchesReference(workbook, { QStringLiteral("--sheet"), QString::number(sheet) }, sheet);
    }
}

TEST_F(CliTest, CsvOutputDefaultsToTheFirstWorksheet)
{
    // The first sheet is hidden: still the first worksheet.
    expectMatchesReference(QStringLiteral("poi__TwoSheetsOneHidden.xlsx"), {}, 0);
    // The first sheet is a chartsheet, which holds no cells: the worksheet after it is taken.
    expectMatchesReference(QStringLiteral("tealeg__testchartsheet.xlsx"), {}, 1);
}

TEST_F(CliTest, SheetByName)
{
    expectMatchesReference(QStringLiteral("calamine__merged_range.xlsx"),
                           { QStringLiteral("--sheet"), QStringLiteral("Sheet2") }, 1);
    expectMatchesReference(QStringLiteral("poi__TwoSheetsOneHidden.xlsx"),
                           { QStringLiteral("--sheet=Sheet2") }, 1);
}

TEST_F(CliTest, MissingOrChartSheetIsAFailureNamingTheFile)
{
    const QString in = corpus(QStringLiteral("xlsx/calamine__merged_range.xlsx"));
    for (const QString &sheet :
         { QStringLiteral("7"), QStringLiteral("NoSuchSheet"), QStringLiteral("-1") }) {
        const CliRun run = runCli({ QStringLiteral("convert"), in, path(QStringLiteral("out.csv")),
                                    QStringLiteral("--sheet"), sheet });
        EXPECT_EQ(run.exitCode, 1) << sheet.toStdString();
        expectOneLineErrorNaming(run, in);
    }
    const QString charts = corpus(QStringLiteral("xlsx/tealeg__testchartsheet.xlsx"));
    const CliRun chart = runCli({ QStringLiteral("convert"), charts, path(QStringLiteral("out.csv")),
                                  QStringLiteral("--sheet"), QStringLiteral("0") });
    EXPECT_EQ(chart.exitCode, 1);
    expectOneLineErrorNaming(chart, charts);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("out.csv"))));
}

TEST_F(CliTest, XlsxOutputKeepsEverySheetOrOnlyTheChosenOne)
{
    const QString in = corpus(QStringLiteral("xlsx/calamine__merged_range.xlsx"));
    const QString all = path(QStringLiteral(u"全部.xlsx"));
    ASSERT_EQ(runCli({ QStringLiteral("convert"), in, all }).exitCode, 0);
    const QJsonObject allInfo
        = QJsonDocument::fromJson(runCli({ QStringLiteral("info"), all, QStringLiteral("--json") }).out)
              .object();
    const QJsonArray allSheets = allInfo.value(u"sheets").toArray();
    ASSERT_EQ(allSheets.size(), 2);
    EXPECT_EQ(allSheets.at(1).toObject().value(u"name").toString(), QStringLiteral("Sheet2"));
    EXPECT_EQ(allSheets.at(1).toObject().value(u"merges").toArray().size(), 6);
    // Values survive the trip through our XLSX.
    expectMatchesReference(QStringLiteral("calamine__merged_range.xlsx"),
                           { QStringLiteral("--sheet"), QStringLiteral("1") }, 1);
    const QString back = path(QStringLiteral("back.csv"));
    ASSERT_EQ(
        runCli({ QStringLiteral("convert"), all, back, QStringLiteral("--sheet"), QStringLiteral("Sheet2") })
            .exitCode,
        0);
    EXPECT_EQ(CsvTableCompare::differences(CsvTableCompare::parse(readAll(corpus(QStringLiteral(
                                               "expected/calamine__merged_range.xlsx.1.csv")))),
                                           CsvTableCompare::parse(readAll(back))),
              QString());

    const QString one = path(QStringLiteral("one.xlsx"));
    ASSERT_EQ(
        runCli({ QStringLiteral("convert"), in, one, QStringLiteral("--sheet"), QStringLiteral("Sheet2") })
            .exitCode,
        0);
    const QJsonArray oneSheets
        = QJsonDocument::fromJson(runCli({ QStringLiteral("info"), one, QStringLiteral("--json") }).out)
              .object()
              .value(u"sheets")
              .toArray();
    ASSERT_EQ(oneSheets.size(), 1);
    EXPECT_EQ(oneSheets.at(0).toObject().value(u"name").toString(), QStringLiteral("Sheet2"));
}

TEST_F(CliTest, CsvToXlsxToCsvKeepsEveryCell)
{
    for (const QString &name : { QStringLiteral("shirasagi__sys_prefecture_code.csv"),
                                 QStringLiteral("shirasagi__guide_full_template.csv"),
                                 QStringLiteral("csv-spectrum__quotes_and_newlines.csv"),
                                 QStringLiteral("tsu-gomi__original.csv") }) {
        const QString in = corpus(QStringLiteral("csv/") + name);
        const QString direct = path(QStringLiteral("direct.csv"));
        const QString xlsx = path(QStringLiteral("via.xlsx"));
        const QString back = path(QStringLiteral("back.csv"));
        ASSERT_EQ(runCli({ QStringLiteral("convert"), in, direct }).exitCode, 0) << name.toStdString();
        const CliRun toXlsx = runCli({ QStringLiteral("convert"), in, xlsx });
        ASSERT_EQ(toXlsx.exitCode, 0) << toXlsx.err.constData();
        EXPECT_TRUE(readAll(xlsx).startsWith("PK\x03\x04"));
        ASSERT_EQ(runCli({ QStringLiteral("convert"), xlsx, back }).exitCode, 0) << name.toStdString();
        const QByteArray directBytes = readAll(direct);
        EXPECT_GT(directBytes.size(), 10);
        EXPECT_EQ(directBytes, readAll(back)) << name.toStdString();
    }
}

TEST_F(CliTest, EncodingOfCsvOutput)
{
    const QString in = path(QStringLiteral("in.csv"));
    writeAll(in, QStringLiteral(u"名前,会社\r\n髙橋,㈱ﾃｽﾄ\r\n").toUtf8());

    const QString utf8 = path(QStringLiteral("utf8.csv"));
    ASSERT_EQ(runCli({ QStringLiteral("convert"), in, utf8 }).exitCode, 0);
    EXPECT_EQ(readAll(utf8),
              QByteArray("\xEF\xBB\xBF") + QStringLiteral(u"名前,会社\r\n髙橋,㈱ﾃｽﾄ\r\n").toUtf8());

    const QString noBom = path(QStringLiteral("nobom.csv"));
    ASSERT_EQ(runCli({ QStringLiteral("convert"), in, noBom, QStringLiteral("--no-bom") }).exitCode, 0);
    EXPECT_EQ(readAll(noBom), QStringLiteral(u"名前,会社\r\n髙橋,㈱ﾃｽﾄ\r\n").toUtf8());

    // CP932 as Windows writes it: 髙 is the IBM extension FBFC, ㈱ the NEC row-13 878A.
    const QString sjis = path(QStringLiteral("sjis.csv"));
    const CliRun run = runCli(
        { QStringLiteral("convert"), in, sjis, QStringLiteral("--encoding"), QStringLiteral("cp932") });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(readAll(sjis).toHex(' '),
              QByteArray("\x96\xBC\x91\x4F,\x89\xEF\x8E\xD0\r\n\xFB\xFC\x8B\xB4,\x87\x8A\xC3\xBD\xC4\r\n")
                  .toHex(' '));
}

TEST_F(CliTest, CharacterCp932CannotHoldFailsNamingFileAndCell)
{
    const QString in = path(QStringLiteral("sushi.csv"));
    writeAll(in, QStringLiteral(u"品名,絵\r\nすし,🍣\r\n").toUtf8());
    const QString out = path(QStringLiteral("sushi-sjis.csv"));
    const CliRun run = runCli(
        { QStringLiteral("convert"), in, out, QStringLiteral("--encoding"), QStringLiteral("cp932") });
    EXPECT_EQ(run.exitCode, 1);
    expectOneLineErrorNaming(run, out);
    EXPECT_TRUE(run.err.contains("row 2, column 2")) << run.err.constData();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(CliTest, MissingFileFailsWithOneLine)
{
    const QString missing = path(QStringLiteral(u"ない.xlsx"));
    const CliRun run = runCli({ QStringLiteral("convert"), missing, path(QStringLiteral("out.csv")) });
    EXPECT_EQ(run.exitCode, 1);
    expectOneLineErrorNaming(run, missing);
    const CliRun info = runCli({ QStringLiteral("info"), missing });
    EXPECT_EQ(info.exitCode, 1);
    expectOneLineErrorNaming(info, missing);
}

TEST_F(CliTest, BrokenFilesFailWithOneLineNamingTheFile)
{
    // poi__xlsx-corrupted.xlsx is left out: its only defect is an empty _rels/.rels, which a
    // forgiving reader may work around (openpyxl does).
    const QStringList broken = {
        QStringLiteral("calamine__pass_protected.xlsx"),
        QStringLiteral("poi__clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5025401116950528.xlsx"),
        QStringLiteral("poi__poc-xmlbomb.xlsx"),
        QStringLiteral("tealeg__badfile_noWorkbookRels.xlsx"),
    };
    for (const QString &name : broken) {
        const QString in = corpus(QStringLiteral("xlsx/broken/") + name);
        const CliRun run = runCli({ QStringLiteral("convert"), in, path(QStringLiteral("out.csv")) });
        EXPECT_EQ(run.exitCode, 1) << name.toStdString();
        expectOneLineErrorNaming(run, in);
    }
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("out.csv"))));
}

TEST_F(CliTest, UnwritableOutputFails)
{
    const QString out = path(QStringLiteral("no/such/folder/out.xlsx"));
    const CliRun run = runCli(
        { QStringLiteral("convert"), corpus(QStringLiteral("xlsx/calamine__merged_range.xlsx")), out });
    EXPECT_EQ(run.exitCode, 1);
    expectOneLineErrorNaming(run, out);
}

TEST_F(CliTest, InfoListsSheetsAndMerges)
{
    const QString in = corpus(QStringLiteral("xlsx/calamine__merged_range.xlsx"));
    const CliRun run = runCli({ QStringLiteral("info"), in });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.contains(QStringLiteral("Format: XLSX"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Date system: 1900")));
    EXPECT_TRUE(out.contains(QStringLiteral("0: \"Sheet1\", visible, worksheet, 4 rows x 8 columns")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("1: \"Sheet2\", visible, worksheet, 4 rows x 6 columns")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("C1:D2")));
    EXPECT_TRUE(out.contains(QStringLiteral("F1:H4")));
}

TEST_F(CliTest, InfoJsonDescribesStatesTypesAndMerges)
{
    const CliRun run
        = runCli({ QStringLiteral("info"), corpus(QStringLiteral("xlsx/calamine__any_sheets.xlsx")),
                   QStringLiteral("--json") });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_EQ(root.value(u"format").toString(), QStringLiteral("xlsx"));
    EXPECT_FALSE(root.value(u"date1904").toBool());
    const QJsonArray sheets = root.value(u"sheets").toArray();
    ASSERT_EQ(sheets.size(), 4);
    const QStringList states = { QStringLiteral("visible"), QStringLiteral("hidden"),
                                 QStringLiteral("veryHidden"), QStringLiteral("visible") };
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(sheets.at(i).toObject().value(u"index").toInt(), i);
        EXPECT_EQ(sheets.at(i).toObject().value(u"state").toString(), states.at(i));
    }
    EXPECT_EQ(sheets.at(3).toObject().value(u"type").toString(), QStringLiteral("chartsheet"));
    EXPECT_EQ(sheets.at(0).toObject().value(u"name").toString(), QStringLiteral("Visible"));

    const CliRun merged
        = runCli({ QStringLiteral("info"), corpus(QStringLiteral("xlsx/calamine__merged_range.xlsx")),
                   QStringLiteral("--json") });
    const QJsonArray merges = QJsonDocument::fromJson(merged.out)
                                  .object()
                                  .value(u"sheets")
                                  .toArray()
                                  .at(1)
                                  .toObject()
                                  .value(u"merges")
                                  .toArray();
    QStringList ranges;
    for (const QJsonValue &m : merges)
        ranges << m.toString();
    ranges.sort();
    EXPECT_EQ(ranges,
              QStringList({ QStringLiteral("A1:A4"), QStringLiteral("B1:B2"), QStringLiteral("C1:D2"),
                            QStringLiteral("C3:D4"), QStringLiteral("E1:E2"), QStringLiteral("F1:H4") }));
}

TEST_F(CliTest, InfoOnCsvReportsEncodingDelimiterAndRaggedRows)
{
    const CliRun run
        = runCli({ QStringLiteral("info"), corpus(QStringLiteral("csv/shirasagi__guide_full_template.csv")),
                   QStringLiteral("--json") });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(root.value(u"format").toString(), QStringLiteral("csv"));
    EXPECT_EQ(root.value(u"encoding").toString(), QStringLiteral("CP932"));
    EXPECT_EQ(root.value(u"delimiter").toString(), QStringLiteral(","));
    EXPECT_EQ(root.value(u"expectedColumns").toInt(), 10);
    // Python's csv module finds 6 of the 24 records without 10 fields.
    EXPECT_EQ(root.value(u"raggedRowCount").toInt(), 6);
    EXPECT_EQ(root.value(u"raggedRows").toArray().size(), 6);
    EXPECT_EQ(root.value(u"raggedRows").toArray().at(0).toObject().value(u"row").toInt(), 1);

    const CliRun text = runCli(
        { QStringLiteral("info"), corpus(QStringLiteral("csv/shirasagi__guide_full_template.csv")) });
    EXPECT_TRUE(text.out.contains("Encoding: CP932")) << text.out.constData();
    EXPECT_TRUE(text.out.contains("Delimiter: comma (,)"));
}
