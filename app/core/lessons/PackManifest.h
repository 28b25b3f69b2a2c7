#pragma once

#include "Error.h"
#include "lessons/LocalizedText.h"
#include "lessons/PackIssue.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

namespace tenarai {

struct LessonEntry
{
    // How a lesson counts as completed. Stored by name: "allExercises", "minimumScore".
    enum class Completion : quint8 { AllExercises, MinimumScore };

    QString id;                     // unique in the pack; [a-z0-9-]+
    LocalizedText title;
    LocalizedText summary;          // one or two sentences for the lesson list
    QString textJa;                 // Markdown file, required
    QString textEn;                 // Markdown file, optional
    int estimatedMinutes = 0;
    QStringList exercises;          // exercise ids, in the order they are done
    Completion completion = Completion::AllExercises;
    double minimumScore = 0.8;      // MinimumScore: the mean of the exercises' best scores
    LocalizedText learned;          // the completion screen: what the learner can now do
    LocalizedText next;             // the completion screen: what to try next
    friend bool operator==(const LessonEntry &, const LessonEntry &) = default;
};

struct ExerciseEntry
{
    QString id;
    QString file;                   // exercises/<id>.json
    friend bool operator==(const ExerciseEntry &, const ExerciseEntry &) = default;
};

// A pack's manifest, pack.json ("tenarai-pack", specified in lessons/README.md).
struct PackManifest
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::PackManifest)
public:
    static constexpr int FormatVersion = 1;
    static constexpr const char *FileName = "pack.json";
    static constexpr int MaxLessons = 200;
    static constexpr int MaxExercises = 1000;
    static constexpr qint64 MaxBytes = 4 * 1024 * 1024;

    QString id;                     // e.g. "jp.tenarai.data-cleaning"; [a-z0-9._-]+, unique among packs
    QString version;                // the pack's own version, "1.0.0" (numbers and dots)
    LocalizedText title;
    LocalizedText description;      // Markdown; for bundled packs also how to run it as a 90-minute session
    QStringList authors;
    QString licence;                // e.g. "CC BY 4.0"
    QString minAppVersion;          // the oldest Tenarai that can use the pack ("0.1.0")
    int estimatedMinutes = 0;       // the whole pack
    QList<LessonEntry> lessons;
    QList<ExerciseEntry> exercises;
    QMap<QString, QString> files;   // every other file of the pack -> lower-case SHA-256 hex

    const LessonEntry *lesson(const QString &id) const;

    QByteArray toJson() const;
    // Errors and warnings (unknown keys: warned, not fatal) go to issues with the JSON path.
    static Result<PackManifest> fromJson(const QByteArray &json, const QString &fileName, PackIssues *issues);

    // Compares dotted version numbers ("0.10.0" > "0.9.2"); -1, 0 or 1. Invalid parts compare as 0.
    static int compareVersions(const QString &a, const QString &b);
};

} // namespace tenarai
