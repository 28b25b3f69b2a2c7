#pragma once

#include <QAbstractListModel>

class QUndoStack;

namespace tenarai {

class RecipeDocument;
class Step;

// The applied steps as a list: each row is the step's title and a short summary of its settings,
// with a check box that turns the step on or off. Rows can be dragged to reorder them. Every
// change the view asks for becomes an undo command; the rows follow the document's signals, so
// undo and redo move them too.
class StepListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    StepListModel(RecipeDocument *document, QUndoStack *undoStack, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    // QListView's internal drag calls moveRows, or, in Qt versions that do not, drops the row
    // number through mimeData(): either way it becomes one MoveStepCommand. Rows are never
    // removed by a drag (removeRows stays unimplemented), only moved.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The step whose run failed, drawn as a problem; -1 for none.
    void setFailedStep(int index);

    // "氏名, ふりがな": the step's settings in a few words, from its parameter specs.
    static QString summary(const Step &step);

private:
    RecipeDocument *m_document;
    QUndoStack *m_undoStack;
    int m_failedStep = -1;
};

} // namespace tenarai
