#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace tenarai {

// Turns a Japanese postal code as people and Excel write it (〒, 全角 digits, no hyphen or a space, ー for
// the hyphen, a dropped leading 0) into the form 123-4567.
class PostalCodeNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::PostalCodeNormalizer)
public:
    // "123-4567" for a 7-digit code; a blank input gives an empty string (an empty cell is not
    // an error). Other lengths, letters and a hyphen in the wrong place are Error::Kind::Format.
    static Result<QString> normalize(QStringView input);
};

} // namespace tenarai
