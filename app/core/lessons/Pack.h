#pragma once

#include "Error.h"
#include "cleaning/Recipe.h"
#include "lessons/Exercise.h"
#include "lessons/PackManifest.h"
#include "lessons/PackSource.h"
#include "table/Table.h"
#include "table/Workbook.h"

#include <QCoreApplication>

#include <memory>

namespace tenarai {

// A lesson pack that PackLoader has validated: its manifest, its exercises, and its files
// (each read back is checked against the manifest's SHA-256 again, so a file changed on the
// share after loading is noticed). Immutable once loaded; share it between threads.
class Pack
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::Pack)
public:
    Pack(PackManifest manifest, QList<Exercise> exercises, std::shared_ptr<const PackSource> source);

    const PackManifest &manifest() const { return m_manifest; }
    const QList<Exercise> &exercises() const { return m_exercises; }
    const PackSource &source() const { return *m_source; }
    QString id() const { return m_manifest.id; }
    QString version() const { return m_manifest.version; }

    const Exercise *exercise(const QString &id) const;
    const LessonEntry *lesson(const QString &id) const;
    const LessonEntry *lessonOf(const QString &exerciseId) const;

    // A file of the pack, checked against its hash.
    Result<QByteArray> readFile(const QString &path) const;
    // The Markdown of a lesson in language ("ja"/"en"; Japanese when there is no English).
    Result<QString> lessonText(const QString &lessonId, const QString &language) const;
    // A CSV or XLSX file of the pack as a table (the sheet ImportOptions names, else the first
    // worksheet), read from memory with TableIO's readers. Column names come from the first row
    // when headerRow is true (targets and starts are written with a header row).
    Result<Table> readTable(const QString &path, const ImportOptions &options, bool headerRow = false) const;
    // The same file as a whole workbook (form exercises: the sheet inference starts from).
    Result<Workbook> readWorkbook(const QString &path, const ImportOptions &options = {}) const;

private:
    PackManifest m_manifest;
    QList<Exercise> m_exercises;
    std::shared_ptr<const PackSource> m_source;
};

} // namespace tenarai
