#pragma once

#include "cleaning/TextTransformStep.h"
#include "normalize/TextNormalizer.h"

namespace tenarai {

// Unifies full-width and half-width spellings through TextNormalizer: ＡＢＣ１２３ -> ABC123,
// ｶﾞｽ -> ガス, ～ and 〜 to one wave dash; ① and ㈱ are kept unless asked (NFKC would make them
// 1 and (株)). Spaces are left as written by default ("keep": no trim, U+3000 stays U+3000),
// because trimming is the trim step's job and 姓　名 must not change here without being asked;
// the other "spaces" choices trim and collapse each inner run into one space.
class NormalizeWidthStep : public TextTransformStep
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::NormalizeWidthStep)
public:
    NormalizeWidthStep();

    QString typeId() const override { return QStringLiteral("normalizeWidth"); }
    QString title() const override { return tr("Unify full-width and half-width"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<NormalizeWidthStep>(*this); }

protected:
    QString transform(const QString &text) const override;
    bool mayChange(QByteArrayView utf8) const override;

private:
    bool m_keepEnclosed = true;
    bool m_keepSquared = true;
    QString m_waveDash;   // stored choice value
    QString m_spaces;     // stored choice value
    TextNormalizer::Options m_options;
};

} // namespace tenarai
