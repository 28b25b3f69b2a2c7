#pragma once

#include "ExercisePanel.h"

#include <QList>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace tenarai {

// The quiz exercise: one group per question, with its prompt (Markdown), radio buttons for a
// single choice, check boxes for a multiple choice, and for an ordering a list the learner
// reorders by dragging, with the Move up/Move down buttons or with Ctrl+Up/Ctrl+Down in the list,
// so that it works without a mouse. Checked with ExerciseChecker::checkQuiz; after a check each
// question is marked right or wrong with the explanations of the chosen options under it. Editing
// a question clears its mark: a mark about an answer no longer there would mislead.
//
// Object names: "quizPanel", per question "question_<id>" (the group), "answers_<id>" (the
// ordering list), "moveUp_<id>", "moveDown_<id>", "feedback_<id>"; options "option_<question>_<option>".
class QuizPanel : public ExercisePanel
{
    Q_OBJECT
public:
    explicit QuizPanel(QWidget *parent = nullptr);
    ~QuizPanel() override;

    Status start(std::shared_ptr<const Pack> pack, const Exercise &exercise) override;
    Result<CheckResult> check() override;
    void showFeedback(const CheckResult &result) override;
    QByteArray answer() const override;

    QuizAnswers answers() const;
    // Whether a question is marked right (true), wrong (false) or not marked since its last edit.
    std::optional<bool> markOf(const QString &questionId) const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Question
    {
        QuizQuestion question;
        QGroupBox *box = nullptr;
        QLabel *prompt = nullptr;
        QButtonGroup *buttons = nullptr;      // single and multiple
        QList<QAbstractButton *> options;     // in the order of question.options
        QListWidget *order = nullptr;         // ordering
        QPushButton *moveUp = nullptr;
        QPushButton *moveDown = nullptr;
        QLabel *feedback = nullptr;
        std::optional<bool> mark;
    };

    void clearQuestions();
    void addQuestion(const QuizQuestion &question);
    QStringList chosen(const Question &question) const;
    void moveCurrent(Question &question, int delta);
    void updateMoveButtons(Question &question);
    void onEdited(int index);
    void showMark(Question &question, const QStringList &messages);
    void retranslateUi();

    Exercise m_exercise;
    QList<Question> m_questions;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace tenarai
