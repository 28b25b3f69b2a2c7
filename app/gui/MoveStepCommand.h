#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace tenarai {

class RecipeDocument;

// Undoable: moves a step to another position (its index after the move).
class MoveStepCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::MoveStepCommand)
public:
    MoveStepCommand(RecipeDocument *document, int from, int to);
    void redo() override;
    void undo() override;

private:
    RecipeDocument *m_document;
    int m_from;
    int m_to;
};

} // namespace tenarai
