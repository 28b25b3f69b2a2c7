#include "cleaning/Diagnosis.h"

#include "cleaning/BlankCell.h"
#include "cleaning/PromoteHeadersStep.h"
#include "normalize/ContactTextFolder.h"
#include "normalize/DateNormalizer.h"
#include "normalize/NumberNormalizer.h"

#include <QJsonArray>

#include <algorithm>

namespace tenarai {

namespace {

// An unnamed table's header is looked for among its first rows only: titles above a table are a
// line or two, never pages.
constexpr qsizetype HeaderSearchRows = 30;

enum class ColumnKind : quint8 { Text, Number, Date, Code };

bool isBlankText(QStringView text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool isBlankRow(const Table &table, qsizetype row)
{
    for (int c = 0; c < table.columnCount(); ++c) {
        if (!BlankCell::at(table.column(c), row))
            return false;
    }
    return true;
}

// Spaces or line breaks that arrange the text rather than belong to it: around the value, two or
// more in a row, or any line break.
bool hasLayoutSpace(QStringView s)
{
    if (s.isEmpty())
        return false;
    if (s.front().isSpace() || s.back().isSpace())
        return true;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\n' || s[i] == u'\r')
            return true;
        if (i + 1 < s.size() && s[i].isSpace() && s[i + 1].isSpace())
            return true;
    }
    return false;
}

// The kinds of 機種依存文字 found in a value.
enum CharFlag : quint8 { Enclosed = 1, Squared = 2, Roman = 4, HalfKana = 8 };

quint8 platformDependentChars(QStringView s)
{
    quint8 flags = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s[i].unicode();
        if (c < 0x2116)
            continue; // the common case: ASCII, Latin, kana and kanji below are skipped fast
        if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s[i], s[i + 1]);
            ++i;
        }
        if ((c >= 0x2460 && c <= 0x24FF) || (c >= 0x3200 && c <= 0x32FF) || (c >= 0x1F100 && c <= 0x1F2FF)
            || c == 0x2116 || c == 0x2121)
            flags |= Enclosed;
        else if (c >= 0x3300 && c <= 0x33FF)
            flags |= Squared;
        else if (c >= 0x2160 && c <= 0x2188)
            flags |= Roman;
        else if (c >= 0xFF61 && c <= 0xFF9F)
            flags |= HalfKana;
    }
    return flags;
}

bool isAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!ContactTextFolder::isAsciiDigit(c))
            return false;
    }
    return true;
}

// A number as software writes it: what a typed cell would hold.
bool isPlainNumber(QStringView s)
{
    if (s.startsWith(u'-'))
        s = s.mid(1);
    const qsizetype dot = s.indexOf(u'.');
    if (dot < 0)
        return isAsciiDigits(s);
    return isAsciiDigits(s.left(dot)) && isAsciiDigits(s.mid(dot + 1));
}

// Symbols that statistics tables write in number columns for "none", "secret" or "unknown".
bool isSpecialSymbol(QStringView s)
{
    if (s == u"秘匿" || s == u"不詳")
        return true;
    if (s.isEmpty() || s.size() > 3)
        return false;
    static const QString symbols = QStringLiteral("-－―‐—−…‥xXｘＸχ*＊");
    for (QChar c : s) {
        if (!symbols.contains(c))
            return false;
    }
    return true;
}

// Units people write after a number in its cell. Yen signs count as 円.
struct UnitSplit
{
    QString number;
    QString unit;   // empty when none
};

UnitSplit splitUnit(const QString &trimmed)
{
    static const QStringList suffixes = {QStringLiteral("世帯"), QStringLiteral("円"), QStringLiteral("人"),
                                         QStringLiteral("件"),   QStringLiteral("個"), QStringLiteral("回"),
                                         QStringLiteral("歳"),   QStringLiteral("才"), QStringLiteral("台"),
                                         QStringLiteral("枚"),   QStringLiteral("冊"), QStringLiteral("名"),
                                         QStringLiteral("％"),   QStringLiteral("%"),  QStringLiteral("kg"),
                                         QStringLiteral("km"),   QStringLiteral("㎏")};
    const QString s = trimmed;
    if (s.startsWith(u'¥') || s.startsWith(u'￥'))
        return {s, QStringLiteral("円")};
    for (const QString &suffix : suffixes) {
        if (s.size() > suffix.size() && s.endsWith(suffix)) {
            QString unit = suffix == u"％" ? QStringLiteral("%") : suffix == u"㎏" ? QStringLiteral("kg") : suffix;
            // 円 stays on the number: parseAmount reads it (and 金…円也).
            return {suffix == u"円" ? s : s.chopped(suffix.size()).trimmed(), unit};
        }
    }
    return {s, QString()};
}

bool parsesAsNumber(const QString &trimmed)
{
    return NumberNormalizer::parseAmount(splitUnit(trimmed).number).ok();
}

// Columns whose digits are codes, not quantities: a leading 0 matters and sums mean nothing.
bool isCodeHeader(const QString &header)
{
    // Case matters: "ID" must not match the "id" of "Width".
    static const QStringList hints = {QStringLiteral("電話"), QStringLiteral("TEL"),  QStringLiteral("Tel"),
                                      QStringLiteral("FAX"),  QStringLiteral("Fax"),  QStringLiteral("郵便"),
                                      QStringLiteral("〒"),   QStringLiteral("コード"), QStringLiteral("番号"),
                                      QStringLiteral("ID"),   QStringLiteral("Code"), QStringLiteral("code")};
    for (const QString &hint : hints) {
        if (header.contains(hint))
            return true;
    }
    return false;
}

bool isNoteHeader(const QString &header)
{
    static const QStringList hints = {QStringLiteral("備考"), QStringLiteral("メモ"), QStringLiteral("摘要"),
                                      QStringLiteral("コメント"), QStringLiteral("注")};
    for (const QString &hint : hints) {
        if (header.contains(hint))
            return true;
    }
    return false;
}

// 和暦 without the 西暦 beside it: 令和3年4月1日, R3.4.1, ㍻31年. "令和3年（2021年）" is fine.
bool isWarekiOnly(const QString &trimmed)
{
    const QString s = ContactTextFolder::foldWidth(trimmed);
    bool era = false;
    for (const char16_t *name : {u"明治", u"大正", u"昭和", u"平成", u"令和"}) {
        if (s.contains(QStringView(name)))
            era = true;
    }
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'㍾' || u == u'㍽' || u == u'㍼' || u == u'㍻' || u == 0x32FF) // U+32FF: ㋿
            era = true;
    }
    if (!era && s.size() >= 2 && QStringLiteral("MTSHRmtshr").contains(s[0]) && ContactTextFolder::isAsciiDigit(s[1]))
        era = true;
    if (!era)
        return false;
    int run = 0;
    for (QChar c : s) {
        run = ContactTextFolder::isAsciiDigit(c) ? run + 1 : 0;
        if (run >= 4)
            return false;
    }
    return true;
}

// An Excel date serial written as text: 44287.
bool isSerialText(const QString &trimmed)
{
    const QString s = ContactTextFolder::foldWidth(trimmed);
    const qsizetype dot = s.indexOf(u'.');
    const QStringView whole = dot < 0 ? QStringView(s) : QStringView(s).left(dot);
    return whole.size() == 5 && isAsciiDigits(whole) && (dot < 0 || isAsciiDigits(QStringView(s).mid(dot + 1)));
}

// Splits "1,000／2,000" and "10、20" when every part is a number or a date while the whole is
// not: two data in one cell. Returns the delimiter, or a null QChar.
QChar multipleDataDelimiter(const QString &trimmed)
{
    static const QString delimiters = QStringLiteral("、／/\n・");
    QChar found;
    for (QChar d : delimiters) {
        if (trimmed.contains(d)) {
            found = d;
            break;
        }
    }
    if (found.isNull())
        return {};
    if (parsesAsNumber(trimmed) || DateNormalizer::parse(trimmed).ok())
        return {};
    const QStringList parts = trimmed.split(found);
    if (parts.size() < 2)
        return {};
    for (const QString &part : parts) {
        const QString p = part.trimmed();
        if (p.isEmpty() || !(parsesAsNumber(p) || DateNormalizer::parse(p).ok()))
            return {};
    }
    return found;
}

// "氏　名" → "氏名", "参加\n人数" → "参加人数", "First\nname" → "First name".
QString headerWithoutLayout(const QString &header)
{
    QString out;
    bool pendingSpace = false;
    for (QChar c : header.trimmed()) {
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty() && out.back().unicode() < 0x80 && c.unicode() < 0x80)
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

// A header spaced out to look centred (氏　名, 住　　所) or broken over lines.
bool isLaidOutHeader(const QString &header)
{
    const QString t = header.trimmed();
    if (t.contains(u'\n') || t.contains(u'\r'))
        return true;
    QStringList all;
    for (const QString &p : t.split(QChar(0x3000), Qt::SkipEmptyParts))
        all += p.split(QChar(u' '), Qt::SkipEmptyParts);
    if (all.size() < 2)
        return false;
    for (const QString &p : std::as_const(all)) {
        if (p.size() > 2 || p.front().unicode() < 0x80)
            return false;
    }
    return true;
}

QJsonArray jsonNames(const QStringList &names)
{
    return QJsonArray::fromStringList(names);
}

// Counts work done across the passes, for StepContext's progress and cancellation.
class Work
{
public:
    Work(const StepContext &context, qsizetype total) : m_context(context), m_total(std::max<qsizetype>(total, 1)) {}
    bool stop() { return m_context.shouldStop(++m_done, m_total); }

private:
    const StepContext &m_context;
    qsizetype m_total;
    qsizetype m_done = 0;
};

// What the per-value pass found in one column.
struct ColumnScan
{
    ColumnKind kind = ColumnKind::Text;
    QList<FindingCell> layout, platform, amounts, plainText, words, symbols, wareki;
    qsizetype layoutCount = 0, platformCount = 0, amountsCount = 0, plainTextCount = 0, wordsCount = 0,
              symbolsCount = 0, warekiCount = 0, amountsDirect = 0;
    quint8 platformFlags = 0;
    QString unit;              // a unit written in cells and missing from the header
    QChar multiDelimiter;      // 1-2
    QList<FindingCell> multi;
    qsizetype multiCount = 0;
    bool hasData = false;
};

void note(QList<FindingCell> &cells, qsizetype &count, qsizetype row, int column)
{
    if (cells.size() < Finding::MaxCells)
        cells.append(FindingCell{row, column});
    ++count;
}

class Diagnoser
{
public:
    Diagnoser(const Sheet &sheet, const SourceInfo &source, const StepContext &context)
        : m_sheet(sheet), m_table(sheet.table), m_source(source), m_context(context)
    {
    }

    Result<DiagnosisReport> run();

private:
    void findHeader();
    ColumnKind classify(int column, const std::vector<qsizetype> &rows) const;
    bool scanColumn(int column, ColumnScan &scan);
    bool checkGroupBlanks(int column, const ColumnScan &scan);
    void addColumnFindings();
    void addMergeFindings();
    void addHeaderFindings();
    void addUnchecked();
    Finding &add(const QString &rule, Finding::Severity severity, const QString &title, const QString &explanation);
    QString samplingNote() const;
    static Error cancelled();

    const Sheet &m_sheet;
    const Table &m_table;
    const SourceInfo &m_source;
    const StepContext &m_context;
    DiagnosisReport m_report;
    QStringList m_headerTexts;   // the header cells as written
    qsizetype m_firstData = 0;
    std::vector<qsizetype> m_checkedRows;
    std::vector<bool> m_blankRow;  // indexed from m_firstData
    std::vector<ColumnScan> m_scans;
    Work *m_work = nullptr;
    std::vector<bool> m_verticalMerge; // a column with merged cells below the header
    QList<FindingCell> m_groupBlanks;
    qsizetype m_groupBlankCount = 0;
    QStringList m_groupColumns;
};

Finding &Diagnoser::add(const QString &rule, Finding::Severity severity, const QString &title,
                        const QString &explanation)
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.title = title;
    f.explanation = explanation;
    m_report.findings.append(f);
    return m_report.findings.last();
}

QString Diagnoser::samplingNote() const
{
    if (!m_report.sampled())
        return QString();
    //: Appended to a finding's explanation; starts with the space that separates it in English.
    return Diagnosis::tr(" Only %1 of the %2 rows were checked one by one (evenly spread); the count is for those rows.")
              .arg(m_report.rowsChecked)
              .arg(m_report.dataRows);
}

Error Diagnoser::cancelled()
{
    Error e;
    e.kind = Error::Kind::Cancelled;
    e.message = Diagnosis::tr("Cancelled.");
    return e;
}

void Diagnoser::findHeader()
{
    const qsizetype rows = m_table.rowCount();
    if (!m_table.columnNames().isEmpty()) {
        m_report.headerRow = -1;
        m_firstData = 0;
        m_report.columnNames = m_table.columnNames();
        while (m_report.columnNames.size() < m_table.columnCount())
            m_report.columnNames << QString();
        m_headerTexts = m_report.columnNames;
        return;
    }
    // The header is the first row about as full as the fullest of the first rows: a title above
    // it fills one cell.
    const qsizetype search = std::min(rows, HeaderSearchRows);
    std::vector<int> filled(size_t(search), 0);
    int most = 0;
    for (qsizetype r = 0; r < search; ++r) {
        for (int c = 0; c < m_table.columnCount(); ++c) {
            if (!BlankCell::at(m_table.column(c), r))
                ++filled[size_t(r)];
        }
        most = std::max(most, filled[size_t(r)]);
    }
    qsizetype header = 0;
    for (qsizetype r = 0; r < search; ++r) {
        if (filled[size_t(r)] > 0 && filled[size_t(r)] * 2 >= most) {
            header = r;
            break;
        }
    }
    m_report.headerRow = header;
    m_firstData = std::min(rows, header + 1);
    for (int c = 0; c < m_table.columnCount(); ++c)
        m_headerTexts << m_table.cell(header, c).toString();

    PromoteHeadersStep promote;
    const auto promoted = promote.apply(m_table.sliceRows(header, 1), StepContext{});
    m_report.columnNames = promoted ? promoted->table.columnNames() : m_headerTexts;
    m_report.preparation.append(
        SuggestedStep{promote.typeId(), QJsonObject{{QStringLiteral("row"), double(header)}}});
}

ColumnKind Diagnoser::classify(int column, const std::vector<qsizetype> &rows) const
{
    const Column &col = m_table.column(column);
    if (isCodeHeader(m_headerTexts.value(column)))
        return ColumnKind::Code;
    const size_t stride = std::max<size_t>(1, rows.size() / (4 * Diagnosis::ClassifySample));
    int n = 0, numbers = 0, dates = 0, dateOnly = 0, symbols = 0, leadingZero = 0;
    for (size_t i = 0; i < rows.size() && n < Diagnosis::ClassifySample; i += stride) {
        const qsizetype r = rows[i];
        switch (col.kindAt(r)) {
        case Cell::Kind::Empty:
            break;
        case Cell::Kind::Number:
            ++n;
            ++numbers;
            break;
        case Cell::Kind::Date:
        case Cell::Kind::DateTime:
            ++n;
            ++dates;
            ++dateOnly;
            break;
        case Cell::Kind::Text: {
            const QString t = col.at(r).textValue().trimmed();
            if (t.isEmpty())
                break;
            ++n;
            if (isSpecialSymbol(t)) {
                ++symbols;
                break;
            }
            const QString folded = ContactTextFolder::foldWidth(t);
            if (folded.size() > 1 && folded[0] == u'0' && ContactTextFolder::isAsciiDigit(folded[1]))
                ++leadingZero;
            const bool number = parsesAsNumber(t);
            const bool date = DateNormalizer::parse(t).ok();
            numbers += number;
            dates += date;
            dateOnly += date && !number;
            break;
        }
        default:
            ++n;
            break;
        }
    }
    if (n == 0)
        return ColumnKind::Text;
    if (leadingZero > 0)
        return ColumnKind::Code;
    if (dates * 10 >= n * 6 && dateOnly * 10 >= n * 2)
        return ColumnKind::Date;
    if (numbers > 0 && numbers * 10 >= (n - symbols) * 6)
        return ColumnKind::Number;
    return ColumnKind::Text;
}

bool Diagnoser::scanColumn(int column, ColumnScan &scan)
{
    const Column &col = m_table.column(column);
    scan.kind = classify(column, m_checkedRows);
    const QString header = m_headerTexts.value(column);
    const bool typedSource = m_source.format == u"xlsx";
    for (qsizetype r : m_checkedRows) {
        if (m_work->stop())
            return false;
        const Cell::Kind kind = col.kindAt(r);
        if (kind == Cell::Kind::Empty)
            continue;
        scan.hasData = true;
        if (kind != Cell::Kind::Text)
            continue;
        const QString text = col.at(r).textValue();
        if (hasLayoutSpace(text))
            note(scan.layout, scan.layoutCount, r, column);
        if (const quint8 flags = platformDependentChars(text)) {
            scan.platformFlags |= flags;
            note(scan.platform, scan.platformCount, r, column);
        }
        const QString t = text.trimmed();
        if (t.isEmpty())
            continue;
        switch (scan.kind) {
        case ColumnKind::Number: {
            if (isSpecialSymbol(t)) {
                note(scan.symbols, scan.symbolsCount, r, column);
                break;
            }
            if (isPlainNumber(text)) {
                if (typedSource)
                    note(scan.plainText, scan.plainTextCount, r, column);
                break;
            }
            const UnitSplit split = splitUnit(t);
            if (NumberNormalizer::parseAmount(split.number).ok()) {
                note(scan.amounts, scan.amountsCount, r, column);
                if (NumberNormalizer::parseAmount(text).ok())
                    ++scan.amountsDirect;
                if (!split.unit.isEmpty() && scan.unit.isEmpty() && !header.contains(split.unit))
                    scan.unit = split.unit;
            } else {
                note(scan.words, scan.wordsCount, r, column);
            }
            break;
        }
        case ColumnKind::Date:
            if (isWarekiOnly(t) || isSerialText(t))
                note(scan.wareki, scan.warekiCount, r, column);
            break;
        case ColumnKind::Text: {
            const QChar d = multipleDataDelimiter(t);
            if (!d.isNull()) {
                if (scan.multiDelimiter.isNull())
                    scan.multiDelimiter = d;
                note(scan.multi, scan.multiCount, r, column);
            }
            break;
        }
        case ColumnKind::Code:
            break;
        }
    }
    return true;
}

// 1-6: a group heading (地区, 部署) written once and the cells below it left blank, as a merged
// cell reads or as people type it. Decided from the checked rows first, then counted on all.
bool Diagnoser::checkGroupBlanks(int column, const ColumnScan &scan)
{
    if (scan.kind == ColumnKind::Number || scan.kind == ColumnKind::Date || m_verticalMerge[size_t(column)]
        || isNoteHeader(m_headerTexts.value(column)))
        return true;
    const Column &col = m_table.column(column);
    const qsizetype rows = m_table.rowCount();
    // The first non-blank data row must carry the heading.
    qsizetype first = m_firstData;
    while (first < rows && m_blankRow[size_t(first - m_firstData)])
        ++first;
    if (first >= rows || BlankCell::at(col, first))
        return true;
    qsizetype empty = 0, filled = 0;
    for (qsizetype r : m_checkedRows) {
        if (m_blankRow[size_t(r - m_firstData)])
            continue;
        (BlankCell::at(col, r) ? empty : filled) += 1;
    }
    if (filled < 2 || empty * 10 < (empty + filled) * 4 || empty < filled * 3 / 2)
        return true;
    QList<FindingCell> cells;
    qsizetype count = 0;
    for (qsizetype r = first; r < rows; ++r) {
        if (m_context.isCancelled())
            return false;
        if (m_blankRow[size_t(r - m_firstData)])
            continue;
        if (BlankCell::at(col, r)) {
            note(cells, count, r, column);
        } else if (col.kindAt(r) != Cell::Kind::Text || col.at(r).textValue().trimmed().size() > 30) {
            return true; // long texts are notes, not headings
        }
    }
    m_groupBlanks += cells.mid(0, Finding::MaxCells - m_groupBlanks.size());
    m_groupBlankCount += count;
    m_groupColumns << m_report.columnNames.value(column);
    return true;
}

void Diagnoser::addMergeFindings()
{
    if (m_sheet.merges.isEmpty())
        return;
    QStringList fillColumns;
    Finding f;
    f.rule = QStringLiteral("1-4");
    f.severity = Finding::Severity::Error;
    f.title = Diagnosis::tr("Merged cells");
    f.explanation = Diagnosis::tr(
        "%n range(s) of cells are merged. Software sees a value only in the first cell of a merged range and "
        "the other cells as empty, so rows lose their group or heading. Unmerge the cells and write the value "
        "in every row.",
        nullptr, int(std::min<qsizetype>(m_sheet.merges.size(), INT_MAX)));
    for (const CellRange &range : m_sheet.merges) {
        f.addCell(range.firstRow, range.firstColumn);
        if (range.lastRow > range.firstRow && range.firstRow >= m_firstData) {
            for (int c = range.firstColumn; c <= range.lastColumn && c < m_table.columnCount(); ++c) {
                m_verticalMerge[size_t(c)] = true;
                const QString name = m_report.columnNames.value(c);
                if (!name.isEmpty() && !fillColumns.contains(name))
                    fillColumns << name;
            }
        }
    }
    if (!fillColumns.isEmpty()) {
        f.columns = fillColumns;
        f.suggestion = {QStringLiteral("fillDown"), QJsonObject{{QStringLiteral("columns"), jsonNames(fillColumns)}}};
        f.explanation += QLatin1Char(' ')
            + Diagnosis::tr("“Fill down” writes the value of each merged range into the empty cells below it.");
    }
    m_report.findings.append(f);
}

void Diagnoser::addHeaderFindings()
{
    QList<FindingCell> unnamed;
    QList<FindingCell> laidOut;
    QStringList unnamedColumns;
    QJsonObject renames;
    QStringList renamed;
    const qsizetype headerRow = m_report.headerRow; // -1 for a named table: cells point above row 0
    for (int c = 0; c < m_table.columnCount(); ++c) {
        const QString header = m_headerTexts.value(c);
        if (isBlankText(header)) {
            if (m_scans[size_t(c)].hasData) {
                unnamed.append(FindingCell{headerRow, c});
                unnamedColumns << m_report.columnNames.value(c);
            }
            continue;
        }
        const bool outerSpace = m_report.headerRow < 0 && header != header.trimmed();
        if (isLaidOutHeader(header) || outerSpace) {
            laidOut.append(FindingCell{headerRow, c});
            const QString name = m_report.columnNames.value(c);
            const QString clean = headerWithoutLayout(header);
            if (!clean.isEmpty() && clean != name && !m_report.columnNames.contains(clean)) {
                renames.insert(name, clean);
                renamed << name;
            }
        }
    }
    if (!unnamed.isEmpty()) {
        Finding &f = add(QStringLiteral("1-6"), Finding::Severity::Error, Diagnosis::tr("Columns without a heading"),
                         Diagnosis::tr("Some columns hold data but have no heading, so nobody can tell what their "
                                       "values mean and steps cannot name them. Write a heading for each."));
        for (const FindingCell &cell : std::as_const(unnamed))
            f.addCell(cell.row, cell.column);
        f.columns = unnamedColumns;
    }
    if (!laidOut.isEmpty()) {
        Finding &f = add(QStringLiteral("1-5"), Finding::Severity::Warning,
                         Diagnosis::tr("Headings spaced out or broken over lines"),
                         Diagnosis::tr("Some headings hold spaces or line breaks to make them look centred or fit "
                                       "the column (氏　名). Software then sees a different name from the one "
                                       "people search for. Write headings without them."));
        for (const FindingCell &cell : std::as_const(laidOut))
            f.addCell(cell.row, cell.column);
        f.columns = renamed;
        if (!renames.isEmpty())
            f.suggestion = {QStringLiteral("renameColumns"), QJsonObject{{QStringLiteral("names"), renames}}};
    }
}

void Diagnoser::addColumnFindings()
{
    using Severity = Finding::Severity;
    struct Gather
    {
        QList<FindingCell> cells;
        qsizetype count = 0;
        QStringList columns;
        void take(const QList<FindingCell> &more, qsizetype moreCount, const QString &column)
        {
            if (moreCount == 0)
                return;
            cells += more.mid(0, std::max<qsizetype>(0, Finding::MaxCells - cells.size()));
            count += moreCount;
            columns << column;
        }
        void into(Finding &f) const
        {
            f.cells = cells;
            f.count = count;
            f.columns = columns;
        }
    };
    Gather layout, platform, amounts, plain, words, symbols, wareki;
    quint8 platformFlags = 0;
    bool amountsDirect = true;
    QJsonObject unitRenames;
    QStringList unitColumns;
    QList<FindingCell> unitCells;
    for (int c = 0; c < m_table.columnCount(); ++c) {
        const ColumnScan &s = m_scans[size_t(c)];
        const QString name = m_report.columnNames.value(c);
        layout.take(s.layout, s.layoutCount, name);
        platform.take(s.platform, s.platformCount, name);
        platformFlags |= s.platformFlags;
        amounts.take(s.amounts, s.amountsCount, name);
        if (s.amountsCount > 0 && s.amountsDirect * 10 < s.amountsCount * 9)
            amountsDirect = false;
        plain.take(s.plainText, s.plainTextCount, name);
        words.take(s.words, s.wordsCount, name);
        symbols.take(s.symbols, s.symbolsCount, name);
        wareki.take(s.wareki, s.warekiCount, name);
        if (!s.unit.isEmpty()) {
            unitRenames.insert(name, Diagnosis::tr("%1 (%2)", "column name with its unit").arg(name, s.unit));
            unitColumns << name;
            unitCells.append(FindingCell{m_report.headerRow, c});
        }
        if (s.multiCount > 0) {
            Finding &f = add(QStringLiteral("1-2"), Severity::Error, Diagnosis::tr("More than one value in a cell"),
                             Diagnosis::tr("Cells of column “%1” hold several numbers or dates separated by “%2”. "
                                           "Software cannot add up or sort them. Put each value in its own "
                                           "column.")
                                     .arg(name, s.multiDelimiter == u'\n' ? Diagnosis::tr("line breaks")
                                                                          : QString(s.multiDelimiter))
                                 + samplingNote());
            f.cells = s.multi;
            f.count = s.multiCount;
            f.columns = {name};
            if (s.multiDelimiter != u'\n')
                f.suggestion = {QStringLiteral("splitColumn"),
                                QJsonObject{{QStringLiteral("column"), name},
                                            {QStringLiteral("mode"), QStringLiteral("delimiter")},
                                            {QStringLiteral("delimiter"), QString(s.multiDelimiter)}}};
        }
    }

    if (amounts.count > 0) {
        Finding &f = add(QStringLiteral("1-3"), Severity::Error, Diagnosis::tr("Numbers written as text"),
                         Diagnosis::tr("Numbers are written with 円, ¥, commas, full-width digits or spaces (1,000円, "
                                       "１２０００). Software reads them as text and cannot add them up. Keep only "
                                       "the number in the cell and the unit in the heading.")
                             + samplingNote());
        amounts.into(f);
        if (amountsDirect)
            f.suggestion = {QStringLiteral("normalizeAmounts"),
                            QJsonObject{{QStringLiteral("columns"), jsonNames(amounts.columns)}}};
    }
    if (plain.count > 0) {
        Finding &f = add(QStringLiteral("1-3"), Severity::Error, Diagnosis::tr("Numbers stored as text cells"),
                         Diagnosis::tr("These cells look like numbers but are stored as text (Excel marks them "
                                       "with a green triangle), so sums and sorting skip or misplace them.")
                             + samplingNote());
        plain.into(f);
        f.suggestion = {QStringLiteral("changeType"),
                        QJsonObject{{QStringLiteral("columns"), jsonNames(plain.columns)},
                                    {QStringLiteral("to"), QStringLiteral("number")}}};
    }
    if (words.count > 0) {
        Finding &f = add(QStringLiteral("1-3"), Severity::Error, Diagnosis::tr("Words in a column of numbers"),
                         Diagnosis::tr("A column of numbers also holds words (無料, 約3,000円, 未定). Software "
                                       "then treats the whole column as text. Decide what each should be: a "
                                       "number, an empty cell, or a note in another column.")
                             + samplingNote());
        words.into(f);
    }
    if (layout.count > 0) {
        Finding &f = add(QStringLiteral("1-5"), Severity::Warning, Diagnosis::tr("Spaces or line breaks for layout"),
                         Diagnosis::tr("Values have spaces before or after them, several spaces in a row, or line "
                                       "breaks. They look the same on screen, but software sees “山田　太郎” and "
                                       "“山田 太郎 ” as different values.")
                             + samplingNote());
        layout.into(f);
        f.suggestion = {QStringLiteral("trim"), QJsonObject{{QStringLiteral("columns"), jsonNames(layout.columns)},
                                                            {QStringLiteral("collapse"), true}}};
    }
    if (m_groupBlankCount > 0) {
        Finding &f = add(QStringLiteral("1-6"), Severity::Error, Diagnosis::tr("Group names written only once"),
                         Diagnosis::tr("A group name (such as a 地区) is written in the first row of its group and "
                                       "the rows below are left blank. Each row must say its group, or sorting "
                                       "and filtering lose it."));
        f.cells = m_groupBlanks;
        f.count = m_groupBlankCount;
        f.columns = m_groupColumns;
        f.suggestion = {QStringLiteral("fillDown"), QJsonObject{{QStringLiteral("columns"), jsonNames(m_groupColumns)}}};
    }
    if (!unitColumns.isEmpty()) {
        Finding &f = add(QStringLiteral("1-9"), Severity::Warning, Diagnosis::tr("Unit written in the cells"),
                         Diagnosis::tr("The unit is written in the cells (円, 人) but not in the heading. Once the "
                                       "numbers are cleaned the unit would be lost; put it in the heading."));
        for (const FindingCell &cell : std::as_const(unitCells))
            f.addCell(cell.row, cell.column);
        f.columns = unitColumns;
        f.suggestion = {QStringLiteral("renameColumns"), QJsonObject{{QStringLiteral("names"), unitRenames}}};
    }
    if (platform.count > 0) {
        Finding &f = add(QStringLiteral("1-10"), Severity::Warning, Diagnosis::tr("Characters other systems may not show"),
                         Diagnosis::tr("Values use characters that depend on the computer (機種依存文字): circled "
                                       "numbers ①, ㈱, ㍻, Roman numerals Ⅰ or half-width katakana ｶﾅ. Other "
                                       "systems may show them wrongly or sort them apart.")
                             + samplingNote());
        platform.into(f);
        QJsonObject parameters{{QStringLiteral("columns"), jsonNames(platform.columns)}};
        if (platformFlags & Enclosed)
            parameters.insert(QStringLiteral("keepEnclosed"), false);
        if (platformFlags & Squared)
            parameters.insert(QStringLiteral("keepSquared"), false);
        f.suggestion = {QStringLiteral("normalizeWidth"), parameters};
        if (platformFlags & Roman)
            f.explanation += QLatin1Char(' ')
                + Diagnosis::tr("Roman numerals are not changed by the suggested step; replace them by hand.");
    }
    if (wareki.count > 0) {
        Finding &f = add(QStringLiteral("1-11"), Severity::Warning, Diagnosis::tr("Dates in 和暦 or as serial numbers"),
                         Diagnosis::tr("Dates are written in the Japanese era (令和3年4月1日, R3.4.1) without the "
                                       "western year, or as Excel serial numbers. Write dates in the western "
                                       "calendar (2021-04-01), or add it beside the era.")
                             + samplingNote());
        wareki.into(f);
        f.suggestion = {QStringLiteral("normalizeDates"), QJsonObject{{QStringLiteral("columns"), jsonNames(wareki.columns)}}};
    }
    if (symbols.count > 0) {
        Finding &f = add(QStringLiteral("3-1"), Severity::Warning, Diagnosis::tr("Symbols in a column of numbers"),
                         Diagnosis::tr("A column of numbers holds symbols such as “-”, “…” or “x” (none, secret, "
                                       "unknown). Software reads the column as text. Explain each symbol in a "
                                       "note, and keep it out of the numbers if you can.")
                             + samplingNote());
        symbols.into(f);
    }
}

void Diagnoser::addUnchecked()
{
    if (m_source.format == u"xlsx") {
        m_report.unchecked.append(
            {QStringLiteral("1-7"), Diagnosis::tr("Formulas turned into values"),
             Diagnosis::tr("Tenarai reads the value each formula last calculated, not the formula, so it cannot "
                           "tell whether cells still hold formulas. Check in Excel (Formulas > Show Formulas).")});
        m_report.unchecked.append(
            {QStringLiteral("1-8"), Diagnosis::tr("No pictures, shapes or text boxes"),
             Diagnosis::tr("Tenarai does not read pictures, shapes, text boxes or comments. Look at the sheet in "
                           "Excel.")});
    }
    m_report.unchecked.append(
        {QStringLiteral("1-9"), Diagnosis::tr("Units stated"),
         Diagnosis::tr("Only units written inside cells are found. Whether each column of numbers says its unit "
                       "in the heading is for you to check.")});
    m_report.unchecked.append(
        {QStringLiteral("1-12"), Diagnosis::tr("Region codes or names"),
         Diagnosis::tr("Whether the table needs a region code or region name depends on what it describes.")});
}

Result<DiagnosisReport> Diagnoser::run()
{
    findHeader();
    const qsizetype rows = m_table.rowCount();
    const int columns = m_table.columnCount();
    m_report.dataRows = rows - m_firstData;
    const qsizetype stride = m_report.dataRows <= Diagnosis::FullScanRows
        ? 1
        : (m_report.dataRows + Diagnosis::FullScanRows - 1) / Diagnosis::FullScanRows;
    for (qsizetype r = m_firstData; r < rows; r += stride)
        m_checkedRows.push_back(r);
    m_report.rowsChecked = qsizetype(m_checkedRows.size());
    m_verticalMerge.assign(size_t(columns), false);
    m_scans.resize(size_t(columns));

    Work work(m_context, m_report.dataRows + qsizetype(m_checkedRows.size()) * columns);
    m_work = &work;
    Finding blankRows;
    blankRows.rule = QStringLiteral("2-1");
    m_blankRow.assign(size_t(m_report.dataRows), false);
    Finding secondTable;
    bool previousBlank = false;
    for (qsizetype r = m_firstData; r < rows; ++r) {
        if (m_work->stop())
            return cancelled();
        const bool blank = isBlankRow(m_table, r);
        m_blankRow[size_t(r - m_firstData)] = blank;
        if (blank) {
            blankRows.addCell(r, 0);
        } else if (previousBlank) {
            // 2-2: a row after a gap that repeats the headings starts another table.
            int same = 0, headings = 0;
            for (int c = 0; c < columns; ++c) {
                const QString h = m_headerTexts.value(c).trimmed();
                if (h.isEmpty())
                    continue;
                ++headings;
                same += m_table.cell(r, c).toString().trimmed() == h;
            }
            if (headings > 0 && same * 2 >= headings && same >= std::min(2, headings))
                secondTable.addCell(r, 0);
        }
        previousBlank = blank;
    }

    addMergeFindings();
    for (int c = 0; c < columns; ++c) {
        if (!scanColumn(c, m_scans[size_t(c)]) || !checkGroupBlanks(c, m_scans[size_t(c)]))
            return cancelled();
    }
    addHeaderFindings();
    addColumnFindings();

    if (blankRows.count > 0) {
        Finding &f = add(QStringLiteral("2-1"), Finding::Severity::Error, Diagnosis::tr("Blank rows inside the table"),
                         Diagnosis::tr("Blank rows split the data. Software stops at the first blank row or counts "
                                       "it as a record."));
        f.cells = blankRows.cells;
        f.count = blankRows.count;
        f.suggestion = {QStringLiteral("removeBlankRows"), QJsonObject{}};
    }
    Finding blankColumns;
    for (int c = 0; c < columns; ++c) {
        if (!m_scans[size_t(c)].hasData && isBlankText(m_headerTexts.value(c))) {
            blankColumns.addCell(std::max<qsizetype>(m_report.headerRow, 0), c);
            blankColumns.columns << m_report.columnNames.value(c);
        }
    }
    if (blankColumns.count > 0) {
        Finding &f = add(QStringLiteral("2-1"), Finding::Severity::Error, Diagnosis::tr("Blank columns"),
                         Diagnosis::tr("Columns with neither a heading nor data split the table or pad it. Remove "
                                       "them.")
                             + samplingNote());
        f.cells = blankColumns.cells;
        f.count = blankColumns.count;
        f.columns = blankColumns.columns;
        f.suggestion = {QStringLiteral("removeBlankColumns"), QJsonObject{}};
    }
    if (secondTable.count > 0) {
        Finding &f = add(QStringLiteral("2-2"), Finding::Severity::Error, Diagnosis::tr("More than one table on the sheet"),
                         Diagnosis::tr("After a blank row the headings appear again: a second table starts there. "
                                       "Put each table on its own sheet, or join them into one with a column that "
                                       "says which part a row belongs to."));
        f.cells = secondTable.cells;
        f.count = secondTable.count;
    }
    addUnchecked();

    // By check item, as the 統一ルール numbers them (1-2 before 1-10).
    const auto key = [](const QString &rule) {
        const qsizetype dash = rule.indexOf(u'-');
        return std::pair{rule.left(dash).toInt(), rule.mid(dash + 1).toInt()};
    };
    std::stable_sort(m_report.findings.begin(), m_report.findings.end(),
                     [&key](const Finding &a, const Finding &b) { return key(a.rule) < key(b.rule); });
    return std::move(m_report);
}

} // namespace

void Finding::addCell(qsizetype row, int column)
{
    if (cells.size() < MaxCells)
        cells.append(FindingCell{row, column});
    ++count;
}

QString Finding::severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

Result<DiagnosisReport> Diagnosis::run(const Sheet &sheet, const SourceInfo &source, const StepContext &context)
{
    return Diagnoser(sheet, source, context).run();
}

} // namespace tenarai
