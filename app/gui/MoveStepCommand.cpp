#include "MoveStepCommand.h"

#include "RecipeDocument.h"

namespace tenarai {

MoveStepCommand::MoveStepCommand(RecipeDocument *document, int from, int to)
    : m_document(document), m_from(from), m_to(to)
{
    setText(tr("Move “%1”").arg(document->step(from).title()));
}

void MoveStepCommand::redo()
{
    m_document->moveStep(m_from, m_to);
}

void MoveStepCommand::undo()
{
    m_document->moveStep(m_to, m_from);
}

} // namespace tenarai
