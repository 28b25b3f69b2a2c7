#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QUndoCommand>

namespace tenarai {

class RecipeDocument;

// Undoable: changes a step's settings. Both sets were validated before the command was made.
// Consecutive edits of the same setting of the same step (typing, spinning) merge into one undo.
class EditStepParametersCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::EditStepParametersCommand)
public:
    EditStepParametersCommand(RecipeDocument *document, int index, const QJsonObject &before,
                              const QJsonObject &after, const QString &mergeKey);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    RecipeDocument *m_document;
    int m_index;
    QJsonObject m_before;
    QJsonObject m_after;
    QString m_mergeKey;   // the parameter edited; empty never merges
};

} // namespace tenarai
