#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <optional>

namespace tenarai {

// Turns a Japanese phone number as people type it (全角 digits, （03）, ー or － for hyphens,
// spaces, +81, a "TEL:" label, a leading 0 that Excel dropped) into the national format with
// the hyphens where the area code puts them: 03-1234-5678, 0467-12-3456, 0120-123-456,
// 090-1234-5678. The numbering plan comes from libphonenumber (Google's metadata, as packaged by
// the system), not from a table of our own, so new area codes arrive with library updates.
//
// Thread-safe: libphonenumber's PhoneNumberUtil is a process-wide singleton whose parse and
// format functions are const and cache their regular expressions internally, and
// PhoneLayoutCache locks its own map.
class PhoneNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::PhoneNormalizer)
public:
    // The national format for a valid Japanese number; a valid foreign number written with +
    // keeps its country code in the international format (+1 202-555-0123). A blank input gives
    // an empty string: an empty cell is not an error. Anything else is an Error::Kind::Format
    // naming why (too few digits, letters, not a number in use in Japan).
    //
    // Checking and hyphenating a Japanese number runs libphonenumber's regular expressions (10 to
    // 50 µs a number); PhoneLayoutCache remembers the answer per group of numbers the metadata cannot
    // tell apart, so a column of 100,000 numbers asks libphonenumber a few hundred times.
    static Result<QString> normalize(QStringView input);
    // The same answer asking libphonenumber every time: for tests that prove the cache exact.
    static Result<QString> normalizeWithoutCache(QStringView input);
    // The digits of a domestic number as typed, with its labels, separators and width removed and
    // a trunk 0 that Excel dropped put back: 10 or 11 ASCII digits, or nullopt. Not a check that
    // the number is in use; for writing one that is not in a single plain way.
    static std::optional<QString> domesticDigits(QStringView input);

    // Loads libphonenumber's metadata and the layout cache's patterns (some tens of
    // milliseconds, once per process), which the first number would otherwise wait for.
    static void warmUp();

private:
    // The characters a number is written with, ASCII digits and a leading '+', with room for
    // any usual number so that reading one allocates nothing.
    using NumberText = QVarLengthArray<char, 48>;
    static Status numberCharacters(QStringView input, NumberText *out);
    static Result<QString> normalize(QStringView input, bool useCache);
};

} // namespace tenarai
