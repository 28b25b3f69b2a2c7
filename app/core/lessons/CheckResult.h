#pragma once

#include "forms/FormRubric.h"
#include "table/Cell.h"
#include "table/Table.h"

#include <QList>
#include <QString>

namespace tenarai {

// One thing the checker says about an answer. The message speaks in general terms ("日付の形式
// が違います", "この列は数値にしてください") and never contains the expected value; the expected
// cell travels separately so that the GUI can show it only through a hint the learner opens.
struct CheckFeedback
{
    enum class Target : quint8 { General, Cell, Row, Column, Field, Question };

    Target target = Target::General;
    qsizetype row = -1;     // Cell/Row: 0-based data row of CheckResult::result
    int column = -1;        // Cell/Column: 0-based column of CheckResult::result (-1 for a missing column)
    QString columnName;     // Cell/Column: the learner's heading (a missing column: the target's); never the expected heading of a renamed column
    QString fieldId;        // Field: the learner's field id, or the rubric item id when no field matched
    QString questionId;     // Question
    QString message;        // translated
    Cell expected;          // Cell: for a hint the learner chooses to open; never shown unasked
    Cell actual;            // Cell
};

struct CheckResult
{
    bool passed = false;
    double score = 0.0;               // 0..1 before the hint penalty
    QString summary;                  // translated, one line: "残り 3 セル", "5問中4問正解"
    QList<CheckFeedback> feedback;    // the first MaxFeedback, in reading order
    qsizetype wrongCells = 0;         // cleaning: every wrong cell (also beyond MaxFeedback)
    Table result;                     // cleaning: the learner's table the feedback points into
    QList<RubricResult> rubric;       // form: per rubric item
    static constexpr int MaxFeedback = 500;
};

} // namespace tenarai
