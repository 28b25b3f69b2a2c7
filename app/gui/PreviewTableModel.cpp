#include "PreviewTableModel.h"

#include "TableModel.h"

#include <QBrush>
#include <QColor>

namespace tenarai {

namespace {
// Soft tints that keep black text readable, also for users with red-green colour blindness:
// yellow for changed, rose for a value the step could not handle.
const QColor ChangedColor(0xff, 0xec, 0x99);
const QColor IssueColor(0xf8, 0xc8, 0xd0);
// Stronger than the issue tint, so a wrong cell stands out after Check; the tooltip says why.
const QColor WrongColor(0xff, 0xa8, 0xa8);
} // namespace

PreviewTableModel::PreviewTableModel(QObject *parent) : QIdentityProxyModel(parent)
{
    setResult(Table(), nullptr, {});
}

void PreviewTableModel::setResult(const Table &table, const Table *compareWith, const QList<CellIssue> &issues)
{
    m_table = table;
    m_input = compareWith ? *compareWith : Table();
    m_compare = compareWith != nullptr;
    m_compareCells = m_compare && m_input.rowCount() == m_table.rowCount();

    m_inputColumn.clear();
    m_outputColumn = QList<int>(m_input.columnCount(), -1);
    const QStringList inputNames = m_input.columnNames();
    for (int c = 0; c < m_table.columnCount(); ++c) {
        const QString name = m_table.columnName(c);
        int input = -1;
        if (!name.isEmpty()) {
            input = int(inputNames.indexOf(name));
        } else if (m_input.columnCount() == m_table.columnCount() && m_input.columnName(c).isEmpty()) {
            // Unnamed columns (before a row becomes the names) match by position while the
            // step keeps the number of columns; otherwise which is which is unknown.
            input = c;
        } else {
            input = -2;
        }
        m_inputColumn << input;
        if (input >= 0)
            m_outputColumn[input] = c;
    }

    auto workbook = std::make_shared<Workbook>();
    workbook->sheets.push_back(Sheet { QString(), Sheet::State::Visible, Sheet::Type::Worksheet, m_table, {} });
    auto source = std::make_unique<TableModel>(workbook, 0);
    setSourceModel(source.get());   // resets the proxy; the old source model goes after it
    m_source = std::move(source);

    // Marks of a check belong to the table checked, not to this one.
    m_wrong.clear();
    // Mapped through the new table, so after the source model changed.
    m_issues.clear();
    for (const CellIssue &issue : issues) {
        const QModelIndex at = indexForIssue(issue);
        if (at.isValid()) {
            QString &text = m_issues[key(at.row(), at.column())];
            text = text.isEmpty() ? issue.message : text + u'\n' + issue.message;
        }
    }
}

void PreviewTableModel::setWrongCells(const QList<WrongCell> &cells)
{
    m_wrong.clear();
    for (const WrongCell &cell : cells) {
        if (cell.row < 0 || cell.row >= m_table.rowCount() || cell.column < 0 || cell.column >= m_table.columnCount())
            continue;
        QString &text = m_wrong[key(cell.row, cell.column)];
        text = text.isEmpty() ? cell.message : text + u'\n' + cell.message;
    }
    const int rows = rowCount();
    const int columns = columnCount();
    if (rows > 0 && columns > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columns - 1), { Qt::BackgroundRole, Qt::ToolTipRole, WrongRole });
}

bool PreviewTableModel::isChanged(int row, int column) const
{
    if (!m_compare || column < 0 || column >= m_inputColumn.size())
        return false;
    const int input = m_inputColumn[column];
    if (input == -1)
        return true;
    if (input < 0 || !m_compareCells || row < 0 || row >= m_table.rowCount())
        return false;
    return !(m_input.cell(row, input) == m_table.cell(row, column));
}

QModelIndex PreviewTableModel::indexForIssue(const CellIssue &issue) const
{
    if (issue.column < 0 || issue.row < 0 || issue.row >= m_table.rowCount())
        return {};
    // Without an input to map through (a source table), the issue's column is the table's.
    int column = issue.column;
    if (m_compare) {
        if (issue.column >= m_outputColumn.size())
            return {};
        column = m_outputColumn[issue.column];
    }
    if (column < 0 || column >= columnCount())
        return {};
    return index(int(issue.row), column);
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case ChangedRole:
        return isChanged(index.row(), index.column());
    case IssueRole:
        return m_issues.value(key(index.row(), index.column()));
    case WrongRole:
        return m_wrong.value(key(index.row(), index.column()));
    case Qt::BackgroundRole:
        if (m_wrong.contains(key(index.row(), index.column())))
            return QBrush(WrongColor);
        if (m_issues.contains(key(index.row(), index.column())))
            return QBrush(IssueColor);
        if (isChanged(index.row(), index.column()))
            return QBrush(ChangedColor);
        return {};
    case Qt::ToolTipRole: {
        QString tip = QIdentityProxyModel::data(index, role).toString();
        const QString issue = m_issues.value(key(index.row(), index.column()));
        if (isChanged(index.row(), index.column()))
            tip = tip.isEmpty() ? tr("Changed by this step") : tr("%1 (changed by this step)").arg(tip);
        if (!issue.isEmpty())
            tip = tip.isEmpty() ? issue : tip + u'\n' + issue;
        // The checker's reason only: the value itself is the learner's, the expected one is not shown.
        const QString wrong = m_wrong.value(key(index.row(), index.column()));
        if (!wrong.isEmpty())
            tip = tip.isEmpty() ? wrong : tip + u'\n' + wrong;
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace tenarai
