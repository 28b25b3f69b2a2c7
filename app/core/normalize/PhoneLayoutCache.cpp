#include "normalize/PhoneLayoutCache.h"

#include <phonenumbers/phonemetadata.pb.h>

#include <QByteArrayView>

namespace i18n::phonenumbers {
// The serialized PhoneMetadataCollection that libphonenumber loads itself, from its generated
// metadata.cc. No installed header declares these, but the library exports them.
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace tenarai {

namespace {

using i18n::phonenumbers::NumberFormat;
using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;

// Groups beyond this are not remembered: a metadata change that made every number its own group
// must not grow the cache without bound. The same bound holds for each thread's copy.
constexpr size_t MaxNodes = 200000;

// A thread's copy of the groups it has met: a trie per national number length, walked one digit
// at a time by index, so that finding a group needs neither a string, a hash nor a lock. Numbers
// longer than LocalMaxLength go to the shared map only.
struct LocalNode
{
    std::array<std::unique_ptr<LocalNode>, 10> children;
    bool settled = false;
    tenarai::PhoneLayoutCache::Entry entry;
};
constexpr size_t LocalMaxLength = 16;
struct LocalTrie
{
    std::array<LocalNode, LocalMaxLength + 1> roots; // by length; a root is the empty prefix
    size_t nodes = 0;
};

// One per thread; there is only one PhoneLayoutCache (the process-wide instance).
LocalTrie &localTrie()
{
    thread_local LocalTrie trie;
    return trie;
}

// Reads the length-delimited fields of a protobuf message (the only kind the patterns are stored
// in) and skips the others. Reading the wire format directly avoids linking protobuf, which the
// library brings only as its own dependency.
class WireReader
{
public:
    explicit WireReader(QByteArrayView bytes) : m_p(bytes.data()), m_end(bytes.data() + bytes.size()) { }

    // The next length-delimited field; false at the end or on malformed data.
    bool next(int *field, QByteArrayView *bytes)
    {
        while (m_p < m_end) {
            quint64 tag = 0;
            if (!varint(&tag))
                return false;
            *field = int(tag >> 3);
            quint64 length = 0;
            switch (tag & 7) {
            case 0:
                if (!varint(&length))
                    return false;
                continue;
            case 1:
                length = 8;
                break;
            case 5:
                length = 4;
                break;
            case 2:
                if (!varint(&length) || length > quint64(m_end - m_p))
                    return false;
                *bytes = QByteArrayView(m_p, qsizetype(length));
                m_p += length;
                return true;
            default:
                return false;
            }
            if (length > quint64(m_end - m_p))
                return false;
            m_p += length;
        }
        return false;
    }

private:
    bool varint(quint64 *value)
    {
        *value = 0;
        for (int shift = 0; shift < 64 && m_p < m_end; shift += 7) {
            const auto byte = quint8(*m_p++);
            *value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return false;
    }

    const char *m_p;
    const char *m_end;
};

bool isDescField(int field)
{
    switch (field) {
    case PhoneMetadata::kGeneralDescFieldNumber:
    case PhoneMetadata::kFixedLineFieldNumber:
    case PhoneMetadata::kMobileFieldNumber:
    case PhoneMetadata::kTollFreeFieldNumber:
    case PhoneMetadata::kPremiumRateFieldNumber:
    case PhoneMetadata::kSharedCostFieldNumber:
    case PhoneMetadata::kPersonalNumberFieldNumber:
    case PhoneMetadata::kVoipFieldNumber:
    case PhoneMetadata::kPagerFieldNumber:
    case PhoneMetadata::kNoInternationalDiallingFieldNumber:
    case PhoneMetadata::kUanFieldNumber:
    case PhoneMetadata::kEmergencyFieldNumber:
    case PhoneMetadata::kVoicemailFieldNumber:
    case PhoneMetadata::kShortCodeFieldNumber:
    case PhoneMetadata::kStandardRateFieldNumber:
    case PhoneMetadata::kCarrierSpecificFieldNumber:
    case PhoneMetadata::kSmsServicesFieldNumber:
        return true;
    default:
        return false;
    }
}

// The pattern with \d also matching 'x', the stand-in for a digit not known yet; empty when \d
// appears inside a bracket expression, where the rewrite would not mean the same.
QString anyDigitForm(const QString &pattern)
{
    QString out;
    bool inBracket = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'\\' && i + 1 < pattern.size()) {
            if (pattern[i + 1] == u'd') {
                if (inBracket)
                    return QString();
                out += QStringLiteral("[\\dx]");
            } else {
                out += c;
                out += pattern[i + 1];
            }
            ++i;
            continue;
        }
        if (c == u'[')
            inBracket = true;
        else if (c == u']')
            inBracket = false;
        out += c;
    }
    return out;
}

// The pattern with 'x' allowed wherever a digit is: every digit, \d and bracket expression also
// matches 'x'. When it does not match the known digits followed by x's, no number of that length
// with those digits matches the pattern. (A negated bracket expression matches 'x' already.)
QString someDigitForm(const QString &pattern)
{
    QString out;
    bool inBracket = false;
    bool negated = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'\\' && i + 1 < pattern.size()) {
            if (pattern[i + 1] == u'd' && !inBracket)
                out += QStringLiteral("[\\dx]");
            else
                out += pattern.mid(i, 2);
            ++i;
            continue;
        }
        if (!inBracket && c == u'[') {
            inBracket = true;
            negated = i + 1 < pattern.size() && pattern[i + 1] == u'^';
            out += c;
            continue;
        }
        if (inBracket && c == u']' && !out.endsWith(u'[') && !out.endsWith(QStringLiteral("[^"))) {
            inBracket = false;
            if (!negated)
                out += QLatin1Char('x');
            out += c;
            continue;
        }
        if (!inBracket && c == u'{') { // a repetition count: its digits are not digits to match
            const qsizetype close = pattern.indexOf(u'}', i);
            if (close < 0)
                return QString();
            out += pattern.mid(i, close - i + 1);
            i = close;
            continue;
        }
        if (!inBracket && c.isDigit()) {
            out += QLatin1Char('[');
            out += c;
            out += QStringLiteral("x]");
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

PhoneLayoutCache &PhoneLayoutCache::instance()
{
    static PhoneLayoutCache cache;
    return cache;
}

void PhoneLayoutCache::addPattern(const QString &pattern, bool prefixOnly)
{
    if (pattern.isEmpty())
        return;
    Pattern p;
    p.prefixOnly = prefixOnly;
    p.whole = QRegularExpression(prefixOnly ? QStringLiteral("^(?:%1)").arg(pattern)
                                            : QStringLiteral("^(?:%1)$").arg(pattern));
    if (!prefixOnly) {
        const QString any = anyDigitForm(pattern);
        if (!any.isEmpty())
            p.anyDigits = QRegularExpression(QStringLiteral("^(?:%1)$").arg(any));
        p.someDigits = QRegularExpression(QStringLiteral("^(?:%1)$").arg(someDigitForm(pattern)));
    }
    if (!p.whole.isValid()) {
        m_failed = true;
        return;
    }
    // No optimize(): isValid() has compiled whole already, and the anyDigits and someDigits forms
    // are compiled when first matched, which for many patterns is never (they are only tried when
    // whole partly matches). Compiling all of them up front made the first number of a run wait.
    m_patterns.push_back(std::move(p));
}

PhoneLayoutCache::PhoneLayoutCache()
{
    const int size = i18n::phonenumbers::metadata_size();
    const auto *data = static_cast<const char *>(i18n::phonenumbers::metadata_get());
    if (!data || size <= 0)
        return;
    WireReader collection(QByteArrayView(data, size));
    int field = 0;
    QByteArrayView region;
    while (collection.next(&field, &region)) {
        if (field != PhoneMetadataCollection::kMetadataFieldNumber)
            continue;
        // The id comes after the descriptions, so find it first.
        WireReader probe(region);
        QByteArrayView value;
        bool japan = false;
        while (probe.next(&field, &value)) {
            if (field == PhoneMetadata::kIdFieldNumber) {
                japan = value == QByteArrayView("JP");
                break;
            }
        }
        if (!japan)
            continue;
        WireReader metadata(region);
        while (metadata.next(&field, &value)) {
            if (isDescField(field)) {
                WireReader desc(value);
                QByteArrayView inner;
                while (desc.next(&field, &inner)) {
                    if (field == PhoneNumberDesc::kNationalNumberPatternFieldNumber)
                        addPattern(QString::fromUtf8(inner), false);
                }
            } else if (field == PhoneMetadata::kNumberFormatFieldNumber
                       || field == PhoneMetadata::kIntlNumberFormatFieldNumber) {
                WireReader format(value);
                QByteArrayView inner;
                while (format.next(&field, &inner)) {
                    if (field == NumberFormat::kPatternFieldNumber)
                        addPattern(QString::fromUtf8(inner), false);
                    else if (field == NumberFormat::kLeadingDigitsPatternFieldNumber)
                        addPattern(QString::fromUtf8(inner), true);
                }
            } else if (field == PhoneMetadata::kLeadingDigitsFieldNumber) {
                addPattern(QString::fromUtf8(value), true);
            }
        }
        break;
    }
    // Without the formats, or with a pattern PCRE cannot read, nothing could be settled safely.
    if (m_failed || m_patterns.empty())
        m_patterns.clear();
}

PhoneLayoutCache::State PhoneLayoutCache::settle(const Pattern &pattern, const QString &prefix,
                                                 qsizetype length) const
{
    const qsizetype known = prefix.size();
    if (pattern.prefixOnly) {
        const QRegularExpressionMatch m
            = pattern.whole.match(prefix, 0, QRegularExpression::PartialPreferCompleteMatch);
        if (m.hasMatch())
            return State::Yes;
        return m.hasPartialMatch() && known < length ? State::Open : State::No;
    }
    if (known == length)
        return pattern.whole.match(prefix).hasMatch() ? State::Yes : State::No;
    const QRegularExpressionMatch m
        = pattern.whole.match(prefix, 0, QRegularExpression::PartialPreferFirstMatch);
    if (!m.hasMatch() && !m.hasPartialMatch())
        return State::No;
    const QString stand = prefix + QString(length - known, QLatin1Char('x'));
    if (pattern.someDigits.isValid() && !pattern.someDigits.match(stand).hasMatch())
        return State::No;
    if (pattern.anyDigits.isValid() && pattern.anyDigits.match(stand).hasMatch())
        return State::Yes;
    return State::Open;
}

bool PhoneLayoutCache::settles(const std::string &prefix, qsizetype length) const
{
    const QString digits = QString::fromLatin1(prefix.data(), qsizetype(prefix.size()));
    for (const Pattern &p : m_patterns) {
        if (settle(p, digits, length) == State::Open)
            return false;
    }
    return true;
}

PhoneLayoutCache::Entry PhoneLayoutCache::lookup(std::string_view national, Compute compute)
{
    const size_t length = national.size();
    if (!enabled() || length == 0 || length > 32)
        return compute(national);

    // The thread's own copy first. A group never changes once filled in, and whether a prefix
    // settles a group depends only on the metadata, so the copy always agrees with the shared map.
    bool local = length <= LocalMaxLength;
    for (size_t i = 0; local && i < length; ++i)
        local = national[i] >= '0' && national[i] <= '9';
    LocalTrie *trie = local ? &localTrie() : nullptr;
    if (trie) {
        const LocalNode *node = &trie->roots[length];
        for (const char digit : national) {
            node = node->children[size_t(digit - '0')].get();
            if (!node)
                break;
            if (node->settled)
                return node->entry;
        }
    }

    qsizetype settledAt = 0;
    Entry entry = lookupShared(national, compute, &settledAt);
    if (trie && settledAt > 0 && trie->nodes + size_t(settledAt) <= MaxNodes) {
        LocalNode *node = &trie->roots[length];
        for (qsizetype k = 0; k < settledAt; ++k) {
            std::unique_ptr<LocalNode> &child = node->children[size_t(national[size_t(k)] - '0')];
            if (!child) {
                child = std::make_unique<LocalNode>();
                ++trie->nodes;
            }
            node = child.get();
        }
        node->settled = true;
        node->entry = entry;
    }
    return entry;
}

PhoneLayoutCache::Entry PhoneLayoutCache::lookupShared(std::string_view national, Compute compute,
                                                       qsizetype *settledAt)
{
    const qsizetype length = qsizetype(national.size());
    *settledAt = 0;
    std::string key(1, char(length));
    key.reserve(national.size() + 1);
    {
        QReadLocker lock(&m_lock);
        for (const char digit : national) {
            key.push_back(digit);
            const auto it = m_nodes.find(key);
            if (it == m_nodes.end())
                break;
            if (it->second.settled) {
                if (it->second.filled) {
                    *settledAt = qsizetype(key.size() - 1);
                    return it->second.entry;
                }
                break;
            }
        }
    }
    QWriteLocker lock(&m_lock);
    key.resize(1);
    for (const char digit : national) {
        key.push_back(digit);
        auto it = m_nodes.find(key);
        if (it == m_nodes.end()) {
            if (m_nodes.size() >= MaxNodes)
                return compute(national);
            Node node;
            node.settled = qsizetype(key.size() - 1) == length || settles(key.substr(1), length);
            it = m_nodes.emplace(key, node).first;
        }
        Node &node = it->second;
        if (!node.settled)
            continue;
        if (!node.filled) {
            node.entry = compute(national);
            node.filled = true;
            ++m_entries;
        }
        *settledAt = qsizetype(key.size() - 1);
        return node.entry;
    }
    return compute(national); // not reached: the whole number always settles every pattern
}

qsizetype PhoneLayoutCache::entryCount() const
{
    QReadLocker lock(&m_lock);
    return m_entries;
}

QString PhoneLayoutCache::layoutOf(std::string_view national, const QString &formatted)
{
    QString layout;
    layout.reserve(formatted.size());
    size_t next = 0;
    for (qsizetype i = 0; i < formatted.size(); ++i) {
        const QChar c = formatted[i];
        if (i == 0 && c == u'0' && (national.empty() || national.front() != '0')) {
            layout += c; // the trunk prefix
        } else if (c.isDigit()) {
            if (next >= national.size() || c != QLatin1Char(national[next]))
                return QString();
            layout += QLatin1Char('#');
            ++next;
        } else if (c == u'#') {
            return QString();
        } else {
            layout += c;
        }
    }
    return next == national.size() ? layout : QString();
}

void PhoneLayoutCache::Entry::setLayout(const QString &text)
{
    layoutSize = 0;
    if (text.isEmpty() || text.size() > qsizetype(layout.size()))
        return;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() > 0xFF)
            return;
        layout[size_t(i)] = char(text[i].unicode());
    }
    layoutSize = quint8(text.size());
}

QString PhoneLayoutCache::Entry::apply(std::string_view national) const
{
    // The same as applyLayout, from the inline Latin-1 copy.
    QString out(layoutSize, Qt::Uninitialized);
    QChar *d = out.data();
    size_t next = 0;
    for (size_t i = 0; i < layoutSize; ++i) {
        const char c = layout[i];
        *d++ = c == '#' && next < national.size() ? QLatin1Char(national[next++]) : QLatin1Char(c);
    }
    return out;
}

QString PhoneLayoutCache::applyLayout(const QString &layout, std::string_view national)
{
    QString out(layout.size(), Qt::Uninitialized);
    QChar *d = out.data();
    size_t next = 0;
    for (const QChar c : layout)
        *d++ = c == u'#' && next < national.size() ? QLatin1Char(national[next++]) : c;
    return out;
}

} // namespace tenarai
