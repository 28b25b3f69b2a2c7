#include "RecipeDocument.h"

#include <algorithm>

namespace tenarai {

RecipeDocument::RecipeDocument(QObject *parent) : QObject(parent) { }

void RecipeDocument::insertStep(int at, std::unique_ptr<Step> step, bool enabled)
{
    Q_ASSERT(at >= 0 && at <= stepCount() && step);
    emit resultsInvalidated(at);
    emit aboutToInsertStep(at);
    m_recipe.entries.insert(m_recipe.entries.begin() + at, Recipe::Entry { std::move(step), enabled });
    emit stepInserted(at);
}

Recipe::Entry RecipeDocument::takeStep(int at)
{
    Q_ASSERT(at >= 0 && at < stepCount());
    emit resultsInvalidated(at);
    emit aboutToRemoveStep(at);
    Recipe::Entry entry = std::move(m_recipe.entries[size_t(at)]);
    m_recipe.entries.erase(m_recipe.entries.begin() + at);
    emit stepRemoved(at);
    return entry;
}

void RecipeDocument::moveStep(int from, int to)
{
    Q_ASSERT(from >= 0 && from < stepCount() && to >= 0 && to < stepCount());
    if (from == to)
        return;
    emit resultsInvalidated(std::min(from, to));
    emit aboutToMoveStep(from, to);
    Recipe::Entry entry = std::move(m_recipe.entries[size_t(from)]);
    m_recipe.entries.erase(m_recipe.entries.begin() + from);
    m_recipe.entries.insert(m_recipe.entries.begin() + to, std::move(entry));
    emit stepMoved(from, to);
}

void RecipeDocument::setEnabled(int index, bool enabled)
{
    Q_ASSERT(index >= 0 && index < stepCount());
    if (m_recipe.entries[size_t(index)].enabled == enabled)
        return;
    m_recipe.entries[size_t(index)].enabled = enabled;
    emit resultsInvalidated(index);
    emit stepChanged(index);
}

Status RecipeDocument::setParameters(int index, const QJsonObject &parameters)
{
    Q_ASSERT(index >= 0 && index < stepCount());
    Step &step = *m_recipe.entries[size_t(index)].step;
    const Status status = step.setParameters(parameters);
    if (status) {
        emit resultsInvalidated(index);
        emit stepChanged(index);
    }
    return status;
}

Recipe RecipeDocument::replaceRecipe(Recipe recipe)
{
    emit resultsInvalidated(0);
    emit aboutToReset();
    std::swap(m_recipe, recipe);
    emit reset();
    return recipe;
}

} // namespace tenarai
