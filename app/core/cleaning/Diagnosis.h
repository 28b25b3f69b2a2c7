#pragma once

#include "Error.h"
#include "cleaning/Step.h"
#include "table/Workbook.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tenarai {

// A cell a finding points at, 0-based, in the rows and columns of the diagnosed table (for a
// freshly read sheet that is the sheet's own grid, header row included). A heading of a table
// with column names is row -1.
struct FindingCell
{
    qsizetype row = 0;
    int column = 0;
    friend bool operator==(const FindingCell &, const FindingCell &) = default;
};

// A cleaning step, as a recipe stores it, that fixes what a finding describes.
struct SuggestedStep
{
    QString type;            // a StepRegistry type id; empty when no step fixes the finding
    QJsonObject parameters;
    bool isEmpty() const { return type.isEmpty(); }
};

// One way in which a table breaks a check item of 総務省's 統一ルール.
struct Finding
{
    enum class Severity : quint8 {
        Error,    // software reads the table wrongly (merged cells, blank rows, numbers as text)
        Warning,  // readable, but costs every user a clean-up (spaces, 和暦, 機種依存文字)
    };

    QString rule;             // the check item: "1-4"
    QString title;            // translated, short
    QString explanation;      // translated, plain words: what is wrong and why it matters
    Severity severity = Severity::Warning;
    QList<FindingCell> cells; // the first MaxCells, in row order per column
    qsizetype count = 0;      // every cell found in the rows checked
    QStringList columns;      // the columns concerned, by the names steps use
    SuggestedStep suggestion;

    static constexpr int MaxCells = 200;
    void addCell(qsizetype row, int column);
    // "error" or "warning": stable, for JSON.
    static QString severityName(Severity severity);
};

// A check item that cannot be decided from the cells Tenarai reads, and why; said instead of
// pretending the table passed it.
struct UncheckedRule
{
    QString rule;
    QString title;    // translated
    QString reason;   // translated
};

struct DiagnosisReport
{
    QList<Finding> findings;          // ordered by rule
    QList<UncheckedRule> unchecked;
    // An unnamed table (a sheet as read) is diagnosed as if this row held the headers and the
    // rows above it were titles; -1 when the table already has column names.
    qsizetype headerRow = -1;
    // What steps will call the columns: the table's names, or those promoteHeaders will give.
    QStringList columnNames;
    // Steps the suggestions assume were applied first (promoteHeaders for an unnamed table);
    // the suggestions name columns as they are called after these.
    QList<SuggestedStep> preparation;
    qsizetype dataRows = 0;     // rows below the header
    qsizetype rowsChecked = 0;  // data rows whose cells were looked at one by one
    bool sampled() const { return rowsChecked < dataRows; }
};

// Checks a table against 総務省's 「統計表における機械判読可能なデータの表記方法の統一ルール」
// (2020): what keeps it from being read by software, where, and which cleaning step fixes it.
//
// Blank rows and columns are found on every row. The checks that read each value (spaces,
// 機種依存文字, numbers written as text, 和暦) look at every row up to FullScanRows data rows and at
// evenly spaced rows beyond that, so that a million-row table is diagnosed in about a second;
// the report says when it sampled. Which columns hold numbers or dates is decided from up to
// ClassifySample values per column.
//
// The rules are heuristics about what a column means and say so in their explanations; each is
// written to stay quiet rather than guess (a column of phone numbers is not "numbers as text").
class Diagnosis
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::Diagnosis)
public:
    static constexpr qsizetype FullScanRows = 200000;
    static constexpr int ClassifySample = 1000;

    // source may be default-constructed when the table does not come from a file. Fails only
    // when the context says the user cancelled.
    static Result<DiagnosisReport> run(const Sheet &sheet, const SourceInfo &source,
                                       const StepContext &context = {});
};

} // namespace tenarai
