#include "TestZip.h"

#include <array>

namespace {

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xFF));
    out.append(char((v >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

} // namespace

quint32 TestZip::crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray TestZip::build(const QList<Entry> &entries)
{
    QByteArray out;
    QByteArray central;
    for (const Entry &e : entries) {
        // qCompress gives a 4-byte length, a 2-byte zlib header, raw deflate and a 4-byte adler.
        const QByteArray packed = e.deflate ? qCompress(e.data, 9) : QByteArray();
        const QByteArray body = e.deflate ? packed.mid(6, packed.size() - 10) : e.data;
        const quint32 crc = crc32(e.data);
        const quint32 size = quint32(e.claimedSize >= 0 ? e.claimedSize : e.data.size());
        const quint32 offset = quint32(out.size());
        auto header = [&](QByteArray &h, bool isCentral) {
            put32(h, isCentral ? 0x02014b50 : 0x04034b50);
            if (isCentral)
                put16(h, e.externalAttr ? 0x0314 : 20); // made by Unix when it carries a mode
            put16(h, 20); // version needed
            put16(h, e.flags);
            put16(h, e.deflate ? 8 : 0);
            put16(h, 0); // time
            put16(h, 0x21); // date: 1980-01-01
            put32(h, crc);
            put32(h, quint32(body.size()));
            put32(h, size);
            put16(h, quint32(e.name.size()));
            put16(h, 0); // extra field length
            if (isCentral) {
                put16(h, 0); // comment length
                put16(h, 0); // disk number
                put16(h, 0); // internal attributes
                put32(h, e.externalAttr);
                put32(h, offset);
            }
            h.append(e.name);
        };
        header(out, false);
        out.append(body);
        header(central, true);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0); // this disk
    put16(out, 0); // disk with the central directory
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0); // comment length
    return out;
}
