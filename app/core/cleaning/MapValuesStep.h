#pragma once

#include "cleaning/Step.h"

#include <QHash>
#include <QJsonObject>

namespace tenarai {

// Unifies spelling variants (表記ゆれ) of one column through a list the user writes:
// 有, ｱﾘ, 〇 -> あり; 無 -> なし. A cell matches a written value when both, trimmed (and
// width-folded with "foldWidth"), are the same text; cells of other kinds match by their
// display text (1, TRUE), so codes read from a workbook as numbers can be mapped too. A cell
// that matches nothing is kept, emptied, or kept and reported, as "unmatched" says; blank cells
// stay blank unless the list has an entry for "".
class MapValuesStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::MapValuesStep)
public:
    QString typeId() const override { return QStringLiteral("mapValues"); }
    QString title() const override { return tr("Unify spelling variants"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<MapValuesStep>(*this); }

private:
    enum class Unmatched : quint8 { Keep, Empty, Report };

    // The text a cell value or a written value is matched by.
    static QString matchKey(const QString &value, bool foldWidth);

    QString m_column;
    QJsonObject m_map;
    bool m_foldWidth = true;
    Unmatched m_unmatched = Unmatched::Keep;
    QHash<QString, QString> m_lookup; // matchKey(written value) -> replacement
};

} // namespace tenarai
