#pragma once

#include "Error.h"
#include "ExercisePanel.h"
#include "lessons/LessonRecorder.h"
#include "lessons/Pack.h"
#include "progress/ProgressRecords.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QVBoxLayout;

namespace tenarai {

class CompletionPage;
class LessonTextBrowser;
class ProgressStore;

// One lesson being done: the lesson's Markdown on the left, the current exercise on the right
// (the panel of its kind, its instructions, Check, Hint and Next), and the completion page once
// the lesson's completion rule holds after its last exercise. Every Check is recorded through
// LessonRecorder when a store and a profile are set; a failed write is said in a warning line
// and never disturbs the learner's work, which stays in the panel.
//
// Object names: "lessonView", "lessonTitleLabel", "exerciseIndicatorLabel", "lessonTextBrowser",
// "lessonNoticeLabel", "exerciseTitleLabel", "exerciseInstructionsLabel", "hintLabel",
// "feedbackLabel", "recordWarningLabel", "checkButton", "hintButton", "nextExerciseButton",
// "backToLibraryButton", "lessonSplitter", "completionPage".
class LessonView : public QWidget
{
    Q_OBJECT
public:
    // The look of the feedback line.
    enum class FeedbackState { None, NotYet, Passed, Error };

    explicit LessonView(QWidget *parent = nullptr);
    ~LessonView() override;

    // store is not owned; attempts are recorded only with both a store and a profile.
    void setProgress(ProgressStore *store, const std::optional<Profile> &profile);
    // Opens the lesson at its first exercise. An Error (also shown in the view) when the pack has
    // no such lesson or its text cannot be read.
    Status setLesson(std::shared_ptr<const Pack> pack, const QString &lessonId);

    std::shared_ptr<const Pack> pack() const { return m_pack; }
    QString lessonId() const { return m_lessonId; }
    int exerciseIndex() const { return m_exerciseIndex; }
    ExercisePanel *exercisePanel() const { return m_panel; }
    int hintsOpened() const { return m_hintsOpened; }
    FeedbackState feedbackState() const { return m_feedbackState; }
    bool isShowingCompletion() const;

public slots:
    void check();
    void showNextHint();
    // The next exercise, or the completion page after the last one when the lesson is complete.
    void goToNextExercise();
    void startExercise(int index);

signals:
    void backToLibrary();
    // An attempt was written to the store (the main window then asks the central sync to run).
    void attemptRecorded();
    // The lesson's completion rule holds now (once per opening of the lesson).
    void lessonCompleted(const QString &packId, const QString &lessonId);

protected:
    void changeEvent(QEvent *event) override;

private:
    const LessonEntry *lesson() const;
    const Exercise *currentExercise() const;
    void recordAttempt(const Exercise &exercise, const CheckResult &result);
    void updateCompletion(const LessonStatus &status);
    void showCompletion();
    void openNextLesson();
    void setFeedback(FeedbackState state, const QString &text);
    void updateHints();
    void updateButtons();
    void showLessonError(const QString &text);
    void onLinkRefused(const QUrl &url);
    void retranslateUi();

    ProgressStore *m_store = nullptr;
    std::optional<Profile> m_profile;
    std::shared_ptr<const Pack> m_pack;
    QString m_lessonId;
    int m_exerciseIndex = -1;
    QDateTime m_startedAt;
    int m_hintsOpened = 0;
    bool m_passed = false;          // the current exercise passed at its last check
    bool m_lessonComplete = false;  // the completion rule holds (recorded or in this session)
    QList<Attempt> m_sessionAttempts; // for the completion rule when nothing is recorded
    FeedbackState m_feedbackState = FeedbackState::None;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_lessonPage = nullptr;
    CompletionPage *m_completion = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_indicatorLabel = nullptr;
    QPushButton *m_backButton = nullptr;
    QSplitter *m_splitter = nullptr;
    LessonTextBrowser *m_text = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_exerciseTitleLabel = nullptr;
    QLabel *m_instructionsLabel = nullptr;
    QVBoxLayout *m_panelLayout = nullptr;
    QPointer<ExercisePanel> m_panel;
    QScrollArea *m_hintScroll = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_feedbackLabel = nullptr;
    QLabel *m_warningLabel = nullptr;
    QPushButton *m_hintButton = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_nextButton = nullptr;
};

} // namespace tenarai
