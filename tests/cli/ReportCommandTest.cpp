// `tenarai-cli report`: the progress of a database as CSV for HR, xAPI statements for an LRS and a
// SCORM 1.2 summary for an LMS, on stdout or into a file, with names replaced when asked.
#include "../core/XapiValidator.h"
#include "BundleFile.h"
#include "CliRunner.h"
#include "CsvTableCompare.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QDateTime T0(QDate(2026, 4, 1), QTime(0, 30), Qt::UTC);
const QString Pack = QStringLiteral("cleaning-basics");

class ReportCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = path(QStringLiteral("progress.sqlite"));
        m_sato.displayName = QStringLiteral("佐藤 花子");
        m_sato.department = QStringLiteral("総務課");
        m_sato.addProfile(T0);
        m_attempts << m_sato.addAttempt(Pack, QStringLiteral("l1"), QStringLiteral("e1"), T0, 60, 0.5, false,
                                        1);
        m_attempts << m_sato.addAttempt(Pack, QStringLiteral("l1"), QStringLiteral("e1"), T0.addSecs(600),
                                        120, 1.0, true, 2);
        m_sato.addCompletion(Pack, QStringLiteral("l1"), T0.addSecs(720));
        m_evil.displayName = QStringLiteral("=cmd|' /C calc'!A0");
        m_evil.department = QStringLiteral("@総務");
        m_evil.addProfile(T0);
        m_attempts << m_evil.addAttempt(Pack, QStringLiteral("l2"), QStringLiteral("e1"), T0, 30, 0.25,
                                        false);
        importBundle(m_sato);
        importBundle(m_evil);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void importBundle(const BundleFile &bundle)
    {
        const QString file = path(bundle.profileId + QStringLiteral(".tenarai-progress"));
        CliRunner::writeAll(file, bundle.toJson());
        const CliRun run = CliRunner::run(
            { QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--db"), m_db, file });
        ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    }

    CliRun report(QStringList arguments) const
    {
        return CliRunner::run(QStringList { QStringLiteral("report"), QStringLiteral("--db"), m_db }
                              + arguments);
    }

    QTemporaryDir m_dir;
    QString m_db;
    BundleFile m_sato;
    BundleFile m_evil;
    QStringList m_attempts;
};

int columnOf(const QList<QStringList> &rows, const QString &heading)
{
    return rows.isEmpty() ? -1 : int(rows.first().indexOf(heading));
}

} // namespace

TEST_F(ReportCommandTest, CsvOnStdout)
{
    const CliRun run = report({});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.constData();
    ASSERT_TRUE(run.out.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(run.out.contains("\r\n"));
    const QList<QStringList> rows = CsvTableCompare::parse(run.out);
    ASSERT_EQ(rows.size(), 3) << run.out.constData();
    int satoRow = -1;
    for (int i = 1; i < rows.size(); ++i)
        satoRow = rows[i].value(columnOf(rows, QStringLiteral("Learner"))) == QStringLiteral("佐藤 花子")
            ? i
            : satoRow;
    ASSERT_GT(satoRow, 0);
    const QStringList &sato = rows[satoRow];
    EXPECT_EQ(sato.value(columnOf(rows, QStringLiteral("Learner ID"))), m_sato.profileId);
    EXPECT_EQ(sato.value(columnOf(rows, QStringLiteral("Lesson"))), QStringLiteral("l1"));
    EXPECT_EQ(sato.value(columnOf(rows, QStringLiteral("Completed"))), QStringLiteral("yes"));
    EXPECT_EQ(sato.value(columnOf(rows, QStringLiteral("Attempts"))), QStringLiteral("2"));
    EXPECT_EQ(sato.value(columnOf(rows, QStringLiteral("Best score (%)"))), QStringLiteral("100"));
    EXPECT_EQ(sato.value(columnOf(rows, QStringLiteral("Time spent (minutes)"))), QStringLiteral("3"));
    EXPECT_EQ(sato.value(columnOf(rows, QStringLiteral("Hints used"))), QStringLiteral("3"));
    // A name that a spreadsheet would run as a command is written as text.
    EXPECT_TRUE(run.out.contains(QStringLiteral("'=cmd|").toUtf8()));
    EXPECT_TRUE(run.out.contains(QStringLiteral("'@総務").toUtf8()));
    for (const QStringList &row : rows) {
        for (const QString &cell : row)
            EXPECT_FALSE(cell.startsWith(QLatin1Char('=')) || cell.startsWith(QLatin1Char('@')))
                << cell.toStdString();
    }
}

TEST_F(ReportCommandTest, OneLearnerAndOtherLevelsIntoAFile)
{
    const QString out = path(QStringLiteral("learners.csv"));
    const CliRun run
        = report({ QStringLiteral("--level"), QStringLiteral("attempts"), QStringLiteral("--profile"),
                   QStringLiteral("佐藤 花子"), QStringLiteral("--output"), out });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.out.isEmpty());
    const QList<QStringList> rows = CsvTableCompare::parse(CliRunner::readAll(out));
    ASSERT_EQ(rows.size(), 1 + 2);
    const int id = columnOf(rows, QStringLiteral("Attempt ID"));
    EXPECT_TRUE(m_attempts.mid(0, 2).contains(rows[1].value(id)));
    EXPECT_TRUE(m_attempts.mid(0, 2).contains(rows[2].value(id)));

    const CliRun learners = report({ QStringLiteral("--level"), QStringLiteral("learners") });
    ASSERT_EQ(learners.exitCode, 0) << learners.err.constData();
    EXPECT_EQ(CsvTableCompare::parse(learners.out).size(), 3);
}

TEST_F(ReportCommandTest, XapiStatementsAreValid)
{
    const CliRun run = report({ QStringLiteral("--format"), QStringLiteral("xapi") });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_TRUE(doc.isArray());
    const QJsonArray statements = doc.array();
    EXPECT_EQ(statements.size(), 3 + 1); // three attempts, one completed lesson
    QStringList ids;
    for (const QJsonValue &value : statements) {
        const QStringList problems = xapi::validateStatement(value.toObject());
        EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
        ids << value.toObject().value(QStringLiteral("id")).toString();
    }
    for (const QString &attempt : std::as_const(m_attempts))
        EXPECT_TRUE(ids.contains(attempt)) << attempt.toStdString();

    const CliRun custom
        = report({ QStringLiteral("--format"), QStringLiteral("xapi"), QStringLiteral("--activity-iri"),
                   QStringLiteral("https://lms.example.lg.jp/act/") });
    ASSERT_EQ(custom.exitCode, 0) << custom.err.constData();
    EXPECT_TRUE(custom.out.contains("https://lms.example.lg.jp/act/cleaning-basics/l1/e1"));

    const CliRun relative = report({ QStringLiteral("--format"), QStringLiteral("xapi"),
                                     QStringLiteral("--activity-iri"), QStringLiteral("act/") });
    EXPECT_EQ(relative.exitCode, 1);
    EXPECT_TRUE(relative.err.contains("not an absolute address")) << relative.err.constData();
}

TEST_F(ReportCommandTest, ScormSummary)
{
    const CliRun run = report({ QStringLiteral("--format"), QStringLiteral("scorm") });
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QList<QStringList> rows = CsvTableCompare::parse(run.out);
    ASSERT_EQ(rows.size(), 3);
    const int learner = columnOf(rows, QStringLiteral("learner_id"));
    const int status = columnOf(rows, QStringLiteral("cmi.core.lesson_status"));
    const int raw = columnOf(rows, QStringLiteral("cmi.core.score.raw"));
    const int time = columnOf(rows, QStringLiteral("cmi.core.total_time"));
    ASSERT_GE(status, 0);
    for (const QStringList &row : rows.mid(1)) {
        if (row.value(learner) == m_sato.profileId) {
            EXPECT_EQ(row.value(status), QStringLiteral("passed"));
            EXPECT_EQ(row.value(raw), QStringLiteral("100"));
            EXPECT_EQ(row.value(time), QStringLiteral("0000:03:00.00"));
        } else {
            EXPECT_EQ(row.value(status), QStringLiteral("incomplete"));
            EXPECT_EQ(row.value(raw), QStringLiteral("25"));
        }
    }
    const CliRun json = report({ QStringLiteral("--format"), QStringLiteral("scorm-json") });
    ASSERT_EQ(json.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("records")).toArray().size(),
              2);
}

TEST_F(ReportCommandTest, AnonymisedReportsUseStablePseudonyms)
{
    const CliRun first = report({ QStringLiteral("--anonymise") });
    ASSERT_EQ(first.exitCode, 0) << first.err.constData();
    EXPECT_FALSE(first.out.contains(QStringLiteral("佐藤").toUtf8()));
    EXPECT_FALSE(first.out.contains(m_sato.profileId.toLatin1()));
    EXPECT_FALSE(first.out.contains("cmd|"));
    EXPECT_TRUE(first.out.contains(QStringLiteral("受講者-").toUtf8()));
    EXPECT_TRUE(first.out.contains(QStringLiteral("総務課").toUtf8())) << "departments are kept";
    EXPECT_TRUE(QFileInfo::exists(m_db + QStringLiteral(".pseudonym-salt")));

    const CliRun second = report({ QStringLiteral("--anonymize") });
    ASSERT_EQ(second.exitCode, 0);
    EXPECT_EQ(second.out, first.out) << "the same learner keeps the same pseudonym";

    const QString salt = path(QStringLiteral("org.salt"));
    CliRunner::writeAll(salt, "the organisation's own secret salt\n");
    const CliRun org
        = report({ QStringLiteral("--anonymise"), QStringLiteral("--pseudonym-salt"), salt,
                   QStringLiteral("--no-department"), QStringLiteral("--format"), QStringLiteral("xapi") });
    ASSERT_EQ(org.exitCode, 0) << org.err.constData();
    EXPECT_FALSE(org.out.contains(QStringLiteral("総務課").toUtf8()));
    EXPECT_FALSE(org.out.contains(QStringLiteral("佐藤").toUtf8()));
    const QJsonArray statements = QJsonDocument::fromJson(org.out).array();
    ASSERT_FALSE(statements.isEmpty());
    for (const QJsonValue &value : statements)
        EXPECT_TRUE(xapi::validateStatement(value.toObject()).isEmpty());

    CliRunner::writeAll(salt, "short");
    const CliRun weak = report({ QStringLiteral("--anonymise"), QStringLiteral("--pseudonym-salt"), salt });
    EXPECT_EQ(weak.exitCode, 1);
    EXPECT_TRUE(weak.err.contains(salt.toUtf8())) << weak.err.constData();
}

TEST_F(ReportCommandTest, MistakesAreNamed)
{
    const QString missing = path(QStringLiteral("typo.sqlite"));
    const CliRun noDb = CliRunner::run({ QStringLiteral("report"), QStringLiteral("--db"), missing });
    EXPECT_EQ(noDb.exitCode, 1);
    EXPECT_TRUE(noDb.err.contains(missing.toUtf8())) << noDb.err.constData();
    EXPECT_FALSE(QFileInfo::exists(missing)) << "a mistyped path does not create an empty database";

    const CliRun format = report({ QStringLiteral("--format"), QStringLiteral("pdf") });
    EXPECT_EQ(format.exitCode, 2);
    EXPECT_TRUE(format.err.contains("\"pdf\"") || format.err.contains("“pdf”")) << format.err.constData();

    const CliRun both = report({ QStringLiteral("--central") });
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_TRUE(both.err.contains("--db or --central")) << both.err.constData();

    const CliRun level = report({ QStringLiteral("--format"), QStringLiteral("xapi"),
                                  QStringLiteral("--level"), QStringLiteral("packs") });
    EXPECT_EQ(level.exitCode, 2);

    const CliRun nobody = report({ QStringLiteral("--profile"), QStringLiteral("山田") });
    EXPECT_EQ(nobody.exitCode, 1);
    EXPECT_TRUE(nobody.err.contains(QStringLiteral("山田").toUtf8())) << nobody.err.constData();
}
