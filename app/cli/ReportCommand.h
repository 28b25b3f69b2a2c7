#pragma once

#include "Command.h"

namespace tenarai {

// `tenarai-cli report [--db PATH | --central] [--format csv|xapi|scorm|scorm-json] [--anonymise]
// [--output FILE]`: learners' progress for HR (CSV that Excel opens), an LRS (xAPI statements) or
// an LMS (a SCORM 1.2-shaped summary). Written to stdout unless --output names a file, which is
// then replaced whole or not at all.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ReportCommand)
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    QString usageArguments() const override;
    ExitCode execute(const QCommandLineParser &parser) override;
};

} // namespace tenarai
