#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Runs the real tenarai-cli as scripts do, in English whatever the machine's language, for the
// command tests that feed stdin or read stdout and stderr.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CliRunner
{
public:
    static CliRun run(const QStringList &arguments, const QByteArray &input = QByteArray());
    static QByteArray readAll(const QString &path);
    static void writeAll(const QString &path, const QByteArray &bytes);
};
