#include "FormFieldListModel.h"

#include <QFont>
#include <QMimeData>

namespace tenarai {

namespace {
const QString RowMimeType = QStringLiteral("application/x-tenarai-form-field-row");
} // namespace

FormFieldListModel::FormFieldListModel(QObject *parent) : QAbstractListModel(parent) {}

QList<FieldPosition> FormFieldListModel::rowsOf(const Form &form) const
{
    QList<FieldPosition> rows;
    for (int s = 0; s < form.sections.size(); ++s) {
        rows.append({ s, -1 });
        for (int f = 0; f < form.sections.at(s).fields.size(); ++f)
            rows.append({ s, f });
    }
    return rows;
}

void FormFieldListModel::setForm(const Form &form)
{
    QList<FieldPosition> rows = rowsOf(form);
    if (rows == m_rows) {
        m_form = form;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_form = form;
    m_rows = std::move(rows);
    endResetModel();
}

int FormFieldListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FormFieldListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FieldPosition position = m_rows.at(index.row());
    const FormSection &section = m_form.sections.at(position.section);
    if (role == SectionRole)
        return position.section;
    if (role == FieldIndexRole)
        return position.index;
    if (role == IsSectionRole)
        return position.index < 0;

    if (position.index < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return section.title.isEmpty() ? tr("Section %1 (no heading)").arg(position.section + 1)
                                           : section.title;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::ToolTipRole:
            return tr("A section: drop fields here to move them into it.");
        default:
            return {};
        }
    }

    const FormField &field = section.fields.at(position.index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        // Indented under the section; the type in words, since an icon alone says little.
        const QString label = field.label.isEmpty() ? tr("(no label)") : field.label;
        const QString mark = field.required ? QStringLiteral(" *") : QString();
        return QString(QStringLiteral("    ") + label + mark + QStringLiteral("  — ") + fieldTypeDisplayName(field.type));
    }
    case FieldIdRole:
        return field.id;
    case Qt::ToolTipRole: {
        QString tip = tr("Field id: %1").arg(field.id);
        if (field.required)
            tip += u'\n' + tr("Required");
        if (!field.explanation.isEmpty())
            tip += u'\n' + field.explanation;
        return tip;
    }
    default:
        return {};
    }
}

Qt::ItemFlags FormFieldListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // Fields drag; a section row takes drops (into that section), a field row does not (it would
    // mean "onto the field", which is no place in a form).
    if (m_rows.value(index.row()).index < 0)
        return base | Qt::ItemIsDropEnabled;
    return base | Qt::ItemIsDragEnabled;
}

int FormFieldListModel::rowOfSection(int section) const
{
    return int(m_rows.indexOf(FieldPosition { section, -1 }));
}

int FormFieldListModel::rowOfField(const QString &fieldId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const FieldPosition p = m_rows.at(r);
        if (p.index >= 0 && m_form.sections.at(p.section).fields.at(p.index).id == fieldId)
            return r;
    }
    return -1;
}

FieldPosition FormFieldListModel::positionAt(int row) const
{
    return m_rows.value(row, FieldPosition {});
}

FieldPosition FormFieldListModel::insertionPointBefore(int row) const
{
    if (m_rows.isEmpty())
        return {};
    // Lands just after the row above: at the top of a section after its heading, or after a field.
    if (row <= 0)
        return { 0, 0 };
    const FieldPosition above = m_rows.value(qMin(row, int(m_rows.size())) - 1);
    return { above.section, above.index + 1 };
}

bool FormFieldListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                  const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size())
        return false;
    const FieldPosition from = m_rows.at(sourceRow);
    if (from.index < 0)
        return false; // sections are not dragged
    const FieldPosition to = insertionPointBefore(destinationChild);
    if (to.section < 0)
        return false;
    // Dropped on itself, or just below itself: nothing moves.
    if (to.section == from.section && (to.index == from.index || to.index == from.index + 1))
        return false;
    emit moveRequested(from, to);
    return true;
}

QStringList FormFieldListModel::mimeTypes() const
{
    return { RowMimeType };
}

QMimeData *FormFieldListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(RowMimeType, QByteArray::number(indexes.first().row()));
    return data;
}

bool FormFieldListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    Q_UNUSED(column);
    if (!data || action != Qt::MoveAction || !data->hasFormat(RowMimeType))
        return false;
    bool ok = false;
    const int source = data->data(RowMimeType).toInt(&ok);
    if (!ok)
        return false;
    // Between rows: before row. Onto a section heading: at the top of that section. Below every
    // row: at the end of the last section.
    int destination = row;
    if (destination < 0)
        destination = parent.isValid() ? parent.row() + 1 : int(m_rows.size());
    // The drop itself is the move; returning false keeps the view from removing the source row.
    moveRows({}, source, 1, {}, destination);
    return false;
}

} // namespace tenarai
