#pragma once

#include "Command.h"

namespace tenarai {

// `tenarai-cli normalize KIND`: a filter for scripts. Reads one value per line from stdin (UTF-8,
// CR before LF ignored) and writes one normalised value per line to stdout with the same
// normalisers the cleaning steps use, so line N of the output always belongs to line N of the
// input. A value that cannot be normalised gives an empty line and a message on stderr naming
// the line and the reason; the exit status is then 1.
class NormalizeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::NormalizeCommand)
public:
    QString name() const override { return QStringLiteral("normalize"); }
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    QString usageArguments() const override;
    ExitCode execute(const QCommandLineParser &parser) override;
};

} // namespace tenarai
