#include "lessons/TableChecker.h"

#include "normalize/DateNormalizer.h"
#include "normalize/NumberNormalizer.h"
#include "normalize/PhoneNormalizer.h"
#include "normalize/PostalCodeNormalizer.h"
#include "normalize/TextNormalizer.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cfloat>
#include <climits>
#include <cmath>
#include <optional>
#include <vector>

namespace tenarai {

namespace {

// Leftover rows compared pairwise (tolerance and whole-row matching) only up to this many
// row pairs, so that a huge wrong table cannot take minutes to check.
constexpr qint64 MaxPairwiseRows = 1000000;

bool isBlank(const Cell &cell)
{
    return cell.isEmpty() || (cell.kind() == Cell::Kind::Text && cell.textValue().isEmpty());
}

// A number as a CSV writes it: "12", "-3.5", "1e+20". Leading zeros ("0123") are not a
// number here: codes and postal codes keep them, and losing them is a mistake to report.
std::optional<double> plainNumber(const QString &text)
{
    static const QRegularExpression plain(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    if (text.isEmpty() || text.size() > 64 || !plain.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> numberOf(const Cell &cell)
{
    if (cell.kind() == Cell::Kind::Number)
        return cell.numberValue();
    if (cell.kind() == Cell::Kind::Text)
        return plainNumber(cell.textValue());
    return std::nullopt;
}

std::optional<QDate> dateOf(const Cell &cell)
{
    if (cell.kind() == Cell::Kind::Date)
        return cell.dateValue();
    // Qt's ISO parser also takes other separators; the canonical form has hyphens only.
    const QString &text = cell.textValue();
    if (cell.kind() == Cell::Kind::Text && text.size() == 10 && text.at(4) == QLatin1Char('-')
        && text.at(7) == QLatin1Char('-')) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

std::optional<QDateTime> dateTimeOf(const Cell &cell)
{
    if (cell.kind() == Cell::Kind::DateTime)
        return cell.dateTimeValue();
    const QString &text = cell.textValue();
    if (cell.kind() == Cell::Kind::Text && text.size() >= 19 && text.size() <= 23
        && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')
        && text.at(10) == QLatin1Char('T')) {
        const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
        // Naive, as Cell keeps it: only the wall-clock date and time count.
        if (dateTime.isValid())
            return Cell::dateTime(dateTime.date(), dateTime.time()).dateTimeValue();
    }
    return std::nullopt;
}

std::optional<bool> booleanOf(const Cell &cell)
{
    if (cell.kind() == Cell::Kind::Boolean)
        return cell.booleanValue();
    if (cell.kind() == Cell::Kind::Text) {
        if (cell.textValue().compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0)
            return true;
        if (cell.textValue().compare(QLatin1String("FALSE"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

bool sameNumber(double a, double b, double tolerance)
{
    // Besides the author's tolerance, the last bits of a double: 0.1 + 0.2 is the 0.3 of a target.
    const double slack = 4 * DBL_EPSILON * std::max(std::fabs(a), std::fabs(b));
    return std::fabs(a - b) <= std::max(tolerance, slack);
}

// One form per value under sameValue (without the tolerance), for hashing keys and whole rows.
QString canonical(const Cell &cell)
{
    if (isBlank(cell))
        return QStringLiteral("e");
    if (const auto number = numberOf(cell))
        return QStringLiteral("n") + QString::number(*number == 0 ? 0.0 : *number, 'g', 17);
    if (const auto date = dateOf(cell))
        return QStringLiteral("d") + date->toString(Qt::ISODate);
    if (const auto dateTime = dateTimeOf(cell))
        return QStringLiteral("t") + QString::number(dateTime->toMSecsSinceEpoch());
    if (const auto boolean = booleanOf(cell))
        return *boolean ? QStringLiteral("b1") : QStringLiteral("b0");
    return QStringLiteral("s") + cell.toString();
}

QString canonicalKey(const Table &table, qsizetype row, const QList<int> &columns)
{
    QString key;
    for (int column : columns) {
        const QString part = column >= 0 ? canonical(table.cell(row, column)) : QStringLiteral("e");
        // Length-prefixed, so that no value can fake a separator.
        key += QString::number(part.size()) + QLatin1Char(':') + part;
    }
    return key;
}

QString widthFolded(const QString &text)
{
    TextNormalizer::Options options;
    options.trim = false;
    options.collapseSpaces = false;
    options.removeInvisible = false;
    options.waveDash = TextNormalizer::WaveDash::Keep;
    return TextNormalizer::normalize(text, options);
}

struct ColumnPair
{
    int expected = -1;
    int actual = -1;
};

// Feedback is gathered in reading order and capped as it comes; counts go on beyond the cap.
void addFeedback(CheckResult *result, CheckFeedback feedback)
{
    if (result->feedback.size() < CheckResult::MaxFeedback)
        result->feedback.append(std::move(feedback));
}

int countForText(qsizetype count)
{
    return int(std::min<qsizetype>(count, INT_MAX));
}

} // namespace

bool TableChecker::sameValue(const Cell &actual, const Cell &expected, double numberTolerance)
{
    const bool actualBlank = isBlank(actual);
    const bool expectedBlank = isBlank(expected);
    if (actualBlank || expectedBlank)
        return actualBlank && expectedBlank;
    if (actual.kind() == Cell::Kind::Text && expected.kind() == Cell::Kind::Text
        && actual.textValue() == expected.textValue())
        return true;
    if (const auto e = numberOf(expected)) {
        const auto a = numberOf(actual);
        return a && sameNumber(*a, *e, numberTolerance);
    }
    if (const auto e = dateOf(expected)) {
        const auto a = dateOf(actual);
        return a && *a == *e;
    }
    if (const auto e = dateTimeOf(expected)) {
        const auto a = dateTimeOf(actual);
        return a && *a == *e;
    }
    if (const auto e = booleanOf(expected)) {
        const auto a = booleanOf(actual);
        return a && *a == *e;
    }
    if (actual.kind() == expected.kind())
        return actual == expected;
    // Times, errors and text: as they are written ("9:30:00" is the time 9:30).
    return actual.toString() == expected.toString();
}

namespace {

// The most specific general reason why actual is not expected. Never names expected's value:
// the learner sees it only through a hint they choose to open.
QString cellMessage(const Cell &actual, const Cell &expected, double tolerance)
{
    if (isBlank(expected)) {
        if (actual.kind() == Cell::Kind::Text && actual.textValue().trimmed().isEmpty())
            return TableChecker::tr("This cell has extra spaces.");
        return TableChecker::tr("This cell should be empty.");
    }
    if (isBlank(actual))
        return TableChecker::tr("This cell should not be empty.");

    const auto expectedNumber = numberOf(expected);
    const auto expectedDate = dateOf(expected);
    const auto expectedDateTime = dateTimeOf(expected);

    auto numberMessage = [&](const QString &text) -> std::optional<QString> {
        if (!expectedNumber)
            return std::nullopt;
        const Result<double> parsed = NumberNormalizer::toDecimal(text);
        if (!parsed)
            return std::nullopt;
        if (sameNumber(parsed.value(), *expectedNumber, tolerance))
            return TableChecker::tr("This number is stored as text.");
        return TableChecker::tr("This is a different number.");
    };
    auto dateMessage = [&](const DateNormalizer::Value &value) {
        const QDate wanted = expectedDate ? *expectedDate : expectedDateTime->date();
        if (value.date == wanted)
            return TableChecker::tr("The date is written in a different form.");
        return TableChecker::tr("This is a different date.");
    };

    if (actual.kind() == Cell::Kind::Text) {
        const QString text = actual.textValue();
        // A number target wants a number first: "１２３" there is a number kept as text.
        if (expected.kind() == Cell::Kind::Number) {
            if (const auto message = numberMessage(text))
                return *message;
        }
        // The same words with other spaces: names keep a full-width space inside (石川　大輔), so
        // both sides are folded alike before comparing.
        if (expected.kind() == Cell::Kind::Text
            && TextNormalizer::trimAndCollapse(text) == TextNormalizer::trimAndCollapse(expected.textValue())) {
            const auto spaces = [](const QString &value) {
                return std::count_if(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); });
            };
            if (spaces(text) > spaces(expected.textValue()))
                return TableChecker::tr("This cell has extra spaces.");
            return TableChecker::tr("Full-width and half-width characters differ from what is expected.");
        }
        const QString collapsed = TextNormalizer::trimAndCollapse(text);
        if (collapsed != text && TableChecker::sameValue(Cell::text(collapsed), expected, tolerance)) {
            // Same length means only the kind of space differs (U+3000 for ' '): a width matter.
            if (collapsed.size() < text.size())
                return TableChecker::tr("This cell has extra spaces.");
            return TableChecker::tr("Full-width and half-width characters differ from what is expected.");
        }
        const QString folded = widthFolded(text);
        if ((folded != text && TableChecker::sameValue(Cell::text(folded), expected, tolerance))
            || (expected.kind() == Cell::Kind::Text && folded == widthFolded(expected.textValue())))
            return TableChecker::tr("Full-width and half-width characters differ from what is expected.");
        if (TableChecker::sameValue(Cell::text(TextNormalizer::normalize(text)), expected, tolerance))
            return TableChecker::tr("This cell has extra spaces.");
        // The same phone number or postal code in another layout (（0263）55-0101, 〒390-0811,
        // 3900811): said as such, asked of the normalisers only when the target looks like one.
        if (expected.kind() == Cell::Kind::Text) {
            const QString want = expected.textValue();
            static const QRegularExpression postalShape(QStringLiteral("^\\d{3}-\\d{4}$"));
            static const QRegularExpression phoneShape(QStringLiteral("^(\\+|0)[\\d-]{8,15}$"));
            if (postalShape.match(want).hasMatch()) {
                const Result<QString> postal = PostalCodeNormalizer::normalize(text);
                if (postal && postal.value() == want)
                    return TableChecker::tr("The postal code is written in a different form.");
            } else if (phoneShape.match(want).hasMatch() && want.contains(u'-')) {
                const Result<QString> phone = PhoneNormalizer::normalize(text);
                if (phone && phone.value() == want)
                    return TableChecker::tr("The phone number is written in a different form.");
            }
        }
        if (expectedDate || expectedDateTime) {
            if (const Result<DateNormalizer::Value> parsed = DateNormalizer::parse(text))
                return dateMessage(parsed.value());
        }
        if (const auto message = numberMessage(text))
            return *message;
        return TableChecker::tr("This value is different.");
    }

    if (expectedNumber && numberOf(actual))
        return TableChecker::tr("This is a different number.");
    if ((expectedDate || expectedDateTime)
        && (actual.kind() == Cell::Kind::Number || actual.kind() == Cell::Kind::Date
            || actual.kind() == Cell::Kind::DateTime)) {
        if (const Result<DateNormalizer::Value> value = DateNormalizer::fromCell(actual))
            return dateMessage(value.value());
    }
    return TableChecker::tr("This value is different.");
}

QString joined(const QStringList &parts)
{
    QString line;
    for (const QString &part : parts)
        line = line.isEmpty()
            ? part
            : TableChecker::tr("%1; %2", "joins two parts of a summary line").arg(line, part);
    return line;
}

} // namespace

CheckResult TableChecker::compare(const Table &actual, const Table &expected,
                                  const TableCompareOptions &options)
{
    CheckResult result;
    result.result = actual;
    const double tolerance = std::max(0.0, options.numberTolerance);

    // Columns: pairs, then what is left over on either side.
    QList<ColumnPair> pairs;
    QList<int> missingColumns; // expected indexes
    QList<int> extraColumns; // actual indexes
    std::vector<int> actualOf(size_t(std::max(0, expected.columnCount())), -1);
    {
        std::vector<bool> used(size_t(std::max(0, actual.columnCount())), false);
        for (int e = 0; e < expected.columnCount(); ++e) {
            int match = -1;
            if (options.ignoreColumnOrder && !expected.columnName(e).isEmpty()) {
                for (int a = 0; a < actual.columnCount(); ++a) {
                    if (!used[size_t(a)] && actual.columnName(a) == expected.columnName(e)) {
                        match = a;
                        break;
                    }
                }
            } else if (e < actual.columnCount() && !used[size_t(e)]) {
                match = e;
            }
            if (match < 0) {
                missingColumns << e;
                continue;
            }
            used[size_t(match)] = true;
            actualOf[size_t(e)] = match;
            pairs.append({ e, match });
        }
        for (int a = 0; a < actual.columnCount(); ++a) {
            if (!used[size_t(a)])
                extraColumns << a;
        }
    }

    // Column feedback first: it belongs to the heading row, above every cell.
    qsizetype headingDifferences = 0;
    for (int e : std::as_const(missingColumns)) {
        CheckFeedback feedback;
        feedback.target = CheckFeedback::Target::Column;
        feedback.columnName = expected.columnName(e);
        feedback.message
            = tr("Column %1 of the target is missing from the result.").arg(Table::columnLetters(e));
        addFeedback(&result, feedback);
    }
    if (options.compareColumnNames) {
        for (const ColumnPair &pair : std::as_const(pairs)) {
            if (actual.columnName(pair.actual) == expected.columnName(pair.expected))
                continue;
            ++headingDifferences;
            CheckFeedback feedback;
            feedback.target = CheckFeedback::Target::Column;
            feedback.column = pair.actual;
            // The learner's own heading names the column; the target's travels as the hint.
            feedback.columnName = actual.columnName(pair.actual);
            feedback.expected = Cell::text(expected.columnName(pair.expected));
            feedback.actual = Cell::text(actual.columnName(pair.actual));
            feedback.message = tr("The heading of this column differs from the target.");
            addFeedback(&result, feedback);
        }
    }
    for (int a : std::as_const(extraColumns)) {
        CheckFeedback feedback;
        feedback.target = CheckFeedback::Target::Column;
        feedback.column = a;
        feedback.columnName = actual.columnName(a);
        feedback.message = tr("This column is not in the target.");
        addFeedback(&result, feedback);
    }

    // Rows: for each row of actual, the row of expected it is compared with (-1: none), and why not.
    enum class Unmatched : quint8 { None, Extra, UnknownKey, DuplicateKey, NoMatch };
    const qsizetype actualRows = actual.rowCount();
    const qsizetype expectedRows = expected.rowCount();
    std::vector<qsizetype> expectedOf(size_t(actualRows), -1);
    std::vector<Unmatched> why(size_t(actualRows), Unmatched::None);
    std::vector<bool> expectedMatched(size_t(expectedRows), false);

    QList<int> expectedKeyColumns;
    QList<int> actualKeyColumns;
    bool keysUsable = options.ignoreRowOrder && !options.keyColumns.isEmpty();
    if (keysUsable) {
        for (const QString &name : options.keyColumns) {
            const int e = int(expected.columnNames().indexOf(name));
            if (e < 0 || actualOf[size_t(e)] < 0) {
                // A key the result lacks (reported as a missing column): whole rows still match.
                keysUsable = false;
                break;
            }
            expectedKeyColumns << e;
            actualKeyColumns << actualOf[size_t(e)];
        }
    }

    if (!options.ignoreRowOrder) {
        for (qsizetype r = 0; r < actualRows; ++r) {
            if (r < expectedRows) {
                expectedOf[size_t(r)] = r;
                expectedMatched[size_t(r)] = true;
            } else {
                why[size_t(r)] = Unmatched::Extra;
            }
        }
    } else if (keysUsable) {
        // Rows of the target by key, taken in order so that a key the target repeats pairs up too.
        QHash<QString, QList<qsizetype>> byKey;
        for (qsizetype r = 0; r < expectedRows; ++r)
            byKey[canonicalKey(expected, r, expectedKeyColumns)].append(r);
        QHash<QString, qsizetype> taken;
        for (qsizetype r = 0; r < actualRows; ++r) {
            const QString key = canonicalKey(actual, r, actualKeyColumns);
            const auto rows = byKey.constFind(key);
            if (rows == byKey.cend()) {
                why[size_t(r)] = Unmatched::UnknownKey;
                continue;
            }
            qsizetype &next = taken[key];
            if (next >= rows->size()) {
                why[size_t(r)] = Unmatched::DuplicateKey;
                continue;
            }
            expectedOf[size_t(r)] = rows->at(next);
            expectedMatched[size_t(rows->at(next))] = true;
            ++next;
        }
    } else {
        // A multiset of whole rows over the paired columns.
        QList<int> expectedColumns;
        QList<int> actualColumns;
        for (const ColumnPair &pair : std::as_const(pairs)) {
            expectedColumns << pair.expected;
            actualColumns << pair.actual;
        }
        QHash<QString, QList<qsizetype>> byRow;
        for (qsizetype r = 0; r < expectedRows; ++r)
            byRow[canonicalKey(expected, r, expectedColumns)].append(r);
        QHash<QString, qsizetype> taken;
        std::vector<qsizetype> leftActual;
        for (qsizetype r = 0; r < actualRows; ++r) {
            const QString key = canonicalKey(actual, r, actualColumns);
            const auto rows = byRow.constFind(key);
            qsizetype &next = taken[key];
            if (rows == byRow.cend() || next >= rows->size()) {
                leftActual.push_back(r);
                continue;
            }
            expectedOf[size_t(r)] = rows->at(next);
            expectedMatched[size_t(rows->at(next))] = true;
            ++next;
        }
        // Within the tolerance, numbers that hash differently may still be the same.
        std::vector<qsizetype> leftExpected;
        for (qsizetype r = 0; r < expectedRows; ++r) {
            if (!expectedMatched[size_t(r)])
                leftExpected.push_back(r);
        }
        const bool pairwise = tolerance > 0 && !leftActual.empty() && !leftExpected.empty()
            && qint64(leftActual.size()) * qint64(leftExpected.size()) <= MaxPairwiseRows;
        for (qsizetype r : leftActual) {
            if (pairwise) {
                for (qsizetype e : leftExpected) {
                    if (expectedMatched[size_t(e)])
                        continue;
                    bool same = true;
                    for (const ColumnPair &pair : std::as_const(pairs)) {
                        if (!sameValue(actual.cell(r, pair.actual), expected.cell(e, pair.expected),
                                       tolerance)) {
                            same = false;
                            break;
                        }
                    }
                    if (same) {
                        expectedOf[size_t(r)] = e;
                        expectedMatched[size_t(e)] = true;
                        break;
                    }
                }
            }
            if (expectedOf[size_t(r)] < 0)
                why[size_t(r)] = Unmatched::NoMatch;
        }
    }

    // Cells and rows in the learner's reading order: left to right in the learner's columns.
    QList<ColumnPair> readingPairs = pairs;
    std::sort(readingPairs.begin(), readingPairs.end(),
              [](const ColumnPair &a, const ColumnPair &b) { return a.actual < b.actual; });
    qsizetype rightCells = 0;
    qsizetype rowsNotInTarget = 0;
    for (qsizetype r = 0; r < actualRows; ++r) {
        const qsizetype e = expectedOf[size_t(r)];
        if (e < 0) {
            ++rowsNotInTarget;
            CheckFeedback feedback;
            feedback.target = CheckFeedback::Target::Row;
            feedback.row = r;
            switch (why[size_t(r)]) {
            case Unmatched::UnknownKey:
                feedback.message = tr("The target has no row with the key of this row.");
                break;
            case Unmatched::DuplicateKey:
                feedback.message = tr("This row repeats the key of an earlier row.");
                break;
            case Unmatched::NoMatch:
                feedback.message = tr("This row does not match any row of the target.");
                break;
            case Unmatched::Extra:
            case Unmatched::None:
                feedback.message = tr("This row is not in the target.");
                break;
            }
            addFeedback(&result, feedback);
            continue;
        }
        for (const ColumnPair &pair : std::as_const(readingPairs)) {
            const Cell a = actual.cell(r, pair.actual);
            const Cell x = expected.cell(e, pair.expected);
            if (sameValue(a, x, tolerance)) {
                ++rightCells;
                continue;
            }
            ++result.wrongCells;
            if (result.feedback.size() >= CheckResult::MaxFeedback)
                continue; // counted; the message is not needed
            CheckFeedback feedback;
            feedback.target = CheckFeedback::Target::Cell;
            feedback.row = r;
            feedback.column = pair.actual;
            feedback.columnName = expected.columnName(pair.expected);
            feedback.expected = x;
            feedback.actual = a;
            feedback.message = cellMessage(a, x, tolerance);
            addFeedback(&result, feedback);
        }
    }

    const qsizetype missingRows = std::count(expectedMatched.begin(), expectedMatched.end(), false);
    if (missingRows > 0) {
        CheckFeedback feedback;
        feedback.target = CheckFeedback::Target::General;
        feedback.message
            = tr("%n row(s) of the target are missing from the result.", nullptr, countForText(missingRows));
        addFeedback(&result, feedback);
    }

    // Rows and columns the target does not have count against the score too: a result with the
    // duplicates still in it is not "100 %".
    const qsizetype targetCells = expectedRows * expected.columnCount();
    const qsizetype surplusCells = rowsNotInTarget * std::max(expected.columnCount(), actual.columnCount())
        + qsizetype(extraColumns.size()) * expectedRows;
    if (targetCells > 0)
        result.score = double(rightCells) / double(targetCells + surplusCells);
    else
        result.score = actual.isEmpty() && extraColumns.isEmpty() ? 1.0 : 0.0;

    result.passed = result.wrongCells == 0 && missingRows == 0 && rowsNotInTarget == 0
        && missingColumns.isEmpty() && extraColumns.isEmpty() && headingDifferences == 0;
    if (result.passed) {
        result.summary = tr("The table matches the target.");
    } else {
        QStringList parts;
        if (result.wrongCells > 0)
            parts << tr("%n cell(s) left", nullptr, countForText(result.wrongCells));
        if (missingRows > 0)
            parts << tr("%n row(s) missing", nullptr, countForText(missingRows));
        if (rowsNotInTarget > 0)
            parts << tr("%n row(s) not in the target", nullptr, countForText(rowsNotInTarget));
        if (!missingColumns.isEmpty())
            parts << tr("%n column(s) missing", nullptr, int(missingColumns.size()));
        if (!extraColumns.isEmpty())
            parts << tr("%n column(s) not in the target", nullptr, int(extraColumns.size()));
        if (headingDifferences > 0)
            parts << tr("%n heading(s) differ", nullptr, countForText(headingDifferences));
        result.summary = joined(parts);
    }
    return result;
}

} // namespace tenarai
