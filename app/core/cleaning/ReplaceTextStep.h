#pragma once

#include "cleaning/TextTransformStep.h"
#include "normalize/TextNormalizer.h"

namespace tenarai {

// Replaces written text with other text, as 検索と置換 does: every occurrence inside a value
// (株式会社 -> ㈱), or with "wholeValue" only values that are exactly the text (spaces before
// and after ignored). With "matchWidth", full-width and half-width spellings of the text are
// found too (ｶﾌﾞｼｷｶﾞｲｼｬ finds カブシキガイシャ) while the rest of the value stays as written.
// Plain text only, no patterns: the people using it are not programmers.
class ReplaceTextStep : public TextTransformStep
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ReplaceTextStep)
public:
    QString typeId() const override { return QStringLiteral("replaceText"); }
    QString title() const override { return tr("Replace values"); }
    QList<ParameterSpec> parameterSpecs() const override;
    QJsonObject parameters() const override;
    Status setParameters(const QJsonObject &parameters) override;
    std::unique_ptr<Step> clone() const override { return std::make_unique<ReplaceTextStep>(*this); }

    // How "matchWidth" folds both sides before comparing: width and the wave dash only; spaces
    // are neither trimmed nor collapsed, and ① ㈱ ㍻ stay themselves.
    static TextNormalizer::Options widthFolding();

protected:
    QString transform(const QString &text) const override;

private:
    QString replaceFolded(const QString &text) const;

    QString m_find;
    QString m_replace;
    bool m_wholeValue = false;
    bool m_matchWidth = false;
    QString m_key; // what is searched for: m_find trimmed and/or folded as the options say
};

} // namespace tenarai
