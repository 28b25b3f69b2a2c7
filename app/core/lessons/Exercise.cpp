#include "lessons/Exercise.h"
#include "JsonPath.h"

#include "lessons/PackSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <initializer_list>

namespace tenarai {

namespace {
const QString FormatName = QStringLiteral("tenarai-exercise");
const QString AnswersFormatName = QStringLiteral("tenarai-quiz-answers");
const QString StartEmpty = QStringLiteral("empty");
const QString StartInferred = QStringLiteral("inferred");

// Caps checked while reading, so that a hostile file cannot take all memory or time.
constexpr qint64 MaxExerciseBytes = 4 * 1024 * 1024;
constexpr qint64 MaxAnswersBytes = 1024 * 1024;
constexpr int MaxIdLength = 64;
constexpr int MaxTitleChars = 200;
constexpr int MaxWrongSolutions = 50;
constexpr int MaxKeyColumns = 100;
constexpr int MaxNameChars = 1000; // a column, sheet or encoding name
constexpr qint64 MaxSheetIndex = 1 << 20;

// Stored names; never rename.
const char *const KindNames[] = {"cleaning", "form", "quiz"};
const char *const QuestionTypeNames[] = {"single", "multiple", "ordering"};

QString quoted(const QString &key)
{
    return QStringLiteral("“") + key + QStringLiteral("”");
}

// Exercise, question and option ids: a–z, 0–9 and '-', starting with a letter or digit. They end
// up in progress records and answer files, so they are kept simple.
bool validId(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxIdLength || id[0] == QLatin1Char('-'))
        return false;
    for (QChar c : id) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || c == QLatin1Char('-')))
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

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

bool questionTypeFromName(const QString &name, QuizQuestion::Type *type)
{
    for (int i = 0; i < 3; ++i) {
        if (name == QLatin1String(QuestionTypeNames[i])) {
            *type = QuizQuestion::Type(i);
            return true;
        }
    }
    return false;
}

Error toError(const PackIssue &issue)
{
    Error e;
    e.kind = Error::Kind::Format;
    e.file = issue.file;
    e.part = issue.line > 0 ? Exercise::tr("line %1, column %2").arg(issue.line).arg(issue.column) : issue.field;
    e.message = issue.message;
    return e;
}

// The same keys as a recipe's "import" (docs/recipe-format.md), so that an author writes both
// the same way.
QJsonObject importToJson(const ImportOptions &options)
{
    QJsonObject import;
    if (!options.encoding.isEmpty())
        import.insert(QStringLiteral("encoding"), options.encoding);
    if (!options.sheet.isEmpty())
        import.insert(QStringLiteral("sheet"), options.sheet);
    else if (options.sheetIndex >= 0)
        import.insert(QStringLiteral("sheetIndex"), options.sheetIndex);
    return import;
}

// Reads one exercise file, collecting every problem with its JSON path instead of stopping at
// the first.
class ExerciseReader
{
public:
    ExerciseReader(const QString &fileName, PackIssues *issues) : m_fileName(fileName), m_issues(issues) {}

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
    void missing(const QString &path, const QString &key)
    {
        error(jsonMember(path, key), Exercise::tr("The required key %1 is missing.").arg(quoted(key)));
    }

    // Keys a newer Tenarai may add are warned about, not refused; so are keys of another kind
    // of exercise, which would otherwise be silently ignored.
    void warnUnknownKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known,
                         std::initializer_list<const char *> otherKinds = {})
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            auto in = [&it](std::initializer_list<const char *> keys) {
                for (const char *k : keys) {
                    if (it.key() == QLatin1String(k))
                        return true;
                }
                return false;
            };
            if (in(known))
                continue;
            if (in(otherKinds))
                warning(jsonMember(path, it.key()), Exercise::tr("The key %1 is not used by an exercise of this kind and is ignored.")
                                                    .arg(quoted(it.key())));
            else
                warning(jsonMember(path, it.key()), Exercise::tr("The key %1 is not part of the exercise format and is ignored.")
                                                    .arg(quoted(it.key())));
        }
    }

    bool text(const QJsonObject &o, const QString &key, const QString &path, QString *out, bool required, int maxChars)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                missing(path, key);
            return !required;
        }
        if (!v.isString()) {
            error(jsonMember(path, key), Exercise::tr("%1 must be text.").arg(quoted(key)));
            return false;
        }
        if (v.toString().size() > maxChars) {
            error(jsonMember(path, key), Exercise::tr("%1 is longer than %2 characters.").arg(quoted(key)).arg(maxChars));
            return false;
        }
        *out = v.toString();
        return true;
    }

    // badIdMessage: what to say when the id has characters it may not have.
    bool id(const QJsonObject &o, const QString &path, QString *out, const QString &badIdMessage)
    {
        if (!text(o, QStringLiteral("id"), path, out, true, MaxIdLength))
            return false;
        if (!validId(*out)) {
            error(jsonMember(path, QStringLiteral("id")), badIdMessage);
            return false;
        }
        return true;
    }

    bool localized(const QJsonValue &v, const QString &at, LocalizedText *out, bool required, int maxChars = 10000)
    {
        Result<LocalizedText> text = LocalizedText::fromJson(v, at, maxChars);
        if (!text) {
            error(text.error().part.isEmpty() ? at : text.error().part, text.error().message);
            return false;
        }
        if (required && text->ja.trimmed().isEmpty()) {
            error(at, Exercise::tr("A Japanese text is needed here."));
            return false;
        }
        *out = text.value();
        return true;
    }

    bool localized(const QJsonObject &o, const QString &key, const QString &path, LocalizedText *out, bool required,
                   int maxChars = 10000)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                missing(path, key);
            return !required;
        }
        return localized(v, jsonMember(path, key), out, required, maxChars);
    }

    bool flag(const QJsonObject &o, const QString &key, const QString &path, bool *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isBool()) {
            error(jsonMember(path, key), Exercise::tr("%1 must be true or false.").arg(quoted(key)));
            return false;
        }
        *out = v.toBool();
        return true;
    }

    bool share(const QJsonObject &o, const QString &key, double *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isDouble() || !(v.toDouble() >= 0.0 && v.toDouble() <= 1.0)) {
            error(key, Exercise::tr("%1 must be a number from 0 to 1.").arg(quoted(key)));
            return false;
        }
        *out = v.toDouble();
        return true;
    }

    // A path inside the pack, in its canonical form.
    bool packPath(const QJsonValue &v, const QString &at, QString *out)
    {
        if (!v.isString()) {
            error(at, Exercise::tr("A file path must be text."));
            return false;
        }
        Result<QString> checked = PackSource::checkedPath(v.toString());
        if (!checked) {
            error(at, checked.error().message);
            return false;
        }
        *out = checked.value();
        return true;
    }

    bool packPath(const QJsonObject &o, const QString &key, QString *out, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                missing(QString(), key);
            return !required;
        }
        return packPath(v, key, out);
    }

    void import(const QJsonObject &root, const QString &key, ImportOptions *out)
    {
        const QJsonValue v = root.value(key);
        if (v.isUndefined())
            return;
        if (!v.isObject()) {
            error(key, Exercise::tr("%1 must be an object.").arg(quoted(key)));
            return;
        }
        const QJsonObject o = v.toObject();
        warnUnknownKeys(o, key, {"encoding", "sheet", "sheetIndex"});
        text(o, QStringLiteral("encoding"), key, &out->encoding, false, MaxNameChars);
        text(o, QStringLiteral("sheet"), key, &out->sheet, false, MaxNameChars);
        const QJsonValue index = o.value(QStringLiteral("sheetIndex"));
        if (!index.isUndefined()) {
            const auto n = wholeNumber(index, 0, MaxSheetIndex);
            if (!n)
                error(jsonMember(key, QStringLiteral("sheetIndex")), Exercise::tr("“sheetIndex” must be a whole number, 0 or more."));
            else
                out->sheetIndex = int(*n);
        }
    }

    void compare(const QJsonObject &root, TableCompareOptions *out)
    {
        const QString path = QStringLiteral("compare");
        const QJsonValue v = root.value(path);
        if (v.isUndefined())
            return;
        if (!v.isObject()) {
            error(path, Exercise::tr("“compare” must be an object."));
            return;
        }
        const QJsonObject o = v.toObject();
        warnUnknownKeys(o, path, {"ignoreColumnOrder", "ignoreRowOrder", "keyColumns", "compareColumnNames", "numberTolerance"});
        flag(o, QStringLiteral("ignoreColumnOrder"), path, &out->ignoreColumnOrder);
        flag(o, QStringLiteral("ignoreRowOrder"), path, &out->ignoreRowOrder);
        flag(o, QStringLiteral("compareColumnNames"), path, &out->compareColumnNames);
        const QJsonValue tolerance = o.value(QStringLiteral("numberTolerance"));
        if (!tolerance.isUndefined()) {
            if (!tolerance.isDouble() || !(tolerance.toDouble() >= 0.0) || !std::isfinite(tolerance.toDouble()))
                error(jsonMember(path, QStringLiteral("numberTolerance")),
                      Exercise::tr("“numberTolerance” must be a number, 0 or more."));
            else
                out->numberTolerance = tolerance.toDouble();
        }
        const QString keysPath = jsonMember(path, QStringLiteral("keyColumns"));
        const QJsonValue keys = o.value(QStringLiteral("keyColumns"));
        if (keys.isUndefined())
            return;
        if (!keys.isArray()) {
            error(keysPath, Exercise::tr("“keyColumns” must be a list of column names."));
            return;
        }
        const QJsonArray list = keys.toArray();
        if (list.size() > MaxKeyColumns) {
            error(keysPath, Exercise::tr("“keyColumns” has more than %1 entries.").arg(MaxKeyColumns));
            return;
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString name = list[i].toString();
            if (!list[i].isString() || name.trimmed().isEmpty() || name.size() > MaxNameChars)
                error(jsonIndexed(keysPath, i), Exercise::tr("Each key column must be a column name."));
            else if (out->keyColumns.contains(name))
                error(jsonIndexed(keysPath, i), Exercise::tr("The key column “%1” is listed twice.").arg(name));
            else
                out->keyColumns.append(name);
        }
        // Key columns only match rows when their order is ignored; elsewhere they mean nothing.
        if (!out->keyColumns.isEmpty() && !out->ignoreRowOrder)
            warning(keysPath, Exercise::tr("“keyColumns” is used only together with “ignoreRowOrder”: true."));
    }

    void option(const QJsonValue &value, const QString &path, QuizOption *out)
    {
        if (!value.isObject()) {
            error(path, Exercise::tr("An option must be a JSON object."));
            return;
        }
        const QJsonObject o = value.toObject();
        warnUnknownKeys(o, path, {"id", "text", "explanation"});
        id(o, path, &out->id,
           Exercise::tr("An option id may hold only a–z, 0–9 and “-”, and must start with a letter or digit."));
        localized(o, QStringLiteral("text"), path, &out->text, true, 2000);
        localized(o, QStringLiteral("explanation"), path, &out->explanation, false);
    }

    void question(const QJsonValue &value, const QString &path, QuizQuestion *out)
    {
        if (!value.isObject()) {
            error(path, Exercise::tr("A question must be a JSON object."));
            return;
        }
        const QJsonObject o = value.toObject();
        warnUnknownKeys(o, path, {"id", "type", "prompt", "options", "correct", "explanation"});
        id(o, path, &out->id,
           Exercise::tr("A question id may hold only a–z, 0–9 and “-”, and must start with a letter or digit."));
        QString typeName;
        bool typeOk = text(o, QStringLiteral("type"), path, &typeName, true, MaxIdLength);
        if (typeOk && !questionTypeFromName(typeName, &out->type)) {
            error(jsonMember(path, QStringLiteral("type")),
                  Exercise::tr("Unknown question type “%1”; use “single”, “multiple” or “ordering”.").arg(typeName));
            typeOk = false;
        }
        localized(o, QStringLiteral("prompt"), path, &out->prompt, true);
        localized(o, QStringLiteral("explanation"), path, &out->explanation, false);

        const QString optionsPath = jsonMember(path, QStringLiteral("options"));
        const QJsonValue options = o.value(QStringLiteral("options"));
        bool optionsOk = false;
        if (options.isUndefined()) {
            missing(path, QStringLiteral("options"));
        } else if (!options.isArray()) {
            error(optionsPath, Exercise::tr("“options” must be a list."));
        } else if (options.toArray().size() < 2 || options.toArray().size() > Exercise::MaxOptions) {
            error(optionsPath, Exercise::tr("A question needs from 2 to %1 options.").arg(Exercise::MaxOptions));
        } else {
            optionsOk = true;
            const QJsonArray list = options.toArray();
            QSet<QString> ids;
            for (qsizetype i = 0; i < list.size(); ++i) {
                QuizOption option;
                const int errorsBefore = m_errors;
                this->option(list[i], jsonIndexed(optionsPath, i), &option);
                optionsOk = optionsOk && m_errors == errorsBefore;
                if (!option.id.isEmpty() && ids.contains(option.id)) {
                    error(jsonMember(jsonIndexed(optionsPath, i), QStringLiteral("id")),
                          Exercise::tr("The option id “%1” is used twice in this question.").arg(option.id));
                    optionsOk = false;
                }
                ids.insert(option.id);
                out->options.append(option);
            }
        }

        const QString correctPath = jsonMember(path, QStringLiteral("correct"));
        const QJsonValue correct = o.value(QStringLiteral("correct"));
        if (correct.isUndefined()) {
            missing(path, QStringLiteral("correct"));
            return;
        }
        if (!correct.isArray()) {
            error(correctPath, Exercise::tr("“correct” must be a list of option ids."));
            return;
        }
        const QJsonArray list = correct.toArray();
        if (list.size() > Exercise::MaxOptions) {
            error(correctPath, Exercise::tr("“correct” has more than %1 entries.").arg(Exercise::MaxOptions));
            return;
        }
        bool correctOk = true;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list[i].isString()) {
                error(jsonIndexed(correctPath, i), Exercise::tr("Each entry of “correct” must be an option id."));
                correctOk = false;
                continue;
            }
            const QString id = list[i].toString();
            if (out->correct.contains(id)) {
                error(jsonIndexed(correctPath, i), Exercise::tr("The option “%1” is listed twice in “correct”.").arg(id));
                correctOk = false;
                continue;
            }
            out->correct.append(id);
            if (optionsOk) {
                bool exists = false;
                for (const QuizOption &option : std::as_const(out->options))
                    exists = exists || option.id == id;
                if (!exists) {
                    error(jsonIndexed(correctPath, i), Exercise::tr("The question has no option “%1”.").arg(id));
                    correctOk = false;
                }
            }
        }
        // The rules of each type only make sense once the lists themselves are sound.
        if (!typeOk || !optionsOk || !correctOk)
            return;
        switch (out->type) {
        case QuizQuestion::Type::Single:
            if (out->correct.size() != 1)
                error(correctPath, Exercise::tr("A single-choice question needs exactly one correct option."));
            break;
        case QuizQuestion::Type::Multiple:
            if (out->correct.isEmpty())
                error(correctPath, Exercise::tr("A multiple-choice question needs at least one correct option."));
            break;
        case QuizQuestion::Type::Ordering:
            if (out->correct.size() != out->options.size())
                error(correctPath, Exercise::tr("An ordering question must list every option once in “correct”, in the "
                                                "right order."));
            break;
        }
    }

    void questions(const QJsonObject &root, QList<QuizQuestion> *out)
    {
        const QString path = QStringLiteral("questions");
        const QJsonValue v = root.value(path);
        if (v.isUndefined()) {
            missing(QString(), path);
            return;
        }
        if (!v.isArray()) {
            error(path, Exercise::tr("“questions” must be a list."));
            return;
        }
        const QJsonArray list = v.toArray();
        if (list.isEmpty() || list.size() > Exercise::MaxQuestions) {
            error(path, Exercise::tr("A quiz needs from 1 to %1 questions.").arg(Exercise::MaxQuestions));
            return;
        }
        QSet<QString> ids;
        for (qsizetype i = 0; i < list.size(); ++i) {
            QuizQuestion question;
            this->question(list[i], jsonIndexed(path, i), &question);
            if (!question.id.isEmpty() && ids.contains(question.id))
                error(jsonMember(jsonIndexed(path, i), QStringLiteral("id")),
                      Exercise::tr("The question id “%1” is used twice.").arg(question.id));
            ids.insert(question.id);
            out->append(question);
        }
    }

    void read(const QJsonObject &root, Exercise *e)
    {
        id(root, QString(), &e->id,
           Exercise::tr("An exercise id may hold only a–z, 0–9 and “-”, and must start with a letter or digit."));
        QString kindName;
        bool kindKnown = text(root, QStringLiteral("kind"), QString(), &kindName, true, MaxIdLength);
        if (kindKnown && !exerciseKindFromName(kindName, &e->kind)) {
            error(QStringLiteral("kind"),
                  Exercise::tr("Unknown exercise kind “%1”; use “cleaning”, “form” or “quiz”.").arg(kindName));
            kindKnown = false;
        }

        // The keys of each kind; another kind's keys get their own warning.
        if (kindKnown) {
            switch (e->kind) {
            case ExerciseKind::Cleaning:
                warnUnknownKeys(root, QString(),
                                {"format", "version", "id", "kind", "title", "instructions", "hints", "hintPenalty",
                                 "passScore", "solution", "wrongSolutions", "start", "target", "startImport",
                                 "targetImport", "compare"},
                                {"sheet", "rubric", "startForm", "questions"});
                break;
            case ExerciseKind::Form:
                warnUnknownKeys(root, QString(),
                                {"format", "version", "id", "kind", "title", "instructions", "hints", "hintPenalty",
                                 "passScore", "solution", "wrongSolutions", "sheet", "rubric", "startForm"},
                                {"start", "target", "startImport", "targetImport", "compare", "questions"});
                break;
            case ExerciseKind::Quiz:
                warnUnknownKeys(root, QString(),
                                {"format", "version", "id", "kind", "title", "instructions", "hints", "hintPenalty",
                                 "passScore", "solution", "wrongSolutions", "questions"},
                                {"start", "target", "startImport", "targetImport", "compare", "sheet", "rubric",
                                 "startForm"});
                break;
            }
        }

        localized(root, QStringLiteral("title"), QString(), &e->title, true, MaxTitleChars);
        localized(root, QStringLiteral("instructions"), QString(), &e->instructions, false);
        share(root, QStringLiteral("hintPenalty"), &e->hintPenalty);
        share(root, QStringLiteral("passScore"), &e->passScore);

        const QJsonValue hints = root.value(QStringLiteral("hints"));
        if (!hints.isUndefined()) {
            if (!hints.isArray()) {
                error(QStringLiteral("hints"), Exercise::tr("“hints” must be a list of texts."));
            } else if (hints.toArray().size() > Exercise::MaxHints) {
                error(QStringLiteral("hints"), Exercise::tr("An exercise may have at most %1 hints.").arg(Exercise::MaxHints));
            } else {
                const QJsonArray list = hints.toArray();
                for (qsizetype i = 0; i < list.size(); ++i) {
                    LocalizedText hint;
                    if (localized(list[i], jsonIndexed(QStringLiteral("hints"), i), &hint, true))
                        e->hints.append(hint);
                }
            }
        }

        packPath(root, QStringLiteral("solution"), &e->solution, true);
        const QJsonValue wrong = root.value(QStringLiteral("wrongSolutions"));
        if (!wrong.isUndefined()) {
            if (!wrong.isArray()) {
                error(QStringLiteral("wrongSolutions"), Exercise::tr("“wrongSolutions” must be a list of file paths."));
            } else if (wrong.toArray().size() > MaxWrongSolutions) {
                error(QStringLiteral("wrongSolutions"),
                      Exercise::tr("An exercise may list at most %1 wrong solutions.").arg(MaxWrongSolutions));
            } else {
                const QJsonArray list = wrong.toArray();
                for (qsizetype i = 0; i < list.size(); ++i) {
                    QString file;
                    if (packPath(list[i], jsonIndexed(QStringLiteral("wrongSolutions"), i), &file))
                        e->wrongSolutions.append(file);
                }
            }
        }

        if (!kindKnown)
            return;
        switch (e->kind) {
        case ExerciseKind::Cleaning:
            packPath(root, QStringLiteral("start"), &e->startFile, true);
            packPath(root, QStringLiteral("target"), &e->targetFile, true);
            import(root, QStringLiteral("startImport"), &e->startImport);
            import(root, QStringLiteral("targetImport"), &e->targetImport);
            compare(root, &e->compare);
            break;
        case ExerciseKind::Form: {
            packPath(root, QStringLiteral("sheet"), &e->sheetFile, true);
            packPath(root, QStringLiteral("rubric"), &e->rubricFile, true);
            const QJsonValue start = root.value(QStringLiteral("startForm"));
            if (!start.isUndefined()) {
                if (start == QJsonValue(StartEmpty) || start == QJsonValue(StartInferred))
                    e->startForm = start.toString();
                else
                    packPath(start, QStringLiteral("startForm"), &e->startForm);
            }
            break;
        }
        case ExerciseKind::Quiz:
            questions(root, &e->questions);
            break;
        }
    }

private:
    QString m_fileName;
    PackIssues *m_issues;
    int m_errors = 0;
};

// Checks "format" and "version" of a Tenarai JSON file; the error names the key.
// notThisFormat: what to say when "format" is another file's.
std::optional<std::pair<QString, QString>> checkHeader(const QJsonObject &root, const QString &formatName,
                                                       const QString &notThisFormat, int formatVersion)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        return std::pair{QStringLiteral("format"),
                         Exercise::tr("The required key %1 is missing.").arg(quoted(QStringLiteral("format")))};
    if (format.toString() != formatName)
        return std::pair{QStringLiteral("format"),
                         notThisFormat};
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined())
        return std::pair{QStringLiteral("version"),
                         Exercise::tr("The required key %1 is missing.").arg(quoted(QStringLiteral("version")))};
    const auto number = wholeNumber(version, 1, 1000000);
    if (!number)
        return std::pair{QStringLiteral("version"), Exercise::tr("“version” must be a whole number, 1 or more.")};
    // A newer format is refused rather than half understood.
    if (*number > formatVersion)
        return std::pair{QStringLiteral("version"),
                         Exercise::tr("This file needs a newer Tenarai: it is written in format %1, and this version "
                                      "reads format %2 and older.")
                             .arg(*number)
                             .arg(formatVersion)};
    return std::nullopt;
}

// Parses the bytes as one JSON object; the issue has the line and column of a syntax error.
std::optional<PackIssue> parseObject(const QByteArray &json, const QString &fileName, QJsonObject *out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character that broke the parse.
        const auto [line, column] = lineColumnAt(json, std::max(0, parseError.offset - 1));
        PackIssue issue = PackIssue::error(fileName, QString(),
                                           Exercise::tr("The file is not valid JSON: %1.").arg(parseError.errorString()));
        issue.line = line;
        issue.column = column;
        return issue;
    }
    if (!doc.isObject())
        return PackIssue::error(fileName, QString(), Exercise::tr("The file must be a JSON object."));
    *out = doc.object();
    return std::nullopt;
}
} // namespace

QString exerciseKindName(ExerciseKind kind)
{
    return QLatin1String(KindNames[int(kind)]);
}

bool exerciseKindFromName(const QString &name, ExerciseKind *kind)
{
    for (int i = 0; i < 3; ++i) {
        if (name == QLatin1String(KindNames[i])) {
            *kind = ExerciseKind(i);
            return true;
        }
    }
    return false;
}

QStringList Exercise::referencedFiles() const
{
    QStringList files;
    auto add = [&files](const QString &path) {
        if (!path.isEmpty() && !files.contains(path))
            files.append(path);
    };
    add(solution);
    for (const QString &wrong : wrongSolutions)
        add(wrong);
    switch (kind) {
    case ExerciseKind::Cleaning:
        add(startFile);
        add(targetFile);
        break;
    case ExerciseKind::Form:
        add(sheetFile);
        add(rubricFile);
        if (startForm != StartEmpty && startForm != StartInferred)
            add(startForm);
        break;
    case ExerciseKind::Quiz:
        break;
    }
    return files;
}

QByteArray Exercise::toJson() const
{
    QJsonObject root{{QStringLiteral("format"), FormatName},
                     {QStringLiteral("version"), FormatVersion},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("kind"), exerciseKindName(kind)},
                     {QStringLiteral("title"), title.toJson()}};
    if (!instructions.isEmpty())
        root.insert(QStringLiteral("instructions"), instructions.toJson());
    QJsonArray hintList;
    for (const LocalizedText &hint : hints)
        hintList.append(hint.toJson());
    root.insert(QStringLiteral("hints"), hintList);
    root.insert(QStringLiteral("hintPenalty"), hintPenalty);
    root.insert(QStringLiteral("passScore"), passScore);
    root.insert(QStringLiteral("solution"), solution);
    if (!wrongSolutions.isEmpty())
        root.insert(QStringLiteral("wrongSolutions"), toArray(wrongSolutions));

    switch (kind) {
    case ExerciseKind::Cleaning: {
        root.insert(QStringLiteral("start"), startFile);
        root.insert(QStringLiteral("target"), targetFile);
        const QJsonObject startOptions = importToJson(startImport);
        if (!startOptions.isEmpty())
            root.insert(QStringLiteral("startImport"), startOptions);
        const QJsonObject targetOptions = importToJson(targetImport);
        if (!targetOptions.isEmpty())
            root.insert(QStringLiteral("targetImport"), targetOptions);
        QJsonObject c{{QStringLiteral("ignoreColumnOrder"), compare.ignoreColumnOrder},
                      {QStringLiteral("ignoreRowOrder"), compare.ignoreRowOrder},
                      {QStringLiteral("compareColumnNames"), compare.compareColumnNames},
                      {QStringLiteral("numberTolerance"), compare.numberTolerance}};
        if (!compare.keyColumns.isEmpty())
            c.insert(QStringLiteral("keyColumns"), toArray(compare.keyColumns));
        root.insert(QStringLiteral("compare"), c);
        break;
    }
    case ExerciseKind::Form:
        root.insert(QStringLiteral("sheet"), sheetFile);
        root.insert(QStringLiteral("rubric"), rubricFile);
        root.insert(QStringLiteral("startForm"), startForm);
        break;
    case ExerciseKind::Quiz: {
        QJsonArray list;
        for (const QuizQuestion &q : questions) {
            QJsonArray options;
            for (const QuizOption &option : q.options) {
                QJsonObject o{{QStringLiteral("id"), option.id}, {QStringLiteral("text"), option.text.toJson()}};
                if (!option.explanation.isEmpty())
                    o.insert(QStringLiteral("explanation"), option.explanation.toJson());
                options.append(o);
            }
            QJsonObject o{{QStringLiteral("id"), q.id},
                          {QStringLiteral("type"), QLatin1String(QuestionTypeNames[int(q.type)])},
                          {QStringLiteral("prompt"), q.prompt.toJson()},
                          {QStringLiteral("options"), options},
                          {QStringLiteral("correct"), toArray(q.correct)}};
            if (!q.explanation.isEmpty())
                o.insert(QStringLiteral("explanation"), q.explanation.toJson());
            list.append(o);
        }
        root.insert(QStringLiteral("questions"), list);
        break;
    }
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Exercise> Exercise::fromJson(const QByteArray &json, const QString &fileName, PackIssues *issues)
{
    PackIssues own;
    PackIssues *sink = issues ? issues : &own;
    const qsizetype firstIssue = sink->size();
    auto firstError = [sink, firstIssue]() -> Error {
        for (qsizetype i = firstIssue; i < sink->size(); ++i) {
            if (sink->at(i).severity == PackIssue::Severity::Error)
                return toError(sink->at(i));
        }
        return toError(sink->last());
    };

    if (json.size() > MaxExerciseBytes) {
        sink->append(PackIssue::error(fileName, QString(),
                                      tr("The exercise file is larger than %1 MiB.").arg(MaxExerciseBytes / 1024 / 1024)));
        Error e = firstError();
        e.kind = Error::Kind::TooLarge;
        return e;
    }
    QJsonObject root;
    if (const auto issue = parseObject(json, fileName, &root)) {
        sink->append(*issue);
        return toError(*issue);
    }
    if (const auto header = checkHeader(root, FormatName,
                                         tr("This is not a Tenarai exercise (“format” must be “%1”).").arg(FormatName),
                                         FormatVersion)) {
        sink->append(PackIssue::error(fileName, header->first, header->second));
        return firstError();
    }

    ExerciseReader reader(fileName, sink);
    Exercise exercise;
    reader.read(root, &exercise);
    if (reader.failed())
        return firstError();
    return exercise;
}

QByteArray QuizAnswers::toJson() const
{
    QJsonObject map;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        map.insert(it.key(), toArray(it.value()));
    const QJsonObject root{{QStringLiteral("format"), AnswersFormatName},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("answers"), map}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QuizAnswers> QuizAnswers::fromJson(const QByteArray &json, const QString &fileName)
{
    auto fail = [&fileName](const QString &part, const QString &message, Error::Kind kind = Error::Kind::Format) {
        Error e;
        e.kind = kind;
        e.file = fileName;
        e.part = part;
        e.message = message;
        return e;
    };
    if (json.size() > MaxAnswersBytes)
        return fail(QString(), tr("The answers file is larger than %1 MiB.").arg(MaxAnswersBytes / 1024 / 1024),
                    Error::Kind::TooLarge);
    QJsonObject root;
    if (const auto issue = parseObject(json, fileName, &root))
        return toError(*issue);
    if (const auto header = checkHeader(root, AnswersFormatName,
                                         tr("This is not a Tenarai quiz answers file (“format” must be “%1”).")
                                             .arg(AnswersFormatName),
                                         1))
        return fail(header->first, header->second);

    const QJsonValue answers = root.value(QStringLiteral("answers"));
    if (answers.isUndefined())
        return fail(QStringLiteral("answers"), tr("The required key %1 is missing.").arg(quoted(QStringLiteral("answers"))));
    if (!answers.isObject())
        return fail(QStringLiteral("answers"), tr("“answers” must be an object from question ids to lists of option ids."));
    const QJsonObject map = answers.toObject();
    if (map.size() > Exercise::MaxQuestions)
        return fail(QStringLiteral("answers"), tr("“answers” has more than %1 questions.").arg(Exercise::MaxQuestions),
                    Error::Kind::TooLarge);
    QuizAnswers result;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString at = jsonMember(QStringLiteral("answers"), it.key());
        if (!validId(it.key()))
            return fail(at, tr("“%1” is not a question id.").arg(it.key()));
        if (!it.value().isArray())
            return fail(at, tr("The answer to a question must be a list of option ids."));
        const QJsonArray list = it.value().toArray();
        if (list.size() > Exercise::MaxOptions)
            return fail(at, tr("The answer has more than %1 options.").arg(Exercise::MaxOptions), Error::Kind::TooLarge);
        QStringList chosen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list[i].isString() || !validId(list[i].toString()))
                return fail(jsonIndexed(at, i), tr("Each chosen option must be an option id."));
            if (chosen.contains(list[i].toString()))
                return fail(jsonIndexed(at, i), tr("The option “%1” is chosen twice.").arg(list[i].toString()));
            chosen.append(list[i].toString());
        }
        result.answers.insert(it.key(), chosen);
    }
    return result;
}

} // namespace tenarai
