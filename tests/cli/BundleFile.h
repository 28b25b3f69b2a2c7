#pragma once

// Writes progress bundles as docs/progress-bundle.md describes them, independently of Tenarai's
// own writer, so that the black-box CLI tests can fill a fresh database through `bundle import`
// and check that the documented format is the one tenarai-cli reads.
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUuid>

struct BundleFile
{
    QString profileId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString displayName;
    QString department;
    QJsonArray events;

    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    static QString time(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

    QJsonObject event(const char *type, const QDateTime &at, const QJsonObject &data) const
    {
        return QJsonObject { { QStringLiteral("id"), newId() },
                             { QStringLiteral("type"), QString::fromLatin1(type) },
                             { QStringLiteral("profileId"), profileId },
                             { QStringLiteral("at"), time(at) },
                             { QStringLiteral("data"), data } };
    }

    void addProfile(const QDateTime &at)
    {
        events.append(event("profile.created", at,
                            QJsonObject { { QStringLiteral("id"), profileId },
                                          { QStringLiteral("displayName"), displayName },
                                          { QStringLiteral("department"), department },
                                          { QStringLiteral("createdAt"), time(at) } }));
    }

    // Returns the attempt's id.
    QString addAttempt(const QString &pack, const QString &lesson, const QString &exercise,
                       const QDateTime &start, int seconds, double score, bool passed, int hints = 0)
    {
        const QString id = newId();
        const QDateTime end = start.addSecs(seconds);
        events.append(event("attempt.recorded", end,
                            QJsonObject { { QStringLiteral("id"), id },
                                          { QStringLiteral("profileId"), profileId },
                                          { QStringLiteral("packId"), pack },
                                          { QStringLiteral("packVersion"), QStringLiteral("1.0") },
                                          { QStringLiteral("lessonId"), lesson },
                                          { QStringLiteral("exerciseId"), exercise },
                                          { QStringLiteral("startedAt"), time(start) },
                                          { QStringLiteral("finishedAt"), time(end) },
                                          { QStringLiteral("score"), score },
                                          { QStringLiteral("passed"), passed },
                                          { QStringLiteral("hintsUsed"), hints },
                                          { QStringLiteral("checkerSummary"), QString() },
                                          { QStringLiteral("workshopSessionId"), QString() } }));
        return id;
    }

    void addCompletion(const QString &pack, const QString &lesson, const QDateTime &at)
    {
        events.append(event("lesson.completed", at,
                            QJsonObject { { QStringLiteral("profileId"), profileId },
                                          { QStringLiteral("packId"), pack },
                                          { QStringLiteral("packVersion"), QStringLiteral("1.0") },
                                          { QStringLiteral("lessonId"), lesson },
                                          { QStringLiteral("completedAt"), time(at) } }));
    }

    QJsonObject content() const
    {
        return QJsonObject { { QStringLiteral("exportedAt"), time(QDateTime::currentDateTimeUtc()) },
                             { QStringLiteral("source"), QStringLiteral("test-pc") },
                             { QStringLiteral("profileId"), profileId },
                             { QStringLiteral("profileName"), displayName },
                             { QStringLiteral("events"), events } };
    }

    // The file: the digest is SHA-256 (or HMAC-SHA256 with a key) of the content as compact JSON.
    static QByteArray seal(const QJsonObject &content, const QByteArray &key = {})
    {
        const QByteArray bytes = QJsonDocument(content).toJson(QJsonDocument::Compact);
        const QByteArray digest = key.isEmpty()
            ? QCryptographicHash::hash(bytes, QCryptographicHash::Sha256)
            : QMessageAuthenticationCode::hash(bytes, key, QCryptographicHash::Sha256);
        const QJsonObject root {
            { QStringLiteral("format"), QStringLiteral("tenarai-progress-bundle") },
            { QStringLiteral("version"), 1 },
            { QStringLiteral("content"), content },
            { QStringLiteral("digest"),
              QJsonObject { { QStringLiteral("algorithm"),
                              key.isEmpty() ? QStringLiteral("sha256") : QStringLiteral("hmac-sha256") },
                            { QStringLiteral("value"), QString::fromLatin1(digest.toHex()) } } },
        };
        return QJsonDocument(root).toJson();
    }

    QByteArray toJson(const QByteArray &key = {}) const { return seal(content(), key); }
};
