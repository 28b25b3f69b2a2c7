#include "table/Workbook.h"

namespace tenarai {

namespace {
constexpr qsizetype MaxSpreadsheetRows = 1048576;
constexpr int MaxSpreadsheetColumns = 16384;
} // namespace

std::optional<std::pair<qsizetype, int>> parseCellReference(QStringView text)
{
    qsizetype i = 0;
    int column = 0;
    while (i < text.size() && text[i] == u'$')
        ++i;
    const qsizetype lettersStart = i;
    while (i < text.size()) {
        const char16_t ch = text[i].unicode();
        int v = -1;
        if (ch >= u'A' && ch <= u'Z')
            v = ch - u'A';
        else if (ch >= u'a' && ch <= u'z')
            v = ch - u'a';
        if (v < 0)
            break;
        column = column * 26 + v + 1;
        if (column > MaxSpreadsheetColumns)
            return std::nullopt;
        ++i;
    }
    if (i == lettersStart)
        return std::nullopt;
    if (i < text.size() && text[i] == u'$')
        ++i;
    const qsizetype digitsStart = i;
    qsizetype row = 0;
    while (i < text.size() && text[i] >= u'0' && text[i] <= u'9') {
        row = row * 10 + (text[i].unicode() - u'0');
        if (row > MaxSpreadsheetRows)
            return std::nullopt;
        ++i;
    }
    if (i == digitsStart || i != text.size() || row == 0)
        return std::nullopt;
    return std::make_pair(row - 1, column - 1);
}

QString CellRange::toA1() const
{
    const QString first = Table::columnLetters(firstColumn) + QString::number(firstRow + 1);
    if (firstRow == lastRow && firstColumn == lastColumn)
        return first;
    return first + QLatin1Char(':') + Table::columnLetters(lastColumn) + QString::number(lastRow + 1);
}

std::optional<CellRange> CellRange::fromA1(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    const auto first = parseCellReference(colon < 0 ? text : text.left(colon));
    if (!first)
        return std::nullopt;
    auto last = first;
    if (colon >= 0) {
        last = parseCellReference(text.mid(colon + 1));
        if (!last)
            return std::nullopt;
    }
    CellRange r;
    r.firstRow = std::min(first->first, last->first);
    r.lastRow = std::max(first->first, last->first);
    r.firstColumn = std::min(first->second, last->second);
    r.lastColumn = std::max(first->second, last->second);
    return r;
}

QString Sheet::stateName(State state)
{
    switch (state) {
    case State::Visible: return QStringLiteral("visible");
    case State::Hidden: return QStringLiteral("hidden");
    case State::VeryHidden: return QStringLiteral("veryHidden");
    }
    return {};
}

int Workbook::indexOf(const QString &name) const
{
    for (size_t i = 0; i < sheets.size(); ++i) {
        if (sheets[i].name == name)
            return int(i);
    }
    return -1;
}

} // namespace tenarai
