#pragma once

#include "cleaning/Step.h"

#include <QStringList>

#include <optional>

namespace tenarai {

// The common part of the steps that rewrite each cell of some columns on its own (dates, amounts,
// phone numbers, postal codes, block numbers): the required "columns" parameter, the run over the
// rows (CellMapper: in parallel blocks, with progress and cancellation), and the rule that a value
// the step cannot read is kept as written and reported, never guessed. Empty cells, and text that
// is only spaces, stay as they are.
class CellRewriteStep : public Step
{
public:
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;

protected:
    // The new cell, nullopt to keep the cell as it is, or the reason the value was left alone.
    // Called only for non-blank cells, concurrently for different rows: must be thread-safe.
    virtual Result<std::optional<Cell>> rewrite(const Cell &cell) const = 0;

    // For a value rewrite() refused: a plainer form that is not a guess (the digits of a phone
    // number not in use), so that later steps such as duplicate removal still see equal values as
    // equal. The value is reported either way. Default: keep the value as written.
    virtual std::optional<Cell> fallback(const Cell &cell) const;

    // "“TRUE” is not text that this step reads." for cells of a kind the step cannot read.
    Error unreadableKind(const Cell &cell) const;

    QStringList m_columns;
};

} // namespace tenarai
