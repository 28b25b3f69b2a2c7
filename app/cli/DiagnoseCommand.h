#pragma once

#include "Command.h"
#include "cleaning/Diagnosis.h"

namespace tenarai {

// `tenarai-cli diagnose FILE [--sheet S] [--json]`: checks one sheet against 総務省's 統一ルール for
// machine-readable tables and lists what breaks it, where, and the cleaning step that fixes it.
// Exit status as grep and linters use it, so that scripts and CI can test a file: 0 when nothing
// was found, 1 when there are findings, 2 when the file could not be diagnosed (or the command
// line is wrong).
class DiagnoseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::DiagnoseCommand)
public:
    QString name() const override { return QStringLiteral("diagnose"); }
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    QString usageArguments() const override;
    ExitCode execute(const QCommandLineParser &parser) override;

private:
    static QString text(const QString &file, const Sheet &sheet, const DiagnosisReport &report);
    static QString json(const QString &file, const Sheet &sheet, const DiagnosisReport &report);
};

} // namespace tenarai
