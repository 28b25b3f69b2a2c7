#pragma once

#include "Command.h"

namespace tenarai {

// `tenarai-cli convert IN OUT`: any file Tenarai reads to CSV or XLSX, chosen by OUT's extension.
// CSV output holds one sheet (the first worksheet unless --sheet says otherwise); XLSX output
// holds every sheet, or only the one --sheet names.
class ConvertCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ConvertCommand)
public:
    QString name() const override { return QStringLiteral("convert"); }
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    QString usageArguments() const override;
    ExitCode execute(const QCommandLineParser &parser) override;
};

} // namespace tenarai
