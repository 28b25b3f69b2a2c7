#pragma once

#include "Error.h"
#include "progress/ProgressRecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tenarai {

class ProgressStore;

// One learner's progress as a single file, for PCs with no path to a trainer or a central server:
// the learner exports it on one PC (a USB stick, a shared folder) and imports it on another, where
// it is merged by record id. Importing the same bundle twice changes nothing.
//
// The file is JSON (docs/progress-bundle.md):
//   { "format": "tenarai-progress-bundle", "version": 1,
//     "content": { "exportedAt": ISO 8601 UTC, "source": "PC name", "profileId": UUID,
//                  "profileName": "…", "events": [ event, … ] },
//     "digest": { "algorithm": "sha256" | "hmac-sha256", "value": hex } }
// The digest covers the content as compact JSON (keys sorted, as QJsonDocument writes them).
//
// What the digest protects against: with "sha256", accidental damage (a truncated copy, a bad
// sector, an editor that changed a character) and casual edits by someone who does not know to
// recompute a checksum; anyone who reads this comment can forge one. With an organisation key
// ("hmac-sha256", the key file IT configures on every PC), a bundle changed by someone without the
// key is refused too. A PC with a key refuses bundles without one, so a forged plain bundle cannot
// slip past it.
//
// Readers distrust every field: the size is capped before reading, the format and version checked,
// then the digest, then each event through eventFromJson and its record through the fromJson of
// its type; the first problem is an Error naming the file and the event.
class ProgressBundle
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ProgressBundle)

public:
    // Stored names; never change them.
    static constexpr auto FormatName = "tenarai-progress-bundle";
    static constexpr int FormatVersion = 1;
    static constexpr auto FileSuffix = "tenarai-progress";

    static constexpr qint64 MaxFileSize = 64LL * 1024 * 1024;
    static constexpr qsizetype MaxEvents = 1000000;

    QDateTime exportedAt; // UTC
    QString source; // where it was exported: the PC's name
    QString profileId;
    QString profileName;
    QList<Event> events;

    // The bytes of the file. An empty key gives a "sha256" digest, a key an "hmac-sha256" one.
    QByteArray toJson(const QByteArray &organisationKey = {}) const;
    // fileName names the file in errors. With a key, only bundles made with that key are accepted.
    static Result<ProgressBundle> fromJson(const QByteArray &json, const QString &fileName,
                                           const QByteArray &organisationKey = {});

    static Result<ProgressBundle> read(const QString &path, const QByteArray &organisationKey = {});
    // Written to a temporary file and renamed into place.
    Status write(const QString &path, const QByteArray &organisationKey = {}) const;

    // The profile's events from the store, ready to write.
    static Result<ProgressBundle> fromStore(const ProgressStore &store, const QString &profileId);
    // The organisation key file IT distributes: its bytes with surrounding white space removed, at
    // least 16 of them. Refuses a missing, empty or oversized (over 4 KiB) file.
    static Result<QByteArray> readOrganisationKey(const QString &path);

    // Reads and checks the file, then applies its events; returns how many were new.
    static Result<int> import(ProgressStore &store, const QString &path,
                              const QByteArray &organisationKey = {});
};

} // namespace tenarai
