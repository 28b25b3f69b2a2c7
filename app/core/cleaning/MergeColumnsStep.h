#pragma once

#include "cleaning/Step.h"

#include <QStringList>

namespace tenarai {

// Joins the text of several columns, in the order listed, into one (姓 + 　 + 名 -> 氏名). The
// merged column takes the place of the first listed column; the others are removed. With
// “skipEmpty”, empty cells and cells of spaces only are left out so that no doubled or trailing
// separator appears. Numbers and dates join in their canonical text form (2021-04-01); an error
// value such as #N/A is left out and reported.
class MergeColumnsStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::MergeColumnsStep)
public:
    QString typeId() const override { return QStringLiteral("mergeColumns"); }
    QString title() const override { return tr("Merge columns"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<MergeColumnsStep>(*this); }

private:
    QStringList m_columns;
    QString m_separator;
    QString m_name;
    bool m_skipEmpty = true;
};

} // namespace tenarai
