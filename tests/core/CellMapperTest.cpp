#include "cleaning/CellMapper.h"

#include <gtest/gtest.h>

#include <atomic>

using namespace tenarai;

namespace {
// Rows: "v<r>" text, every 7th empty, every 5th a number.
Column makeColumn(qsizetype rows)
{
    Column c;
    for (qsizetype r = 0; r < rows; ++r) {
        if (r % 7 == 0)
            c.appendEmpty();
        else if (r % 5 == 0)
            c.append(Cell::number(double(r)));
        else
            c.append(Cell::text(QStringLiteral("v%1").arg(r)));
    }
    return c;
}

CellMapper::Mapped upperOrReport(const Cell &cell)
{
    if (cell.kind() != Cell::Kind::Text)
        return CellMapper::Mapped::report(QStringLiteral("not text"));
    return CellMapper::Mapped::replace(Cell::text(cell.textValue().toUpper()));
}
} // namespace

TEST(CellMapper, LargeColumnKeepsRowOrderAndReportsIssuesInOrder)
{
    // Not a multiple of the block size, so the last block is partial and joined by copying.
    const qsizetype rows = 5 * CellMapper::BlockRows + 123;
    const Column source = makeColumn(rows);
    const auto result = CellMapper::map(source, 3, &upperOrReport, StepContext{});
    ASSERT_TRUE(result.has_value());
    ASSERT_EQ(result->column.size(), rows);
    qsizetype expectedIssues = 0;
    qsizetype expectedChanged = 0;
    for (qsizetype r = 0; r < rows; ++r) {
        if (r % 7 == 0) {
            ASSERT_TRUE(result->column.isEmptyAt(r)) << r;
        } else if (r % 5 == 0) {
            ASSERT_EQ(result->column.at(r).numberValue(), double(r)) << r;
            ++expectedIssues;
        } else {
            ASSERT_EQ(result->column.at(r).textValue(), QStringLiteral("V%1").arg(r)) << r;
            ++expectedChanged;
        }
    }
    EXPECT_EQ(result->issueCount, expectedIssues);
    EXPECT_EQ(result->changed, expectedChanged);
    ASSERT_FALSE(result->issues.isEmpty());
    for (qsizetype i = 1; i < result->issues.size(); ++i)
        ASSERT_LT(result->issues[i - 1].row, result->issues[i].row);
    EXPECT_EQ(result->issues.first().row, 5);
    EXPECT_EQ(result->issues.first().column, 3);
}

TEST(CellMapper, ColumnsJoinedOnAndOffChunkBoundaries)
{
    Column joined;
    joined.appendColumn(makeColumn(Column::ChunkRows));   // takes the chunks over
    joined.appendColumn(makeColumn(10));                   // takes over again (aligned)
    joined.appendColumn(makeColumn(20));                   // copies (not aligned)
    ASSERT_EQ(joined.size(), Column::ChunkRows + 30);
    EXPECT_EQ(joined.at(1).textValue(), QStringLiteral("v1"));
    EXPECT_EQ(joined.at(Column::ChunkRows + 1).textValue(), QStringLiteral("v1"));
    EXPECT_EQ(joined.at(Column::ChunkRows + 10 + 13).textValue(), QStringLiteral("v13"));
    EXPECT_TRUE(joined.isEmptyAt(Column::ChunkRows + 10 + 14));
    joined.append(Cell::text(QStringLiteral("最後")));
    EXPECT_EQ(joined.at(Column::ChunkRows + 30).textValue(), QStringLiteral("最後"));
}

TEST(CellMapper, CancelledRunReturnsNothing)
{
    std::atomic<bool> cancelled{true};
    StepContext context;
    context.cancelled = &cancelled;
    EXPECT_FALSE(CellMapper::map(makeColumn(3 * CellMapper::BlockRows), 0, &upperOrReport, context).has_value());
}

TEST(CellMapper, ProgressReachesTheEnd)
{
    std::atomic<int> calls{0};
    std::atomic<double> last{0};
    StepContext context;
    context.progress = [&](double share) {
        ++calls;
        double seen = last.load();
        while (share > seen && !last.compare_exchange_weak(seen, share)) {
        }
    };
    ASSERT_TRUE(CellMapper::map(makeColumn(4 * CellMapper::BlockRows), 0, &upperOrReport, context).has_value());
    EXPECT_EQ(calls.load(), 4);
    EXPECT_DOUBLE_EQ(last.load(), 1.0);
}

TEST(CellMapper, FilteredCellsAreKeptWithoutCallingTheFunction)
{
    const Column source = makeColumn(3 * CellMapper::BlockRows + 11);
    std::atomic<qsizetype> calls{0};
    const CellMapper::Function upper = [&calls](const Cell &cell) {
        ++calls;
        return upperOrReport(cell);
    };
    // Only text ending in 3 may change.
    const CellMapper::TextFilter endsIn3 = [](QByteArrayView utf8) { return utf8.endsWith('3'); };
    const auto result = CellMapper::map(source, 0, upper, StepContext(), endsIn3);
    ASSERT_TRUE(result);
    ASSERT_EQ(result->column.size(), source.size());
    qsizetype expectedCalls = 0;
    for (qsizetype r = 0; r < source.size(); ++r) {
        const Cell in = source.at(r);
        const bool text = in.kind() == Cell::Kind::Text;
        const bool mayChange = text && in.textValue().endsWith(QLatin1Char('3'));
        if (!in.isEmpty() && (!text || mayChange))
            ++expectedCalls;
        const Cell expected = mayChange ? Cell::text(in.textValue().toUpper()) : in;
        ASSERT_EQ(result->column.at(r), expected) << r;
    }
    EXPECT_EQ(calls.load(), expectedCalls);
}

TEST(Column, AppendRangeCopiesAcrossChunkBoundariesAndPadsPastTheEnd)
{
    const Column source = makeColumn(3 * Column::ChunkRows + 5);
    for (const qsizetype start : {qsizetype(0), qsizetype(1), Column::ChunkRows - 1, qsizetype(2 * Column::ChunkRows + 3)}) {
        Column target;
        target.append(Cell::text(QStringLiteral("first")));
        const qsizetype count = source.size() - start + 2; // two past the end
        target.appendRange(source, start, count);
        ASSERT_EQ(target.size(), 1 + count);
        EXPECT_EQ(target.at(0), Cell::text(QStringLiteral("first")));
        for (qsizetype i = 0; i < count; ++i)
            ASSERT_EQ(target.at(1 + i), source.at(start + i)) << start << " " << i;
        EXPECT_TRUE(target.isEmptyAt(target.size() - 1));
    }
}

TEST(Column, TextBytesAreTheStoredUtf8)
{
    Column c;
    c.append(Cell::text(QStringLiteral("髙橋")));
    c.append(Cell::number(3));
    c.appendEmpty();
    c.append(Cell::error(QStringLiteral("#N/A")));
    EXPECT_EQ(c.textBytesAt(0), QStringLiteral("髙橋").toUtf8());
    EXPECT_TRUE(c.textBytesAt(1).isEmpty());
    EXPECT_TRUE(c.textBytesAt(2).isEmpty());
    EXPECT_EQ(c.textBytesAt(3), QByteArrayView("#N/A"));
    EXPECT_TRUE(c.textBytesAt(9).isEmpty());
}
