#include "TableModel.h"

#include <QBrush>
#include <QColor>

#include <limits>

namespace tenarai {

TableModel::TableModel(std::shared_ptr<const Workbook> workbook, int sheet, QObject *parent)
    : QAbstractTableModel(parent), m_workbook(std::move(workbook)), m_sheet(sheet)
{
    Q_ASSERT(m_workbook && sheet >= 0 && sheet < int(m_workbook->sheets.size()));
    const Sheet &s = m_workbook->sheets[size_t(sheet)];
    // Item views count in int; spreadsheets stop far below (1,048,576 rows × 16,384 columns), and
    // a merge claiming more than that comes from a broken file, so it is clipped there.
    constexpr qsizetype MaxRows = 1048576 * 4;
    constexpr int MaxColumns = 16384;
    qsizetype rows = s.table.rowCount();
    int columns = s.table.columnCount();
    for (const CellRange &range : s.merges) {
        rows = qMax(rows, qMin(range.lastRow + 1, MaxRows));
        columns = qMax(columns, qMin(range.lastColumn + 1, MaxColumns));
    }
    m_rows = int(qMin<qsizetype>(rows, std::numeric_limits<int>::max()));
    m_columns = columns;
}

const Table &TableModel::table() const
{
    return m_workbook->sheets[size_t(m_sheet)].table;
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Table &t = table();
    switch (role) {
    case Qt::DisplayRole:
        return t.cell(index.row(), index.column()).toString();
    case Qt::TextAlignmentRole:
        switch (t.kindAt(index.row(), index.column())) {
        case Cell::Kind::Number:
        case Cell::Kind::Date:
        case Cell::Kind::DateTime:
        case Cell::Kind::Time:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        case Cell::Kind::Boolean:
        case Cell::Kind::Error:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        default:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        }
    case Qt::ForegroundRole:
        if (t.kindAt(index.row(), index.column()) == Cell::Kind::Error)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::ToolTipRole: {
        const Cell::Kind kind = t.kindAt(index.row(), index.column());
        if (kind == Cell::Kind::Empty)
            return {};
        return tr("%1: %2").arg(Table::columnLetters(index.column()) + QString::number(index.row() + 1),
                                kindLabel(kind));
    }
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::TextAlignmentRole && orientation == Qt::Vertical)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return QString::number(section + 1);
    const QString letters = Table::columnLetters(section);
    const QString name = table().columnName(section);
    if (name.isEmpty())
        return letters;
    return role == Qt::ToolTipRole ? tr("Column %1: %2").arg(letters, name) : name;
}

QString TableModel::kindLabel(Cell::Kind kind)
{
    switch (kind) {
    case Cell::Kind::Empty:
        return tr("Empty");
    case Cell::Kind::Text:
        return tr("Text");
    case Cell::Kind::Number:
        return tr("Number");
    case Cell::Kind::Boolean:
        return tr("True/false");
    case Cell::Kind::Date:
        return tr("Date");
    case Cell::Kind::DateTime:
        return tr("Date and time");
    case Cell::Kind::Time:
        return tr("Time or duration");
    case Cell::Kind::Error:
        return tr("Spreadsheet error");
    }
    return QString();
}

} // namespace tenarai
