#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace tenarai::workshop {

// Splits the byte stream of a workshop connection into messages and back.
//
// A frame is a 4-byte big-endian length followed by that many bytes of UTF-8 JSON holding one
// object. The peer is on the office LAN but untrusted: a length over the limit, invalid JSON or a
// non-object ends the connection with an error naming the frame, before any large allocation.
class FrameCodec
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::workshop::FrameCodec)
public:
    static constexpr qint32 DefaultMaxFrameBytes = 1024 * 1024;

    explicit FrameCodec(qint32 maxFrameBytes = DefaultMaxFrameBytes);

    static QByteArray encode(const QJsonObject &message);

    // Appends received bytes and returns the complete messages they finish. After an error the
    // codec stays failed: the connection must be closed.
    Result<QList<QJsonObject>> feed(const QByteArray &bytes);

    qint64 framesDecoded() const { return m_frames; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    qint32 m_maxFrameBytes;
    qint64 m_frames = 0;
    bool m_failed = false;
};

} // namespace tenarai::workshop
