#include "forms/PostalAddressDirectory.h"

#include "io/CsvReader.h"
#include "normalize/PostalCodeNormalizer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <QDateTime>

#include <limits>
#include <optional>

namespace tenarai {

namespace {
// Japan Post's KEN_ALL.CSV has about 125,000 rows; ten times that is not a postal-code table.
constexpr qsizetype MaxRows = 1250000;
// KEN_ALL has 15 columns; headed tables a handful more. Anything wider is not one of them.
constexpr int MaxColumns = 64;
// The longest 町域 of KEN_ALL, split over several rows, is a few hundred characters.
constexpr int MaxCellChars = 4096;

// KEN_ALL.CSV columns (0-based).
constexpr int KenAllCode = 2;
constexpr int KenAllPrefecture = 6;
constexpr int KenAllMunicipality = 7;
constexpr int KenAllTown = 8;

struct Layout
{
    int code = -1;
    int prefecture = -1;
    int municipality = -1;
    int town = -1;
    qsizetype firstDataRow = 0;
};

QString cellText(const Table &table, qsizetype row, int column)
{
    if (column < 0 || column >= table.columnCount())
        return QString();
    return table.cell(row, column).textValue().trimmed();
}

bool isSevenAsciiDigits(const QString &text)
{
    if (text.size() != 7)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// The code as a number (1000001 for 100-0001), or nullopt when it is not a postal code.
std::optional<quint32> codeKey(QStringView text)
{
    const Result<QString> normal = PostalCodeNormalizer::normalize(text);
    if (!normal || normal.value().isEmpty())
        return std::nullopt;
    const QString digits = normal.value().left(3) + normal.value().mid(4);
    bool ok = false;
    const uint key = digits.toUInt(&ok);
    return ok ? std::optional<quint32>(key) : std::nullopt;
}

// Japan Post writes notes where a 町域 would be: 「以下に掲載がない場合」 (the rest of the
// municipality), 「〇〇の次に番地がくる場合」, and parenthesised remarks such as 「（その他）」,
// 「（次のビルを除く）」 or 「（１〜１９丁目）」. None of them belongs in an address someone types.
QString cleanTown(const QString &town)
{
    if (town == QStringLiteral("以下に掲載がない場合")
        || town.endsWith(QStringLiteral("の次に番地がくる場合")))
        return QString();
    QString clean = town;
    for (const QChar open : { QChar(u'（'), QChar(u'(') }) {
        const qsizetype at = clean.indexOf(open);
        if (at >= 0)
            clean.truncate(at);
    }
    return clean.trimmed();
}

bool opensParenthesis(const QString &text)
{
    const qsizetype open = std::max(text.lastIndexOf(u'（'), text.lastIndexOf(u'('));
    if (open < 0)
        return false;
    const qsizetype close = std::max(text.lastIndexOf(u'）'), text.lastIndexOf(u')'));
    return close < open;
}

bool closesParenthesis(const QString &text)
{
    return text.contains(u'）') || text.contains(u')');
}

struct CacheEntry
{
    QDateTime modified;
    qint64 size = -1;
    std::shared_ptr<const PostalAddressDirectory> directory;
};

QMutex cacheMutex;
QHash<QString, CacheEntry> cache; // by absolute path
} // namespace

QString PostalAddressDirectory::configuredPath()
{
    const QString configured = qEnvironmentVariable(PathVariable);
    if (!configured.isEmpty())
        return configured;
#ifdef Q_OS_WIN
    QString programData = qEnvironmentVariable("ProgramData");
    if (programData.isEmpty())
        programData = QStringLiteral("C:/ProgramData");
    return QDir::fromNativeSeparators(programData) + QStringLiteral("/Tenarai/postal-codes.csv");
#else
    return QStringLiteral("/etc/tenarai/postal-codes.csv");
#endif
}

Result<std::shared_ptr<const PostalAddressDirectory>> PostalAddressDirectory::standard()
{
    const QString path = configuredPath();
    if (!QFileInfo::exists(path)) {
        Error e;
        e.kind = Error::Kind::Unsupported;
        e.file = path;
        e.message = tr("Address auto-fill is not available: no postal-code table is installed (IT can put "
                       "one at %1).")
                        .arg(QDir::toNativeSeparators(path));
        return e;
    }
    return load(path);
}

Result<std::shared_ptr<const PostalAddressDirectory>> PostalAddressDirectory::load(const QString &path)
{
    const QFileInfo info(path);
    const QString key = info.absoluteFilePath();
    {
        // A table replaced by IT (another size or time) is read again; an unchanged one is shared.
        QMutexLocker locker(&cacheMutex);
        const auto it = cache.constFind(key);
        if (it != cache.constEnd() && it->size == info.size() && it->modified == info.lastModified())
            return it->directory;
    }

    Error e;
    e.kind = Error::Kind::Io;
    e.file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        e.message = tr("The postal-code table cannot be opened: %1").arg(file.errorString());
        return e;
    }
    if (file.size() > MaxFileBytes) {
        e.kind = Error::Kind::TooLarge;
        e.message = tr("The postal-code table is larger than %1 MiB.").arg(MaxFileBytes / 1024 / 1024);
        return e;
    }
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        e.message = tr("The postal-code table cannot be read: %1").arg(file.errorString());
        return e;
    }
    Result<std::shared_ptr<const PostalAddressDirectory>> directory = fromCsv(data, path);
    if (directory) {
        // Two threads loading at once both read the file; either result is the same table.
        QMutexLocker locker(&cacheMutex);
        cache.insert(key, CacheEntry { info.lastModified(), info.size(), directory.value() });
    }
    return directory;
}

Result<std::shared_ptr<const PostalAddressDirectory>> PostalAddressDirectory::fromCsv(const QByteArray &data,
                                                                                      const QString &source)
{
    const auto fail = [&source](Error::Kind kind, const QString &message, qint64 row = -1) {
        Error e;
        e.kind = kind;
        e.file = source;
        e.row = row;
        e.message = message;
        return e;
    };
    if (data.size() > MaxFileBytes)
        return fail(Error::Kind::TooLarge,
                    tr("The postal-code table is larger than %1 MiB.").arg(MaxFileBytes / 1024 / 1024));

    // CsvReader decides between UTF-8 (with or without BOM) and CP932, as for any CSV.
    ReadOptions options;
    options.limits.maxFileBytes = MaxFileBytes;
    options.limits.maxRows = MaxRows;
    options.limits.maxColumns = MaxColumns;
    options.limits.maxCellChars = MaxCellChars;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    Result<Workbook> read = CsvReader::read(&buffer, source, options);
    if (!read)
        return read.error();
    if (read->sheets.empty() || read->sheets.front().table.rowCount() == 0)
        return fail(Error::Kind::Format, tr("The postal-code table is empty."));
    const Table &table = read->sheets.front().table;

    // The layout, from the first line: KEN_ALL.CSV has no header and a 7-digit code in the 3rd
    // column; a headed table names its columns.
    Layout layout;
    if (table.columnCount() > KenAllTown && isSevenAsciiDigits(cellText(table, 0, KenAllCode))) {
        layout = Layout { KenAllCode, KenAllPrefecture, KenAllMunicipality, KenAllTown, 0 };
    } else {
        for (int c = 0; c < table.columnCount(); ++c) {
            const QString name = cellText(table, 0, c).toLower();
            int *slot = name == QLatin1String("code") ? &layout.code
                : name == QLatin1String("prefecture") ? &layout.prefecture
                : name == QLatin1String("city")       ? &layout.municipality
                : name == QLatin1String("town")       ? &layout.town
                                                      : nullptr;
            if (slot && *slot < 0)
                *slot = c;
        }
        if (layout.code < 0 && layout.prefecture < 0 && layout.municipality < 0 && layout.town < 0)
            return fail(Error::Kind::Format,
                        tr("This is not a postal-code table: the first line is neither a row of Japan Post's "
                           "KEN_ALL.CSV nor a header with the columns code, prefecture, city and town."),
                        0);
        QStringList missing;
        if (layout.code < 0)
            missing << QStringLiteral("code");
        if (layout.prefecture < 0)
            missing << QStringLiteral("prefecture");
        if (layout.municipality < 0)
            missing << QStringLiteral("city");
        if (layout.town < 0)
            missing << QStringLiteral("town");
        if (!missing.isEmpty())
            return fail(Error::Kind::Format,
                        tr("The postal-code table's header lacks the column(s) %1.")
                            .arg(missing.join(QStringLiteral(", "))),
                        0);
        layout.firstDataRow = 1;
    }

    auto directory = std::make_shared<PostalAddressDirectory>();
    directory->m_source = source;
    qsizetype skipped = 0;
    const qsizetype rows = table.rowCount();
    for (qsizetype r = layout.firstDataRow; r < rows; ++r) {
        const std::optional<quint32> key = codeKey(cellText(table, r, layout.code));
        Address address { cellText(table, r, layout.prefecture), cellText(table, r, layout.municipality),
                          cellText(table, r, layout.town) };
        if (!key || address.prefecture.isEmpty() || address.municipality.isEmpty()) {
            ++skipped;
            continue;
        }
        // KEN_ALL splits a long 町域 over consecutive rows of the same code while its
        // parenthesis is open; those rows are one address.
        QString town = address.town;
        while (opensParenthesis(town) && r + 1 < rows
               && codeKey(cellText(table, r + 1, layout.code)) == key) {
            ++r;
            const QString more = cellText(table, r, layout.town);
            town += more;
            if (closesParenthesis(more))
                break;
        }
        address.town = cleanTown(town);
        QList<Address> &list = directory->m_addresses[*key];
        if (!list.contains(address))
            list.append(address);
    }
    if (directory->m_addresses.isEmpty())
        return fail(Error::Kind::Format,
                    tr("The postal-code table has no row with a readable postal code and address "
                       "(%n row(s) skipped).",
                       nullptr, int(std::min<qsizetype>(skipped, std::numeric_limits<int>::max()))));
    directory->m_addresses.squeeze();
    return std::shared_ptr<const PostalAddressDirectory>(std::move(directory));
}

QList<PostalAddressDirectory::Address> PostalAddressDirectory::lookup(QStringView postalCode) const
{
    const std::optional<quint32> key = codeKey(postalCode);
    if (!key)
        return {};
    return m_addresses.value(*key);
}

} // namespace tenarai
