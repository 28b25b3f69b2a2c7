#include "progress/Pseudonymiser.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>

namespace tenarai {

namespace {
// Part of the pseudonym, not of the interface: it must read the same in every export whatever the
// exporting PC's language, so it is not translated.
const QString PseudonymPrefix = QStringLiteral("受講者-");

Error saltError(Error::Kind kind, const QString &path, const QString &message)
{
    Error e;
    e.kind = kind;
    e.file = path;
    e.message = message;
    return e;
}
} // namespace

Pseudonymiser::Pseudonymiser(QByteArray salt) : m_salt(std::move(salt)) { }

QByteArray Pseudonymiser::hmac(const QString &profileId) const
{
    return QMessageAuthenticationCode::hash(profileId.toUtf8(), m_salt, QCryptographicHash::Sha256);
}

QString Pseudonymiser::pseudonym(const QString &profileId) const
{
    return PseudonymPrefix + QString::fromLatin1(hmac(profileId).toHex().left(10));
}

QString Pseudonymiser::pseudonymousId(const QString &profileId) const
{
    return QString::fromLatin1(hmac(profileId).toHex().left(32));
}

QString Pseudonymiser::saltPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".pseudonym-salt");
}

Result<QByteArray> Pseudonymiser::readSalt(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return saltError(Error::Kind::Io, path,
                         tr("The pseudonym salt file cannot be read: %1.").arg(file.errorString()));
    if (file.size() > MaximumSaltFileSize)
        return saltError(
            Error::Kind::TooLarge, path,
            tr("The pseudonym salt file is larger than %1 bytes; it should hold one line of random "
               "characters.")
                .arg(MaximumSaltFileSize));
    const QByteArray salt = file.read(MaximumSaltFileSize + 1).trimmed();
    if (salt.size() < MinimumSaltSize)
        return saltError(Error::Kind::Format, path,
                         tr("The pseudonym salt file holds %1 characters; at least %2 random characters are "
                            "needed so that pseudonyms cannot be guessed.")
                             .arg(salt.size())
                             .arg(MinimumSaltSize));
    return salt;
}

Result<QByteArray> Pseudonymiser::loadOrCreateSalt(const QString &path)
{
    if (QFileInfo::exists(path))
        return readSalt(path);
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()),
                                         reinterpret_cast<quint32 *>(random.data() + random.size()));
    const QByteArray salt = random.toHex();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(salt + '\n') != salt.size() + 1 || !file.commit())
        return saltError(Error::Kind::Io, path,
                         tr("The pseudonym salt file cannot be created: %1.").arg(file.errorString()));
    // The salt is as private as the database: on Unix, readable by its owner only.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return salt;
}

} // namespace tenarai
