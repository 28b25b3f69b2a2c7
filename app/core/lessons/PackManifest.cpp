#include "lessons/PackManifest.h"
#include "JsonPath.h"

#include "lessons/PackSource.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <initializer_list>

namespace tenarai {

namespace {
const QString FormatName = QStringLiteral("tenarai-pack");

// Caps checked while reading, so that a hostile manifest cannot take all memory or time.
constexpr int MaxIdLength = 64;
constexpr int MaxPackIdLength = 128;
constexpr int MaxTitleChars = 200;
constexpr int MaxAuthors = 50;
constexpr int MaxShortText = 200; // an author's name, the licence, a version
constexpr qint64 MaxMinutes = 100000;
// A manifest cannot list more files than an archive may hold.
const int MaxFiles = PackSource::Limits().maxEntries;

bool isIdChar(QChar c, bool dots)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || c == QLatin1Char('-') || (dots && (c == QLatin1Char('.') || c == QLatin1Char('_')));
}

// Pack ids may hold dots and underscores ("jp.tenarai.data-cleaning"); lesson and exercise ids
// become parts of file names and progress records, so they are kept simpler.
bool validId(const QString &id, bool dots)
{
    if (id.isEmpty() || id.size() > (dots ? MaxPackIdLength : MaxIdLength) || !isIdChar(id[0], false)
        || id[0] == QLatin1Char('-'))
        return false;
    for (QChar c : id) {
        if (!isIdChar(c, dots))
            return false;
    }
    return true;
}

bool validVersion(const QString &version)
{
    if (version.isEmpty() || version.size() > 50)
        return false;
    const QStringList parts = version.split(QLatin1Char('.'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 9)
            return false;
        for (QChar c : part) {
            if (!c.isDigit() || c.unicode() > 127)
                return false;
        }
    }
    return true;
}

bool validSha256(const QString &hash)
{
    if (hash.size() != 64)
        return false;
    for (QChar c : hash) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    // Compare as doubles first: converting an out-of-range double to an integer is undefined.
    if (!(d >= double(min) && d <= double(max)) || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

QString quoted(const QString &key)
{
    return QStringLiteral("“") + key + QStringLiteral("”");
}

// Reads pack.json, collecting every problem with its JSON path instead of stopping at the first.
class ManifestReader
{
public:
    ManifestReader(const QString &fileName, PackIssues *issues) : m_fileName(fileName), m_issues(issues) {}

    bool failed() const { return m_errors > 0; }

    void error(const QString &path, const QString &message)
    {
        m_issues->append(PackIssue::error(m_fileName, path, message));
        ++m_errors;
    }
    void warning(const QString &path, const QString &message)
    {
        m_issues->append(PackIssue::warning(m_fileName, path, message));
    }

    // Keys a newer Tenarai may add are warned about, not refused, so that an older Tenarai still
    // reads the rest of a newer pack of the same format version.
    void warnUnknownKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool found = false;
            for (const char *k : known)
                found = found || it.key() == QLatin1String(k);
            if (!found)
                warning(jsonMember(path, it.key()), PackManifest::tr("The key %1 is not part of the pack format and is ignored.")
                                                    .arg(quoted(it.key())));
        }
    }

    // Absent is fine unless required; anything but a string is an error.
    bool text(const QJsonObject &o, const QString &key, const QString &path, QString *out, bool required,
              int maxChars = MaxShortText)
    {
        const QJsonValue v = o.value(key);
        const QString at = jsonMember(path, key);
        if (v.isUndefined()) {
            if (required)
                error(at, PackManifest::tr("The required key %1 is missing.").arg(quoted(key)));
            return !required;
        }
        if (!v.isString()) {
            error(at, PackManifest::tr("%1 must be text.").arg(quoted(key)));
            return false;
        }
        if (v.toString().size() > maxChars) {
            error(at, PackManifest::tr("%1 is longer than %2 characters.").arg(quoted(key)).arg(maxChars));
            return false;
        }
        *out = v.toString();
        return true;
    }

    bool localized(const QJsonObject &o, const QString &key, const QString &path, LocalizedText *out, bool required,
                   int maxChars = 10000)
    {
        const QJsonValue v = o.value(key);
        const QString at = jsonMember(path, key);
        if (v.isUndefined()) {
            if (required)
                error(at, PackManifest::tr("The required key %1 is missing.").arg(quoted(key)));
            return !required;
        }
        Result<LocalizedText> text = LocalizedText::fromJson(v, at, maxChars);
        if (!text) {
            error(text.error().part.isEmpty() ? at : text.error().part, text.error().message);
            return false;
        }
        if (required && text->ja.trimmed().isEmpty()) {
            error(at, PackManifest::tr("%1 needs a Japanese text.").arg(quoted(key)));
            return false;
        }
        *out = text.value();
        return true;
    }

    bool minutes(const QJsonObject &o, const QString &path, int *out)
    {
        const QJsonValue v = o.value(QStringLiteral("estimatedMinutes"));
        if (v.isUndefined())
            return true;
        const auto n = wholeNumber(v, 0, MaxMinutes);
        if (!n) {
            error(jsonMember(path, QStringLiteral("estimatedMinutes")),
                  PackManifest::tr("“estimatedMinutes” must be a whole number from 0 to %1.").arg(MaxMinutes));
            return false;
        }
        *out = int(*n);
        return true;
    }

    // A path inside the pack, in its canonical form.
    bool packPath(const QJsonValue &v, const QString &at, QString *out)
    {
        if (!v.isString()) {
            error(at, PackManifest::tr("A file path must be text."));
            return false;
        }
        Result<QString> checked = PackSource::checkedPath(v.toString());
        if (!checked) {
            error(at, checked.error().message);
            return false;
        }
        if (checked.value() == QLatin1String(PackManifest::FileName)) {
            error(at, PackManifest::tr("pack.json cannot be named as one of the pack's files."));
            return false;
        }
        *out = checked.value();
        return true;
    }

    void lesson(const QJsonValue &value, const QString &path, LessonEntry *lesson)
    {
        if (!value.isObject()) {
            error(path, PackManifest::tr("A lesson must be a JSON object."));
            return;
        }
        const QJsonObject o = value.toObject();
        warnUnknownKeys(o, path,
                        {"id", "title", "summary", "text", "estimatedMinutes", "exercises", "completion", "learned", "next"});
        if (text(o, QStringLiteral("id"), path, &lesson->id, true, MaxIdLength) && !validId(lesson->id, false))
            error(jsonMember(path, QStringLiteral("id")),
                  PackManifest::tr("A lesson id may hold only a–z, 0–9 and “-”, and must start with a letter or digit."));
        localized(o, QStringLiteral("title"), path, &lesson->title, true, MaxTitleChars);
        localized(o, QStringLiteral("summary"), path, &lesson->summary, false);
        localized(o, QStringLiteral("learned"), path, &lesson->learned, false);
        localized(o, QStringLiteral("next"), path, &lesson->next, false);
        minutes(o, path, &lesson->estimatedMinutes);

        const QString textPath = jsonMember(path, QStringLiteral("text"));
        const QJsonValue textValue = o.value(QStringLiteral("text"));
        if (textValue.isUndefined()) {
            error(textPath, PackManifest::tr("The required key %1 is missing.").arg(quoted(QStringLiteral("text"))));
        } else if (!textValue.isObject()) {
            error(textPath, PackManifest::tr("“text” must be an object naming the Markdown file of each language."));
        } else {
            const QJsonObject t = textValue.toObject();
            warnUnknownKeys(t, textPath, {"ja", "en"});
            const QJsonValue ja = t.value(QStringLiteral("ja"));
            if (ja.isUndefined())
                error(jsonMember(textPath, QStringLiteral("ja")),
                      PackManifest::tr("The required key %1 is missing.").arg(quoted(QStringLiteral("ja"))));
            else
                packPath(ja, jsonMember(textPath, QStringLiteral("ja")), &lesson->textJa);
            const QJsonValue en = t.value(QStringLiteral("en"));
            if (!en.isUndefined())
                packPath(en, jsonMember(textPath, QStringLiteral("en")), &lesson->textEn);
        }

        const QString exercisesPath = jsonMember(path, QStringLiteral("exercises"));
        const QJsonValue exercises = o.value(QStringLiteral("exercises"));
        if (!exercises.isUndefined()) {
            if (!exercises.isArray()) {
                error(exercisesPath, PackManifest::tr("“exercises” must be a list of exercise ids."));
            } else {
                const QJsonArray list = exercises.toArray();
                if (list.size() > PackManifest::MaxExercises)
                    error(exercisesPath, PackManifest::tr("A lesson may have at most %1 exercises.").arg(PackManifest::MaxExercises));
                for (qsizetype i = 0; i < list.size() && i < PackManifest::MaxExercises; ++i) {
                    if (!list[i].isString() || !validId(list[i].toString(), false))
                        error(jsonIndexed(exercisesPath, i), PackManifest::tr("Each entry of “exercises” must be an exercise id."));
                    else if (lesson->exercises.contains(list[i].toString()))
                        error(jsonIndexed(exercisesPath, i),
                              PackManifest::tr("The exercise “%1” is listed twice.").arg(list[i].toString()));
                    else
                        lesson->exercises.append(list[i].toString());
                }
            }
        }
        if (exercises.isUndefined() || (exercises.isArray() && exercises.toArray().isEmpty()))
            warning(exercisesPath, PackManifest::tr("The lesson has no exercises, so a learner can never complete it."));

        const QString completionPath = jsonMember(path, QStringLiteral("completion"));
        const QJsonValue completion = o.value(QStringLiteral("completion"));
        if (completion.isUndefined() || completion == QJsonValue(QStringLiteral("allExercises"))) {
            lesson->completion = LessonEntry::Completion::AllExercises;
        } else if (completion.isObject()) {
            const QJsonObject c = completion.toObject();
            warnUnknownKeys(c, completionPath, {"minimumScore"});
            const QJsonValue score = c.value(QStringLiteral("minimumScore"));
            if (!score.isDouble() || !(score.toDouble() >= 0.0 && score.toDouble() <= 1.0)) {
                error(jsonMember(completionPath, QStringLiteral("minimumScore")),
                      PackManifest::tr("“minimumScore” must be a number from 0 to 1."));
            } else {
                lesson->completion = LessonEntry::Completion::MinimumScore;
                lesson->minimumScore = score.toDouble();
            }
        } else {
            error(completionPath,
                  PackManifest::tr("“completion” must be “allExercises” or an object such as {\"minimumScore\": 0.8}."));
        }
    }

    void exercise(const QJsonValue &value, const QString &path, ExerciseEntry *entry)
    {
        if (!value.isObject()) {
            error(path, PackManifest::tr("An exercise entry must be a JSON object."));
            return;
        }
        const QJsonObject o = value.toObject();
        warnUnknownKeys(o, path, {"id", "file"});
        if (text(o, QStringLiteral("id"), path, &entry->id, true, MaxIdLength) && !validId(entry->id, false))
            error(jsonMember(path, QStringLiteral("id")),
                  PackManifest::tr("An exercise id may hold only a–z, 0–9 and “-”, and must start with a letter or digit."));
        const QJsonValue file = o.value(QStringLiteral("file"));
        if (file.isUndefined())
            error(jsonMember(path, QStringLiteral("file")),
                  PackManifest::tr("The required key %1 is missing.").arg(quoted(QStringLiteral("file"))));
        else
            packPath(file, jsonMember(path, QStringLiteral("file")), &entry->file);
    }

    void read(const QJsonObject &root, PackManifest *m)
    {
        warnUnknownKeys(root, QString(),
                        {"format", "version", "id", "packVersion", "title", "description", "authors", "licence",
                         "minAppVersion", "estimatedMinutes", "lessons", "exercises", "files"});

        if (text(root, QStringLiteral("id"), QString(), &m->id, true, MaxPackIdLength) && !validId(m->id, true))
            error(QStringLiteral("id"), PackManifest::tr("A pack id may hold only a–z, 0–9, “.”, “_” and “-”, and must "
                                                         "start with a letter or digit."));
        if (text(root, QStringLiteral("packVersion"), QString(), &m->version, true) && !validVersion(m->version))
            error(QStringLiteral("packVersion"),
                  PackManifest::tr("“packVersion” must be numbers separated by dots, such as “1.0.0”."));
        if (text(root, QStringLiteral("minAppVersion"), QString(), &m->minAppVersion, false) && !m->minAppVersion.isEmpty()
            && !validVersion(m->minAppVersion))
            error(QStringLiteral("minAppVersion"),
                  PackManifest::tr("“minAppVersion” must be numbers separated by dots, such as “0.1.0”."));
        localized(root, QStringLiteral("title"), QString(), &m->title, true, MaxTitleChars);
        localized(root, QStringLiteral("description"), QString(), &m->description, false);
        text(root, QStringLiteral("licence"), QString(), &m->licence, false);
        minutes(root, QString(), &m->estimatedMinutes);

        const QJsonValue authors = root.value(QStringLiteral("authors"));
        if (!authors.isUndefined()) {
            const QJsonArray list = authors.toArray();
            if (!authors.isArray()) {
                error(QStringLiteral("authors"), PackManifest::tr("“authors” must be a list of names."));
            } else if (list.size() > MaxAuthors) {
                error(QStringLiteral("authors"), PackManifest::tr("“authors” has more than %1 names.").arg(MaxAuthors));
            } else {
                for (qsizetype i = 0; i < list.size(); ++i) {
                    if (!list[i].isString() || list[i].toString().trimmed().isEmpty() || list[i].toString().size() > MaxShortText)
                        error(jsonIndexed(QStringLiteral("authors"), i), PackManifest::tr("Each author must be a name as text."));
                    else
                        m->authors.append(list[i].toString());
                }
            }
        }

        readLessons(root, m);
        readExercises(root, m);
        readFiles(root, m);
        crossCheck(m);
    }

    void readLessons(const QJsonObject &root, PackManifest *m)
    {
        const QJsonValue lessons = root.value(QStringLiteral("lessons"));
        const QString path = QStringLiteral("lessons");
        if (lessons.isUndefined()) {
            error(path, PackManifest::tr("The required key %1 is missing.").arg(quoted(path)));
            return;
        }
        if (!lessons.isArray()) {
            error(path, PackManifest::tr("“lessons” must be a list."));
            return;
        }
        const QJsonArray list = lessons.toArray();
        if (list.isEmpty()) {
            error(path, PackManifest::tr("A pack needs at least one lesson."));
            return;
        }
        if (list.size() > PackManifest::MaxLessons) {
            error(path, PackManifest::tr("A pack may have at most %1 lessons.").arg(PackManifest::MaxLessons));
            return;
        }
        QSet<QString> ids;
        for (qsizetype i = 0; i < list.size(); ++i) {
            LessonEntry entry;
            lesson(list[i], jsonIndexed(path, i), &entry);
            if (!entry.id.isEmpty() && ids.contains(entry.id))
                error(jsonMember(jsonIndexed(path, i), QStringLiteral("id")),
                      PackManifest::tr("The lesson id “%1” is used twice.").arg(entry.id));
            ids.insert(entry.id);
            m->lessons.append(entry);
        }
    }

    void readExercises(const QJsonObject &root, PackManifest *m)
    {
        const QJsonValue exercises = root.value(QStringLiteral("exercises"));
        const QString path = QStringLiteral("exercises");
        if (exercises.isUndefined())
            return;
        if (!exercises.isArray()) {
            error(path, PackManifest::tr("“exercises” must be a list."));
            return;
        }
        const QJsonArray list = exercises.toArray();
        if (list.size() > PackManifest::MaxExercises) {
            error(path, PackManifest::tr("A pack may have at most %1 exercises.").arg(PackManifest::MaxExercises));
            return;
        }
        QSet<QString> ids;
        QSet<QString> files;
        for (qsizetype i = 0; i < list.size(); ++i) {
            ExerciseEntry entry;
            exercise(list[i], jsonIndexed(path, i), &entry);
            if (!entry.id.isEmpty() && ids.contains(entry.id))
                error(jsonMember(jsonIndexed(path, i), QStringLiteral("id")),
                      PackManifest::tr("The exercise id “%1” is used twice.").arg(entry.id));
            if (!entry.file.isEmpty() && files.contains(entry.file))
                error(jsonMember(jsonIndexed(path, i), QStringLiteral("file")),
                      PackManifest::tr("The file “%1” is named by two exercises.").arg(entry.file));
            ids.insert(entry.id);
            files.insert(entry.file);
            m->exercises.append(entry);
        }
    }

    void readFiles(const QJsonObject &root, PackManifest *m)
    {
        const QJsonValue files = root.value(QStringLiteral("files"));
        const QString path = QStringLiteral("files");
        if (files.isUndefined())
            return;
        if (!files.isObject()) {
            error(path, PackManifest::tr("“files” must be an object from each file's path to its SHA-256."));
            return;
        }
        const QJsonObject o = files.toObject();
        if (o.size() > MaxFiles) {
            error(path, PackManifest::tr("“files” lists more than %1 files.").arg(MaxFiles));
            return;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = jsonMember(path, it.key());
            QString file;
            if (!packPath(QJsonValue(it.key()), at, &file))
                continue;
            if (m->files.contains(file)) {
                error(at, PackManifest::tr("The file “%1” is listed twice.").arg(file));
                continue;
            }
            if (!it.value().isString() || !validSha256(it.value().toString())) {
                error(at, PackManifest::tr("A file's hash must be its SHA-256 as 64 lower-case hexadecimal digits."));
                continue;
            }
            m->files.insert(file, it.value().toString());
        }
    }

    // Every exercise belongs to exactly one lesson, so that its attempts count towards one
    // lesson's completion.
    void crossCheck(const PackManifest *m)
    {
        QSet<QString> declared;
        for (const ExerciseEntry &e : m->exercises)
            declared.insert(e.id);
        QHash<QString, QString> usedBy;
        for (qsizetype i = 0; i < m->lessons.size(); ++i) {
            const LessonEntry &lesson = m->lessons[i];
            for (qsizetype j = 0; j < lesson.exercises.size(); ++j) {
                const QString &id = lesson.exercises[j];
                const QString at = jsonIndexed(jsonMember(jsonIndexed(QStringLiteral("lessons"), i), QStringLiteral("exercises")), j);
                if (!declared.contains(id))
                    error(at, PackManifest::tr("The exercise “%1” is not listed in “exercises”.").arg(id));
                else if (usedBy.contains(id))
                    error(at, PackManifest::tr("The exercise “%1” is already part of the lesson “%2”.").arg(id, usedBy.value(id)));
                else
                    usedBy.insert(id, lesson.id);
            }
        }
        for (qsizetype i = 0; i < m->exercises.size(); ++i) {
            if (!m->exercises[i].id.isEmpty() && !usedBy.contains(m->exercises[i].id))
                error(jsonMember(jsonIndexed(QStringLiteral("exercises"), i), QStringLiteral("id")),
                      PackManifest::tr("The exercise “%1” is not part of any lesson.").arg(m->exercises[i].id));
        }
    }

private:
    QString m_fileName;
    PackIssues *m_issues;
    int m_errors = 0;
};

Error toError(const PackIssue &issue)
{
    Error e;
    e.kind = Error::Kind::Format;
    e.file = issue.file;
    e.part = issue.line > 0 ? PackManifest::tr("line %1, column %2").arg(issue.line).arg(issue.column) : issue.field;
    e.message = issue.message;
    return e;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}
} // namespace

const LessonEntry *PackManifest::lesson(const QString &lessonId) const
{
    for (const LessonEntry &l : lessons) {
        if (l.id == lessonId)
            return &l;
    }
    return nullptr;
}

QByteArray PackManifest::toJson() const
{
    QJsonObject root{{QStringLiteral("format"), FormatName},
                     {QStringLiteral("version"), FormatVersion},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("packVersion"), version},
                     {QStringLiteral("title"), title.toJson()}};
    if (!description.isEmpty())
        root.insert(QStringLiteral("description"), description.toJson());
    if (!authors.isEmpty())
        root.insert(QStringLiteral("authors"), toArray(authors));
    if (!licence.isEmpty())
        root.insert(QStringLiteral("licence"), licence);
    if (!minAppVersion.isEmpty())
        root.insert(QStringLiteral("minAppVersion"), minAppVersion);
    if (estimatedMinutes > 0)
        root.insert(QStringLiteral("estimatedMinutes"), estimatedMinutes);

    QJsonArray lessonList;
    for (const LessonEntry &l : lessons) {
        QJsonObject text{{QStringLiteral("ja"), l.textJa}};
        if (!l.textEn.isEmpty())
            text.insert(QStringLiteral("en"), l.textEn);
        QJsonObject o{{QStringLiteral("id"), l.id}, {QStringLiteral("title"), l.title.toJson()}};
        if (!l.summary.isEmpty())
            o.insert(QStringLiteral("summary"), l.summary.toJson());
        o.insert(QStringLiteral("text"), text);
        if (l.estimatedMinutes > 0)
            o.insert(QStringLiteral("estimatedMinutes"), l.estimatedMinutes);
        o.insert(QStringLiteral("exercises"), toArray(l.exercises));
        if (l.completion == LessonEntry::Completion::MinimumScore)
            o.insert(QStringLiteral("completion"), QJsonObject{{QStringLiteral("minimumScore"), l.minimumScore}});
        else
            o.insert(QStringLiteral("completion"), QStringLiteral("allExercises"));
        if (!l.learned.isEmpty())
            o.insert(QStringLiteral("learned"), l.learned.toJson());
        if (!l.next.isEmpty())
            o.insert(QStringLiteral("next"), l.next.toJson());
        lessonList.append(o);
    }
    root.insert(QStringLiteral("lessons"), lessonList);

    QJsonArray exerciseList;
    for (const ExerciseEntry &e : exercises)
        exerciseList.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("file"), e.file}});
    root.insert(QStringLiteral("exercises"), exerciseList);

    QJsonObject fileMap;
    for (auto it = files.begin(); it != files.end(); ++it)
        fileMap.insert(it.key(), it.value());
    root.insert(QStringLiteral("files"), fileMap);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<PackManifest> PackManifest::fromJson(const QByteArray &json, const QString &fileName, PackIssues *issues)
{
    PackIssues own;
    PackIssues *sink = issues ? issues : &own;
    const qsizetype firstIssue = sink->size();
    ManifestReader reader(fileName, sink);
    auto firstError = [sink, firstIssue]() -> Error {
        for (qsizetype i = firstIssue; i < sink->size(); ++i) {
            if (sink->at(i).severity == PackIssue::Severity::Error)
                return toError(sink->at(i));
        }
        return toError(sink->last());
    };

    if (json.size() > MaxBytes) {
        reader.error(QString(), tr("The manifest is larger than %1 MiB.").arg(MaxBytes / 1024 / 1024));
        Error e = firstError();
        e.kind = Error::Kind::TooLarge;
        return e;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character that broke the parse.
        const auto [line, column] = lineColumnAt(json, std::max(0, parseError.offset - 1));
        PackIssue issue = PackIssue::error(fileName, QString(),
                                           tr("The manifest is not valid JSON: %1.").arg(parseError.errorString()));
        issue.line = line;
        issue.column = column;
        sink->append(issue);
        return toError(issue);
    }
    if (!doc.isObject()) {
        reader.error(QString(), tr("The manifest must be a JSON object."));
        return firstError();
    }
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined()) {
        reader.error(QStringLiteral("format"), tr("The required key %1 is missing.").arg(quoted(QStringLiteral("format"))));
        return firstError();
    }
    if (format.toString() != FormatName) {
        reader.error(QStringLiteral("format"), tr("This is not a Tenarai pack manifest (“format” must be “%1”).").arg(FormatName));
        return firstError();
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined()) {
        reader.error(QStringLiteral("version"), tr("The required key %1 is missing.").arg(quoted(QStringLiteral("version"))));
        return firstError();
    }
    const auto versionNumber = wholeNumber(version, 1, 1000000);
    if (!versionNumber) {
        reader.error(QStringLiteral("version"), tr("“version” must be a whole number, 1 or more."));
        return firstError();
    }
    // A newer format is refused rather than half understood.
    if (*versionNumber > FormatVersion) {
        reader.error(QStringLiteral("version"), tr("This pack needs a newer Tenarai: it is written in pack format %1, and this "
                                                   "version reads format %2 and older.")
                                                    .arg(*versionNumber)
                                                    .arg(FormatVersion));
        return firstError();
    }

    PackManifest manifest;
    reader.read(root, &manifest);
    if (reader.failed())
        return firstError();
    return manifest;
}

int PackManifest::compareVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        bool okLeft = false;
        bool okRight = false;
        qulonglong l = left.value(i).trimmed().toULongLong(&okLeft);
        qulonglong r = right.value(i).trimmed().toULongLong(&okRight);
        if (!okLeft)
            l = 0;
        if (!okRight)
            r = 0;
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}

} // namespace tenarai
