#pragma once

#include "Command.h"
#include "lessons/PackLoader.h"

#include <optional>

namespace tenarai {

// `tenarai-cli pack validate PATH [--json]`, `pack hash DIR`, `pack build DIR OUT` and
// `pack test PATH`: the lesson author's tools (lessons/README.md). validate lists the pack's
// lessons and every error and warning with its file and field; hash writes the files' SHA-256
// into pack.json; build writes the .tenarai-pack archive of a valid folder; test proves every
// exercise solvable with the real checkers (PackTester). Exit status as linters: 0 when all is
// well, 1 when the pack has errors or an exercise fails, 2 when the command line is wrong.
class PackCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::PackCommand)
public:
    QString name() const override { return QStringLiteral("pack"); }
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    QString usageArguments() const override;
    ExitCode execute(const QCommandLineParser &parser) override;

private:
    ExitCode validate(const QString &path, bool json);
    ExitCode hash(const QString &folder);
    ExitCode build(const QString &folder, const QString &out);
    ExitCode test(const QString &path);

    static QString manifestText(const PackManifest &manifest);
    static QString validationText(const QString &path, const PackLoadResult &loaded,
                                  const std::optional<PackManifest> &manifest);
    static QString validationJson(const PackLoadResult &loaded, const std::optional<PackManifest> &manifest);
};

} // namespace tenarai
