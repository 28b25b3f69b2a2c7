#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace tenarai {

class RecipeDocument;

// Undoable: turns a step off (the recipe keeps it but skips it) or on again.
class EnableStepCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::EnableStepCommand)
public:
    EnableStepCommand(RecipeDocument *document, int index, bool enabled);
    void redo() override;
    void undo() override;

private:
    RecipeDocument *m_document;
    int m_index;
    bool m_enabled;
};

} // namespace tenarai
