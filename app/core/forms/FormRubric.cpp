#include "forms/FormRubric.h"

#include "normalize/TextNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tenarai {

namespace {
const QString FormatName = QStringLiteral("tenarai-form-rubric");

// Caps checked while reading, so that a hostile rubric cannot take all memory or time: a lesson
// rubric names a handful of fields, never as many as a form may hold.
constexpr int MaxItems = Form::MaxFields;
constexpr int MaxListEntries = Form::MaxChoices; // synonyms, types, choices of one item
constexpr qint64 MaxLimit = 1000000; // lengths and counts of choices, as the form format caps them

// The id of the result for titleRequired; an item may not use it.
const QString TitleResultId = QStringLiteral("title");

// 1-based line and column of a byte offset, for JSON errors an author can find.
std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < std::min(offset, text.size()); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
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

QString indexed(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// "items[2].label"; a key of the root object is named alone ("title").
QString member(const QString &path, const char *key)
{
    return path.isEmpty() ? QString(QLatin1String(key)) : path + QLatin1Char('.') + QLatin1String(key);
}

// Width, case and spaces only: how two spellings of the same choice are compared.
QString foldedText(const QString &text)
{
    TextNormalizer::Options options;
    options.foldEnclosed = true; // ℡ and TEL, ① and 1 are the same label to a learner
    QString key = TextNormalizer::normalize(text, options).toCaseFolded();
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

// Reads one rubric file; every error names the file and the JSON path of the value.
class RubricReader
{
public:
    explicit RubricReader(const QString &fileName) : m_fileName(fileName) {}

    Error fail(const QString &path, const QString &message, Error::Kind kind = Error::Kind::Format) const
    {
        Error e;
        e.kind = kind;
        e.file = m_fileName;
        e.part = path;
        e.message = message;
        return e;
    }

    // Absent is fine (out keeps its value); anything but a string is an error.
    std::optional<Error> text(const QJsonObject &o, const char *key, const QString &path, QString *out) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isString())
            return fail(member(path, key), FormRubric::tr("“%1” must be text.").arg(QLatin1String(key)));
        *out = v.toString();
        return std::nullopt;
    }

    std::optional<Error> flag(const QJsonObject &o, const char *key, const QString &path, bool *out) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool())
            return fail(member(path, key), FormRubric::tr("“%1” must be true or false.").arg(QLatin1String(key)));
        *out = v.toBool();
        return std::nullopt;
    }

    std::optional<Error> textList(const QJsonObject &o, const char *key, const QString &path, QStringList *out) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        const QString listPath = member(path, key);
        if (!v.isArray())
            return fail(listPath, FormRubric::tr("“%1” must be a list of texts.").arg(QLatin1String(key)));
        const QJsonArray list = v.toArray();
        if (list.size() > MaxListEntries)
            return fail(listPath, FormRubric::tr("“%1” has more than %2 entries.").arg(QLatin1String(key)).arg(MaxListEntries),
                        Error::Kind::TooLarge);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list[i].isString())
                return fail(indexed(listPath, i), FormRubric::tr("Each entry of “%1” must be text.").arg(QLatin1String(key)));
            out->append(list[i].toString());
        }
        return std::nullopt;
    }

    std::optional<Error> number(const QJsonObject &o, const char *key, const QString &path, std::optional<double> *out) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return fail(member(path, key), FormRubric::tr("“%1” must be a number.").arg(QLatin1String(key)));
        *out = v.toDouble();
        return std::nullopt;
    }

    std::optional<Error> count(const QJsonObject &o, const char *key, const QString &path, std::optional<int> *out) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        const auto n = wholeNumber(v, 0, MaxLimit);
        if (!n)
            return fail(member(path, key), FormRubric::tr("“%1” must be a whole number, 0 or more.").arg(QLatin1String(key)));
        *out = int(*n);
        return std::nullopt;
    }

    std::optional<Error> date(const QJsonObject &o, const char *key, const QString &path, std::optional<QDate> *out) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
        if (!d.isValid())
            return fail(member(path, key),
                        FormRubric::tr("“%1” must be a date written as YYYY-MM-DD.").arg(QLatin1String(key)));
        *out = d;
        return std::nullopt;
    }

    std::optional<Error> validation(const QJsonObject &o, const QString &path, FieldValidation *out) const
    {
        std::optional<Error> e;
        if ((e = number(o, "min", path, &out->minimum)) || (e = number(o, "max", path, &out->maximum))
            || (e = count(o, "minLength", path, &out->minLength)) || (e = count(o, "maxLength", path, &out->maxLength))
            || (e = date(o, "earliest", path, &out->earliest)) || (e = date(o, "latest", path, &out->latest))
            || (e = count(o, "minChoices", path, &out->minChoices))
            || (e = count(o, "maxChoices", path, &out->maxChoices)))
            return e;
        // A rubric no form can satisfy is the author's mistake; say so when loading it.
        if (out->minimum && out->maximum && *out->minimum > *out->maximum)
            return fail(member(path, "min"), FormRubric::tr("“min” is above “max”."));
        if (out->minLength && out->maxLength && *out->minLength > *out->maxLength)
            return fail(member(path, "minLength"), FormRubric::tr("“minLength” is above “maxLength”."));
        if (out->earliest && out->latest && *out->earliest > *out->latest)
            return fail(member(path, "earliest"), FormRubric::tr("“earliest” is after “latest”."));
        if (out->minChoices && out->maxChoices && *out->minChoices > *out->maxChoices)
            return fail(member(path, "minChoices"), FormRubric::tr("“minChoices” is above “maxChoices”."));
        return std::nullopt;
    }

    Result<RubricItem> item(const QJsonValue &value, const QString &path) const
    {
        if (!value.isObject())
            return fail(path, FormRubric::tr("An item must be a JSON object."));
        const QJsonObject o = value.toObject();
        RubricItem item;
        std::optional<Error> e;
        if ((e = text(o, "id", path, &item.id)))
            return *e;
        if (item.id.trimmed().isEmpty())
            return fail(member(path, "id"), FormRubric::tr("The item has no “id”."));
        if (item.id == TitleResultId)
            return fail(member(path, "id"), FormRubric::tr("The id “%1” is kept for the form title check.").arg(TitleResultId));
        if ((e = text(o, "label", path, &item.label)))
            return *e;
        if (FormRubricChecker::labelKey(item.label).isEmpty())
            return fail(member(path, "label"), FormRubric::tr("The item has no “label”."));
        if ((e = textList(o, "synonyms", path, &item.synonyms)))
            return *e;
        for (qsizetype i = 0; i < item.synonyms.size(); ++i) {
            if (FormRubricChecker::labelKey(item.synonyms[i]).isEmpty())
                return fail(indexed(member(path, "synonyms"), i), FormRubric::tr("A synonym must not be empty."));
        }
        QStringList typeNames;
        if ((e = textList(o, "types", path, &typeNames)))
            return *e;
        for (qsizetype i = 0; i < typeNames.size(); ++i) {
            FieldType type;
            if (!fieldTypeFromName(typeNames[i], &type))
                return fail(indexed(member(path, "types"), i), FormRubric::tr("Unknown field type “%1”.").arg(typeNames[i]));
            // Notes never match an item (they hold no answer), so such an item could never pass.
            if (!fieldTypeHoldsAnswer(type))
                return fail(indexed(member(path, "types"), i),
                            FormRubric::tr("The field type “%1” holds no answer and cannot be asked for.").arg(typeNames[i]));
            item.types.append(type);
        }
        const QJsonValue required = o.value(QStringLiteral("required"));
        if (!required.isUndefined()) {
            if (!required.isBool())
                return fail(member(path, "required"), FormRubric::tr("“%1” must be true or false.").arg(QStringLiteral("required")));
            item.required = required.toBool();
        }
        if ((e = textList(o, "choices", path, &item.choices)) || (e = flag(o, "exactChoices", path, &item.exactChoices)))
            return *e;
        const QJsonValue validation = o.value(QStringLiteral("validation"));
        if (!validation.isUndefined()) {
            if (!validation.isObject())
                return fail(member(path, "validation"), FormRubric::tr("“validation” must be an object."));
            if ((e = this->validation(validation.toObject(), member(path, "validation"), &item.validation)))
                return *e;
        }
        if ((e = flag(o, "needsPattern", path, &item.needsPattern)))
            return *e;
        const QJsonValue showWhen = o.value(QStringLiteral("showWhen"));
        if (!showWhen.isUndefined()) {
            if (!showWhen.isString() || FormRubricChecker::labelKey(showWhen.toString()).isEmpty())
                return fail(member(path, "showWhen"), FormRubric::tr("“showWhen” must be the label of another item."));
            item.conditionOn = showWhen.toString();
        }
        if ((e = flag(o, "absent", path, &item.mustBeAbsent)) || (e = text(o, "hint", path, &item.hint)))
            return *e;
        return item;
    }

private:
    QString m_fileName;
};

// The label keys by which an item is found: its label's and its synonyms'.
QSet<QString> itemKeys(const RubricItem &item)
{
    QSet<QString> keys{FormRubricChecker::labelKey(item.label)};
    for (const QString &synonym : item.synonyms)
        keys.insert(FormRubricChecker::labelKey(synonym));
    keys.remove(QString());
    return keys;
}

QList<QSet<QString>> itemKeys(const QList<RubricItem> &items)
{
    QList<QSet<QString>> keys;
    keys.reserve(items.size());
    for (const RubricItem &item : items)
        keys.append(itemKeys(item));
    return keys;
}

// The first other item that showWhen names, or -1. keys holds itemKeys() of every item, worked
// out once: a rubric may have many items, each with many synonyms.
qsizetype conditionItem(const QList<QSet<QString>> &keys, qsizetype self, const QString &showWhen)
{
    const QString key = FormRubricChecker::labelKey(showWhen);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i != self && keys[i].contains(key))
            return i;
    }
    return -1;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}
} // namespace

QByteArray FormRubric::toJson() const
{
    QJsonArray list;
    for (const RubricItem &item : items) {
        QJsonObject o{{QStringLiteral("id"), item.id}, {QStringLiteral("label"), item.label}};
        if (!item.synonyms.isEmpty())
            o.insert(QStringLiteral("synonyms"), toArray(item.synonyms));
        if (!item.types.isEmpty()) {
            QJsonArray types;
            for (FieldType type : item.types)
                types.append(fieldTypeName(type));
            o.insert(QStringLiteral("types"), types);
        }
        if (item.required)
            o.insert(QStringLiteral("required"), *item.required);
        if (!item.choices.isEmpty())
            o.insert(QStringLiteral("choices"), toArray(item.choices));
        if (item.exactChoices)
            o.insert(QStringLiteral("exactChoices"), true);
        const FieldValidation &v = item.validation;
        QJsonObject validation;
        if (v.minimum)
            validation.insert(QStringLiteral("min"), *v.minimum);
        if (v.maximum)
            validation.insert(QStringLiteral("max"), *v.maximum);
        if (v.minLength)
            validation.insert(QStringLiteral("minLength"), *v.minLength);
        if (v.maxLength)
            validation.insert(QStringLiteral("maxLength"), *v.maxLength);
        if (v.earliest)
            validation.insert(QStringLiteral("earliest"), v.earliest->toString(Qt::ISODate));
        if (v.latest)
            validation.insert(QStringLiteral("latest"), v.latest->toString(Qt::ISODate));
        if (v.minChoices)
            validation.insert(QStringLiteral("minChoices"), *v.minChoices);
        if (v.maxChoices)
            validation.insert(QStringLiteral("maxChoices"), *v.maxChoices);
        if (!validation.isEmpty())
            o.insert(QStringLiteral("validation"), validation);
        if (item.needsPattern)
            o.insert(QStringLiteral("needsPattern"), true);
        if (item.conditionOn)
            o.insert(QStringLiteral("showWhen"), *item.conditionOn);
        if (item.mustBeAbsent)
            o.insert(QStringLiteral("absent"), true);
        if (!item.hint.isEmpty())
            o.insert(QStringLiteral("hint"), item.hint);
        list.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("titleRequired"), titleRequired},
                           {QStringLiteral("items"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<FormRubric> FormRubric::fromJson(const QByteArray &json, const QString &fileName)
{
    const RubricReader reader(fileName);
    if (json.size() > MaxFileBytes)
        return reader.fail(QString(), tr("The rubric is larger than %1 MiB.").arg(MaxFileBytes / 1024 / 1024),
                           Error::Kind::TooLarge);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character that broke the parse.
        const auto [line, column] = lineColumn(json, std::max(0, parseError.offset - 1));
        return reader.fail(tr("line %1, column %2").arg(line).arg(column),
                           tr("The rubric is not valid JSON: %1.").arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return reader.fail(QString(), tr("The rubric must be a JSON object."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        return reader.fail(QStringLiteral("format"),
                           tr("This is not a Tenarai form rubric (“format” must be “%1”).").arg(FormatName));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!wholeNumber(version, 1, 1000000))
        return reader.fail(QStringLiteral("version"), tr("“version” must be a whole number, 1 or more."));
    if (version.toInt() > FormatVersion)
        return reader.fail(QStringLiteral("version"),
                           tr("This rubric was saved for a newer version of Tenarai (format %1); this version reads "
                              "format %2 and older. Update Tenarai to use it.")
                               .arg(version.toInt())
                               .arg(FormatVersion),
                           Error::Kind::Unsupported);

    FormRubric rubric;
    std::optional<Error> e;
    if ((e = reader.text(root, "title", QString(), &rubric.title))
        || (e = reader.flag(root, "titleRequired", QString(), &rubric.titleRequired)))
        return *e;

    const QJsonValue items = root.value(QStringLiteral("items"));
    if (!items.isArray())
        return reader.fail(QStringLiteral("items"), tr("“items” must be a list."));
    const QJsonArray list = items.toArray();
    if (list.size() > MaxItems)
        return reader.fail(QStringLiteral("items"), tr("The rubric has more than %1 items.").arg(MaxItems),
                           Error::Kind::TooLarge);
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = indexed(QStringLiteral("items"), i);
        auto item = reader.item(list[i], path);
        if (!item)
            return item.error();
        if (ids.contains(item->id))
            return reader.fail(member(path, "id"), tr("The id “%1” is used by an earlier item too.").arg(item->id));
        ids.insert(item->id);
        rubric.items.append(std::move(item.value()));
    }
    const QList<QSet<QString>> keys = itemKeys(rubric.items);
    for (qsizetype i = 0; i < rubric.items.size(); ++i) {
        const RubricItem &item = rubric.items[i];
        if (item.conditionOn && conditionItem(keys, i, *item.conditionOn) < 0)
            return reader.fail(member(indexed(QStringLiteral("items"), i), "showWhen"),
                               tr("No other item has the label “%1”.").arg(*item.conditionOn));
    }
    return rubric;
}

Result<FormRubric> FormRubric::load(const QString &path)
{
    QFile file(path);
    Error e;
    e.file = path;
    if (!file.open(QIODevice::ReadOnly)) {
        e.kind = Error::Kind::Io;
        e.message = tr("The rubric cannot be opened: %1").arg(file.errorString());
        return e;
    }
    // Read one byte past the cap: size() is 0 for pipes and special files.
    const QByteArray json = file.read(MaxFileBytes + 1);
    if (json.size() > MaxFileBytes) {
        e.kind = Error::Kind::TooLarge;
        e.message = tr("The rubric is larger than %1 MiB.").arg(MaxFileBytes / 1024 / 1024);
        return e;
    }
    return fromJson(json, path);
}

QString FormRubricChecker::labelKey(const QString &label)
{
    // Forms mark required and optional fields in the label; the rubric names the field itself.
    static const QStringList Markers{QStringLiteral("(必須)"), QStringLiteral("【必須】"), QStringLiteral("[必須]"),
                                     QStringLiteral("(任意)"), QStringLiteral("【任意】"), QStringLiteral("[任意]")};
    static const QStringList TrailingMarks{QStringLiteral("※"), QStringLiteral("*")};
    QString key = foldedText(label);
    for (bool changed = true; changed;) {
        changed = false;
        for (const QString &marker : Markers) {
            if (key.endsWith(marker)) {
                key.chop(marker.size());
                changed = true;
            }
            if (key.startsWith(marker)) {
                key.remove(0, marker.size());
                changed = true;
            }
        }
        for (const QString &mark : TrailingMarks) {
            if (key.endsWith(mark)) {
                key.chop(mark.size());
                changed = true;
            }
        }
    }
    return key;
}

bool FormRubricChecker::allPassed(const QList<RubricResult> &results)
{
    return std::all_of(results.cbegin(), results.cend(), [](const RubricResult &r) { return r.passed; });
}

QList<RubricResult> FormRubricChecker::check(const Form &form, const FormRubric &rubric)
{
    // Notes hold no answer, so a note that repeats a label never stands in for a field.
    QList<FormField> fields;
    for (const FormField &f : form.fields()) {
        if (fieldTypeHoldsAnswer(f.type))
            fields.append(f);
    }
    QList<QString> fieldKeys;
    for (const FormField &f : fields)
        fieldKeys.append(labelKey(f.label));
    const QList<QSet<QString>> keys = itemKeys(rubric.items);

    // Exact labels first for every item, then similar ones for the items still unmatched, so
    // that a loose match for one item never takes the field another item names exactly. In
    // each pass a field goes to the first item in rubric order and to no other.
    QList<qsizetype> matched(rubric.items.size(), -1);
    QList<bool> used(fields.size(), false);
    for (qsizetype i = 0; i < rubric.items.size(); ++i) {
        for (qsizetype f = 0; f < fields.size(); ++f) {
            if (!used[f] && keys[i].contains(fieldKeys[f])) {
                matched[i] = f;
                used[f] = true;
                break;
            }
        }
    }
    for (qsizetype i = 0; i < rubric.items.size(); ++i) {
        if (matched[i] >= 0)
            continue;
        qsizetype candidate = -1;
        int candidates = 0;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            if (used[f] || fieldKeys[f].isEmpty())
                continue;
            const QString &fieldKey = fieldKeys[f];
            // One-character keys (「名」) are contained in too many labels to mean anything.
            const bool similar = std::any_of(keys[i].cbegin(), keys[i].cend(), [&fieldKey](const QString &key) {
                return (key.size() >= 2 && fieldKey.contains(key)) || (fieldKey.size() >= 2 && key.contains(fieldKey));
            });
            if (similar) {
                candidate = f;
                ++candidates;
            }
        }
        if (candidates == 1) {
            matched[i] = candidate;
            used[candidate] = true;
        }
    }

    QList<RubricResult> results;
    if (rubric.titleRequired) {
        RubricResult title;
        title.itemId = TitleResultId;
        title.label = tr("Form title");
        if (form.title.trimmed().isEmpty())
            title.problems.append(tr("The form has no title."));
        title.passed = title.problems.isEmpty();
        results.append(title);
    }

    for (qsizetype i = 0; i < rubric.items.size(); ++i) {
        const RubricItem &item = rubric.items[i];
        RubricResult result;
        result.itemId = item.id;
        result.label = item.label;
        const FormField *field = matched[i] >= 0 ? &fields.at(matched[i]) : nullptr;
        if (field)
            result.fieldId = field->id;
        QStringList &problems = result.problems;

        if (item.mustBeAbsent) {
            if (field)
                problems.append(tr("The form should not ask for 「%1」.").arg(item.label));
        } else if (!field) {
            problems.append(tr("The form has no field for 「%1」.").arg(item.label));
        } else {
            if (!item.types.isEmpty() && !item.types.contains(field->type)) {
                if (item.types.size() == 1) {
                    problems.append(tr("「%1」 should be of the type %2.").arg(item.label, fieldTypeDisplayName(item.types[0])));
                } else {
                    QStringList names;
                    for (FieldType type : item.types)
                        names.append(fieldTypeDisplayName(type));
                    problems.append(tr("「%1」 should be one of: %2.").arg(item.label, names.join(tr(", "))));
                }
            }
            if (item.required && *item.required != field->required)
                problems.append(*item.required ? tr("「%1」 should be required.").arg(item.label)
                                               : tr("「%1」 should not be required.").arg(item.label));

            if (!item.choices.isEmpty() || item.exactChoices) {
                // Counts only: naming the missing choices would hand the learner the answer.
                QSet<QString> offered;
                for (const QString &choice : field->choices)
                    offered.insert(foldedText(choice));
                QSet<QString> expected;
                int missing = 0;
                for (const QString &choice : item.choices) {
                    const QString key = foldedText(choice);
                    if (!expected.contains(key) && !offered.contains(key))
                        ++missing;
                    expected.insert(key);
                }
                if (missing > 0)
                    problems.append(tr("「%1」 is missing %n choice(s).", nullptr, missing).arg(item.label));
                if (item.exactChoices) {
                    int extra = 0;
                    for (const QString &key : std::as_const(offered))
                        extra += expected.contains(key) ? 0 : 1;
                    if (extra > 0)
                        problems.append(tr("「%1」 offers %n choice(s) that should not be there.", nullptr, extra).arg(item.label));
                }
            }

            const FieldValidation &want = item.validation;
            const FieldValidation &have = field->validation;
            auto limit = [&](const auto &wanted, const auto &had, const QString &needs, const QString &differs) {
                if (!wanted)
                    return;
                if (!had)
                    problems.append(needs.arg(item.label));
                else if (*had != *wanted)
                    problems.append(differs.arg(item.label));
            };
            limit(want.minimum, have.minimum, tr("「%1」 needs a lower limit."), tr("「%1」 needs a different lower limit."));
            limit(want.maximum, have.maximum, tr("「%1」 needs an upper limit."), tr("「%1」 needs a different upper limit."));
            limit(want.minLength, have.minLength, tr("「%1」 needs a minimum length."),
                  tr("「%1」 needs a different minimum length."));
            limit(want.maxLength, have.maxLength, tr("「%1」 needs a maximum length."),
                  tr("「%1」 needs a different maximum length."));
            limit(want.earliest, have.earliest, tr("「%1」 needs an earliest date."),
                  tr("「%1」 needs a different earliest date."));
            limit(want.latest, have.latest, tr("「%1」 needs a latest date."), tr("「%1」 needs a different latest date."));
            limit(want.minChoices, have.minChoices, tr("「%1」 needs a smallest number of choices to pick."),
                  tr("「%1」 needs a different smallest number of choices to pick."));
            limit(want.maxChoices, have.maxChoices, tr("「%1」 needs a largest number of choices to pick."),
                  tr("「%1」 needs a different largest number of choices to pick."));

            if (item.needsPattern && have.pattern.isEmpty())
                problems.append(tr("「%1」 needs a pattern that its answers must match.").arg(item.label));

            if (item.conditionOn) {
                const qsizetype other = conditionItem(keys, i, *item.conditionOn);
                if (!field->condition) {
                    problems.append(tr("「%1」 should be shown only depending on the answer to 「%2」.")
                                        .arg(item.label, *item.conditionOn));
                } else {
                    // The condition is right when it is on the field that matched the other
                    // item, or on any field labelled as that item is.
                    const FormField *on = form.field(field->condition->fieldId);
                    const bool right = on && other >= 0
                        && ((matched[other] >= 0 && fields.at(matched[other]).id == on->id)
                            || keys[other].contains(labelKey(on->label)));
                    if (!right)
                        problems.append(tr("「%1」 should depend on 「%2」, not on another field.")
                                            .arg(item.label, *item.conditionOn));
                }
            }
        }
        result.passed = problems.isEmpty();
        if (!result.passed)
            result.hint = item.hint;
        results.append(result);
    }
    return results;
}

} // namespace tenarai
