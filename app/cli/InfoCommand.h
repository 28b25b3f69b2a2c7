#pragma once

#include "Command.h"
#include "table/Workbook.h"

namespace tenarai {

// `tenarai-cli info FILE [--json]`: what Tenarai sees in a file: format, CSV encoding, delimiter and
// ragged rows, XLSX date system, and each sheet's position, name, state, type, size and merged
// ranges. Text for people, --json (stable English keys) for scripts.
class InfoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::InfoCommand)
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    QString usageArguments() const override;
    ExitCode execute(const QCommandLineParser &parser) override;

private:
    static QString text(const QString &file, const Workbook &workbook);
    static QString json(const QString &file, const Workbook &workbook);
};

} // namespace tenarai
