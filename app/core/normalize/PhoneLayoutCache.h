#pragma once

#include <QReadWriteLock>
#include <QRegularExpression>
#include <QString>

#include <functional>
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
// Thread-safe: lookups share a read lock; a new group is filled in under the write lock.
class PhoneLayoutCache
{
public:
    struct Entry
    {
        bool valid = false;
        // The national format with '#' for each digit of the national number in order:
        // "0#-####-####". Empty when libphonenumber's output could not be written this way.
        QString layout;
    };

    // The process-wide cache over the JP metadata of the libphonenumber linked in.
    static PhoneLayoutCache &instance();

    bool enabled() const { return !m_patterns.empty(); }
    // national: the digits after the trunk 0, not starting with 0. compute asks libphonenumber.
    Entry lookup(std::string_view national, const std::function<Entry()> &compute);
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

    std::vector<Pattern> m_patterns;
    mutable QReadWriteLock m_lock;
    std::unordered_map<std::string, Node> m_nodes; // key: length as one char, then the prefix
    qsizetype m_entries = 0;
    bool m_failed = false; // a pattern did not compile: cache nothing
};

} // namespace tenarai
