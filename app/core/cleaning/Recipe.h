#pragma once

#include "Error.h"
#include "cleaning/Step.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace tenarai {

// How the recipe's source file is read, so that replaying it on a new file reads it the same way.
struct ImportOptions
{
    QString encoding;      // empty: detect
    QString sheet;         // a sheet name, or empty for the first worksheet
    int sheetIndex = -1;   // used when sheet is empty and this is >= 0
};

// The outcome of running a recipe: the table after the last step that succeeded. A failing step
// stops the run with its error, and the work of the steps before it is kept.
struct RecipeRun
{
    Table table;
    int stepsApplied = 0;                 // enabled steps that ran to the end
    std::vector<StepOutcome> outcomes;    // one per step that ran (issues; the table is moved out)
    std::optional<Error> error;           // the step that failed, if any
    int failedStep = -1;                  // its index in the recipe
};

// An ordered list of cleaning steps, saved as versioned JSON ("tenarai-recipe", see
// docs/recipe-format.md). Loading names the step (by position and type) and the field that is
// wrong; a recipe from a newer Tenarai is refused rather than half understood.
class Recipe
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::Recipe)
public:
    static constexpr int FormatVersion = 1;

    struct Entry
    {
        std::unique_ptr<Step> step;
        bool enabled = true;
    };

    Recipe() = default;
    Recipe(const Recipe &other);
    Recipe &operator=(const Recipe &other);
    Recipe(Recipe &&) = default;
    Recipe &operator=(Recipe &&) = default;

    ImportOptions importOptions;
    std::vector<Entry> entries;

    void append(std::unique_ptr<Step> step, bool enabled = true);

    QByteArray toJson() const;
    // fileName is used in error messages.
    static Result<Recipe> fromJson(const QByteArray &json, const QString &fileName = QString());
    static Result<Recipe> load(const QString &path);
    Status save(const QString &path) const;

    RecipeRun run(const Table &input, const StepContext &context = {}) const;
};

} // namespace tenarai
