#pragma once

#include "cleaning/Recipe.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace tenarai {

class RecipeDocument;

// Undoable: replaces the whole recipe, as opening a saved recipe does.
class ReplaceRecipeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ReplaceRecipeCommand)
public:
    ReplaceRecipeCommand(RecipeDocument *document, Recipe recipe, const QString &name);
    void redo() override;
    void undo() override;

private:
    void swap();

    RecipeDocument *m_document;
    Recipe m_other;   // the recipe not in the document right now
};

} // namespace tenarai
