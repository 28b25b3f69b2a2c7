#pragma once

#include "cleaning/Step.h"

#include <QStringList>

namespace tenarai {

// Removes rows that repeat an earlier row (or, with keep "last", a later one) in the chosen
// columns, keeping the rest in their order. Name columns listed in "nameKeyColumns" match
// through NameKey (髙橋 = 高橋, 𠮷田 = 吉田, spacing ignored; 齋藤 and 齊藤 stay different);
// the row kept keeps its name as written. Works by hashing each row's key once, so a million
// rows take seconds, not hours.
class RemoveDuplicatesStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::RemoveDuplicatesStep)
public:
    QString typeId() const override { return QStringLiteral("removeDuplicates"); }
    QString title() const override { return tr("Remove duplicate rows"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<RemoveDuplicatesStep>(*this); }

private:
    QStringList m_columns;        // empty: every column
    QStringList m_nameKeyColumns; // compared through NameKey; part of the key even if not in m_columns
    bool m_keepLast = false;
    bool m_ignoreWidth = false;
};

} // namespace tenarai
