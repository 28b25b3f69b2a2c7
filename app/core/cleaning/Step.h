#pragma once

#include "Error.h"
#include "table/Table.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace tenarai {

// A value a step could not transform, reported rather than guessed.
struct CellIssue
{
    qsizetype row = 0;   // 0-based data row of the step's input
    int column = 0;      // 0-based
    QString message;     // translated: why this value was left as it was
};

struct StepOutcome
{
    Table table;
    QList<CellIssue> issues;  // capped at MaxIssues; issueCount counts them all
    qsizetype issueCount = 0;

    static constexpr int MaxIssues = 10000;
    void addIssue(qsizetype row, int column, const QString &message);
};

// Lets a long step report progress and stop early; shared with the thread that runs it.
struct StepContext
{
    std::atomic<bool> *cancelled = nullptr;
    bool isCancelled() const { return cancelled && cancelled->load(std::memory_order_relaxed); }
};

// One cleaning step of a recipe: parameters, validation, and a transformation of a whole table.
//
// Steps name columns by their header, never by position, so that a recipe replays on a new file
// whose columns moved. A step never changes its input; it returns a new table, so undo is keeping
// the previous one. Errors name the step, the column and, where there is one, the first
// offending row.
class Step
{
public:
    // Row numbers in parameters above this are refused as nonsense.
    static constexpr qint64 MaxRows = qint64(1) << 40;

    virtual ~Step() = default;

    // Stored in recipe files: never rename one.
    virtual QString typeId() const = 0;
    // Translated, in words a non-programmer understands: 「空白行を削除」.
    virtual QString title() const = 0;

    virtual QJsonObject parameters() const = 0;
    // Validates and takes the parameters; on error the step keeps its previous ones.
    virtual Status setParameters(const QJsonObject &parameters) = 0;

    virtual Result<StepOutcome> apply(const Table &input, const StepContext &context) const = 0;
    virtual std::unique_ptr<Step> clone() const = 0;

    // A whole number in [min, max] from a JSON parameter, or nullopt.
    static std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max);

protected:
    // An error of this step: "「見出し行に昇格」: 列「氏名」: …".
    Error stepError(const QString &message, const QString &column = QString(), qint64 row = -1) const;
    // The "columns" parameter: a list of non-empty names, at least one when required. An absent
    // parameter is an empty list when not required.
    Result<QStringList> columnNamesParameter(const QJsonObject &parameters, bool required) const;
    // The error a step returns when StepContext says the user cancelled.
    Error cancelledError() const;
    // The index of a named column, or an error naming the step and the column.
    Result<int> findColumn(const Table &table, const QString &name) const;
};

} // namespace tenarai
