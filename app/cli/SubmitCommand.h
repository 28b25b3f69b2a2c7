#pragma once

#include "Command.h"
#include "lessons/CheckResult.h"

namespace tenarai {

// `tenarai-cli submit --pack P --exercise ID --answer FILE [--hints N] [--profile NAME [--db PATH]]`:
// checks an answer (a recipe, a form or quiz answers, by the exercise's kind) with the exercise's
// real checker, as the lesson view does, and prints the verdict with the feedback a learner would
// see — never the expected values. With --profile the attempt is recorded in the progress store
// through LessonRecorder, as the GUI records it. Exit status: 0 when the answer passes, 1 when it
// does not, 2 when the command line is wrong or a file or the store cannot be read or written.
class SubmitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::SubmitCommand)
public:
    QString name() const override { return QStringLiteral("submit"); }
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    QString usageArguments() const override;
    ExitCode execute(const QCommandLineParser &parser) override;

private:
    static QString verdictText(const CheckResult &result, double recordedScore, int hintsOpened);
    static QString feedbackLine(const CheckFeedback &feedback);
};

} // namespace tenarai
