#include "AddStepCommand.h"

#include "RecipeDocument.h"

namespace tenarai {

AddStepCommand::AddStepCommand(RecipeDocument *document, int at, std::unique_ptr<Step> step)
    : m_document(document), m_at(at), m_step(std::move(step))
{
    setText(tr("Add “%1”").arg(m_step->title()));
}

AddStepCommand::~AddStepCommand() = default;

void AddStepCommand::redo()
{
    m_document->insertStep(m_at, m_step->clone(), true);
}

void AddStepCommand::undo()
{
    m_document->takeStep(m_at);
}

} // namespace tenarai
