#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tenarai {

// The records of the progress store. Every change to a learner's progress is an Event (append-only,
// identified by a UUID); profiles, attempts and completions are what the events say, kept as
// tables for reading. The event log is what travels: to the central PostgreSQL store (the outbox)
// and between PCs in a bundle file. Applying an event twice changes nothing, so both are
// idempotent by UUID.
//
// Stored names (event types, JSON keys, column names) never change: existing databases, central
// stores and bundles would stop reading.

struct Profile
{
    QString id;          // random UUID without braces, chosen once
    QString displayName; // as the learner typed it
    QString department;  // optional
    QDateTime createdAt; // UTC
};

struct Attempt
{
    QString id;          // UUID without braces
    QString profileId;
    QString packId;
    QString packVersion;
    QString lessonId;
    QString exerciseId;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC
    double score = 0;     // 0.0 to 1.0
    bool passed = false;
    int hintsUsed = 0;
    QString checkerSummary; // the checker's verdict in the learner's language, as shown
    QString workshopSessionId; // empty outside a workshop
};

struct Completion
{
    QString profileId;
    QString packId;
    QString packVersion;
    QString lessonId;
    QDateTime completedAt; // UTC; the first completion counts
};

struct WorkshopSession
{
    QString id;         // UUID without braces
    QString title;
    QString trainer;    // display name
    QDateTime startedAt;
    QDateTime endedAt;  // invalid while running
};

struct Event
{
    // Stored type names; never change them.
    static constexpr auto ProfileCreated = "profile.created";
    static constexpr auto ProfileUpdated = "profile.updated";
    static constexpr auto AttemptRecorded = "attempt.recorded";
    static constexpr auto LessonCompleted = "lesson.completed";
    static constexpr auto WorkshopSessionRecorded = "workshop.session";

    QString id;        // UUID without braces
    QString type;      // one of the names above
    QString profileId; // empty for workshop sessions
    QDateTime at;      // UTC, when it happened
    QJsonObject data;  // the record, as written by the toJson functions below
};

// The JSON forms carried by events, bundles and exports. Readers distrust every field: fromJson
// returns nothing (and says why in *error, translated) for a missing or ill-typed required field.
QJsonObject toJson(const Profile &profile);
QJsonObject toJson(const Attempt &attempt);
QJsonObject toJson(const Completion &completion);
QJsonObject toJson(const WorkshopSession &session);
QJsonObject toJson(const Event &event);
std::optional<Profile> profileFromJson(const QJsonObject &json, QString *error);
std::optional<Attempt> attemptFromJson(const QJsonObject &json, QString *error);
std::optional<Completion> completionFromJson(const QJsonObject &json, QString *error);
std::optional<WorkshopSession> workshopSessionFromJson(const QJsonObject &json, QString *error);
std::optional<Event> eventFromJson(const QJsonObject &json, QString *error);

// A new random UUID as stored (no braces).
QString newRecordId();

} // namespace tenarai
