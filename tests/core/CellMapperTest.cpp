#include "cleaning/CellMapper.h"

#include <gtest/gtest.h>

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
