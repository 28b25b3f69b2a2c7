#include "FrameCodec.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QtEndian>

namespace tenarai::workshop {

FrameCodec::FrameCodec(qint32 maxFrameBytes)
    : m_maxFrameBytes(maxFrameBytes)
{
}

QByteArray FrameCodec::encode(const QJsonObject &message)
{
    const QByteArray payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    QByteArray frame(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), frame.data());
    frame.append(payload);
    return frame;
}

Result<QList<QJsonObject>> FrameCodec::feed(const QByteArray &bytes)
{
    auto fail = [this](const QString &message) {
        m_failed = true;
        m_buffer.clear();
        Error e;
        e.kind = Error::Kind::Format;
        e.part = tr("message %1").arg(m_frames + 1);
        e.message = message;
        return e;
    };
    if (m_failed)
        return fail(tr("The connection already sent an invalid message."));

    m_buffer.append(bytes);
    QList<QJsonObject> messages;
    qsizetype pos = 0;
    while (m_buffer.size() - pos >= 4) {
        const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + pos);
        if (length > quint32(m_maxFrameBytes))
            return fail(tr("The message is %1 bytes long; at most %2 are allowed.").arg(length).arg(m_maxFrameBytes));
        if (m_buffer.size() - pos - 4 < qsizetype(length))
            break;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(m_buffer.mid(pos + 4, qsizetype(length)), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(tr("The message is not valid JSON (%1 at byte %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        if (!doc.isObject())
            return fail(tr("The message is not a JSON object."));
        messages.append(doc.object());
        ++m_frames;
        pos += 4 + qsizetype(length);
    }
    m_buffer.remove(0, pos);
    return messages;
}

} // namespace tenarai::workshop
