#include "RemoveStepCommand.h"

#include "RecipeDocument.h"

namespace tenarai {

RemoveStepCommand::RemoveStepCommand(RecipeDocument *document, int at) : m_document(document), m_at(at)
{
    setText(tr("Remove “%1”").arg(document->step(at).title()));
}

void RemoveStepCommand::redo()
{
    m_entry = m_document->takeStep(m_at);
}

void RemoveStepCommand::undo()
{
    m_document->insertStep(m_at, std::move(m_entry.step), m_entry.enabled);
    m_entry = {};
}

} // namespace tenarai
