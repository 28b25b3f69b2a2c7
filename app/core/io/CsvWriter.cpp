#include "io/CsvWriter.h"

#include "io/TextEncoding.h"

#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QStringEncoder>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace tenarai {

namespace {

// Rows formatted by one thread at a time; large enough that the hand-over costs nothing.
constexpr qsizetype BlockRows = 8192;

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// The first character (a whole surrogate pair where needed) that CP932 cannot hold, or an
// empty string.
QString firstUnmappable(QStringView text)
{
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QStringView ch = text.sliced(i, length);
        QStringEncoder encoder(TextEncoding::codecName(TextEncoding::Encoding::Cp932));
        const QByteArray encoded = encoder.encode(ch); // converts only when made a QByteArray
        if (encoder.hasError())
            return ch.toString();
        i += length;
    }
    return QString();
}

// Formats cells into CSV bytes. One per thread: the CP932 encoder keeps state.
class CellFormatter
{
public:
    CellFormatter(char delimiter, bool cp932) : m_delimiter(delimiter), m_cp932(cp932)
    {
        if (cp932)
            m_encoder.emplace(TextEncoding::codecName(TextEncoding::Encoding::Cp932));
    }

    // std::string: its append is a plain copy, where QByteArray's goes through insert().
    std::string out;
    QString failed; // the character that could not be encoded

    void appendBytes(QByteArrayView bytes)
    {
        // The delimiter, quote, CR and LF are below 0x40, which is never part of a CP932
        // double-byte character, so the encoded bytes can be searched directly. Leading and
        // trailing spaces are quoted too, because many readers trim them from unquoted cells.
        bool quote = false;
        for (const char c : bytes) {
            if (c == m_delimiter || c == '"' || c == '\r' || c == '\n') {
                quote = true;
                break;
            }
        }
        if (!bytes.isEmpty()) {
            const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
            quote = quote || isSpace(bytes.front()) || isSpace(bytes.back());
        }
        if (!quote) {
            out.append(bytes.data(), size_t(bytes.size()));
            return;
        }
        out.push_back('"');
        for (const char c : bytes) {
            if (c == '"')
                out.push_back('"');
            out.push_back(c);
        }
        out.push_back('"');
    }

    bool appendText(const QString &text)
    {
        if (!m_cp932) {
            appendBytes(text.toUtf8());
        } else if (isAscii(text)) {
            appendBytes(text.toLatin1());
        } else {
            const QString mapped = TextEncoding::mapToCp932Lookalikes(text);
            const QByteArray bytes = m_encoder->encode(mapped);
            if (m_encoder->hasError()) {
                failed = firstUnmappable(mapped);
                return false;
            }
            appendBytes(bytes);
        }
        return true;
    }

    // Rows [first, first + count); false at the first cell that cannot be encoded, with its
    // place in failedRow and failedColumn.
    bool appendRows(const Table &table, qsizetype first, qsizetype count)
    {
        const int columns = table.columnCount();
        for (qsizetype r = first; r < first + count; ++r) {
            for (int c = 0; c < columns; ++c) {
                if (c > 0)
                    out.push_back(m_delimiter);
                const Column &column = table.column(c);
                QByteArrayView utf8;
                const Cell::Kind kind = column.kindAt(r, &utf8);
                if (kind == Cell::Kind::Empty)
                    continue;
                if (kind == Cell::Kind::Text && !m_cp932) {
                    appendBytes(utf8); // stored as UTF-8 already: no decoding
                    continue;
                }
                if (!appendText(column.at(r).toString())) {
                    failedRow = r;
                    failedColumn = c;
                    return false;
                }
            }
            out.append("\r\n");
        }
        return true;
    }

    qsizetype failedRow = -1;
    int failedColumn = -1;

private:
    char m_delimiter;
    bool m_cp932;
    std::optional<QStringEncoder> m_encoder;
};

struct RowBlock
{
    qsizetype first = 0;
    qsizetype count = 0;
    std::optional<CellFormatter> formatter;
    bool ok = true;
};

} // namespace

Status CsvWriter::writeFile(const QString &path, const Table &table, const WriteOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Error e;
        e.kind = Error::Kind::Io;
        e.file = path;
        e.message = tr("The file cannot be written: %1").arg(file.errorString());
        return e;
    }
    Status status = write(&file, path, table, options);
    if (!status) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit()) {
        Error e;
        e.kind = Error::Kind::Io;
        e.file = path;
        e.message = tr("The file cannot be written: %1").arg(file.errorString());
        return e;
    }
    return status;
}

Status CsvWriter::write(QIODevice *device, const QString &displayName, const Table &table,
                        const WriteOptions &options)
{
    const auto error = [&displayName](Error::Kind kind, const QString &message, qint64 row = -1,
                                      qint64 column = -1) {
        Error e;
        e.kind = kind;
        e.file = displayName;
        e.message = message;
        e.row = row;
        e.column = column;
        return e;
    };
    if (!device || !device->isWritable())
        return error(Error::Kind::Io, tr("The file is not open for writing."));

    const std::optional<TextEncoding::Encoding> encoding = TextEncoding::fromOptionName(options.encoding);
    if (!encoding || (*encoding != TextEncoding::Encoding::Utf8 && *encoding != TextEncoding::Encoding::Cp932))
        return error(Error::Kind::InvalidArgument,
                     tr("CSV files can be written in UTF-8 or CP932 (Shift_JIS), not \"%1\".").arg(options.encoding));
    const bool cp932 = *encoding == TextEncoding::Encoding::Cp932;

    const char16_t d = options.delimiter.unicode();
    if (d == 0 || d >= 0x80 || d == u'"' || d == u'\r' || d == u'\n')
        return error(Error::Kind::InvalidArgument,
                     tr("\"%1\" cannot be used as a delimiter.").arg(options.delimiter));
    const char delimiter = char(d);

    const auto unmappableError = [&](const CellFormatter &formatter, qint64 row, int column) {
        const QString &failed = formatter.failed;
        QString code = QString::number(failed.isEmpty() ? 0 : failed.toUcs4().value(0), 16).toUpper();
        code = code.rightJustified(4, QLatin1Char('0'));
        return error(Error::Kind::Encoding,
                     tr("The character \"%1\" (U+%2) cannot be written in CP932 (Shift_JIS). Save as UTF-8, "
                        "or replace the character.")
                         .arg(failed, code),
                     row, column);
    };
    const auto writeOut = [&](const std::string &bytes) {
        return bytes.empty() || device->write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size());
    };
    const auto writeError = [&](qint64 row) {
        return error(Error::Kind::Io, tr("The file cannot be written: %1").arg(device->errorString()), row);
    };

    CellFormatter head(delimiter, cp932);
    if (!cp932 && options.bom)
        head.out.append("\xEF\xBB\xBF");
    const int columns = table.columnCount();
    const QStringList names = table.columnNames();
    const bool hasNames = std::any_of(names.cbegin(), names.cend(), [](const QString &n) { return !n.isEmpty(); });
    if (hasNames) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                head.out.push_back(delimiter);
            if (!head.appendText(table.columnName(c))) {
                Error e = unmappableError(head, -1, c);
                e.message = tr("Column name %1: %2").arg(c + 1).arg(e.message);
                return e;
            }
        }
        head.out.append("\r\n");
    }
    if (!writeOut(head.out))
        return writeError(-1);

    // Blocks of rows are formatted on every core, a few at a time so that the bytes waiting to be
    // written stay small, and written in order. The first cell that cannot be encoded is reported
    // even when a later block failed first.
    const qsizetype rows = table.rowCount();
    const int threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    const qsizetype batchBlocks = 2 * qsizetype(threads);
    std::vector<RowBlock> batch;
    for (qsizetype first = 0; first < rows;) {
        batch.clear();
        for (qsizetype b = 0; b < batchBlocks && first < rows; ++b) {
            RowBlock block;
            block.first = first;
            block.count = std::min(BlockRows, rows - first);
            batch.push_back(std::move(block));
            first += batch.back().count;
        }
        const auto format = [&](RowBlock &block) {
            block.formatter.emplace(delimiter, cp932);
            block.ok = block.formatter->appendRows(table, block.first, block.count);
        };
        if (batch.size() == 1 || threads == 1) {
            for (RowBlock &block : batch)
                format(block);
        } else {
            QtConcurrent::blockingMap(batch, format);
        }
        for (const RowBlock &block : batch) {
            const CellFormatter &formatter = *block.formatter;
            if (!block.ok)
                return unmappableError(formatter, formatter.failedRow, formatter.failedColumn);
            if (!writeOut(formatter.out))
                return writeError(block.first);
        }
        if (options.progress && !options.progress(first, rows))
            return error(Error::Kind::Cancelled, tr("Writing was cancelled."));
    }
    if (options.progress && !options.progress(rows, rows))
        return error(Error::Kind::Cancelled, tr("Writing was cancelled."));
    return Ok {};
}

} // namespace tenarai
