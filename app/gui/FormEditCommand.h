#pragma once

#include "forms/Form.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace tenarai {

// Undoable: any change to a form in the designer, kept as the whole form before and after. A
// form is small (at most Form::MaxFields fields), so a snapshot is cheaper to get right than one
// command per kind of edit, and undo restores exactly the form that was there. Consecutive edits
// of the same property of the same field (typing, spinning) merge into one undo step.
class FormEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::FormEditCommand)
public:
    // apply puts a form into the designer; it is called with after on redo, before on undo.
    FormEditCommand(std::function<void(const Form &)> apply, Form before, Form after, const QString &text,
                    const QString &mergeKey = QString());
    void redo() override;
    void undo() override;
    int id() const override { return 0x466f726d; } // "Form": unique among the designer's commands
    bool mergeWith(const QUndoCommand *other) override;

private:
    std::function<void(const Form &)> m_apply;
    Form m_before;
    Form m_after;
    QString m_mergeKey; // "field id/property"; empty never merges
};

} // namespace tenarai
