// libFuzzer harness for lesson rubrics ("tenarai-form-rubric"): rubrics come with lesson packs
// that authors write by hand and share.
#include "forms/FormRubric.h"

#include <cstddef>
#include <cstdint>

namespace {
// A small survey form with every kind of thing a rubric looks at: a condition, choices,
// limits, a pattern and a note that must never match.
tenarai::Form fixedForm()
{
    using namespace tenarai;
    FormSection section;
    FormField name;
    name.id = QStringLiteral("name");
    name.label = QStringLiteral("氏名（必須）");
    name.required = true;
    name.validation.maxLength = 20;
    FormField age;
    age.id = QStringLiteral("age");
    age.type = FieldType::Integer;
    age.label = QStringLiteral("年齢");
    age.validation.minimum = 0;
    age.validation.maximum = 120;
    FormField visit;
    visit.id = QStringLiteral("visit");
    visit.type = FieldType::Choice;
    visit.label = QStringLiteral("来庁の目的");
    visit.choices = {QStringLiteral("届出"), QStringLiteral("相談"), QStringLiteral("その他")};
    FormField other;
    other.id = QStringLiteral("other");
    other.type = FieldType::MultilineText;
    other.label = QStringLiteral("その他の内容");
    other.condition = FieldCondition{QStringLiteral("visit"), FieldCondition::Operator::Equals, QStringLiteral("その他")};
    FormField phone;
    phone.id = QStringLiteral("phone");
    phone.type = FieldType::Phone;
    phone.label = QStringLiteral("ＴＥＬ");
    phone.validation.pattern = QStringLiteral("[0-9-]+");
    FormField note;
    note.id = QStringLiteral("note");
    note.type = FieldType::Note;
    note.label = QStringLiteral("個人番号は記入しないでください");
    section.fields = {name, age, visit, other, phone, note};
    Form form;
    form.title = QStringLiteral("窓口アンケート");
    form.sections = {section};
    return form;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    auto rubric = tenarai::FormRubric::fromJson(json, QStringLiteral("fuzz.json"));
    if (rubric.ok()) {
        // Whatever loads must save and load again to the same rubric, and check a form with one
        // result per item (plus the title's).
        const QByteArray saved = rubric->toJson();
        auto again = tenarai::FormRubric::fromJson(saved);
        if (!again.ok() || again->toJson() != saved || again->items.size() != rubric->items.size())
            __builtin_trap();
        static const tenarai::Form form = fixedForm();
        const auto results = tenarai::FormRubricChecker::check(form, rubric.value());
        if (results.size() != rubric->items.size() + (rubric->titleRequired ? 1 : 0))
            __builtin_trap();
        for (const auto &result : results) {
            if (result.passed != result.problems.isEmpty())
                __builtin_trap();
        }
    }
    return 0;
}
