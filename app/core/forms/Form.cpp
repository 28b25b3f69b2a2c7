#include "forms/Form.h"
#include "JsonPath.h"

#include "forms/FormValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace tenarai {

namespace {
const QString FormatName = QStringLiteral("tenarai-form");

// Caps on the text of one form, documented in docs/form-format.md. Generous for any real form,
// small enough that a hostile file cannot make the designer lay out megabytes of label.
constexpr int MaxIdLength = 64;
constexpr int MaxLabelLength = 500;     // field labels, section and form titles, one choice
constexpr int MaxTextLength = 10000;    // help, descriptions, notes, explanations, defaults
constexpr int MaxPatternLength = 1000;  // a regular expression and its message
constexpr int MaxSections = Form::MaxFields;
constexpr qint64 MaxCount = 1000000;    // minLength, maxLength, minChoices, maxChoices

struct TypeName
{
    FieldType type;
    const char *name;
};
// Stored in files: never rename one, only append.
constexpr TypeName TypeNames[] = {
    {FieldType::Text, "text"},        {FieldType::MultilineText, "multiline"},
    {FieldType::Integer, "integer"},  {FieldType::Decimal, "decimal"},
    {FieldType::Date, "date"},        {FieldType::Choice, "choice"},
    {FieldType::Choices, "choices"},  {FieldType::YesNo, "yesno"},
    {FieldType::Phone, "phone"},      {FieldType::PostalCode, "postal"},
    {FieldType::Email, "email"},      {FieldType::Note, "note"},
};

struct OperatorName
{
    FieldCondition::Operator op;
    const char *name;
};
constexpr OperatorName OperatorNames[] = {
    {FieldCondition::Operator::HasValue, "hasValue"},
    {FieldCondition::Operator::Equals, "equals"},
    {FieldCondition::Operator::NotEquals, "notEquals"},
};

QString operatorName(FieldCondition::Operator op)
{
    for (const OperatorName &o : OperatorNames) {
        if (o.op == op)
            return QString::fromLatin1(o.name);
    }
    return {};
}

bool operatorFromName(const QString &name, FieldCondition::Operator *op)
{
    for (const OperatorName &o : OperatorNames) {
        if (name == QLatin1String(o.name)) {
            *op = o.op;
            return true;
        }
    }
    return false;
}

bool validId(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxIdLength)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                        || u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// Reads a form's JSON, remembering the file name and the path of the value being read so that
// every error says where ("sections[0].fields[2].type").
class FormReader
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::Form)
public:
    explicit FormReader(const QString &fileName) : m_fileName(fileName) {}

    Error fail(const QString &path, const QString &message, Error::Kind kind = Error::Kind::Format) const
    {
        Error e;
        e.kind = kind;
        e.file = m_fileName;
        e.part = path;
        e.message = message;
        return e;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString index(const QString &path, qsizetype i)
    {
        return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }

    // An optional string; absent and null read as empty.
    std::optional<Error> string(const QJsonObject &o, const QString &path, const QString &key, int maxLength,
                                QString *out) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString())
            return fail(join(path, key), tr("This must be text in double quotes."));
        *out = v.toString();
        if (out->size() > maxLength)
            return fail(join(path, key), tr("This text is longer than %1 characters.").arg(maxLength),
                        Error::Kind::TooLarge);
        return std::nullopt;
    }

    std::optional<Error> boolean(const QJsonObject &o, const QString &path, const QString &key, bool *out) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool())
            return fail(join(path, key), tr("This must be true or false."));
        *out = v.toBool();
        return std::nullopt;
    }

    std::optional<Error> number(const QJsonObject &o, const QString &path, const QString &key,
                                std::optional<double> *out) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return fail(join(path, key), tr("This must be a number."));
        *out = v.toDouble();
        return std::nullopt;
    }

    std::optional<Error> count(const QJsonObject &o, const QString &path, const QString &key,
                               std::optional<int> *out) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > double(MaxCount) || d != std::floor(d))
            return fail(join(path, key), tr("This must be a whole number from 0 to %1.").arg(MaxCount));
        *out = int(d);
        return std::nullopt;
    }

    std::optional<Error> date(const QJsonObject &o, const QString &path, const QString &key,
                              std::optional<QDate> *out) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
        if (!d.isValid() || v.toString().size() != 10)
            return fail(join(path, key), tr("This must be a date written as YYYY-MM-DD, for example 2024-04-01."));
        *out = d;
        return std::nullopt;
    }

    std::optional<Error> readValidation(const QJsonValue &value, const QString &path, FieldValidation *out) const
    {
        if (!value.isObject())
            return fail(path, tr("This must be an object { … }."));
        const QJsonObject o = value.toObject();
        if (auto e = number(o, path, QStringLiteral("min"), &out->minimum))
            return e;
        if (auto e = number(o, path, QStringLiteral("max"), &out->maximum))
            return e;
        if (auto e = count(o, path, QStringLiteral("minLength"), &out->minLength))
            return e;
        if (auto e = count(o, path, QStringLiteral("maxLength"), &out->maxLength))
            return e;
        if (auto e = string(o, path, QStringLiteral("pattern"), MaxPatternLength, &out->pattern))
            return e;
        if (auto e = string(o, path, QStringLiteral("patternMessage"), MaxPatternLength, &out->patternMessage))
            return e;
        if (auto e = date(o, path, QStringLiteral("earliest"), &out->earliest))
            return e;
        if (auto e = date(o, path, QStringLiteral("latest"), &out->latest))
            return e;
        if (auto e = count(o, path, QStringLiteral("minChoices"), &out->minChoices))
            return e;
        if (auto e = count(o, path, QStringLiteral("maxChoices"), &out->maxChoices))
            return e;
        return std::nullopt;
    }

    std::optional<Error> readCondition(const QJsonValue &value, const QString &path, FieldCondition *out) const
    {
        if (!value.isObject())
            return fail(path, tr("This must be an object { … }."));
        const QJsonObject o = value.toObject();
        const QJsonValue fieldValue = o.value(QStringLiteral("field"));
        if (!fieldValue.isString())
            return fail(join(path, QStringLiteral("field")), tr("The id of the field the condition looks at is missing."));
        if (auto e = string(o, path, QStringLiteral("field"), MaxIdLength, &out->fieldId))
            return e;
        const QJsonValue opValue = o.value(QStringLiteral("op"));
        if (!opValue.isUndefined() && !opValue.isNull()) {
            if (!opValue.isString() || !operatorFromName(opValue.toString(), &out->op))
                return fail(join(path, QStringLiteral("op")),
                            tr("The condition must be “hasValue”, “equals” or “notEquals”."));
        }
        return string(o, path, QStringLiteral("value"), MaxLabelLength, &out->value);
    }

    std::optional<Error> readField(const QJsonValue &value, const QString &path, FormField *out) const
    {
        if (!value.isObject())
            return fail(path, tr("A field must be an object { … }."));
        const QJsonObject o = value.toObject();

        const QJsonValue id = o.value(QStringLiteral("id"));
        if (!id.isString())
            return fail(join(path, QStringLiteral("id")), tr("The field has no “id” (text in double quotes)."));
        if (auto e = string(o, path, QStringLiteral("id"), MaxIdLength, &out->id))
            return e;

        const QJsonValue type = o.value(QStringLiteral("type"));
        if (!type.isString())
            return fail(join(path, QStringLiteral("type")), tr("The field has no “type” (text in double quotes)."));
        if (!fieldTypeFromName(type.toString(), &out->type)) {
            QStringList names;
            for (const TypeName &t : TypeNames)
                names.append(QString::fromLatin1(t.name));
            return fail(join(path, QStringLiteral("type")),
                        tr("Unknown field type “%1”; the types are %2.")
                            .arg(type.toString().left(MaxLabelLength), names.join(QStringLiteral(", "))));
        }

        if (auto e = string(o, path, QStringLiteral("label"), MaxLabelLength, &out->label))
            return e;
        if (auto e = string(o, path, QStringLiteral("help"), MaxTextLength, &out->help))
            return e;
        if (auto e = boolean(o, path, QStringLiteral("required"), &out->required))
            return e;
        if (auto e = string(o, path, QStringLiteral("default"), MaxTextLength, &out->defaultValue))
            return e;
        if (auto e = string(o, path, QStringLiteral("explanation"), MaxTextLength, &out->explanation))
            return e;

        const QJsonValue choices = o.value(QStringLiteral("choices"));
        if (!choices.isUndefined() && !choices.isNull()) {
            const QString choicesPath = join(path, QStringLiteral("choices"));
            if (!choices.isArray())
                return fail(choicesPath, tr("The choices must be a list [ … ] of texts."));
            const QJsonArray list = choices.toArray();
            if (list.size() > Form::MaxChoices)
                return fail(choicesPath, tr("A field may have at most %1 choices.").arg(Form::MaxChoices),
                            Error::Kind::TooLarge);
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!list[i].isString())
                    return fail(index(choicesPath, i), tr("A choice must be text in double quotes."));
                if (list[i].toString().size() > MaxLabelLength)
                    return fail(index(choicesPath, i),
                                tr("This text is longer than %1 characters.").arg(MaxLabelLength),
                                Error::Kind::TooLarge);
                out->choices.append(list[i].toString());
            }
        }

        const QJsonValue validation = o.value(QStringLiteral("validation"));
        if (!validation.isUndefined() && !validation.isNull()) {
            if (auto e = readValidation(validation, join(path, QStringLiteral("validation")), &out->validation))
                return e;
        }
        const QJsonValue showWhen = o.value(QStringLiteral("showWhen"));
        if (!showWhen.isUndefined() && !showWhen.isNull()) {
            FieldCondition condition;
            if (auto e = readCondition(showWhen, join(path, QStringLiteral("showWhen")), &condition))
                return e;
            out->condition = condition;
        }
        return std::nullopt;
    }

private:
    QString m_fileName;
};

QJsonObject validationToJson(const FieldValidation &v)
{
    QJsonObject o;
    if (v.minimum)
        o.insert(QStringLiteral("min"), *v.minimum);
    if (v.maximum)
        o.insert(QStringLiteral("max"), *v.maximum);
    if (v.minLength)
        o.insert(QStringLiteral("minLength"), *v.minLength);
    if (v.maxLength)
        o.insert(QStringLiteral("maxLength"), *v.maxLength);
    if (!v.pattern.isEmpty())
        o.insert(QStringLiteral("pattern"), v.pattern);
    if (!v.patternMessage.isEmpty())
        o.insert(QStringLiteral("patternMessage"), v.patternMessage);
    if (v.earliest)
        o.insert(QStringLiteral("earliest"), v.earliest->toString(Qt::ISODate));
    if (v.latest)
        o.insert(QStringLiteral("latest"), v.latest->toString(Qt::ISODate));
    if (v.minChoices)
        o.insert(QStringLiteral("minChoices"), *v.minChoices);
    if (v.maxChoices)
        o.insert(QStringLiteral("maxChoices"), *v.maxChoices);
    return o;
}

QJsonObject fieldToJson(const FormField &f)
{
    QJsonObject o{{QStringLiteral("id"), f.id}, {QStringLiteral("type"), fieldTypeName(f.type)}};
    if (!f.label.isEmpty())
        o.insert(QStringLiteral("label"), f.label);
    if (!f.help.isEmpty())
        o.insert(QStringLiteral("help"), f.help);
    if (f.required)
        o.insert(QStringLiteral("required"), true);
    if (!f.defaultValue.isEmpty())
        o.insert(QStringLiteral("default"), f.defaultValue);
    if (!f.choices.isEmpty())
        o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(f.choices));
    if (!f.validation.isEmpty())
        o.insert(QStringLiteral("validation"), validationToJson(f.validation));
    if (f.condition) {
        QJsonObject c{{QStringLiteral("field"), f.condition->fieldId}};
        if (f.condition->op != FieldCondition::Operator::HasValue)
            c.insert(QStringLiteral("op"), operatorName(f.condition->op));
        if (!f.condition->value.isEmpty())
            c.insert(QStringLiteral("value"), f.condition->value);
        o.insert(QStringLiteral("showWhen"), c);
    }
    if (!f.explanation.isEmpty())
        o.insert(QStringLiteral("explanation"), f.explanation);
    return o;
}
} // namespace

QString fieldTypeName(FieldType type)
{
    for (const TypeName &t : TypeNames) {
        if (t.type == type)
            return QString::fromLatin1(t.name);
    }
    return {};
}

bool fieldTypeFromName(const QString &name, FieldType *type)
{
    for (const TypeName &t : TypeNames) {
        if (name == QLatin1String(t.name)) {
            *type = t.type;
            return true;
        }
    }
    return false;
}

QString fieldTypeDisplayName(FieldType type)
{
    switch (type) {
    case FieldType::Text: return Form::tr("Text");
    case FieldType::MultilineText: return Form::tr("Multi-line text");
    case FieldType::Integer: return Form::tr("Whole number");
    case FieldType::Decimal: return Form::tr("Decimal number");
    case FieldType::Date: return Form::tr("Date");
    case FieldType::Choice: return Form::tr("Choice (one)");
    case FieldType::Choices: return Form::tr("Choices (several)");
    case FieldType::YesNo: return Form::tr("Yes or no");
    case FieldType::Phone: return Form::tr("Phone number");
    case FieldType::PostalCode: return Form::tr("Postal code");
    case FieldType::Email: return Form::tr("Email address");
    case FieldType::Note: return Form::tr("Note (no answer)");
    }
    return {};
}

bool fieldTypeHoldsAnswer(FieldType type)
{
    return type != FieldType::Note;
}

bool fieldTypeHasChoices(FieldType type)
{
    return type == FieldType::Choice || type == FieldType::Choices;
}

bool FieldValidation::isEmpty() const
{
    return *this == FieldValidation();
}

QList<FormField> Form::fields() const
{
    QList<FormField> all;
    for (const FormSection &s : sections)
        all.append(s.fields);
    return all;
}

QList<FormField> Form::answerFields() const
{
    QList<FormField> answers;
    for (const FormSection &s : sections) {
        for (const FormField &f : s.fields) {
            if (fieldTypeHoldsAnswer(f.type))
                answers.append(f);
        }
    }
    return answers;
}

const FormField *Form::field(const QString &id) const
{
    for (const FormSection &s : sections) {
        for (const FormField &f : s.fields) {
            if (f.id == id)
                return &f;
        }
    }
    return nullptr;
}

FormField *Form::field(const QString &id)
{
    for (FormSection &s : sections) {
        for (FormField &f : s.fields) {
            if (f.id == id)
                return &f;
        }
    }
    return nullptr;
}

QString Form::uniqueFieldId(const QString &hint) const
{
    QSet<QString> used;
    qsizetype count = 0;
    for (const FormSection &s : sections) {
        for (const FormField &f : s.fields) {
            used.insert(f.id);
            ++count;
        }
    }
    // Keep what is usable of the hint ("Postal code" -> "Postal_code"); a Japanese label leaves
    // nothing, and then the field is numbered.
    QString base;
    for (QChar c : hint.trimmed()) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-')
            base.append(c);
        else if (c.isSpace() && !base.isEmpty() && !base.endsWith(QLatin1Char('_')))
            base.append(QLatin1Char('_'));
    }
    while (base.endsWith(QLatin1Char('_')))
        base.chop(1);
    base.truncate(MaxIdLength - 8);
    if (!base.isEmpty()) {
        if (!used.contains(base))
            return base;
        for (qsizetype n = 2;; ++n) {
            const QString candidate = base + QLatin1Char('_') + QString::number(n);
            if (!used.contains(candidate))
                return candidate;
        }
    }
    for (qsizetype n = count + 1;; ++n) {
        const QString candidate = QStringLiteral("field_") + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

QList<Error> Form::problems() const
{
    QList<Error> found;
    auto problem = [&found](const QString &part, const QString &message) {
        Error e;
        e.kind = Error::Kind::Format;
        e.part = part;
        e.message = message;
        found.append(e);
    };

    if (title.size() > MaxLabelLength)
        problem(QStringLiteral("title"), tr("The form's title is longer than %1 characters.").arg(MaxLabelLength));

    // Every field, in display order, with its place in the file.
    struct Placed
    {
        const FormField *field;
        QString path;
    };
    QList<Placed> placed;
    for (qsizetype s = 0; s < sections.size(); ++s) {
        for (qsizetype f = 0; f < sections[s].fields.size(); ++f)
            placed.append({&sections[s].fields[f], QStringLiteral("sections[%1].fields[%2]").arg(s).arg(f)});
    }
    if (placed.isEmpty())
        problem(QStringLiteral("sections"), tr("The form has no fields yet."));
    if (placed.size() > MaxFields)
        problem(QStringLiteral("sections"),
                tr("The form has %1 fields; a form may have at most %2.").arg(placed.size()).arg(MaxFields));

    QHash<QString, qsizetype> firstIndex; // id -> index in placed
    for (qsizetype i = 0; i < placed.size(); ++i) {
        if (!firstIndex.contains(placed[i].field->id))
            firstIndex.insert(placed[i].field->id, i);
    }

    for (qsizetype i = 0; i < placed.size(); ++i) {
        const FormField &f = *placed[i].field;
        const QString &path = placed[i].path;
        // How a message names the field: its label and its id, so that both the designer and
        // `form check` readers can find it.
        const QString label = f.label.trimmed().isEmpty() ? tr("(no label)") : f.label.trimmed();
        const QString name = tr("“%1” (id “%2”)").arg(label.left(80), f.id.left(MaxIdLength));
        const bool answers = fieldTypeHoldsAnswer(f.type);

        if (f.id.isEmpty())
            problem(path, tr("The field “%1” has no id.").arg(label));
        else if (!validId(f.id))
            problem(path, tr("The id of the field %1 may only hold the letters A–Z and a–z, digits, “_” and “-”, "
                             "at most %2 of them.")
                              .arg(name)
                              .arg(MaxIdLength));
        else if (firstIndex.value(f.id) != i)
            problem(path, tr("The field %1 has the same id as an earlier field; each id must be different.").arg(name));

        if (answers && f.label.trimmed().isEmpty())
            problem(path, tr("The field %1 has no label.").arg(name));
        if (!answers && f.label.trimmed().isEmpty() && f.help.trimmed().isEmpty())
            problem(path, tr("The note %1 has no text.").arg(name));
        if (f.label.size() > MaxLabelLength)
            problem(path, tr("The label of the field %1 is longer than %2 characters.").arg(name).arg(MaxLabelLength));

        if (fieldTypeHasChoices(f.type)) {
            if (f.choices.isEmpty())
                problem(path, tr("The field %1 has no choices.").arg(name));
            if (f.choices.size() > MaxChoices)
                problem(path, tr("The field %1 has more than %2 choices.").arg(name).arg(MaxChoices));
            QSet<QString> seen;
            for (const QString &choice : f.choices) {
                if (choice.trimmed().isEmpty()) {
                    problem(path, tr("The field %1 has an empty choice.").arg(name));
                } else if (choice != choice.trimmed() || choice.contains(QLatin1Char('\n'))
                           || choice.contains(QLatin1Char('\r'))) {
                    problem(path, tr("The choice “%1” of the field %2 starts or ends with a space or holds a "
                                     "line break.")
                                      .arg(choice.trimmed().left(80), name));
                } else if (seen.contains(choice)) {
                    problem(path, tr("The field %1 has the choice “%2” twice.").arg(name, choice.left(80)));
                }
                seen.insert(choice);
            }
        }

        const FieldValidation &v = f.validation;
        if (v.minimum && v.maximum && *v.minimum > *v.maximum)
            problem(path, tr("The field %1 has a minimum (%2) above its maximum (%3).")
                              .arg(name, formatNumber(*v.minimum), formatNumber(*v.maximum)));
        if (v.minLength && v.maxLength && *v.minLength > *v.maxLength)
            problem(path, tr("The field %1 has a minimum length (%2) above its maximum length (%3).")
                              .arg(name)
                              .arg(*v.minLength)
                              .arg(*v.maxLength));
        if (v.earliest && v.latest && *v.earliest > *v.latest)
            problem(path, tr("The field %1 has an earliest date (%2) after its latest date (%3).")
                              .arg(name, v.earliest->toString(Qt::ISODate), v.latest->toString(Qt::ISODate)));
        if (v.minChoices && v.maxChoices && *v.minChoices > *v.maxChoices)
            problem(path, tr("The field %1 asks for at least %2 choices but at most %3.")
                              .arg(name)
                              .arg(*v.minChoices)
                              .arg(*v.maxChoices));
        if (f.type == FieldType::Choices && v.minChoices && !f.choices.isEmpty() && *v.minChoices > f.choices.size())
            problem(path, tr("The field %1 asks for at least %2 choices but offers only %3.")
                              .arg(name)
                              .arg(*v.minChoices)
                              .arg(f.choices.size()));
        if (!v.pattern.isEmpty()) {
            const QRegularExpression re(v.pattern);
            if (!re.isValid())
                problem(path, tr("The pattern of the field %1 is not a valid regular expression: %2.")
                                  .arg(name, re.errorString()));
        }

        if (answers && !f.defaultValue.isEmpty()) {
            // A default must be an answer the form itself would accept.
            const Result<Cell> checked = FormValidator::checkField(f, f.defaultValue);
            if (!checked.ok())
                problem(path, tr("The default of the field %1 is not a valid answer: %2")
                                  .arg(name, checked.error().message));
        }

        if (f.condition) {
            const FieldCondition &c = *f.condition;
            const auto other = firstIndex.find(c.fieldId);
            if (c.fieldId == f.id) {
                problem(path, tr("The field %1 is shown depending on its own answer.").arg(name));
            } else if (other == firstIndex.end()) {
                problem(path, tr("The field %1 is shown depending on a field “%2” that the form does not have.")
                                  .arg(name, c.fieldId.left(MaxIdLength)));
            } else if (*other > i) {
                problem(path, tr("The field %1 is shown depending on the field “%2”, which comes after it; it "
                                 "must depend on an earlier field.")
                                  .arg(name, c.fieldId));
            } else {
                const FormField &controller = *placed[*other].field;
                if (!fieldTypeHoldsAnswer(controller.type)) {
                    problem(path, tr("The field %1 is shown depending on the note “%2”, which has no answer.")
                                      .arg(name, c.fieldId));
                } else if (c.op != FieldCondition::Operator::HasValue) {
                    if (c.value.trimmed().isEmpty())
                        problem(path, tr("The condition of the field %1 has no value to compare with.").arg(name));
                    else if (controller.type == FieldType::YesNo && c.value != QLatin1String("yes")
                             && c.value != QLatin1String("no"))
                        problem(path, tr("The condition of the field %1 must compare with “yes” or “no”.").arg(name));
                    else if (fieldTypeHasChoices(controller.type) && !controller.choices.contains(c.value))
                        problem(path, tr("The condition of the field %1 compares with “%2”, which is not one of the "
                                         "choices of the field “%3”.")
                                          .arg(name, c.value.left(80), c.fieldId));
                }
            }
        }
    }
    return found;
}

QByteArray Form::toJson() const
{
    QJsonObject root{{QStringLiteral("format"), FormatName}, {QStringLiteral("version"), FormatVersion}};
    if (!title.isEmpty())
        root.insert(QStringLiteral("title"), title);
    if (!description.isEmpty())
        root.insert(QStringLiteral("description"), description);
    QJsonArray sectionList;
    for (const FormSection &s : sections) {
        QJsonObject section;
        if (!s.title.isEmpty())
            section.insert(QStringLiteral("title"), s.title);
        if (!s.description.isEmpty())
            section.insert(QStringLiteral("description"), s.description);
        QJsonArray fieldList;
        for (const FormField &f : s.fields)
            fieldList.append(fieldToJson(f));
        section.insert(QStringLiteral("fields"), fieldList);
        sectionList.append(section);
    }
    root.insert(QStringLiteral("sections"), sectionList);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Form> Form::fromJson(const QByteArray &json, const QString &fileName)
{
    const FormReader reader(fileName);
    if (json.size() > MaxFileBytes)
        return reader.fail(QString(), tr("The form is larger than %1 MiB.").arg(MaxFileBytes / 1024 / 1024),
                           Error::Kind::TooLarge);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character that broke the parse.
        const auto [line, column] = lineColumnAt(json, std::max(0, parseError.offset - 1));
        return reader.fail(tr("line %1, column %2").arg(line).arg(column),
                           tr("The form is not valid JSON at byte %1: %2.").arg(parseError.offset).arg(parseError.errorString()),
                           parseError.error == QJsonParseError::IllegalUTF8String ? Error::Kind::Encoding
                                                                                  : Error::Kind::Format);
    }
    if (!doc.isObject())
        return reader.fail(QString(), tr("The form must be a JSON object { … }."));
    const QJsonObject root = doc.object();

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != FormatName)
        return reader.fail(QStringLiteral("format"),
                           tr("This is not a Tenarai form (“format” must be “%1”).").arg(FormatName));
    const QJsonValue version = root.value(QStringLiteral("version"));
    const double v = version.toDouble(0);
    if (!version.isDouble() || v < 1 || v != std::floor(v))
        return reader.fail(QStringLiteral("version"), tr("“version” must be a whole number, 1 or more."));
    if (v > FormatVersion)
        return reader.fail(QStringLiteral("version"),
                           tr("This form is from a newer Tenarai (format version %1); this version reads format %2 "
                              "and older. Update Tenarai to open it.")
                               .arg(formatNumber(v))
                               .arg(FormatVersion),
                           Error::Kind::Unsupported);

    Form form;
    if (auto e = reader.string(root, QString(), QStringLiteral("title"), MaxLabelLength, &form.title))
        return *e;
    if (auto e = reader.string(root, QString(), QStringLiteral("description"), MaxTextLength, &form.description))
        return *e;

    const QJsonValue sections = root.value(QStringLiteral("sections"));
    if (!sections.isArray())
        return reader.fail(QStringLiteral("sections"), tr("“sections” must be a list [ … ] of sections."));
    const QJsonArray sectionList = sections.toArray();
    if (sectionList.size() > MaxSections)
        return reader.fail(QStringLiteral("sections"), tr("A form may have at most %1 sections.").arg(MaxSections),
                           Error::Kind::TooLarge);
    qsizetype fieldCount = 0;
    for (qsizetype s = 0; s < sectionList.size(); ++s) {
        const QString path = FormReader::index(QStringLiteral("sections"), s);
        if (!sectionList[s].isObject())
            return reader.fail(path, tr("A section must be an object { … }."));
        const QJsonObject o = sectionList[s].toObject();
        FormSection section;
        if (auto e = reader.string(o, path, QStringLiteral("title"), MaxLabelLength, &section.title))
            return *e;
        if (auto e = reader.string(o, path, QStringLiteral("description"), MaxTextLength, &section.description))
            return *e;
        const QJsonValue fields = o.value(QStringLiteral("fields"));
        const QString fieldsPath = FormReader::join(path, QStringLiteral("fields"));
        if (!fields.isUndefined() && !fields.isNull()) {
            if (!fields.isArray())
                return reader.fail(fieldsPath, tr("“fields” must be a list [ … ] of fields."));
            const QJsonArray fieldList = fields.toArray();
            fieldCount += fieldList.size();
            if (fieldCount > MaxFields)
                return reader.fail(fieldsPath, tr("A form may have at most %1 fields.").arg(MaxFields),
                                   Error::Kind::TooLarge);
            for (qsizetype f = 0; f < fieldList.size(); ++f) {
                FormField field;
                if (auto e = reader.readField(fieldList[f], FormReader::index(fieldsPath, f), &field))
                    return *e;
                section.fields.append(field);
            }
        }
        form.sections.append(section);
    }
    return form;
}

Result<Form> Form::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.kind = Error::Kind::Io;
        e.file = path;
        e.message = tr("The form cannot be opened: %1").arg(file.errorString());
        return e;
    }
    // Read one byte past the limit rather than trusting size(), which a pipe does not know.
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) {
        Error e;
        e.kind = Error::Kind::TooLarge;
        e.file = path;
        e.message = tr("The form is larger than %1 MiB.").arg(MaxFileBytes / 1024 / 1024);
        return e;
    }
    if (file.error() != QFileDevice::NoError) {
        Error e;
        e.kind = Error::Kind::Io;
        e.file = path;
        e.message = tr("The form cannot be read: %1").arg(file.errorString());
        return e;
    }
    return fromJson(bytes, path);
}

Status Form::save(const QString &path) const
{
    QSaveFile file(path);
    Error e;
    e.kind = Error::Kind::Io;
    e.file = path;
    if (!file.open(QIODevice::WriteOnly)) {
        e.message = tr("The form cannot be saved: %1").arg(file.errorString());
        return e;
    }
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit()) {
        e.message = tr("The form cannot be saved: %1").arg(file.errorString());
        return e;
    }
    return Ok{};
}

} // namespace tenarai
