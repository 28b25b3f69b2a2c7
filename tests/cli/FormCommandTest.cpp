// `tenarai-cli form infer|check`: a lesson author turns a sheet into form JSON from a script and
// checks a form against a rubric, with exit statuses a script can test (check: 0 all pass,
// 1 something fails, 2 cannot check or wrong command line).
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class FormCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // A title line, a header on row 2, ten answers.
        QByteArray csv = "参加申込一覧,,,\n氏名,電話番号,区分,申込日\n";
        for (int i = 0; i < 10; ++i)
            csv += QStringLiteral("白鷺 %1,03-1234-56%2,%3,令和6年4月%4日\n")
                       .arg(i + 1)
                       .arg(10 + i)
                       .arg(i % 2 ? QStringLiteral("一般") : QStringLiteral("学生"))
                       .arg(i + 1)
                       .toUtf8();
        CliRunner::writeAll(table(), csv);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString table() const { return path(QStringLiteral("申込.csv")); }

    // The fields of a form's JSON, sections flattened.
    static QJsonArray fieldsOf(const QByteArray &json)
    {
        QJsonArray fields;
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        for (const QJsonValue &section : root.value(QStringLiteral("sections")).toArray()) {
            for (const QJsonValue &field : section.toObject().value(QStringLiteral("fields")).toArray())
                fields.append(field);
        }
        return fields;
    }

    void writeRubric(const QString &file, const QString &extraLabel = QString())
    {
        QJsonArray items{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("name")},
                        {QStringLiteral("label"), QStringLiteral("氏名")},
                        {QStringLiteral("required"), true}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("tel")},
                        {QStringLiteral("label"), QStringLiteral("電話")},
                        {QStringLiteral("synonyms"), QJsonArray{QStringLiteral("電話番号")}},
                        {QStringLiteral("types"), QJsonArray{QStringLiteral("phone")}}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("kind")},
                        {QStringLiteral("label"), QStringLiteral("区分")},
                        {QStringLiteral("types"), QJsonArray{QStringLiteral("choice")}},
                        {QStringLiteral("choices"), QJsonArray{QStringLiteral("一般"), QStringLiteral("学生")}}},
        };
        if (!extraLabel.isEmpty())
            items.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("extra")},
                                     {QStringLiteral("label"), extraLabel},
                                     {QStringLiteral("hint"), QStringLiteral("連絡用に必要です")}});
        const QJsonObject root{{QStringLiteral("format"), QStringLiteral("tenarai-form-rubric")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("items"), items}};
        CliRunner::writeAll(file, QJsonDocument(root).toJson());
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(FormCommandTest, InferWritesFormJson)
{
    const CliRun run = CliRunner::run({QStringLiteral("form"), QStringLiteral("infer"), table()});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.constData();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.constData();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("tenarai-form"));
    EXPECT_EQ(root.value(QStringLiteral("title")).toString(), QStringLiteral("参加申込一覧"));
    const QJsonArray fields = fieldsOf(run.out);
    ASSERT_EQ(fields.size(), 4);
    QStringList labels, types;
    for (const QJsonValue &f : fields) {
        labels << f.toObject().value(QStringLiteral("label")).toString();
        types << f.toObject().value(QStringLiteral("type")).toString();
    }
    EXPECT_EQ(labels, (QStringList{QStringLiteral("氏名"), QStringLiteral("電話番号"), QStringLiteral("区分"),
                                   QStringLiteral("申込日")}));
    EXPECT_EQ(types, (QStringList{QStringLiteral("text"), QStringLiteral("phone"), QStringLiteral("choice"),
                                  QStringLiteral("date")}));
    EXPECT_EQ(fields.at(2).toObject().value(QStringLiteral("choices")).toArray(),
              (QJsonArray{QStringLiteral("学生"), QStringLiteral("一般")}));
}

TEST_F(FormCommandTest, InferExplainsOnStderrAndWritesTheFileAsked)
{
    const QString out = path(QStringLiteral("form.json"));
    const CliRun run = CliRunner::run({QStringLiteral("form"), QStringLiteral("infer"), table(), QStringLiteral("--explain"),
                                       QStringLiteral("-o"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    EXPECT_TRUE(err.contains(QStringLiteral("The header is on row 2."))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("“申込日” (column D): Date, required"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("Date: 10 of 10 answers read as dates."))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("Choice (one): guessed from 2 different values in 10 answers.")))
        << err.toStdString();
    EXPECT_EQ(fieldsOf(CliRunner::readAll(out)).size(), 4);
}

TEST_F(FormCommandTest, InferWithHeaderRow)
{
    // Row 3 as the header: the first answer becomes the headings.
    const CliRun run = CliRunner::run(
        {QStringLiteral("form"), QStringLiteral("infer"), table(), QStringLiteral("--header-row"), QStringLiteral("3")});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonArray fields = fieldsOf(run.out);
    ASSERT_EQ(fields.size(), 4);
    EXPECT_EQ(fields.at(0).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("白鷺 1"));

    const CliRun zero = CliRunner::run(
        {QStringLiteral("form"), QStringLiteral("infer"), table(), QStringLiteral("--header-row"), QStringLiteral("0")});
    EXPECT_EQ(zero.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(zero.err).contains(QStringLiteral("--header-row"))) << zero.err.constData();

    const CliRun beyond = CliRunner::run(
        {QStringLiteral("form"), QStringLiteral("infer"), table(), QStringLiteral("--header-row"), QStringLiteral("99")});
    EXPECT_EQ(beyond.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(beyond.err).contains(QStringLiteral("申込.csv"))) << beyond.err.constData();
}

TEST_F(FormCommandTest, InferMissingFileNamesIt)
{
    const QString missing = path(QStringLiteral("ない.xlsx"));
    const CliRun run = CliRunner::run({QStringLiteral("form"), QStringLiteral("infer"), missing});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("ない.xlsx"))) << run.err.constData();
}

TEST_F(FormCommandTest, UsageErrors)
{
    EXPECT_EQ(CliRunner::run({QStringLiteral("form")}).exitCode, 2);
    EXPECT_EQ(CliRunner::run({QStringLiteral("form"), QStringLiteral("design"), table()}).exitCode, 2);
    EXPECT_EQ(CliRunner::run({QStringLiteral("form"), QStringLiteral("infer")}).exitCode, 2);
    const CliRun wrongOption = CliRunner::run(
        {QStringLiteral("form"), QStringLiteral("infer"), table(), QStringLiteral("--rubric"), QStringLiteral("r.json")});
    EXPECT_EQ(wrongOption.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(wrongOption.err).contains(QStringLiteral("--rubric"))) << wrongOption.err.constData();
}

TEST_F(FormCommandTest, CheckAgainstRubricPassesAndFails)
{
    const QString form = path(QStringLiteral("form.json"));
    ASSERT_EQ(CliRunner::run({QStringLiteral("form"), QStringLiteral("infer"), table(), QStringLiteral("-o"), form}).exitCode, 0);

    const QString passing = path(QStringLiteral("pass.json"));
    writeRubric(passing);
    CliRun run = CliRunner::run({QStringLiteral("form"), QStringLiteral("check"), form, QStringLiteral("--rubric"), passing});
    EXPECT_EQ(run.exitCode, 0) << run.out.constData() << run.err.constData();
    QString out = QString::fromUtf8(run.out);
    EXPECT_EQ(out.count(QStringLiteral("PASS  ")), 3) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("FAIL")));
    EXPECT_TRUE(out.contains(QStringLiteral("3 of 3 rubric item"))) << out.toStdString();

    const QString failing = path(QStringLiteral("fail.json"));
    writeRubric(failing, QStringLiteral("メールアドレス"));
    run = CliRunner::run({QStringLiteral("form"), QStringLiteral("check"), form, QStringLiteral("--rubric"), failing});
    EXPECT_EQ(run.exitCode, 1) << run.err.constData();
    out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.contains(QStringLiteral("FAIL  メールアドレス"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Hint: 連絡用に必要です"))) << out.toStdString();

    run = CliRunner::run(
        {QStringLiteral("form"), QStringLiteral("check"), form, QStringLiteral("--rubric"), failing, QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_FALSE(root.value(QStringLiteral("passed")).toBool(true));
    const QJsonArray items = root.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 4);
    EXPECT_TRUE(items.at(1).toObject().value(QStringLiteral("passed")).toBool());
    EXPECT_FALSE(items.at(3).toObject().value(QStringLiteral("passed")).toBool(true));
    EXPECT_FALSE(items.at(3).toObject().value(QStringLiteral("problems")).toArray().isEmpty());
}

TEST_F(FormCommandTest, CheckWithoutRubricListsProblems)
{
    const QString form = path(QStringLiteral("form.json"));
    ASSERT_EQ(CliRunner::run({QStringLiteral("form"), QStringLiteral("infer"), table(), QStringLiteral("-o"), form}).exitCode, 0);
    CliRun run = CliRunner::run({QStringLiteral("form"), QStringLiteral("check"), form});
    EXPECT_EQ(run.exitCode, 0) << run.out.constData() << run.err.constData();
    EXPECT_TRUE(QString::fromUtf8(run.out).contains(QStringLiteral("no problems"))) << run.out.constData();

    // The same form with a choice field that offers nothing: loadable, but unusable.
    QJsonObject root = QJsonDocument::fromJson(CliRunner::readAll(form)).object();
    QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    QJsonObject section = sections.at(0).toObject();
    QJsonArray fields = section.value(QStringLiteral("fields")).toArray();
    QJsonObject kind = fields.at(2).toObject();
    ASSERT_EQ(kind.value(QStringLiteral("type")).toString(), QStringLiteral("choice"));
    kind.insert(QStringLiteral("choices"), QJsonArray());
    fields.replace(2, kind);
    section.insert(QStringLiteral("fields"), fields);
    sections.replace(0, section);
    root.insert(QStringLiteral("sections"), sections);
    const QString broken = path(QStringLiteral("no-choices.json"));
    CliRunner::writeAll(broken, QJsonDocument(root).toJson());
    run = CliRunner::run({QStringLiteral("form"), QStringLiteral("check"), broken});
    EXPECT_EQ(run.exitCode, 1) << run.out.constData() << run.err.constData();
    EXPECT_TRUE(QString::fromUtf8(run.out).contains(QStringLiteral("\n1 problem"))) << run.out.constData();
}

TEST_F(FormCommandTest, CheckUnreadableFilesNamesThem)
{
    const QString form = path(QStringLiteral("壊れた.json"));
    CliRunner::writeAll(form, "{\"format\": \"tenarai-form\", ");
    CliRun run = CliRunner::run({QStringLiteral("form"), QStringLiteral("check"), form});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("壊れた.json"))) << run.err.constData();

    const QString good = path(QStringLiteral("form.json"));
    ASSERT_EQ(CliRunner::run({QStringLiteral("form"), QStringLiteral("infer"), table(), QStringLiteral("-o"), good}).exitCode, 0);
    run = CliRunner::run({QStringLiteral("form"), QStringLiteral("check"), good, QStringLiteral("--rubric"),
                          path(QStringLiteral("no-rubric.json"))});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("no-rubric.json"))) << run.err.constData();
}
