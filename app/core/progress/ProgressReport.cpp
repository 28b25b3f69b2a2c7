#include "progress/ProgressReport.h"

#include "progress/ProgressStore.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

namespace tenarai {

namespace {

// When an attempt happened for "latest" decisions: its end, or its start when it has no end.
QDateTime attemptTime(const Attempt &attempt)
{
    return attempt.finishedAt.isValid() ? attempt.finishedAt : attempt.startedAt;
}

QDateTime laterOf(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? b : a;
}

void widen(QDateTime &first, QDateTime &last, const QDateTime &start, const QDateTime &end)
{
    if (start.isValid() && (!first.isValid() || start < first))
        first = start;
    if (end.isValid() && (!last.isValid() || end > last))
        last = end;
}

struct LessonAccumulator
{
    LessonReportRow row;
    QSet<QString> exercises;
    QSet<QString> exercisesPassed;
    bool scored = false; // a finished attempt has been seen
    QDateTime lastAt; // of the attempt whose score is lastScore
    QString lastAttemptId; // tie-break for attempts that finished at the same moment
    QDateTime versionAt; // of the record whose packVersion the row shows
};

using LessonKey = std::tuple<QString, QString, QString>; // profile, pack, lesson

} // namespace

Result<ProgressData> ProgressData::load(const ProgressStore &store, const QString &profileId)
{
    ProgressData data;
    Result<QList<Profile>> profiles = store.profiles();
    if (!profiles)
        return profiles.error();
    for (const Profile &profile : std::as_const(profiles.value())) {
        if (profileId.isEmpty() || profile.id == profileId)
            data.profiles.append(profile);
    }
    Result<QList<Attempt>> attempts = store.attempts(profileId);
    if (!attempts)
        return attempts.error();
    data.attempts = std::move(attempts).value();
    Result<QList<Completion>> completions = store.completions(profileId);
    if (!completions)
        return completions.error();
    data.completions = std::move(completions).value();
    return data;
}

ProgressReport::ProgressReport(ProgressData data) : m_data(std::move(data)) { }

void ProgressReport::setPackLessons(const QString &packId, const QStringList &lessonIds)
{
    QStringList unique;
    for (const QString &id : lessonIds) {
        if (!unique.contains(id))
            unique.append(id);
    }
    m_packLessons.insert(packId, unique);
}

QStringList ProgressReport::packLessons(const QString &packId) const
{
    return m_packLessons.value(packId);
}

qint64 ProgressReport::attemptDurationMs(const Attempt &attempt)
{
    if (!attempt.startedAt.isValid() || !attempt.finishedAt.isValid())
        return 0;
    return std::max<qint64>(0, attempt.startedAt.msecsTo(attempt.finishedAt));
}

QString ProgressReport::profileName(const QString &profileId) const
{
    for (const Profile &profile : m_data.profiles) {
        if (profile.id == profileId)
            return profile.displayName;
    }
    return profileId;
}

QList<LessonReportRow> ProgressReport::lessonRows(const QString &profileId, const QString &packId) const
{
    QHash<QString, const Profile *> profiles;
    for (const Profile &profile : m_data.profiles)
        profiles.insert(profile.id, &profile);

    std::map<LessonKey, LessonAccumulator> lessons;
    auto accumulatorFor
        = [&](const QString &profile, const QString &pack, const QString &lesson) -> LessonAccumulator & {
        auto [it, inserted] = lessons.try_emplace(LessonKey { profile, pack, lesson });
        if (inserted) {
            LessonReportRow &row = it->second.row;
            row.profileId = profile;
            row.packId = pack;
            row.lessonId = lesson;
            if (const Profile *p = profiles.value(profile)) {
                row.profileName = p->displayName;
                row.department = p->department;
            }
        }
        return it->second;
    };
    auto wanted = [&](const QString &profile, const QString &pack) {
        return (profileId.isEmpty() || profile == profileId) && (packId.isEmpty() || pack == packId);
    };
    auto noteVersion = [](LessonAccumulator &acc, const QString &version, const QDateTime &at) {
        if (acc.row.packVersion.isEmpty()
            || (at.isValid() && (!acc.versionAt.isValid() || at >= acc.versionAt))) {
            acc.row.packVersion = version;
            acc.versionAt = at;
        }
    };

    for (const Attempt &attempt : m_data.attempts) {
        if (!wanted(attempt.profileId, attempt.packId))
            continue;
        LessonAccumulator &acc = accumulatorFor(attempt.profileId, attempt.packId, attempt.lessonId);
        LessonReportRow &row = acc.row;
        const QDateTime at = attemptTime(attempt);
        row.attempts += 1;
        row.passedAttempts += attempt.passed ? 1 : 0;
        row.timeSpentMs += attemptDurationMs(attempt);
        row.hintsUsed += std::max(0, attempt.hintsUsed);
        widen(row.firstAttemptAt, row.lastAttemptAt, attempt.startedAt.isValid() ? attempt.startedAt : at,
              at);
        acc.exercises.insert(attempt.exerciseId);
        if (attempt.passed)
            acc.exercisesPassed.insert(attempt.exerciseId);
        // An attempt without an end was abandoned before its check: it has no score to show.
        if (attempt.finishedAt.isValid()) {
            const QDateTime end = attempt.finishedAt;
            row.bestScore = acc.scored ? std::max(row.bestScore, attempt.score) : attempt.score;
            const bool later
                = !acc.scored || end > acc.lastAt || (end == acc.lastAt && attempt.id > acc.lastAttemptId);
            if (later) {
                row.lastScore = attempt.score;
                row.lastPassed = attempt.passed;
                acc.lastAt = end;
                acc.lastAttemptId = attempt.id;
            }
            acc.scored = true;
        }
        noteVersion(acc, attempt.packVersion, at);
    }
    for (const Completion &completion : m_data.completions) {
        if (!wanted(completion.profileId, completion.packId))
            continue;
        LessonAccumulator &acc = accumulatorFor(completion.profileId, completion.packId, completion.lessonId);
        LessonReportRow &row = acc.row;
        // The first completion counts, also when a later pack version was completed again.
        if (!row.completed
            || (completion.completedAt.isValid()
                && (!row.completedAt.isValid() || completion.completedAt < row.completedAt)))
            row.completedAt = completion.completedAt;
        row.completed = true;
        noteVersion(acc, completion.packVersion, completion.completedAt);
    }

    // Lessons of a known pack that a learner with records in that pack has not started yet.
    QSet<std::pair<QString, QString>> learnerPacks;
    for (const auto &[key, acc] : lessons)
        learnerPacks.insert({ std::get<0>(key), std::get<1>(key) });
    for (const auto &[learner, pack] : std::as_const(learnerPacks)) {
        for (const QString &lesson : m_packLessons.value(pack))
            accumulatorFor(learner, pack, lesson);
    }

    QList<LessonReportRow> rows;
    rows.reserve(qsizetype(lessons.size()));
    for (auto &[key, acc] : lessons) {
        acc.row.exercisesAttempted = int(acc.exercises.size());
        acc.row.exercisesPassed = int(acc.exercisesPassed.size());
        rows.append(std::move(acc.row));
    }
    // Lessons in the pack's own order when it is known; unknown lessons after, by id.
    auto lessonOrder = [this](const QString &pack, const QString &lesson) {
        const qsizetype index = m_packLessons.value(pack).indexOf(lesson);
        return index < 0 ? std::numeric_limits<qsizetype>::max() : index;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const LessonReportRow &a, const LessonReportRow &b) {
        if (a.profileName != b.profileName)
            return a.profileName < b.profileName;
        if (a.profileId != b.profileId)
            return a.profileId < b.profileId;
        if (a.packId != b.packId)
            return a.packId < b.packId;
        const qsizetype ia = lessonOrder(a.packId, a.lessonId);
        const qsizetype ib = lessonOrder(b.packId, b.lessonId);
        if (ia != ib)
            return ia < ib;
        return a.lessonId < b.lessonId;
    });
    return rows;
}

QList<PackReportRow> ProgressReport::packRows(const QString &profileId) const
{
    QList<PackReportRow> packs;
    QHash<std::pair<QString, QString>, qsizetype> index;
    QHash<std::pair<QString, QString>, int> scoredLessons;
    QHash<std::pair<QString, QString>, QDateTime> versionTimes;
    const QList<LessonReportRow> lessons = lessonRows(profileId);
    for (const LessonReportRow &lesson : lessons) {
        const std::pair<QString, QString> key { lesson.profileId, lesson.packId };
        auto it = index.find(key);
        if (it == index.end()) {
            PackReportRow row;
            row.profileId = lesson.profileId;
            row.profileName = lesson.profileName;
            row.department = lesson.department;
            row.packId = lesson.packId;
            row.lessonListKnown = m_packLessons.contains(lesson.packId);
            row.lessonsTotal = row.lessonListKnown ? int(m_packLessons.value(lesson.packId).size()) : 0;
            packs.append(row);
            it = index.insert(key, packs.size() - 1);
        }
        PackReportRow &row = packs[*it];
        // The version of the lesson touched last (versions are labels; they do not sort as strings).
        const QDateTime touched = laterOf(lesson.lastAttemptAt, lesson.completedAt);
        QDateTime &versionAt = versionTimes[key];
        if (row.packVersion.isEmpty()
            || (touched.isValid() && (!versionAt.isValid() || touched >= versionAt))) {
            if (!lesson.packVersion.isEmpty())
                row.packVersion = lesson.packVersion;
            versionAt = touched;
        }
        // With a lesson list, lessons the pack no longer has do not count towards its completion.
        const bool counts
            = !row.lessonListKnown || m_packLessons.value(lesson.packId).contains(lesson.lessonId);
        if (counts) {
            row.lessonsTotal += row.lessonListKnown ? 0 : 1;
            row.lessonsAttempted += lesson.attempts > 0 ? 1 : 0;
            row.lessonsCompleted += lesson.completed ? 1 : 0;
        }
        row.attempts += lesson.attempts;
        row.passedAttempts += lesson.passedAttempts;
        row.timeSpentMs += lesson.timeSpentMs;
        row.hintsUsed += lesson.hintsUsed;
        widen(row.firstAttemptAt, row.lastAttemptAt, lesson.firstAttemptAt, lesson.lastAttemptAt);
        if (lesson.attempts > 0) {
            int &n = scoredLessons[key];
            row.averageBestScore = (row.averageBestScore * n + lesson.bestScore) / (n + 1);
            ++n;
        }
    }
    for (PackReportRow &row : packs)
        row.completionRatio = row.lessonsTotal > 0 ? double(row.lessonsCompleted) / row.lessonsTotal : 0.0;
    return packs;
}

QList<ProfileReportRow> ProgressReport::profileRows() const
{
    QList<ProfileReportRow> rows;
    QHash<QString, qsizetype> index;
    auto rowFor
        = [&](const QString &id, const QString &name, const QString &department) -> ProfileReportRow & {
        auto it = index.find(id);
        if (it == index.end()) {
            ProfileReportRow row;
            row.profileId = id;
            row.profileName = name;
            row.department = department;
            rows.append(row);
            it = index.insert(id, rows.size() - 1);
        }
        return rows[*it];
    };
    // Learners who have not started anything are listed too: "not started" is a figure HR asks for.
    for (const Profile &profile : m_data.profiles)
        rowFor(profile.id, profile.displayName, profile.department);
    for (const PackReportRow &pack : packRows()) {
        ProfileReportRow &row = rowFor(pack.profileId, pack.profileName, pack.department);
        row.packs += 1;
        row.lessonsTotal += pack.lessonsTotal;
        row.lessonsAttempted += pack.lessonsAttempted;
        row.lessonsCompleted += pack.lessonsCompleted;
        row.attempts += pack.attempts;
        row.passedAttempts += pack.passedAttempts;
        row.timeSpentMs += pack.timeSpentMs;
        row.hintsUsed += pack.hintsUsed;
        widen(row.firstAttemptAt, row.lastAttemptAt, pack.firstAttemptAt, pack.lastAttemptAt);
    }
    for (ProfileReportRow &row : rows)
        row.completionRatio = row.lessonsTotal > 0 ? double(row.lessonsCompleted) / row.lessonsTotal : 0.0;
    std::stable_sort(rows.begin(), rows.end(), [](const ProfileReportRow &a, const ProfileReportRow &b) {
        return std::tie(a.profileName, a.profileId) < std::tie(b.profileName, b.profileId);
    });
    return rows;
}

QList<ScorePoint> ProgressReport::scoreSeries(const QString &profileId, const QString &packId,
                                              const QString &lessonId) const
{
    QList<ScorePoint> points;
    for (const Attempt &attempt : m_data.attempts) {
        if ((!profileId.isEmpty() && attempt.profileId != profileId)
            || (!packId.isEmpty() && attempt.packId != packId)
            || (!lessonId.isEmpty() && attempt.lessonId != lessonId))
            continue;
        const QDateTime at = attemptTime(attempt);
        if (!at.isValid())
            continue;
        ScorePoint point;
        point.at = at.toUTC();
        point.score = attempt.score;
        point.passed = attempt.passed;
        point.attemptId = attempt.id;
        point.profileId = attempt.profileId;
        point.packId = attempt.packId;
        point.lessonId = attempt.lessonId;
        point.exerciseId = attempt.exerciseId;
        points.append(point);
    }
    std::sort(points.begin(), points.end(), [](const ScorePoint &a, const ScorePoint &b) {
        return std::tie(a.at, a.attemptId) < std::tie(b.at, b.attemptId);
    });
    return points;
}

} // namespace tenarai
