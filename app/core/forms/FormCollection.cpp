#include "forms/FormCollection.h"
#include "JsonPath.h"

#include "io/TableIO.h"
#include "table/Workbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <cmath>

namespace tenarai {

namespace {
const QString FormatName = QStringLiteral("tenarai-form-data");

// Submission ids are UUIDs when Tenarai makes them; a hand-edited file may use anything short.
constexpr qsizetype MaxIdChars = 100;
// A time cell is a duration in milliseconds; beyond a million hours is not a time anyone typed.
constexpr double MaxTimeMilliseconds = 1000000.0 * 3600.0 * 1000.0;
// Excel refuses longer sheet names.
constexpr qsizetype MaxSheetNameChars = 31;

const QString DateTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz");

QString stampToJson(const QDateTime &stamp)
{
    return stamp.toUTC().toString(Qt::ISODateWithMs);
}

// An ISO 8601 date-time; one without a zone is taken as UTC, which is what Tenarai writes.
std::optional<QDateTime> stampFromJson(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    QDateTime stamp = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!stamp.isValid())
        return std::nullopt;
    if (stamp.timeSpec() == Qt::LocalTime)
        stamp = QDateTime(stamp.date(), stamp.time(), Qt::UTC);
    return stamp.toUTC();
}

QJsonObject cellToJson(const Cell &cell)
{
    QJsonObject o { { QStringLiteral("kind"), Cell::kindName(cell.kind()) } };
    switch (cell.kind()) {
    case Cell::Kind::Empty:
        break;
    case Cell::Kind::Text:
        o.insert(QStringLiteral("value"), cell.textValue());
        break;
    case Cell::Kind::Number:
        // Qt writes doubles in the shortest form that reads back exactly.
        o.insert(QStringLiteral("value"), cell.numberValue());
        break;
    case Cell::Kind::Boolean:
        o.insert(QStringLiteral("value"), cell.booleanValue());
        break;
    case Cell::Kind::Date:
        o.insert(QStringLiteral("value"), cell.dateValue().toString(Qt::ISODate));
        break;
    case Cell::Kind::DateTime:
        o.insert(QStringLiteral("value"), cell.dateTimeValue().toString(DateTimeFormat));
        break;
    case Cell::Kind::Time:
        o.insert(QStringLiteral("value"), double(cell.timeMilliseconds()));
        break;
    case Cell::Kind::Error:
        o.insert(QStringLiteral("value"), cell.errorCode());
        break;
    }
    return o;
}

// A sheet name Excel accepts: none of []:*?/\ or control characters, no apostrophe at either
// end, at most 31 characters (not splitting a surrogate pair), not "History".
QString sheetNameFor(const QString &title, const QString &fallback)
{
    QString name;
    for (const QChar c : title) {
        static const QString illegal = QStringLiteral("[]:*?/\\");
        name += (c.unicode() < 0x20 || c.unicode() == 0x7F || illegal.contains(c)) ? QLatin1Char('_') : c;
    }
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    if (name.size() > MaxSheetNameChars) {
        qsizetype cut = MaxSheetNameChars;
        if (name.at(cut - 1).isHighSurrogate())
            --cut;
        name.truncate(cut);
        name = name.trimmed();
        while (name.endsWith(QLatin1Char('\'')))
            name.chop(1);
    }
    if (name.isEmpty() || name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        return fallback;
    return name;
}
} // namespace

int FormCollection::indexOf(const QString &submissionId) const
{
    for (qsizetype i = 0; i < submissions.size(); ++i) {
        if (submissions[i].id == submissionId)
            return int(i);
    }
    return -1;
}

// Runs the validator and turns its field errors into one sentence naming the fields by label,
// so that a dialog or the CLI can say which answers to fix without knowing the form.
static Result<FormValues> checkedValues(const Form &form, const FormInputs &inputs)
{
    const FormCheck check = FormValidator::check(form, inputs);
    if (check.ok())
        return check.values;
    QStringList labels;
    QStringList ids;
    for (const FieldError &fieldError : check.errors) {
        if (ids.contains(fieldError.fieldId))
            continue;
        ids << fieldError.fieldId;
        const FormField *field = form.field(fieldError.fieldId);
        labels << ((field && !field->label.isEmpty()) ? field->label : fieldError.fieldId);
    }
    Error e;
    e.kind = Error::Kind::InvalidArgument;
    e.part = ids.join(QLatin1Char(','));
    e.message
        = FormCollection::tr("Some answers need fixing: %1.")
              .arg(labels.join(FormCollection::tr(", ", "between the labels of fields that need fixing")));
    return e;
}

Result<Submission> FormCollection::submit(const FormInputs &inputs, const QDateTime &now)
{
    if (submissions.size() >= MaxSubmissions) {
        Error e;
        e.kind = Error::Kind::TooLarge;
        e.message = tr("The form already holds %1 answers, the most one form can keep; export them and start "
                       "a new form.")
                        .arg(MaxSubmissions);
        return e;
    }
    Result<FormValues> values = checkedValues(form, inputs);
    if (!values)
        return values.error();
    Submission submission;
    submission.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    submission.submittedAt = now.toUTC();
    submission.updatedAt = submission.submittedAt;
    submission.values = std::move(values).value();
    submissions.append(submission);
    draft.clear();
    draftSubmissionId.clear();
    return submission;
}

Result<Submission> FormCollection::update(const QString &submissionId, const FormInputs &inputs,
                                          const QDateTime &now)
{
    const int index = indexOf(submissionId);
    if (index < 0) {
        Error e;
        e.kind = Error::Kind::InvalidArgument;
        e.part = submissionId;
        e.message = tr("The answer being edited is no longer in the form (it may have been deleted).");
        return e;
    }
    Result<FormValues> values = checkedValues(form, inputs);
    if (!values)
        return values.error();
    Submission &submission = submissions[index];
    submission.values = std::move(values).value();
    submission.updatedAt = now.toUTC();
    draft.clear();
    draftSubmissionId.clear();
    return submission;
}

bool FormCollection::remove(const QString &submissionId)
{
    const int index = indexOf(submissionId);
    if (index < 0)
        return false;
    submissions.removeAt(index);
    // Whatever was being typed over the deleted answer is kept, now as a new answer.
    if (draftSubmissionId == submissionId)
        draftSubmissionId.clear();
    return true;
}

Table FormCollection::toTable() const
{
    const QList<FormField> fields = form.answerFields();
    const int columns = int(fields.size()) + 1;
    Table table(columns);
    QStringList names;
    for (const FormField &field : fields)
        names << field.label;
    names << tr("Submitted at");
    table.setColumnNames(names);
    for (const Submission &submission : submissions) {
        QList<Cell> row;
        row.reserve(columns);
        for (const FormField &field : fields)
            row << submission.values.value(field.id);
        row << Cell::dateTime(submission.submittedAt.toLocalTime());
        table.appendRow(row);
    }
    table.squeeze();
    return table;
}

Status FormCollection::exportTo(const QString &path) const
{
    if (TableIO::formatForExtension(path) == TableIO::Format::Unknown) {
        Error e;
        e.kind = Error::Kind::InvalidArgument;
        e.file = path;
        e.message = tr(
            "Answers can be exported as .xlsx or .csv only; choose a file name that ends in one of them.");
        return e;
    }
    Workbook workbook;
    Sheet sheet;
    sheet.name = sheetNameFor(form.title, tr("Answers"));
    sheet.table = toTable();
    workbook.sheets.push_back(std::move(sheet));
    WriteOptions options;
    options.headerRow = true;
    return TableIO::write(path, workbook, 0, options);
}

QByteArray FormCollection::toJson() const
{
    const QJsonObject formObject = QJsonDocument::fromJson(form.toJson()).object();
    QJsonArray list;
    for (const Submission &submission : submissions) {
        QJsonObject values;
        for (auto it = submission.values.cbegin(); it != submission.values.cend(); ++it)
            values.insert(it.key(), cellToJson(it.value()));
        list.append(QJsonObject { { QStringLiteral("id"), submission.id },
                                  { QStringLiteral("submittedAt"), stampToJson(submission.submittedAt) },
                                  { QStringLiteral("updatedAt"), stampToJson(submission.updatedAt) },
                                  { QStringLiteral("values"), values } });
    }
    QJsonObject draftObject;
    for (auto it = draft.cbegin(); it != draft.cend(); ++it)
        draftObject.insert(it.key(), it.value());
    const QJsonObject root {
        { QStringLiteral("format"), FormatName }, { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("form"), formObject },   { QStringLiteral("submissions"), list },
        { QStringLiteral("draft"), draftObject }, { QStringLiteral("draftSubmissionId"), draftSubmissionId }
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<FormCollection> FormCollection::fromJson(const QByteArray &json, const QString &fileName)
{
    auto fail
        = [&fileName](const QString &part, const QString &message, Error::Kind kind = Error::Kind::Format) {
              Error e;
              e.kind = kind;
              e.file = fileName;
              e.part = part;
              e.message = message;
              return e;
          };

    if (json.size() > MaxFileBytes)
        return fail(QString(), tr("The form file is larger than %1 MiB.").arg(MaxFileBytes / 1024 / 1024),
                    Error::Kind::TooLarge);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character that broke the parse.
        const auto [line, column] = lineColumnAt(json, std::max(0, parseError.offset - 1));
        return fail(tr("line %1, column %2").arg(line).arg(column),
                    tr("The form file is not valid JSON: %1.").arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return fail(QString(), tr("The form file must be a JSON object."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        return fail(QStringLiteral("format"),
                    tr("This is not a Tenarai form with answers (“format” must be “%1”).").arg(FormatName));
    const QJsonValue version = root.value(QStringLiteral("version"));
    const double versionNumber = version.toDouble(-1);
    if (!version.isDouble() || versionNumber < 1 || versionNumber != std::floor(versionNumber)
        || versionNumber > 1e6)
        return fail(QStringLiteral("version"), tr("“version” must be a whole number, 1 or more."));
    if (int(versionNumber) > FormatVersion)
        return fail(QStringLiteral("version"),
                    tr("This form was saved by a newer version of Tenarai (format %1); this version reads "
                       "format %2 and older. Update Tenarai to use it.")
                        .arg(int(versionNumber))
                        .arg(FormatVersion),
                    Error::Kind::Unsupported);

    FormCollection collection;
    const QJsonValue formValue = root.value(QStringLiteral("form"));
    if (!formValue.isObject())
        return fail(QStringLiteral("form"), tr("“form” must be an object."));
    Result<Form> form
        = Form::fromJson(QJsonDocument(formValue.toObject()).toJson(QJsonDocument::Compact), fileName);
    if (!form) {
        Error e = form.error();
        e.file = fileName;
        // The form is re-serialised from a parsed object, so its errors name fields, never offsets.
        e.part = e.part.isEmpty() ? QStringLiteral("form") : QStringLiteral("form.") + e.part;
        return e;
    }
    collection.form = std::move(form).value();

    const QJsonValue submissionsValue = root.value(QStringLiteral("submissions"));
    if (!submissionsValue.isUndefined()) {
        if (!submissionsValue.isArray())
            return fail(QStringLiteral("submissions"), tr("“submissions” must be a list."));
        const QJsonArray list = submissionsValue.toArray();
        if (list.size() > MaxSubmissions)
            return fail(QStringLiteral("submissions"),
                        tr("The file holds %1 answers; a form keeps at most %2.")
                            .arg(list.size())
                            .arg(MaxSubmissions),
                        Error::Kind::TooLarge);
        QSet<QString> seen;
        collection.submissions.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("submissions[%1]").arg(i);
            if (!list[i].isObject())
                return fail(at, tr("An answer must be a JSON object."));
            const QJsonObject o = list[i].toObject();
            Submission submission;
            const QJsonValue id = o.value(QStringLiteral("id"));
            if (!id.isString() || id.toString().trimmed().isEmpty() || id.toString().size() > MaxIdChars)
                return fail(at + QStringLiteral(".id"),
                            tr("“id” must be a text of 1 to %1 characters.").arg(MaxIdChars));
            submission.id = id.toString();
            if (seen.contains(submission.id))
                return fail(at + QStringLiteral(".id"),
                            tr("The id “%1” is used by two answers.").arg(submission.id));
            seen.insert(submission.id);
            const std::optional<QDateTime> submittedAt
                = stampFromJson(o.value(QStringLiteral("submittedAt")));
            if (!submittedAt)
                return fail(at + QStringLiteral(".submittedAt"),
                            tr("“submittedAt” must be a date and time such as 2024-04-01T09:30:00Z."));
            submission.submittedAt = *submittedAt;
            const QJsonValue updatedValue = o.value(QStringLiteral("updatedAt"));
            if (updatedValue.isUndefined()) {
                submission.updatedAt = submission.submittedAt;
            } else {
                const std::optional<QDateTime> updatedAt = stampFromJson(updatedValue);
                if (!updatedAt)
                    return fail(at + QStringLiteral(".updatedAt"),
                                tr("“updatedAt” must be a date and time such as 2024-04-01T09:30:00Z."));
                submission.updatedAt = *updatedAt;
            }
            const QJsonValue valuesValue = o.value(QStringLiteral("values"));
            if (!valuesValue.isObject())
                return fail(at + QStringLiteral(".values"), tr("“values” must be an object."));
            const QJsonObject values = valuesValue.toObject();
            for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                const QString where = at + QStringLiteral(".values.") + it.key();
                if (it.key().isEmpty())
                    return fail(where, tr("A value must name its field."));
                if (!it.value().isObject())
                    return fail(where, tr("A value must be an object with “kind” and “value”."));
                const QJsonObject v = it.value().toObject();
                Cell::Kind kind;
                if (!Cell::kindFromName(v.value(QStringLiteral("kind")).toString(), &kind))
                    return fail(
                        where + QStringLiteral(".kind"),
                        tr("Unknown kind of value “%1”.").arg(v.value(QStringLiteral("kind")).toString()));
                const QJsonValue raw = v.value(QStringLiteral("value"));
                const QString valuePart = where + QStringLiteral(".value");
                Cell cell;
                switch (kind) {
                case Cell::Kind::Empty:
                    break;
                case Cell::Kind::Text:
                    if (!raw.isString())
                        return fail(valuePart, tr("A text value must be a JSON string."));
                    cell = Cell::text(raw.toString());
                    break;
                case Cell::Kind::Number:
                    if (!raw.isDouble() || !std::isfinite(raw.toDouble()))
                        return fail(valuePart, tr("A number value must be a JSON number."));
                    cell = Cell::number(raw.toDouble());
                    break;
                case Cell::Kind::Boolean:
                    if (!raw.isBool())
                        return fail(valuePart, tr("A yes/no value must be true or false."));
                    cell = Cell::boolean(raw.toBool());
                    break;
                case Cell::Kind::Date: {
                    const QString text = raw.toString();
                    const QDate date = QDate::fromString(text, Qt::ISODate);
                    if (!raw.isString() || text.size() != 10 || !date.isValid())
                        return fail(valuePart, tr("A date value must be a date such as 2024-04-01."));
                    cell = Cell::date(date);
                    break;
                }
                case Cell::Kind::DateTime: {
                    const QDateTime dateTime = QDateTime::fromString(raw.toString(), Qt::ISODateWithMs);
                    if (!raw.isString() || !dateTime.isValid())
                        return fail(valuePart, tr("A date-time value must be such as 2024-04-01T09:30:00."));
                    cell = Cell::dateTime(dateTime.date(), dateTime.time());
                    break;
                }
                case Cell::Kind::Time: {
                    const double ms = raw.toDouble(-1e300);
                    if (!raw.isDouble() || ms != std::floor(ms) || std::fabs(ms) > MaxTimeMilliseconds)
                        return fail(valuePart, tr("A time value must be a whole number of milliseconds."));
                    cell = Cell::time(qint64(ms));
                    break;
                }
                case Cell::Kind::Error:
                    if (!raw.isString() || raw.toString().isEmpty())
                        return fail(valuePart, tr("An error value must be its code, such as #N/A."));
                    cell = Cell::error(raw.toString());
                    break;
                }
                submission.values.insert(it.key(), cell);
            }
            collection.submissions.append(std::move(submission));
        }
    }

    const QJsonValue draftValue = root.value(QStringLiteral("draft"));
    if (!draftValue.isUndefined() && !draftValue.isNull()) {
        if (!draftValue.isObject())
            return fail(QStringLiteral("draft"), tr("“draft” must be an object."));
        const QJsonObject draftObject = draftValue.toObject();
        for (auto it = draftObject.constBegin(); it != draftObject.constEnd(); ++it) {
            if (!it.value().isString())
                return fail(QStringLiteral("draft.") + it.key(), tr("A draft answer must be a JSON string."));
            collection.draft.insert(it.key(), it.value().toString());
        }
    }

    const QJsonValue draftIdValue = root.value(QStringLiteral("draftSubmissionId"));
    if (!draftIdValue.isUndefined() && !draftIdValue.isNull()) {
        if (!draftIdValue.isString())
            return fail(QStringLiteral("draftSubmissionId"), tr("“draftSubmissionId” must be a text."));
        collection.draftSubmissionId = draftIdValue.toString();
        if (!collection.draftSubmissionId.isEmpty() && collection.indexOf(collection.draftSubmissionId) < 0)
            return fail(QStringLiteral("draftSubmissionId"),
                        tr("The draft edits the answer “%1”, which is not in the file.")
                            .arg(collection.draftSubmissionId));
    }
    return collection;
}

Result<FormCollection> FormCollection::load(const QString &path)
{
    Error e;
    e.kind = Error::Kind::Io;
    e.file = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        e.message = tr("The form file does not exist.");
        return e;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        e.message = tr("The form file cannot be opened: %1").arg(file.errorString());
        return e;
    }
    if (file.size() > MaxFileBytes) {
        e.kind = Error::Kind::TooLarge;
        e.message = tr("The form file is larger than %1 MiB.").arg(MaxFileBytes / 1024 / 1024);
        return e;
    }
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        e.message = tr("The form file cannot be read: %1").arg(file.errorString());
        return e;
    }
    return fromJson(data, path);
}

Status FormCollection::save(const QString &path) const
{
    Error e;
    e.kind = Error::Kind::Io;
    e.file = path;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        e.message = tr("The form cannot be saved to %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString());
        return e;
    }
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit()) {
        e.message = tr("The form cannot be saved to %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString());
        return e;
    }
    return Ok {};
}

} // namespace tenarai
