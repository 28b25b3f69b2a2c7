#pragma once

#include "Command.h"

namespace tenarai {

// `tenarai-cli bundle export [--db PATH] --profile NAME_OR_ID OUT` and
// `tenarai-cli bundle import [--db PATH] FILE`: a learner's progress carried between PCs that
// share no network, as one file (see ProgressBundle). Import merges by record id and says how many
// records were new; a changed or incomplete file is refused and nothing of it is applied.
class BundleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::BundleCommand)
public:
    QString name() const override { return QStringLiteral("bundle"); }
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    QString usageArguments() const override;
    ExitCode execute(const QCommandLineParser &parser) override;
};

} // namespace tenarai
