#pragma once

#include "cleaning/Step.h"

#include <QStringList>

namespace tenarai {

// Cuts an address column into 都道府県 / 市区町村 / 町域以降 with AddressSplitter over the
// standard municipality list; the three new columns take the source column's place. A prefecture
// left out is filled in where the municipality name is unique. An address that cannot be split
// for certain (府中市 is in 東京都 and in 広島県; a municipality the list does not know) is
// reported and left for the user: what could be told apart is filled in, the prefecture stays
// empty and the rest keeps the text. Apart from character width, spaces and dash look-alikes
// between digits, the rest is kept as written; normalizeBlockNumbers shortens 丁目・番地・号.
class SplitAddressStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::SplitAddressStep)
public:
    SplitAddressStep();

    QString typeId() const override { return QStringLiteral("splitAddress"); }
    QString title() const override { return tr("Split addresses into prefecture, city and the rest"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<SplitAddressStep>(*this); }
    // Loads the list of municipalities.
    std::function<void()> warmUp() const override;

private:
    QString m_column;
    QStringList m_names; // three: prefecture, municipality, rest
};

} // namespace tenarai
