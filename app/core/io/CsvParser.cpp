#include "io/CsvParser.h"

#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <cstring>
#include <numeric>
#include <map>
#include <optional>

namespace tenarai {

CsvParser::CsvParser(char delimiter, const ReadLimits &limits, Table *table)
    : m_delimiter(delimiter)
    , m_limits(limits)
    , m_table(table)
{
    m_stops[static_cast<unsigned char>(delimiter)] = true;
    m_stops['\r'] = true;
    m_stops['\n'] = true;
}

bool CsvParser::feed(QByteArrayView utf8)
{
    m_buf.append(utf8);
    if (!parse())
        return false;
    compact();
    return true;
}

bool CsvParser::finish()
{
    if (!parse())
        return false;
    switch (m_state) {
    case State::FieldStart:
        if (m_cells.empty())
            break;
        // The text ended right after a delimiter: the row's last cell is empty.
        m_cellStart = m_write = m_pos;
        if (!endCell() || !endRow())
            return false;
        break;
    case State::Quoted:
        m_warnings << tr("The quote that opens a cell in row %1 is never closed; the rest of the file was read "
                         "into that cell.")
                          .arg(m_quoteRow + 1);
        if (!endCell() || !endRow())
            return false;
        break;
    case State::Unquoted:
    case State::QuoteInQuoted:
        if (!endCell() || !endRow())
            return false;
        break;
    case State::AfterCR:
        break;
    }
    m_state = State::FieldStart;
    // Blank lines at the end are an artefact of how the file was written, not rows.
    m_rowIndex -= m_pendingBlank;
    m_pendingBlank = 0;
    m_buf.clear();
    m_pos = m_write = m_cellStart = m_rowStart = 0;
    return true;
}

bool CsvParser::parseAll(QByteArray utf8)
{
    // Below this a part costs more to hand over and join than it saves.
    constexpr qsizetype MinPartBytes = qsizetype(1) << 20;
    const qsizetype threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    const qsizetype parts = std::min(4 * threads, utf8.size() / MinPartBytes);
    const bool fresh = m_buf.isEmpty() && m_rowIndex == 0 && m_cells.empty() && m_table->rowCount() == 0
        && m_table->columnCount() == 0;
    if (threads > 1 && parts >= 2 && fresh) {
        std::vector<qsizetype> starts { 0 };
        for (qsizetype k = 1; k < parts; ++k) {
            const qsizetype from = std::max(k * (utf8.size() / parts), starts.back());
            const void *lf = std::memchr(utf8.constData() + from, '\n', size_t(utf8.size() - from));
            if (!lf)
                break;
            const qsizetype next = static_cast<const char *>(lf) - utf8.constData() + 1;
            if (next >= utf8.size())
                break;
            if (next > starts.back())
                starts.push_back(next);
        }
        if (starts.size() >= 2 && parseParts(utf8, starts))
            return true;
    }
    return feed(utf8) && finish();
}

void CsvParser::recordCells(int cells, qsizetype rows)
{
    if (rows <= 0)
        return;
    if (!m_cellCounts.empty() && m_cellCounts.back().first == cells)
        m_cellCounts.back().second += rows;
    else
        m_cellCounts.emplace_back(cells, rows);
}

bool CsvParser::parseParts(QByteArray &utf8, const std::vector<qsizetype> &starts)
{
    // Each part is parsed as if a row started where it starts. That is true of the first part;
    // it is true of the next one exactly when the part before it ended at the start of a row (not
    // inside a quoted cell, no cell begun), so when every part ends that way the rows are the
    // same as one parser's.
    struct Part
    {
        QByteArrayView text;
        bool last = false;
        Table table;
        std::optional<CsvParser> parser;
        bool clean = false;
    };
    std::vector<Part> parts(starts.size());
    for (size_t k = 0; k < starts.size(); ++k) {
        const qsizetype end = k + 1 < starts.size() ? starts[k + 1] : utf8.size();
        parts[k].text = QByteArrayView(utf8).sliced(starts[k], end - starts[k]);
        parts[k].last = k + 1 == starts.size();
    }
    QtConcurrent::blockingMap(parts, [this](Part &part) {
        CsvParser &parser = part.parser.emplace(m_delimiter, m_limits, &part.table);
        bool ok = parser.feed(part.text);
        if (ok && part.last)
            ok = parser.finish();
        part.clean = ok && parser.m_warnings.isEmpty()
            && (part.last || (parser.m_state == State::FieldStart && parser.m_cells.empty()));
        parser.m_buf = QByteArray(); // its copy of the part's text
        part.table.squeeze();
    });

    // Blank lines at the end of a part are rows only when a later part has a row.
    qsizetype rows = 0;
    qint64 nonEmpty = 0;
    qsizetype blanks = 0;
    int columns = 0;
    for (const Part &part : parts) {
        if (!part.clean)
            return false;
        if (part.table.rowCount() > 0) {
            rows += blanks + part.table.rowCount();
            blanks = 0;
        }
        blanks += part.parser->m_pendingBlank;
        nonEmpty += part.parser->m_nonEmptyCells;
        columns = std::max(columns, part.table.columnCount());
    }
    // A limit one parser would have hit: let it, to report it where it does.
    if (rows > m_limits.maxRows || nonEmpty > m_limits.maxCells)
        return false;
    // The parts hold their own copies of the cells now.
    utf8 = QByteArray();

    std::vector<Column> joined(static_cast<size_t>(columns));
    std::vector<int> indexes(static_cast<size_t>(columns));
    std::iota(indexes.begin(), indexes.end(), 0);
    QtConcurrent::blockingMap(indexes, [&](int c) {
        Column &column = joined[size_t(c)];
        qsizetype before = 0;
        for (const Part &part : parts) {
            const qsizetype partRows = part.table.rowCount();
            if (partRows == 0) {
                before += part.parser->m_pendingBlank;
                continue;
            }
            column.appendEmpty(before);
            if (c < part.table.columnCount())
                column.appendRange(part.table.column(c), 0, partRows);
            else
                column.appendEmpty(partRows);
            before = part.parser->m_pendingBlank;
        }
        column.squeeze();
    });
    for (int c = 0; c < columns; ++c)
        m_table->insertColumn(c, std::move(joined[size_t(c)]));

    qsizetype before = 0;
    for (const Part &part : parts) {
        if (part.table.rowCount() == 0) {
            before += part.parser->m_pendingBlank;
            continue;
        }
        recordCells(0, before);
        for (const auto &[cells, count] : part.parser->m_cellCounts)
            recordCells(cells, count);
        before = part.parser->m_pendingBlank;
    }
    m_rowIndex = rows;
    m_nonEmptyCells = nonEmpty;
    return true;
}

bool CsvParser::parse()
{
    char *const b = m_buf.data();
    const qsizetype n = m_buf.size();
    for (;;) {
        switch (m_state) {
        case State::FieldStart: {
            if (m_pos >= n)
                return true;
            const char c = b[m_pos];
            if (c == '"') {
                m_quoteRow = m_rowIndex;
                ++m_pos;
                m_cellStart = m_write = m_pos;
                m_state = State::Quoted;
                break;
            }
            if ((c == '\r' || c == '\n') && m_cells.empty()) {
                ++m_pos;
                ++m_pendingBlank;
                ++m_rowIndex;
                m_rowStart = m_pos;
                m_state = c == '\r' ? State::AfterCR : State::FieldStart;
                break;
            }
            m_cellStart = m_write = m_pos;
            m_state = State::Unquoted;
            [[fallthrough]];
        }
        case State::Unquoted: {
            qsizetype p = m_pos;
            if (m_write == p) {
                while (p < n && !m_stops[static_cast<unsigned char>(b[p])])
                    ++p;
                m_write = p;
            } else {
                // Text after a closing quote: shift it up to the unquoted part before it.
                while (p < n && !m_stops[static_cast<unsigned char>(b[p])])
                    b[m_write++] = b[p++];
            }
            m_pos = p;
            if (p >= n)
                return checkCellLength(m_cellStart, m_write, false);
            const char c = b[p];
            ++m_pos;
            if (!endCell())
                return false;
            if (c == m_delimiter) {
                m_state = State::FieldStart;
                break;
            }
            if (!endRow())
                return false;
            m_state = c == '\r' ? State::AfterCR : State::FieldStart;
            break;
        }
        case State::Quoted: {
            const void *quote = m_pos < n ? std::memchr(b + m_pos, '"', size_t(n - m_pos)) : nullptr;
            const qsizetype end = quote ? static_cast<const char *>(quote) - b : n;
            if (m_write != m_pos)
                std::memmove(b + m_write, b + m_pos, size_t(end - m_pos));
            m_write += end - m_pos;
            m_pos = end;
            if (!quote)
                return checkCellLength(m_cellStart, m_write, true);
            ++m_pos;
            m_state = State::QuoteInQuoted;
            break;
        }
        case State::QuoteInQuoted: {
            if (m_pos >= n)
                return true;
            const char c = b[m_pos];
            if (c == '"') {
                b[m_write++] = '"';
                ++m_pos;
                m_state = State::Quoted;
            } else if (c == m_delimiter) {
                ++m_pos;
                if (!endCell())
                    return false;
                m_state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                ++m_pos;
                if (!endCell() || !endRow())
                    return false;
                m_state = c == '\r' ? State::AfterCR : State::FieldStart;
            } else {
                // "abc"def: keep the text after the closing quote, as Excel does.
                m_state = State::Unquoted;
            }
            break;
        }
        case State::AfterCR:
            if (m_pos >= n)
                return true;
            if (b[m_pos] == '\n')
                ++m_pos;
            m_rowStart = m_pos;
            m_state = State::FieldStart;
            break;
        }
    }
}

bool CsvParser::checkCellLength(qsizetype start, qsizetype end, bool quoted)
{
    const qsizetype bytes = end - start;
    if (bytes <= m_limits.maxCellChars)
        return true;
    // UTF-8 bytes bound the characters from above; count exactly only when that bound is over.
    qsizetype chars = 0;
    for (qsizetype i = start; i < end; ++i) {
        const auto c = static_cast<unsigned char>(m_buf[i]);
        if ((c & 0xC0) != 0x80)
            chars += c >= 0xF0 ? 2 : 1; // four-byte characters take two UTF-16 units
    }
    if (chars <= m_limits.maxCellChars)
        return true;
    const QString limit = QLocale().toString(m_limits.maxCellChars);
    if (quoted) {
        m_error.row = m_quoteRow;
        m_error.kind = Error::Kind::TooLarge;
        m_error.message = tr("The quoted cell that starts here is longer than %1 characters; perhaps its "
                             "closing quote is missing.")
                              .arg(limit);
        return false;
    }
    return fail(Error::Kind::TooLarge, tr("A cell is longer than %1 characters.").arg(limit));
}

bool CsvParser::fail(Error::Kind kind, const QString &message)
{
    m_error.kind = kind;
    m_error.message = message;
    m_error.row = m_rowIndex;
    return false;
}

bool CsvParser::endCell()
{
    if (qsizetype(m_cells.size()) >= m_limits.maxColumns)
        return fail(Error::Kind::TooLarge,
                    tr("The row has more than %1 cells.").arg(QLocale().toString(m_limits.maxColumns)));
    if (!checkCellLength(m_cellStart, m_write, m_state == State::Quoted))
        return false;
    m_cells.emplace_back(m_cellStart, m_write);
    if (m_write > m_cellStart && ++m_nonEmptyCells > m_limits.maxCells)
        return fail(Error::Kind::TooLarge,
                    tr("The file has more than %1 non-empty cells.").arg(QLocale().toString(m_limits.maxCells)));
    return true;
}

bool CsvParser::endRow()
{
    if (m_table->rowCount() + m_pendingBlank >= m_limits.maxRows)
        return fail(Error::Kind::TooLarge,
                    tr("The file has more than %1 rows.").arg(QLocale().toString(m_limits.maxRows)));
    const auto record = [this](int cells) {
        if (!m_cellCounts.empty() && m_cellCounts.back().first == cells)
            ++m_cellCounts.back().second;
        else
            m_cellCounts.emplace_back(cells, 1);
    };
    for (; m_pendingBlank > 0; --m_pendingBlank) {
        m_views.clear();
        m_table->appendTextRow(m_views);
        record(0);
    }
    const char *const b = m_buf.constData();
    m_views.clear();
    for (const auto &[start, end] : m_cells)
        m_views.emplace_back(b + start, end - start);
    m_table->appendTextRow(m_views);
    record(int(m_cells.size()));
    m_cells.clear();
    ++m_rowIndex;
    m_rowStart = m_pos;
    return true;
}

void CsvParser::compact()
{
    // Moving the unfinished row to the front costs no more than the bytes it frees.
    if (m_rowStart == 0 || m_buf.size() - m_rowStart > m_rowStart)
        return;
    const qsizetype shift = m_rowStart;
    // Shrinking in place keeps the buffer's memory for the next block (remove() would not).
    const qsizetype tail = m_buf.size() - shift;
    if (tail > 0)
        std::memmove(m_buf.data(), m_buf.constData() + shift, size_t(tail));
    m_buf.resize(tail);
    m_pos -= shift;
    m_write -= shift;
    m_cellStart -= shift;
    m_rowStart = 0;
    for (auto &[start, end] : m_cells) {
        start -= shift;
        end -= shift;
    }
}

void CsvParser::fillSourceInfo(SourceInfo *info) const
{
    std::map<int, qsizetype> histogram;
    for (const auto &[cells, rows] : m_cellCounts) {
        if (cells > 0)
            histogram[cells] += rows;
    }
    int expected = 0;
    qsizetype best = 0;
    for (const auto &[cells, rows] : histogram) {
        if (rows >= best) { // ties go to the wider count: a short row is likelier a broken one
            best = rows;
            expected = cells;
        }
    }
    info->expectedColumns = expected;
    info->raggedRows.clear();
    info->raggedRowCount = 0;
    qsizetype row = 0;
    for (const auto &[cells, rows] : m_cellCounts) {
        if (cells > 0 && cells != expected) {
            info->raggedRowCount += rows;
            for (qsizetype i = 0; i < rows && info->raggedRows.size() < SourceInfo::RaggedRowReportLimit; ++i)
                info->raggedRows.append(RaggedRow { row + i, cells });
        }
        row += rows;
    }
    info->warnings << m_warnings;
}

char CsvParser::detectDelimiter(QByteArrayView sample)
{
    constexpr int MaxLines = 50;
    const char candidates[] = { ',', '\t', ';' };
    char bestDelimiter = ',';
    qsizetype bestMatches = 0;
    int bestFields = 1;
    for (const char candidate : candidates) {
        std::vector<int> counts;
        bool quoted = false;
        bool justClosed = false;
        bool fieldStart = true;
        bool content = false;
        int fields = 1;
        for (qsizetype i = 0; i < sample.size() && int(counts.size()) < MaxLines; ++i) {
            const char c = sample[i];
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                    justClosed = true;
                }
                continue;
            }
            if (c == '"' && (fieldStart || justClosed)) {
                quoted = true;
                fieldStart = justClosed = false;
                content = true;
                continue;
            }
            justClosed = false;
            if (c == candidate) {
                ++fields;
                fieldStart = true;
                content = true;
            } else if (c == '\n' || c == '\r') {
                if (content)
                    counts.push_back(fields);
                fields = 1;
                fieldStart = true;
                content = false;
            } else {
                fieldStart = false;
                content = true;
            }
        }
        // The sample may cut the last line short; count it only when it is all there is.
        if (counts.empty() && content)
            counts.push_back(fields);
        std::map<int, qsizetype> histogram;
        for (const int count : counts)
            ++histogram[count];
        int mode = 1;
        qsizetype matches = 0;
        for (const auto &[count, lines] : histogram) {
            if (lines >= matches) {
                matches = lines;
                mode = count;
            }
        }
        if (mode <= 1)
            continue;
        if (matches > bestMatches || (matches == bestMatches && mode > bestFields)) {
            bestMatches = matches;
            bestFields = mode;
            bestDelimiter = candidate;
        }
    }
    return bestDelimiter;
}

} // namespace tenarai
