#include "normalize/Utf8Scan.h"

#include <QString>

#include <gtest/gtest.h>

using namespace tenarai;

namespace {
QByteArray utf8(const char16_t *text)
{
    return QString::fromUtf16(text).toUtf8();
}
} // namespace

// A "no" must be certain: a cell judged to have no space is skipped by trim and collapse.
TEST(Utf8Scan, FindsEverySpaceQtKnowsAnywhere)
{
    for (char32_t c = 0; c < 0x110000; ++c) {
        if (!QChar::isSpace(c) || (c >= 0xD800 && c <= 0xDFFF))
            continue;
        const char32_t text[] = {U'名', c, U'前', 0};
        const QByteArray bytes = QString::fromUcs4(text).toUtf8();
        EXPECT_TRUE(Utf8Scan::mayContainSpace(bytes)) << "U+" << std::hex << quint32(c);
        const char32_t leading[] = {c, U'名', 0};
        const char32_t trailing[] = {U'名', c, 0};
        EXPECT_TRUE(Utf8Scan::mayHaveSpaceAtEdge(QString::fromUcs4(leading).toUtf8())) << std::hex << quint32(c);
        EXPECT_TRUE(Utf8Scan::mayHaveSpaceAtEdge(QString::fromUcs4(trailing).toUtf8())) << std::hex << quint32(c);
    }
}

TEST(Utf8Scan, SaysNoForTextWithoutSpaces)
{
    EXPECT_FALSE(Utf8Scan::mayContainSpace(utf8(u"山田太郎")));
    EXPECT_FALSE(Utf8Scan::mayContainSpace(utf8(u"東京都千代田区千代田１－１")));
    // U+2010-U+2015 dashes and U+3001 、 share lead bytes with spaces but are not spaces.
    EXPECT_FALSE(Utf8Scan::mayContainSpace(utf8(u"‐―、。")));
    EXPECT_FALSE(Utf8Scan::mayHaveSpaceAtEdge(utf8(u"山田　太郎"))); // inside only
    EXPECT_FALSE(Utf8Scan::mayHaveSpaceAtEdge(utf8(u"𠮷野"))); // four-byte character first
    EXPECT_FALSE(Utf8Scan::mayHaveSpaceAtEdge(utf8(u"野𠮷")));  // and last
    EXPECT_FALSE(Utf8Scan::mayHaveSpaceAtEdge(QByteArray()));
}

TEST(Utf8Scan, SaysMaybeForTextWithSpaces)
{
    EXPECT_TRUE(Utf8Scan::mayContainSpace(utf8(u"〒100-0001 ")));
    EXPECT_TRUE(Utf8Scan::mayContainSpace(utf8(u"山田　太郎")));
    EXPECT_TRUE(Utf8Scan::mayContainSpace("a\tb"));
    EXPECT_TRUE(Utf8Scan::mayHaveSpaceAtEdge(utf8(u"　山田")));
    EXPECT_TRUE(Utf8Scan::mayHaveSpaceAtEdge(utf8(u"山田\u00A0")));
    EXPECT_TRUE(Utf8Scan::mayHaveSpaceAtEdge("abc\n"));
}

TEST(Utf8Scan, Ascii)
{
    EXPECT_TRUE(Utf8Scan::isAscii("No.12 abc"));
    EXPECT_TRUE(Utf8Scan::isAscii(QByteArray()));
    EXPECT_FALSE(Utf8Scan::isAscii(utf8(u"１２")));
    EXPECT_FALSE(Utf8Scan::isAscii(utf8(u"abcé")));
}

TEST(Utf8Scan, MalformedBytesDoNotCrashOrReadPastTheEnd)
{
    EXPECT_FALSE(Utf8Scan::mayContainSpace(QByteArray("\xE3\x80", 2))); // cut U+3000
    EXPECT_FALSE(Utf8Scan::mayHaveSpaceAtEdge(QByteArray("\xE3\x80", 2)));
    EXPECT_FALSE(Utf8Scan::mayHaveSpaceAtEdge(QByteArray("\x80\x80\x80\x80\x80", 5)));
}
