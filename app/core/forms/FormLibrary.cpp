#include "forms/FormLibrary.h"

#include "forms/FormCollection.h"
#include "progress/ProgressStore.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace tenarai {

namespace {
// Long enough for any real title, short enough that folder + name stays far below Windows'
// 260-character path limit.
constexpr qsizetype MaxBaseNameChars = 80;
// More forms of one title than anyone makes; a bound so that a broken folder cannot loop forever.
constexpr int MaxNumberedNames = 10000;

// A file name part that is legal on Windows and Linux: no <>:"/\|?* or control characters, no
// trailing dots or spaces, not a device name such as CON or COM1.
QString safeBaseName(const QString &title)
{
    static const QString illegal = QStringLiteral("<>:\"/\\|?*");
    QString name;
    name.reserve(title.size());
    for (const QChar c : title)
        name += (c.unicode() < 0x20 || c.unicode() == 0x7F || illegal.contains(c)) ? QLatin1Char('_') : c;
    name = name.simplified();
    if (name.size() > MaxBaseNameChars) {
        qsizetype cut = MaxBaseNameChars;
        if (name.at(cut - 1).isHighSurrogate())
            --cut;
        name.truncate(cut);
    }
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    while (name.startsWith(QLatin1Char('.'))) // a hidden file on Linux
        name.remove(0, 1);
    static const QStringList devices
        = { QStringLiteral("CON"),  QStringLiteral("PRN"),  QStringLiteral("AUX"),  QStringLiteral("NUL"),
            QStringLiteral("COM1"), QStringLiteral("COM2"), QStringLiteral("COM3"), QStringLiteral("COM4"),
            QStringLiteral("COM5"), QStringLiteral("COM6"), QStringLiteral("COM7"), QStringLiteral("COM8"),
            QStringLiteral("COM9"), QStringLiteral("LPT1"), QStringLiteral("LPT2"), QStringLiteral("LPT3"),
            QStringLiteral("LPT4"), QStringLiteral("LPT5"), QStringLiteral("LPT6"), QStringLiteral("LPT7"),
            QStringLiteral("LPT8"), QStringLiteral("LPT9") };
    if (devices.contains(name, Qt::CaseInsensitive))
        name += QLatin1Char('_');
    return name;
}

bool hasDraftText(const FormInputs &draft)
{
    return std::any_of(draft.cbegin(), draft.cend(),
                       [](const QString &text) { return !text.trimmed().isEmpty(); });
}
} // namespace

FormLibrary::FormLibrary(const QString &folder) : m_folder(folder) { }

QString FormLibrary::defaultFolder()
{
    return QFileInfo(StoreLocation::defaultLocal().path).absolutePath() + QStringLiteral("/forms");
}

QList<FormLibrary::Entry> FormLibrary::entries() const
{
    const QDir dir(m_folder);
    const QFileInfoList files
        = dir.entryInfoList({ QStringLiteral("*") + QLatin1String(Suffix) }, QDir::Files | QDir::Hidden);
    QList<Entry> list;
    list.reserve(files.size());
    for (const QFileInfo &info : files) {
        Entry entry;
        entry.path = info.absoluteFilePath();
        entry.modified = info.lastModified();
        const Result<FormCollection> collection = FormCollection::load(entry.path);
        if (collection) {
            // An untitled form is listed by its file name rather than as a blank line.
            entry.title = collection->form.title.trimmed().isEmpty() ? info.completeBaseName()
                                                                     : collection->form.title;
            entry.submissionCount = int(collection->submissions.size());
            entry.hasDraft = hasDraftText(collection->draft);
        } else {
            entry.error = collection.error();
        }
        list.append(std::move(entry));
    }
    std::stable_sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) {
        if (a.modified != b.modified)
            return a.modified > b.modified;
        return a.path < b.path;
    });
    return list;
}

Result<QString> FormLibrary::newPath(const QString &title) const
{
    const QDir dir(m_folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        Error e;
        e.kind = Error::Kind::Io;
        e.file = m_folder;
        e.message = tr("The forms folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder));
        return e;
    }
    QString base = safeBaseName(title);
    if (base.isEmpty())
        base = tr("Form");
    const QString suffix = QLatin1String(Suffix);
    for (int n = 1; n <= MaxNumberedNames; ++n) {
        const QString name = n == 1 ? QString(base + suffix)
                                    : QString(base + QLatin1Char('-') + QString::number(n) + suffix);
        const QString path = dir.absoluteFilePath(name);
        if (!QFileInfo::exists(path))
            return path;
    }
    Error e;
    e.kind = Error::Kind::Io;
    e.file = m_folder;
    e.message = tr("The forms folder %1 already holds too many forms named “%2”.")
                    .arg(QDir::toNativeSeparators(m_folder), base);
    return e;
}

} // namespace tenarai
