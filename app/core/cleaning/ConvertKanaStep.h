#pragma once

#include "cleaning/TextTransformStep.h"

namespace tenarai {

// Writes the kana of the chosen columns all in katakana (フリガナ columns) or all in hiragana
// (ふりがな); half-width katakana is made full-width on the way (ﾀﾅｶ -> タナカ / たなか). Only
// kana change: ー, kanji, Latin letters and digits stay as written.
class ConvertKanaStep : public TextTransformStep
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ConvertKanaStep)
public:
    QString typeId() const override { return QStringLiteral("convertKana"); }
    QString title() const override { return tr("Convert hiragana and katakana"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<ConvertKanaStep>(*this); }

protected:
    QString transform(const QString &text) const override;
    bool mayChange(QByteArrayView utf8) const override;

private:
    bool m_toHiragana = false;
};

} // namespace tenarai
