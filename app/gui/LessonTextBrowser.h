#pragma once

#include "lessons/Pack.h"

#include <QTextBrowser>

#include <memory>

namespace tenarai {

// Shows a lesson's Markdown with its images read from the pack (Pack::readFile, hash-checked),
// never from the disk around it and never from the network. Links are not followed: an anchor
// in the text scrolls to it, anything else (a web page, a file) is announced through
// linkRefused() so that the lesson view can say why nothing opened.
class LessonTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit LessonTextBrowser(QWidget *parent = nullptr);

    // Shows markdown, the text of the pack file markdownPath (images are relative to its folder).
    // Returns the image paths that could not be read from the pack (shown as missing).
    QStringList showLesson(std::shared_ptr<const Pack> pack, const QString &markdownPath, const QString &markdown);
    void clearLesson();

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void linkRefused(const QUrl &url);

private:
    // The pack path an image URL names, or empty when it names nothing inside the pack.
    QString packPathOf(const QUrl &url) const;
    void onAnchorClicked(const QUrl &url);

    std::shared_ptr<const Pack> m_pack;
    QString m_baseFolder; // of the Markdown file, "" for the pack's root
};

} // namespace tenarai
