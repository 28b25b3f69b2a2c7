#pragma once

#include "cleaning/Step.h"

#include <QList>
#include <QStringList>

namespace tenarai {

// Splits one column into several, which take its place: at each delimiter (「東京都、千代田区」
// at 「、」) or at fixed character positions (fixed-width codes). Positions count characters as
// users see them: a surrogate pair such as 𠮷 is one character, not two UTF-16 units.
//
// The number of new columns is the number of “names”, else “maxParts”, else (positions) one more
// than the positions, else (delimiter) the most parts any row has. A row with more parts than
// columns keeps the remainder, delimiters included, in the last column (as Power Query does with
// a maximum number of parts); a row with fewer parts gets empty cells. Parts are not trimmed.
class SplitColumnStep : public Step
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::SplitColumnStep)
public:
    // More columns than a spreadsheet has are refused: a delimiter that is far too common.
    static constexpr int MaxColumns = 16384;

    enum class Mode : quint8 { Delimiter, Positions };

    QString typeId() const override { return QStringLiteral("splitColumn"); }
    QString title() const override { return tr("Split a column"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    Result<StepOutcome> apply(const Table &input, const StepContext &context) const override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<SplitColumnStep>(*this); }

private:
    // The parts of one value, at most maxParts (0: no limit) of them.
    QList<QStringView> split(QStringView text, int maxParts) const;

    QString m_column;
    Mode m_mode = Mode::Delimiter;
    QString m_delimiter;
    QList<qint64> m_positions;   // code point offsets, strictly increasing, from 1
    QStringList m_names;         // empty: 住所.1, 住所.2, …
    int m_maxParts = 0;          // 0: not given
};

} // namespace tenarai
