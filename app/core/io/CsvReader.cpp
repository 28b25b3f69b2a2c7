#include "io/CsvReader.h"

#include "io/CsvParser.h"
#include "io/CsvTranscoder.h"
#include "io/TextEncoding.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <optional>
#include <vector>

namespace tenarai {

namespace {

// Large enough that per-block costs vanish, small enough to stay out of the memory budget.
constexpr qsizetype BlockSize = qsizetype(1) << 20;
// How much decoded text the delimiter is guessed from.
constexpr qsizetype DelimiterSample = 64 * 1024;
// UTF-8 files up to this size are read whole and parsed on every core. The text is let go
// before the parts are joined, which then hold about twice the file's size for a moment; larger
// files are read block by block, which holds little more than the table.
constexpr qint64 WholeFileBytes = qint64(64) << 20;

// Fills data from device until it is full or the device has no more; -1 on a read error.
qsizetype readBlock(QIODevice *device, char *data, qsizetype size)
{
    qsizetype total = 0;
    while (total < size) {
        const qint64 n = device->read(data + total, size - total);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        total += n;
    }
    return total;
}

using Encoding = TextEncoding::Encoding;

bool isUtf16(Encoding encoding)
{
    return encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE;
}

// Strict UTF-8 check of a whole text in slices on every core. A slice starts on a character's
// first byte, so each one is checked on its own exactly as the whole would be.
bool isValidUtf8(QByteArrayView text)
{
    constexpr qsizetype SliceBytes = qsizetype(1) << 20;
    std::vector<QByteArrayView> slices;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = std::min(text.size(), start + SliceBytes);
        for (int back = 0; back < 3 && end < text.size() && (quint8(text[end]) & 0xC0) == 0x80; ++back)
            ++end;
        slices.push_back(text.sliced(start, end - start));
        start = end;
    }
    std::atomic<bool> valid { true };
    QtConcurrent::blockingMap(slices, [&valid](QByteArrayView slice) {
        if (valid.load(std::memory_order_relaxed) && !TextEncoding::checkUtf8(slice, true).valid)
            valid.store(false, std::memory_order_relaxed);
    });
    return valid.load();
}

} // namespace

Result<Workbook> CsvReader::readFile(const QString &path, const ReadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.kind = Error::Kind::Io;
        e.file = path;
        e.message = tr("The file cannot be opened: %1").arg(file.errorString());
        return e;
    }
    return read(&file, path, options);
}

Result<Workbook> CsvReader::read(QIODevice *device, const QString &displayName, const ReadOptions &options)
{
    const ReadLimits &limits = options.limits;
    const auto error = [&displayName](Error::Kind kind, const QString &message, qint64 row = -1) {
        Error e;
        e.kind = kind;
        e.file = displayName;
        e.message = message;
        e.row = row;
        return e;
    };

    if (!device || !device->isReadable())
        return error(Error::Kind::Io, tr("The file is not open for reading."));

    char delimiter = 0;
    if (!options.delimiter.isNull()) {
        const char16_t d = options.delimiter.unicode();
        if (d >= 0x80 || d == u'"' || d == u'\r' || d == u'\n' || d == 0)
            return error(Error::Kind::InvalidArgument,
                         tr("\"%1\" cannot be used as a delimiter; use a comma, tab, semicolon or another "
                            "ASCII character.")
                             .arg(options.delimiter));
        delimiter = char(d);
    }

    std::optional<Encoding> requested;
    if (!options.encoding.isEmpty()) {
        requested = TextEncoding::fromOptionName(options.encoding);
        if (!requested)
            return error(Error::Kind::InvalidArgument, tr("The encoding \"%1\" is not known.").arg(options.encoding));
    }

    const qint64 total = device->isSequential() ? -1 : device->size();
    const QString limitText = QLocale().formattedDataSize(limits.maxFileBytes);
    const auto tooLarge = [&] {
        return error(Error::Kind::TooLarge, tr("The file is larger than the limit of %1.").arg(limitText));
    };
    if (total > limits.maxFileBytes)
        return tooLarge();
    const auto cancelled = [&] { return error(Error::Kind::Cancelled, tr("Reading was cancelled.")); };
    if (options.progress && !options.progress(0, total))
        return cancelled();

    // A small file needs no megabyte; one byte more than its size shows the end in one read.
    const qsizetype blockSize = total >= 0 ? qsizetype(qBound<qint64>(4096, total + 1, BlockSize)) : BlockSize;
    QByteArray block(blockSize, Qt::Uninitialized);
    qsizetype n = readBlock(device, block.data(), blockSize);
    if (n < 0)
        return error(Error::Kind::Io, tr("The file cannot be read: %1").arg(device->errorString()));
    qint64 done = n;
    if (done > limits.maxFileBytes)
        return tooLarge();
    bool atEnd = n < blockSize;
    QByteArrayView raw(block.constData(), n);

    // The encoding: a BOM, then the caller's choice, then what the first block decodes as.
    Encoding bomEncoding = Encoding::Utf8;
    const int bomLength = TextEncoding::detectBom(raw, &bomEncoding);
    Encoding encoding = Encoding::Utf8;
    bool bom = false;
    bool provisional = false;
    if (requested) {
        encoding = *requested;
        if (bomLength > 0 && (bomEncoding == encoding || (isUtf16(encoding) && isUtf16(bomEncoding)))) {
            encoding = bomEncoding;
            bom = true;
        }
    } else if (bomLength > 0) {
        encoding = bomEncoding;
        bom = true;
    } else {
        const TextEncoding::Utf8Check check = TextEncoding::checkUtf8(raw, atEnd);
        if (check.valid) {
            provisional = !check.sawNonAscii;
        } else {
            if (!check.sawNonAscii || !TextEncoding::looksLikeUtf8(raw.first(check.validBytes)))
                encoding = TextEncoding::detectLegacy(raw);
        }
    }
    if (bom)
        raw = raw.sliced(bomLength);

    Workbook workbook;
    workbook.sheets.emplace_back();
    Sheet &sheet = workbook.sheets.front();
    sheet.name = QFileInfo(displayName).completeBaseName();
    if (sheet.name.isEmpty())
        sheet.name = QStringLiteral("Sheet1");

    CsvTranscoder transcoder(encoding, provisional);
    std::optional<CsvParser> parser;
    QByteArray pending; // decoded text waiting for the delimiter to be known
    QByteArrayView decoded;
    const auto encodingName = [&]() -> QString {
        return TextEncoding::displayName(transcoder.encoding())
            + (bom && transcoder.encoding() == Encoding::Utf8 ? QStringLiteral(" (BOM)") : QString());
    };
    const auto parserError = [&] {
        Error e = parser->error();
        e.file = displayName;
        return e;
    };

    // A UTF-8 file that is not small is read whole and parsed on every core. Anything else --
    // another encoding, a pipe, a huge file, bytes that are not UTF-8 after all -- goes block by
    // block below, which also finds the line of an encoding error.
    bool parsedWhole = false;
    if (!atEnd && transcoder.encoding() == Encoding::Utf8 && !device->isSequential() && total > 0
        && total <= WholeFileBytes) {
        QByteArray whole;
        whole.reserve(qsizetype(total - done) + raw.size());
        whole.append(raw);
        const qsizetype rest = qsizetype(total - done);
        whole.resize(raw.size() + rest);
        const qsizetype got = readBlock(device, whole.data() + raw.size(), rest);
        if (got < 0)
            return error(Error::Kind::Io, tr("The file cannot be read: %1").arg(device->errorString()));
        whole.resize(raw.size() + got);
        if (got == rest && device->atEnd() && isValidUtf8(whole)) {
            done += got;
            if (options.progress && !options.progress(done, total))
                return cancelled();
            const char d = delimiter ? delimiter : CsvParser::detectDelimiter(QByteArrayView(whole).first(raw.size()));
            parser.emplace(d, limits, &sheet.table);
            if (!parser->parseAll(std::move(whole)))
                return parserError();
            parsedWhole = true;
        } else if (!device->seek(done)) {
            return error(Error::Kind::Io, tr("The file cannot be read: %1").arg(device->errorString()));
        }
    }

    while (!parsedWhole) {
        const bool decodedOk = transcoder.decode(raw, atEnd, &decoded);
        bool parsedOk = true;
        if (parser) {
            parsedOk = parser->feed(decoded);
        } else {
            pending.append(decoded);
            if (pending.size() >= DelimiterSample || atEnd || !decodedOk) {
                const char d = delimiter ? delimiter : CsvParser::detectDelimiter(pending);
                parser.emplace(d, limits, &sheet.table);
                parsedOk = parser->feed(pending);
                pending.clear();
            }
        }
        if (!parsedOk)
            return parserError();
        if (!decodedOk)
            return error(Error::Kind::Encoding,
                         tr("The file contains bytes that are not valid %1 text. Choose its encoding when "
                            "opening it, or convert it to UTF-8.")
                             .arg(encodingName()),
                         parser->currentRow());
        if (atEnd)
            break;
        if (options.progress && !options.progress(done, total))
            return cancelled();
        n = readBlock(device, block.data(), blockSize);
        if (n < 0)
            return error(Error::Kind::Io, tr("The file cannot be read: %1").arg(device->errorString()),
                         parser->currentRow());
        done += n;
        if (done > limits.maxFileBytes)
            return tooLarge();
        atEnd = n < blockSize;
        raw = QByteArrayView(block.constData(), n);
    }
    if (!parsedWhole && !parser->finish())
        return parserError();
    if (options.progress && !options.progress(done, total))
        return cancelled();

    sheet.table.squeeze();
    SourceInfo &info = workbook.source;
    info.format = QStringLiteral("csv");
    info.encoding = encodingName();
    info.delimiter = QLatin1Char(parser->delimiter());
    parser->fillSourceInfo(&info);
    return workbook;
}

} // namespace tenarai
