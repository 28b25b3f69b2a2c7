#pragma once

#include "Error.h"
#include "cleaning/Recipe.h"
#include "lessons/LocalizedText.h"
#include "lessons/PackIssue.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace tenarai {

// The three kinds of exercise. Stored by name: "cleaning", "form", "quiz"; never rename.
enum class ExerciseKind : quint8 { Cleaning, Form, Quiz };
QString exerciseKindName(ExerciseKind kind);
bool exerciseKindFromName(const QString &name, ExerciseKind *kind);

// How a cleaning exercise's result is compared with its target table.
struct TableCompareOptions
{
    bool ignoreColumnOrder = false; // columns matched by name
    bool ignoreRowOrder = false;    // rows matched by keyColumns, or as a multiset of whole rows
    QStringList keyColumns;         // identify a row when the order is ignored
    bool compareColumnNames = true; // the result's headings must equal the target's
    double numberTolerance = 0.0;   // absolute difference accepted between numbers
    friend bool operator==(const TableCompareOptions &, const TableCompareOptions &) = default;
};

struct QuizOption
{
    QString id;                 // unique in its question
    LocalizedText text;
    LocalizedText explanation;  // why this option is right or wrong; shown after checking
    friend bool operator==(const QuizOption &, const QuizOption &) = default;
};

struct QuizQuestion
{
    // Stored by name: "single", "multiple", "ordering".
    enum class Type : quint8 { Single, Multiple, Ordering };
    QString id;                 // unique in the exercise
    Type type = Type::Single;
    LocalizedText prompt;       // Markdown allowed
    QList<QuizOption> options;  // Ordering: the items, in the order shown (shuffled by nobody)
    QStringList correct;        // option ids: Single one, Multiple the set, Ordering every id in the right order
    LocalizedText explanation;  // about the question as a whole; shown after checking
    friend bool operator==(const QuizQuestion &, const QuizQuestion &) = default;
};

// One exercise of a pack, from its definition file (exercises/<id>.json, "tenarai-exercise",
// lessons/README.md). Paths are pack-relative. What the learner hands in, and the reference
// solution, is a recipe (cleaning), a form (form) or quiz answers (quiz).
struct Exercise
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::Exercise)
public:
    static constexpr int FormatVersion = 1;
    static constexpr int MaxHints = 20;
    static constexpr int MaxQuestions = 100;
    static constexpr int MaxOptions = 20;

    QString id;
    ExerciseKind kind = ExerciseKind::Cleaning;
    LocalizedText title;
    LocalizedText instructions;      // Markdown; the task in one or two sentences
    QList<LocalizedText> hints;      // revealed one at a time, in order; at least one
    double hintPenalty = 0.1;        // share of the score lost per hint opened (score never below 0)
    double passScore = 1.0;          // share needed to pass (quiz: share of questions right; others 1.0)
    QString solution;                // reference solution file
    QStringList wrongSolutions;      // files that must NOT pass (pack test proves it)

    // Cleaning
    QString startFile;               // CSV/XLSX the learner starts from
    QString targetFile;              // CSV/XLSX the result must equal
    ImportOptions startImport;       // how startFile is read (encoding, sheet)
    ImportOptions targetImport;
    TableCompareOptions compare;

    // Form
    QString sheetFile;               // the spreadsheet the form is made from
    QString rubricFile;              // "tenarai-form-rubric"
    // The form the learner starts with: "empty", "inferred" (FormInferrer on sheetFile) or a
    // pack path to a form file.
    QString startForm = QStringLiteral("empty");

    // Quiz
    QList<QuizQuestion> questions;

    // Every pack path the exercise names (for the loader's reference and hash checks).
    QStringList referencedFiles() const;

    QByteArray toJson() const;
    // Errors and warnings (unknown keys) go to issues, each naming fileName and the JSON path;
    // the result is an error when any issue is an error.
    static Result<Exercise> fromJson(const QByteArray &json, const QString &fileName, PackIssues *issues);
};

// A learner's answers to a quiz exercise ("tenarai-quiz-answers"): per question id the chosen
// option ids (ordering: every id in the chosen order).
struct QuizAnswers
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::QuizAnswers)
public:
    QMap<QString, QStringList> answers;
    QByteArray toJson() const;
    static Result<QuizAnswers> fromJson(const QByteArray &json, const QString &fileName = QString());
};

} // namespace tenarai
