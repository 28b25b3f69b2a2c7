#pragma once

#include <QString>

namespace tenarai {

// The CLI's only way to the terminal: UTF-8 text on stdout and stderr (also on a Windows console),
// and whether stderr is a terminal, which decides if progress is shown.
class Console
{
public:
    // Call once at start, before any output.
    static void setUp();
    static void out(const QString &text);
    static void err(const QString &text);
    static bool isErrorTerminal();
};

} // namespace tenarai
