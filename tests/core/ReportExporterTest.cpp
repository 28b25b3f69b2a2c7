// What HR, an LRS and an LMS receive: CSV that Excel opens safely, xAPI 1.0.3 statements, a SCORM
// 1.2-shaped summary, and pseudonyms instead of names when asked.
#include "XapiValidator.h"

#include "io/CsvReader.h"
#include "progress/ReportExporter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {

const QDateTime T0(QDate(2026, 4, 1), QTime(0, 30), Qt::UTC);
const QString Pack = QStringLiteral("cleaning-basics");

struct Fixture
{
    Profile sato;
    Profile evil;
    ProgressData data;
};

Fixture fixture()
{
    Fixture f;
    f.sato = Profile { newRecordId(), QStringLiteral("佐藤 花子"), QStringLiteral("総務課"), T0 };
    // Cells an attacker (or an unlucky typist) could make a spreadsheet run as formulas.
    f.evil = Profile { newRecordId(), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                       QStringLiteral("+81-3"), T0 };
    auto attempt = [](const Profile &p, const QString &lesson, const QString &exercise, double score,
                      bool passed, int minute, int seconds, int hints) {
        Attempt a;
        a.id = newRecordId();
        a.profileId = p.id;
        a.packId = Pack;
        a.packVersion = QStringLiteral("1.2");
        a.lessonId = lesson;
        a.exerciseId = exercise;
        a.startedAt = T0.addSecs(minute * 60);
        a.finishedAt = a.startedAt.addMSecs(qint64(seconds) * 1000 + 450);
        a.score = score;
        a.passed = passed;
        a.hintsUsed = hints;
        return a;
    };
    f.data.profiles = { f.sato, f.evil };
    Attempt abandoned = attempt(f.sato, QStringLiteral("l2"), QStringLiteral("e1"), 0, false, 40, 0, 0);
    abandoned.finishedAt = QDateTime();
    f.data.attempts = {
        attempt(f.sato, QStringLiteral("l1"), QStringLiteral("e1"), 0.5, false, 0, 62, 1),
        attempt(f.sato, QStringLiteral("l1"), QStringLiteral("e1"), 1.0, true, 5, 3723, 2),
        attempt(f.sato, QStringLiteral("l2"), QStringLiteral("表記ゆれ"), 2.0 / 3.0, false, 30, 10, 0),
        abandoned,
        attempt(f.evil, QStringLiteral("-l1"), QStringLiteral("@e1"), 0.25, false, 3, 5, 0),
    };
    f.data.completions
        = { Completion { f.sato.id, Pack, QStringLiteral("1.2"), QStringLiteral("l1"), T0.addSecs(3600) } };
    return f;
}

QList<QStringList> readCsv(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const Result<Workbook> read = CsvReader::read(&buffer, QStringLiteral("report.csv"));
    if (!read || read->sheets.empty())
        return {};
    const Table &table = read->sheets.front().table;
    QList<QStringList> rows;
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < table.columnCount(); ++c)
            row << table.cell(r, c).toString();
        rows << row;
    }
    return rows;
}

int column(const QList<QStringList> &rows, const QString &heading)
{
    return rows.isEmpty() ? -1 : int(rows.first().indexOf(heading));
}

QStringList rowWhere(const QList<QStringList> &rows, int col, const QString &value)
{
    for (const QStringList &row : rows.mid(1)) {
        if (row.value(col) == value)
            return row;
    }
    return {};
}

ReportExportOptions utcOptions()
{
    ReportExportOptions options;
    options.timeZone = QTimeZone::utc();
    return options;
}

} // namespace

TEST(ReportExporter, CsvOpensInExcel)
{
    const Fixture f = fixture();
    const ProgressReport report(f.data);
    const QByteArray bytes = ReportExporter(report, utcOptions()).csv();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 BOM, so Excel reads Japanese correctly";
    EXPECT_TRUE(bytes.contains("\r\n"));
    EXPECT_FALSE(bytes.mid(3).replace("\r\n", "").contains('\n')) << "every line ends in CRLF";

    const QList<QStringList> rows = readCsv(bytes);
    ASSERT_EQ(rows.size(), 1 + 3); // heading, sato l1, sato l2, evil -l1
    EXPECT_EQ(rows.first().first(), QStringLiteral("Learner ID"));
    const QStringList l1 = rowWhere(rows, column(rows, QStringLiteral("Lesson")), QStringLiteral("l1"));
    ASSERT_FALSE(l1.isEmpty());
    auto cell = [&](const QString &heading) { return l1.value(column(rows, heading)); };
    EXPECT_EQ(cell(QStringLiteral("Learner")), QStringLiteral("佐藤 花子"));
    EXPECT_EQ(cell(QStringLiteral("Department")), QStringLiteral("総務課"));
    EXPECT_EQ(cell(QStringLiteral("Learner ID")), f.sato.id);
    EXPECT_EQ(cell(QStringLiteral("Completed")), QStringLiteral("yes"));
    EXPECT_EQ(cell(QStringLiteral("Completed at")), QStringLiteral("2026-04-01 01:30:00"));
    EXPECT_EQ(cell(QStringLiteral("Attempts")), QStringLiteral("2"));
    EXPECT_EQ(cell(QStringLiteral("Passed attempts")), QStringLiteral("1"));
    EXPECT_EQ(cell(QStringLiteral("Best score (%)")), QStringLiteral("100"));
    EXPECT_EQ(cell(QStringLiteral("Last score (%)")), QStringLiteral("100"));
    EXPECT_EQ(cell(QStringLiteral("Hints used")), QStringLiteral("3"));
    // 62.45 s + 3723.45 s = 3785.9 s = 63.1 minutes.
    EXPECT_EQ(cell(QStringLiteral("Time spent (minutes)")), QStringLiteral("63.1"));
    EXPECT_EQ(cell(QStringLiteral("First attempt")), QStringLiteral("2026-04-01 00:30:00"));

    const QStringList l2 = rowWhere(rows, column(rows, QStringLiteral("Lesson")), QStringLiteral("l2"));
    EXPECT_EQ(l2.value(column(rows, QStringLiteral("Best score (%)"))), QStringLiteral("66.67"));
    EXPECT_EQ(l2.value(column(rows, QStringLiteral("Completed"))), QStringLiteral("no"));
    EXPECT_TRUE(l2.value(column(rows, QStringLiteral("Completed at"))).isEmpty());
}

TEST(ReportExporter, CsvTimesAreInTheChosenZone)
{
    const Fixture f = fixture();
    const ProgressReport report(f.data);
    ReportExportOptions options;
    options.timeZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    ASSERT_TRUE(options.timeZone.isValid());
    const QList<QStringList> rows = readCsv(ReportExporter(report, options).csv());
    const QStringList l1 = rowWhere(rows, column(rows, QStringLiteral("Lesson")), QStringLiteral("l1"));
    EXPECT_EQ(l1.value(column(rows, QStringLiteral("Completed at"))), QStringLiteral("2026-04-01 10:30:00"));
}

TEST(ReportExporter, FormulaCellsAreEscaped)
{
    for (const QString &dangerous :
         { QStringLiteral("=1+1"), QStringLiteral("+81"), QStringLiteral("-2"), QStringLiteral("@SUM(A1)"),
           QStringLiteral("\tx"), QStringLiteral("\rx"), QStringLiteral("＝1+1") })
        EXPECT_EQ(ReportExporter::escapeCsvCell(dangerous), QLatin1Char('\'') + dangerous)
            << dangerous.toStdString();
    for (const QString &safe : { QString(), QStringLiteral("佐藤"), QStringLiteral("a=b"),
                                 QStringLiteral("1-2"), QStringLiteral(" =x") })
        EXPECT_EQ(ReportExporter::escapeCsvCell(safe), safe) << safe.toStdString();

    const Fixture f = fixture();
    const ProgressReport report(f.data);
    for (ReportExporter::CsvLevel level :
         { ReportExporter::CsvLevel::Lessons, ReportExporter::CsvLevel::Packs,
           ReportExporter::CsvLevel::Learners, ReportExporter::CsvLevel::Attempts }) {
        const QList<QStringList> rows = readCsv(ReportExporter(report, utcOptions()).csv(level));
        ASSERT_GT(rows.size(), 1);
        int evilRows = 0;
        for (const QStringList &row : rows) {
            for (const QString &cell : row) {
                EXPECT_FALSE(cell.startsWith(QLatin1Char('=')) || cell.startsWith(QLatin1Char('+'))
                             || cell.startsWith(QLatin1Char('-')) || cell.startsWith(QLatin1Char('@')))
                    << cell.toStdString();
            }
            evilRows += row.contains(QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")")) ? 1 : 0;
        }
        EXPECT_GE(evilRows, 1) << "the name is kept, as text";
    }
    const QByteArray lessons = ReportExporter(report, utcOptions()).csv();
    EXPECT_TRUE(lessons.contains("'+81-3"));
    EXPECT_TRUE(lessons.contains("'-l1"));
}

TEST(ReportExporter, OtherCsvLevels)
{
    const Fixture f = fixture();
    const ProgressReport report(f.data);
    const QList<QStringList> packs
        = readCsv(ReportExporter(report, utcOptions()).csv(ReportExporter::CsvLevel::Packs));
    const QStringList sato = rowWhere(packs, column(packs, QStringLiteral("Learner ID")), f.sato.id);
    EXPECT_EQ(sato.value(column(packs, QStringLiteral("Lessons completed"))), QStringLiteral("1"));
    EXPECT_EQ(sato.value(column(packs, QStringLiteral("Completion (%)"))), QStringLiteral("50"));

    const QList<QStringList> learners
        = readCsv(ReportExporter(report, utcOptions()).csv(ReportExporter::CsvLevel::Learners));
    EXPECT_EQ(learners.size(), 3);

    const QList<QStringList> attempts
        = readCsv(ReportExporter(report, utcOptions()).csv(ReportExporter::CsvLevel::Attempts));
    ASSERT_EQ(attempts.size(), 1 + f.data.attempts.size());
    const QStringList first
        = rowWhere(attempts, column(attempts, QStringLiteral("Attempt ID")), f.data.attempts.first().id);
    EXPECT_EQ(first.value(column(attempts, QStringLiteral("Score (%)"))), QStringLiteral("50"));
    EXPECT_EQ(first.value(column(attempts, QStringLiteral("Passed"))), QStringLiteral("no"));
}

TEST(ReportExporter, AnonymisedExportsUseStablePseudonyms)
{
    const Fixture f = fixture();
    const ProgressReport report(f.data);
    ReportExportOptions options = utcOptions();
    options.pseudonymiser = Pseudonymiser(QByteArrayLiteral("organisation-salt-0123456789"));
    const QByteArray csv = ReportExporter(report, options).csv();
    const QByteArray xapi = ReportExporter(report, options).exportAs(ReportExporter::Format::Xapi).value();
    const QByteArray scorm = ReportExporter(report, options).scormCsv();
    for (const QByteArray &bytes : { csv, xapi, scorm }) {
        EXPECT_FALSE(bytes.contains(QStringLiteral("佐藤").toUtf8())) << "no real name";
        EXPECT_FALSE(bytes.contains("HYPERLINK"));
        EXPECT_FALSE(bytes.contains(f.sato.id.toLatin1()))
            << "no profile id, which another export could link";
    }
    const QString pseudonym = options.pseudonymiser->pseudonym(f.sato.id);
    EXPECT_TRUE(pseudonym.startsWith(QStringLiteral("受講者-")));
    EXPECT_EQ(pseudonym.size(), 4 + 10);
    EXPECT_TRUE(csv.contains(pseudonym.toUtf8()));
    EXPECT_TRUE(xapi.contains(pseudonym.toUtf8()));
    EXPECT_TRUE(csv.contains(QStringLiteral("総務課").toUtf8())) << "the department is kept by default";

    // The same salt gives the same pseudonym in another export; another salt another one.
    EXPECT_EQ(Pseudonymiser(QByteArrayLiteral("organisation-salt-0123456789")).pseudonym(f.sato.id),
              pseudonym);
    EXPECT_NE(Pseudonymiser(QByteArrayLiteral("other-organisation-salt-99")).pseudonym(f.sato.id), pseudonym);
    EXPECT_NE(options.pseudonymiser->pseudonym(f.evil.id), pseudonym);

    options.keepDepartment = false;
    EXPECT_FALSE(ReportExporter(report, options).csv().contains(QStringLiteral("総務課").toUtf8()));
}

TEST(ReportExporter, SaltFileIsCreatedOnceAndReadBack)
{
    QTemporaryDir dir;
    const QString path = Pseudonymiser::saltPathFor(dir.filePath(QStringLiteral("progress.sqlite")));
    EXPECT_TRUE(path.endsWith(QStringLiteral("progress.sqlite.pseudonym-salt")));
    const Result<QByteArray> created = Pseudonymiser::loadOrCreateSalt(path);
    ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
    EXPECT_GE(created->size(), Pseudonymiser::MinimumSaltSize);
    const Result<QByteArray> again = Pseudonymiser::loadOrCreateSalt(path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), created.value());

    QTemporaryDir other;
    const Result<QByteArray> elsewhere = Pseudonymiser::loadOrCreateSalt(
        Pseudonymiser::saltPathFor(other.filePath(QStringLiteral("p.sqlite"))));
    ASSERT_TRUE(elsewhere.ok());
    EXPECT_NE(elsewhere.value(), created.value()) << "each database gets its own random salt";

    const QString shortPath = dir.filePath(QStringLiteral("short"));
    QFile file(shortPath);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("abc\n");
    file.close();
    const Result<QByteArray> tooShort = Pseudonymiser::readSalt(shortPath);
    ASSERT_FALSE(tooShort.ok());
    EXPECT_EQ(tooShort.error().file, shortPath);
    EXPECT_TRUE(tooShort.error().message.contains(QStringLiteral("at least 16")))
        << tooShort.error().message.toStdString();
    EXPECT_FALSE(Pseudonymiser::readSalt(dir.filePath(QStringLiteral("missing"))).ok());
}

TEST(ReportExporter, XapiStatementsAreValid)
{
    const Fixture f = fixture();
    const ProgressReport report(f.data);
    const Result<QJsonArray> statements = ReportExporter(report).xapiStatements();
    ASSERT_TRUE(statements.ok()) << statements.error().toString().toStdString();
    ASSERT_EQ(statements->size(), f.data.attempts.size() + 1); // one per attempt, one per completed lesson
    QSet<QString> ids;
    for (const QJsonValue &value : statements.value()) {
        const QJsonObject statement = value.toObject();
        const QStringList errors = xapi::validateStatement(statement);
        EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString() << "\n"
                                      << QJsonDocument(statement).toJson().toStdString();
        ids.insert(statement.value(QStringLiteral("id")).toString());
    }
    EXPECT_EQ(ids.size(), statements->size()) << "statement ids are unique";
    for (const Attempt &a : f.data.attempts)
        EXPECT_TRUE(ids.contains(a.id)) << "the statement id is the attempt's UUID";
}

TEST(ReportExporter, XapiStatementContent)
{
    const Fixture f = fixture();
    const ProgressReport report(f.data);
    const QJsonArray statements = ReportExporter(report).xapiStatements().value();
    auto byId = [&](const QString &id) {
        for (const QJsonValue &v : statements) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject passed = byId(f.data.attempts.at(1).id);
    EXPECT_EQ(passed.value(QStringLiteral("verb")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("http://adlnet.gov/expapi/verbs/passed"));
    EXPECT_EQ(passed.value(QStringLiteral("verb"))
                  .toObject()
                  .value(QStringLiteral("display"))
                  .toObject()
                  .value(QStringLiteral("ja-JP"))
                  .toString(),
              QStringLiteral("合格した"));
    const QJsonObject actor = passed.value(QStringLiteral("actor")).toObject();
    EXPECT_EQ(actor.value(QStringLiteral("name")).toString(), QStringLiteral("佐藤 花子"));
    EXPECT_EQ(actor.value(QStringLiteral("account")).toObject().value(QStringLiteral("name")).toString(),
              f.sato.id);
    EXPECT_FALSE(actor.contains(QStringLiteral("mbox")));
    EXPECT_EQ(passed.value(QStringLiteral("object")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("https://tenarai.invalid/xapi/activities/cleaning-basics/l1/e1"));
    const QJsonObject result = passed.value(QStringLiteral("result")).toObject();
    EXPECT_TRUE(result.value(QStringLiteral("success")).toBool());
    EXPECT_TRUE(result.value(QStringLiteral("completion")).toBool());
    EXPECT_EQ(result.value(QStringLiteral("duration")).toString(), QStringLiteral("PT1H2M3.45S"));
    const QJsonObject score = result.value(QStringLiteral("score")).toObject();
    EXPECT_DOUBLE_EQ(score.value(QStringLiteral("scaled")).toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(score.value(QStringLiteral("raw")).toDouble(), 100);
    EXPECT_EQ(passed.value(QStringLiteral("timestamp")).toString(),
              QStringLiteral("2026-04-01T01:37:03.450Z"));

    const QJsonObject failed = byId(f.data.attempts.at(2).id);
    EXPECT_EQ(failed.value(QStringLiteral("verb")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("http://adlnet.gov/expapi/verbs/failed"));
    EXPECT_DOUBLE_EQ(failed.value(QStringLiteral("result"))
                         .toObject()
                         .value(QStringLiteral("score"))
                         .toObject()
                         .value(QStringLiteral("raw"))
                         .toDouble(),
                     66.67);
    // A Japanese exercise id is percent-encoded, so the IRI stays a plain URI as well.
    EXPECT_EQ(failed.value(QStringLiteral("object")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("https://tenarai.invalid/xapi/activities/cleaning-basics/l2/"
                             "%E8%A1%A8%E8%A8%98%E3%82%86%E3%82%8C"));

    const QJsonObject abandoned = byId(f.data.attempts.at(3).id);
    EXPECT_EQ(abandoned.value(QStringLiteral("verb")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("http://adlnet.gov/expapi/verbs/attempted"));
    EXPECT_FALSE(
        abandoned.value(QStringLiteral("result")).toObject().value(QStringLiteral("completion")).toBool());
    EXPECT_FALSE(abandoned.value(QStringLiteral("result")).toObject().contains(QStringLiteral("score")));

    // The completion statement keeps its id from one export to the next, so an LRS stores it once.
    QString completedId;
    for (const QJsonValue &v : statements) {
        if (v.toObject().value(QStringLiteral("verb")).toObject().value(QStringLiteral("id")).toString()
            == QStringLiteral("http://adlnet.gov/expapi/verbs/completed"))
            completedId = v.toObject().value(QStringLiteral("id")).toString();
    }
    ASSERT_FALSE(completedId.isEmpty());
    const QJsonArray again = ReportExporter(ProgressReport(f.data)).xapiStatements().value();
    EXPECT_TRUE(QJsonDocument(again).toJson().contains(completedId.toLatin1()));
}

TEST(ReportExporter, XapiBaseIriIsConfigurableAndMustBeAbsolute)
{
    const Fixture f = fixture();
    const ProgressReport report(f.data);
    ReportExportOptions options;
    options.activityBaseIri = QStringLiteral("https://lms.example.lg.jp/tenarai");
    options.accountHomePage = QStringLiteral("https://lms.example.lg.jp");
    const Result<QJsonArray> statements = ReportExporter(report, options).xapiStatements();
    ASSERT_TRUE(statements.ok());
    for (const QJsonValue &v : statements.value()) {
        EXPECT_TRUE(xapi::validateStatement(v.toObject()).isEmpty());
        EXPECT_TRUE(v.toObject()
                        .value(QStringLiteral("object"))
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toString()
                        .startsWith(QStringLiteral("https://lms.example.lg.jp/tenarai/cleaning-basics/")));
    }
    for (const QString &bad : { QStringLiteral("tenarai/activities"), QStringLiteral("/xapi/"), QString(),
                                QStringLiteral("https://a b/") }) {
        options.activityBaseIri = bad;
        const Result<QByteArray> refused
            = ReportExporter(report, options).exportAs(ReportExporter::Format::Xapi);
        ASSERT_FALSE(refused.ok()) << bad.toStdString();
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not an absolute address")));
    }
}

TEST(ReportExporter, XapiValidatorCatchesBrokenStatements)
{
    // The validator must be able to fail, or the tests above prove nothing.
    const Fixture f = fixture();
    const QJsonObject good
        = ReportExporter(ProgressReport(f.data)).xapiStatements().value().first().toObject();
    ASSERT_TRUE(xapi::validateStatement(good).isEmpty());
    auto broken = [&](auto change) {
        QJsonObject s = good;
        change(s);
        return !xapi::validateStatement(s).isEmpty();
    };
    EXPECT_TRUE(broken([](QJsonObject &s) { s.remove(QStringLiteral("actor")); }));
    EXPECT_TRUE(broken([](QJsonObject &s) { s.remove(QStringLiteral("verb")); }));
    EXPECT_TRUE(broken([](QJsonObject &s) { s.remove(QStringLiteral("object")); }));
    EXPECT_TRUE(broken([](QJsonObject &s) { s.insert(QStringLiteral("id"), QStringLiteral("not-a-uuid")); }));
    EXPECT_TRUE(broken([](QJsonObject &s) {
        QJsonObject r = s.value(QStringLiteral("result")).toObject();
        r.insert(QStringLiteral("score"), QJsonObject { { QStringLiteral("scaled"), 1.5 } });
        s.insert(QStringLiteral("result"), r);
    }));
    EXPECT_TRUE(broken([](QJsonObject &s) {
        QJsonObject r = s.value(QStringLiteral("result")).toObject();
        r.insert(QStringLiteral("score"),
                 QJsonObject { { QStringLiteral("raw"), 120 },
                               { QStringLiteral("min"), 0 },
                               { QStringLiteral("max"), 100 } });
        s.insert(QStringLiteral("result"), r);
    }));
    EXPECT_TRUE(broken([](QJsonObject &s) {
        QJsonObject r = s.value(QStringLiteral("result")).toObject();
        r.insert(QStringLiteral("duration"), QStringLiteral("1:02:03"));
        s.insert(QStringLiteral("result"), r);
    }));
    EXPECT_TRUE(broken([](QJsonObject &s) {
        QJsonObject o = s.value(QStringLiteral("object")).toObject();
        o.insert(QStringLiteral("id"), QStringLiteral("cleaning-basics/l1"));
        s.insert(QStringLiteral("object"), o);
    }));
    EXPECT_TRUE(broken([](QJsonObject &s) {
        s.insert(
            QStringLiteral("verb"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("http://adlnet.gov/expapi/verbs/passed") },
                          { QStringLiteral("display"),
                            QJsonObject { { QStringLiteral("Japanese"), QStringLiteral("合格") } } } });
    }));
    EXPECT_TRUE(broken(
        [](QJsonObject &s) { s.insert(QStringLiteral("timestamp"), QStringLiteral("2026-04-01 10:00")); }));
    EXPECT_TRUE(broken([](QJsonObject &s) {
        QJsonObject a = s.value(QStringLiteral("actor")).toObject();
        a.insert(QStringLiteral("mbox"), QStringLiteral("mailto:a@example.jp"));
        s.insert(QStringLiteral("actor"), a);
    }));
}

TEST(ReportExporter, IsoDurations)
{
    EXPECT_EQ(ReportExporter::isoDuration(0), QStringLiteral("PT0S"));
    EXPECT_EQ(ReportExporter::isoDuration(-5), QStringLiteral("PT0S"));
    EXPECT_EQ(ReportExporter::isoDuration(1500), QStringLiteral("PT1.5S"));
    EXPECT_EQ(ReportExporter::isoDuration(60000), QStringLiteral("PT1M"));
    EXPECT_EQ(ReportExporter::isoDuration(3600000), QStringLiteral("PT1H"));
    EXPECT_EQ(ReportExporter::isoDuration(3723450), QStringLiteral("PT1H2M3.45S"));
    EXPECT_EQ(ReportExporter::isoDuration(100LL * 3600000), QStringLiteral("PT100H"));
    for (qint64 ms : { 0LL, 1LL, 999LL, 61000LL, 3723450LL, 360000000LL })
        EXPECT_TRUE(xapi::isDuration(ReportExporter::isoDuration(ms))) << ms;
}

TEST(ReportExporter, ScormTimespansAndStatuses)
{
    EXPECT_EQ(ReportExporter::scormTimespan(0), QStringLiteral("0000:00:00.00"));
    EXPECT_EQ(ReportExporter::scormTimespan(3723450), QStringLiteral("0001:02:03.45"));
    EXPECT_EQ(ReportExporter::scormTimespan(12345LL * 3600000), QStringLiteral("9999:59:59.99"));

    LessonReportRow row;
    EXPECT_EQ(ReportExporter::scormLessonStatus(row), QStringLiteral("not attempted"));
    row.attempts = 2;
    EXPECT_EQ(ReportExporter::scormLessonStatus(row), QStringLiteral("incomplete"));
    row.completed = true;
    EXPECT_EQ(ReportExporter::scormLessonStatus(row), QStringLiteral("completed"));
    row.passedAttempts = 1;
    EXPECT_EQ(ReportExporter::scormLessonStatus(row), QStringLiteral("passed"));
}

TEST(ReportExporter, ScormSummary)
{
    const Fixture f = fixture();
    ProgressReport report(f.data);
    report.setPackLessons(Pack, { QStringLiteral("l1"), QStringLiteral("l2"), QStringLiteral("l3") });
    const QJsonArray records = ReportExporter(report, utcOptions()).scormSummary();
    QHash<QString, QJsonObject> sato;
    for (const QJsonValue &v : records) {
        if (v.toObject().value(QStringLiteral("learner_id")).toString() == f.sato.id)
            sato.insert(v.toObject().value(QStringLiteral("lesson_id")).toString(), v.toObject());
    }
    ASSERT_EQ(sato.size(), 3);
    EXPECT_EQ(sato[QStringLiteral("l1")].value(QStringLiteral("cmi.core.lesson_status")).toString(),
              QStringLiteral("passed"));
    EXPECT_DOUBLE_EQ(sato[QStringLiteral("l1")].value(QStringLiteral("cmi.core.score.raw")).toDouble(), 100);
    EXPECT_EQ(sato[QStringLiteral("l1")].value(QStringLiteral("cmi.core.score.max")).toInt(), 100);
    EXPECT_EQ(sato[QStringLiteral("l1")].value(QStringLiteral("cmi.core.total_time")).toString(),
              QStringLiteral("0001:03:05.90"));
    EXPECT_EQ(sato[QStringLiteral("l2")].value(QStringLiteral("cmi.core.lesson_status")).toString(),
              QStringLiteral("incomplete"));
    EXPECT_EQ(sato[QStringLiteral("l3")].value(QStringLiteral("cmi.core.lesson_status")).toString(),
              QStringLiteral("not attempted"));
    EXPECT_TRUE(sato[QStringLiteral("l3")].value(QStringLiteral("cmi.core.score.raw")).isNull());
    EXPECT_EQ(sato[QStringLiteral("l1")].value(QStringLiteral("learner_name")).toString(),
              QStringLiteral("佐藤 花子"));

    const QList<QStringList> rows = readCsv(ReportExporter(report, utcOptions()).scormCsv());
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(rows.first().mid(0, 2),
              (QStringList { QStringLiteral("learner_id"), QStringLiteral("learner_name") }));
    EXPECT_TRUE(rows.first().contains(QStringLiteral("cmi.core.lesson_status")));
    EXPECT_EQ(rows.size(), 1 + records.size());
    const QStringList l3 = rowWhere(rows, column(rows, QStringLiteral("lesson_id")), QStringLiteral("l3"));
    EXPECT_EQ(l3.value(column(rows, QStringLiteral("cmi.core.lesson_status"))),
              QStringLiteral("not attempted"));
    EXPECT_TRUE(l3.value(column(rows, QStringLiteral("cmi.core.score.raw"))).isEmpty());

    const QJsonDocument json = QJsonDocument::fromJson(
        ReportExporter(report, utcOptions()).exportAs(ReportExporter::Format::ScormJson).value());
    EXPECT_EQ(json.object().value(QStringLiteral("records")).toArray().size(), records.size());
}
