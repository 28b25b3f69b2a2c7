#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace tenarai {

class RecipeDocument;
class Step;

// Undoable: puts a new step into the recipe at a position.
class AddStepCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::AddStepCommand)
public:
    AddStepCommand(RecipeDocument *document, int at, std::unique_ptr<Step> step);
    ~AddStepCommand() override;
    void redo() override;
    void undo() override;

private:
    RecipeDocument *m_document;
    int m_at;
    std::unique_ptr<Step> m_step;   // held while undone; a clone goes into the recipe
};

} // namespace tenarai
