#pragma once

#include "Error.h"
#include "io/TableIO.h"

#include <QIODevice>

#include <functional>
#include <memory>

class QuaZipFile;

namespace tenarai {

// One inflating archive member, read through QIODevice so that QXmlStreamReader can stream it.
// The limits are checked while inflating, before the bytes reach the parser: a part that
// inflates beyond maxPartBytes, beyond the workbook's maxTotalInflatedBytes, or (past 1 MiB)
// beyond maxCompressionRatio times its compressed size stops with an error. A read failure, a
// crossed limit or a cancel through the progress hook all end the stream; failed() and error()
// then tell why (the XML parser only sees the stream end).
class XlsxPartDevice : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::XlsxPartDevice)
public:
    // Returns false to cancel. Called with the bytes inflated by one read.
    using ReadHook = std::function<bool(qint64 bytes)>;

    XlsxPartDevice(std::unique_ptr<QuaZipFile> file, qint64 compressedSize,
                   const ReadLimits &limits, qint64 *totalInflated, ReadHook hook);
    ~XlsxPartDevice() override;

    bool isSequential() const override { return true; }
    // QIODevice's default thinks a sequential device with an empty buffer is at its end.
    bool atEnd() const override { return m_atEnd && QIODevice::bytesAvailable() == 0; }
    qint64 bytesAvailable() const override { return QIODevice::bytesAvailable() + (m_atEnd ? 0 : 1); }
    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }
    // Closes the member and checks its CRC; call after the parser reached the end.
    bool finish();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(Error::Kind kind, const QString &message);

    std::unique_ptr<QuaZipFile> m_file;
    qint64 m_compressedSize = 0;
    ReadLimits m_limits;
    qint64 *m_totalInflated = nullptr;
    ReadHook m_hook;
    qint64 m_inflated = 0;
    bool m_failed = false;
    bool m_atEnd = false;
    Error m_error;
};

} // namespace tenarai
