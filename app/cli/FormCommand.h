#pragma once

#include "Command.h"
#include "forms/FormInference.h"
#include "forms/FormRubric.h"

namespace tenarai {

// `tenarai-cli form infer IN [--sheet S] [--header-row N] [--explain] [-o FORM.json]` proposes a
// form from a spreadsheet (FormInferrer) and writes its JSON; `tenarai-cli form check FORM.json
// [--rubric RUBRIC.json] [--json]` says per rubric item PASS or FAIL and why, or without a rubric
// lists what makes the form unusable. check exits as linters do: 0 when everything passes, 1 when
// something fails, 2 when the files cannot be checked or the command line is wrong.
class FormCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::FormCommand)
public:
    QString name() const override { return QStringLiteral("form"); }
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    QString usageArguments() const override;
    ExitCode execute(const QCommandLineParser &parser) override;

private:
    ExitCode infer(const QCommandLineParser &parser, const QString &file);
    ExitCode check(const QCommandLineParser &parser, const QString &file);
    static QString explanation(const FormInference &inference);
    static QString rubricText(const QString &formFile, const QList<RubricResult> &results);
    static QString rubricJson(const QString &formFile, const QString &rubricFile, const QList<RubricResult> &results);
};

} // namespace tenarai
