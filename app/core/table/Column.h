#pragma once

#include "table/Cell.h"

#include <QByteArrayView>

#include <cstdint>
#include <vector>

namespace tenarai {

// Compact storage of one column's cells.
//
// A million-row table of Japanese text must fit in less memory than its UTF-8 CSV twice over, so
// cells are not stored as Cell objects. Rows are grouped in chunks of ChunkRows; each chunk holds
// one byte buffer with the cells encoded back to back (a kind byte, then the payload: UTF-8 text,
// 8 bytes of number or integer) and a 32-bit start offset per cell. An empty cell takes no bytes
// in the buffer, only its offset. Random access is O(1); overwriting a cell rewrites its chunk.
class Column
{
public:
    static constexpr qsizetype ChunkRows = 4096;

    qsizetype size() const { return m_size; }

    Cell at(qsizetype row) const;            // Empty when out of range
    Cell::Kind kindAt(qsizetype row) const;
    // A text or error cell's UTF-8 bytes as stored, without decoding; empty for other kinds.
    // Valid until the column changes. Lets steps skip the cells they would leave alone.
    QByteArrayView textBytesAt(qsizetype row) const;
    // kindAt() and textBytesAt() with one lookup, for loops over every cell.
    Cell::Kind kindAt(qsizetype row, QByteArrayView *textBytes) const;
    bool isEmptyAt(qsizetype row) const { return kindAt(row) == Cell::Kind::Empty; }

    void append(const Cell &cell);
    void appendText(QByteArrayView utf8);    // fast path for readers: UTF-8 bytes, no QString
    // A text cell from UTF-16, encoded straight into the column: no Cell, no temporary UTF-8.
    void appendText(QStringView text);
    void appendEmpty(qsizetype count = 1);
    // Copies one cell of another column without decoding it.
    void appendFrom(const Column &other, qsizetype row);
    // Copies `count` consecutive cells starting at `first` without decoding them, a chunk's worth
    // of bytes at a time. Rows past the end of other are appended empty.
    void appendRange(const Column &other, qsizetype first, qsizetype count);
    // Appends every cell of other; takes its chunks over without copying when this column ends
    // on a chunk boundary (parallel steps build their parts that way).
    void appendColumn(Column &&other);
    void set(qsizetype row, const Cell &cell); // grows the column with empty cells if needed
    void resize(qsizetype rows);               // truncates or pads with empty cells
    void clear();

    // Releases the slack of the last chunk's buffers; call when a reader finishes.
    void squeeze();
    // Bytes held by this column, for limits and the memory benchmark.
    qsizetype memoryUsage() const;

private:
    struct Chunk
    {
        std::vector<char> data;
        std::vector<std::uint32_t> offsets; // start of each cell in data
    };

    // A cell's stored bytes (kind byte and payload); begin == end for an empty cell or a row
    // out of range.
    struct Span
    {
        const char *begin = nullptr;
        const char *end = nullptr;
    };
    Span span(qsizetype row) const;

    Chunk &chunkForAppend();
    void finishChunk(Chunk &chunk);
    static void encode(std::vector<char> &out, const Cell &cell);
    static Cell decode(const char *begin, const char *end);

    std::vector<Chunk> m_chunks;
    qsizetype m_size = 0;
};

} // namespace tenarai
