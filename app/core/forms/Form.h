#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tenarai {

// The kinds of question a form can ask. Stored in form files by name (fieldTypeName); never
// rename a name, only append.
enum class FieldType : quint8 {
    Text,          // "text": one line
    MultilineText, // "multiline"
    Integer,       // "integer": 全角 digits and thousands commas accepted when filling in
    Decimal,       // "decimal"
    Date,          // "date": any spelling DateNormalizer reads (令和3年4月1日, 2021/4/1 …)
    Choice,        // "choice": exactly one of Field::choices
    Choices,       // "choices": any number of Field::choices
    YesNo,         // "yesno": はい / いいえ
    Phone,         // "phone": stored in the national format (PhoneNormalizer)
    PostalCode,    // "postal": stored as 123-4567 (PostalCodeNormalizer)
    Email,         // "email"
    Note,          // "note": read-only text shown to the person filling in; holds no answer
};

QString fieldTypeName(FieldType type);                      // stable identifier, as above
bool fieldTypeFromName(const QString &name, FieldType *type);
QString fieldTypeDisplayName(FieldType type);               // translated: 「日付」「選択（1つ）」…
bool fieldTypeHoldsAnswer(FieldType type);                  // false for Note only
bool fieldTypeHasChoices(FieldType type);                   // Choice and Choices

// Limits on what a field accepts. Each applies only to the types named beside it; an unset
// limit does not apply. Checked by FormValidator with a Japanese message per limit.
struct FieldValidation
{
    std::optional<double> minimum;   // Integer, Decimal
    std::optional<double> maximum;   // Integer, Decimal
    std::optional<int> minLength;    // Text, MultilineText, Email (characters, after trimming)
    std::optional<int> maxLength;    // Text, MultilineText, Email
    QString pattern;                 // Text, MultilineText: a regular expression the whole value must match
    QString patternMessage;          // shown when the pattern does not match; a generic message when empty
    std::optional<QDate> earliest;   // Date
    std::optional<QDate> latest;     // Date
    std::optional<int> minChoices;   // Choices
    std::optional<int> maxChoices;   // Choices

    bool isEmpty() const;
    friend bool operator==(const FieldValidation &, const FieldValidation &) = default;
};

// Show a field only when an earlier field's answer satisfies this, as municipal form tools do
// (「その他」を選んだときだけ「その他の内容」を表示). A hidden field is neither required nor stored.
struct FieldCondition
{
    enum class Operator : quint8 {
        HasValue, // "hasValue": the other field is answered
        Equals,   // "equals": its answer is value (for Choices: value is one of the chosen)
        NotEquals // "notEquals": answered, and not value
    };
    QString fieldId;  // an earlier field's id
    Operator op = Operator::HasValue;
    QString value;    // Equals / NotEquals: for YesNo "yes" or "no"; otherwise the text as answered

    friend bool operator==(const FieldCondition &, const FieldCondition &) = default;
};

struct FormField
{
    QString id;            // unique in the form; [A-Za-z0-9_-]+, stable across label edits
    FieldType type = FieldType::Text;
    QString label;         // also the column name of the answers table
    QString help;          // shown under the field
    bool required = false;
    QString defaultValue;  // as typed into the field; YesNo "yes"/"no"; Choices one per line
    QStringList choices;   // Choice / Choices, in display order
    FieldValidation validation;
    std::optional<FieldCondition> condition;
    QString explanation;   // why inference proposed this field (translated, one line each); may be empty

    friend bool operator==(const FormField &, const FormField &) = default;
};

struct FormSection
{
    QString title;         // may be empty for a form without headings
    QString description;
    QList<FormField> fields;

    friend bool operator==(const FormSection &, const FormSection &) = default;
};

// An input form: what to ask, in which order, and what counts as a valid answer. Saved as
// versioned JSON ("tenarai-form", docs/form-format.md); a form from a newer Tenarai is refused
// rather than half understood.
class Form
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::Form)
public:
    static constexpr int FormatVersion = 1;
    // Caps checked on load so that a hostile file cannot take all memory.
    static constexpr int MaxFields = 500;
    static constexpr int MaxChoices = 1000;
    static constexpr qint64 MaxFileBytes = 8 * 1024 * 1024;

    QString title;
    QString description;
    QList<FormSection> sections;

    // Every field in display order, sections flattened.
    QList<FormField> fields() const;
    // The fields that hold answers (not notes), in display order: the answers table's columns.
    QList<FormField> answerFields() const;
    const FormField *field(const QString &id) const;
    FormField *field(const QString &id);
    // A fresh id not used by any field, derived from hint when it is usable ("field_3" otherwise).
    QString uniqueFieldId(const QString &hint = QString()) const;

    // Problems that make the form unusable, each naming the field: duplicate or malformed ids,
    // empty labels, a choice field without choices or with duplicate choices, a default that is
    // not a valid answer, an invalid regular expression, minimum above maximum, a condition on
    // an unknown or later field or on itself. Empty when the form is fine.
    QList<Error> problems() const;

    QByteArray toJson() const;
    // fileName is used in error messages; every error names the field ("sections[0].fields[2].type").
    static Result<Form> fromJson(const QByteArray &json, const QString &fileName = QString());
    static Result<Form> load(const QString &path);
    Status save(const QString &path) const; // atomic (QSaveFile)

    friend bool operator==(const Form &, const Form &) = default;
};

} // namespace tenarai
