#include "progress/ProgressRecords.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace tenarai {

namespace {

// Caps for text read from bundles and the central store, so that a damaged or hostile file cannot
// make us keep megabytes per field. Generous for anything a person types.
constexpr qsizetype MaxShortText = 1000;
constexpr qsizetype MaxLongText = 100000;

// The translation context of the free functions declared in ProgressRecords.h.
struct Records
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ProgressRecords)
};

// Stored JSON keys; never change them.
namespace key {
const QString id = QStringLiteral("id");
const QString displayName = QStringLiteral("displayName");
const QString department = QStringLiteral("department");
const QString createdAt = QStringLiteral("createdAt");
const QString profileId = QStringLiteral("profileId");
const QString packId = QStringLiteral("packId");
const QString packVersion = QStringLiteral("packVersion");
const QString lessonId = QStringLiteral("lessonId");
const QString exerciseId = QStringLiteral("exerciseId");
const QString startedAt = QStringLiteral("startedAt");
const QString finishedAt = QStringLiteral("finishedAt");
const QString score = QStringLiteral("score");
const QString passed = QStringLiteral("passed");
const QString hintsUsed = QStringLiteral("hintsUsed");
const QString checkerSummary = QStringLiteral("checkerSummary");
const QString workshopSessionId = QStringLiteral("workshopSessionId");
const QString completedAt = QStringLiteral("completedAt");
const QString title = QStringLiteral("title");
const QString trainer = QStringLiteral("trainer");
const QString endedAt = QStringLiteral("endedAt");
const QString type = QStringLiteral("type");
const QString at = QStringLiteral("at");
const QString data = QStringLiteral("data");
} // namespace key

QJsonValue timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODateWithMs);
}

bool isRecordId(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

// Reads one field of one record and remembers the first problem, named by its key, so that the
// fromJson functions stay a flat list of fields.
class FieldReader
{
public:
    FieldReader(const QJsonObject &json, const char *record) : m_json(json), m_record(record) {}

    bool failed() const { return !m_error.isEmpty(); }
    bool report(QString *error) const
    {
        if (error && failed())
            *error = m_error;
        return !failed();
    }

    QString id(const QString &key)
    {
        const QString text = string(key, true, MaxShortText);
        if (!failed() && !isRecordId(text))
            fail(key, Records::tr("is not an identifier (UUID)"));
        return text;
    }

    QString optionalId(const QString &key)
    {
        const QString text = string(key, false, MaxShortText);
        if (!failed() && !text.isEmpty() && !isRecordId(text))
            fail(key, Records::tr("is not an identifier (UUID)"));
        return text;
    }

    QString string(const QString &key, bool required, qsizetype maxLength = MaxShortText)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(key, Records::tr("is missing"));
            return {};
        }
        if (!value.isString()) {
            fail(key, Records::tr("is not text"));
            return {};
        }
        const QString text = value.toString();
        if (required && text.isEmpty())
            fail(key, Records::tr("is empty"));
        else if (text.size() > maxLength)
            fail(key, Records::tr("is too long"));
        return text;
    }

    QDateTime time(const QString &key, bool required)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(key, Records::tr("is missing"));
            return {};
        }
        const QDateTime parsed = value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
                                                  : QDateTime();
        if (!parsed.isValid()) {
            fail(key, Records::tr("is not a date and time (ISO 8601)"));
            return {};
        }
        return parsed.toUTC();
    }

    double fraction(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isDouble()) {
            fail(key, value.isUndefined() ? Records::tr("is missing") : Records::tr("is not a number"));
            return 0;
        }
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < 0 || number > 1)
            fail(key, Records::tr("is not between 0 and 1"));
        return number;
    }

    int count(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isDouble()) {
            fail(key, value.isUndefined() ? Records::tr("is missing") : Records::tr("is not a number"));
            return 0;
        }
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < 0 || number > 1000000 || number != std::floor(number)) {
            fail(key, Records::tr("is not a whole number from 0 to 1000000"));
            return 0;
        }
        return int(number);
    }

    bool flag(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isBool())
            fail(key, value.isUndefined() ? Records::tr("is missing") : Records::tr("is not true or false"));
        return value.toBool();
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isObject())
            fail(key, value.isUndefined() ? Records::tr("is missing") : Records::tr("is not an object"));
        return value.toObject();
    }

private:
    void fail(const QString &key, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = Records::tr("In the %1 record, the field “%2” %3.")
                          .arg(Records::tr(m_record), key, problem);
    }

    const QJsonObject &m_json;
    const char *m_record;
    QString m_error;
};

} // namespace

QJsonObject toJson(const Profile &profile)
{
    return QJsonObject{
        {key::id, profile.id},
        {key::displayName, profile.displayName},
        {key::department, profile.department},
        {key::createdAt, timeValue(profile.createdAt)},
    };
}

QJsonObject toJson(const Attempt &attempt)
{
    return QJsonObject{
        {key::id, attempt.id},
        {key::profileId, attempt.profileId},
        {key::packId, attempt.packId},
        {key::packVersion, attempt.packVersion},
        {key::lessonId, attempt.lessonId},
        {key::exerciseId, attempt.exerciseId},
        {key::startedAt, timeValue(attempt.startedAt)},
        {key::finishedAt, timeValue(attempt.finishedAt)},
        {key::score, attempt.score},
        {key::passed, attempt.passed},
        {key::hintsUsed, attempt.hintsUsed},
        {key::checkerSummary, attempt.checkerSummary},
        {key::workshopSessionId, attempt.workshopSessionId},
    };
}

QJsonObject toJson(const Completion &completion)
{
    return QJsonObject{
        {key::profileId, completion.profileId},
        {key::packId, completion.packId},
        {key::packVersion, completion.packVersion},
        {key::lessonId, completion.lessonId},
        {key::completedAt, timeValue(completion.completedAt)},
    };
}

QJsonObject toJson(const WorkshopSession &session)
{
    return QJsonObject{
        {key::id, session.id},
        {key::title, session.title},
        {key::trainer, session.trainer},
        {key::startedAt, timeValue(session.startedAt)},
        {key::endedAt, timeValue(session.endedAt)},
    };
}

QJsonObject toJson(const Event &event)
{
    return QJsonObject{
        {key::id, event.id},
        {key::type, event.type},
        {key::profileId, event.profileId},
        {key::at, timeValue(event.at)},
        {key::data, event.data},
    };
}

std::optional<Profile> profileFromJson(const QJsonObject &json, QString *error)
{
    FieldReader read(json, QT_TRANSLATE_NOOP("tenarai::ProgressRecords", "profile"));
    Profile profile;
    profile.id = read.id(key::id);
    profile.displayName = read.string(key::displayName, true);
    profile.department = read.string(key::department, false);
    profile.createdAt = read.time(key::createdAt, true);
    if (!read.report(error))
        return std::nullopt;
    return profile;
}

std::optional<Attempt> attemptFromJson(const QJsonObject &json, QString *error)
{
    FieldReader read(json, QT_TRANSLATE_NOOP("tenarai::ProgressRecords", "attempt"));
    Attempt attempt;
    attempt.id = read.id(key::id);
    attempt.profileId = read.id(key::profileId);
    attempt.packId = read.string(key::packId, true);
    attempt.packVersion = read.string(key::packVersion, false);
    attempt.lessonId = read.string(key::lessonId, true);
    attempt.exerciseId = read.string(key::exerciseId, false);
    attempt.startedAt = read.time(key::startedAt, false);
    attempt.finishedAt = read.time(key::finishedAt, true);
    attempt.score = read.fraction(key::score);
    attempt.passed = read.flag(key::passed);
    attempt.hintsUsed = read.count(key::hintsUsed);
    attempt.checkerSummary = read.string(key::checkerSummary, false, MaxLongText);
    attempt.workshopSessionId = read.optionalId(key::workshopSessionId);
    if (!read.report(error))
        return std::nullopt;
    return attempt;
}

std::optional<Completion> completionFromJson(const QJsonObject &json, QString *error)
{
    FieldReader read(json, QT_TRANSLATE_NOOP("tenarai::ProgressRecords", "completion"));
    Completion completion;
    completion.profileId = read.id(key::profileId);
    completion.packId = read.string(key::packId, true);
    completion.packVersion = read.string(key::packVersion, false);
    completion.lessonId = read.string(key::lessonId, true);
    completion.completedAt = read.time(key::completedAt, true);
    if (!read.report(error))
        return std::nullopt;
    return completion;
}

std::optional<WorkshopSession> workshopSessionFromJson(const QJsonObject &json, QString *error)
{
    FieldReader read(json, QT_TRANSLATE_NOOP("tenarai::ProgressRecords", "workshop session"));
    WorkshopSession session;
    session.id = read.id(key::id);
    session.title = read.string(key::title, true);
    session.trainer = read.string(key::trainer, false);
    session.startedAt = read.time(key::startedAt, true);
    session.endedAt = read.time(key::endedAt, false);
    if (!read.report(error))
        return std::nullopt;
    return session;
}

std::optional<Event> eventFromJson(const QJsonObject &json, QString *error)
{
    FieldReader read(json, QT_TRANSLATE_NOOP("tenarai::ProgressRecords", "event"));
    Event event;
    event.id = read.id(key::id);
    // Types this version does not know are kept (a newer Tenarai may have written them) and
    // passed on; the store only derives tables from the types it knows.
    event.type = read.string(key::type, true);
    event.profileId = read.optionalId(key::profileId);
    event.at = read.time(key::at, true);
    event.data = read.object(key::data);
    if (!read.report(error))
        return std::nullopt;
    return event;
}

QString newRecordId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace tenarai
