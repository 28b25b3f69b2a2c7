#include "io/CsvWriter.h"

#include "io/TextEncoding.h"

#include <QSaveFile>
#include <QStringEncoder>

#include <algorithm>
#include <optional>

namespace tenarai {

namespace {

constexpr qsizetype FlushBytes = qsizetype(1) << 20;

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

    QByteArray out;
    out.reserve(FlushBytes + 4096);
    if (!cp932 && options.bom)
        out.append("\xEF\xBB\xBF");

    std::optional<QStringEncoder> encoder;
    if (cp932)
        encoder.emplace(TextEncoding::codecName(TextEncoding::Encoding::Cp932));

    QString failed; // the character that could not be encoded
    const auto appendBytes = [&](QByteArrayView bytes) {
        // The delimiter, quote, CR and LF are below 0x40, which is never part of a CP932
        // double-byte character, so the encoded bytes can be searched directly. Leading and
        // trailing spaces are quoted too, because many readers trim them from unquoted cells.
        bool quote = false;
        for (const char c : bytes) {
            if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
                quote = true;
                break;
            }
        }
        if (!bytes.isEmpty()) {
            const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
            quote = quote || isSpace(bytes.front()) || isSpace(bytes.back());
        }
        if (!quote) {
            out.append(bytes);
            return;
        }
        out.append('"');
        for (const char c : bytes) {
            if (c == '"')
                out.append('"');
            out.append(c);
        }
        out.append('"');
    };
    const auto appendCell = [&](const QString &text) -> bool {
        if (!cp932) {
            appendBytes(text.toUtf8());
        } else if (isAscii(text)) {
            appendBytes(text.toLatin1());
        } else {
            const QString mapped = TextEncoding::mapToCp932Lookalikes(text);
            const QByteArray bytes = encoder->encode(mapped);
            if (encoder->hasError()) {
                failed = firstUnmappable(mapped);
                return false;
            }
            appendBytes(bytes);
        }
        return true;
    };
    const auto unmappableError = [&](qint64 row, int column) {
        QString code = QString::number(failed.isEmpty() ? 0 : failed.toUcs4().value(0), 16).toUpper();
        code = code.rightJustified(4, QLatin1Char('0'));
        return error(Error::Kind::Encoding,
                     tr("The character \"%1\" (U+%2) cannot be written in CP932 (Shift_JIS). Save as UTF-8, "
                        "or replace the character.")
                         .arg(failed, code),
                     row, column);
    };
    const auto flush = [&]() -> bool {
        if (out.isEmpty())
            return true;
        if (device->write(out) != out.size())
            return false;
        out.resize(0);
        return true;
    };
    const auto writeError = [&](qint64 row) {
        return error(Error::Kind::Io, tr("The file cannot be written: %1").arg(device->errorString()), row);
    };

    const int columns = table.columnCount();
    const QStringList names = table.columnNames();
    const bool hasNames = std::any_of(names.cbegin(), names.cend(), [](const QString &n) { return !n.isEmpty(); });
    if (hasNames) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out.append(delimiter);
            if (!appendCell(table.columnName(c))) {
                Error e = unmappableError(-1, c);
                e.message = tr("Column name %1: %2").arg(c + 1).arg(e.message);
                return e;
            }
        }
        out.append("\r\n");
    }
    const qsizetype rows = table.rowCount();
    for (qsizetype r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out.append(delimiter);
            const Column &column = table.column(c);
            const Cell::Kind kind = column.kindAt(r);
            if (kind == Cell::Kind::Empty)
                continue;
            if (kind == Cell::Kind::Text && !cp932) {
                appendBytes(column.textBytesAt(r)); // stored as UTF-8 already: no decoding
                continue;
            }
            if (!appendCell(column.at(r).toString()))
                return unmappableError(r, c);
        }
        out.append("\r\n");
        if (out.size() >= FlushBytes) {
            if (!flush())
                return writeError(r);
            if (options.progress && !options.progress(r + 1, rows))
                return error(Error::Kind::Cancelled, tr("Writing was cancelled."));
        }
    }
    if (!flush())
        return writeError(-1);
    if (options.progress && !options.progress(rows, rows))
        return error(Error::Kind::Cancelled, tr("Writing was cancelled."));
    return Ok {};
}

} // namespace tenarai
