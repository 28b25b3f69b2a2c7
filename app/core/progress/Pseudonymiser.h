#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tenarai {

// Stable pseudonyms for anonymised exports: the same learner gets the same pseudonym in every export
// made with the same salt (HMAC-SHA256(salt, profile id)), so HR can follow a person over time
// without learning who it is, while nobody without the salt can link the pseudonym to the profile.
//
// The salt decides how far "the same" reaches. By default it is per database: a random salt kept
// in a file beside the SQLite file (progress.sqlite → progress.sqlite.pseudonym-salt), created on
// the first anonymised export. An organisation that wants one pseudonym per person across PCs and
// the central store gives every export the same salt file (tenarai-cli report --pseudonym-salt FILE).
// Whoever holds the salt and the profile ids can recompute the mapping: keep the file as private
// as the database itself. Profile ids are random UUIDs, so the salt cannot be guessed from them.
class Pseudonymiser
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::Pseudonymiser)

public:
    static constexpr qsizetype MinimumSaltSize = 16;
    static constexpr qsizetype MaximumSaltFileSize = 4096;

    explicit Pseudonymiser(QByteArray salt);

    // "受講者-" and the first 10 hex digits of the HMAC: short enough for a spreadsheet column,
    // long enough that two of ten thousand learners collide with a chance of about 1 in 20,000.
    QString pseudonym(const QString &profileId) const;
    // 32 hex digits of the HMAC, for machine identifiers such as the xAPI account name.
    QString pseudonymousId(const QString &profileId) const;

    // A salt file's content: its bytes with surrounding white space removed (an editor's newline
    // must not change every pseudonym). Refuses files that are missing, too large or too short.
    static Result<QByteArray> readSalt(const QString &path);
    // The salt file beside a local database; created with 32 random bytes when it does not exist.
    static QString saltPathFor(const QString &databasePath);
    static Result<QByteArray> loadOrCreateSalt(const QString &path);

private:
    QByteArray hmac(const QString &profileId) const;

    QByteArray m_salt;
};

} // namespace tenarai
