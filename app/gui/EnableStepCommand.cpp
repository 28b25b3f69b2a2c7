#include "EnableStepCommand.h"

#include "RecipeDocument.h"

namespace tenarai {

EnableStepCommand::EnableStepCommand(RecipeDocument *document, int index, bool enabled)
    : m_document(document), m_index(index), m_enabled(enabled)
{
    const QString title = document->step(index).title();
    setText(enabled ? tr("Turn on “%1”").arg(title) : tr("Turn off “%1”").arg(title));
}

void EnableStepCommand::redo()
{
    m_document->setEnabled(m_index, m_enabled);
}

void EnableStepCommand::undo()
{
    m_document->setEnabled(m_index, !m_enabled);
}

} // namespace tenarai
