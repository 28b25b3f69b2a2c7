#pragma once

#include "forms/Form.h"

#include <QAbstractListModel>
#include <QList>

namespace tenarai {

// Where a field sits in a form: section, then position in that section.
struct FieldPosition
{
    int section = -1;
    int index = -1;
    friend bool operator==(const FieldPosition &, const FieldPosition &) = default;
};

// A form's sections and fields as one list, as the designer shows them: each section is a bold
// row followed by its fields (label and type). The model only shows the form it was given; a drag
// of a field (to another place in its section or into another section) is reported through
// moveRequested, and the designer makes it an undoable edit and gives the model the new form.
// Section rows cannot be dragged; a field dropped onto a section row goes to that section's top.
class FormFieldListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { FieldIdRole = Qt::UserRole + 1, SectionRole, FieldIndexRole, IsSectionRole };

    explicit FormFieldListModel(QObject *parent = nullptr);

    // Rows are kept when the form's shape did not change, so that a selection survives an edit.
    void setForm(const Form &form);
    const Form &form() const { return m_form; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    // One field row moved to before destinationChild (a row of this list): emits moveRequested.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The row of a section's heading or of a field; -1 when there is none.
    int rowOfSection(int section) const;
    int rowOfField(const QString &fieldId) const;
    // What a row shows: a field (index >= 0) or a section heading (index == -1).
    FieldPosition positionAt(int row) const;
    // Where a field dropped before row lands, counted before the field is taken out of its place.
    FieldPosition insertionPointBefore(int row) const;

signals:
    // from and to are positions in the current form; to.index counts the form as it is now,
    // with the moved field still in its old place.
    void moveRequested(tenarai::FieldPosition from, tenarai::FieldPosition to);

private:
    QList<FieldPosition> rowsOf(const Form &form) const;

    Form m_form;
    QList<FieldPosition> m_rows;
};

} // namespace tenarai
