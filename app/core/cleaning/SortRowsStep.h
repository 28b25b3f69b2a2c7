#pragma once

#include "cleaning/Step.h"

#include <QList>

namespace tenarai {

// Sorts rows by one or more columns, the first key first. The sort is stable: rows that compare
// equal keep their order, so sorting by 地区 after sorting by ふりがな keeps each 地区 in 五十音.
// Values compare as CellCollator orders them: numbers as numbers, dates as dates, text by the
// locale's collation (for "ja": あ ア ｱ together, kana in 五十音 order). Empty cells and cells of
// spaces only go last in both directions.
//
// Kanji sort by the collation table (JIS X 0208 order for "ja", code point order otherwise),
// NOT by reading: 山田 and 佐藤 are not ordered as やまだ and さとう. For reading order, sort by a
// ふりがな column.
class SortRowsStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::SortRowsStep)
public:
    struct SortKey
    {
        QString column;
        bool descending = false;
    };

    QString typeId() const override { return QStringLiteral("sortRows"); }
    QString title() const override { return tr("Sort rows"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<SortRowsStep>(*this); }

private:
    QList<SortKey> m_keys;
    QString m_locale = QStringLiteral("ja");
};

} // namespace tenarai
