#pragma once

#include <QByteArrayView>

namespace tenarai {

// Quick questions about UTF-8 text as stored in a Column, answered without decoding it into a
// QString. Steps use them to skip the cells they would leave unchanged; every answer errs on the
// side of "maybe", so a skipped cell is always one the step would have kept as it is.
namespace Utf8Scan {

// True when every byte is ASCII.
bool isAscii(QByteArrayView utf8);

// True when the text may contain a QChar::isSpace() character anywhere.
bool mayContainSpace(QByteArrayView utf8);

// True when the first or the last character may be a QChar::isSpace() character.
bool mayHaveSpaceAtEdge(QByteArrayView utf8);

} // namespace Utf8Scan

} // namespace tenarai
