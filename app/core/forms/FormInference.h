#pragma once

#include "Error.h"
#include "cleaning/Step.h"
#include "forms/Form.h"
#include "table/Workbook.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tenarai {

// What inference read from the sheet and why, kept beside the proposed form so that the
// designer can show it and the learner can correct it.
struct FormInference
{
    Form form;
    // The header: the first header row (0-based in the sheet), and 1 or 2 rows. When two rows
    // form the header (a merged group heading above its columns: 「連絡先」 over 「電話」「メール」),
    // labels join them as 「連絡先 電話」 unless the lower one alone is unique, and a section per
    // group heading is made.
    qsizetype headerRow = 0;
    int headerRowCount = 1;
    qsizetype dataRows = 0;            // rows below the header that hold any value
    QString titleFromSheet;            // the title block above the header, when there was one
    QStringList notes;                 // translated sentences about the whole sheet
    // Per answer field of form, in order: the sheet column it came from.
    QList<int> sourceColumns;
};

// Proposes a form from a table: finds the header row(s) below any title block, makes one field
// per non-empty column, and guesses each field's type, choices and required flag from the
// values, writing every guess into FormField::explanation in plain Japanese
// (「日付: 12件中12件が日付として読めました」「選択肢: 5種類の値から推定」).
//
// Guesses, in this order, each when at least Options::typeShare of the non-blank values agree:
//   YesNo for 有/無, あり/なし, はい/いいえ, 〇/×, ○/✕, Yes/No, TRUE/FALSE and real booleans;
//   Date (real date cells, or anything DateNormalizer reads); Phone (PhoneNormalizer); PostalCode;
//   Email; Integer / Decimal (numbers, 全角 digits, thousands commas); Choice when at most
//   Options::maxChoices distinct values repeat (distinct < half the answers), Choices when values
//   are lists split by 、 , ・ or ／ drawn from few items; MultilineText when values hold line breaks
//   or are long; Text otherwise. A header word also counts (「電話」「TEL」→ phone, 「〒」「郵便番号」
//   → postal, 「メール」→ email, 「生年月日」「日」→ date, 「備考」→ multiline) and is said so.
// Required when no data row leaves the column blank (and there are at least 2 rows).
class FormInferrer
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::FormInferrer)
public:
    struct Options
    {
        qsizetype headerRow = -1;   // -1 detects; otherwise the (first) header row, 0-based
        int headerRowCount = 0;     // 0 detects; 1 or 2
        int maxChoices = 12;
        double typeShare = 0.9;     // share of non-blank values that must fit a type
        qsizetype sampleRows = 5000; // values looked at per column
    };

    static Result<FormInference> infer(const Sheet &sheet, const Options &options, const StepContext &context = {});
    static Result<FormInference> infer(const Sheet &sheet);
    // A table with column names (already promoted): its names are the labels, and headerRow is -1.
    // (Two overloads rather than "= {}": GCC refuses a nested struct with member initialisers as
    // a default argument inside its enclosing class.)
    static Result<FormInference> inferFromNamedTable(const Table &table, const Options &options);
    static Result<FormInference> inferFromNamedTable(const Table &table);
};

} // namespace tenarai
