#include "FrameCodec.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using tenarai::workshop::FrameCodec;

TEST(FrameCodec, SplitsMessagesAcrossArbitraryChunks)
{
    QJsonObject a{{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("name"), QStringLiteral("山田")}};
    QJsonObject b{{QStringLiteral("type"), QStringLiteral("step")}, {QStringLiteral("n"), 3}};
    const QByteArray stream = FrameCodec::encode(a) + FrameCodec::encode(b);

    // Feed one byte at a time: TCP may deliver any split.
    FrameCodec codec;
    QList<QJsonObject> got;
    for (char ch : stream) {
        auto r = codec.feed(QByteArray(1, ch));
        ASSERT_TRUE(r.ok());
        got += r.value();
    }
    ASSERT_EQ(got.size(), 2);
    EXPECT_EQ(got[0], a);
    EXPECT_EQ(got[1], b);
    EXPECT_EQ(codec.bufferedBytes(), 0);
}

TEST(FrameCodec, RefusesOversizedFrameBeforeReadingIt)
{
    FrameCodec codec(1024);
    QByteArray header("\x7f\xff\xff\xff", 4); // claims 2 GiB
    auto r = codec.feed(header);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, tenarai::Error::Kind::Format);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("1024")));
    EXPECT_EQ(codec.bufferedBytes(), 0);
    // The codec stays failed: the connection must be closed.
    EXPECT_FALSE(codec.feed(FrameCodec::encode({})).ok());
}

TEST(FrameCodec, RefusesInvalidJsonAndNonObjects)
{
    {
        FrameCodec codec;
        QByteArray frame("\0\0\0\x05{oops", 9);
        auto r = codec.feed(frame);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().part, QStringLiteral("message 1"));
    }
    {
        FrameCodec codec;
        QByteArray frame("\0\0\0\x02[]", 6);
        EXPECT_FALSE(codec.feed(frame).ok());
    }
}
