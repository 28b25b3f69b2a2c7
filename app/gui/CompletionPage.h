#pragma once

#include "lessons/PackManifest.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace tenarai {

// The screen a learner sees when a lesson is complete: "Completed", what they can now do and
// what to try next (the author's texts), and the way on: back to the library or the next lesson.
//
// Object names: "completionPage", "completionTitleLabel", "completionLessonLabel",
// "learnedLabel", "nextStepsLabel", "completionBackButton", "nextLessonButton".
class CompletionPage : public QWidget
{
    Q_OBJECT
public:
    explicit CompletionPage(QWidget *parent = nullptr);

    // nextLesson: the pack's following lesson, or nullptr after the last one.
    void showLesson(const LessonEntry &lesson, const LessonEntry *nextLesson);

signals:
    void backToLibrary();
    void nextLessonRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    LessonEntry m_lesson;
    LessonEntry m_next;
    bool m_hasNext = false;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_lessonLabel = nullptr;
    QLabel *m_learnedHeading = nullptr;
    QLabel *m_learnedLabel = nullptr;
    QLabel *m_nextHeading = nullptr;
    QLabel *m_nextLabel = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_nextLessonButton = nullptr;
};

} // namespace tenarai
