#pragma once

#include "cleaning/Recipe.h"

#include <QObject>

namespace tenarai {

// The recipe being edited in the workbench, and the one place that changes it. Undo commands call
// these functions; views and the preview runner observe the signals, so an undo and a click
// update the screen the same way. Each signal pair brackets a change as Qt's item models expect.
class RecipeDocument : public QObject
{
    Q_OBJECT
public:
    explicit RecipeDocument(QObject *parent = nullptr);

    const Recipe &recipe() const { return m_recipe; }
    int stepCount() const { return int(m_recipe.entries.size()); }
    const Step &step(int index) const { return *m_recipe.entries[size_t(index)].step; }
    bool isEnabled(int index) const { return m_recipe.entries[size_t(index)].enabled; }

    void insertStep(int at, std::unique_ptr<Step> step, bool enabled);
    Recipe::Entry takeStep(int at);
    // to is the step's index after the move.
    void moveStep(int from, int to);
    void setEnabled(int index, bool enabled);
    // The step validates; on error it keeps its parameters and nothing is announced.
    Status setParameters(int index, const QJsonObject &parameters);
    // Swaps in another recipe and hands back the previous one.
    Recipe replaceRecipe(Recipe recipe);
    // Import options describe the source, not a step: they change no result.
    void setImportOptions(const ImportOptions &options) { m_recipe.importOptions = options; }

signals:
    void aboutToInsertStep(int at);
    void stepInserted(int at);
    void aboutToRemoveStep(int at);
    void stepRemoved(int at);
    void aboutToMoveStep(int from, int to);
    void stepMoved(int from, int to);
    void stepChanged(int index);   // parameters or enabled
    void aboutToReset();
    void reset();
    // The results of this step and every later one are out of date. Sent before the signals
    // views react to, so that no view shows a result of the recipe as it was.
    void resultsInvalidated(int firstStep);

private:
    Recipe m_recipe;
};

} // namespace tenarai
