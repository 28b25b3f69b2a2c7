#pragma once

#include "cleaning/Recipe.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace tenarai {

class RecipeDocument;

// Undoable: takes a step out of the recipe and keeps it, settings and on/off state, for undo.
class RemoveStepCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::RemoveStepCommand)
public:
    RemoveStepCommand(RecipeDocument *document, int at);
    void redo() override;
    void undo() override;

private:
    RecipeDocument *m_document;
    int m_at;
    Recipe::Entry m_entry;   // the removed step while this command is done
};

} // namespace tenarai
