#pragma once

#include <QReadWriteLock>
#include <QRegularExpression>
#include <QString>

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tenarai {

// Remembers what libphonenumber said about Japanese national numbers -- valid or not, and where
// the national format puts the hyphens -- per group of numbers that libphonenumber cannot tell
// apart, so that its regular expressions (10 to 50 µs a number) run once per group instead of once
// per number.
//
// A group is a national number length and a prefix of its digits that settles every pattern in
// libphonenumber's own metadata for JP: each number type's pattern (validity) and each format's
// leading-digits and grouping pattern (hyphenation). A pattern is settled by a prefix when no
// number with that prefix can match it, when a leading-digits pattern already matches within the
// prefix, or when the rest of the number is only "any digit" (\d) in the pattern. The prefix
// needed is short where the numbering plan is simple (03…: one digit; 090…: three) and longer
// where it is not (0428-7…, 04992-…), and it comes from the metadata libphonenumber itself uses,
// so a library update with new area codes changes the groups with it. When the metadata cannot be
// read, nothing is cached and every number goes to libphonenumber.
//
// Thread-safe: a new group is filled in under the write lock and never changes afterwards. Each
// thread keeps its own copy of the groups it has met (a small digit trie), so that a column of
// numbers from the same few groups is answered without a lock, a shared counter or an allocation.
class PhoneLayoutCache
{
public:
    struct Entry
    {
        bool valid = false;
        // The national format with '#' for each digit of the national number in order, as Latin-1:
        // "0#-####-####". Stored inline so that copying an entry between threads touches no
        // shared reference count. layoutSize 0: libphonenumber's output could not be written this
        // way (or not in this room), and the caller formats the number itself.
        quint8 layoutSize = 0;
        std::array<char, 31> layout {};

        // Stores layout (from layoutOf), or nothing when it is empty or does not fit.
        void setLayout(const QString &layout);
        bool hasLayout() const { return layoutSize > 0; }
        // The formatted number: the layout with national's digits in place of the '#'s.
        QString apply(std::string_view national) const;
    };
    // Asks libphonenumber about a national number; a plain function so that no closure is built
    // for the lookups that the cache answers.
    using Compute = Entry (*)(std::string_view national);

    // The process-wide cache over the JP metadata of the libphonenumber linked in.
    static PhoneLayoutCache &instance();

    bool enabled() const { return !m_patterns.empty(); }
    // national: the digits after the trunk 0, not starting with 0. compute asks libphonenumber.
    Entry lookup(std::string_view national, Compute compute);
    // Number of groups filled in so far, for tests and measurements.
    qsizetype entryCount() const;

    // The layout of a national format, or an empty string: formatted must be the digits of
    // national in order with other characters between them, and a leading 0 (the trunk prefix).
    static QString layoutOf(std::string_view national, const QString &formatted);
    static QString applyLayout(const QString &layout, std::string_view national);

private:
    enum class State : quint8 { No, Yes, Open };
    struct Pattern
    {
        bool prefixOnly = false; // leading-digits pattern: matching a prefix is enough
        QRegularExpression whole; // anchored at the start; at the end too unless prefixOnly
        QRegularExpression anyDigits; // \d also matches 'x' (a digit not known yet); may be invalid
        QRegularExpression someDigits; // every digit position also matches 'x'; may be invalid
    };
    struct Node
    {
        bool settled = false;
        bool filled = false;
        Entry entry;
    };

    PhoneLayoutCache();
    State settle(const Pattern &pattern, const QString &prefix, qsizetype length) const;
    bool settles(const std::string &prefix, qsizetype length) const;
    void addPattern(const QString &pattern, bool prefixOnly);
    // The shared map, under its lock. *settledAt: the length of the prefix whose group answered,
    // 0 when the answer was not remembered.
    Entry lookupShared(std::string_view national, Compute compute, qsizetype *settledAt);

    std::vector<Pattern> m_patterns;
    mutable QReadWriteLock m_lock;
    std::unordered_map<std::string, Node> m_nodes; // key: length as one char, then the prefix
    qsizetype m_entries = 0;
    bool m_failed = false; // a pattern did not compile: cache nothing
};

} // namespace tenarai
