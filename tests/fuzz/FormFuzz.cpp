// libFuzzer harness for form JSON: forms are shared between offices and written by hand, and the
// same bytes may arrive as a collection file (a form with its answers).
#include "forms/Form.h"
#include "forms/FormCollection.h"
#include "forms/FormValidator.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    auto form = tenarai::Form::fromJson(json, QStringLiteral("fuzz.json"));
    if (form.ok()) {
        // Whatever loads must save and load again to an equal form, byte for byte.
        const QByteArray saved = form->toJson();
        auto again = tenarai::Form::fromJson(saved);
        if (!again.ok() || !(again.value() == form.value()) || again->toJson() != saved)
            __builtin_trap();
        (void)form->problems();

        // Answers of every kind, as people type them, against whatever the fields ask.
        const QStringList samples{QString(),
                                  QStringLiteral("４２"),
                                  QStringLiteral("令和6年4月1日"),
                                  QStringLiteral("はい"),
                                  QStringLiteral("03(1234)5678"),
                                  QStringLiteral("〒１００－０００１"),
                                  QStringLiteral("taro＠example.jp"),
                                  QStringLiteral("a\nb\n\n c ")};
        for (const QString &sample : samples) {
            tenarai::FormInputs inputs;
            const QList<tenarai::FormField> fields = form->fields();
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const tenarai::FormField &f = fields[i];
                // Some fields get a choice, some the sample, so that conditions go both ways.
                if (!f.choices.isEmpty() && i % 2 == 0)
                    inputs.insert(f.id, f.choices.first());
                else
                    inputs.insert(f.id, sample);
            }
            const tenarai::FormCheck check = tenarai::FormValidator::check(form.value(), inputs);
            // Every stored value must show again as input that checks to the same value.
            for (auto it = check.values.cbegin(); it != check.values.cend(); ++it) {
                const tenarai::FormField *f = form->field(it.key());
                if (!f)
                    __builtin_trap();
                const QString shown = tenarai::FormValidator::inputFromValue(*f, it.value());
                const auto back = tenarai::FormValidator::checkField(*f, shown);
                if (!back.ok() || !(back.value() == it.value()))
                    __builtin_trap();
            }
        }
    }
    (void)tenarai::FormCollection::fromJson(json, QStringLiteral("fuzz.json"));
    return 0;
}
