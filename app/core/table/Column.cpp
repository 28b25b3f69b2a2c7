#include "table/Column.h"

#include <algorithm>
#include <cstring>

namespace tenarai {

namespace {
template<typename T>
void appendRawValue(std::vector<char> &out, T value)
{
    const auto at = out.size();
    out.resize(at + sizeof(T));
    std::memcpy(out.data() + at, &value, sizeof(T));
}

template<typename T>
T readRawValue(const char *p)
{
    T value;
    std::memcpy(&value, p, sizeof(T));
    return value;
}
// UTF-16 to UTF-8 straight into the chunk, without the QByteArray that toUtf8() allocates for
// every cell a step rewrites; the same bytes as toUtf8().
void appendUtf8(std::vector<char> &out, QStringView text)
{
    const auto at = out.size();
    out.resize(at + size_t(text.size()) * 3);
    auto *p = reinterpret_cast<unsigned char *>(out.data() + at);
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s < end) {
        char32_t c = *s++;
        if (c < 0x80) {
            *p++ = static_cast<unsigned char>(c);
            continue;
        }
        if (c < 0x800) {
            *p++ = static_cast<unsigned char>(0xC0 | (c >> 6));
            *p++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
            continue;
        }
        if (QChar::isSurrogate(c)) {
            if (QChar::isHighSurrogate(c) && s < end && QChar::isLowSurrogate(*s)) {
                c = QChar::surrogateToUcs4(char16_t(c), *s++);
                *p++ = static_cast<unsigned char>(0xF0 | (c >> 18));
                *p++ = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
                *p++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
                *p++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
                continue;
            }
            // Whatever this Qt writes for a lone surrogate ('?' in Qt 6.4); rare enough to ask it.
            const QByteArray replaced = QStringView(s - 1, 1).toUtf8();
            const auto offset = reinterpret_cast<char *>(p) - out.data();
            out.resize(out.size() + size_t(replaced.size()));
            p = reinterpret_cast<unsigned char *>(out.data() + offset);
            p = std::copy(replaced.cbegin(), replaced.cend(), p);
            continue;
        }
        *p++ = static_cast<unsigned char>(0xE0 | (c >> 12));
        *p++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
        *p++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
    }
    out.resize(size_t(reinterpret_cast<char *>(p) - out.data()));
}
} // namespace

Column::Chunk &Column::chunkForAppend()
{
    if (m_chunks.empty() || qsizetype(m_chunks.back().offsets.size()) == ChunkRows) {
        // Neighbouring chunks of a column hold similar data: sizing the new buffer from the last
        // one avoids most of the reallocation and copying while a reader appends.
        size_t expected = 0;
        if (!m_chunks.empty()) {
            finishChunk(m_chunks.back());
            expected = m_chunks.back().data.size() + m_chunks.back().data.size() / 16;
        }
        m_chunks.emplace_back();
        m_chunks.back().offsets.reserve(ChunkRows);
        m_chunks.back().data.reserve(expected);
    }
    return m_chunks.back();
}

void Column::finishChunk(Chunk &chunk)
{
    // Shrinking copies the buffer; it is worth it only when the slack is large.
    if (chunk.data.capacity() - chunk.data.size() > chunk.data.size() / 8 + 64)
        chunk.data.shrink_to_fit();
    chunk.offsets.shrink_to_fit();
}

void Column::encode(std::vector<char> &out, const Cell &cell)
{
    const auto kind = cell.kind();
    if (kind == Cell::Kind::Empty)
        return;
    out.push_back(char(kind));
    switch (kind) {
    case Cell::Kind::Empty:
        break;
    case Cell::Kind::Text:
    case Cell::Kind::Error:
        appendUtf8(out, cell.kind() == Cell::Kind::Text ? cell.textValue() : cell.errorCode());
        break;
    case Cell::Kind::Number:
        appendRawValue(out, cell.numberValue());
        break;
    case Cell::Kind::Boolean:
        out.push_back(cell.booleanValue() ? 1 : 0);
        break;
    case Cell::Kind::Date:
    case Cell::Kind::DateTime:
    case Cell::Kind::Time:
        appendRawValue(out, cell.rawInt());
        break;
    }
}

Cell Column::decode(const char *begin, const char *end)
{
    if (begin == end)
        return {};
    const auto kind = Cell::Kind(quint8(*begin));
    const char *p = begin + 1;
    switch (kind) {
    case Cell::Kind::Empty:
        return {};
    case Cell::Kind::Text:
        return Cell::text(QString::fromUtf8(p, end - p));
    case Cell::Kind::Error:
        return Cell::error(QString::fromUtf8(p, end - p));
    case Cell::Kind::Number:
        return Cell::number(readRawValue<double>(p));
    case Cell::Kind::Boolean:
        return Cell::boolean(*p != 0);
    case Cell::Kind::Date:
    case Cell::Kind::DateTime:
    case Cell::Kind::Time:
        return Cell::fromRaw(kind, readRawValue<qint64>(p), 0.0, QString());
    }
    return {};
}

Column::Span Column::span(qsizetype row) const
{
    if (row < 0 || row >= m_size)
        return {};
    const Chunk &chunk = m_chunks[size_t(row / ChunkRows)];
    const auto i = size_t(row % ChunkRows);
    const std::uint32_t begin = chunk.offsets[i];
    const std::uint32_t end = i + 1 < chunk.offsets.size() ? chunk.offsets[i + 1] : std::uint32_t(chunk.data.size());
    return {chunk.data.data() + begin, chunk.data.data() + end};
}

Cell Column::at(qsizetype row) const
{
    const Span cell = span(row);
    return decode(cell.begin, cell.end);
}

Cell::Kind Column::kindAt(qsizetype row) const
{
    const Span cell = span(row);
    return cell.begin == cell.end ? Cell::Kind::Empty : Cell::Kind(quint8(*cell.begin));
}

Cell::Kind Column::kindAt(qsizetype row, QByteArrayView *textBytes) const
{
    const Span cell = span(row);
    if (cell.begin == cell.end) {
        *textBytes = {};
        return Cell::Kind::Empty;
    }
    const auto kind = Cell::Kind(quint8(*cell.begin));
    *textBytes = kind == Cell::Kind::Text || kind == Cell::Kind::Error ? QByteArrayView(cell.begin + 1, cell.end)
                                                                       : QByteArrayView();
    return kind;
}

QByteArrayView Column::textBytesAt(qsizetype row) const
{
    QByteArrayView bytes;
    kindAt(row, &bytes);
    return bytes;
}

void Column::appendRange(const Column &other, qsizetype first, qsizetype count)
{
    if (count <= 0)
        return;
    if (first < 0) {
        const qsizetype before = std::min(count, -first);
        appendEmpty(before);
        first += before;
        count -= before;
    }
    while (count > 0 && first < other.m_size) {
        const Chunk &source = other.m_chunks[size_t(first / ChunkRows)];
        const auto i = size_t(first % ChunkRows);
        Chunk &chunk = chunkForAppend();
        const qsizetype room = ChunkRows - qsizetype(chunk.offsets.size());
        const auto n = size_t(std::min({count, room, qsizetype(source.offsets.size() - i)}));
        const std::uint32_t begin = source.offsets[i];
        const std::uint32_t end
            = i + n < source.offsets.size() ? source.offsets[i + n] : std::uint32_t(source.data.size());
        const auto base = std::uint32_t(chunk.data.size());
        chunk.data.insert(chunk.data.end(), source.data.begin() + begin, source.data.begin() + end);
        for (size_t k = 0; k < n; ++k)
            chunk.offsets.push_back(base + (source.offsets[i + k] - begin));
        m_size += qsizetype(n);
        first += qsizetype(n);
        count -= qsizetype(n);
    }
    if (count > 0)
        appendEmpty(count);
}

void Column::append(const Cell &cell)
{
    Chunk &chunk = chunkForAppend();
    chunk.offsets.push_back(std::uint32_t(chunk.data.size()));
    encode(chunk.data, cell);
    ++m_size;
}

void Column::appendText(QByteArrayView utf8)
{
    Chunk &chunk = chunkForAppend();
    chunk.offsets.push_back(std::uint32_t(chunk.data.size()));
    chunk.data.push_back(char(Cell::Kind::Text));
    chunk.data.insert(chunk.data.end(), utf8.begin(), utf8.end());
    ++m_size;
}

void Column::appendText(QStringView text)
{
    Chunk &chunk = chunkForAppend();
    chunk.offsets.push_back(std::uint32_t(chunk.data.size()));
    chunk.data.push_back(char(Cell::Kind::Text));
    appendUtf8(chunk.data, text);
    ++m_size;
}

void Column::appendColumn(Column &&other)
{
    if (m_size % ChunkRows == 0) {
        if (!m_chunks.empty())
            finishChunk(m_chunks.back());
        for (Chunk &chunk : other.m_chunks)
            m_chunks.push_back(std::move(chunk));
        m_size += other.m_size;
    } else {
        appendRange(other, 0, other.m_size);
    }
    other.clear();
}

void Column::appendFrom(const Column &other, qsizetype row)
{
    if (row < 0 || row >= other.m_size) {
        appendEmpty();
        return;
    }
    const Span cell = other.span(row);
    Chunk &chunk = chunkForAppend();
    chunk.offsets.push_back(std::uint32_t(chunk.data.size()));
    chunk.data.insert(chunk.data.end(), cell.begin, cell.end);
    ++m_size;
}

void Column::appendEmpty(qsizetype count)
{
    while (count > 0) {
        Chunk &chunk = chunkForAppend();
        const auto room = ChunkRows - qsizetype(chunk.offsets.size());
        const auto n = std::min(room, count);
        chunk.offsets.insert(chunk.offsets.end(), size_t(n), std::uint32_t(chunk.data.size()));
        m_size += n;
        count -= n;
    }
}

void Column::set(qsizetype row, const Cell &cell)
{
    if (row < 0)
        return;
    if (row >= m_size) {
        appendEmpty(row - m_size);
        append(cell);
        return;
    }
    // Rewrite the chunk: decode the cells after the changed one and encode them again.
    Chunk &chunk = m_chunks[size_t(row / ChunkRows)];
    const auto i = size_t(row % ChunkRows);
    const std::uint32_t begin = chunk.offsets[i];
    const std::uint32_t end = i + 1 < chunk.offsets.size() ? chunk.offsets[i + 1] : std::uint32_t(chunk.data.size());
    std::vector<char> encoded;
    encode(encoded, cell);
    const auto delta = qint64(encoded.size()) - qint64(end - begin);
    std::vector<char> data;
    data.reserve(size_t(qint64(chunk.data.size()) + delta));
    data.insert(data.end(), chunk.data.begin(), chunk.data.begin() + begin);
    data.insert(data.end(), encoded.begin(), encoded.end());
    data.insert(data.end(), chunk.data.begin() + end, chunk.data.end());
    chunk.data = std::move(data);
    for (size_t k = i + 1; k < chunk.offsets.size(); ++k)
        chunk.offsets[k] = std::uint32_t(qint64(chunk.offsets[k]) + delta);
}

void Column::resize(qsizetype rows)
{
    if (rows >= m_size) {
        appendEmpty(rows - m_size);
        return;
    }
    const auto keepChunks = size_t((rows + ChunkRows - 1) / ChunkRows);
    m_chunks.resize(keepChunks);
    if (!m_chunks.empty()) {
        Chunk &last = m_chunks.back();
        const auto keep = size_t(rows - qsizetype(keepChunks - 1) * ChunkRows);
        if (keep < last.offsets.size()) {
            last.data.resize(last.offsets[keep]);
            last.offsets.resize(keep);
        }
    }
    m_size = rows;
}

void Column::clear()
{
    m_chunks.clear();
    m_size = 0;
}

void Column::squeeze()
{
    for (Chunk &chunk : m_chunks)
        finishChunk(chunk);
    m_chunks.shrink_to_fit();
}

qsizetype Column::memoryUsage() const
{
    qsizetype bytes = qsizetype(m_chunks.capacity() * sizeof(Chunk));
    for (const Chunk &chunk : m_chunks)
        bytes += qsizetype(chunk.data.capacity() + chunk.offsets.capacity() * sizeof(std::uint32_t));
    return bytes;
}

} // namespace tenarai
