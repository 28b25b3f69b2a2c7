#pragma once

// Checks an xAPI statement against the rules of the xAPI 1.0.3 specification (Part Two, "Experience
// API Data") that Tenarai's exports rely on, so that a test fails when an export would be rejected
// by a conformant LRS. Header-only and Qt-only: the CLI tests use it on tenarai-cli's output too.
//
// Rules checked (section numbers of xAPI 1.0.3 Part Two):
// - 2.2 properties: only the defined ones; actor, verb and object required; id a UUID (RFC 4122).
// - 2.4.2 actor: an Agent (objectType absent or "Agent") with exactly one inverse functional
//   identifier; an account has homePage (an absolute IRL) and name.
// - 2.4.3 verb: id an absolute IRI; display a language map.
// - 2.4.4 object: an Activity with an absolute IRI id; definition name/description language maps,
//   type an absolute IRI.
// - 2.4.5 result: score.scaled in [-1, 1]; raw between min and max; min < max; success and
//   completion booleans; duration an ISO 8601 duration; extensions keyed by absolute IRIs.
// - 2.4.6 context: contextActivities arrays of Activities; extensions keyed by absolute IRIs.
// - 2.4.7 timestamp: ISO 8601 with a time zone.
// - 5.2 language maps: keys are RFC 5646 language tags, values strings.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace xapi {

inline bool isAbsoluteIri(const QString &iri)
{
    // RFC 3987: scheme ":" ..., no spaces or control characters.
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"));
    return scheme.match(iri).hasMatch() && !QUrl(iri).isRelative();
}

inline bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

inline bool isLanguageTag(const QString &tag)
{
    // RFC 5646 langtag (language, optional script, region, variants), and "und".
    static const QRegularExpression langtag(
        QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-"
                       "z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$"));
    return langtag.match(tag).hasMatch();
}

inline bool isDuration(const QString &text)
{
    static const QRegularExpression duration(QStringLiteral(
        "^P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"));
    return duration.match(text).hasMatch();
}

inline bool isTimestamp(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    return iso.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

inline void checkLanguageMap(const QJsonValue &value, const QString &where, QStringList &errors)
{
    if (!value.isObject()) {
        errors << where + QStringLiteral(" is not a language map");
        return;
    }
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!isLanguageTag(it.key()))
            errors << where + QStringLiteral(": key \"") + it.key()
                    + QStringLiteral("\" is not an RFC 5646 tag");
        if (!it.value().isString())
            errors << where + QStringLiteral(": value for ") + it.key() + QStringLiteral(" is not a string");
    }
}

inline void checkExtensions(const QJsonValue &value, const QString &where, QStringList &errors)
{
    if (!value.isObject()) {
        errors << where + QStringLiteral(" is not an object");
        return;
    }
    for (const QString &key : value.toObject().keys()) {
        if (!isAbsoluteIri(key))
            errors << where + QStringLiteral(": key \"") + key + QStringLiteral("\" is not an absolute IRI");
    }
}

inline void checkActivity(const QJsonValue &value, const QString &where, QStringList &errors)
{
    const QJsonObject activity = value.toObject();
    if (!value.isObject()) {
        errors << where + QStringLiteral(" is not an object");
        return;
    }
    if (activity.contains(QStringLiteral("objectType"))
        && activity.value(QStringLiteral("objectType")).toString() != QStringLiteral("Activity"))
        errors << where + QStringLiteral(".objectType is not Activity");
    if (!isAbsoluteIri(activity.value(QStringLiteral("id")).toString()))
        errors << where + QStringLiteral(".id is not an absolute IRI: ")
                + activity.value(QStringLiteral("id")).toString();
    for (const QString &key : activity.keys()) {
        if (key != QStringLiteral("objectType") && key != QStringLiteral("id")
            && key != QStringLiteral("definition"))
            errors << where + QStringLiteral(" has an unknown property ") + key;
    }
    if (activity.contains(QStringLiteral("definition"))) {
        const QJsonObject definition = activity.value(QStringLiteral("definition")).toObject();
        if (definition.contains(QStringLiteral("name")))
            checkLanguageMap(definition.value(QStringLiteral("name")),
                             where + QStringLiteral(".definition.name"), errors);
        if (definition.contains(QStringLiteral("description")))
            checkLanguageMap(definition.value(QStringLiteral("description")),
                             where + QStringLiteral(".definition.description"), errors);
        if (definition.contains(QStringLiteral("type"))
            && !isAbsoluteIri(definition.value(QStringLiteral("type")).toString()))
            errors << where + QStringLiteral(".definition.type is not an absolute IRI");
    }
}

inline void checkAgent(const QJsonValue &value, QStringList &errors)
{
    if (!value.isObject()) {
        errors << QStringLiteral("actor is missing or not an object");
        return;
    }
    const QJsonObject actor = value.toObject();
    if (actor.contains(QStringLiteral("objectType"))
        && actor.value(QStringLiteral("objectType")).toString() != u"Agent")
        errors << QStringLiteral("actor.objectType is not Agent");
    int identifiers = 0;
    for (const char *ifi : { "mbox", "mbox_sha1sum", "openid", "account" })
        identifiers += actor.contains(QLatin1String(ifi)) ? 1 : 0;
    if (identifiers != 1)
        errors << QStringLiteral("actor has %1 inverse functional identifiers, not exactly one")
                      .arg(identifiers);
    if (actor.contains(QStringLiteral("name")) && !actor.value(QStringLiteral("name")).isString())
        errors << QStringLiteral("actor.name is not a string");
    if (actor.contains(QStringLiteral("account"))) {
        const QJsonObject account = actor.value(QStringLiteral("account")).toObject();
        if (!isAbsoluteIri(account.value(QStringLiteral("homePage")).toString()))
            errors << QStringLiteral("actor.account.homePage is not an absolute IRL");
        if (!account.value(QStringLiteral("name")).isString()
            || account.value(QStringLiteral("name")).toString().isEmpty())
            errors << QStringLiteral("actor.account.name is missing");
    }
}

// Every rule the statement breaks, as readable lines; empty when it is valid.
inline QStringList validateStatement(const QJsonObject &statement)
{
    QStringList errors;
    static const QStringList allowed { QStringLiteral("id"),         QStringLiteral("actor"),
                                       QStringLiteral("verb"),       QStringLiteral("object"),
                                       QStringLiteral("result"),     QStringLiteral("context"),
                                       QStringLiteral("timestamp"),  QStringLiteral("stored"),
                                       QStringLiteral("authority"),  QStringLiteral("version"),
                                       QStringLiteral("attachments") };
    for (const QString &key : statement.keys()) {
        if (!allowed.contains(key))
            errors << QStringLiteral("unknown statement property ") + key;
    }
    if (statement.contains(QStringLiteral("id")) && !isUuid(statement.value(QStringLiteral("id")).toString()))
        errors << QStringLiteral("id is not a UUID: ") + statement.value(QStringLiteral("id")).toString();

    checkAgent(statement.value(QStringLiteral("actor")), errors);

    const QJsonObject verb = statement.value(QStringLiteral("verb")).toObject();
    if (!statement.value(QStringLiteral("verb")).isObject())
        errors << QStringLiteral("verb is missing");
    else {
        if (!isAbsoluteIri(verb.value(QStringLiteral("id")).toString()))
            errors << QStringLiteral("verb.id is not an absolute IRI");
        if (verb.contains(QStringLiteral("display")))
            checkLanguageMap(verb.value(QStringLiteral("display")), QStringLiteral("verb.display"), errors);
    }

    if (!statement.value(QStringLiteral("object")).isObject())
        errors << QStringLiteral("object is missing");
    else
        checkActivity(statement.value(QStringLiteral("object")), QStringLiteral("object"), errors);

    if (statement.contains(QStringLiteral("result"))) {
        const QJsonObject result = statement.value(QStringLiteral("result")).toObject();
        if (result.contains(QStringLiteral("score"))) {
            const QJsonObject score = result.value(QStringLiteral("score")).toObject();
            for (const QString &key : score.keys()) {
                if (!score.value(key).isDouble())
                    errors << QStringLiteral("result.score.") + key + QStringLiteral(" is not a number");
            }
            if (score.contains(QStringLiteral("scaled"))) {
                const double scaled = score.value(QStringLiteral("scaled")).toDouble();
                if (scaled < -1 || scaled > 1)
                    errors << QStringLiteral("result.score.scaled is outside [-1, 1]");
            }
            const bool hasMin = score.contains(QStringLiteral("min"));
            const bool hasMax = score.contains(QStringLiteral("max"));
            const double min = score.value(QStringLiteral("min")).toDouble();
            const double max = score.value(QStringLiteral("max")).toDouble();
            if (hasMin && hasMax && !(min < max))
                errors << QStringLiteral("result.score.min is not below max");
            if (score.contains(QStringLiteral("raw"))) {
                const double raw = score.value(QStringLiteral("raw")).toDouble();
                if ((hasMin && raw < min) || (hasMax && raw > max))
                    errors << QStringLiteral("result.score.raw is not between min and max");
            }
        }
        for (const char *flag : { "success", "completion" }) {
            if (result.contains(QLatin1String(flag)) && !result.value(QLatin1String(flag)).isBool())
                errors << QStringLiteral("result.") + QLatin1String(flag)
                        + QStringLiteral(" is not a boolean");
        }
        if (result.contains(QStringLiteral("duration"))
            && !isDuration(result.value(QStringLiteral("duration")).toString()))
            errors << QStringLiteral("result.duration is not an ISO 8601 duration: ")
                    + result.value(QStringLiteral("duration")).toString();
        if (result.contains(QStringLiteral("extensions")))
            checkExtensions(result.value(QStringLiteral("extensions")), QStringLiteral("result.extensions"),
                            errors);
    }

    if (statement.contains(QStringLiteral("context"))) {
        const QJsonObject context = statement.value(QStringLiteral("context")).toObject();
        const QJsonObject activities = context.value(QStringLiteral("contextActivities")).toObject();
        for (const QString &kind : activities.keys()) {
            if (!QStringList { QStringLiteral("parent"), QStringLiteral("grouping"),
                               QStringLiteral("category"), QStringLiteral("other") }
                     .contains(kind))
                errors << QStringLiteral("context.contextActivities has an unknown key ") + kind;
            const QJsonArray list = activities.value(kind).toArray();
            for (qsizetype i = 0; i < list.size(); ++i)
                checkActivity(list.at(i), QStringLiteral("context.contextActivities.%1[%2]").arg(kind).arg(i),
                              errors);
        }
        if (context.contains(QStringLiteral("extensions")))
            checkExtensions(context.value(QStringLiteral("extensions")), QStringLiteral("context.extensions"),
                            errors);
        if (context.contains(QStringLiteral("language"))
            && !isLanguageTag(context.value(QStringLiteral("language")).toString()))
            errors << QStringLiteral("context.language is not an RFC 5646 tag");
    }

    if (statement.contains(QStringLiteral("timestamp"))
        && !isTimestamp(statement.value(QStringLiteral("timestamp")).toString()))
        errors << QStringLiteral("timestamp is not ISO 8601 with a time zone: ")
                + statement.value(QStringLiteral("timestamp")).toString();
    return errors;
}

} // namespace xapi
