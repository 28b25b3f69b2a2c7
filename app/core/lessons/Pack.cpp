#include "lessons/Pack.h"

#include "cleaning/PromoteHeadersStep.h"
#include "io/CsvReader.h"
#include "io/XlsxReader.h"

#include <QBuffer>
#include <QCryptographicHash>

namespace tenarai {

namespace {

Error packError(Error::Kind kind, const QString &file, const QString &message)
{
    Error e;
    e.kind = kind;
    e.file = file;
    e.message = message;
    return e;
}

} // namespace

Pack::Pack(PackManifest manifest, QList<Exercise> exercises, std::shared_ptr<const PackSource> source)
    : m_manifest(std::move(manifest)), m_exercises(std::move(exercises)), m_source(std::move(source))
{
}

const Exercise *Pack::exercise(const QString &id) const
{
    for (const Exercise &e : m_exercises) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

const LessonEntry *Pack::lesson(const QString &id) const
{
    return m_manifest.lesson(id);
}

const LessonEntry *Pack::lessonOf(const QString &exerciseId) const
{
    for (const LessonEntry &l : m_manifest.lessons) {
        if (l.exercises.contains(exerciseId))
            return &l;
    }
    return nullptr;
}

Result<QByteArray> Pack::readFile(const QString &path) const
{
    const Result<QString> checked = PackSource::checkedPath(path);
    if (!checked)
        return checked.error();
    const QString file = checked.value();
    const auto hash = m_manifest.files.constFind(file);
    if (hash == m_manifest.files.cend())
        return packError(Error::Kind::InvalidArgument, file,
                         tr("The file is not listed in the pack’s pack.json."));
    Result<QByteArray> bytes = m_source->read(file);
    if (!bytes)
        return bytes;
    // The pack was checked when it was loaded, but a folder on a file share can change while
    // Tenarai runs; a changed file would make the exercise check something the author never wrote.
    const QByteArray actual = QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex();
    if (QString::fromLatin1(actual) != hash.value().toLower())
        return packError(Error::Kind::Format, file,
                         tr("The file has changed since the pack was loaded; load the pack again."));
    return bytes;
}

Result<QString> Pack::lessonText(const QString &lessonId, const QString &language) const
{
    const LessonEntry *entry = lesson(lessonId);
    if (!entry)
        return packError(Error::Kind::InvalidArgument, m_source->location(),
                         tr("The pack has no lesson “%1”.").arg(lessonId));
    const QString file = (language == QLatin1String("en") && !entry->textEn.isEmpty()) ? entry->textEn : entry->textJa;
    Result<QByteArray> bytes = readFile(file);
    if (!bytes)
        return bytes.error();
    QByteArray utf8 = std::move(bytes).value();
    if (utf8.startsWith("\xEF\xBB\xBF"))
        utf8.remove(0, 3);
    return QString::fromUtf8(utf8);
}

Result<Workbook> Pack::readWorkbook(const QString &path, const ImportOptions &options) const
{
    Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    QByteArray data = std::move(bytes).value();
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    ReadOptions read;
    read.encoding = options.encoding;
    // By content, as TableIO does for files on disk: an XLSX file is a ZIP archive.
    Result<Workbook> workbook = data.startsWith("PK\x03\x04") ? XlsxReader::read(&buffer, path, read)
                                                               : CsvReader::read(&buffer, path, read);
    if (!workbook) {
        Error e = workbook.error();
        e.file = path;
        return e;
    }
    return workbook;
}

Result<Table> Pack::readTable(const QString &path, const ImportOptions &options, bool headerRow) const
{
    Result<Workbook> workbook = readWorkbook(path, options);
    if (!workbook)
        return workbook.error();
    std::vector<Sheet> &sheets = workbook.value().sheets;
    int index = -1;
    if (!options.sheet.isEmpty()) {
        index = workbook->indexOf(options.sheet);
        if (index < 0)
            return packError(Error::Kind::Format, path, tr("The file has no sheet “%1”.").arg(options.sheet));
    } else if (options.sheetIndex >= 0) {
        if (size_t(options.sheetIndex) >= sheets.size())
            return packError(Error::Kind::Format, path,
                             tr("The file has no sheet number %1.").arg(options.sheetIndex + 1));
        index = options.sheetIndex;
    } else {
        for (size_t i = 0; i < sheets.size(); ++i) {
            if (sheets[i].type == Sheet::Type::Worksheet) {
                index = int(i);
                break;
            }
        }
        if (index < 0)
            return packError(Error::Kind::Format, path, tr("The file has no worksheet."));
    }
    Table table = std::move(sheets[size_t(index)].table);
    if (!headerRow)
        return table;
    if (table.rowCount() == 0)
        return packError(Error::Kind::Format, path, tr("The table is empty: its first row must hold the column names."));
    // The same rule the workbench's "use a row as column names" applies, so that names in a
    // target file mean what they mean to a learner who promotes the row themselves.
    const PromoteHeadersStep promote;
    Result<StepOutcome> promoted = promote.apply(table, StepContext{});
    if (!promoted) {
        Error e = promoted.error();
        e.file = path;
        return e;
    }
    return std::move(promoted.value().table);
}

} // namespace tenarai
