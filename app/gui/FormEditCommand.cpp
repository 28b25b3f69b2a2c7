#include "FormEditCommand.h"

namespace tenarai {

FormEditCommand::FormEditCommand(std::function<void(const Form &)> apply, Form before, Form after,
                                 const QString &text, const QString &mergeKey)
    : m_apply(std::move(apply)), m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(mergeKey)
{
    setText(text);
}

void FormEditCommand::redo()
{
    m_apply(m_after);
}

void FormEditCommand::undo()
{
    m_apply(m_before);
}

bool FormEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const FormEditCommand *>(other);
    if (m_mergeKey.isEmpty() || edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    // Typing back to where it started leaves nothing to undo.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace tenarai
