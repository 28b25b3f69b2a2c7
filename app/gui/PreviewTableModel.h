#pragma once

#include "cleaning/Step.h"

#include <QHash>
#include <QIdentityProxyModel>

#include <memory>

namespace tenarai {

class TableModel;

// The workbench's table: one step's result shown through TableModel, with the cells that step
// changed and the cells it reported as issues painted. Whether a cell changed is decided when it
// is drawn, by comparing it with the same row of the step's input in the column of the same
// name, so a million-row result costs nothing extra. New columns are changed as a whole; when
// the step changed the number of rows, cells are not compared.
class PreviewTableModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Role { ChangedRole = Qt::UserRole + 1, IssueRole, WrongRole };

    // A cell an exercise's checker found wrong, with the reason shown in its tooltip.
    struct WrongCell
    {
        qsizetype row = -1;
        int column = -1;
        QString message;
    };

    explicit PreviewTableModel(QObject *parent = nullptr);

    // compareWith: the step's input, or nullptr to paint nothing (a source, a skipped or failed
    // step). issues are in the input's rows and columns.
    void setResult(const Table &table, const Table *compareWith, const QList<CellIssue> &issues);
    const Table &table() const { return m_table; }

    bool isChanged(int row, int column) const;
    // The output cell an issue points at; invalid when that column or row is gone.
    QModelIndex indexForIssue(const CellIssue &issue) const;

    // Exercises: tints the cells of the table shown that the checker found wrong (light red,
    // above the changed and issue tints) until the next setResult or an empty list.
    void setWrongCells(const QList<WrongCell> &cells);
    bool isWrong(int row, int column) const { return m_wrong.contains(key(row, column)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    static quint64 key(qsizetype row, int column) { return (quint64(row) << 16) | quint64(column); }

    Table m_table;
    Table m_input;
    bool m_compare = false;
    bool m_compareCells = false;        // same row count
    QList<int> m_inputColumn;           // per output column: the input column, -1 new, -2 unknown
    QList<int> m_outputColumn;          // per input column: the output column or -1
    QHash<quint64, QString> m_issues;   // by output cell
    QHash<quint64, QString> m_wrong;    // by output cell: why the checker found it wrong
    std::unique_ptr<TableModel> m_source;
};

} // namespace tenarai
