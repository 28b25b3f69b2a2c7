#include "forms/FormLibrary.h"

#include "forms/FormCollection.h"
#include "progress/ProgressStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

FormCollection collectionTitled(const QString &title)
{
    FormCollection collection;
    collection.form.title = title;
    FormSection section;
    FormField name;
    name.id = QStringLiteral("name");
    name.type = FieldType::Text;
    name.label = s(u"氏名");
    section.fields << name;
    collection.form.sections << section;
    return collection;
}

void setModified(const QString &path, const QDateTime &when)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(when, QFileDevice::FileModificationTime));
}
} // namespace

TEST(FormLibrary, DefaultFolderIsFormsBesideTheProgressStore)
{
    const QString store = QFileInfo(StoreLocation::defaultLocal().path).absolutePath();
    EXPECT_EQ(FormLibrary::defaultFolder(), store + QStringLiteral("/forms"));
}

TEST(FormLibrary, ListsFormsNewestFirstWithCountsDraftsAndBrokenFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const FormLibrary library(dir.path());
    EXPECT_TRUE(library.entries().isEmpty());

    FormCollection answered = collectionTitled(s(u"防災アンケート"));
    ASSERT_TRUE(answered.submit({ { QStringLiteral("name"), s(u"山田") } }).ok());
    ASSERT_TRUE(answered.submit({ { QStringLiteral("name"), s(u"佐藤") } }).ok());
    const QString answeredPath = dir.filePath(QStringLiteral("a.tenarai-form"));
    ASSERT_TRUE(answered.save(answeredPath).ok());

    FormCollection drafted = collectionTitled(s(u"講座申込"));
    drafted.draft = { { QStringLiteral("name"), s(u"書きかけ") } };
    const QString draftedPath = dir.filePath(QStringLiteral("b.tenarai-form"));
    ASSERT_TRUE(drafted.save(draftedPath).ok());

    const QString brokenPath = dir.filePath(QStringLiteral("c.tenarai-form"));
    {
        QFile broken(brokenPath);
        ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"tenarai-form-data\", \"version\": 1, \"form\": ");
    }
    // Other files in the folder are not forms.
    QFile other(dir.filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();

    const QDateTime base = QDateTime::currentDateTime().addDays(-1);
    setModified(answeredPath, base);
    setModified(draftedPath, base.addSecs(60));
    setModified(brokenPath, base.addSecs(120));

    const QList<FormLibrary::Entry> entries = library.entries();
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(QFileInfo(entries[0].path).fileName(), QStringLiteral("c.tenarai-form"));
    EXPECT_TRUE(entries[0].title.isEmpty());
    ASSERT_TRUE(entries[0].error.has_value());
    EXPECT_EQ(entries[0].error->file, brokenPath);

    EXPECT_EQ(entries[1].title, s(u"講座申込"));
    EXPECT_EQ(entries[1].submissionCount, 0);
    EXPECT_TRUE(entries[1].hasDraft);
    EXPECT_FALSE(entries[1].error.has_value());

    EXPECT_EQ(entries[2].title, s(u"防災アンケート"));
    EXPECT_EQ(entries[2].submissionCount, 2);
    EXPECT_FALSE(entries[2].hasDraft);
    EXPECT_EQ(entries[2].modified.secsTo(base), 0);
    EXPECT_EQ(entries[2].path, QFileInfo(answeredPath).absoluteFilePath());

    // Touching the oldest makes it the newest.
    setModified(answeredPath, base.addSecs(600));
    EXPECT_EQ(library.entries().front().title, s(u"防災アンケート"));
}

TEST(FormLibrary, NewPathIsNamedAfterTheTitleAndNeverTaken)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(s(u"フォーム/新しい"));
    const FormLibrary library(folder);
    const Result<QString> first = library.newPath(s(u"防災アンケート"));
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().toString());
    EXPECT_TRUE(QFileInfo(folder).isDir());
    EXPECT_EQ(QFileInfo(first.value()).fileName(), s(u"防災アンケート.tenarai-form"));
    EXPECT_EQ(QFileInfo(first.value()).absolutePath(), QFileInfo(folder).absoluteFilePath());
    EXPECT_FALSE(QFileInfo::exists(first.value()));

    ASSERT_TRUE(collectionTitled(s(u"防災アンケート")).save(first.value()).ok());
    const Result<QString> second = library.newPath(s(u"防災アンケート"));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(QFileInfo(second.value()).fileName(), s(u"防災アンケート-2.tenarai-form"));
    ASSERT_TRUE(collectionTitled(s(u"防災アンケート")).save(second.value()).ok());
    EXPECT_EQ(QFileInfo(library.newPath(s(u"防災アンケート")).value()).fileName(),
              s(u"防災アンケート-3.tenarai-form"));
}

TEST(FormLibrary, NewPathReplacesCharactersIllegalOnWindowsOrLinux)
{
    QTemporaryDir dir;
    const FormLibrary library(dir.path());
    const QString name
        = QFileInfo(library.newPath(s(u"  R6/4 申込: <市民> \"講座\" \\ a|b? * \t. ")).value()).fileName();
    EXPECT_EQ(name, s(u"R6_4 申込_ _市民_ _講座_ _ a_b_ _ _.tenarai-form"));
    for (const QChar c : QStringLiteral("<>:\"/\\|?*\t"))
        EXPECT_FALSE(name.contains(c)) << int(c.unicode());

    EXPECT_EQ(QFileInfo(library.newPath(QStringLiteral("CON")).value()).fileName(),
              QStringLiteral("CON_.tenarai-form"));
    EXPECT_EQ(QFileInfo(library.newPath(QStringLiteral("..")).value()).fileName(),
              QStringLiteral("Form.tenarai-form"));
    EXPECT_EQ(QFileInfo(library.newPath(QString()).value()).fileName(), QStringLiteral("Form.tenarai-form"));

    const QString longTitle = QString(200, QChar(u'長'));
    const QString longName = QFileInfo(library.newPath(longTitle).value()).completeBaseName();
    EXPECT_LE(longName.size(), 80);
    EXPECT_TRUE(longTitle.startsWith(longName));
}

TEST(FormLibrary, NewPathNamesAFolderItCannotCreate)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    // A folder inside a regular file cannot be made, not even by root.
    const QString folder = file + QStringLiteral("/forms");
    const Result<QString> path = FormLibrary(folder).newPath(QStringLiteral("x"));
    ASSERT_FALSE(path.ok());
    EXPECT_EQ(path.error().kind, Error::Kind::Io);
    EXPECT_EQ(path.error().file, folder);
    EXPECT_TRUE(path.error().message.contains(QDir::toNativeSeparators(folder)));
}
