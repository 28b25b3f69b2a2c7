#include "forms/Form.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

FormField makeField(const QString &id, FieldType type, const QString &label)
{
    FormField f;
    f.id = id;
    f.type = type;
    f.label = label;
    return f;
}

// A synthetic resident survey that uses every field type and every key of the format.
Form everyTypeForm()
{
    Form form;
    form.title = s(u"令和6年度 地域活動アンケート");
    form.description = s(u"回答は統計の作成にのみ使います。");

    FormSection person;
    person.title = s(u"回答者について");
    person.description = s(u"差し支えない範囲でご記入ください。");
    FormField name = makeField(QStringLiteral("name"), FieldType::Text, s(u"氏名"));
    name.required = true;
    name.help = s(u"姓と名の間に空白");
    name.validation.maxLength = 40;
    name.validation.pattern = s(u"\\S+\\s\\S+");
    name.validation.patternMessage = s(u"姓と名の間に空白を入れてください");
    name.explanation = s(u"文字: 20種類の値から推定");
    person.fields.append(name);
    FormField age = makeField(QStringLiteral("age"), FieldType::Integer, s(u"年齢"));
    age.validation.minimum = 0;
    age.validation.maximum = 120;
    person.fields.append(age);
    FormField height = makeField(QStringLiteral("height"), FieldType::Decimal, s(u"身長"));
    height.validation.minimum = 50.5;
    person.fields.append(height);
    FormField birth = makeField(QStringLiteral("birth"), FieldType::Date, s(u"生年月日"));
    birth.validation.earliest = QDate(1900, 1, 1);
    birth.validation.latest = QDate(2024, 3, 31);
    person.fields.append(birth);
    person.fields.append(makeField(QStringLiteral("phone"), FieldType::Phone, s(u"電話番号")));
    person.fields.append(makeField(QStringLiteral("postal"), FieldType::PostalCode, s(u"郵便番号")));
    FormField email = makeField(QStringLiteral("email"), FieldType::Email, s(u"メールアドレス"));
    email.validation.maxLength = 100;
    person.fields.append(email);
    form.sections.append(person);

    FormSection activity;
    activity.title = s(u"活動について");
    FormField note = makeField(QStringLiteral("intro"), FieldType::Note, QString());
    note.help = s(u"以下は地域活動に参加した方のみ");
    activity.fields.append(note);
    FormField joined = makeField(QStringLiteral("joined"), FieldType::YesNo, s(u"参加しましたか"));
    joined.defaultValue = QStringLiteral("no");
    activity.fields.append(joined);
    FormField kind = makeField(QStringLiteral("kind"), FieldType::Choice, s(u"主な活動"));
    kind.choices = {s(u"清掃"), s(u"防災訓練"), s(u"その他")};
    kind.condition = FieldCondition{QStringLiteral("joined"), FieldCondition::Operator::Equals, QStringLiteral("yes")};
    activity.fields.append(kind);
    FormField other = makeField(QStringLiteral("other"), FieldType::MultilineText, s(u"その他の内容"));
    other.condition = FieldCondition{QStringLiteral("kind"), FieldCondition::Operator::Equals, s(u"その他")};
    other.validation.minLength = 2;
    activity.fields.append(other);
    FormField days = makeField(QStringLiteral("days"), FieldType::Choices, s(u"参加できる曜日"));
    days.choices = {s(u"月"), s(u"水"), s(u"土")};
    days.defaultValue = s(u"土");
    days.validation.minChoices = 1;
    days.validation.maxChoices = 2;
    days.condition = FieldCondition{QStringLiteral("kind"), FieldCondition::Operator::NotEquals, s(u"清掃")};
    activity.fields.append(days);
    FormField reason = makeField(QStringLiteral("reason"), FieldType::Text, s(u"理由"));
    reason.condition = FieldCondition{QStringLiteral("joined"), FieldCondition::Operator::HasValue, QString()};
    activity.fields.append(reason);
    form.sections.append(activity);
    return form;
}

QJsonObject minimalRoot(const QJsonArray &fields)
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("tenarai-form")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("sections"), QJsonArray{QJsonObject{{QStringLiteral("fields"), fields}}}}};
}

QByteArray bytes(const QJsonObject &root)
{
    return QJsonDocument(root).toJson();
}

QJsonObject textField(const QString &id)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("label"), id}};
}

// Loads a one-field form whose field is base with key set to value; returns the error.
Error fieldError(const QString &key, const QJsonValue &value)
{
    QJsonObject f = textField(QStringLiteral("a"));
    f.insert(key, value);
    const Result<Form> r = Form::fromJson(bytes(minimalRoot({f})), QStringLiteral("survey.json"));
    EXPECT_FALSE(r.ok()) << qPrintable(key);
    return r.ok() ? Error() : r.error();
}

bool problemMentions(const QList<Error> &problems, const QString &part, const QString &text)
{
    for (const Error &e : problems) {
        if (e.part == part && e.message.contains(text))
            return true;
    }
    return false;
}

QString allProblems(const QList<Error> &problems)
{
    QStringList lines;
    for (const Error &e : problems)
        lines.append(e.toString());
    return lines.join(QLatin1Char('\n'));
}
} // namespace

TEST(Form, TypeNamesRoundTripAndNoteHoldsNoAnswer)
{
    const QList<FieldType> all{FieldType::Text,   FieldType::MultilineText, FieldType::Integer, FieldType::Decimal,
                               FieldType::Date,   FieldType::Choice,        FieldType::Choices, FieldType::YesNo,
                               FieldType::Phone,  FieldType::PostalCode,    FieldType::Email,   FieldType::Note};
    QStringList names;
    for (FieldType type : all) {
        FieldType back = FieldType::Note;
        ASSERT_TRUE(fieldTypeFromName(fieldTypeName(type), &back)) << qPrintable(fieldTypeName(type));
        EXPECT_EQ(back, type);
        EXPECT_FALSE(fieldTypeDisplayName(type).isEmpty());
        EXPECT_EQ(fieldTypeHoldsAnswer(type), type != FieldType::Note);
        EXPECT_EQ(fieldTypeHasChoices(type), type == FieldType::Choice || type == FieldType::Choices);
        names.append(fieldTypeName(type));
    }
    // The stored names documented in docs/form-format.md.
    EXPECT_EQ(names.join(QLatin1Char(' ')),
              QStringLiteral("text multiline integer decimal date choice choices yesno phone postal email note"));
    FieldType unused = FieldType::Text;
    EXPECT_FALSE(fieldTypeFromName(QStringLiteral("Text"), &unused));
}

TEST(Form, EveryTypeRoundTripsThroughJsonAndAFile)
{
    const Form form = everyTypeForm();
    ASSERT_TRUE(form.problems().isEmpty()) << qPrintable(allProblems(form.problems()));
    const QByteArray json = form.toJson();
    const Result<Form> back = Form::fromJson(json, QStringLiteral("survey.json"));
    ASSERT_TRUE(back.ok()) << qPrintable(back.error().toString());
    EXPECT_EQ(back.value(), form);
    EXPECT_EQ(back->toJson(), json); // deterministic

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.tenarai-form.json"));
    ASSERT_TRUE(form.save(path).ok());
    const Result<Form> loaded = Form::load(path);
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().toString());
    EXPECT_EQ(loaded.value(), form);
}

TEST(Form, WritesOnlyKeysThatDifferFromTheirDefault)
{
    Form form;
    FormSection section;
    section.fields.append(makeField(QStringLiteral("name"), FieldType::Text, s(u"氏名")));
    form.sections.append(section);
    const QJsonObject root = QJsonDocument::fromJson(form.toJson()).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("tenarai-form"));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), Form::FormatVersion);
    EXPECT_FALSE(root.contains(QStringLiteral("title")));
    const QJsonObject field =
        root.value(QStringLiteral("sections"))[0][QStringLiteral("fields")][0].toObject();
    EXPECT_EQ(field.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("type")}));
}

TEST(Form, ReadsAHandWrittenFormAndIgnoresUnknownKeys)
{
    const QByteArray json = R"({
        "format": "tenarai-form", "version": 1, "title": "申込書", "futureKey": {"x": 1},
        "sections": [ { "fields": [
            { "id": "age", "type": "integer", "label": "年齢", "required": true,
              "validation": { "min": 0, "max": 120, "someday": true } },
            { "id": "kind", "type": "choice", "label": "区分", "choices": ["A", "B"],
              "showWhen": { "field": "age", "op": "hasValue" } }
        ] } ] })";
    const Result<Form> r = Form::fromJson(json);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().toString());
    EXPECT_EQ(r->title, s(u"申込書"));
    const FormField *age = r->field(QStringLiteral("age"));
    ASSERT_NE(age, nullptr);
    EXPECT_TRUE(age->required);
    EXPECT_EQ(age->validation.minimum, 0.0);
    EXPECT_EQ(age->validation.maximum, 120.0);
    const FormField *kind = r->field(QStringLiteral("kind"));
    ASSERT_NE(kind, nullptr);
    ASSERT_TRUE(kind->condition.has_value());
    EXPECT_EQ(kind->condition->fieldId, QStringLiteral("age"));
    EXPECT_EQ(r->answerFields().size(), 2);
    EXPECT_TRUE(r->problems().isEmpty()) << qPrintable(allProblems(r->problems()));
}

TEST(Form, RefusesAnotherFormatAndANewerVersion)
{
    QJsonObject root = minimalRoot({textField(QStringLiteral("a"))});
    root.insert(QStringLiteral("format"), QStringLiteral("tenarai-recipe"));
    Result<Form> r = Form::fromJson(bytes(root), QStringLiteral("x.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().part, QStringLiteral("format"));
    EXPECT_EQ(r.error().file, QStringLiteral("x.json"));

    root = minimalRoot({textField(QStringLiteral("a"))});
    root.insert(QStringLiteral("version"), 2);
    r = Form::fromJson(bytes(root), QStringLiteral("x.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().part, QStringLiteral("version"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("newer Tenarai"))) << qPrintable(r.error().message);

    root.insert(QStringLiteral("version"), QStringLiteral("1"));
    r = Form::fromJson(bytes(root));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().part, QStringLiteral("version"));
}

TEST(Form, EveryWrongValueNamesItsPath)
{
    const QString base = QStringLiteral("sections[0].fields[0].");
    struct Case
    {
        QString key;
        QJsonValue value;
        QString path;
    };
    const QList<Case> cases{
        {QStringLiteral("type"), QStringLiteral("signature"), base + QStringLiteral("type")},
        {QStringLiteral("type"), 3, base + QStringLiteral("type")},
        {QStringLiteral("id"), 7, base + QStringLiteral("id")},
        {QStringLiteral("label"), QJsonArray{1}, base + QStringLiteral("label")},
        {QStringLiteral("help"), true, base + QStringLiteral("help")},
        {QStringLiteral("required"), QStringLiteral("yes"), base + QStringLiteral("required")},
        {QStringLiteral("default"), 5, base + QStringLiteral("default")},
        {QStringLiteral("explanation"), QJsonObject(), base + QStringLiteral("explanation")},
        {QStringLiteral("choices"), QStringLiteral("A,B"), base + QStringLiteral("choices")},
        {QStringLiteral("choices"), QJsonArray{QStringLiteral("A"), 2}, base + QStringLiteral("choices[1]")},
        {QStringLiteral("validation"), 1, base + QStringLiteral("validation")},
        {QStringLiteral("validation"), QJsonObject{{QStringLiteral("min"), QStringLiteral("0")}},
         base + QStringLiteral("validation.min")},
        {QStringLiteral("validation"), QJsonObject{{QStringLiteral("maxLength"), -1}},
         base + QStringLiteral("validation.maxLength")},
        {QStringLiteral("validation"), QJsonObject{{QStringLiteral("minChoices"), 1.5}},
         base + QStringLiteral("validation.minChoices")},
        {QStringLiteral("validation"), QJsonObject{{QStringLiteral("earliest"), QStringLiteral("2024/4/1")}},
         base + QStringLiteral("validation.earliest")},
        {QStringLiteral("validation"), QJsonObject{{QStringLiteral("latest"), QStringLiteral("2024-02-30")}},
         base + QStringLiteral("validation.latest")},
        {QStringLiteral("validation"), QJsonObject{{QStringLiteral("pattern"), 1}},
         base + QStringLiteral("validation.pattern")},
        {QStringLiteral("showWhen"), QStringLiteral("a"), base + QStringLiteral("showWhen")},
        {QStringLiteral("showWhen"), QJsonObject{{QStringLiteral("op"), QStringLiteral("hasValue")}},
         base + QStringLiteral("showWhen.field")},
        {QStringLiteral("showWhen"), QJsonObject{{QStringLiteral("field"), QStringLiteral("b")}, {QStringLiteral("op"), QStringLiteral("greater")}},
         base + QStringLiteral("showWhen.op")},
        {QStringLiteral("showWhen"), QJsonObject{{QStringLiteral("field"), QStringLiteral("b")}, {QStringLiteral("value"), 3}},
         base + QStringLiteral("showWhen.value")},
    };
    for (const Case &c : cases) {
        const Error e = fieldError(c.key, c.value);
        EXPECT_EQ(e.part, c.path) << qPrintable(c.key + QStringLiteral(": ") + e.toString());
        EXPECT_EQ(e.file, QStringLiteral("survey.json"));
        EXPECT_FALSE(e.message.isEmpty());
        EXPECT_TRUE(e.toString().contains(c.path));
    }
    EXPECT_TRUE(fieldError(QStringLiteral("type"), QStringLiteral("signature")).message.contains(QStringLiteral("signature")));
}

TEST(Form, StructuralErrorsNameTheirPath)
{
    // A field without an id or type, sections that are not a list, a section that is not an object.
    QJsonObject noType{{QStringLiteral("id"), QStringLiteral("a")}};
    Result<Form> r = Form::fromJson(bytes(minimalRoot({textField(QStringLiteral("x")), noType})));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().part, QStringLiteral("sections[0].fields[1].type"));

    QJsonObject noId{{QStringLiteral("type"), QStringLiteral("text")}};
    r = Form::fromJson(bytes(minimalRoot({noId})));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().part, QStringLiteral("sections[0].fields[0].id"));

    r = Form::fromJson(bytes(minimalRoot({QStringLiteral("text")})));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().part, QStringLiteral("sections[0].fields[0]"));

    QJsonObject root = minimalRoot({});
    root.insert(QStringLiteral("sections"), QJsonObject());
    r = Form::fromJson(bytes(root));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().part, QStringLiteral("sections"));

    root.insert(QStringLiteral("sections"), QJsonArray{QJsonObject{}, 5});
    r = Form::fromJson(bytes(root));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().part, QStringLiteral("sections[1]"));

    root.insert(QStringLiteral("sections"),
                QJsonArray{QJsonObject{{QStringLiteral("fields"), QJsonArray{}}},
                           QJsonObject{{QStringLiteral("fields"), QJsonObject()}}});
    r = Form::fromJson(bytes(root));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().part, QStringLiteral("sections[1].fields"));

    root = minimalRoot({});
    root.insert(QStringLiteral("title"), 12);
    r = Form::fromJson(bytes(root));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().part, QStringLiteral("title"));

    r = Form::fromJson(QByteArray("[1, 2]"));
    ASSERT_FALSE(r.ok());
}

TEST(Form, BrokenJsonAndBadUtf8GiveTheOffset)
{
    const QByteArray broken = "{\n  \"format\": \"tenarai-form\",\n  \"version\": 1,\n  \"sections\": [ }";
    Result<Form> r = Form::fromJson(broken, QStringLiteral("broken.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().file, QStringLiteral("broken.json"));
    EXPECT_TRUE(r.error().part.contains(QStringLiteral("4"))) << qPrintable(r.error().toString()); // line 4
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("byte"))) << qPrintable(r.error().message);

    QByteArray badUtf8 = bytes(minimalRoot({textField(QStringLiteral("a"))}));
    badUtf8.replace("\"a\"", "\"\xff\xfe\"");
    r = Form::fromJson(badUtf8, QStringLiteral("bad.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Encoding);
    EXPECT_FALSE(r.error().part.isEmpty());

    r = Form::fromJson(QByteArray());
    ASSERT_FALSE(r.ok());
}

TEST(Form, LimitsOnFieldsChoicesTextAndFileSize)
{
    QJsonArray many;
    for (int i = 0; i <= Form::MaxFields; ++i)
        many.append(textField(QStringLiteral("f%1").arg(i)));
    Result<Form> r = Form::fromJson(bytes(minimalRoot(many)));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(r.error().part, QStringLiteral("sections[0].fields"));

    QJsonArray choices;
    for (int i = 0; i <= Form::MaxChoices; ++i)
        choices.append(QString::number(i));
    Error e = fieldError(QStringLiteral("choices"), choices);
    EXPECT_EQ(e.kind, Error::Kind::TooLarge);
    EXPECT_EQ(e.part, QStringLiteral("sections[0].fields[0].choices"));

    e = fieldError(QStringLiteral("label"), QString(501, QLatin1Char('x')));
    EXPECT_EQ(e.kind, Error::Kind::TooLarge);
    EXPECT_EQ(e.part, QStringLiteral("sections[0].fields[0].label"));
    // 500 characters is within the documented cap.
    QJsonObject f = textField(QStringLiteral("a"));
    f.insert(QStringLiteral("label"), QString(500, QChar(0x6C0F)));
    EXPECT_TRUE(Form::fromJson(bytes(minimalRoot({f}))).ok());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(Form::MaxFileBytes + 1, ' '));
    file.close();
    r = Form::load(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(r.error().file, path);

    r = Form::load(dir.filePath(QStringLiteral("missing.json")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Io);
}

TEST(Form, ProblemsNameTheFieldByLabelAndId)
{
    Form form;
    FormSection section;
    FormField a = makeField(QStringLiteral("dup"), FieldType::Text, s(u"氏名"));
    FormField b = makeField(QStringLiteral("dup"), FieldType::Text, s(u"住所"));
    FormField badId = makeField(s(u"年齢"), FieldType::Integer, s(u"年齢"));
    FormField noLabel = makeField(QStringLiteral("nolabel"), FieldType::Text, QStringLiteral("  "));
    FormField noChoices = makeField(QStringLiteral("kind"), FieldType::Choice, s(u"区分"));
    FormField twice = makeField(QStringLiteral("days"), FieldType::Choices, s(u"曜日"));
    twice.choices = {s(u"月"), s(u"火"), s(u"月")};
    FormField badDefault = makeField(QStringLiteral("count"), FieldType::Integer, s(u"人数"));
    badDefault.defaultValue = s(u"たくさん");
    FormField badPattern = makeField(QStringLiteral("code"), FieldType::Text, s(u"番号"));
    badPattern.validation.pattern = QStringLiteral("[0-9");
    FormField range = makeField(QStringLiteral("score"), FieldType::Decimal, s(u"点数"));
    range.validation.minimum = 10;
    range.validation.maximum = 5;
    FormField dates = makeField(QStringLiteral("day"), FieldType::Date, s(u"日付"));
    dates.validation.earliest = QDate(2024, 4, 1);
    dates.validation.latest = QDate(2024, 3, 1);
    FormField self = makeField(QStringLiteral("self"), FieldType::Text, s(u"自分"));
    self.condition = FieldCondition{QStringLiteral("self"), FieldCondition::Operator::HasValue, QString()};
    FormField unknown = makeField(QStringLiteral("unknown"), FieldType::Text, s(u"不明"));
    unknown.condition = FieldCondition{QStringLiteral("nowhere"), FieldCondition::Operator::HasValue, QString()};
    FormField later = makeField(QStringLiteral("later"), FieldType::Text, s(u"後"));
    later.condition = FieldCondition{QStringLiteral("last"), FieldCondition::Operator::HasValue, QString()};
    FormField last = makeField(QStringLiteral("last"), FieldType::Text, s(u"最後"));
    section.fields = {a, b, badId, noLabel, noChoices, twice, badDefault, badPattern, range, dates, self, unknown, later, last};
    form.sections.append(section);

    const QList<Error> problems = form.problems();
    const QString all = allProblems(problems);
    auto at = [](int i) { return QStringLiteral("sections[0].fields[%1]").arg(i); };
    EXPECT_TRUE(problemMentions(problems, at(1), s(u"住所"))) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, at(1), QStringLiteral("dup"))) << qPrintable(all);
    EXPECT_FALSE(problemMentions(problems, at(0), QStringLiteral("dup"))) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, at(2), s(u"年齢"))) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, at(3), QStringLiteral("nolabel"))) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, at(4), QStringLiteral("no choices"))) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, at(5), s(u"“月”"))) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, at(6), s(u"たくさん"))) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, at(7), QStringLiteral("regular expression"))) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, at(8), QStringLiteral("(10)"))) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, at(9), QStringLiteral("2024-04-01"))) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, at(10), QStringLiteral("own answer"))) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, at(11), QStringLiteral("nowhere"))) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, at(12), QStringLiteral("comes after"))) << qPrintable(all);
    EXPECT_FALSE(problemMentions(problems, at(13), QString())) << qPrintable(all);
    // Every problem names the field by label (or says it has none) and by id.
    for (const Error &e : problems)
        EXPECT_TRUE(e.message.contains(QStringLiteral("id")) || e.message.contains(QStringLiteral("nolabel")))
            << qPrintable(e.message);
}

TEST(Form, ProblemsInConditionValuesAndChoiceCounts)
{
    Form form;
    FormSection section;
    FormField joined = makeField(QStringLiteral("joined"), FieldType::YesNo, s(u"参加"));
    FormField kind = makeField(QStringLiteral("kind"), FieldType::Choice, s(u"区分"));
    kind.choices = {s(u"清掃"), s(u"その他")};
    FormField a = makeField(QStringLiteral("a"), FieldType::Text, s(u"内容"));
    a.condition = FieldCondition{QStringLiteral("joined"), FieldCondition::Operator::Equals, s(u"はい")};
    FormField b = makeField(QStringLiteral("b"), FieldType::Text, s(u"その他の内容"));
    b.condition = FieldCondition{QStringLiteral("kind"), FieldCondition::Operator::Equals, s(u"そのた")};
    FormField days = makeField(QStringLiteral("days"), FieldType::Choices, s(u"曜日"));
    days.choices = {s(u"月"), s(u"火")};
    days.validation.minChoices = 3;
    section.fields = {joined, kind, a, b, days};
    form.sections.append(section);
    const QList<Error> problems = form.problems();
    const QString all = allProblems(problems);
    EXPECT_EQ(problems.size(), 3) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, QStringLiteral("sections[0].fields[2]"), QStringLiteral("“yes”"))) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, QStringLiteral("sections[0].fields[3]"), s(u"そのた"))) << qPrintable(all);
    EXPECT_TRUE(problemMentions(problems, QStringLiteral("sections[0].fields[4]"), QStringLiteral("3"))) << qPrintable(all);

    EXPECT_FALSE(Form().problems().isEmpty()); // a form without fields cannot be filled in
}

TEST(Form, UniqueFieldIdKeepsAUsableHintAndNumbersTheRest)
{
    Form form = everyTypeForm();
    EXPECT_EQ(form.uniqueFieldId(QStringLiteral("address")), QStringLiteral("address"));
    EXPECT_EQ(form.uniqueFieldId(QStringLiteral("name")), QStringLiteral("name_2"));
    EXPECT_EQ(form.uniqueFieldId(QStringLiteral("Postal code")), QStringLiteral("Postal_code"));
    const QString numbered = form.uniqueFieldId(s(u"住所"));
    EXPECT_TRUE(numbered.startsWith(QStringLiteral("field_"))) << qPrintable(numbered);
    EXPECT_EQ(form.field(numbered), nullptr);
    EXPECT_EQ(form.uniqueFieldId(), numbered);

    // Each fresh id is accepted by problems() as a valid, unique id.
    for (int i = 0; i < 3; ++i) {
        FormField f = makeField(form.uniqueFieldId(s(u"自由記述")), FieldType::Text, s(u"自由記述"));
        form.sections[0].fields.append(f);
    }
    EXPECT_TRUE(form.problems().isEmpty()) << qPrintable(allProblems(form.problems()));
}

TEST(Form, FieldLookupAndAnswerFields)
{
    Form form = everyTypeForm();
    EXPECT_EQ(form.fields().size(), 13);
    const QList<FormField> answers = form.answerFields();
    EXPECT_EQ(answers.size(), 12);
    for (const FormField &f : answers)
        EXPECT_NE(f.id, QStringLiteral("intro"));
    FormField *age = form.field(QStringLiteral("age"));
    ASSERT_NE(age, nullptr);
    age->label = s(u"満年齢");
    EXPECT_EQ(form.fields()[1].label, s(u"満年齢"));
    EXPECT_EQ(std::as_const(form).field(QStringLiteral("nothing")), nullptr);
    EXPECT_TRUE(FieldValidation().isEmpty());
    EXPECT_FALSE(form.field(QStringLiteral("age"))->validation.isEmpty());
}

TEST(Form, TheDocumentedExampleAndTheFuzzSeedAreValidForms)
{
    QFile doc(QStringLiteral(TENARAI_SOURCE_DIR "/docs/form-format.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    const qsizetype start = text.indexOf("```json\n");
    ASSERT_GE(start, 0);
    const qsizetype end = text.indexOf("\n```", start + 8);
    ASSERT_GT(end, start);
    const Result<Form> example = Form::fromJson(text.mid(start + 8, end - start - 8), QStringLiteral("form-format.md"));
    ASSERT_TRUE(example.ok()) << qPrintable(example.error().toString());
    EXPECT_TRUE(example->problems().isEmpty()) << qPrintable(allProblems(example->problems()));
    QSet<FieldType> types;
    for (const FormField &f : example->fields())
        types.insert(f.type);
    EXPECT_EQ(types.size(), 12); // the example shows every field type

    const Result<Form> seed = Form::load(QStringLiteral(TENARAI_SOURCE_DIR "/tests/fuzz/seeds/forms/survey.json"));
    ASSERT_TRUE(seed.ok()) << qPrintable(seed.error().toString());
    EXPECT_TRUE(seed->problems().isEmpty()) << qPrintable(allProblems(seed->problems()));
}
