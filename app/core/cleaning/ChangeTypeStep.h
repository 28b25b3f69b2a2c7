#pragma once

#include "cleaning/Step.h"

#include <QStringList>

#include <optional>

namespace tenarai {

// Makes the values of the chosen columns numbers, whole numbers, dates, yes/no values or text,
// so that sums, sorting and checks work. A value that is not clearly one of these (約3,000,
// 1.5 as a whole number, 2月30日) is left as it was and listed with the reason, never guessed.
// Blank text becomes an empty cell. Cells of other kinds are converted where that is exact (the
// number 1 as yes, a date-time as its date) and reported otherwise; any kind becomes text as
// it is displayed.
class ChangeTypeStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ChangeTypeStep)
public:
    // Stored in recipes by the names in ChangeTypeStep.cpp: never rename one.
    enum class Target : quint8 { Number, Integer, Date, Text, Boolean };

    QString typeId() const override { return QStringLiteral("changeType"); }
    QString title() const override { return tr("Change the kind of values"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<ChangeTypeStep>(*this); }

    // TRUE/FALSE, yes/no, はい/いいえ, 1/0, ○/× in any case and width; nullopt for anything else.
    static std::optional<bool> parseBoolean(QStringView text);

private:
    QStringList m_columns;
    Target m_to = Target::Text;
};

} // namespace tenarai
