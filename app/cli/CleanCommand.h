#pragma once

#include "Command.h"

namespace tenarai {

// `tenarai-cli clean --recipe R.json IN OUT`: replays a cleaning recipe saved in the workbench on
// a file, for the monthly list that arrives in the same mess every time. The recipe's import
// options say how IN is read; --encoding and --sheet override them. OUT is written only when
// every step succeeded: a failing step names itself, its column and row, and leaves OUT as it
// was. Values a step could not transform are counted on stderr, the first ones with their place.
class CleanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::CleanCommand)
public:
    QString name() const override { return QStringLiteral("clean"); }
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    QString usageArguments() const override;
    ExitCode execute(const QCommandLineParser &parser) override;
};

} // namespace tenarai
