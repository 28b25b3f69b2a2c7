#pragma once

#include "Error.h"
#include "table/Table.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
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
    // The share done, 0 to 1. May be called from several worker threads at once: it must be
    // thread-safe (the GUI forwards it with a queued signal).
    std::function<void(double)> progress;

    bool isCancelled() const { return cancelled && cancelled->load(std::memory_order_relaxed); }
    // For loops over rows: every few thousand rows, reports progress and says whether the user
    // cancelled. Cheap enough to call on every row.
    bool shouldStop(qsizetype done, qsizetype total) const
    {
        if ((done & 0x3fff) != 0)
            return false;
        if (progress && total > 0)
            progress(double(done) / double(total));
        return isCancelled();
    }
};

// Describes one parameter of a step, so that the workbench can offer an editor for it without
// knowing the step, and put a column the user right-clicked into the right place.
struct ParameterSpec
{
    enum class Kind : quint8 {
        Column,     // one column name (JSON string)
        Columns,    // column names (JSON array of strings)
        Text,       // JSON string
        TextList,   // JSON array of strings
        Integer,    // JSON number, whole, in [minimum, maximum]
        Boolean,    // JSON bool
        Choice,     // JSON string, one of choices
        ValueMap,   // JSON object: written value -> replacement
        IntegerList, // JSON array of whole numbers, each in [minimum, maximum]
        SortKeys,   // JSON array of {"column": name, "descending": bool}
    };
    struct Choice
    {
        QString value;   // stored in the recipe
        QString label;   // translated
    };

    QString key;              // the key in parameters()
    Kind kind = Kind::Text;
    QString label;            // translated, short: 「対象の列」
    QString help;             // translated, one sentence; may be empty
    bool optional = false;    // may be absent (Columns: empty means every column)
    QList<Choice> choices;    // Kind::Choice
    qint64 minimum = 0;       // Kind::Integer
    qint64 maximum = qint64(1) << 40;
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

    // What the parameters are, in the order an editor shows them.
    virtual QList<ParameterSpec> parameterSpecs() const = 0;
    virtual QJsonObject parameters() const = 0;
    // Validates and takes the parameters; on error the step keeps its previous ones.
    virtual Status setParameters(const QJsonObject &parameters) = 0;

    virtual Result<StepOutcome> apply(const Table &input, const StepContext &context) const = 0;
    virtual std::unique_ptr<Step> clone() const = 0;

    // Preparation that does not depend on the table, such as loading a library's data: a
    // recipe starts it on another thread before its first step, so that it overlaps the steps
    // before this one instead of holding this one up. It must not refer to the step, which may be
    // gone when it runs; apply() must work whether or not it ran. Default: none.
    virtual std::function<void()> warmUp() const { return {}; }

    // A whole number in [min, max] from a JSON parameter, or nullopt.
    static std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max);

protected:
    // An error of this step: "「見出し行に昇格」: 列「氏名」: …".
    Error stepError(const QString &message, const QString &column = QString(), qint64 row = -1) const;
    // The "columns" parameter: a list of non-empty names, at least one when required. An absent
    // parameter is an empty list when not required.
    Result<QStringList> columnNamesParameter(const QJsonObject &parameters, bool required) const;
    // A Kind::Boolean parameter; defaultValue when absent.
    Result<bool> booleanParameter(const QJsonObject &parameters, const QString &key, bool defaultValue) const;
    // A Kind::Choice parameter: one of spec.choices' values; defaultValue when absent and the spec
    // is optional. The error lists the stored values, so the spec is the one list of them.
    Result<QString> choiceParameter(const QJsonObject &parameters, const ParameterSpec &spec,
                                    const QString &defaultValue = QString()) const;
    // The error a step returns when StepContext says the user cancelled.
    Error cancelledError() const;
    // The index of a named column, or an error naming the step and the column.
    Result<int> findColumn(const Table &table, const QString &name) const;
    // The indexes of named columns; every column when names is empty.
    Result<QList<int>> findColumns(const Table &table, const QStringList &names) const;
    // The common "columns" parameter spec; optional means "empty: every column".
    static ParameterSpec columnsSpec(bool optional);
};

} // namespace tenarai
