#pragma once

#include "lessons/CheckResult.h"
#include "lessons/Exercise.h"

#include <QCoreApplication>

namespace tenarai {

// Compares a learner's table with the target, value by kind: numbers by value (within the
// tolerance; 1 equals 1.0 and the text "1"), dates as dates (a Date cell equals the text
// "2021-04-01"), booleans as booleans, text exactly. Columns are matched by position or, with
// ignoreColumnOrder, by name; rows by position or, with ignoreRowOrder, by key columns (or as a
// multiset of whole rows). Each wrong cell gets a category message in general terms, the most
// specific that fits: extra spaces, full/half width, a date written differently, a date that is
// a different day, a number stored as text, a different number, an empty cell that should hold a
// value, a value that should be empty, a different text; plus missing/extra rows and columns and
// headings that differ. score is the share of target cells that are right.
class TableChecker
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::TableChecker)
public:
    static CheckResult compare(const Table &actual, const Table &expected, const TableCompareOptions &options);
    // True when the two cells count as the same value (the rule above).
    static bool sameValue(const Cell &actual, const Cell &expected, double numberTolerance);
};

} // namespace tenarai
