#pragma once

#include "table/Column.h"

namespace tenarai {

// What the layout steps treat as “nothing in this cell”: an empty cell or text of spaces only,
// U+3000 included (a full-width space typed to make a cell look empty is still empty to staff).
class BlankCell
{
public:
    static bool is(const Cell &cell)
    {
        return cell.kind() == Cell::Kind::Empty
               || (cell.kind() == Cell::Kind::Text && cell.textValue().trimmed().isEmpty());
    }
    // Decodes the cell only when it is text.
    static bool at(const Column &column, qsizetype row)
    {
        switch (column.kindAt(row)) {
        case Cell::Kind::Empty:
            return true;
        case Cell::Kind::Text:
            return column.at(row).textValue().trimmed().isEmpty(); // trimmed() covers U+3000
        default:
            return false;
        }
    }
};

} // namespace tenarai
