#pragma once

#include "Error.h"
#include "forms/Form.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace tenarai {

// What a lesson expects of a learner's form, item by item ("tenarai-form-rubric",
// docs/form-rubric.md). A rubric describes, never prescribes spelling: a field is found by its
// label or any synonym, compared after width, case, spaces and a trailing 「（必須）」 are folded.
struct RubricItem
{
    QString id;                 // unique in the rubric; for reports and lesson hints
    QString label;              // the field the form must have
    QStringList synonyms;       // other labels that count as the same field
    QList<FieldType> types;     // acceptable types; empty: any
    std::optional<bool> required;
    QStringList choices;        // Choice/Choices: these must all be offered
    bool exactChoices = false;  // and no others
    // Validation the field must have (only the limits set here are checked, by value).
    FieldValidation validation;
    bool needsPattern = false;  // some pattern must be set (any)
    std::optional<QString> conditionOn; // must be shown only depending on this field (label or synonym of another item)
    bool mustBeAbsent = false;  // the form must not ask this (「個人番号」 in a survey)
    QString hint;               // optional: shown with a failing result (translated by the author)
};

struct FormRubric
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::FormRubric)
public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

    QString title;
    QList<RubricItem> items;
    bool titleRequired = false; // the form must have a non-empty title

    // fileName is used in error messages, which name the item ("items[3].types[0]").
    static Result<FormRubric> fromJson(const QByteArray &json, const QString &fileName = QString());
    static Result<FormRubric> load(const QString &path);
    QByteArray toJson() const;
};

struct RubricResult
{
    QString itemId;
    QString label;
    bool passed = false;
    QString fieldId;            // the learner's field that matched, when one did
    QStringList problems;       // translated, in general terms: 「種類が「日付」ではありません」
    QString hint;               // the item's hint, when it failed
};

// Compares a learner's form with a rubric and says, per item, pass or what is missing, in
// Japanese, without giving the answer away beyond what the item names.
class FormRubricChecker
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::FormRubricChecker)
public:
    static QList<RubricResult> check(const Form &form, const FormRubric &rubric);
    static bool allPassed(const QList<RubricResult> &results);
    // The folding used to match labels: TextNormalizer's width folding (with enclosed forms,
    // so ℡ is TEL), case folded, no white space, no （必須）/【必須】/[必須]/（任意） at either
    // end and no trailing ※/＊/*.
    static QString labelKey(const QString &label);
};

} // namespace tenarai
