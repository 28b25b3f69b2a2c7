#include "LessonTextBrowser.h"

#include <QDir>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

namespace tenarai {

LessonTextBrowser::LessonTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &LessonTextBrowser::onAnchorClicked);
}

QStringList LessonTextBrowser::showLesson(std::shared_ptr<const Pack> pack, const QString &markdownPath,
                                          const QString &markdown)
{
    m_pack = std::move(pack);
    const qsizetype slash = markdownPath.lastIndexOf(u'/');
    m_baseFolder = slash < 0 ? QString() : markdownPath.left(slash + 1);
    document()->clear();
    document()->setMarkdown(markdown);

    // Images are put into the document now rather than when the layout first asks, so that an
    // image missing from the pack is known (and said) at once.
    QStringList missing;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            const QString name = fragment.charFormat().toImageFormat().name();
            const QUrl url(name);
            const QVariant image = loadResource(QTextDocument::ImageResource, url);
            if (image.isValid())
                document()->addResource(QTextDocument::ImageResource, url, image);
            else if (!missing.contains(name))
                missing << name;
        }
    }
    return missing;
}

void LessonTextBrowser::clearLesson()
{
    m_pack.reset();
    m_baseFolder.clear();
    document()->clear();
}

QString LessonTextBrowser::packPathOf(const QUrl &url) const
{
    if (!m_pack || !url.scheme().isEmpty() || !url.host().isEmpty())
        return QString();
    QString path = url.path();
    if (path.isEmpty())
        return QString();
    // Relative to the Markdown file first (as authors preview it), then to the pack's root. A
    // path that climbs out of the pack names nothing.
    const QStringList candidates { QDir::cleanPath(m_baseFolder + path), QDir::cleanPath(path) };
    for (const QString &candidate : candidates) {
        if (candidate.startsWith(QLatin1String("../")) || candidate == QLatin1String(".."))
            continue;
        Result<QString> checked = PackSource::checkedPath(candidate);
        if (checked && m_pack->source().contains(checked.value()))
            return checked.value();
    }
    return QString();
}

QVariant LessonTextBrowser::loadResource(int type, const QUrl &name)
{
    // Nothing outside the pack is read: not the disk, not the network.
    if (type != QTextDocument::ImageResource)
        return QVariant();
    const QString path = packPathOf(name);
    if (path.isEmpty())
        return QVariant();
    Result<QByteArray> bytes = m_pack->readFile(path);
    if (!bytes)
        return QVariant();
    QImage image = QImage::fromData(bytes.value());
    if (image.isNull())
        return QVariant();
    return image;
}

void LessonTextBrowser::onAnchorClicked(const QUrl &url)
{
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        scrollToAnchor(url.fragment());
        return;
    }
    emit linkRefused(url);
}

} // namespace tenarai
