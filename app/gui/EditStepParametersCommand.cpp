#include "EditStepParametersCommand.h"

#include "RecipeDocument.h"

namespace tenarai {

EditStepParametersCommand::EditStepParametersCommand(RecipeDocument *document, int index,
                                                     const QJsonObject &before, const QJsonObject &after,
                                                     const QString &mergeKey)
    : m_document(document), m_index(index), m_before(before), m_after(after), m_mergeKey(mergeKey)
{
    setText(tr("Change “%1”").arg(document->step(index).title()));
}

void EditStepParametersCommand::redo()
{
    // Validated when the command was made; a failure here would be a bug, and the step would
    // keep its settings rather than take broken ones.
    const Status status = m_document->setParameters(m_index, m_after);
    Q_ASSERT(status.ok());
    Q_UNUSED(status);
}

void EditStepParametersCommand::undo()
{
    const Status status = m_document->setParameters(m_index, m_before);
    Q_ASSERT(status.ok());
    Q_UNUSED(status);
}

bool EditStepParametersCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditStepParametersCommand *>(other);
    if (m_mergeKey.isEmpty() || edit->m_index != m_index || edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace tenarai
