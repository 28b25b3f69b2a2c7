#pragma once

#include "AppOptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace tenarai {

// Parses Tenarai's command line into AppOptions. It does not print or exit by itself, so that
// main() decides how to report and a test can check every branch.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::CommandLine)
public:
    enum class Action { Run, ShowHelp, ShowVersion, Fail };

    struct Parsed
    {
        Action action = Action::Run;
        AppOptions options;
        QString text; // the help or version text, or the error message for Fail
    };

    // arguments includes the program name first, as QCoreApplication::arguments() does.
    // Needs a QCoreApplication for the help text and the default paths.
    static Parsed parse(const QStringList &arguments);

    // True when the arguments only ask for text (--help, --version), which needs no screen.
    static bool asksForTextOnly(int argc, char **argv);
};

} // namespace tenarai
