#pragma once

#include "table/Workbook.h"

#include <QAbstractTableModel>

#include <memory>

namespace tenarai {

// A read-only view model over one sheet of a loaded workbook. Every answer is computed from the
// Table on demand (O(1) per cell), with no per-row caches, so a million-row sheet costs no more
// memory than the Table itself. The workbook is shared, never copied, and never changes while
// shown. The grid also covers merged ranges that reach past the last cell with data, so that a
// view can show them whole.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    TableModel(std::shared_ptr<const Workbook> workbook, int sheet, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Table &table() const;
    int sheetIndex() const { return m_sheet; }

    // The kind in the user's words ("Number", "Date"…), for tooltips.
    static QString kindLabel(Cell::Kind kind);

private:
    std::shared_ptr<const Workbook> m_workbook;
    int m_sheet = 0;
    int m_rows = 0;
    int m_columns = 0;
};

} // namespace tenarai
