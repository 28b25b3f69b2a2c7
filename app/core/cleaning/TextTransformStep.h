#pragma once

#include "cleaning/Step.h"

#include <QStringList>

namespace tenarai {

// The common part of the steps that rewrite text cells one value at a time (width, kana,
// replace): runs the rewrite over the chosen columns through CellMapper, copies unchanged cells
// and cells of other kinds without re-encoding them, turns a value rewritten to nothing into an
// empty cell, and leaves a column that did not change shared with the input table.
class TextTransformStep : public Step
{
public:
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;

protected:
    // The rewritten value of one text cell. Called from several threads at once: must not
    // change the step.
    virtual QString transform(const QString &text) const = 0;
    // False when transform() would certainly return this text unchanged, judged from its UTF-8
    // bytes (see Utf8Scan); such cells are not decoded. The default says "maybe" for every cell.
    virtual bool mayChange(QByteArrayView utf8) const;

    QStringList m_columns; // empty: every column (for the steps that allow it)
};

} // namespace tenarai
