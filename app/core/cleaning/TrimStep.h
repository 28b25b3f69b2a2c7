#pragma once

#include "cleaning/Step.h"
#include "normalize/TextNormalizer.h"

#include <QStringList>

namespace tenarai {

// Removes spaces before and after each text value (U+3000 included), the most common mess in
// lists typed by hand, and on request ("collapse") turns each run of spaces, tabs and line breaks
// inside a value into one space: as written (one U+3000 where the run starts with one, as in
// 山田　太郎), always U+3000 (names written 姓　名) or always an ASCII space.
// A value left empty becomes an empty cell; other kinds are untouched.
class TrimStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::TrimStep)
public:
    QString typeId() const override { return QStringLiteral("trim"); }
    QString title() const override { return tr("Remove spaces before and after"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<TrimStep>(*this); }

private:
    QStringList m_columns;     // empty: every column
    bool m_collapse = false;
    TextNormalizer::SpaceStyle m_space = TextNormalizer::SpaceStyle::AsWritten;
};

} // namespace tenarai
