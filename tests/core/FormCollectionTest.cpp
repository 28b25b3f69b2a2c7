#include "forms/FormCollection.h"

#include "io/TableIO.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <gtest/gtest.h>

#include <functional>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

using namespace tenarai;

namespace {
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

FormField field(const QString &id, FieldType type, const QString &label, bool required = false)
{
    FormField f;
    f.id = id;
    f.type = type;
    f.label = label;
    f.required = required;
    return f;
}

// A small survey: a name, an age from 0 to 120, a phone number, a date, a yes/no question,
// several choices and a note that holds no answer.
Form surveyForm()
{
    Form form;
    form.title = s(u"参加申込");
    FormSection section;
    section.fields << field(QStringLiteral("name"), FieldType::Text, s(u"氏名"), true);
    FormField age = field(QStringLiteral("age"), FieldType::Integer, s(u"年齢"));
    age.validation.minimum = 0;
    age.validation.maximum = 120;
    section.fields << age;
    section.fields << field(QStringLiteral("phone"), FieldType::Phone, s(u"電話番号"));
    FormField note = field(QStringLiteral("note"), FieldType::Note, s(u"ご注意"));
    note.help = s(u"記入後に送信してください");
    section.fields << note;
    section.fields << field(QStringLiteral("day"), FieldType::Date, s(u"参加日"));
    section.fields << field(QStringLiteral("first"), FieldType::YesNo, s(u"初参加"));
    FormField topics = field(QStringLiteral("topics"), FieldType::Choices, s(u"関心のある分野"));
    topics.choices = QStringList { s(u"防災"), s(u"子育て"), s(u"福祉") };
    section.fields << topics;
    FormField weight = field(QStringLiteral("weight"), FieldType::Decimal, s(u"体重"));
    section.fields << weight;
    form.sections << section;
    return form;
}

FormInputs goodInputs()
{
    return FormInputs { { QStringLiteral("name"), s(u"山田 花子") },
                        { QStringLiteral("age"), s(u"４２") },
                        { QStringLiteral("phone"), QStringLiteral("0312345678") },
                        { QStringLiteral("day"), s(u"令和6年4月1日") },
                        { QStringLiteral("first"), QStringLiteral("yes") },
                        { QStringLiteral("topics"), s(u"福祉\n防災") },
                        { QStringLiteral("weight"), QStringLiteral("0.1") } };
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

FormCollection collectionWithTwoAnswers()
{
    FormCollection collection;
    collection.form = surveyForm();
    EXPECT_TRUE(collection.submit(goodInputs(), utc(2024, 4, 1, 0, 30)).ok());
    FormInputs second = goodInputs();
    second[QStringLiteral("name")] = s(u"佐藤 一郎");
    second[QStringLiteral("age")] = QStringLiteral("7");
    second[QStringLiteral("first")] = QStringLiteral("no");
    second.remove(QStringLiteral("phone"));
    EXPECT_TRUE(collection.submit(second, utc(2024, 4, 2, 3, 0)).ok());
    return collection;
}

// The collection's JSON with one change, for the reader's error cases.
QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(collectionWithTwoAnswers().toJson()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

QJsonObject firstSubmission(const QJsonObject &root)
{
    return root.value(QStringLiteral("submissions")).toArray().at(0).toObject();
}

void setFirstSubmission(QJsonObject &root, const QJsonObject &submission)
{
    QJsonArray list = root.value(QStringLiteral("submissions")).toArray();
    list[0] = submission;
    root.insert(QStringLiteral("submissions"), list);
}

void setFirstValue(QJsonObject &root, const QString &fieldId, const QJsonValue &value)
{
    QJsonObject submission = firstSubmission(root);
    QJsonObject values = submission.value(QStringLiteral("values")).toObject();
    values.insert(fieldId, value);
    submission.insert(QStringLiteral("values"), values);
    setFirstSubmission(root, submission);
}
} // namespace

TEST(FormCollection, SubmitStoresTypedValuesWithANewIdAndClearsTheDraft)
{
    FormCollection collection;
    collection.form = surveyForm();
    collection.draft = goodInputs();
    const QDateTime now = utc(2024, 4, 1, 9, 15);
    const Result<Submission> submitted = collection.submit(goodInputs(), now);
    ASSERT_TRUE(submitted.ok()) << qPrintable(submitted.error().toString());
    ASSERT_EQ(collection.submissions.size(), 1);
    const Submission &stored = collection.submissions.front();
    EXPECT_EQ(stored, submitted.value());
    EXPECT_FALSE(stored.id.isEmpty());
    EXPECT_FALSE(stored.id.startsWith(QLatin1Char('{')));
    EXPECT_FALSE(QUuid::fromString(stored.id).isNull());
    EXPECT_EQ(stored.submittedAt, now);
    EXPECT_EQ(stored.updatedAt, now);
    EXPECT_EQ(stored.values.value(QStringLiteral("age")), Cell::number(42));
    EXPECT_EQ(stored.values.value(QStringLiteral("day")), Cell::date(QDate(2024, 4, 1)));
    EXPECT_EQ(stored.values.value(QStringLiteral("first")), Cell::boolean(true));
    EXPECT_FALSE(stored.values.contains(QStringLiteral("note")));
    EXPECT_TRUE(collection.draft.isEmpty());
    EXPECT_TRUE(collection.draftSubmissionId.isEmpty());

    const Result<Submission> second = collection.submit(goodInputs(), now);
    ASSERT_TRUE(second.ok());
    EXPECT_NE(second->id, stored.id);
    EXPECT_EQ(collection.indexOf(second->id), 1);
    EXPECT_EQ(collection.indexOf(QStringLiteral("no-such-id")), -1);
}

TEST(FormCollection, SubmitWithInvalidAnswersNamesTheFieldsByLabelAndChangesNothing)
{
    FormCollection collection = collectionWithTwoAnswers();
    collection.draft = { { QStringLiteral("name"), s(u"書きかけ") } };
    const QList<Submission> before = collection.submissions;

    FormInputs bad = goodInputs();
    bad[QStringLiteral("age")] = QStringLiteral("130");
    bad[QStringLiteral("phone")] = QStringLiteral("12");
    const Result<Submission> result = collection.submit(bad);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, s(u"Some answers need fixing: 年齢, 電話番号."));
    EXPECT_EQ(collection.submissions, before);
    EXPECT_EQ(collection.draft.value(QStringLiteral("name")), s(u"書きかけ"));

    FormInputs missing = goodInputs();
    missing.remove(QStringLiteral("name"));
    const Result<Submission> required = collection.submit(missing);
    ASSERT_FALSE(required.ok());
    EXPECT_TRUE(required.error().message.contains(s(u"氏名")));
    EXPECT_EQ(collection.submissions, before);
}

TEST(FormCollection, UpdateReplacesValuesKeepsIdAndSubmittedAtAndRefusesBadAnswers)
{
    FormCollection collection = collectionWithTwoAnswers();
    const Submission original = collection.submissions[1];
    collection.draft = { { QStringLiteral("age"), QStringLiteral("8") } };
    collection.draftSubmissionId = original.id;

    FormInputs bad = goodInputs();
    bad[QStringLiteral("day")] = s(u"2月30日");
    const Result<Submission> refused = collection.update(original.id, bad, utc(2024, 5, 1, 0, 0));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(s(u"参加日")));
    EXPECT_EQ(collection.submissions[1], original);
    EXPECT_EQ(collection.draftSubmissionId, original.id);

    FormInputs fixed = goodInputs();
    fixed[QStringLiteral("age")] = QStringLiteral("8");
    const QDateTime later = utc(2024, 5, 2, 8, 0);
    const Result<Submission> updated = collection.update(original.id, fixed, later);
    ASSERT_TRUE(updated.ok()) << qPrintable(updated.error().toString());
    ASSERT_EQ(collection.submissions.size(), 2);
    const Submission &now = collection.submissions[1];
    EXPECT_EQ(now.id, original.id);
    EXPECT_EQ(now.submittedAt, original.submittedAt);
    EXPECT_EQ(now.updatedAt, later);
    EXPECT_EQ(now.values.value(QStringLiteral("age")), Cell::number(8));
    EXPECT_TRUE(collection.draft.isEmpty());
    EXPECT_TRUE(collection.draftSubmissionId.isEmpty());

    EXPECT_FALSE(collection.update(QStringLiteral("gone"), fixed).ok());
    EXPECT_EQ(collection.submissions.size(), 2);
}

TEST(FormCollection, RemoveDeletesByIdOnly)
{
    FormCollection collection = collectionWithTwoAnswers();
    const QString first = collection.submissions[0].id;
    const QString second = collection.submissions[1].id;
    collection.draft = { { QStringLiteral("name"), s(u"直しかけ") } };
    collection.draftSubmissionId = first;
    EXPECT_FALSE(collection.remove(QStringLiteral("unknown")));
    EXPECT_EQ(collection.submissions.size(), 2);
    EXPECT_TRUE(collection.remove(first));
    ASSERT_EQ(collection.submissions.size(), 1);
    EXPECT_EQ(collection.submissions[0].id, second);
    // What was typed over the deleted answer is not thrown away; it becomes a new answer.
    EXPECT_EQ(collection.draft.value(QStringLiteral("name")), s(u"直しかけ"));
    EXPECT_TRUE(collection.draftSubmissionId.isEmpty());
    EXPECT_FALSE(collection.remove(first));
}

TEST(FormCollection, SaveAndLoadRoundTripKeepsKindsDraftAndExactNumbers)
{
    FormCollection collection = collectionWithTwoAnswers();
    // Values of every kind, including ones no field makes, and numbers that print long.
    Submission &first = collection.submissions[0];
    first.values.insert(QStringLiteral("weight"), Cell::number(0.1 + 0.2));
    first.values.insert(QStringLiteral("big"), Cell::number(9007199254740991.0));
    first.values.insert(QStringLiteral("tiny"), Cell::number(-1.5e-300));
    first.values.insert(QStringLiteral("stamp"), Cell::dateTime(QDate(2024, 4, 1), QTime(9, 30, 15, 250)));
    first.values.insert(QStringLiteral("span"), Cell::time(100LL * 3600 * 1000 + 5));
    first.values.insert(QStringLiteral("err"), Cell::error(QStringLiteral("#N/A")));
    first.values.insert(QStringLiteral("blank"), Cell());
    first.updatedAt = first.submittedAt.addMSecs(1234);
    collection.draft
        = { { QStringLiteral("name"), s(u"途中") }, { QStringLiteral("topics"), s(u"防災\n福祉") } };
    collection.draftSubmissionId = collection.submissions[1].id;

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(s(u"申込.tenarai-form"));
    const Status saved = collection.save(path);
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().toString());
    const Result<FormCollection> loaded = FormCollection::load(path);
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().toString());
    EXPECT_EQ(loaded->form, collection.form);
    EXPECT_EQ(loaded->submissions, collection.submissions);
    EXPECT_EQ(loaded->draft, collection.draft);
    EXPECT_EQ(loaded->draftSubmissionId, collection.draftSubmissionId);
    EXPECT_EQ(loaded->submissions[0].values.value(QStringLiteral("stamp")).kind(), Cell::Kind::DateTime);
    EXPECT_EQ(loaded->submissions[0].values.value(QStringLiteral("weight")).numberValue(), 0.1 + 0.2);

    // The file itself says what it is and keeps dates as ISO text.
    const QJsonObject root = QJsonDocument::fromJson(collection.toJson()).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("tenarai-form-data"));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(root.value(QStringLiteral("form")).toObject().value(QStringLiteral("title")).toString(),
              s(u"参加申込"));
    const QJsonObject day = firstSubmission(root)
                                .value(QStringLiteral("values"))
                                .toObject()
                                .value(QStringLiteral("day"))
                                .toObject();
    EXPECT_EQ(day.value(QStringLiteral("kind")).toString(), QStringLiteral("date"));
    EXPECT_EQ(day.value(QStringLiteral("value")).toString(), QStringLiteral("2024-04-01"));
}

TEST(FormCollection, LoadOfAMissingFileSaysSo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing.tenarai-form"));
    const Result<FormCollection> loaded = FormCollection::load(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().kind, Error::Kind::Io);
    EXPECT_EQ(loaded.error().file, path);
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("does not exist")));
}

TEST(FormCollection, EveryReadErrorNamesThePathAndTheFile)
{
    const QString file = QStringLiteral("answers.tenarai-form");
    struct Case
    {
        const char *name;
        QByteArray json;
        QString part;
    };
    const QList<Case> cases = {
        { "not JSON", QByteArray("{\"format\": "), QString() },
        { "format",
          edited([](QJsonObject &r) { r.insert(QStringLiteral("format"), QStringLiteral("tenarai-form")); }),
          QStringLiteral("format") },
        { "newer version", edited([](QJsonObject &r) { r.insert(QStringLiteral("version"), 2); }),
          QStringLiteral("version") },
        { "version text",
          edited([](QJsonObject &r) { r.insert(QStringLiteral("version"), QStringLiteral("1")); }),
          QStringLiteral("version") },
        { "form missing", edited([](QJsonObject &r) { r.remove(QStringLiteral("form")); }),
          QStringLiteral("form") },
        { "submissions not a list",
          edited([](QJsonObject &r) { r.insert(QStringLiteral("submissions"), QJsonObject()); }),
          QStringLiteral("submissions") },
        { "submission not an object",
          edited([](QJsonObject &r) { r.insert(QStringLiteral("submissions"), QJsonArray { 1 }); }),
          QStringLiteral("submissions[0]") },
        { "empty id", edited([](QJsonObject &r) {
              QJsonObject sub = firstSubmission(r);
              sub.insert(QStringLiteral("id"), QString());
              setFirstSubmission(r, sub);
          }),
          QStringLiteral("submissions[0].id") },
        { "duplicate id", edited([](QJsonObject &r) {
              QJsonArray list = r.value(QStringLiteral("submissions")).toArray();
              QJsonObject second = list[1].toObject();
              second.insert(QStringLiteral("id"), list[0].toObject().value(QStringLiteral("id")));
              list[1] = second;
              r.insert(QStringLiteral("submissions"), list);
          }),
          QStringLiteral("submissions[1].id") },
        { "bad submittedAt", edited([](QJsonObject &r) {
              QJsonObject sub = firstSubmission(r);
              sub.insert(QStringLiteral("submittedAt"), QStringLiteral("yesterday"));
              setFirstSubmission(r, sub);
          }),
          QStringLiteral("submissions[0].submittedAt") },
        { "bad updatedAt", edited([](QJsonObject &r) {
              QJsonObject sub = firstSubmission(r);
              sub.insert(QStringLiteral("updatedAt"), 5);
              setFirstSubmission(r, sub);
          }),
          QStringLiteral("submissions[0].updatedAt") },
        { "values not an object", edited([](QJsonObject &r) {
              QJsonObject sub = firstSubmission(r);
              sub.insert(QStringLiteral("values"), QJsonArray());
              setFirstSubmission(r, sub);
          }),
          QStringLiteral("submissions[0].values") },
        { "unknown kind", edited([](QJsonObject &r) {
              setFirstValue(r, QStringLiteral("age"),
                            QJsonObject { { QStringLiteral("kind"), QStringLiteral("integer") },
                                          { QStringLiteral("value"), 3 } });
          }),
          QStringLiteral("submissions[0].values.age.kind") },
        { "impossible date", edited([](QJsonObject &r) {
              setFirstValue(r, QStringLiteral("day"),
                            QJsonObject { { QStringLiteral("kind"), QStringLiteral("date") },
                                          { QStringLiteral("value"), QStringLiteral("2024-02-30") } });
          }),
          QStringLiteral("submissions[0].values.day.value") },
        { "date not ISO", edited([](QJsonObject &r) {
              setFirstValue(r, QStringLiteral("day"),
                            QJsonObject { { QStringLiteral("kind"), QStringLiteral("date") },
                                          { QStringLiteral("value"), QStringLiteral("2024/4/1") } });
          }),
          QStringLiteral("submissions[0].values.day.value") },
        { "number as text", edited([](QJsonObject &r) {
              setFirstValue(r, QStringLiteral("age"),
                            QJsonObject { { QStringLiteral("kind"), QStringLiteral("number") },
                                          { QStringLiteral("value"), QStringLiteral("42") } });
          }),
          QStringLiteral("submissions[0].values.age.value") },
        { "boolean as text", edited([](QJsonObject &r) {
              setFirstValue(r, QStringLiteral("first"),
                            QJsonObject { { QStringLiteral("kind"), QStringLiteral("boolean") },
                                          { QStringLiteral("value"), QStringLiteral("yes") } });
          }),
          QStringLiteral("submissions[0].values.first.value") },
        { "text as number", edited([](QJsonObject &r) {
              setFirstValue(r, QStringLiteral("name"),
                            QJsonObject { { QStringLiteral("kind"), QStringLiteral("text") },
                                          { QStringLiteral("value"), 1 } });
          }),
          QStringLiteral("submissions[0].values.name.value") },
        { "value not an object",
          edited([](QJsonObject &r) { setFirstValue(r, QStringLiteral("name"), QStringLiteral("x")); }),
          QStringLiteral("submissions[0].values.name") },
        { "draft not an object",
          edited([](QJsonObject &r) { r.insert(QStringLiteral("draft"), QJsonArray()); }),
          QStringLiteral("draft") },
        { "draft value not text", edited([](QJsonObject &r) {
              r.insert(QStringLiteral("draft"), QJsonObject { { QStringLiteral("age"), 3 } });
          }),
          QStringLiteral("draft.age") },
        { "draftSubmissionId unknown", edited([](QJsonObject &r) {
              r.insert(QStringLiteral("draftSubmissionId"), QStringLiteral("nobody"));
          }),
          QStringLiteral("draftSubmissionId") },
        { "draftSubmissionId not text",
          edited([](QJsonObject &r) { r.insert(QStringLiteral("draftSubmissionId"), 7); }),
          QStringLiteral("draftSubmissionId") },
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const Result<FormCollection> result = FormCollection::fromJson(c.json, file);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().file, file);
        if (c.part.isEmpty())
            EXPECT_TRUE(result.error().part.startsWith(QStringLiteral("line 1")));
        else
            EXPECT_EQ(result.error().part, c.part);
        EXPECT_FALSE(result.error().message.isEmpty());
    }

    // The embedded form's own errors name their place under "form.".
    const Result<FormCollection> brokenForm
        = FormCollection::fromJson(edited([](QJsonObject &r) {
                                       QJsonObject form = r.value(QStringLiteral("form")).toObject();
                                       form.insert(QStringLiteral("sections"), QStringLiteral("none"));
                                       r.insert(QStringLiteral("form"), form);
                                   }),
                                   file);
    ASSERT_FALSE(brokenForm.ok());
    EXPECT_EQ(brokenForm.error().file, file);
    EXPECT_TRUE(brokenForm.error().part.startsWith(QStringLiteral("form")))
        << qPrintable(brokenForm.error().part);
    EXPECT_EQ(
        FormCollection::fromJson(edited([](QJsonObject &r) { r.insert(QStringLiteral("version"), 2); }), file)
            .error()
            .kind,
        Error::Kind::Unsupported);
}

TEST(FormCollection, ReadRefusesMoreThanTheCaps)
{
    QJsonObject root = QJsonDocument::fromJson(collectionWithTwoAnswers().toJson()).object();
    QJsonArray many;
    const QJsonValue one = root.value(QStringLiteral("submissions")).toArray().at(0);
    for (int i = 0; i <= FormCollection::MaxSubmissions; ++i)
        many.append(one);
    root.insert(QStringLiteral("submissions"), many);
    const Result<FormCollection> tooMany
        = FormCollection::fromJson(QJsonDocument(root).toJson(QJsonDocument::Compact));
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(tooMany.error().part, QStringLiteral("submissions"));

    const Result<FormCollection> tooBig
        = FormCollection::fromJson(QByteArray(FormCollection::MaxFileBytes + 1, ' '));
    ASSERT_FALSE(tooBig.ok());
    EXPECT_EQ(tooBig.error().kind, Error::Kind::TooLarge);
}

#ifdef Q_OS_LINUX
namespace {
// Makes a folder read-only, even for root (who ignores permission bits) through the ext4/tmpfs
// immutable flag when it can; undone on destruction so that the temporary folder can be removed.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &path) : m_path(path)
    {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner);
        if (geteuid() == 0)
            m_immutable = setImmutable(true);
    }
    ~ReadOnlyFolder()
    {
        if (m_immutable)
            setImmutable(false);
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

private:
    bool setImmutable(bool on)
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_DIRECTORY);
        if (fd < 0)
            return false;
        int flags = 0;
        bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (ok) {
            flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
            ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        ::close(fd);
        return ok;
    }

    QString m_path;
    bool m_immutable = false;
};
} // namespace

TEST(FormCollection, FailedSaveLeavesTheOldFileAndNamesIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("forms"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/survey.tenarai-form");
    FormCollection collection = collectionWithTwoAnswers();
    ASSERT_TRUE(collection.save(path).ok());
    QFile original(path);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    FormInputs third = goodInputs();
    third[QStringLiteral("name")] = s(u"三人目");
    ASSERT_TRUE(collection.submit(third).ok());
    {
        const ReadOnlyFolder readOnly(folder);
        if (QFileInfo(folder).isWritable())
            GTEST_SKIP() << "the folder stays writable (running as root without the immutable flag)";
        const Status saved = collection.save(path);
        ASSERT_FALSE(saved.ok());
        EXPECT_EQ(saved.error().kind, Error::Kind::Io);
        EXPECT_EQ(saved.error().file, path);
        EXPECT_TRUE(saved.error().message.contains(QDir::toNativeSeparators(path)));
    }
    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), before);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden),
              QStringList { QStringLiteral("survey.tenarai-form") });
    EXPECT_EQ(FormCollection::load(path)->submissions.size(), 2);
}
#endif

TEST(FormCollection, TableHasLabelsInFormOrderKindsAndTheSubmissionTime)
{
    FormCollection collection = collectionWithTwoAnswers();
    // A value whose field was removed from the form leaves the table but stays in the data.
    collection.submissions[0].values.insert(QStringLiteral("removed"), Cell::text(QStringLiteral("old")));
    const Table table = collection.toTable();
    const QStringList expected
        = { s(u"氏名"),   s(u"年齢"),           s(u"電話番号"), s(u"参加日"),
            s(u"初参加"), s(u"関心のある分野"), s(u"体重"),     QStringLiteral("Submitted at") };
    EXPECT_EQ(table.columnNames(), expected);
    ASSERT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.cell(0, 0), Cell::text(s(u"山田 花子")));
    EXPECT_EQ(table.cell(0, 1), Cell::number(42));
    EXPECT_EQ(table.cell(0, 3), Cell::date(QDate(2024, 4, 1)));
    EXPECT_EQ(table.cell(0, 4), Cell::boolean(true));
    // Choices stay as stored: the chosen ones in the form's order.
    EXPECT_EQ(table.cell(0, 5), collection.submissions[0].values.value(QStringLiteral("topics")));
    EXPECT_EQ(table.cell(0, 5).kind(), Cell::Kind::Text);
    EXPECT_EQ(table.cell(0, 6), Cell::number(0.1));
    EXPECT_TRUE(table.cell(1, 2).isEmpty());
    EXPECT_EQ(table.cell(1, 4), Cell::boolean(false));
    const QDateTime local = utc(2024, 4, 2, 3, 0).toLocalTime();
    EXPECT_EQ(table.cell(1, 7), Cell::dateTime(local.date(), local.time()));
    EXPECT_EQ(table.cell(1, 7).kind(), Cell::Kind::DateTime);

    // Removing a field from the form removes its column; reordering reorders them.
    collection.form.sections[0].fields.removeAt(2);
    collection.form.sections[0].fields.move(0, 1);
    const Table after = collection.toTable();
    EXPECT_EQ(after.columnNames().mid(0, 3), (QStringList { s(u"年齢"), s(u"氏名"), s(u"参加日") }));
    EXPECT_EQ(after.cell(0, 0), Cell::number(42));
    EXPECT_EQ(after.columnCount(), 7);
    EXPECT_TRUE(collection.submissions[1].values.contains(QStringLiteral("day")));
}

TEST(FormCollection, ExportsXlsxWithRealDatesAndNumbersAndAHeader)
{
    FormCollection collection = collectionWithTwoAnswers();
    collection.form.title = s(u"令和6年度/参加申込[第1回]: 市民講座の申込受付用フォーム（全体）");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("answers.xlsx"));
    const Status exported = collection.exportTo(path);
    ASSERT_TRUE(exported.ok()) << qPrintable(exported.error().toString());
    const Result<Workbook> back = TableIO::read(path);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error().toString());
    ASSERT_EQ(back->sheets.size(), 1u);
    const Sheet &sheet = back->sheets.front();
    EXPECT_LE(sheet.name.size(), 31);
    EXPECT_TRUE(sheet.name.startsWith(s(u"令和6年度_参加申込_第1回__")));
    const Table &t = sheet.table;
    ASSERT_EQ(t.rowCount(), 3);
    EXPECT_EQ(t.cell(0, 0), Cell::text(s(u"氏名")));
    EXPECT_EQ(t.cell(0, 3), Cell::text(s(u"参加日")));
    EXPECT_EQ(t.cell(0, 7), Cell::text(QStringLiteral("Submitted at")));
    EXPECT_EQ(t.cell(1, 1), Cell::number(42));
    EXPECT_EQ(t.cell(2, 1), Cell::number(7));
    EXPECT_EQ(t.cell(1, 3).kind(), Cell::Kind::Date);
    EXPECT_EQ(t.cell(1, 3).dateValue(), QDate(2024, 4, 1));
    EXPECT_EQ(t.cell(1, 4), Cell::boolean(true));
    EXPECT_EQ(t.cell(1, 7).kind(), Cell::Kind::DateTime);
}

TEST(FormCollection, ExportsCsvAndRefusesOtherExtensions)
{
    FormCollection collection = collectionWithTwoAnswers();
    collection.form.title.clear();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("answers.csv"));
    ASSERT_TRUE(collection.exportTo(csv).ok());
    const Result<Workbook> back = TableIO::read(csv);
    ASSERT_TRUE(back.ok());
    const Table &t = back->sheets.front().table;
    ASSERT_EQ(t.rowCount(), 3);
    EXPECT_EQ(t.cell(0, 1).textValue(), s(u"年齢"));
    EXPECT_EQ(t.cell(1, 3).textValue(), QStringLiteral("2024-04-01"));
    EXPECT_EQ(t.cell(2, 1).textValue(), QStringLiteral("7"));

    const QString odd = dir.filePath(QStringLiteral("answers.ods"));
    const Status refused = collection.exportTo(odd);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::InvalidArgument);
    EXPECT_EQ(refused.error().file, odd);
    EXPECT_FALSE(QFileInfo::exists(odd));
}

TEST(FormCollection, ExportOfAnUntitledFormNamesTheSheetAnswers)
{
    FormCollection collection = collectionWithTwoAnswers();
    collection.form.title = QStringLiteral("  ''  ");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.xlsx"));
    ASSERT_TRUE(collection.exportTo(path).ok());
    const Result<Workbook> back = TableIO::read(path);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->sheets.front().name, QStringLiteral("Answers"));
}
