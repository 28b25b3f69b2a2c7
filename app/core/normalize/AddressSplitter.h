#pragma once

#include "Error.h"
#include "normalize/MunicipalityDirectory.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <memory>

namespace tenarai {

// One address cut into the three columns Japanese lists use.
struct AddressParts
{
    QString prefecture; // 都道府県, as the directory writes it
    QString municipality; // 市区町村 with its 郡 or designated city, as the directory writes it
    QString rest; // 町域以降: the address after the municipality, as written
    bool prefectureCompleted = false; // the input had no prefecture; it was unique for the municipality
    bool districtCompleted = false; // the input had no 郡; it was unique in the prefecture
};

// Splits an address into 都道府県 / 市区町村 / the rest by longest match against a
// MunicipalityDirectory. A missing prefecture or district is filled in when the municipality
// name is unique, and the address is refused, saying why, when it is not (府中市 is in 東京都
// and 広島県). The rest keeps what was written except for character width, white space runs
// (one space) and dash look-alikes between digits (1ー2 → 1-2); turning 丁目 and 番地 into
// 1-2-3 is BlockNumberNormalizer's job.
//
// Holds only a shared, read-only directory: one splitter may serve many threads.
class AddressSplitter
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::AddressSplitter)
public:
    explicit AddressSplitter(std::shared_ptr<const MunicipalityDirectory> directory);

    // A blank address gives empty parts. Error::Kind::Format when no known municipality starts
    // the address (after the prefecture, if any) or when the name is ambiguous.
    Result<AddressParts> split(QStringView address) const;
    // The same; on an error, unresolved (when not null) receives what could still be told apart,
    // so that a step can leave the rest for the user: the prefecture when it was written, the
    // municipality when only its prefecture is in doubt (府中市), and the text that follows,
    // cleaned as above. When no municipality is known the whole text is the rest.
    Result<AddressParts> split(QStringView address, AddressParts *unresolved) const;

    // Scratch text for the allocation-free calls below; a caller keeps one per thread and reuses
    // it from cell to cell, so that the common address needs no heap memory at all.
    using Buffer = QVarLengthArray<char16_t, 256>;

    // What trySplit() found: directory indices instead of names, the rest as a view into the
    // caller's buffer (valid until the buffer is reused).
    struct Found
    {
        int prefecture = -1;
        int municipality = -1;
        QStringView rest;
        bool prefectureCompleted = false;
        bool districtCompleted = false;
    };
    // split() for the common case, without building strings: true when split() would succeed
    // with a municipality, and then found holds exactly what split() would return. false when
    // split() must be asked instead: a blank, unknown or ambiguous address (its message is
    // built there), or half-width katakana, which only ContactTextFolder composes. So a caller
    // that falls back to split() on false never answers differently from split() alone.
    bool trySplit(QStringView address, Buffer &buffer, Found *found) const;

    // The clean-up split() and BlockNumberNormalizer start with — ContactTextFolder's foldWidth,
    // then collapseWhitespace, then dashesBetweenDigitsToHyphen — in one pass into out, with no
    // QString in between. false (out unspecified) when the text holds half-width katakana, whose
    // NFKC composition is left to ContactTextFolder.
    static bool quickClean(QStringView text, Buffer &out);

    const MunicipalityDirectory &directory() const { return *m_directory; }

private:
    std::shared_ptr<const MunicipalityDirectory> m_directory;
};

} // namespace tenarai
