#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

namespace tenarai {

// Helpers for the readers of Tenarai's JSON files (recipes, forms, packs), so that every error
// names the place the same way.

// 1-based line and column (in characters, not bytes) of a byte offset of UTF-8 text, for a parse
// error an author can find in an editor.
std::pair<int, int> lineColumnAt(const QByteArray &text, qsizetype offset);

// "lessons[2]"
QString jsonIndexed(const QString &path, qsizetype index);
// "lessons[2].title"; a key of the root object is named alone ("title").
QString jsonMember(const QString &path, const QString &key);

} // namespace tenarai
