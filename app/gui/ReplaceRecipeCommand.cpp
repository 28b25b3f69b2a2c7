#include "ReplaceRecipeCommand.h"

#include "RecipeDocument.h"

namespace tenarai {

ReplaceRecipeCommand::ReplaceRecipeCommand(RecipeDocument *document, Recipe recipe, const QString &name)
    : m_document(document), m_other(std::move(recipe))
{
    setText(tr("Open recipe “%1”").arg(name));
}

void ReplaceRecipeCommand::redo()
{
    swap();
}

void ReplaceRecipeCommand::undo()
{
    swap();
}

void ReplaceRecipeCommand::swap()
{
    m_other = m_document->replaceRecipe(std::move(m_other));
}

} // namespace tenarai
