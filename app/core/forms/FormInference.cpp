#include "forms/FormInference.h"

#include "cleaning/BlankCell.h"
#include "normalize/DateNormalizer.h"
#include "normalize/NumberNormalizer.h"
#include "normalize/PhoneNormalizer.h"
#include "normalize/PostalCodeNormalizer.h"
#include "normalize/TextNormalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace tenarai {

namespace {

// A title block and a header sit near the top; a sheet whose first 50 rows hold no header has
// none worth guessing.
constexpr qsizetype HeaderSearchRows = 50;
// Headings and choices are short; a cell longer than this is a sentence (a title, a note).
constexpr int ShortTextChars = 40;
// Answers this long want a text area rather than one line.
constexpr int LongTextChars = 60;

// One column of the header as read: what the label is made of, before labels are made unique.
struct HeaderColumn
{
    int column = 0;
    QString group;      // the merged group heading above, for two-row headers
    QString sub;        // the column's own heading (cleaned)
    QString help;       // text after a ※ in the heading
    bool marked = false; // ※ or （必須） in the heading
};

// What a heading says besides its words: a required mark, and a ※ note. The label keeps the words.
struct CleanHeading
{
    QString label;
    QString help;
    bool required = false;
};

CleanHeading cleanHeading(const QString &raw)
{
    CleanHeading out;
    QString text = TextNormalizer::trimAndCollapse(raw);
    static const QStringList marks = {
        QStringLiteral("（必須）"), QStringLiteral("(必須)"), QStringLiteral("【必須】"),
        QStringLiteral("［必須］"), QStringLiteral("[必須]"), QStringLiteral("〈必須〉"), QStringLiteral("<必須>"),
    };
    for (const QString &mark : marks) {
        if (text.contains(mark)) {
            text.remove(mark);
            out.required = true;
        }
    }
    // Japanese forms mark required items with ※ (「※印は必須」); words after it are a note to the
    // person filling in, which the form shows as help.
    const qsizetype note = text.indexOf(QChar(0x203B));
    if (note >= 0) {
        out.required = true;
        const QString before = text.left(note).trimmed();
        QString after = text.mid(note + 1);
        after.remove(QChar(0x203B));
        after = after.trimmed();
        if (after == u"必須")
            after.clear();
        if (before.isEmpty()) {
            text = after;
        } else {
            text = before;
            out.help = after;
        }
    }
    while (text.endsWith(QLatin1Char('*')) || text.endsWith(QChar(0xFF0A))) {
        text.chop(1);
        out.required = true;
    }
    out.label = TextNormalizer::trimAndCollapse(text);
    return out;
}

QString cellText(const Cell &cell)
{
    return cell.kind() == Cell::Kind::Text ? cell.textValue().trimmed() : cell.toString();
}

DateNormalizer::Options dateOptions()
{
    DateNormalizer::Options options;
    // A 5-digit text is a code or a count far more often than an Excel serial typed as text.
    options.acceptSerialText = false;
    return options;
}

bool isNumberOrDate(const Cell &cell)
{
    if (cell.kind() != Cell::Kind::Text)
        return cell.kind() != Cell::Kind::Empty;
    const QString text = cell.textValue().trimmed();
    return NumberNormalizer::toDecimal(text).ok() || DateNormalizer::parse(text, dateOptions()).ok();
}

// A cell that could be a column heading: short text that is not a number or a date.
bool isHeading(const Cell &cell)
{
    if (cell.kind() != Cell::Kind::Text)
        return false;
    const QString text = cell.textValue().trimmed();
    return !text.isEmpty() && text.size() <= ShortTextChars && !isNumberOrDate(cell);
}

// Text starting with 0 and another digit is a code (市区町村コード 01100, 000123): reading it as a
// number would drop the zeros.
bool looksLikeCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[0０][0-9０-９]"));
    return code.match(text).hasMatch();
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}

bool isYesNoWord(const QString &text)
{
    static const QSet<QString> words = {
        QStringLiteral("有"),   QStringLiteral("無"),   QStringLiteral("有り"), QStringLiteral("無し"),
        QStringLiteral("あり"), QStringLiteral("なし"), QStringLiteral("はい"), QStringLiteral("いいえ"),
        QStringLiteral("〇"),   QStringLiteral("○"),   QStringLiteral("◯"),   QStringLiteral("×"),
        QStringLiteral("✕"),   QStringLiteral("✖"),   QStringLiteral("yes"),  QStringLiteral("no"),
        QStringLiteral("true"), QStringLiteral("false"),
    };
    return words.contains(TextNormalizer::normalize(text).toLower());
}

// The type a heading's words suggest, or nullopt.
std::optional<FieldType> headingHint(const QString &label)
{
    const QString key = TextNormalizer::normalize(label).toLower();
    auto has = [&key](const char *word) { return key.contains(QString::fromUtf8(word)); };
    if (has("郵便番号") || has("〒") || has("郵便") || has("postal") || has("zip"))
        return FieldType::PostalCode;
    if (has("電話") || has("tel") || has("fax") || has("携帯") || has("phone"))
        return FieldType::Phone;
    if (has("メール") || has("mail"))
        return FieldType::Email;
    if (has("日付") || has("年月日") || key == u"date"
        || (key.endsWith(QChar(0x65E5)) && !key.endsWith(u"曜日") && !key.endsWith(u"休日") && !key.endsWith(u"祝日")))
        return FieldType::Date;
    if (has("備考") || has("意見") || has("自由記述") || has("コメント") || has("感想") || has("note")
        || has("comment"))
        return FieldType::MultilineText;
    return std::nullopt;
}

// A field id from an ASCII heading ("Name" → "name"), or empty for a Japanese one: ids must be
// [A-Za-z0-9_-]+ and a romanisation of Japanese would be a guess.
QString idHintFromLabel(const QString &label)
{
    QString id;
    for (const QChar c : label) {
        if (c.unicode() > 0x7F)
            return QString();
        if (c.isLetterOrNumber())
            id += c.toLower();
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('_')))
            id += QLatin1Char('_');
    }
    while (id.endsWith(QLatin1Char('_')))
        id.chop(1);
    if (id.isEmpty() || !id.front().isLetter())
        return QString();
    return id.left(40);
}

// The separator a Choices column uses: the one most answers contain, ・ last because it also
// joins words (見る・遊ぶ).
QChar listSeparator(const QStringList &values)
{
    // Not the ASCII '/': it splits URLs and dates, not lists.
    static const QList<QChar> strong = {QChar(0x3001), QLatin1Char(','), QChar(0xFF0C), QChar(0xFF0F),
                                        QLatin1Char('\n')};
    QChar best;
    qsizetype bestCount = 1; // at least two answers must be lists
    for (const QChar sep : strong) {
        const qsizetype n = std::count_if(values.begin(), values.end(), [sep](const QString &v) { return v.contains(sep); });
        if (n > bestCount) {
            best = sep;
            bestCount = n;
        }
    }
    if (best.isNull()) {
        const QChar dot(0x30FB);
        if (std::count_if(values.begin(), values.end(), [dot](const QString &v) { return v.contains(dot); }) > 1)
            best = dot;
    }
    return best;
}

QString separatorName(QChar sep)
{
    return sep == QLatin1Char('\n') ? FormInferrer::tr("line breaks") : QStringLiteral("“%1”").arg(sep);
}

// Counts of what the sampled answers of one column can be read as.
struct ColumnStats
{
    qsizetype answers = 0;
    qsizetype blanks = 0;
    qsizetype yesNo = 0, dates = 0, phones = 0, phoneDigits = 0, postals = 0, emails = 0, atSigns = 0;
    qsizetype integers = 0, numbers = 0;
    bool lineBreaks = false;
    int longest = 0;
    QStringList values;          // the answers as text, trimmed, in row order
    QStringList distinct;        // first-seen order
    QStringList yesNoSeen;       // the yes/no words used, first-seen order
};

class Inferrer
{
public:
    Inferrer(const Table &table, const FormInferrer::Options &options, const StepContext &context)
        : m_table(table), m_options(options), m_context(context)
    {
    }

    // Fills m_result.form from the headers and the data rows from firstData on.
    Status build(const QList<HeaderColumn> &headers, qsizetype firstData);
    FormInference m_result;

private:
    ColumnStats scan(int column, std::optional<FieldType> hint) const;
    FormField propose(const HeaderColumn &header, const QString &label) const;

    const Table &m_table;
    const FormInferrer::Options &m_options;
    const StepContext &m_context;
    std::vector<qsizetype> m_rows; // the sampled data rows
};

ColumnStats Inferrer::scan(int column, std::optional<FieldType> hint) const
{
    ColumnStats s;
    const Column &col = m_table.column(column);
    QSet<QString> seen;
    const DateNormalizer::Options dates = dateOptions();
    for (const qsizetype r : m_rows) {
        if (BlankCell::at(col, r)) {
            ++s.blanks;
            continue;
        }
        const Cell cell = col.at(r);
        const QString text = cellText(cell);
        ++s.answers;
        s.values << text;
        if (!seen.contains(text)) {
            seen.insert(text);
            s.distinct << text;
        }
        s.longest = std::max(s.longest, int(text.size()));
        if (text.contains(QLatin1Char('\n')))
            s.lineBreaks = true;

        switch (cell.kind()) {
        case Cell::Kind::Boolean:
            ++s.yesNo;
            continue;
        case Cell::Kind::Date:
        case Cell::Kind::DateTime:
            ++s.dates;
            continue;
        case Cell::Kind::Number: {
            const double v = cell.numberValue();
            ++s.numbers;
            if (std::isfinite(v) && v == std::floor(v) && std::abs(v) < 9007199254740992.0)
                ++s.integers;
            // Excel drops the leading 0 of a phone number or postal code typed as a number; only
            // the heading can tell those from counts.
            if (hint == FieldType::Phone && PhoneNormalizer::normalize(text).ok())
                ++s.phones;
            if (hint == FieldType::PostalCode && PostalCodeNormalizer::normalize(text).ok())
                ++s.postals;
            continue;
        }
        case Cell::Kind::Text:
            break;
        default:
            continue;
        }
        if (isYesNoWord(text)) {
            ++s.yesNo;
            const QString word = TextNormalizer::normalize(text);
            if (!s.yesNoSeen.contains(word))
                s.yesNoSeen << word;
            continue;
        }
        if (DateNormalizer::parse(text, dates).ok()) {
            ++s.dates;
            continue;
        }
        if (!looksLikeCode(text)) {
            if (NumberNormalizer::toInteger(text).ok()) {
                ++s.integers;
                ++s.numbers;
                continue;
            }
            if (NumberNormalizer::toDecimal(text).ok()) {
                ++s.numbers;
                continue;
            }
        }
        if (text.contains(QLatin1Char('@'))) {
            ++s.atSigns;
            if (isEmailAddress(text))
                ++s.emails;
            continue;
        }
        if (PhoneNormalizer::normalize(text).ok()) {
            ++s.phones;
            ++s.phoneDigits;
            continue;
        }
        if (PhoneNormalizer::domesticDigits(text).has_value())
            ++s.phoneDigits;
        // Seven bare digits are as often an id as a postal code; a hyphen, 〒 or the heading decides.
        static const QRegularExpression digitsOnly(QStringLiteral("^[0-9０-９]+$"));
        if ((hint == FieldType::PostalCode || !digitsOnly.match(text).hasMatch())
            && PostalCodeNormalizer::normalize(text).ok())
            ++s.postals;
    }
    return s;
}

FormField Inferrer::propose(const HeaderColumn &header, const QString &label) const
{
    FormField field;
    field.label = label;
    field.help = header.help;
    const std::optional<FieldType> hint = headingHint(header.sub.isEmpty() ? label : header.sub);
    const ColumnStats s = scan(header.column, hint);
    const qsizetype n = s.answers;
    const auto fits = [&](qsizetype k) { return n > 0 && double(k) >= m_options.typeShare * double(n) - 1e-9; };
    QStringList lines;

    if (n == 0) {
        field.type = hint.value_or(FieldType::Text);
        if (hint)
            lines << FormInferrer::tr("%1: there are no answers to read; the heading “%2” suggests it.")
                         .arg(fieldTypeDisplayName(field.type), label);
        else
            lines << FormInferrer::tr("%1: there are no answers to read, so any text is accepted.").arg(fieldTypeDisplayName(field.type));
    } else if (fits(s.yesNo)) {
        field.type = FieldType::YesNo;
        lines << (s.yesNoSeen.isEmpty()
                      ? FormInferrer::tr("%1: %2 of %3 answers are TRUE or FALSE.").arg(fieldTypeDisplayName(field.type)).arg(s.yesNo).arg(n)
                      : FormInferrer::tr("%1: %2 of %3 answers are yes/no words (%4).")
                            .arg(fieldTypeDisplayName(field.type))
                            .arg(s.yesNo)
                            .arg(n)
                            .arg(s.yesNoSeen.join(QStringLiteral(", "))));
    } else if (fits(s.dates)) {
        field.type = FieldType::Date;
        lines << FormInferrer::tr("%1: %2 of %3 answers read as dates.").arg(fieldTypeDisplayName(field.type)).arg(s.dates).arg(n);
    } else if (fits(s.phones)) {
        field.type = FieldType::Phone;
        lines << FormInferrer::tr("%1: %2 of %3 answers are phone numbers.").arg(fieldTypeDisplayName(field.type)).arg(s.phones).arg(n);
    } else if (fits(s.postals)) {
        field.type = FieldType::PostalCode;
        lines << FormInferrer::tr("%1: %2 of %3 answers are postal codes.").arg(fieldTypeDisplayName(field.type)).arg(s.postals).arg(n);
    } else if (fits(s.emails)) {
        field.type = FieldType::Email;
        lines << FormInferrer::tr("%1: %2 of %3 answers are email addresses.").arg(fieldTypeDisplayName(field.type)).arg(s.emails).arg(n);
    } else if (fits(s.integers)) {
        field.type = FieldType::Integer;
        lines << FormInferrer::tr("%1: %2 of %3 answers are whole numbers.").arg(fieldTypeDisplayName(field.type)).arg(s.integers).arg(n);
    } else if (fits(s.numbers)) {
        field.type = FieldType::Decimal;
        lines << FormInferrer::tr("%1: %2 of %3 answers are numbers, some with decimals.").arg(fieldTypeDisplayName(field.type)).arg(s.numbers).arg(n);
    } else {
        // Lists of a few items (内科、小児科) before single choices: a list column also has few values.
        const QChar sep = listSeparator(s.values);
        QStringList items;
        qsizetype occurrences = 0;
        bool shortItems = true;
        if (!sep.isNull()) {
            for (const QString &v : s.values) {
                for (const QString &part : v.split(sep)) {
                    const QString item = TextNormalizer::trimAndCollapse(part);
                    if (item.isEmpty())
                        continue;
                    ++occurrences;
                    shortItems = shortItems && item.size() <= ShortTextChars;
                    if (!items.contains(item))
                        items << item;
                    if (items.size() > m_options.maxChoices)
                        break;
                }
                if (items.size() > m_options.maxChoices)
                    break;
            }
        }
        const bool singleLine = !s.lineBreaks && s.longest <= ShortTextChars;
        if (!sep.isNull() && shortItems && items.size() >= 2 && items.size() <= m_options.maxChoices
            && items.size() < occurrences && items.size() <= s.distinct.size()) {
            field.type = FieldType::Choices;
            field.choices = items;
            lines << FormInferrer::tr("%1: guessed from %2 different items in %3 answers, separated by %4.")
                         .arg(fieldTypeDisplayName(field.type))
                         .arg(items.size())
                         .arg(n)
                         .arg(separatorName(sep));
        } else if (singleLine && s.distinct.size() >= 2 && s.distinct.size() <= m_options.maxChoices
                   && s.distinct.size() * 2 < n) {
            field.type = FieldType::Choice;
            field.choices = s.distinct;
            lines << FormInferrer::tr("%1: guessed from %2 different values in %3 answers.")
                         .arg(fieldTypeDisplayName(field.type))
                         .arg(s.distinct.size())
                         .arg(n);
        } else if (s.lineBreaks || s.longest > LongTextChars) {
            field.type = FieldType::MultilineText;
            lines << (s.lineBreaks ? FormInferrer::tr("%1: some answers have line breaks.").arg(fieldTypeDisplayName(field.type))
                                   : FormInferrer::tr("%1: an answer is %2 characters long.")
                                         .arg(fieldTypeDisplayName(field.type))
                                         .arg(s.longest));
        } else {
            field.type = FieldType::Text;
            lines << FormInferrer::tr("%1: %n different value(s) in %2 answers, with no one type or few choices.", nullptr,
                                      int(s.distinct.size()))
                         .arg(fieldTypeDisplayName(field.type))
                         .arg(n);
        }
        // A heading's word decides between text and what the answers loosely look like.
        if (hint && (field.type == FieldType::Text || field.type == FieldType::MultilineText)) {
            const auto half = [n](qsizetype k) { return k * 2 >= n; };
            std::optional<QString> because;
            switch (*hint) {
            case FieldType::Phone:
                if (half(s.phoneDigits))
                    because = FormInferrer::tr("%1 of %2 answers have a phone number's digits").arg(s.phoneDigits).arg(n);
                break;
            case FieldType::PostalCode:
                if (half(s.postals))
                    because = FormInferrer::tr("%1 of %2 answers are postal codes").arg(s.postals).arg(n);
                break;
            case FieldType::Email:
                if (half(s.atSigns + s.emails))
                    because = FormInferrer::tr("%1 of %2 answers have an @").arg(s.atSigns + s.emails).arg(n);
                break;
            case FieldType::Date:
                if (half(s.dates))
                    because = FormInferrer::tr("%1 of %2 answers read as dates").arg(s.dates).arg(n);
                break;
            case FieldType::MultilineText:
                if (field.type == FieldType::Text)
                    because = FormInferrer::tr("the answers are text");
                break;
            default:
                break;
            }
            if (because) {
                field.type = *hint;
                lines.clear();
                lines << FormInferrer::tr("%1: the heading “%2” suggests it, and %3.")
                             .arg(fieldTypeDisplayName(field.type), label, *because);
            }
        }
    }

    const qsizetype rows = qsizetype(m_rows.size());
    if (header.marked) {
        field.required = true;
        lines << FormInferrer::tr("Required: the heading marks it with ※ or （必須）.");
    } else if (rows >= 2 && s.blanks == 0) {
        field.required = true;
        lines << FormInferrer::tr("Required: all %1 rows have an answer.").arg(rows);
    } else if (s.blanks > 0) {
        lines << FormInferrer::tr("Not required: %1 of %2 rows leave it blank.").arg(s.blanks).arg(rows);
    } else {
        lines << FormInferrer::tr("Not required: too few rows to tell.");
    }
    field.explanation = lines.join(QLatin1Char('\n'));
    return field;
}

Status Inferrer::build(const QList<HeaderColumn> &headers, qsizetype firstData)
{
    // Data rows: every row below the header with a value; the first sampleRows of them are read.
    const qsizetype total = m_table.rowCount();
    for (qsizetype r = firstData; r < total; ++r) {
        if (m_context.shouldStop(r, total)) {
            Error e;
            e.kind = Error::Kind::Cancelled;
            e.message = FormInferrer::tr("Cancelled.");
            return e;
        }
        bool any = false;
        for (int c = 0; c < m_table.columnCount() && !any; ++c)
            any = !BlankCell::at(m_table.column(c), r);
        if (!any)
            continue;
        ++m_result.dataRows;
        if (qsizetype(m_rows.size()) < m_options.sampleRows)
            m_rows.push_back(r);
    }

    // Labels: a sub-heading alone when no other column has it, else with its group heading;
    // then any label still used twice gets _2, _3 as promoteHeaders does.
    QHash<QString, int> subCount;
    for (const HeaderColumn &h : headers)
        ++subCount[h.sub];
    QStringList labels;
    QSet<QString> used;
    constexpr int MaxRenameNotes = 3;
    int renamed = 0;
    for (const HeaderColumn &h : headers) {
        QString label = h.sub;
        if (label.isEmpty())
            label = h.group.isEmpty() ? FormInferrer::tr("Column %1").arg(Table::columnLetters(h.column)) : h.group;
        else if (!h.group.isEmpty() && subCount.value(h.sub) > 1)
            label = h.group + QLatin1Char(' ') + h.sub;
        QString unique = label;
        for (int n = 2; used.contains(unique); ++n)
            unique = label + QLatin1Char('_') + QString::number(n);
        if (unique != label && ++renamed <= MaxRenameNotes)
            m_result.notes << FormInferrer::tr("Two columns are headed “%1”; the one in column %2 is called “%3”.")
                                  .arg(label, Table::columnLetters(h.column), unique);
        used.insert(unique);
        labels << unique;
    }
    if (renamed > MaxRenameNotes)
        m_result.notes << FormInferrer::tr("%n more column(s) repeat an earlier heading and got _2, _3 … the same way.",
                                           nullptr, renamed - MaxRenameNotes);

    Form &form = m_result.form;
    QString lastGroup;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const HeaderColumn &h = headers.at(i);
        FormField field = propose(h, labels.at(i));
        // A sub-heading without its group is only unique in the form when its section says which.
        if (form.sections.isEmpty() || h.group != lastGroup) {
            FormSection section;
            section.title = h.group;
            form.sections.append(section);
            lastGroup = h.group;
        }
        QString hint = idHintFromLabel(field.label);
        if (hint.isEmpty())
            hint = QStringLiteral("f%1").arg(i + 1);
        field.id = form.uniqueFieldId(hint);
        form.sections.last().fields.append(field);
        m_result.sourceColumns.append(h.column);
    }
    if (form.sections.isEmpty())
        form.sections.append(FormSection());
    if (m_result.dataRows == 0)
        m_result.notes << FormInferrer::tr("There are no answers below the header, so the types come from the "
                                           "headings' words alone.");
    else if (m_result.dataRows > m_options.sampleRows)
        m_result.notes << FormInferrer::tr("Only the first %1 of %2 rows were read to guess the types.")
                              .arg(m_options.sampleRows)
                              .arg(m_result.dataRows);
    return Ok{};
}

// The rows of a sheet as they bear on the header: how many cells are filled, and how many hold
// heading-like text. A cell inside a merged range but not its top-left counts as filled.
class HeaderFinder
{
public:
    explicit HeaderFinder(const Sheet &sheet) : m_sheet(sheet), m_table(sheet.table)
    {
        m_search = std::min(m_table.rowCount(), HeaderSearchRows);
        for (qsizetype r = 0; r < m_search; ++r) {
            int filled = 0, headings = 0;
            for (int c = 0; c < m_table.columnCount(); ++c) {
                if (BlankCell::at(m_table.column(c), r))
                    continue;
                ++filled;
                headings += isHeading(m_table.cell(r, c));
            }
            m_filled.push_back(filled);
            m_headings.push_back(headings);
            m_width = std::max(m_width, filled);
        }
    }

    int width() const { return m_width; }

    // The first row where most columns hold headings and a row below holds data; without data
    // (a blank form sheet) the first such row; otherwise the first row with anything.
    qsizetype find() const
    {
        for (const bool needData : {true, false}) {
            for (qsizetype r = 0; r < m_search; ++r) {
                if (m_headings[size_t(r)] * 2 > m_width && (!needData || hasRowBelow(r)))
                    return r;
            }
        }
        for (qsizetype r = 0; r < m_search; ++r) {
            if (m_filled[size_t(r)] > 0)
                return r;
        }
        return 0;
    }

    // A merged range spanning several columns of one row, narrower than the table (a title merged
    // across the whole width is not a group heading).
    bool hasGroupMerge(qsizetype row) const
    {
        for (const CellRange &m : m_sheet.merges) {
            if (m.firstRow == row && m.lastRow == row && m.lastColumn > m.firstColumn
                && m.lastColumn - m.firstColumn + 1 < m_width && !BlankCell::is(m_table.cell(row, m.firstColumn))
                && m.lastColumn < m_table.columnCount() && row + 1 < m_table.rowCount()
                && isHeading(m_table.cell(row + 1, m.firstColumn)))
                return true;
        }
        return false;
    }

    bool hasVerticalMerge(qsizetype row) const
    {
        for (const CellRange &m : m_sheet.merges) {
            if (m.firstRow == row && m.lastRow > row && m.firstColumn < m_table.columnCount())
                return true;
        }
        return false;
    }

    // Rows 1 or 2: two when row's group headings are merged over the columns below them, or
    // row's headings are merged down over the next row.
    int rowCountAt(qsizetype row) const
    {
        return row + 1 < m_table.rowCount() && (hasGroupMerge(row) || hasVerticalMerge(row)) ? 2 : 1;
    }

private:
    bool hasRowBelow(qsizetype row) const
    {
        for (qsizetype r = row + 1; r < m_table.rowCount() && r <= row + HeaderSearchRows; ++r) {
            for (int c = 0; c < m_table.columnCount(); ++c) {
                if (!BlankCell::at(m_table.column(c), r))
                    return true;
            }
        }
        return false;
    }

    const Sheet &m_sheet;
    const Table &m_table;
    qsizetype m_search = 0;
    std::vector<int> m_filled, m_headings;
    int m_width = 0;
};

// The merged range that holds (row, column), if any.
const CellRange *mergeAt(const Sheet &sheet, qsizetype row, int column)
{
    for (const CellRange &m : sheet.merges) {
        if (m.contains(row, column))
            return &m;
    }
    return nullptr;
}

QList<HeaderColumn> readHeaders(const Sheet &sheet, qsizetype row, int rowCount)
{
    const Table &table = sheet.table;
    QList<HeaderColumn> headers;
    for (int c = 0; c < table.columnCount(); ++c) {
        HeaderColumn h;
        h.column = c;
        QString own;
        if (rowCount == 2) {
            const CellRange *top = mergeAt(sheet, row, c);
            const bool groupHeading = top && top->firstRow == row && top->lastRow == row && top->lastColumn > top->firstColumn;
            const QString topText = cellText(table.cell(row, top ? top->firstColumn : c));
            const QString bottomText = cellText(table.cell(row + 1, c));
            if (groupHeading || (!topText.isEmpty() && !bottomText.isEmpty() && !(top && top->lastRow > row))) {
                h.group = cleanHeading(topText).label;
                own = bottomText;
            } else {
                own = topText.isEmpty() ? bottomText : topText;
            }
        } else {
            own = cellText(table.cell(row, c));
        }
        const CleanHeading clean = cleanHeading(own);
        h.sub = clean.label;
        h.help = clean.help;
        h.marked = clean.required;
        headers.append(h);
    }
    return headers;
}

// Drops columns with neither a heading nor a value: they are spacing, not questions.
QList<HeaderColumn> keepFilledColumns(const Table &table, const QList<HeaderColumn> &headers, qsizetype firstData,
                                      QStringList *notes)
{
    QList<HeaderColumn> kept;
    QStringList dropped;
    for (const HeaderColumn &h : headers) {
        bool data = !h.sub.isEmpty() || !h.group.isEmpty();
        for (qsizetype r = firstData; r < table.rowCount() && !data; ++r)
            data = !BlankCell::at(table.column(h.column), r);
        if (data)
            kept.append(h);
        else
            dropped << Table::columnLetters(h.column);
    }
    if (!dropped.isEmpty())
        *notes << FormInferrer::tr("%n column(s) with neither a heading nor answers left out: %1.", nullptr,
                                   int(dropped.size()))
                      .arg(dropped.join(QStringLiteral(", ")));
    // A form that cannot be saved helps nobody; a sheet this wide is data, not a questionnaire.
    if (kept.size() > Form::MaxFields) {
        *notes << FormInferrer::tr("The table has %1 columns; only the first %2 became fields, as a form may have "
                                   "at most %2.")
                      .arg(kept.size())
                      .arg(Form::MaxFields);
        kept.resize(Form::MaxFields);
    }
    return kept;
}

} // namespace

Result<FormInference> FormInferrer::infer(const Sheet &sheet)
{
    return infer(sheet, Options());
}

Result<FormInference> FormInferrer::infer(const Sheet &sheet, const Options &options, const StepContext &context)
{
    const Table &table = sheet.table;
    if (options.headerRowCount < 0 || options.headerRowCount > 2) {
        Error e;
        e.kind = Error::Kind::InvalidArgument;
        e.message = tr("A header has 1 or 2 rows, not %1.").arg(options.headerRowCount);
        return e;
    }
    bool anything = false;
    for (int c = 0; c < table.columnCount() && !anything; ++c) {
        for (qsizetype r = 0; r < table.rowCount() && !anything; ++r)
            anything = !BlankCell::at(table.column(c), r);
    }
    if (!anything) {
        Error e;
        e.kind = Error::Kind::Format;
        e.message = tr("The sheet “%1” is empty, so there is nothing to make a form from.").arg(sheet.name);
        return e;
    }
    if (options.headerRow >= table.rowCount()) {
        Error e;
        e.kind = Error::Kind::InvalidArgument;
        e.row = options.headerRow;
        e.message = tr("The sheet “%1” has only %2 rows, so row %3 cannot be the header.")
                        .arg(sheet.name)
                        .arg(table.rowCount())
                        .arg(options.headerRow + 1);
        return e;
    }

    const HeaderFinder finder(sheet);
    FormInference result;
    QStringList notes;
    qsizetype header = options.headerRow;
    int rowCount = options.headerRowCount;
    if (header < 0) {
        header = finder.find();
        // Group headings alone on the row above (「連絡先」 over 「電話」「メール」) look like a title
        // row by their count; their merge says otherwise.
        if (rowCount != 1 && header > 0 && finder.hasGroupMerge(header - 1)) {
            --header;
            rowCount = 2;
        }
    }
    if (rowCount == 0)
        rowCount = finder.rowCountAt(header);
    if (header + rowCount > table.rowCount())
        rowCount = 1;

    // The title block: the text above the header, one line per row.
    QStringList titleLines;
    for (qsizetype r = 0; r < header; ++r) {
        QStringList cells;
        for (int c = 0; c < table.columnCount(); ++c) {
            const QString text = TextNormalizer::trimAndCollapse(cellText(table.cell(r, c)));
            if (!text.isEmpty())
                cells << text;
        }
        if (!cells.isEmpty())
            titleLines << cells.join(QLatin1Char(' '));
    }

    const qsizetype firstData = header + rowCount;
    const QList<HeaderColumn> headers = keepFilledColumns(table, readHeaders(sheet, header, rowCount), firstData, &notes);

    Inferrer inferrer(table, options, context);
    if (const Status built = inferrer.build(headers, firstData); !built)
        return built.error();
    result = std::move(inferrer.m_result);
    result.headerRow = header;
    result.headerRowCount = rowCount;

    if (!titleLines.isEmpty()) {
        // The title is the longest line that is not a "label: value" line (回答期限：…, 令和6年度 is short).
        qsizetype best = 0;
        for (qsizetype i = 0; i < titleLines.size(); ++i) {
            const QString &line = titleLines.at(i);
            const bool labelled = line.contains(QLatin1Char(':')) || line.contains(QChar(0xFF1A));
            const QString &current = titleLines.at(best);
            const bool currentLabelled = current.contains(QLatin1Char(':')) || current.contains(QChar(0xFF1A));
            if ((currentLabelled && !labelled) || (labelled == currentLabelled && line.size() > current.size()))
                best = i;
        }
        result.titleFromSheet = titleLines.at(best);
        titleLines.removeAt(best);
        result.form.description = titleLines.join(QLatin1Char('\n'));
    }
    result.form.title = result.titleFromSheet.isEmpty() ? sheet.name : result.titleFromSheet;

    QStringList sheetNotes;
    if (rowCount == 2)
        sheetNotes << tr("The header is on rows %1 and %2: group headings above the column headings.")
                          .arg(header + 1)
                          .arg(header + 2);
    else
        sheetNotes << tr("The header is on row %1.").arg(header + 1);
    if (header == 1)
        sheetNotes << tr("Row 1 above it is a title block.");
    else if (header > 1)
        sheetNotes << tr("Rows 1–%1 above it are a title block.").arg(header);
    if (options.headerRow >= 0)
        sheetNotes << tr("The header row was given, not detected.");
    result.notes = sheetNotes + notes + result.notes;
    return result;
}

Result<FormInference> FormInferrer::inferFromNamedTable(const Table &table)
{
    return inferFromNamedTable(table, Options());
}

Result<FormInference> FormInferrer::inferFromNamedTable(const Table &table, const Options &options)
{
    QList<HeaderColumn> headers;
    for (int c = 0; c < table.columnCount(); ++c) {
        HeaderColumn h;
        h.column = c;
        const CleanHeading clean = cleanHeading(table.columnName(c));
        h.sub = clean.label;
        h.help = clean.help;
        h.marked = clean.required;
        headers.append(h);
    }
    QStringList notes;
    headers = keepFilledColumns(table, headers, 0, &notes);
    const StepContext context; // Inferrer keeps a reference: it must outlive it
    Inferrer inferrer(table, options, context);
    if (const Status built = inferrer.build(headers, 0); !built)
        return built.error();
    FormInference result = std::move(inferrer.m_result);
    result.headerRow = -1;
    result.headerRowCount = 1;
    result.notes = notes + result.notes;
    return result;
}

} // namespace tenarai
