#pragma once

#include "cleaning/Step.h"
#include "lessons/Pack.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tenarai {

// Proves that every exercise of a pack is solvable and checked for real (`tenarai-cli pack
// test`): its reference solution passes the real checker, every wrong solution it lists fails,
// its start state (an empty recipe, the start form, no quiz answers) does not already pass, and
// it has at least one hint.
class PackTester
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::PackTester)
public:
    struct ExerciseReport
    {
        QString exerciseId;
        QStringList problems;   // translated; empty when the exercise is sound
        QStringList passed;     // translated: what was proven ("reference solution passes", …)
        bool ok() const { return problems.isEmpty(); }
    };

    static QList<ExerciseReport> test(const Pack &pack, const StepContext &context = {});
    static bool allOk(const QList<ExerciseReport> &reports);
};

} // namespace tenarai
