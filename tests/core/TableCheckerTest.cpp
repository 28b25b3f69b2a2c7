// The cleaning checker: a learner's table against the target, cell by cell, with feedback that
// says what kind of thing is wrong and where, and never what the right value is.
#include "lessons/TableChecker.h"

#include <gtest/gtest.h>

using namespace tenarai;

namespace {

// A table with column names and rows of cells.
Table table(const QStringList &names, const QList<QList<Cell>> &rows)
{
    Table t(int(names.size()));
    t.setColumnNames(names);
    for (const QList<Cell> &row : rows)
        t.appendRow(row);
    return t;
}

// A table of texts, as a CSV target reads.
Table texts(const QStringList &names, const QList<QStringList> &rows)
{
    QList<QList<Cell>> cells;
    for (const QStringList &row : rows) {
        QList<Cell> line;
        for (const QString &value : row)
            line << (value.isEmpty() ? Cell() : Cell::text(value));
        cells << line;
    }
    return table(names, cells);
}

Cell t(const char *utf8)
{
    return Cell::text(QString::fromUtf8(utf8));
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Checks one cell against one target cell and returns the only feedback.
CheckFeedback oneCell(const Cell &actual, const Cell &expected, TableCompareOptions options = {})
{
    const CheckResult result = TableChecker::compare(table({ s("値") }, { { actual } }),
                                                     table({ s("値") }, { { expected } }), options);
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.wrongCells, 1);
    EXPECT_EQ(result.feedback.size(), 1);
    if (result.feedback.isEmpty())
        return {};
    const CheckFeedback feedback = result.feedback.first();
    EXPECT_EQ(feedback.target, CheckFeedback::Target::Cell);
    EXPECT_EQ(feedback.row, 0);
    EXPECT_EQ(feedback.column, 0);
    EXPECT_EQ(feedback.columnName, s("値"));
    EXPECT_TRUE(feedback.expected == expected);
    EXPECT_TRUE(feedback.actual == actual);
    EXPECT_EQ(result.summary, QStringLiteral("1 cell(s) left"));
    return feedback;
}

QString message(const Cell &actual, const Cell &expected)
{
    return oneCell(actual, expected).message;
}

} // namespace

TEST(TableChecker, EqualTablesPassWithFullScore)
{
    const Table target = texts({ s("氏名"), s("生年月日") },
                               { { s("山田 花子"), s("1990-04-01") }, { s("佐藤 一郎"), s("1985-12-31") } });
    const CheckResult result = TableChecker::compare(target, target, {});
    EXPECT_TRUE(result.passed);
    EXPECT_DOUBLE_EQ(result.score, 1.0);
    EXPECT_EQ(result.wrongCells, 0);
    EXPECT_TRUE(result.feedback.isEmpty());
    EXPECT_EQ(result.summary, QStringLiteral("The table matches the target."));
    EXPECT_TRUE(result.result == target);
}

TEST(TableChecker, ExtraSpaces)
{
    EXPECT_EQ(message(t(" 山田 花子  "), t("山田 花子")), QStringLiteral("This cell has extra spaces."));
    EXPECT_EQ(message(t("山田   花子"), t("山田 花子")), QStringLiteral("This cell has extra spaces."));
    // Only spaces where the target is empty: still a matter of spaces, not of a value.
    EXPECT_EQ(message(t("   "), Cell()), QStringLiteral("This cell has extra spaces."));
    // Names keep a full-width space inside: extra ones around or beside it are still spaces.
    EXPECT_EQ(message(t("石川　大輔　"), t("石川　大輔")), QStringLiteral("This cell has extra spaces."));
    EXPECT_EQ(message(t("大西　　千尋"), t("大西　千尋")), QStringLiteral("This cell has extra spaces."));
    // The same count of spaces, of the other width.
    EXPECT_EQ(message(t("石川 大輔"), t("石川　大輔")),
              QStringLiteral("Full-width and half-width characters differ from what is expected."));
}

// A phone number or postal code in another layout is named as such, without the target's value.
TEST(TableChecker, PhoneAndPostalCodeWrittenDifferently)
{
    EXPECT_EQ(message(t("（0263）55-0101"), t("0263-55-0101")),
              QStringLiteral("The phone number is written in a different form."));
    EXPECT_EQ(message(t("0263550101"), t("0263-55-0101")),
              QStringLiteral("The phone number is written in a different form."));
    EXPECT_EQ(message(t("〒390-0811"), t("390-0811")), QStringLiteral("The postal code is written in a different form."));
    EXPECT_EQ(message(t("3900811"), t("390-0811")), QStringLiteral("The postal code is written in a different form."));
    // Another number altogether is just a different value.
    EXPECT_EQ(message(t("0263-55-0199"), t("0263-55-0101")), QStringLiteral("This value is different."));
    EXPECT_EQ(message(t("390-0899"), t("390-0811")), QStringLiteral("This value is different."));
}

TEST(TableChecker, FullAndHalfWidth)
{
    const QString width
        = QStringLiteral("Full-width and half-width characters differ from what is expected.");
    EXPECT_EQ(message(t("ﾔﾏﾀﾞ ﾊﾅｺ"), t("ヤマダ ハナコ")), width);
    EXPECT_EQ(message(t("ＡＢＣ－１２"), t("ABC-12")), width);
    // The other way round: the target is written full-width.
    EXPECT_EQ(message(t("ABC"), t("ＡＢＣ")), width);
    // An ideographic space where the target has an ASCII one is a width difference, not an extra space.
    EXPECT_EQ(message(t("山田　花子"), t("山田 花子")), width);
}

TEST(TableChecker, DateWrittenInAnotherForm)
{
    const QString form = QStringLiteral("The date is written in a different form.");
    EXPECT_EQ(message(t("2021/4/1"), t("2021-04-01")), form);
    EXPECT_EQ(message(t("令和3年4月1日"), Cell::date(QDate(2021, 4, 1))), form);
    // An Excel serial number where a date belongs.
    EXPECT_EQ(message(Cell::number(44287), Cell::date(QDate(2021, 4, 1))), form);
}

TEST(TableChecker, DifferentDate)
{
    const QString other = QStringLiteral("This is a different date.");
    EXPECT_EQ(message(t("2021/4/2"), t("2021-04-01")), other);
    EXPECT_EQ(message(Cell::date(QDate(2021, 1, 4)), t("2021-04-01")), other);
}

TEST(TableChecker, NumberStoredAsText)
{
    const QString asText = QStringLiteral("This number is stored as text.");
    EXPECT_EQ(message(t("1,234"), Cell::number(1234)), asText);
    EXPECT_EQ(message(t("１２３４"), Cell::number(1234)), asText);
    // A CSV target holds text; "1,234" there is still a number kept as text.
    EXPECT_EQ(message(t("1,234"), t("1234")), asText);
}

TEST(TableChecker, DifferentNumber)
{
    const QString other = QStringLiteral("This is a different number.");
    EXPECT_EQ(message(Cell::number(1243), Cell::number(1234)), other);
    EXPECT_EQ(message(t("1,243"), t("1234")), other);
    EXPECT_EQ(message(Cell::number(12.5), t("12.25")), other);
}

TEST(TableChecker, CellShouldNotBeEmpty)
{
    EXPECT_EQ(message(Cell(), t("東区")), QStringLiteral("This cell should not be empty."));
    EXPECT_EQ(message(Cell::text(QString()), Cell::number(3)),
              QStringLiteral("This cell should not be empty."));
}

TEST(TableChecker, CellShouldBeEmpty)
{
    EXPECT_EQ(message(t("東区"), Cell()), QStringLiteral("This cell should be empty."));
    EXPECT_EQ(message(Cell::number(0), Cell()), QStringLiteral("This cell should be empty."));
}

TEST(TableChecker, DifferentValue)
{
    EXPECT_EQ(message(t("西区"), t("東区")), QStringLiteral("This value is different."));
    // Leading zeros of a code are part of it: 123 is not "0123".
    EXPECT_EQ(message(Cell::number(123), t("0123")), QStringLiteral("This value is different."));
    EXPECT_EQ(message(Cell::boolean(false), t("TRUE")), QStringLiteral("This value is different."));
}

TEST(TableChecker, NoMessageOrSummaryContainsTheExpectedValue)
{
    struct Case
    {
        Cell actual;
        Cell expected;
        QStringList forbidden; // spellings of the expected value
    };
    const QList<Case> cases = {
        { t("  ZQX-77119 "), t("ZQX-77119"), { s("ZQX"), s("77119") } },
        { t("ＺＱＸ－７７１１９"), t("ZQX-77119"), { s("ZQX"), s("77119") } },
        { t("2031/7/19"), t("2031-07-19"), { s("2031"), s("07-19"), s("7/19"), s("7月19日") } },
        { t("2031/7/18"), Cell::date(QDate(2031, 7, 19)), { s("2031"), s("07-19"), s("19") } },
        { t("987,654"), Cell::number(987654), { s("987654"), s("987,654") } },
        { Cell::number(987655), Cell::number(987654), { s("987654"), s("987,654") } },
        { Cell(), t("ZQX-77119"), { s("ZQX"), s("77119") } },
        { t("ZQX-77119"), Cell(), { s("ZQX"), s("77119") } }, // the expected value is the empty cell
        { t("ワクワク区"), t("ZQX-77119"), { s("ZQX"), s("77119") } },
    };
    for (const Case &c : cases) {
        const CheckResult result = TableChecker::compare(table({ s("値") }, { { c.actual } }),
                                                         table({ s("値") }, { { c.expected } }), {});
        ASSERT_EQ(result.feedback.size(), 1) << c.expected.toString().toStdString();
        EXPECT_FALSE(result.feedback.first().message.isEmpty());
        for (const QString &word : c.forbidden) {
            if (c.expected.isEmpty())
                break;
            EXPECT_FALSE(result.feedback.first().message.contains(word))
                << result.feedback.first().message.toStdString() << " names " << word.toStdString();
            EXPECT_FALSE(result.summary.contains(word)) << result.summary.toStdString();
        }
    }

    // A heading the learner got wrong is said to differ; the target's heading is not named.
    const Table target = texts({ s("郵便番号ZQX") }, { { s("123-4567") } });
    const Table learner = texts({ s("郵便") }, { { s("123-4567") } });
    const CheckResult heading = TableChecker::compare(learner, target, {});
    ASSERT_EQ(heading.feedback.size(), 1);
    EXPECT_EQ(heading.feedback.first().target, CheckFeedback::Target::Column);
    EXPECT_EQ(heading.feedback.first().column, 0);
    EXPECT_EQ(heading.feedback.first().message,
              QStringLiteral("The heading of this column differs from the target."));
    EXPECT_FALSE(heading.feedback.first().message.contains(s("ZQX")));
    EXPECT_FALSE(heading.feedback.first().columnName.contains(s("ZQX")));
    EXPECT_FALSE(heading.summary.contains(s("ZQX")));
    // Kept for a hint the learner opens.
    EXPECT_EQ(heading.feedback.first().expected.textValue(), s("郵便番号ZQX"));
    EXPECT_FALSE(heading.passed);
    EXPECT_DOUBLE_EQ(heading.score, 1.0);
    EXPECT_EQ(heading.summary, QStringLiteral("1 heading(s) differ"));

    TableCompareOptions names;
    names.compareColumnNames = false;
    EXPECT_TRUE(TableChecker::compare(learner, target, names).passed);
}

TEST(TableChecker, DateCellEqualsIsoText)
{
    EXPECT_TRUE(TableChecker::sameValue(Cell::date(QDate(2021, 4, 1)), t("2021-04-01"), 0));
    EXPECT_TRUE(TableChecker::sameValue(t("2021-04-01"), Cell::date(QDate(2021, 4, 1)), 0));
    EXPECT_TRUE(TableChecker::sameValue(Cell::dateTime(QDate(2021, 4, 1), QTime(9, 30)),
                                        t("2021-04-01T09:30:00"), 0));
    EXPECT_FALSE(TableChecker::sameValue(Cell::date(QDate(2021, 4, 1)), t("2021/04/01"), 0));
    EXPECT_FALSE(TableChecker::sameValue(Cell::date(QDate(2021, 4, 2)), t("2021-04-01"), 0));

    const Table target = texts({ s("日付") }, { { s("2021-04-01") }, { s("2022-12-31") } });
    const Table learner
        = table({ s("日付") }, { { Cell::date(QDate(2021, 4, 1)) }, { Cell::date(QDate(2022, 12, 31)) } });
    EXPECT_TRUE(TableChecker::compare(learner, target, {}).passed);
}

TEST(TableChecker, NumbersCompareByValue)
{
    EXPECT_TRUE(TableChecker::sameValue(Cell::number(1), t("1.0"), 0));
    EXPECT_TRUE(TableChecker::sameValue(t("1.0"), Cell::number(1), 0));
    EXPECT_TRUE(TableChecker::sameValue(Cell::number(1), t("1"), 0));
    EXPECT_TRUE(TableChecker::sameValue(t("1"), t("1.0"), 0));
    EXPECT_TRUE(TableChecker::sameValue(Cell::number(0.1 + 0.2), t("0.3"), 0));
    EXPECT_FALSE(TableChecker::sameValue(Cell::number(1), t("01"), 0));
    EXPECT_FALSE(TableChecker::sameValue(t("1,000"), Cell::number(1000), 0));
    EXPECT_FALSE(TableChecker::sameValue(Cell::number(1.01), Cell::number(1), 0));
    EXPECT_TRUE(TableChecker::sameValue(Cell::boolean(true), t("TRUE"), 0));
    EXPECT_TRUE(TableChecker::sameValue(Cell::time(9 * 3600000 + 30 * 60000), t("9:30:00"), 0));
}

TEST(TableChecker, ToleranceAcceptsSmallNumberDifferences)
{
    const Table target = texts({ s("率") }, { { s("0.333") }, { s("12") } });
    const Table learner = table({ s("率") }, { { Cell::number(1.0 / 3.0) }, { Cell::number(12.2) } });
    const CheckResult exact = TableChecker::compare(learner, target, {});
    EXPECT_EQ(exact.wrongCells, 2);
    EXPECT_DOUBLE_EQ(exact.score, 0.0);

    TableCompareOptions options;
    options.numberTolerance = 0.001;
    const CheckResult close = TableChecker::compare(learner, target, options);
    EXPECT_EQ(close.wrongCells, 1);
    ASSERT_EQ(close.feedback.size(), 1);
    EXPECT_EQ(close.feedback.first().row, 1);
    EXPECT_DOUBLE_EQ(close.score, 0.5);

    options.numberTolerance = 0.5;
    EXPECT_TRUE(TableChecker::compare(learner, target, options).passed);
}

TEST(TableChecker, ColumnsByPositionByDefault)
{
    const Table target
        = texts({ s("氏名"), s("区") }, { { s("山田"), s("東区") }, { s("佐藤"), s("西区") } });
    const Table swapped
        = texts({ s("区"), s("氏名") }, { { s("東区"), s("山田") }, { s("西区"), s("佐藤") } });
    const CheckResult byPosition = TableChecker::compare(swapped, target, {});
    EXPECT_FALSE(byPosition.passed);
    EXPECT_EQ(byPosition.wrongCells, 4);
    EXPECT_DOUBLE_EQ(byPosition.score, 0.0);

    TableCompareOptions options;
    options.ignoreColumnOrder = true;
    const CheckResult byName = TableChecker::compare(swapped, target, options);
    EXPECT_TRUE(byName.passed) << byName.summary.toStdString();
    EXPECT_DOUBLE_EQ(byName.score, 1.0);
}

TEST(TableChecker, IgnoreColumnOrderReportsMissingAndExtraColumns)
{
    const Table target
        = texts({ s("氏名"), s("区"), s("電話") },
                { { s("山田"), s("東区"), s("03-1111-2222") }, { s("佐藤"), s("西区"), s("03-3333-4444") } });
    const Table learner
        = texts({ s("電話"), s("メモ"), s("氏名") },
                { { s("03-1111-2222"), s("x"), s("山田") }, { s("03-3333-4445"), s("y"), s("佐藤") } });
    TableCompareOptions options;
    options.ignoreColumnOrder = true;
    const CheckResult result = TableChecker::compare(learner, target, options);
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.wrongCells, 1);
    ASSERT_EQ(result.feedback.size(), 3);
    // Columns first (the heading row), then the cell.
    EXPECT_EQ(result.feedback[0].target, CheckFeedback::Target::Column);
    EXPECT_EQ(result.feedback[0].column, -1);
    EXPECT_EQ(result.feedback[0].columnName, s("区"));
    EXPECT_EQ(result.feedback[0].message,
              QStringLiteral("Column B of the target is missing from the result."));
    EXPECT_EQ(result.feedback[1].target, CheckFeedback::Target::Column);
    EXPECT_EQ(result.feedback[1].column, 1);
    EXPECT_EQ(result.feedback[1].message, QStringLiteral("This column is not in the target."));
    EXPECT_EQ(result.feedback[2].target, CheckFeedback::Target::Cell);
    EXPECT_EQ(result.feedback[2].row, 1);
    EXPECT_EQ(result.feedback[2].column, 0); // the learner's column
    EXPECT_EQ(result.feedback[2].columnName, s("電話"));
    // 3 of 6 target cells right (the missing column's two and the wrong phone are not), and the
    // 2 cells of the column the target does not have count against it.
    EXPECT_DOUBLE_EQ(result.score, 3.0 / (6.0 + 2.0));
    EXPECT_EQ(result.summary,
              QStringLiteral("1 cell(s) left; 1 column(s) missing; 1 column(s) not in the target"));
}

TEST(TableChecker, IgnoreRowOrderWithKeyColumns)
{
    const Table target = texts({ s("番号"), s("氏名"), s("区") },
                               { { s("1"), s("山田"), s("東区") },
                                 { s("2"), s("佐藤"), s("西区") },
                                 { s("3"), s("鈴木"), s("南区") } });
    const Table shuffled = texts({ s("番号"), s("氏名"), s("区") },
                                 { { s("3"), s("鈴木"), s("南区") },
                                   { s("1"), s("山田"), s("東区") },
                                   { s("2"), s("佐藤"), s("北区") } });
    TableCompareOptions options;
    options.ignoreRowOrder = true;
    options.keyColumns = { s("番号") };
    const CheckResult result = TableChecker::compare(shuffled, target, options);
    EXPECT_EQ(result.wrongCells, 1);
    ASSERT_EQ(result.feedback.size(), 1);
    EXPECT_EQ(result.feedback.first().row, 2); // in the learner's table
    EXPECT_EQ(result.feedback.first().column, 2);
    EXPECT_EQ(result.feedback.first().expected.textValue(), s("西区"));
    EXPECT_DOUBLE_EQ(result.score, 8.0 / 9.0);

    // Keys compare by value: the number 1 is the key "1".
    const Table typed = table({ s("番号"), s("氏名"), s("区") },
                              { { Cell::number(2), t("佐藤"), t("西区") },
                                { Cell::number(1), t("山田"), t("東区") },
                                { Cell::number(3), t("鈴木"), t("南区") } });
    EXPECT_TRUE(TableChecker::compare(typed, target, options).passed);

    // Without ignoreRowOrder the same rows are wrong in place.
    EXPECT_GT(TableChecker::compare(typed, target, {}).wrongCells, 3);
}

TEST(TableChecker, KeysMissingUnknownAndDuplicate)
{
    const Table target = texts({ s("番号"), s("氏名") },
                               { { s("1"), s("山田") }, { s("2"), s("佐藤") }, { s("3"), s("鈴木") } });
    const Table learner = texts(
        { s("番号"), s("氏名") },
        { { s("2"), s("佐藤") }, { s("9"), s("高橋") }, { s("2"), s("佐藤") }, { s("1"), s("山田") } });
    TableCompareOptions options;
    options.ignoreRowOrder = true;
    options.keyColumns = { s("番号") };
    const CheckResult result = TableChecker::compare(learner, target, options);
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.wrongCells, 0);
    ASSERT_EQ(result.feedback.size(), 3);
    EXPECT_EQ(result.feedback[0].target, CheckFeedback::Target::Row);
    EXPECT_EQ(result.feedback[0].row, 1);
    EXPECT_EQ(result.feedback[0].message, QStringLiteral("The target has no row with the key of this row."));
    EXPECT_EQ(result.feedback[1].target, CheckFeedback::Target::Row);
    EXPECT_EQ(result.feedback[1].row, 2);
    EXPECT_EQ(result.feedback[1].message, QStringLiteral("This row repeats the key of an earlier row."));
    EXPECT_EQ(result.feedback[2].target, CheckFeedback::Target::General);
    EXPECT_EQ(result.feedback[2].message,
              QStringLiteral("1 row(s) of the target are missing from the result."));
    // 4 of 6 target cells right, and the 2 rows of 2 cells the target does not have count against it.
    EXPECT_DOUBLE_EQ(result.score, 4.0 / (6.0 + 4.0));
    EXPECT_EQ(result.summary, QStringLiteral("1 row(s) missing; 2 row(s) not in the target"));
}

TEST(TableChecker, IgnoreRowOrderWithoutKeysIsAMultiset)
{
    const Table target = texts({ s("区"), s("件数") },
                               { { s("東区"), s("3") }, { s("東区"), s("3") }, { s("西区"), s("5") } });
    TableCompareOptions options;
    options.ignoreRowOrder = true;

    const Table shuffled
        = table({ s("区"), s("件数") },
                { { t("西区"), Cell::number(5) }, { t("東区"), Cell::number(3) }, { t("東区"), t("3") } });
    EXPECT_TRUE(TableChecker::compare(shuffled, target, options).passed);

    // One 東区 too few and a row the target does not have: counted like a multiset.
    const Table wrong = texts({ s("区"), s("件数") },
                              { { s("西区"), s("5") }, { s("東区"), s("3") }, { s("西区"), s("5") } });
    const CheckResult result = TableChecker::compare(wrong, target, options);
    EXPECT_FALSE(result.passed);
    ASSERT_EQ(result.feedback.size(), 2);
    EXPECT_EQ(result.feedback[0].target, CheckFeedback::Target::Row);
    EXPECT_EQ(result.feedback[0].row, 2);
    EXPECT_EQ(result.feedback[0].message, QStringLiteral("This row does not match any row of the target."));
    EXPECT_EQ(result.feedback[1].target, CheckFeedback::Target::General);
    EXPECT_DOUBLE_EQ(result.score, 4.0 / (6.0 + 2.0)); // the surplus row's 2 cells count against it

    // Within the tolerance, whole rows still match.
    const Table close
        = table({ s("区"), s("件数") },
                { { t("西区"), Cell::number(5.01) }, { t("東区"), Cell::number(3) }, { t("東区"), t("3") } });
    EXPECT_FALSE(TableChecker::compare(close, target, options).passed);
    options.numberTolerance = 0.05;
    EXPECT_TRUE(TableChecker::compare(close, target, options).passed);
}

TEST(TableChecker, MissingKeyColumnFallsBackToWholeRows)
{
    const Table target = texts({ s("番号"), s("氏名") }, { { s("1"), s("山田") }, { s("2"), s("佐藤") } });
    const Table learner = texts({ s("氏名") }, { { s("佐藤") }, { s("山田") } });
    TableCompareOptions options;
    options.ignoreRowOrder = true;
    options.ignoreColumnOrder = true;
    options.keyColumns = { s("番号") };
    const CheckResult result = TableChecker::compare(learner, target, options);
    EXPECT_FALSE(result.passed);
    EXPECT_EQ(result.wrongCells, 0);
    ASSERT_FALSE(result.feedback.isEmpty());
    EXPECT_EQ(result.feedback.first().target, CheckFeedback::Target::Column);
    EXPECT_EQ(result.feedback.first().columnName, s("番号"));
    EXPECT_DOUBLE_EQ(result.score, 0.5);
}

TEST(TableChecker, ShapeDifferences)
{
    const Table target
        = texts({ s("a"), s("b") }, { { s("1"), s("2") }, { s("3"), s("4") }, { s("5"), s("6") } });

    const Table fewer = texts({ s("a"), s("b") }, { { s("1"), s("2") } });
    const CheckResult missing = TableChecker::compare(fewer, target, {});
    EXPECT_FALSE(missing.passed);
    EXPECT_EQ(missing.wrongCells, 0);
    EXPECT_DOUBLE_EQ(missing.score, 2.0 / 6.0);
    EXPECT_EQ(missing.summary, QStringLiteral("2 row(s) missing"));
    ASSERT_EQ(missing.feedback.size(), 1);
    EXPECT_EQ(missing.feedback.first().target, CheckFeedback::Target::General);

    const Table more = texts({ s("a"), s("b"), s("c") },
                             { { s("1"), s("2"), s("x") },
                               { s("3"), s("4"), s("x") },
                               { s("5"), s("6"), s("x") },
                               { s("7"), s("8"), s("x") } });
    const CheckResult extra = TableChecker::compare(more, target, {});
    EXPECT_FALSE(extra.passed);
    // Every target cell is right, yet it does not pass, and what the target does not have (the
    // fourth row's 3 cells, and the extra column beside the 3 target rows) lowers the score.
    EXPECT_DOUBLE_EQ(extra.score, 6.0 / (6.0 + 3.0 + 3.0));
    ASSERT_EQ(extra.feedback.size(), 2);
    EXPECT_EQ(extra.feedback[0].target, CheckFeedback::Target::Column);
    EXPECT_EQ(extra.feedback[0].column, 2);
    EXPECT_EQ(extra.feedback[1].target, CheckFeedback::Target::Row);
    EXPECT_EQ(extra.feedback[1].row, 3);
    EXPECT_EQ(extra.feedback[1].message, QStringLiteral("This row is not in the target."));
    EXPECT_EQ(extra.summary, QStringLiteral("1 row(s) not in the target; 1 column(s) not in the target"));

    // A completely different shape: nothing of the target is there.
    const CheckResult nothing = TableChecker::compare(Table(), target, {});
    EXPECT_FALSE(nothing.passed);
    EXPECT_DOUBLE_EQ(nothing.score, 0.0);
    const Table other = texts({ s("x") }, { { s("9") } });
    TableCompareOptions byName;
    byName.ignoreColumnOrder = true;
    const CheckResult different = TableChecker::compare(other, target, byName);
    EXPECT_FALSE(different.passed);
    EXPECT_DOUBLE_EQ(different.score, 0.0);
}

TEST(TableChecker, FeedbackIsCappedWhileWrongCellsCountsAll)
{
    QList<QStringList> expectedRows;
    QList<QStringList> actualRows;
    const int rows = CheckResult::MaxFeedback + 120;
    for (int i = 0; i < rows; ++i) {
        expectedRows << QStringList { QString::number(i), QStringLiteral("ok") };
        actualRows << QStringList { QString::number(i + 1), QStringLiteral("ok") };
    }
    const CheckResult result = TableChecker::compare(texts({ s("n"), s("m") }, actualRows),
                                                     texts({ s("n"), s("m") }, expectedRows), {});
    EXPECT_EQ(result.wrongCells, rows);
    EXPECT_EQ(result.feedback.size(), CheckResult::MaxFeedback);
    // Reading order: the first rows come first.
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(result.feedback[i].row, i);
    EXPECT_EQ(result.feedback.last().row, CheckResult::MaxFeedback - 1);
    EXPECT_EQ(result.summary, QStringLiteral("%1 cell(s) left").arg(rows));
    EXPECT_DOUBLE_EQ(result.score, 0.5);
}

TEST(TableChecker, FeedbackFollowsReadingOrder)
{
    const Table target = texts({ s("a"), s("b") }, { { s("1"), s("2") }, { s("3"), s("4") } });
    const Table learner = texts({ s("a"), s("b") }, { { s("1"), s("x") }, { s("y"), s("z") } });
    const CheckResult result = TableChecker::compare(learner, target, {});
    ASSERT_EQ(result.feedback.size(), 3);
    EXPECT_EQ(std::make_pair(result.feedback[0].row, result.feedback[0].column),
              std::make_pair(qsizetype(0), 1));
    EXPECT_EQ(std::make_pair(result.feedback[1].row, result.feedback[1].column),
              std::make_pair(qsizetype(1), 0));
    EXPECT_EQ(std::make_pair(result.feedback[2].row, result.feedback[2].column),
              std::make_pair(qsizetype(1), 1));
    EXPECT_DOUBLE_EQ(result.score, 0.25);
}
