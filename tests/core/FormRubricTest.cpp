#include "forms/FormRubric.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

FormField field(const QString &id, const QString &label, FieldType type = FieldType::Text)
{
    FormField f;
    f.id = id;
    f.label = label;
    f.type = type;
    return f;
}

Form formOf(const QList<FormField> &fields, const QString &title = s(u"窓口アンケート"))
{
    Form form;
    form.title = title;
    FormSection section;
    section.fields = fields;
    form.sections = {section};
    return form;
}

RubricItem item(const QString &id, const QString &label)
{
    RubricItem i;
    i.id = id;
    i.label = label;
    return i;
}

FormRubric rubricOf(const QList<RubricItem> &items)
{
    FormRubric rubric;
    rubric.title = s(u"課題");
    rubric.items = items;
    return rubric;
}

// The one result of a one-item rubric.
RubricResult checkOne(const Form &form, const RubricItem &rubricItem)
{
    const QList<RubricResult> results = FormRubricChecker::check(form, rubricOf({rubricItem}));
    EXPECT_EQ(results.size(), 1);
    return results.value(0);
}

QString problems(const RubricResult &result)
{
    return result.problems.join(QLatin1Char('|'));
}

Result<FormRubric> parse(const char *json)
{
    return FormRubric::fromJson(QByteArray(json), QStringLiteral("lesson1.rubric.json"));
}

// "file: part: message" must name the file and the JSON path of the bad value.
void expectError(const char *json, const QString &part, const char *messagePart)
{
    const auto rubric = parse(json);
    ASSERT_FALSE(rubric.ok()) << json;
    EXPECT_EQ(rubric.error().file, QStringLiteral("lesson1.rubric.json"));
    EXPECT_EQ(rubric.error().part, part) << qPrintable(rubric.error().toString());
    EXPECT_TRUE(rubric.error().message.contains(QString::fromUtf8(messagePart))) << qPrintable(rubric.error().message);
}
} // namespace

TEST(FormRubric, LabelKeyFoldsWidthSpacesCaseAndRequiredMarks)
{
    EXPECT_EQ(FormRubricChecker::labelKey(s(u"電話番号（必須）")), FormRubricChecker::labelKey(s(u"電話 番号")));
    EXPECT_EQ(FormRubricChecker::labelKey(s(u"ＴＥＬ")), FormRubricChecker::labelKey(QStringLiteral("TEL")));
    EXPECT_EQ(FormRubricChecker::labelKey(s(u"ｅ－ｍａｉｌ")), FormRubricChecker::labelKey(QStringLiteral("E-Mail")));
    EXPECT_EQ(FormRubricChecker::labelKey(s(u"【必須】氏名　※")), FormRubricChecker::labelKey(s(u"氏名")));
    EXPECT_EQ(FormRubricChecker::labelKey(s(u"ﾌﾘｶﾞﾅ＊")), FormRubricChecker::labelKey(s(u"フリガナ")));
    EXPECT_EQ(FormRubricChecker::labelKey(s(u"備考(任意)")), FormRubricChecker::labelKey(s(u"備考")));
    // Folding never merges different words.
    EXPECT_NE(FormRubricChecker::labelKey(s(u"電話番号")), FormRubricChecker::labelKey(s(u"電話")));
    EXPECT_TRUE(FormRubricChecker::labelKey(s(u" （必須）※ ")).isEmpty());
}

TEST(FormRubric, FindsAFieldByFoldedLabelAndBySynonym)
{
    RubricItem phone = item(QStringLiteral("phone"), s(u"電話 番号"));
    phone.synonyms = {QStringLiteral("TEL")};

    RubricResult byLabel = checkOne(formOf({field(QStringLiteral("f1"), s(u"電話番号（必須）"))}), phone);
    EXPECT_TRUE(byLabel.passed) << qPrintable(problems(byLabel));
    EXPECT_EQ(byLabel.fieldId, QStringLiteral("f1"));

    RubricResult bySynonym = checkOne(formOf({field(QStringLiteral("f2"), s(u"ＴＥＬ"))}), phone);
    EXPECT_TRUE(bySynonym.passed) << qPrintable(problems(bySynonym));
    EXPECT_EQ(bySynonym.fieldId, QStringLiteral("f2"));
}

TEST(FormRubric, MissingFieldSaysWhichItem)
{
    const RubricResult r = checkOne(formOf({field(QStringLiteral("f1"), s(u"氏名"))}), item(QStringLiteral("a"), s(u"住所")));
    EXPECT_FALSE(r.passed);
    EXPECT_TRUE(r.fieldId.isEmpty());
    EXPECT_EQ(r.problems, QStringList{s(u"The form has no field for 「住所」.")});
}

TEST(FormRubric, NotesNeverMatch)
{
    const RubricResult r = checkOne(formOf({field(QStringLiteral("n"), s(u"住所"), FieldType::Note)}),
                                    item(QStringLiteral("a"), s(u"住所")));
    EXPECT_FALSE(r.passed);
    EXPECT_EQ(r.problems, QStringList{s(u"The form has no field for 「住所」.")});
}

TEST(FormRubric, OneFieldNeverSatisfiesTwoItems)
{
    RubricItem name = item(QStringLiteral("name"), s(u"氏名"));
    RubricItem again = item(QStringLiteral("again"), s(u"お名前"));
    again.synonyms = {s(u"氏名")};
    const auto results = FormRubricChecker::check(formOf({field(QStringLiteral("f1"), s(u"氏名"))}), rubricOf({name, again}));
    ASSERT_EQ(results.size(), 2);
    EXPECT_TRUE(results[0].passed);
    EXPECT_EQ(results[0].fieldId, QStringLiteral("f1"));
    EXPECT_FALSE(results[1].passed);
    EXPECT_TRUE(results[1].fieldId.isEmpty());
    EXPECT_EQ(results[1].problems, QStringList{s(u"The form has no field for 「お名前」.")});
}

TEST(FormRubric, SimilarLabelMatchesOnlyWhenUnique)
{
    // 「現住所」 contains 「住所」 and is the only such field.
    const RubricResult unique = checkOne(formOf({field(QStringLiteral("f1"), s(u"氏名")), field(QStringLiteral("f2"), s(u"現住所"))}),
                                         item(QStringLiteral("a"), s(u"住所")));
    EXPECT_TRUE(unique.passed) << qPrintable(problems(unique));
    EXPECT_EQ(unique.fieldId, QStringLiteral("f2"));
    EXPECT_FALSE(problems(unique).contains(QLatin1String("similar")));

    // Two fields contain 「電話」: neither is a guess worth making.
    const RubricResult ambiguous =
        checkOne(formOf({field(QStringLiteral("f1"), s(u"自宅電話")), field(QStringLiteral("f2"), s(u"携帯電話"))}),
                 item(QStringLiteral("a"), s(u"電話")));
    EXPECT_FALSE(ambiguous.passed);
    EXPECT_TRUE(ambiguous.fieldId.isEmpty());
}

TEST(FormRubric, ExactLabelWinsOverAnEarlierItemsSimilarLabel)
{
    // 「電話」 comes first but has no exact field; it must not take 「電話番号」 from the item
    // that names it exactly.
    const Form form = formOf({field(QStringLiteral("tel"), s(u"電話番号")), field(QStringLiteral("mobile"), s(u"携帯電話"))});
    const auto results = FormRubricChecker::check(form, rubricOf({item(QStringLiteral("any"), s(u"電話")),
                                                                  item(QStringLiteral("tel"), s(u"電話番号"))}));
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[0].fieldId, QStringLiteral("mobile"));
    EXPECT_EQ(results[1].fieldId, QStringLiteral("tel"));
    EXPECT_TRUE(FormRubricChecker::allPassed(results));
}

TEST(FormRubric, TypeMustBeOneOfTheListed)
{
    RubricItem date = item(QStringLiteral("d"), s(u"生年月日"));
    date.types = {FieldType::Date};
    EXPECT_TRUE(checkOne(formOf({field(QStringLiteral("f"), s(u"生年月日"), FieldType::Date)}), date).passed);

    const RubricResult wrong = checkOne(formOf({field(QStringLiteral("f"), s(u"生年月日"))}), date);
    EXPECT_FALSE(wrong.passed);
    EXPECT_EQ(wrong.problems,
              QStringList{s(u"「生年月日」 should be of the type %1.").arg(fieldTypeDisplayName(FieldType::Date))});

    RubricItem choice = item(QStringLiteral("c"), s(u"目的"));
    choice.types = {FieldType::Choice, FieldType::Choices};
    EXPECT_TRUE(checkOne(formOf({field(QStringLiteral("f"), s(u"目的"), FieldType::Choices)}), choice).passed);
    const RubricResult notChoice = checkOne(formOf({field(QStringLiteral("f"), s(u"目的"))}), choice);
    ASSERT_EQ(notChoice.problems.size(), 1);
    EXPECT_TRUE(notChoice.problems[0].startsWith(s(u"「目的」 should be one of: ")));
    EXPECT_TRUE(notChoice.problems[0].contains(fieldTypeDisplayName(FieldType::Choice)));
    EXPECT_TRUE(notChoice.problems[0].contains(fieldTypeDisplayName(FieldType::Choices)));
}

TEST(FormRubric, RequiredFlagBothWays)
{
    RubricItem must = item(QStringLiteral("a"), s(u"氏名"));
    must.required = true;
    FormField optional = field(QStringLiteral("f"), s(u"氏名"));
    FormField required = optional;
    required.required = true;
    EXPECT_TRUE(checkOne(formOf({required}), must).passed);
    EXPECT_EQ(checkOne(formOf({optional}), must).problems, QStringList{s(u"「氏名」 should be required.")});

    RubricItem mustNot = must;
    mustNot.required = false;
    EXPECT_TRUE(checkOne(formOf({optional}), mustNot).passed);
    EXPECT_EQ(checkOne(formOf({required}), mustNot).problems, QStringList{s(u"「氏名」 should not be required.")});

    RubricItem either = item(QStringLiteral("a"), s(u"氏名"));
    EXPECT_TRUE(checkOne(formOf({required}), either).passed);
    EXPECT_TRUE(checkOne(formOf({optional}), either).passed);
}

TEST(FormRubric, MissingChoicesAreCountedButNeverNamed)
{
    RubricItem visit = item(QStringLiteral("v"), s(u"来庁の目的"));
    visit.choices = {s(u"届出"), s(u"相談"), s(u"証明書の交付")};
    FormField f = field(QStringLiteral("f"), s(u"来庁の目的"), FieldType::Choice);
    f.choices = {s(u"届出")};
    const RubricResult r = checkOne(formOf({f}), visit);
    EXPECT_FALSE(r.passed);
    EXPECT_EQ(r.problems, QStringList{s(u"「来庁の目的」 is missing 2 choice(s).")});
    EXPECT_FALSE(problems(r).contains(s(u"相談")));
    EXPECT_FALSE(problems(r).contains(s(u"証明書")));

    // Width and spaces do not make a choice different; extra choices are fine unless exact.
    f.choices = {s(u"届出"), s(u"相 談"), s(u"証明書の交付"), s(u"その他")};
    EXPECT_TRUE(checkOne(formOf({f}), visit).passed) << qPrintable(problems(checkOne(formOf({f}), visit)));
}

TEST(FormRubric, ExactChoicesRefusesExtraChoices)
{
    RubricItem size = item(QStringLiteral("s"), s(u"サイズ"));
    size.choices = {QStringLiteral("S"), QStringLiteral("M")};
    size.exactChoices = true;
    FormField f = field(QStringLiteral("f"), s(u"サイズ"), FieldType::Choice);
    f.choices = {s(u"Ｓ"), QStringLiteral("m")};
    EXPECT_TRUE(checkOne(formOf({f}), size).passed);
    f.choices = {QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L"), QStringLiteral("XL")};
    const RubricResult r = checkOne(formOf({f}), size);
    EXPECT_EQ(r.problems, QStringList{s(u"「サイズ」 offers 2 choice(s) that should not be there.")});
    EXPECT_FALSE(problems(r).contains(QLatin1String("XL")));
}

TEST(FormRubric, ValidationLimitsMissingOrDifferent)
{
    RubricItem age = item(QStringLiteral("a"), s(u"年齢"));
    age.validation.minimum = 0;
    age.validation.maximum = 120;
    FormField f = field(QStringLiteral("f"), s(u"年齢"), FieldType::Integer);
    EXPECT_EQ(checkOne(formOf({f}), age).problems,
              (QStringList{s(u"「年齢」 needs a lower limit."), s(u"「年齢」 needs an upper limit.")}));
    f.validation.minimum = 0;
    f.validation.maximum = 150;
    EXPECT_EQ(checkOne(formOf({f}), age).problems, QStringList{s(u"「年齢」 needs a different upper limit.")});
    f.validation.maximum = 120;
    f.validation.minLength = 1; // limits the rubric does not name are the learner's choice
    EXPECT_TRUE(checkOne(formOf({f}), age).passed);

    RubricItem name = item(QStringLiteral("n"), s(u"氏名"));
    name.validation.minLength = 1;
    name.validation.maxLength = 20;
    FormField text = field(QStringLiteral("f"), s(u"氏名"));
    text.validation.maxLength = 30;
    EXPECT_EQ(checkOne(formOf({text}), name).problems,
              (QStringList{s(u"「氏名」 needs a minimum length."), s(u"「氏名」 needs a different maximum length.")}));
    text.validation.minLength = 1;
    text.validation.maxLength = 20;
    EXPECT_TRUE(checkOne(formOf({text}), name).passed);

    RubricItem day = item(QStringLiteral("d"), s(u"来庁日"));
    day.validation.earliest = QDate(2024, 4, 1);
    day.validation.latest = QDate(2025, 3, 31);
    FormField date = field(QStringLiteral("f"), s(u"来庁日"), FieldType::Date);
    date.validation.earliest = QDate(2024, 1, 1);
    EXPECT_EQ(checkOne(formOf({date}), day).problems,
              (QStringList{s(u"「来庁日」 needs a different earliest date."), s(u"「来庁日」 needs a latest date.")}));
    date.validation.earliest = QDate(2024, 4, 1);
    date.validation.latest = QDate(2025, 3, 31);
    EXPECT_TRUE(checkOne(formOf({date}), day).passed);

    RubricItem pick = item(QStringLiteral("p"), s(u"関心のある分野"));
    pick.validation.minChoices = 1;
    pick.validation.maxChoices = 3;
    FormField choices = field(QStringLiteral("f"), s(u"関心のある分野"), FieldType::Choices);
    choices.validation.maxChoices = 2;
    EXPECT_EQ(checkOne(formOf({choices}), pick).problems,
              (QStringList{s(u"「関心のある分野」 needs a smallest number of choices to pick."),
                           s(u"「関心のある分野」 needs a different largest number of choices to pick.")}));
    choices.validation.minChoices = 1;
    choices.validation.maxChoices = 3;
    EXPECT_TRUE(checkOne(formOf({choices}), pick).passed);
}

TEST(FormRubric, PatternMustBeSet)
{
    RubricItem code = item(QStringLiteral("c"), s(u"受付番号"));
    code.needsPattern = true;
    FormField f = field(QStringLiteral("f"), s(u"受付番号"));
    EXPECT_EQ(checkOne(formOf({f}), code).problems, QStringList{s(u"「受付番号」 needs a pattern that its answers must match.")});
    f.validation.pattern = QStringLiteral("[A-Z][0-9]{4}");
    EXPECT_TRUE(checkOne(formOf({f}), code).passed);
}

TEST(FormRubric, ConditionMustBeOnTheNamedField)
{
    RubricItem visit = item(QStringLiteral("visit"), s(u"来庁の目的"));
    RubricItem other = item(QStringLiteral("other"), s(u"その他の内容"));
    other.conditionOn = s(u"来庁の目的");
    const FormRubric rubric = rubricOf({visit, other});

    FormField purpose = field(QStringLiteral("purpose"), s(u"来庁の目的（必須）"), FieldType::Choice);
    purpose.choices = {s(u"届出"), s(u"その他")};
    FormField age = field(QStringLiteral("age"), s(u"年齢"), FieldType::Integer);
    FormField detail = field(QStringLiteral("detail"), s(u"その他の内容"), FieldType::MultilineText);

    auto results = FormRubricChecker::check(formOf({purpose, age, detail}), rubric);
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[1].problems, QStringList{s(u"「その他の内容」 should be shown only depending on the answer to 「来庁の目的」.")});

    detail.condition = FieldCondition{QStringLiteral("age"), FieldCondition::Operator::HasValue, QString()};
    results = FormRubricChecker::check(formOf({purpose, age, detail}), rubric);
    EXPECT_EQ(results[1].problems, QStringList{s(u"「その他の内容」 should depend on 「来庁の目的」, not on another field.")});

    detail.condition = FieldCondition{QStringLiteral("purpose"), FieldCondition::Operator::Equals, s(u"その他")};
    results = FormRubricChecker::check(formOf({purpose, age, detail}), rubric);
    EXPECT_TRUE(FormRubricChecker::allPassed(results)) << qPrintable(problems(results[1]));
}

TEST(FormRubric, AbsentItemMustNotBeAsked)
{
    RubricItem myNumber = item(QStringLiteral("mynumber"), s(u"個人番号"));
    myNumber.synonyms = {s(u"マイナンバー")};
    myNumber.mustBeAbsent = true;
    myNumber.hint = s(u"アンケートで個人番号を集めてはいけません。");

    const RubricResult fine = checkOne(formOf({field(QStringLiteral("f"), s(u"氏名"))}), myNumber);
    EXPECT_TRUE(fine.passed);
    EXPECT_TRUE(fine.hint.isEmpty());

    const RubricResult asked = checkOne(formOf({field(QStringLiteral("f"), s(u"マイナンバー（必須）"))}), myNumber);
    EXPECT_FALSE(asked.passed);
    EXPECT_EQ(asked.fieldId, QStringLiteral("f"));
    EXPECT_EQ(asked.problems, QStringList{s(u"The form should not ask for 「個人番号」.")});
    EXPECT_EQ(asked.hint, myNumber.hint);
}

TEST(FormRubric, TitleRequiredIsAResultOfItsOwn)
{
    FormRubric rubric = rubricOf({item(QStringLiteral("name"), s(u"氏名"))});
    rubric.titleRequired = true;
    const QList<FormField> fields{field(QStringLiteral("f"), s(u"氏名"))};

    auto results = FormRubricChecker::check(formOf(fields, QStringLiteral("  ")), rubric);
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[0].itemId, QStringLiteral("title"));
    EXPECT_FALSE(results[0].passed);
    EXPECT_EQ(results[0].problems, QStringList{QStringLiteral("The form has no title.")});
    EXPECT_TRUE(results[1].passed);
    EXPECT_FALSE(FormRubricChecker::allPassed(results));

    results = FormRubricChecker::check(formOf(fields, s(u"窓口アンケート")), rubric);
    EXPECT_TRUE(FormRubricChecker::allPassed(results));

    rubric.titleRequired = false;
    EXPECT_EQ(FormRubricChecker::check(formOf(fields, QString()), rubric).size(), 1);
}

TEST(FormRubric, ResultsFollowRubricOrderWithHintsOnlyOnFailure)
{
    RubricItem address = item(QStringLiteral("address"), s(u"住所"));
    address.hint = s(u"郵便物を送る先です。");
    RubricItem name = item(QStringLiteral("name"), s(u"氏名"));
    name.hint = s(u"誰の回答か分かるようにします。");
    RubricItem phone = item(QStringLiteral("phone"), s(u"電話番号"));
    phone.types = {FieldType::Phone};
    phone.hint = s(u"種類を「電話番号」にすると形式を確かめられます。");

    // The form asks in another order than the rubric lists.
    const Form form = formOf({field(QStringLiteral("tel"), s(u"電話番号")), field(QStringLiteral("n"), s(u"氏名"))});
    const auto results = FormRubricChecker::check(form, rubricOf({address, name, phone}));
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results[0].itemId, QStringLiteral("address"));
    EXPECT_EQ(results[1].itemId, QStringLiteral("name"));
    EXPECT_EQ(results[2].itemId, QStringLiteral("phone"));
    EXPECT_EQ(results[0].label, s(u"住所"));
    EXPECT_EQ(results[0].hint, address.hint);
    EXPECT_TRUE(results[1].passed);
    EXPECT_TRUE(results[1].hint.isEmpty());
    EXPECT_FALSE(results[2].passed);
    EXPECT_EQ(results[2].hint, phone.hint);
    for (const RubricResult &r : results)
        EXPECT_EQ(r.passed, r.problems.isEmpty());
}

TEST(FormRubric, ReadsEveryKeyAndRoundTrips)
{
    QFile seed(QStringLiteral(TENARAI_SOURCE_DIR "/tests/fuzz/seeds/rubrics/survey.json"));
    QByteArray json;
    if (seed.open(QIODevice::ReadOnly))
        json = seed.readAll();
    ASSERT_FALSE(json.isEmpty());
    auto rubric = FormRubric::fromJson(json, QStringLiteral("survey.json"));
    ASSERT_TRUE(rubric.ok()) << qPrintable(rubric.error().toString());
    EXPECT_EQ(rubric->title, s(u"窓口アンケートのフォーム"));
    EXPECT_TRUE(rubric->titleRequired);
    ASSERT_EQ(rubric->items.size(), 7);
    const RubricItem &name = rubric->items[0];
    EXPECT_EQ(name.id, QStringLiteral("name"));
    EXPECT_EQ(name.synonyms, (QStringList{s(u"お名前"), s(u"名前")}));
    EXPECT_EQ(name.types, QList<FieldType>{FieldType::Text});
    EXPECT_EQ(name.required, std::optional<bool>(true));
    EXPECT_EQ(name.validation.maxLength, std::optional<int>(20));
    EXPECT_FALSE(name.hint.isEmpty());
    EXPECT_EQ(rubric->items[1].validation.minimum, std::optional<double>(0));
    EXPECT_EQ(rubric->items[1].validation.maximum, std::optional<double>(120));
    EXPECT_EQ(rubric->items[1].required, std::nullopt);
    EXPECT_EQ(rubric->items[2].types, (QList<FieldType>{FieldType::Choice, FieldType::Choices}));
    EXPECT_EQ(rubric->items[2].choices.size(), 3);
    EXPECT_TRUE(rubric->items[2].exactChoices);
    EXPECT_EQ(rubric->items[3].conditionOn, std::optional<QString>(s(u"来庁の目的")));
    EXPECT_TRUE(rubric->items[4].needsPattern);
    EXPECT_EQ(rubric->items[5].validation.earliest, std::optional<QDate>(QDate(2024, 4, 1)));
    EXPECT_EQ(rubric->items[5].validation.latest, std::optional<QDate>(QDate(2025, 3, 31)));
    EXPECT_TRUE(rubric->items[6].mustBeAbsent);

    const QByteArray saved = rubric->toJson();
    auto again = FormRubric::fromJson(saved);
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().toString());
    EXPECT_EQ(again->toJson(), saved);
    ASSERT_EQ(again->items.size(), rubric->items.size());
    for (qsizetype i = 0; i < rubric->items.size(); ++i) {
        const RubricItem &a = rubric->items[i];
        const RubricItem &b = again->items[i];
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.label, b.label);
        EXPECT_EQ(a.synonyms, b.synonyms);
        EXPECT_EQ(a.types, b.types);
        EXPECT_EQ(a.required, b.required);
        EXPECT_EQ(a.choices, b.choices);
        EXPECT_EQ(a.exactChoices, b.exactChoices);
        EXPECT_TRUE(a.validation == b.validation);
        EXPECT_EQ(a.needsPattern, b.needsPattern);
        EXPECT_EQ(a.conditionOn, b.conditionOn);
        EXPECT_EQ(a.mustBeAbsent, b.mustBeAbsent);
        EXPECT_EQ(a.hint, b.hint);
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(s(u"課題1.rubric.json"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(saved);
    out.close();
    auto fromDisk = FormRubric::load(path);
    ASSERT_TRUE(fromDisk.ok()) << qPrintable(fromDisk.error().toString());
    EXPECT_EQ(fromDisk->toJson(), saved);
}

TEST(FormRubric, LoadNamesAMissingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.json"));
    auto rubric = FormRubric::load(path);
    ASSERT_FALSE(rubric.ok());
    EXPECT_EQ(rubric.error().kind, Error::Kind::Io);
    EXPECT_EQ(rubric.error().file, path);
}

TEST(FormRubric, UnknownKeysAreIgnored)
{
    auto rubric = parse(R"({"format":"tenarai-form-rubric","version":1,"lesson":"x",
        "items":[{"id":"a","label":"氏名","weight":3,"validation":{"pattern":"x"}}]})");
    ASSERT_TRUE(rubric.ok()) << qPrintable(rubric.error().toString());
    ASSERT_EQ(rubric->items.size(), 1);
    EXPECT_TRUE(rubric->items[0].validation.isEmpty());
}

TEST(FormRubric, JsonErrorsNameTheFileAndPath)
{
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[)", QStringLiteral("line 1, column 53"), "not valid JSON");
    expectError(R"([])", QString(), "JSON object");
    expectError(R"({"format":"tenarai-form","version":1,"items":[]})", QStringLiteral("format"), "tenarai-form-rubric");
    expectError(R"({"format":"tenarai-form-rubric","version":0,"items":[]})", QStringLiteral("version"), "whole number");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"title":5,"items":[]})", QStringLiteral("title"), "text");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"titleRequired":"yes","items":[]})",
                QStringLiteral("titleRequired"), "true or false");
    expectError(R"({"format":"tenarai-form-rubric","version":1})", QStringLiteral("items"), "list");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[1]})", QStringLiteral("items[0]"), "object");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[{"label":"氏名"}]})", QStringLiteral("items[0].id"), "id");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[{"id":"a","label":" （必須） "}]})",
                QStringLiteral("items[0].label"), "label");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[{"id":"a","label":"氏名"},{"id":"b","label":"住所"},
        {"id":"c","label":"電話"},{"id":"d","label":"生年月日","types":["date","calendar"]}]})",
                QStringLiteral("items[3].types[1]"), "calendar");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[{"id":"a","label":"注意","types":["note"]}]})",
                QStringLiteral("items[0].types[0]"), "no answer");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[{"id":"a","label":"氏名"},{"id":"a","label":"住所"}]})",
                QStringLiteral("items[1].id"), "\xe2\x80\x9c" "a" "\xe2\x80\x9d");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[{"id":"a","label":"氏名","synonyms":["名前",3]}]})",
                QStringLiteral("items[0].synonyms[1]"), "text");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[{"id":"a","label":"氏名","required":"yes"}]})",
                QStringLiteral("items[0].required"), "true or false");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[{"id":"a","label":"年齢","validation":{"min":"0"}}]})",
                QStringLiteral("items[0].validation.min"), "number");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[{"id":"a","label":"年齢","validation":{"min":5,"max":1}}]})",
                QStringLiteral("items[0].validation.min"), "above");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[{"id":"a","label":"氏名","validation":{"maxLength":2.5}}]})",
                QStringLiteral("items[0].validation.maxLength"), "whole number");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[{"id":"a","label":"日","validation":{"earliest":"2024/4/1"}}]})",
                QStringLiteral("items[0].validation.earliest"), "YYYY-MM-DD");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[{"id":"a","label":"その他","showWhen":"目的"}]})",
                QStringLiteral("items[0].showWhen"), "目的");
    expectError(R"({"format":"tenarai-form-rubric","version":1,"items":[{"id":"title","label":"題名"}]})",
                QStringLiteral("items[0].id"), "title");
}

TEST(FormRubric, RefusesANewerFormat)
{
    const auto rubric = parse(R"({"format":"tenarai-form-rubric","version":2,"items":[]})");
    ASSERT_FALSE(rubric.ok());
    EXPECT_EQ(rubric.error().part, QStringLiteral("version"));
    EXPECT_TRUE(rubric.error().message.contains(QLatin1String("newer version")));
}

TEST(FormRubric, CapsSizeAndItemCount)
{
    QByteArray many = R"({"format":"tenarai-form-rubric","version":1,"items":[)";
    for (int i = 0; i <= Form::MaxFields; ++i)
        many += (i ? "," : "") + QByteArray(R"({"id":"i)") + QByteArray::number(i) + R"(","label":"項目"})";
    many += "]}";
    auto tooMany = parse(many.constData());
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(tooMany.error().part, QStringLiteral("items"));

    QByteArray huge = R"({"format":"tenarai-form-rubric","version":1,"title":")";
    huge += QByteArray(FormRubric::MaxFileBytes, 'a');
    huge += R"(","items":[]})";
    auto tooLarge = FormRubric::fromJson(huge, QStringLiteral("big.json"));
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_EQ(tooLarge.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(tooLarge.error().file, QStringLiteral("big.json"));
}
