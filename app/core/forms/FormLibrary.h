#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tenarai {

// The folder where the desktop app keeps the learner's forms, one FormCollection file
// (*.tenarai-form) each, saved as they are edited so that there is no "save" to forget.
class FormLibrary
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::FormLibrary)
public:
    static constexpr const char *Suffix = ".tenarai-form";

    struct Entry
    {
        QString path;
        QString title;            // empty when the file could not be read
        int submissionCount = 0;
        bool hasDraft = false;
        QDateTime modified;       // the file's, local time
        std::optional<Error> error; // the file is listed with its reason, never hidden
    };

    explicit FormLibrary(const QString &folder);
    // "forms" in the desktop app's data folder (beside progress.sqlite).
    static QString defaultFolder();

    QString folder() const { return m_folder; }
    // Newest first. Creates nothing.
    QList<Entry> entries() const;
    // A path for a new form in the folder, named after its title, not yet taken (creates the folder).
    Result<QString> newPath(const QString &title) const;

private:
    QString m_folder;
};

} // namespace tenarai
