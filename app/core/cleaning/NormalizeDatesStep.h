#pragma once

#include "cleaning/CellRewriteStep.h"
#include "normalize/DateNormalizer.h"

namespace tenarai {

// Writes every date of the named columns one way: 2021/4/1, 20210401, 令和3年4月1日, R3.4.1,
// 令和元年…, Excel serial numbers (as numbers or as 5-digit text) and date cells all become the
// text 2021-04-01, or a date cell. DateNormalizer reads them; a day that does not exist
// (平成31年5月1日, 2月30日) is kept as written and reported with its reason. A time of day after
// the date is dropped (DateNormalizer::TimeHandling::Drop): the column holds dates.
class NormalizeDatesStep : public CellRewriteStep
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::NormalizeDatesStep)
public:
    QString typeId() const override { return QStringLiteral("normalizeDates"); }
    QString title() const override { return tr("Dates to 2021-04-01 form"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<NormalizeDatesStep>(*this); }

protected:
    Result<std::optional<Cell>> rewrite(const Cell &cell) const override;

private:
    DateNormalizer::ExcelSystem m_excelSystem = DateNormalizer::ExcelSystem::Excel1900;
    bool m_dateCells = false; // output "date": date cells rather than ISO text
};

} // namespace tenarai
