#include "forms/PostalAddressDirectory.h"

#include "io/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace tenarai;

namespace {
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

using Address = PostalAddressDirectory::Address;

// One row of Japan Post's KEN_ALL.CSV layout: 15 columns, the code in the 3rd, the address in
// the 7th to 9th. The addresses are made up.
QList<Cell> kenAllRow(const QString &code, const QString &prefecture, const QString &city,
                      const QString &town)
{
    const QString legacy = code.left(3);
    return { Cell::text(QStringLiteral("99999")),
             Cell::text(legacy),
             Cell::text(code),
             Cell::text(s(u"ｶｸｳｹﾝ")),
             Cell::text(s(u"ｶｸｳｼ")),
             Cell::text(s(u"ｶｸｳﾁｮｳ")),
             Cell::text(prefecture),
             Cell::text(city),
             Cell::text(town),
             Cell::text(QStringLiteral("0")),
             Cell::text(QStringLiteral("0")),
             Cell::text(QStringLiteral("0")),
             Cell::text(QStringLiteral("0")),
             Cell::text(QStringLiteral("0")),
             Cell::text(QStringLiteral("0")) };
}

Table kenAllTable()
{
    Table table;
    table.appendRow(
        kenAllRow(QStringLiteral("0609999"), s(u"北海道"), s(u"架空市中央区"), s(u"以下に掲載がない場合")));
    // One code, several 町域.
    table.appendRow(kenAllRow(QStringLiteral("1234567"), s(u"東京都"), s(u"架空市"), s(u"桜町")));
    table.appendRow(
        kenAllRow(QStringLiteral("1234567"), s(u"東京都"), s(u"架空市"), s(u"梅町（１〜３丁目）")));
    table.appendRow(kenAllRow(QStringLiteral("1234567"), s(u"東京都"), s(u"架空市"), s(u"梅町（４丁目）")));
    // A long 町域 that KEN_ALL splits over rows while its parenthesis is open.
    table.appendRow(
        kenAllRow(QStringLiteral("7654321"), s(u"三重県"), s(u"架空町"), s(u"協和（８８−２、２７１−１０、")));
    table.appendRow(
        kenAllRow(QStringLiteral("7654321"), s(u"三重県"), s(u"架空町"), s(u"３４３−２、４０４−１")));
    table.appendRow(kenAllRow(QStringLiteral("7654321"), s(u"三重県"), s(u"架空町"), s(u"、４２７−３）")));
    table.appendRow(kenAllRow(QStringLiteral("7654322"), s(u"三重県"), s(u"架空町"), s(u"（その他）")));
    table.appendRow(
        kenAllRow(QStringLiteral("7654323"), s(u"三重県"), s(u"架空町"), s(u"駅前の次に番地がくる場合")));
    // Rows whose code cannot be a postal code are skipped.
    table.appendRow(kenAllRow(QStringLiteral("12a4567"), s(u"東京都"), s(u"架空市"), s(u"壊れ町")));
    table.appendRow(kenAllRow(QStringLiteral("12345678"), s(u"東京都"), s(u"架空市"), s(u"長過ぎ町")));
    return table;
}

QString writeKenAll(const QTemporaryDir &dir, const QString &encoding,
                    const QString &name = QStringLiteral("KEN_ALL.CSV"))
{
    const QString path = dir.filePath(name);
    WriteOptions options;
    options.encoding = encoding;
    options.bom = false;
    const Status written = CsvWriter::writeFile(path, kenAllTable(), options);
    EXPECT_TRUE(written.ok()) << qPrintable(written.error().toString());
    return path;
}

QString writeBytes(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// Sets an environment variable for one test and puts the old value back.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QString &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        qputenv(name, value.toLocal8Bit());
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};
} // namespace

TEST(PostalAddressDirectory, ReadsKenAllInCp932WithSeveralTownsPerCode)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = writeKenAll(dir, QStringLiteral("cp932"));
    QFile raw(path);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    // The file really is CP932: 東 is 0x93 0x8C there.
    ASSERT_TRUE(raw.readAll().contains(QByteArray("\x93\x8C")));

    const auto directory = PostalAddressDirectory::load(path);
    ASSERT_TRUE(directory.ok()) << qPrintable(directory.error().toString());
    const PostalAddressDirectory &d = *directory.value();
    EXPECT_EQ(d.source(), path);
    EXPECT_EQ(d.size(), 5);

    const QList<Address> several = d.lookup(u"123-4567");
    EXPECT_EQ(several,
              (QList<Address> { { s(u"東京都"), s(u"架空市"), s(u"桜町") },
                                { s(u"東京都"), s(u"架空市"), s(u"梅町") } }));
    EXPECT_EQ(several.front().text(), s(u"東京都架空市桜町"));

    // Japan Post's notes become an empty town.
    EXPECT_EQ(d.lookup(u"0609999"), (QList<Address> { { s(u"北海道"), s(u"架空市中央区"), QString() } }));
    EXPECT_EQ(d.lookup(u"765-4322"), (QList<Address> { { s(u"三重県"), s(u"架空町"), QString() } }));
    EXPECT_EQ(d.lookup(u"765-4323"), (QList<Address> { { s(u"三重県"), s(u"架空町"), QString() } }));
    // The town split over three rows is one address.
    EXPECT_EQ(d.lookup(u"7654321"), (QList<Address> { { s(u"三重県"), s(u"架空町"), s(u"協和") } }));
}

TEST(PostalAddressDirectory, LookupAcceptsEverySpellingOfACode)
{
    QTemporaryDir dir;
    const auto directory = PostalAddressDirectory::load(writeKenAll(dir, QStringLiteral("utf-8")));
    ASSERT_TRUE(directory.ok()) << qPrintable(directory.error().toString());
    const PostalAddressDirectory &d = *directory.value();
    for (const QString &spelling : { QStringLiteral("1234567"), QStringLiteral("123-4567"), s(u"〒123-4567"),
                                     s(u"１２３－４５６７"), QStringLiteral(" 123 4567 ") }) {
        SCOPED_TRACE(spelling.toStdString());
        EXPECT_EQ(d.lookup(spelling).size(), 2);
    }
    // A code dropped its leading 0 in Excel: still found.
    EXPECT_EQ(d.lookup(u"609999").size(), 1);
    EXPECT_TRUE(d.lookup(u"999-9999").isEmpty());
    EXPECT_TRUE(d.lookup(u"12a-4567").isEmpty());
    EXPECT_TRUE(d.lookup(u"").isEmpty());
    EXPECT_TRUE(d.lookup(u"12345678").isEmpty());
}

TEST(PostalAddressDirectory, ReadsTheHeadedLayoutOfShirasagiInCp932)
{
    const QString path = QStringLiteral(TENARAI_CORPUS_DIR "/csv/shirasagi__sys_postal_code.csv");
    const auto directory = PostalAddressDirectory::load(path);
    ASSERT_TRUE(directory.ok()) << qPrintable(directory.error().toString());
    const PostalAddressDirectory &d = *directory.value();
    EXPECT_EQ(d.size(), 10);
    EXPECT_EQ(d.lookup(u"100-0001"), (QList<Address> { { s(u"東京都"), s(u"千代田区"), s(u"千代田") } }));
    EXPECT_EQ(d.lookup(u"1000013").value(0).town, s(u"霞が関"));
    EXPECT_EQ(d.lookup(u"1000000"), (QList<Address> { { s(u"東京都"), s(u"千代田区"), QString() } }));
    EXPECT_TRUE(d.lookup(u"100-0007").isEmpty());
}

TEST(PostalAddressDirectory, ReadsAHeadedUtf8TableWithOtherColumnsAndAnyOrder)
{
    const QByteArray csv = QByteArray("\xEF\xBB\xBFnote,Town,City,Code,Prefecture\r\n")
        + s(u"x,桜町,架空市,123-4567,東京都\r\n").toUtf8() + s(u"y,,架空市,1230000,東京都\r\n").toUtf8()
        + s(u"z,梅町,架空市,bad,東京都\r\n").toUtf8();
    const auto directory = PostalAddressDirectory::fromCsv(csv, QStringLiteral("codes.csv"));
    ASSERT_TRUE(directory.ok()) << qPrintable(directory.error().toString());
    EXPECT_EQ(directory.value()->size(), 2);
    EXPECT_EQ(directory.value()->lookup(u"1234567"),
              (QList<Address> { { s(u"東京都"), s(u"架空市"), s(u"桜町") } }));
    EXPECT_EQ(directory.value()->lookup(u"123-0000").value(0).text(), s(u"東京都架空市"));
}

TEST(PostalAddressDirectory, MalformedTablesAreErrorsNamingTheSource)
{
    const QString source = QStringLiteral("broken.csv");
    struct Case
    {
        const char *name;
        QByteArray data;
        const char *says;
    };
    const QList<Case> cases = {
        { "empty", QByteArray(), "empty" },
        { "neither layout", QByteArray("hello,world\r\n1,2\r\n"), "not a postal-code table" },
        { "header without town", QByteArray("code,prefecture,city\r\n1234567,a,b\r\n"), "town" },
        { "no valid row", QByteArray("code,prefecture,city,town\r\nabc,a,b,c\r\n1234567,,,\r\n"), "(2 row" },
        { "header only", QByteArray("code,prefecture,city,town\r\n"), "no row" },
        { "KEN_ALL with only bad codes",
          QByteArray("1,2,1234567,a,b,c,,,,0,0,0,0,0,0\r\n1,2,123,a,b,c,P,M,T,0,0,0,0,0,0\r\n"), "no row" },
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const auto result = PostalAddressDirectory::fromCsv(c.data, source);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().file, source);
        EXPECT_TRUE(result.error().message.contains(QLatin1String(c.says)))
            << qPrintable(result.error().message);
    }

    const auto huge
        = PostalAddressDirectory::fromCsv(QByteArray(PostalAddressDirectory::MaxFileBytes + 1, 'a'), source);
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().kind, Error::Kind::TooLarge);

    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("none.csv"));
    const auto notThere = PostalAddressDirectory::load(missing);
    ASSERT_FALSE(notThere.ok());
    EXPECT_EQ(notThere.error().kind, Error::Kind::Io);
    EXPECT_EQ(notThere.error().file, missing);
}

TEST(PostalAddressDirectory, StandardReadsTheConfiguredFileOrSaysAutoFillIsNotAvailable)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("postal-codes.csv"));
    {
        const ScopedEnv env(PostalAddressDirectory::PathVariable, missing);
        EXPECT_EQ(PostalAddressDirectory::configuredPath(), missing);
        const auto none = PostalAddressDirectory::standard();
        ASSERT_FALSE(none.ok());
        EXPECT_EQ(none.error().kind, Error::Kind::Unsupported);
        EXPECT_EQ(none.error().message,
                  QStringLiteral("Address auto-fill is not available: no postal-code table is installed (IT "
                                 "can put one at %1).")
                      .arg(QDir::toNativeSeparators(missing)));
    }
    {
        const QString path = writeKenAll(dir, QStringLiteral("cp932"), QStringLiteral("postal-codes.csv"));
        const ScopedEnv env(PostalAddressDirectory::PathVariable, path);
        const auto loaded = PostalAddressDirectory::standard();
        ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().toString());
        EXPECT_EQ(loaded.value()->lookup(u"123-4567").size(), 2);
        // Loaded once and shared.
        EXPECT_EQ(PostalAddressDirectory::standard().value().get(), loaded.value().get());
    }
    {
        const QString broken = writeBytes(dir, QStringLiteral("broken.csv"), QByteArray("hello,world\r\n"));
        const ScopedEnv env(PostalAddressDirectory::PathVariable, broken);
        const auto result = PostalAddressDirectory::standard();
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind, Error::Kind::Format);
        EXPECT_EQ(result.error().file, broken);
    }
    const ScopedEnv unset(PostalAddressDirectory::PathVariable, QString());
#ifdef Q_OS_WIN
    EXPECT_TRUE(
        PostalAddressDirectory::configuredPath().endsWith(QStringLiteral("/Tenarai/postal-codes.csv")));
#else
    EXPECT_EQ(PostalAddressDirectory::configuredPath(), QStringLiteral("/etc/tenarai/postal-codes.csv"));
#endif
}

TEST(PostalAddressDirectory, LoadIsSharedPerPathAcrossThreadsAndRereadWhenReplaced)
{
    QTemporaryDir dir;
    const QString path = writeKenAll(dir, QStringLiteral("utf-8"));
    std::vector<std::shared_ptr<const PostalAddressDirectory>> loaded(8);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < loaded.size(); ++i) {
        threads.emplace_back([&loaded, &path, i] {
            auto r = PostalAddressDirectory::load(path);
            if (r)
                loaded[i] = r.value();
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (const auto &d : loaded) {
        ASSERT_TRUE(d);
        EXPECT_EQ(d->lookup(u"1234567").size(), 2);
    }
    const auto again = PostalAddressDirectory::load(path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(PostalAddressDirectory::load(path).value().get(), again.value().get());

    // IT replaces the table: the new one is read.
    writeBytes(dir, QStringLiteral("KEN_ALL.CSV"),
               s(u"code,prefecture,city,town\n1234567,東京都,架空市,新町\n").toUtf8());
    const auto replaced = PostalAddressDirectory::load(path);
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(replaced.value()->lookup(u"1234567"),
              (QList<Address> { { s(u"東京都"), s(u"架空市"), s(u"新町") } }));
}
