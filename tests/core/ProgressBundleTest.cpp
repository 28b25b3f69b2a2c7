// A learner's progress carried between PCs as one file: merged by record id, refused when changed.
#include "progress/ProgressBundle.h"
#include "progress/ProgressStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace tenarai;

namespace {

const QDateTime T0(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);

class ProgressBundleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(open(m_source, QStringLiteral("a.sqlite")));
        ASSERT_TRUE(open(m_target, QStringLiteral("b.sqlite")));
        const Result<Profile> sato = m_source.createProfile(QStringLiteral("佐藤"), QStringLiteral("総務課"));
        ASSERT_TRUE(sato.ok()) << sato.error().toString().toStdString();
        m_sato = sato.value();
        ASSERT_TRUE(m_source.createProfile(QStringLiteral("鈴木")).ok());
        for (int i = 0; i < 3; ++i) {
            Attempt a;
            a.profileId = m_sato.id;
            a.packId = QStringLiteral("cleaning-basics");
            a.packVersion = QStringLiteral("1.0");
            a.lessonId = QStringLiteral("l1");
            a.exerciseId = QStringLiteral("e%1").arg(i);
            a.startedAt = T0.addSecs(i * 600);
            a.finishedAt = a.startedAt.addSecs(120);
            a.score = 0.5 + i * 0.25;
            a.passed = i == 2;
            a.hintsUsed = i;
            ASSERT_TRUE(m_source.recordAttempt(a).ok());
        }
        ASSERT_TRUE(m_source
                        .recordCompletion(Completion { m_sato.id, QStringLiteral("cleaning-basics"),
                                                       QStringLiteral("1.0"), QStringLiteral("l1"),
                                                       T0.addSecs(1800) })
                        .ok());
    }

    bool open(ProgressStore &store, const QString &name)
    {
        const Status s = store.open(StoreLocation::sqlite(m_dir.filePath(name)));
        if (!s)
            ADD_FAILURE() << s.error().toString().toStdString();
        return s.ok();
    }

    QString exportSato(const QByteArray &key = {})
    {
        const Result<ProgressBundle> bundle = ProgressBundle::fromStore(m_source, m_sato.id);
        EXPECT_TRUE(bundle.ok()) << bundle.error().toString().toStdString();
        const QString path = m_dir.filePath(QStringLiteral("sato.tenarai-progress"));
        EXPECT_TRUE(bundle->write(path, key).ok());
        return path;
    }

    QByteArray readFile(const QString &path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    // Rewrites the bundle's JSON, as someone with a text editor would.
    QString edited(const QString &path, const std::function<void(QJsonObject &)> &change)
    {
        QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
        change(root);
        const QString out = m_dir.filePath(QStringLiteral("edited.tenarai-progress"));
        writeFile(out, QJsonDocument(root).toJson());
        return out;
    }

    QTemporaryDir m_dir;
    ProgressStore m_source;
    ProgressStore m_target;
    Profile m_sato;
};

} // namespace

TEST_F(ProgressBundleTest, ImportMergesAndImportingTwiceChangesNothing)
{
    const QString path = exportSato();
    const Result<ProgressBundle> read = ProgressBundle::read(path);
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    EXPECT_EQ(read->profileId, m_sato.id);
    EXPECT_EQ(read->profileName, QStringLiteral("佐藤"));
    EXPECT_FALSE(read->source.isEmpty());
    EXPECT_LE(qAbs(read->exportedAt.secsTo(QDateTime::currentDateTimeUtc())), 60);
    const Result<QList<Event>> sourceEvents = m_source.events(m_sato.id);
    ASSERT_TRUE(sourceEvents.ok());
    EXPECT_EQ(read->events.size(), sourceEvents->size()) << "every event of the learner, none of the other";

    const Result<int> first = ProgressBundle::import(m_target, path);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first.value(), sourceEvents->size());
    const Result<int> second = ProgressBundle::import(m_target, path);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.value(), 0);

    const Result<QList<Profile>> profiles = m_target.profiles();
    ASSERT_TRUE(profiles.ok());
    ASSERT_EQ(profiles->size(), 1);
    EXPECT_EQ(profiles->first().id, m_sato.id);
    EXPECT_EQ(profiles->first().department, QStringLiteral("総務課"));
    EXPECT_EQ(m_target.attempts(m_sato.id)->size(), 3);
    EXPECT_EQ(m_target.completions(m_sato.id)->size(), 1);
}

TEST_F(ProgressBundleTest, NewWorkOnTheSourceArrivesWithTheNextBundle)
{
    ASSERT_EQ(ProgressBundle::import(m_target, exportSato()).value(), m_source.events(m_sato.id)->size());
    Attempt more;
    more.profileId = m_sato.id;
    more.packId = QStringLiteral("cleaning-basics");
    more.packVersion = QStringLiteral("1.0");
    more.lessonId = QStringLiteral("l2");
    more.exerciseId = QStringLiteral("e1");
    more.startedAt = T0.addDays(1);
    more.finishedAt = more.startedAt.addSecs(30);
    more.score = 1;
    more.passed = true;
    ASSERT_TRUE(m_source.recordAttempt(more).ok());
    const Result<int> again = ProgressBundle::import(m_target, exportSato());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), 1);
    EXPECT_EQ(m_target.attempts(m_sato.id)->size(), 4);
}

TEST_F(ProgressBundleTest, ReformattedBundleIsStillAccepted)
{
    // The digest covers the content, not the layout: a bundle re-indented by a tool still imports.
    const QString path = exportSato();
    const QByteArray compact = QJsonDocument::fromJson(readFile(path)).toJson(QJsonDocument::Compact);
    writeFile(path, compact);
    EXPECT_TRUE(ProgressBundle::read(path).ok());
}

TEST_F(ProgressBundleTest, TamperedBundleIsRefused)
{
    const QString path = exportSato();
    const QString changed = edited(path, [](QJsonObject &root) {
        QJsonObject content = root.value(QStringLiteral("content")).toObject();
        QJsonArray events = content.value(QStringLiteral("events")).toArray();
        for (qsizetype i = 0; i < events.size(); ++i) {
            QJsonObject event = events.at(i).toObject();
            QJsonObject data = event.value(QStringLiteral("data")).toObject();
            if (data.contains(QStringLiteral("score"))) {
                data.insert(QStringLiteral("score"), 1.0);
                data.insert(QStringLiteral("passed"), true);
                event.insert(QStringLiteral("data"), data);
                events.replace(i, event);
            }
        }
        content.insert(QStringLiteral("events"), events);
        root.insert(QStringLiteral("content"), content);
    });
    const Result<int> refused = ProgressBundle::import(m_target, changed);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().file, changed);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("do not match its digest")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(m_target.events()->isEmpty()) << "nothing of a refused bundle is applied";
}

TEST_F(ProgressBundleTest, TruncatedBundleIsRefused)
{
    const QString path = exportSato();
    const QByteArray bytes = readFile(path);
    const QString cut = m_dir.filePath(QStringLiteral("cut.tenarai-progress"));
    writeFile(cut, bytes.left(bytes.size() * 2 / 3));
    const Result<ProgressBundle> refused = ProgressBundle::read(cut);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().file, cut);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("incomplete")))
        << refused.error().message.toStdString();

    writeFile(cut, QByteArray());
    EXPECT_TRUE(ProgressBundle::read(cut).error().message.contains(QStringLiteral("empty")));
}

TEST_F(ProgressBundleTest, FormatAndVersionAreChecked)
{
    const QString path = exportSato();
    Result<ProgressBundle> r = ProgressBundle::read(edited(path, [](QJsonObject &root) {
        root.insert(QStringLiteral("format"), QStringLiteral("tenarai-recipe"));
    }));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("not a progress bundle")));

    r = ProgressBundle::read(
        edited(path, [](QJsonObject &root) { root.insert(QStringLiteral("version"), 2); }));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Unsupported);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("newer version of Tenarai")))
        << r.error().message.toStdString();

    r = ProgressBundle::read(edited(path, [](QJsonObject &root) { root.remove(QStringLiteral("digest")); }));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("digest")));

    ProgressBundle noOwner;
    noOwner.exportedAt = QDateTime::currentDateTimeUtc();
    noOwner.profileId = QStringLiteral("someone");
    r = ProgressBundle::fromJson(noOwner.toJson(), QStringLiteral("x"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("whose progress"))) << r.error().message.toStdString();

    writeFile(path, QByteArrayLiteral("[1, 2, 3]"));
    EXPECT_FALSE(ProgressBundle::read(path).ok());
    EXPECT_EQ(ProgressBundle::read(m_dir.filePath(QStringLiteral("missing"))).error().kind, Error::Kind::Io);
}

TEST_F(ProgressBundleTest, EveryEventIsValidatedEvenWithAMatchingDigest)
{
    // Someone who recomputes the sha256 gets past the digest, not past the field checks.
    ProgressBundle bundle = ProgressBundle::fromStore(m_source, m_sato.id).value();
    QJsonObject data = bundle.events.last().data;
    bundle.events.last().data.insert(QStringLiteral("profileId"), newRecordId());
    const QByteArray other = bundle.toJson();
    const Result<ProgressBundle> wrongLearner
        = ProgressBundle::fromJson(other, QStringLiteral("x.tenarai-progress"));
    ASSERT_FALSE(wrongLearner.ok());
    EXPECT_TRUE(wrongLearner.error().message.contains(
        QStringLiteral("Record %1 of %2").arg(bundle.events.size()).arg(bundle.events.size())))
        << wrongLearner.error().message.toStdString();

    bundle.events.last().data = data;
    bundle.events.last().id = QStringLiteral("not-a-uuid");
    EXPECT_FALSE(ProgressBundle::fromJson(bundle.toJson(), QStringLiteral("x")).ok());

    bundle.events.last().id = newRecordId();
    bundle.events.last().profileId = newRecordId();
    const Result<ProgressBundle> otherProfile
        = ProgressBundle::fromJson(bundle.toJson(), QStringLiteral("x"));
    ASSERT_FALSE(otherProfile.ok());
    EXPECT_TRUE(otherProfile.error().message.contains(QStringLiteral("another learner")));
}

TEST_F(ProgressBundleTest, OrganisationKeyRefusesForgedBundles)
{
    const QByteArray key = QByteArrayLiteral("organisation-key-from-IT-0123456789");
    const QString path = exportSato(key);
    EXPECT_TRUE(readFile(path).contains("hmac-sha256"));
    ASSERT_TRUE(ProgressBundle::read(path, key).ok());

    const Result<ProgressBundle> wrongKey
        = ProgressBundle::read(path, QByteArrayLiteral("another-organisation-key-000"));
    ASSERT_FALSE(wrongKey.ok());
    EXPECT_TRUE(wrongKey.error().message.contains(QStringLiteral("do not match its digest")));
    const Result<ProgressBundle> noKey = ProgressBundle::read(path);
    ASSERT_FALSE(noKey.ok());
    EXPECT_TRUE(noKey.error().message.contains(QStringLiteral("organisation key")));

    // A plain bundle, whose sha256 anyone can recompute, is refused where a key is configured.
    const QString plain = exportSato();
    const Result<ProgressBundle> unsigned_ = ProgressBundle::read(plain, key);
    ASSERT_FALSE(unsigned_.ok());
    EXPECT_TRUE(unsigned_.error().message.contains(QStringLiteral("organisation's key")));
}

TEST_F(ProgressBundleTest, OversizedFileIsNotRead)
{
    const QString path = m_dir.filePath(QStringLiteral("huge.tenarai-progress"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(ProgressBundle::MaxFileSize + 1)); // sparse: costs no disk space
    file.close();
    const Result<ProgressBundle> r = ProgressBundle::read(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::TooLarge);
    EXPECT_EQ(r.error().file, path);
}

TEST_F(ProgressBundleTest, UnknownLearnerCannotBeExported)
{
    const Result<ProgressBundle> r = ProgressBundle::fromStore(m_source, newRecordId());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("no learner")));
}

TEST_F(ProgressBundleTest, WorkshopSessionsOfTheLearnersAttemptsTravelAlong)
{
    WorkshopSession session;
    session.id = newRecordId();
    session.title = QStringLiteral("データ整理研修");
    session.trainer = QStringLiteral("田中");
    session.startedAt = T0.addDays(2);
    session.endedAt = session.startedAt.addSecs(7200);
    ASSERT_TRUE(m_source.recordWorkshopSession(session).ok());
    WorkshopSession unrelated = session;
    unrelated.id = newRecordId();
    unrelated.title = QStringLiteral("別の研修");
    ASSERT_TRUE(m_source.recordWorkshopSession(unrelated).ok());
    Attempt inWorkshop;
    inWorkshop.profileId = m_sato.id;
    inWorkshop.packId = QStringLiteral("cleaning-basics");
    inWorkshop.lessonId = QStringLiteral("l2");
    inWorkshop.exerciseId = QStringLiteral("e1");
    inWorkshop.startedAt = session.startedAt.addSecs(60);
    inWorkshop.finishedAt = inWorkshop.startedAt.addSecs(60);
    inWorkshop.score = 1;
    inWorkshop.passed = true;
    inWorkshop.workshopSessionId = session.id;
    ASSERT_TRUE(m_source.recordAttempt(inWorkshop).ok());

    const Result<ProgressBundle> bundle = ProgressBundle::fromStore(m_source, m_sato.id);
    ASSERT_TRUE(bundle.ok());
    int sessions = 0;
    for (const Event &event : bundle->events)
        sessions += event.type == QLatin1String(Event::WorkshopSessionRecorded) ? 1 : 0;
    EXPECT_EQ(sessions, 1) << "the session the learner took part in, not the other one";
    EXPECT_EQ(bundle->events.first().type, QLatin1String(Event::WorkshopSessionRecorded))
        << "sessions come before the attempts that name them";

    const QString path = m_dir.filePath(QStringLiteral("workshop.tenarai-progress"));
    ASSERT_TRUE(bundle->write(path).ok());
    const Result<int> imported = ProgressBundle::import(m_target, path);
    ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
    const Result<QList<WorkshopSession>> arrived = m_target.workshopSessions();
    ASSERT_TRUE(arrived.ok());
    ASSERT_EQ(arrived->size(), 1);
    EXPECT_EQ(arrived->first().title, QStringLiteral("データ整理研修"));
}
