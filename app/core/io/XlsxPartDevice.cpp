#include "io/XlsxPartDevice.h"

#include <quazipfile.h>

namespace tenarai {

namespace {
// Ratios are only checked past this size: small parts (a 200-byte rels file of zeros compresses
// well too) cannot swallow memory anyway.
constexpr qint64 RatioCheckFloor = qint64(1024) * 1024;
} // namespace

XlsxPartDevice::XlsxPartDevice(std::unique_ptr<QuaZipFile> file, qint64 compressedSize,
                               const ReadLimits &limits, qint64 *totalInflated, ReadHook hook)
    : m_file(std::move(file)),
      m_compressedSize(compressedSize),
      m_limits(limits),
      m_totalInflated(totalInflated),
      m_hook(std::move(hook))
{
    QIODevice::open(QIODevice::ReadOnly);
}

XlsxPartDevice::~XlsxPartDevice()
{
    if (m_file && m_file->isOpen())
        m_file->close();
}

qint64 XlsxPartDevice::fail(Error::Kind kind, const QString &message)
{
    m_failed = true;
    m_atEnd = true; // a reader that asks atEnd() must stop too
    m_error.kind = kind;
    m_error.message = message;
    return -1;
}

qint64 XlsxPartDevice::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    if (m_atEnd)
        return 0;
    if (maxSize <= 0)
        return 0;
    const qint64 n = m_file->read(data, maxSize);
    if (n < 0)
        return fail(Error::Kind::Format,
                    tr("The part cannot be inflated: the archive is damaged."));
    if (n == 0) {
        m_atEnd = true;
        return 0;
    }
    m_inflated += n;
    *m_totalInflated += n;
    if (m_inflated > m_limits.maxPartBytes)
        return fail(Error::Kind::TooLarge,
                    tr("The part inflates to more than the limit of %1 bytes.")
                        .arg(m_limits.maxPartBytes));
    if (*m_totalInflated > m_limits.maxTotalInflatedBytes)
        return fail(Error::Kind::TooLarge,
                    tr("The workbook inflates to more than the limit of %1 bytes.")
                        .arg(m_limits.maxTotalInflatedBytes));
    if (m_inflated > RatioCheckFloor
        && m_inflated / std::max<qint64>(1, m_compressedSize) > m_limits.maxCompressionRatio)
        return fail(Error::Kind::TooLarge,
                    tr("The part inflates more than %1 times its compressed size, as a "
                       "compression bomb does.")
                        .arg(m_limits.maxCompressionRatio));
    if (m_hook && !m_hook(n))
        return fail(Error::Kind::Cancelled, tr("Reading was cancelled."));
    return n;
}

bool XlsxPartDevice::finish()
{
    if (m_failed)
        return false;
    if (!m_file->isOpen())
        return true;
    m_file->close();
    if (m_file->getZipError() != 0) {
        fail(Error::Kind::Format,
             tr("The part is damaged: its checksum does not match (error %1).")
                 .arg(m_file->getZipError()));
        return false;
    }
    return true;
}

} // namespace tenarai
