#include "forms/FormValidator.h"

#include <gtest/gtest.h>

using namespace tenarai;

namespace {
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

FormField makeField(FieldType type, const QString &id = QStringLiteral("f"))
{
    FormField f;
    f.id = id;
    f.type = type;
    f.label = id;
    return f;
}

Cell accepted(const FormField &field, const QString &input)
{
    const Result<Cell> r = FormValidator::checkField(field, input);
    EXPECT_TRUE(r.ok()) << qPrintable(input) << ": " << (r.ok() ? "" : qPrintable(r.error().message));
    return r.ok() ? r.value() : Cell::error(QStringLiteral("#REFUSED"));
}

QString refused(const FormField &field, const QString &input)
{
    const Result<Cell> r = FormValidator::checkField(field, input);
    EXPECT_FALSE(r.ok()) << qPrintable(input) << " was accepted as " << qPrintable(r.ok() ? r.value().toString() : QString());
    return r.ok() ? QString() : r.error().message;
}

// 「その他」を選んだときだけ「その他の内容」を表示, as municipal form tools do.
Form conditionalForm()
{
    Form form;
    FormSection section;
    FormField joined = makeField(FieldType::YesNo, QStringLiteral("joined"));
    joined.required = true;
    FormField kind = makeField(FieldType::Choice, QStringLiteral("kind"));
    kind.choices = {s(u"清掃"), s(u"防災訓練"), s(u"その他")};
    kind.required = true;
    kind.condition = FieldCondition{QStringLiteral("joined"), FieldCondition::Operator::Equals, QStringLiteral("yes")};
    FormField other = makeField(FieldType::Text, QStringLiteral("other"));
    other.required = true;
    other.condition = FieldCondition{QStringLiteral("kind"), FieldCondition::Operator::Equals, s(u"その他")};
    FormField age = makeField(FieldType::Integer, QStringLiteral("age"));
    FormField older = makeField(FieldType::Text, QStringLiteral("older"));
    older.condition = FieldCondition{QStringLiteral("age"), FieldCondition::Operator::Equals, QStringLiteral("65")};
    FormField notClean = makeField(FieldType::Text, QStringLiteral("notClean"));
    notClean.condition = FieldCondition{QStringLiteral("kind"), FieldCondition::Operator::NotEquals, s(u"清掃")};
    FormField comment = makeField(FieldType::MultilineText, QStringLiteral("comment"));
    comment.condition = FieldCondition{QStringLiteral("age"), FieldCondition::Operator::HasValue, QString()};
    section.fields = {joined, kind, other, age, older, notClean, comment};
    form.sections.append(section);
    return form;
}
} // namespace

TEST(FormValidator, WholeNumbersInFullWidthAndWithCommas)
{
    FormField age = makeField(FieldType::Integer);
    age.validation.minimum = 0;
    age.validation.maximum = 120;
    EXPECT_EQ(accepted(age, s(u"４２")), Cell::number(42));
    EXPECT_EQ(accepted(age, s(u" 42 ")), Cell::number(42));
    EXPECT_EQ(refused(age, QStringLiteral("121")), QStringLiteral("Enter a whole number from 0 to 120."));
    EXPECT_EQ(refused(age, QStringLiteral("-1")), QStringLiteral("Enter a whole number from 0 to 120."));
    EXPECT_TRUE(refused(age, QStringLiteral("4.5")).contains(QStringLiteral("4.5")));
    EXPECT_FALSE(refused(age, s(u"四十二")).isEmpty());

    FormField count = makeField(FieldType::Integer);
    EXPECT_EQ(accepted(count, s(u"１，０００")), Cell::number(1000));
    EXPECT_EQ(accepted(count, QStringLiteral("1,000")), Cell::number(1000));
    EXPECT_EQ(accepted(count, QStringLiteral("12.00")), Cell::number(12));
    EXPECT_FALSE(refused(count, QStringLiteral("1,00")).isEmpty());
    EXPECT_FALSE(refused(count, QStringLiteral("99999999999999999")).isEmpty()); // not exact as a double
    count.validation.minimum = 1;
    EXPECT_EQ(refused(count, QStringLiteral("0")), QStringLiteral("Enter a whole number of 1 or more."));
    count.validation.minimum.reset();
    count.validation.maximum = 10;
    EXPECT_EQ(refused(count, QStringLiteral("11")), QStringLiteral("Enter a whole number of 10 or less."));
}

TEST(FormValidator, DecimalNumbers)
{
    FormField height = makeField(FieldType::Decimal);
    height.validation.minimum = 0.5;
    height.validation.maximum = 250;
    EXPECT_EQ(accepted(height, s(u"１６５．５")), Cell::number(165.5));
    EXPECT_EQ(accepted(height, QStringLiteral("1.5e2")), Cell::number(150));
    EXPECT_EQ(refused(height, QStringLiteral("0.1")), QStringLiteral("Enter a number from 0.5 to 250."));
    EXPECT_FALSE(refused(height, QStringLiteral("abc")).isEmpty());
}

TEST(FormValidator, DatesInJapaneseSpellingsWithReasons)
{
    FormField day = makeField(FieldType::Date);
    EXPECT_EQ(accepted(day, s(u"令和6年4月1日")), Cell::date(QDate(2024, 4, 1)));
    EXPECT_EQ(accepted(day, QStringLiteral("2021/4/1")), Cell::date(QDate(2021, 4, 1)));
    EXPECT_EQ(accepted(day, s(u"Ｒ６．４．１")), Cell::date(QDate(2024, 4, 1)));
    // 平成 ended on 2019-04-30: the message says so rather than only "not a date".
    const QString heisei = refused(day, s(u"平成31年5月1日"));
    EXPECT_TRUE(heisei.contains(s(u"平成"))) << qPrintable(heisei);
    EXPECT_TRUE(heisei.contains(QStringLiteral("2019-04-30"))) << qPrintable(heisei);
    EXPECT_FALSE(refused(day, QStringLiteral("2024/2/30")).isEmpty());
    EXPECT_FALSE(refused(day, QStringLiteral("4/1")).isEmpty());

    day.validation.earliest = QDate(2024, 4, 1);
    EXPECT_EQ(refused(day, QStringLiteral("2024-03-31")), QStringLiteral("Enter a date on or after 2024-04-01."));
    EXPECT_EQ(accepted(day, QStringLiteral("2024-04-01")), Cell::date(QDate(2024, 4, 1)));
    day.validation.earliest.reset();
    day.validation.latest = QDate(2025, 3, 31);
    EXPECT_EQ(refused(day, s(u"令和7年4月1日")), QStringLiteral("Enter a date on or before 2025-03-31."));
    day.validation.earliest = QDate(2024, 4, 1);
    EXPECT_EQ(refused(day, QStringLiteral("2023-01-01")), QStringLiteral("Enter a date from 2024-04-01 to 2025-03-31."));
}

TEST(FormValidator, PhonePostalCodeAndEmailAsPeopleTypeThem)
{
    FormField phone = makeField(FieldType::Phone);
    EXPECT_EQ(accepted(phone, QStringLiteral("03(1234)5678")), Cell::text(QStringLiteral("03-1234-5678")));
    EXPECT_EQ(accepted(phone, s(u"０９０ー１２３４ー５６７８")), Cell::text(QStringLiteral("090-1234-5678")));
    EXPECT_EQ(accepted(phone, QStringLiteral("+81 3 1234 5678")), Cell::text(QStringLiteral("03-1234-5678")));
    EXPECT_FALSE(refused(phone, QStringLiteral("12345")).isEmpty());

    FormField postal = makeField(FieldType::PostalCode);
    EXPECT_EQ(accepted(postal, s(u"〒１００－０００１")), Cell::text(QStringLiteral("100-0001")));
    EXPECT_EQ(accepted(postal, QStringLiteral("1000001")), Cell::text(QStringLiteral("100-0001")));
    EXPECT_EQ(accepted(postal, QStringLiteral("100 0001")), Cell::text(QStringLiteral("100-0001")));
    EXPECT_FALSE(refused(postal, QStringLiteral("100-001")).isEmpty());

    FormField email = makeField(FieldType::Email);
    EXPECT_EQ(accepted(email, s(u"ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")), Cell::text(QStringLiteral("taro@example.jp")));
    EXPECT_EQ(accepted(email, QStringLiteral(" hanako.y@city.example.lg.jp ")),
              Cell::text(QStringLiteral("hanako.y@city.example.lg.jp")));
    for (const QString &bad : {QStringLiteral("taro"), QStringLiteral("taro@example"), QStringLiteral("a@b@example.jp"),
                               QStringLiteral("taro yamada@example.jp"), QStringLiteral("@example.jp"),
                               QStringLiteral("taro@.example.jp"), QStringLiteral("taro@example..jp")})
        EXPECT_FALSE(refused(email, bad).isEmpty()) << qPrintable(bad);
    email.validation.maxLength = 10;
    EXPECT_EQ(refused(email, QStringLiteral("taro@example.jp")), QStringLiteral("Enter at most 10 characters (now 15)."));
}

TEST(FormValidator, YesNoWords)
{
    FormField yesNo = makeField(FieldType::YesNo);
    for (const QString &yes : {QStringLiteral("yes"), QStringLiteral("YES"), s(u"はい"), QStringLiteral("true"),
                               FormValidator::yesText()})
        EXPECT_EQ(accepted(yesNo, yes), Cell::boolean(true)) << qPrintable(yes);
    for (const QString &no : {QStringLiteral("no"), s(u"いいえ"), QStringLiteral("false"), FormValidator::noText()})
        EXPECT_EQ(accepted(yesNo, no), Cell::boolean(false)) << qPrintable(no);
    EXPECT_FALSE(refused(yesNo, QStringLiteral("maybe")).isEmpty());
}

TEST(FormValidator, RequiredBlankAndTrimming)
{
    for (FieldType type : {FieldType::Text, FieldType::MultilineText, FieldType::Integer, FieldType::Decimal,
                           FieldType::Date, FieldType::Choice, FieldType::Choices, FieldType::YesNo, FieldType::Phone,
                           FieldType::PostalCode, FieldType::Email}) {
        FormField f = makeField(type);
        f.choices = {QStringLiteral("A")};
        EXPECT_TRUE(accepted(f, s(u" \u3000 ")).isEmpty()) << qPrintable(fieldTypeName(type));
        f.required = true;
        EXPECT_EQ(refused(f, s(u"\u3000")), QStringLiteral("This field is required.")) << qPrintable(fieldTypeName(type));
        EXPECT_EQ(refused(f, QString()), QStringLiteral("This field is required."));
    }
    FormField note = makeField(FieldType::Note);
    note.required = true;
    EXPECT_TRUE(accepted(note, QString()).isEmpty());

    FormField name = makeField(FieldType::Text);
    EXPECT_EQ(accepted(name, s(u"\u3000山田　太郎 ")), Cell::text(s(u"山田　太郎")));
    FormField memo = makeField(FieldType::MultilineText);
    EXPECT_EQ(accepted(memo, QStringLiteral("\r\n line 1\r\nline 2\n")), Cell::text(QStringLiteral("line 1\nline 2")));
}

TEST(FormValidator, LengthsCountCharactersNotBytes)
{
    FormField name = makeField(FieldType::Text);
    name.validation.minLength = 2;
    name.validation.maxLength = 4;
    EXPECT_EQ(accepted(name, s(u"𠮷田一郎")), Cell::text(s(u"𠮷田一郎"))); // 𠮷 is one character
    EXPECT_EQ(refused(name, s(u"山")), QStringLiteral("Enter from 2 to 4 characters (now 1)."));
    EXPECT_EQ(refused(name, s(u"山田太郎子")), QStringLiteral("Enter from 2 to 4 characters (now 5)."));
    name.validation.maxLength.reset();
    EXPECT_EQ(refused(name, s(u"山")), QStringLiteral("Enter at least 2 characters (now 1)."));
}

TEST(FormValidator, PatternMatchesTheWholeTrimmedValue)
{
    FormField code = makeField(FieldType::Text);
    code.validation.pattern = QStringLiteral("[A-Z]\\d{3}");
    EXPECT_EQ(accepted(code, QStringLiteral(" A123 ")), Cell::text(QStringLiteral("A123")));
    EXPECT_EQ(refused(code, QStringLiteral("A1234")), QStringLiteral("The answer is not in the expected form."));
    EXPECT_FALSE(refused(code, QStringLiteral("xA123")).isEmpty());
    code.validation.patternMessage = s(u"英大文字1字と数字3桁で入力してください");
    EXPECT_EQ(refused(code, QStringLiteral("a123")), code.validation.patternMessage);
    // Alternatives are anchored as a whole, not only the last one.
    code.validation.pattern = QStringLiteral("ab|cd");
    EXPECT_FALSE(refused(code, QStringLiteral("abx")).isEmpty());
    EXPECT_FALSE(refused(code, QStringLiteral("xcd")).isEmpty());
}

TEST(FormValidator, ChoiceAndChoices)
{
    FormField kind = makeField(FieldType::Choice);
    kind.choices = {s(u"清掃"), s(u"防災訓練"), s(u"その他")};
    EXPECT_EQ(accepted(kind, s(u"防災訓練")), Cell::text(s(u"防災訓練")));
    EXPECT_TRUE(refused(kind, s(u"祭り")).contains(s(u"祭り")));

    FormField days = makeField(FieldType::Choices);
    days.choices = {s(u"月"), s(u"水"), s(u"金"), s(u"土")};
    // Stored in the form's order, each once, whatever order they were ticked in.
    EXPECT_EQ(accepted(days, s(u"土\n月\n\n 水 \n月")), Cell::text(s(u"月; 水; 土")));
    EXPECT_TRUE(refused(days, s(u"月\n日")).contains(s(u"日")));
    days.validation.minChoices = 2;
    days.validation.maxChoices = 3;
    EXPECT_EQ(refused(days, s(u"月")), QStringLiteral("Pick from 2 to 3 choices (now 1)."));
    EXPECT_EQ(refused(days, s(u"月\n水\n金\n土")), QStringLiteral("Pick from 2 to 3 choices (now 4)."));
    days.validation.maxChoices.reset();
    EXPECT_EQ(refused(days, s(u"月")), QStringLiteral("Pick at least 2 choices (now 1)."));
    // Blank and optional: no answer, not "too few".
    EXPECT_TRUE(accepted(days, QString()).isEmpty());
}

TEST(FormValidator, ConditionsHideFieldsAndHiddenRequiredFieldsDoNotBlock)
{
    const Form form = conditionalForm();
    FormInputs inputs{{QStringLiteral("joined"), s(u"いいえ")}};
    FormCheck check = FormValidator::check(form, inputs);
    EXPECT_TRUE(check.ok()) << qPrintable(check.errors.isEmpty() ? QString() : check.errors.first().fieldId);
    EXPECT_EQ(check.values.value(QStringLiteral("joined")), Cell::boolean(false));
    EXPECT_EQ(check.values.size(), 1);

    // A hidden field's leftover input is not stored, and a field behind a hidden field is hidden.
    inputs.insert(QStringLiteral("kind"), s(u"その他"));
    inputs.insert(QStringLiteral("other"), s(u"見守り"));
    check = FormValidator::check(form, inputs);
    EXPECT_TRUE(check.ok());
    EXPECT_FALSE(check.values.contains(QStringLiteral("kind")));
    EXPECT_FALSE(check.values.contains(QStringLiteral("other")));
    EXPECT_FALSE(FormValidator::isVisible(form, *form.field(QStringLiteral("other")), inputs));
    EXPECT_FALSE(FormValidator::isVisible(form, *form.field(QStringLiteral("notClean")), inputs));

    inputs.insert(QStringLiteral("joined"), QStringLiteral("yes"));
    inputs.insert(QStringLiteral("other"), QString());
    check = FormValidator::check(form, inputs);
    ASSERT_EQ(check.errors.size(), 1);
    EXPECT_EQ(check.errors.first().fieldId, QStringLiteral("other"));
    EXPECT_EQ(check.errors.first().message, QStringLiteral("This field is required."));

    inputs.insert(QStringLiteral("kind"), s(u"清掃"));
    check = FormValidator::check(form, inputs);
    EXPECT_TRUE(check.ok());
    EXPECT_EQ(check.values.value(QStringLiteral("kind")), Cell::text(s(u"清掃")));
    EXPECT_FALSE(FormValidator::isVisible(form, *form.field(QStringLiteral("notClean")), inputs));
    inputs.insert(QStringLiteral("kind"), s(u"防災訓練"));
    EXPECT_TRUE(FormValidator::isVisible(form, *form.field(QStringLiteral("notClean")), inputs));

    // Equals compares answers as stored: ６５ equals 65. HasValue needs a non-blank answer.
    const FormField &older = *form.field(QStringLiteral("older"));
    const FormField &comment = *form.field(QStringLiteral("comment"));
    EXPECT_FALSE(FormValidator::isVisible(form, comment, inputs));
    inputs.insert(QStringLiteral("age"), s(u"６５"));
    EXPECT_TRUE(FormValidator::isVisible(form, older, inputs));
    EXPECT_TRUE(FormValidator::isVisible(form, comment, inputs));
    inputs.insert(QStringLiteral("age"), QStringLiteral("64"));
    EXPECT_FALSE(FormValidator::isVisible(form, older, inputs));
    inputs.insert(QStringLiteral("age"), QStringLiteral(" "));
    EXPECT_FALSE(FormValidator::isVisible(form, comment, inputs));

    // A missing required answer on a visible field blocks; the error names that field.
    check = FormValidator::check(form, FormInputs());
    ASSERT_EQ(check.errors.size(), 1);
    EXPECT_EQ(check.errors.first().fieldId, QStringLiteral("joined"));
}

TEST(FormValidator, ConditionOnChoicesMeansOneOfTheChosen)
{
    Form form;
    FormSection section;
    FormField days = makeField(FieldType::Choices, QStringLiteral("days"));
    days.choices = {s(u"月"), s(u"土")};
    FormField saturday = makeField(FieldType::Text, QStringLiteral("saturday"));
    saturday.condition = FieldCondition{QStringLiteral("days"), FieldCondition::Operator::Equals, s(u"土")};
    section.fields = {days, saturday};
    form.sections.append(section);
    EXPECT_TRUE(FormValidator::isVisible(form, form.sections[0].fields[1], {{QStringLiteral("days"), s(u"月\n土")}}));
    EXPECT_FALSE(FormValidator::isVisible(form, form.sections[0].fields[1], {{QStringLiteral("days"), s(u"月")}}));
}

TEST(FormValidator, ACycleOfConditionsDoesNotHang)
{
    Form form;
    FormSection section;
    FormField a = makeField(FieldType::Text, QStringLiteral("a"));
    a.condition = FieldCondition{QStringLiteral("b"), FieldCondition::Operator::HasValue, QString()};
    FormField b = makeField(FieldType::Text, QStringLiteral("b"));
    b.condition = FieldCondition{QStringLiteral("a"), FieldCondition::Operator::HasValue, QString()};
    section.fields = {a, b};
    form.sections.append(section);
    const FormInputs inputs{{QStringLiteral("a"), QStringLiteral("x")}, {QStringLiteral("b"), QStringLiteral("y")}};
    EXPECT_TRUE(FormValidator::isVisible(form, form.sections[0].fields[0], inputs));
    EXPECT_FALSE(form.problems().isEmpty());
}

TEST(FormValidator, InputFromValueRoundTripsEveryType)
{
    struct Case
    {
        FieldType type;
        QString typed;
        QString shown;
    };
    const QList<Case> cases{
        {FieldType::Text, s(u" 山田　太郎 "), s(u"山田　太郎")},
        {FieldType::MultilineText, QStringLiteral("a\nb"), QStringLiteral("a\nb")},
        {FieldType::Integer, s(u"１，０００"), QStringLiteral("1000")},
        {FieldType::Integer, QStringLiteral("12345678901234"), QStringLiteral("12345678901234")},
        {FieldType::Decimal, QStringLiteral("0.1"), QStringLiteral("0.1")},
        {FieldType::Decimal, QStringLiteral("1e21"), QStringLiteral("1000000000000000000000")},
        {FieldType::Decimal, QStringLiteral("-2.5"), QStringLiteral("-2.5")},
        {FieldType::Date, s(u"令和6年4月1日"), QStringLiteral("2024-04-01")},
        {FieldType::Choice, s(u"水"), s(u"水")},
        {FieldType::Choices, s(u"土\n月"), s(u"月\n土")},
        {FieldType::YesNo, s(u"はい"), QStringLiteral("yes")},
        {FieldType::YesNo, QStringLiteral("false"), QStringLiteral("no")},
        {FieldType::Phone, QStringLiteral("03(1234)5678"), QStringLiteral("03-1234-5678")},
        {FieldType::PostalCode, s(u"〒１００－０００１"), QStringLiteral("100-0001")},
        {FieldType::Email, s(u"ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"), QStringLiteral("taro@example.jp")},
    };
    for (const Case &c : cases) {
        FormField f = makeField(c.type);
        f.choices = {s(u"月"), s(u"水"), s(u"土")};
        const Cell value = accepted(f, c.typed);
        const QString shown = FormValidator::inputFromValue(f, value);
        EXPECT_EQ(shown, c.shown) << qPrintable(fieldTypeName(c.type));
        EXPECT_EQ(accepted(f, shown), value) << qPrintable(fieldTypeName(c.type) + QStringLiteral(": ") + shown);
    }
    EXPECT_TRUE(FormValidator::inputFromValue(makeField(FieldType::Date), Cell()).isEmpty());

    // A choice that itself holds "; " comes back whole.
    FormField tricky = makeField(FieldType::Choices);
    tricky.choices = {QStringLiteral("A; B"), QStringLiteral("C")};
    const Cell value = accepted(tricky, QStringLiteral("C\nA; B"));
    EXPECT_EQ(value, Cell::text(QStringLiteral("A; B; C")));
    EXPECT_EQ(FormValidator::inputFromValue(tricky, value), QStringLiteral("A; B\nC"));

    // A value of another kind (the field's type changed since) is shown as text, not lost.
    EXPECT_EQ(FormValidator::inputFromValue(makeField(FieldType::Integer), Cell::text(QStringLiteral("abc"))),
              QStringLiteral("abc"));
}
