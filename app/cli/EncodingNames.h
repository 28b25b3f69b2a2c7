#pragma once

#include <QString>

#include <optional>

namespace tenarai {

// The encoding names users type on the command line (utf8, Shift_JIS, sjis, ms932…) in the
// spelling TableIO understands. Shared by the commands that read or write CSV.
class EncodingNames
{
public:
    // "utf-8", "cp932" or (when allowUtf16, for reading) "utf-16"; nullopt for anything else.
    static std::optional<QString> canonical(const QString &name, bool allowUtf16);
};

} // namespace tenarai
