#pragma once

#include "forms/Form.h"
#include "table/Cell.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace tenarai {

// What a person typed, per field id, as the fill-in widgets hold it: text as typed; Choice the
// chosen choice; Choices the chosen choices one per line ('\n'); YesNo "yes", "no" or empty.
using FormInputs = QMap<QString, QString>;

// One field's answer as stored: Integer/Decimal as numbers, Date as a date, YesNo as a boolean,
// Phone and PostalCode in their normal form, Choices as the chosen choices joined by "; " in the
// form's choice order, other text trimmed. An unanswered field is an empty cell.
using FormValues = QMap<QString, Cell>;

struct FieldError
{
    QString fieldId;
    QString message; // translated, names no field (the widget sits beside the field)
};

struct FormCheck
{
    FormValues values;          // visible, answered fields that passed
    QList<FieldError> errors;   // in field order
    bool ok() const { return errors.isEmpty(); }
};

// Checks answers against a form's fields and turns them into typed values, with a Japanese
// message per problem that a citizen's form would show ("必須項目です", "0 以上 120 以下の
// 整数で入力してください", "日付として読めません：2月30日はありません").
class FormValidator
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::FormValidator)
public:
    // One field on its own (for a message beside the field while typing): the stored value, an
    // empty cell for a blank optional field, or the reason it is not acceptable.
    static Result<Cell> checkField(const FormField &field, const QString &input);
    // The whole form: hidden fields (FieldCondition not met) are skipped and not stored.
    static FormCheck check(const Form &form, const FormInputs &inputs);
    static bool isVisible(const Form &form, const FormField &field, const FormInputs &inputs);
    // The text a fill-in widget shows for a stored value (for editing a saved answer):
    // the inverse of check() for every type.
    static QString inputFromValue(const FormField &field, const Cell &value);
    static QString yesText();  // 「はい」, translated
    static QString noText();   // 「いいえ」
};

} // namespace tenarai
