// The allocation-free paths of address splitting and block numbers (AddressSplitter::trySplit,
// AddressSplitter::quickClean, BlockNumberNormalizer's buffers, SplitAddressStep's byte path)
// must answer exactly as the general ones. These tests run both over a wide generated set of
// Japanese addresses and compare results and messages.

#include "cleaning/NormalizeBlockNumbersStep.h"
#include "cleaning/SplitAddressStep.h"
#include "normalize/AddressSplitter.h"
#include "normalize/BlockNumberNormalizer.h"
#include "normalize/ContactTextFolder.h"
#include "normalize/MunicipalityDirectory.h"
#include "normalize/NumberNormalizer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <gtest/gtest.h>

#include <random>
#include <vector>

using namespace tenarai;

namespace {

// ---- The block number normaliser as it was before its buffers: the reference. ----

int refKanjiUnit(char16_t c)
{
    switch (c) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    default:
        return 0;
    }
}

bool refIsKanjiNumeral(QChar c)
{
    return NumberNormalizer::kanjiDigit(c) >= 0 || refKanjiUnit(c.unicode()) > 0;
}

struct RefNumber
{
    qsizetype end = 0;
    int value = -1;
    bool kanji = false;
};

RefNumber refReadNumber(QStringView s, qsizetype i)
{
    RefNumber n;
    n.end = i;
    if (i >= s.size())
        return n;
    if (ContactTextFolder::isAsciiDigit(s[i])) {
        while (n.end < s.size() && ContactTextFolder::isAsciiDigit(s[n.end]))
            ++n.end;
        return n;
    }
    while (n.end < s.size() && refIsKanjiNumeral(s[n.end]))
        ++n.end;
    if (n.end > i) {
        n.kanji = true;
        n.value = BlockNumberNormalizer::kanjiNumeralValue(s.mid(i, n.end - i));
        if (n.value < 0)
            n.end = i;
    }
    return n;
}

bool refStartsNumber(QStringView s, qsizetype i)
{
    return i < s.size() && (ContactTextFolder::isAsciiDigit(s[i]) || refIsKanjiNumeral(s[i]));
}

struct RefSuffix
{
    enum Kind { None, Chome, Ban, Go, Hyphen } kind = None;
    qsizetype unitEnd = 0;
    qsizetype next = 0;
};

RefSuffix refReadSuffix(QStringView s, qsizetype i)
{
    const QStringView tail = s.mid(i);
    const auto digitAt
        = [&s](qsizetype at) { return at < s.size() && ContactTextFolder::isAsciiDigit(s[at]); };
    RefSuffix r { RefSuffix::None, i, i };
    if (tail.startsWith(u"丁目")) {
        r = { RefSuffix::Chome, i + 2, i + 2 };
        if (tail.size() > 2 && tail[2] == u'-' && digitAt(i + 3))
            r.next = i + 3;
    } else if (tail.startsWith(u"番地")) {
        r = { RefSuffix::Ban, i + 2, i + 2 };
        if (tail.size() > 2 && tail[2] == u'の' && refStartsNumber(s, i + 3))
            r.next = i + 3;
    } else if (tail.startsWith(u"番")) {
        r = { RefSuffix::Ban, i + 1, i + 1 };
        if (tail.size() > 1 && tail[1] == u'の' && refStartsNumber(s, i + 2))
            r.next = i + 2;
    } else if (tail.startsWith(u"号")) {
        r = { RefSuffix::Go, i + 1, i + 1 };
    } else if (tail.startsWith(u"-") && digitAt(i + 1)) {
        r = { RefSuffix::Hyphen, i, i + 1 };
    }
    return r;
}

bool refPlaceNameFollows(QStringView s, qsizetype i)
{
    return i < s.size() && (s[i] == u'町' || s[i] == u'丁' || s[i] == u'通' || s[i] == u'街');
}

struct RefBlock
{
    qsizetype end = 0;
    QStringList numbers;
    QString firstUnit;
};

RefBlock refReadBlock(QStringView s, qsizetype i)
{
    RefBlock block;
    qsizetype pos = i;
    bool afterChome = false;
    for (;;) {
        const RefNumber n = refReadNumber(s, pos);
        if (n.end == pos)
            break;
        const RefSuffix suffix = refReadSuffix(s, n.end);
        const bool first = block.numbers.isEmpty();
        if (n.kanji
            && !(suffix.kind == RefSuffix::Chome
                 || (afterChome && (suffix.kind == RefSuffix::Ban || suffix.kind == RefSuffix::Go))))
            break;
        if (suffix.kind == RefSuffix::Chome && !first)
            break;
        if (first && suffix.kind == RefSuffix::None)
            break;
        if ((suffix.kind == RefSuffix::Ban || suffix.kind == RefSuffix::Chome)
            && refPlaceNameFollows(s, suffix.unitEnd))
            break;
        if (suffix.kind == RefSuffix::Go && suffix.unitEnd < s.size()
            && (s[suffix.unitEnd] == u'室' || s[suffix.unitEnd] == u'棟' || s[suffix.unitEnd] == u'館'))
            break;
        if (first)
            block.firstUnit = s.mid(n.end, suffix.unitEnd - n.end).toString();
        block.numbers << (n.kanji ? QString::number(n.value) : s.mid(pos, n.end - pos).toString());
        block.end = suffix.unitEnd;
        pos = suffix.next;
        if (suffix.kind == RefSuffix::Chome)
            afterChome = true;
        if (suffix.kind == RefSuffix::Go || suffix.kind == RefSuffix::None || !refStartsNumber(s, pos))
            break;
    }
    if (block.numbers.size() == 1 && block.firstUnit.isEmpty())
        block.numbers.clear();
    if (block.numbers.isEmpty())
        block.end = 0;
    return block;
}

QString referenceClean(QStringView text)
{
    QString folded = ContactTextFolder::collapseWhitespace(ContactTextFolder::foldWidth(text));
    ContactTextFolder::dashesBetweenDigitsToHyphen(folded);
    return folded;
}

QString referenceBlockNumbers(QStringView text)
{
    const QString folded = referenceClean(text);
    const QStringView s(folded);
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!refStartsNumber(s, i))
            continue;
        if (i > 0) {
            const QChar prev = s[i - 1];
            if (ContactTextFolder::isAsciiDigit(prev) || prev == u'-'
                || (prev.unicode() < 0x80 && prev.isLetter()) || refIsKanjiNumeral(prev))
                continue;
        }
        const RefBlock block = refReadBlock(s, i);
        if (block.end == 0)
            continue;
        QString out = s.left(i).toString();
        if (block.numbers.size() == 1) {
            out += block.numbers.front();
            out += block.firstUnit;
        } else
            out += block.numbers.join(u'-');
        const QStringView building = s.mid(block.end).trimmed();
        if (!building.isEmpty()) {
            out += u' ';
            out += building;
        }
        return out;
    }
    return folded;
}

// ---- Generated addresses. ----

const QStringList &prefectures()
{
    static const QStringList list = { QString(),
                                      QStringLiteral("東京都"),
                                      QStringLiteral("三重県"),
                                      QStringLiteral("愛知県"),
                                      QStringLiteral("奈良県"),
                                      QStringLiteral("広島県"),
                                      QStringLiteral("福島県"),
                                      QStringLiteral("北海道"),
                                      QStringLiteral("京都府"),
                                      QStringLiteral("和歌山県"),
                                      QStringLiteral("神奈川県"),
                                      QStringLiteral("東京") };
    return list;
}

const QStringList &municipalities()
{
    static const QStringList list = {
        QStringLiteral("四日市市"),
        QStringLiteral("蒲郡市"),
        QStringLiteral("大和郡山市"),
        QStringLiteral("郡山市"),
        QStringLiteral("府中市"),
        QStringLiteral("府中町"),
        QStringLiteral("伊達市"),
        QStringLiteral("市川市"),
        QStringLiteral("廿日市市"),
        QStringLiteral("串本町"),
        QStringLiteral("東牟婁郡串本町"),
        QStringLiteral("東牟婁郡　串本町"),
        QStringLiteral("西多摩郡奥多摩町"),
        QStringLiteral("奥多摩町"),
        QStringLiteral("横浜市"),
        QStringLiteral("横浜市中区"),
        QStringLiteral("横浜市 中区"),
        QStringLiteral("茅ケ崎市"),
        QStringLiteral("茅ヶ崎市"),
        QStringLiteral("茅が崎市"),
        QStringLiteral("札幌市中央区"),
        QStringLiteral("千代田区"),
        QStringLiteral("京都市中京区"),
        QStringLiteral("架空市"),
        QString(),
        QStringLiteral("安芸郡府中町"),
        QStringLiteral("武蔵野市"),
        QStringLiteral("北区"),
        QStringLiteral("府中"),
    };
    return list;
}

const QStringList &rests()
{
    static const QStringList list = {
        QString(),
        QStringLiteral("本町1-2"),
        QStringLiteral("１丁目２番３号"),
        QStringLiteral("一丁目2番地3"),
        QStringLiteral("1丁目2番地の3 コーポ桜101"),
        QStringLiteral("大字上野１２１８番地の２９"),
        QStringLiteral("緑が丘９丁目２７－２１　メゾン青葉Ａ－１０５"),
        QStringLiteral("三田"),
        QStringLiteral("一番町"),
        QStringLiteral("北1条西"),
        QStringLiteral("1234番地"),
        QStringLiteral("1234番地5"),
        QStringLiteral("203号室"),
        QStringLiteral("霞が関3-1-1 中央合同庁舎"),
        QStringLiteral("1ー2ー3"),
        QStringLiteral("１−２"),
        QStringLiteral("ｶﾞｰﾃﾞﾝ 1ｰ2"),
        QStringLiteral("𠮷野町1-2"),
        QStringLiteral("三丁目"),
        QStringLiteral("十二番"),
        QStringLiteral("三丁目十二番五号"),
        QStringLiteral("百五番地"),
        QStringLiteral("二十三号"),
        QStringLiteral("一〇五番地の二"),
        QStringLiteral("1丁目-2-3"),
        QStringLiteral("5番町"),
        QStringLiteral("三丁目通"),
        QStringLiteral("1-二"),
        QStringLiteral("A-105"),
        QStringLiteral("第2ビル3F"),
        QStringLiteral("1−2—3―4"),
        QStringLiteral("1 ー 2"),
        QStringLiteral("1-2-3-4-5-6-7-8-9-10-11"),
        QStringLiteral("２丁目３番地の４　　グランド\tハイツ"),
        QStringLiteral("0丁目0番0号"),
        QStringLiteral("〇丁目"),
        QStringLiteral("1丁目2番の3号館"),
        QStringLiteral("１\u00A0２番\u2003３号"),
        QStringLiteral("\u3000\u3000大字中山1695番地の5パークサイド旭502 "),
        QStringLiteral("千代田1-1"),
        QStringLiteral("九千九百九十九番"),
        QStringLiteral("十十番"),
    };
    return list;
}

const QStringList &separators()
{
    static const QStringList list = { QString(), QStringLiteral(" "), QStringLiteral("\u3000"),
                                      QStringLiteral("  "), QStringLiteral("\t") };
    return list;
}

std::vector<QString> generatedAddresses()
{
    std::vector<QString> out;
    const QStringList &p = prefectures();
    const QStringList &m = municipalities();
    const QStringList &r = rests();
    const QStringList &sep = separators();
    // Every prefecture, municipality and rest once together, then random mixes with separators,
    // odd characters and leading or trailing space.
    for (const QString &a : p)
        for (const QString &b : m)
            for (const QString &c : r)
                out.push_back(a + b + c);
    std::mt19937 random(20240601);
    const auto pick = [&random](const QStringList &list) {
        return list.at(qsizetype(random() % std::uint32_t(list.size())));
    };
    const QStringList oddities = { QString(QChar(char16_t(0xD800))),
                                   QString(QChar(char16_t(0xDC00))),
                                   QStringLiteral("ﾃﾞ"),
                                   QStringLiteral("ー"),
                                   QStringLiteral("\n"),
                                   QStringLiteral("０"),
                                   QStringLiteral("\uFEFF"),
                                   QStringLiteral("ｰ"),
                                   QStringLiteral("\u2028") };
    for (int i = 0; i < 20000; ++i) {
        QString s = pick(sep) + pick(p) + pick(sep) + pick(m) + pick(sep) + pick(r) + pick(sep);
        if (random() % 5 == 0)
            s.insert(qsizetype(random() % std::uint32_t(s.size() + 1)), pick(oddities));
        out.push_back(s);
    }
    return out;
}

const AddressSplitter &splitter()
{
    static const AddressSplitter s(MunicipalityDirectory::embedded());
    return s;
}

} // namespace

TEST(AddressFastPath, QuickCleanMatchesContactTextFolderForEveryCharacter)
{
    AddressSplitter::Buffer buffer;
    for (char32_t c = 0; c <= 0xFFFF; ++c) {
        const QChar ch = QChar(char16_t(c));
        const QString texts[] = { QString(ch), QStringLiteral("1") + ch + u'2',
                                  QStringLiteral(" a") + ch + ch + QStringLiteral(" b "),
                                  QStringLiteral("１") + ch + QStringLiteral("２") };
        for (const QString &text : texts) {
            const QString expected = referenceClean(text);
            if (AddressSplitter::quickClean(text, buffer)) {
                ASSERT_EQ(QStringView(buffer.constData(), buffer.size()), QStringView(expected))
                    << "U+" << std::hex << unsigned(c);
            } else {
                // Only half-width katakana are left to the folder.
                ASSERT_TRUE(text.contains(QChar(char16_t(c))) && c >= 0xFF61 && c <= 0xFF9F)
                    << "U+" << std::hex << unsigned(c);
            }
        }
    }
}

TEST(AddressFastPath, TrySplitAnswersAsSplit)
{
    const MunicipalityDirectory &dir = splitter().directory();
    AddressSplitter::Buffer buffer;
    int quick = 0;
    int general = 0;
    for (const QString &address : generatedAddresses()) {
        AddressSplitter::Found found;
        const Result<AddressParts> parts = splitter().split(address);
        if (!splitter().trySplit(address, buffer, &found)) {
            ++general;
            continue;
        }
        ++quick;
        ASSERT_TRUE(parts.ok()) << qPrintable(address) << ": " << qPrintable(parts.error().message);
        EXPECT_EQ(dir.prefectureName(found.prefecture), parts->prefecture) << qPrintable(address);
        EXPECT_EQ(dir.municipalityName(found.municipality), parts->municipality) << qPrintable(address);
        EXPECT_EQ(found.rest.toString(), parts->rest) << qPrintable(address);
        EXPECT_EQ(found.prefectureCompleted, parts->prefectureCompleted) << qPrintable(address);
        EXPECT_EQ(found.districtCompleted, parts->districtCompleted) << qPrintable(address);
        EXPECT_EQ(dir.prefectureNameUtf8(found.prefecture), parts->prefecture.toUtf8());
        EXPECT_EQ(dir.municipalityNameUtf8(found.municipality), parts->municipality.toUtf8());
    }
    // Both paths must really have been exercised.
    EXPECT_GT(quick, 1000);
    EXPECT_GT(general, 1000);
}

TEST(AddressFastPath, BlockNumbersAnswerAsTheReference)
{
    std::vector<QString> inputs = generatedAddresses();
    for (const QString &r : rests())
        inputs.push_back(r);
    for (const QString &address : generatedAddresses()) {
        const Result<AddressParts> parts = splitter().split(address);
        if (parts.ok())
            inputs.push_back(parts->rest);
    }
    int changed = 0;
    for (const QString &text : inputs) {
        const QString expected = referenceBlockNumbers(text);
        ASSERT_EQ(BlockNumberNormalizer::normalize(text), expected) << qPrintable(text);
        const std::optional<QString> ifChanged = BlockNumberNormalizer::normalizeIfChanged(text);
        if (expected == text) {
            EXPECT_FALSE(ifChanged.has_value()) << qPrintable(text);
        } else {
            ++changed;
            ASSERT_TRUE(ifChanged.has_value()) << qPrintable(text);
            EXPECT_EQ(*ifChanged, expected) << qPrintable(text);
        }
    }
    EXPECT_GT(changed, 1000);
}

TEST(AddressFastPath, SplitAddressStepAnswersAsSplitForEveryRow)
{
    // More rows than two of CellMapper's blocks, so that the step runs on the thread pool, and
    // cells of every kind, including bytes that are not valid UTF-8.
    std::vector<QString> addresses = generatedAddresses();
    Table input;
    input.setColumnNames({ QStringLiteral("住所"), QStringLiteral("備考") });
    const QByteArray invalid[]
        = { QByteArray("\xE6\x9D\xB1\xFF"), QByteArray("\xEF\xBB\xBF\xE6\x9D\xB1\xE4\xBA\xAC\xE9\x83\xBD"),
            QByteArray("\xC0\xAF"), QByteArray("\xED\xA0\x80"), QByteArray("\xF0\x9F\x98") };
    const QByteArray memo("memo");
    qsizetype row = 0;
    for (const QString &a : addresses) {
        if (row % 97 == 0)
            input.appendRow({ Cell::number(double(row)), Cell::text(QStringLiteral("x")) });
        else if (row % 89 == 0)
            input.appendRow({ Cell(), Cell() });
        else if (row % 83 == 0)
            input.appendTextRow({ QByteArrayView(invalid[row % 5]), QByteArrayView(memo) });
        else
            input.appendRow({ Cell::text(a), Cell::text(QStringLiteral("x")) });
        ++row;
    }
    SplitAddressStep step;
    ASSERT_TRUE(step.setParameters({ { QStringLiteral("column"), QStringLiteral("住所") } }).ok());
    const Result<StepOutcome> out = step.apply(input, StepContext());
    ASSERT_TRUE(out.ok());
    const Table &o = out->table;
    ASSERT_EQ(o.rowCount(), input.rowCount());

    // What the step did before its byte path, row by row.
    StepOutcome expected;
    const auto asCell = [](const QString &text) { return text.isEmpty() ? Cell() : Cell::text(text); };
    for (qsizetype r = 0; r < input.rowCount(); ++r) {
        const Cell cell = input.cell(r, 0);
        Cell want[3];
        if (cell.kind() != Cell::Kind::Text) {
            if (cell.kind() != Cell::Kind::Empty)
                expected.addIssue(r, 0, SplitAddressStep::tr("“%1” is not an address.").arg(cell.toString()));
            want[2] = cell;
        } else {
            AddressParts unresolved;
            const Result<AddressParts> parts = splitter().split(cell.textValue(), &unresolved);
            if (!parts)
                expected.addIssue(r, 0, parts.error().message);
            const AddressParts &p = parts ? parts.value() : unresolved;
            want[0] = asCell(p.prefecture);
            want[1] = asCell(p.municipality);
            want[2] = asCell(p.rest);
        }
        // Compared as stored: the same kind and the same bytes (a decoded cell would hide a
        // difference such as a leading BOM, which QString::fromUtf8() drops).
        for (int c = 0; c < 3; ++c) {
            Column stored;
            stored.append(want[c]);
            ASSERT_EQ(o.column(c).kindAt(r), stored.kindAt(0)) << "row " << r << " column " << c;
            ASSERT_EQ(o.column(c).textBytesAt(r), stored.textBytesAt(0))
                << "row " << r << " column " << c << ": " << qPrintable(cell.toString());
            ASSERT_EQ(o.cell(r, c), stored.at(0)) << "row " << r << " column " << c;
        }
    }
    ASSERT_EQ(out->issueCount, expected.issueCount);
    ASSERT_EQ(out->issues.size(), expected.issues.size());
    for (qsizetype i = 0; i < expected.issues.size(); ++i) {
        EXPECT_EQ(out->issues[i].row, expected.issues[i].row);
        EXPECT_EQ(out->issues[i].column, expected.issues[i].column);
        EXPECT_EQ(out->issues[i].message, expected.issues[i].message);
    }
}

TEST(AddressFastPath, NormalizeBlockNumbersStepKeepsUnchangedCells)
{
    NormalizeBlockNumbersStep step;
    ASSERT_TRUE(
        step.setParameters({ { QStringLiteral("columns"), QJsonArray { QStringLiteral("町域以降") } } })
            .ok());
    Table input;
    input.setColumnNames({ QStringLiteral("町域以降") });
    QStringList values;
    for (const QString &r : rests()) {
        values << r;
        input.appendRow({ Cell::text(r) });
    }
    const Result<StepOutcome> out = step.apply(input, StepContext());
    ASSERT_TRUE(out.ok());
    for (qsizetype r = 0; r < values.size(); ++r) {
        const QString &v = values.at(r);
        const Cell expected = v.trimmed().isEmpty() ? Cell::text(v) : Cell::text(referenceBlockNumbers(v));
        EXPECT_EQ(out->table.cell(r, 0), expected) << qPrintable(v);
    }
    EXPECT_EQ(out->issueCount, 0);
}
