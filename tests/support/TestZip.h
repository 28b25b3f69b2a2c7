#pragma once

#include <QByteArray>
#include <QList>

// A minimal ZIP writer shared by the tests that read archives (XlsxReader, PackSource,
// PackLoader), so that they can build well-formed and deliberately broken archives no
// well-behaved writer produces (lying sizes, unsafe names, odd flags and attributes) without
// depending on a ZIP library's writer.
class TestZip
{
public:
    struct Entry
    {
        QByteArray name;
        QByteArray data;
        bool deflate = true; // false: stored as is
        qint64 claimedSize = -1; // uncompressed size written in both headers; -1: the real one
        quint16 flags = 0x0800; // general purpose flags; 0x0800: UTF-8 names, 0x0001: encrypted
        quint32 externalAttr = 0; // the Unix mode in the high 16 bits; non-zero: made by Unix
    };

    // The whole archive: each entry's local header and body in order, then the central
    // directory and its end record. Versions are 2.0, times 1980-01-01, no extra fields.
    static QByteArray build(const QList<Entry> &entries);
    // The CRC-32 of ZIP (and zlib), written here independently of the code under test.
    static quint32 crc32(const QByteArray &data);
};
