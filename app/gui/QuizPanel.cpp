#include "QuizPanel.h"

#include "lessons/ExerciseChecker.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace tenarai {

namespace {

constexpr int OptionIdRole = Qt::UserRole;

// The checker's rule for one question: a single or multiple choice is right when exactly the
// correct options are chosen, an ordering when every item is in the correct place.
bool isRight(const QuizQuestion &question, const QStringList &chosen)
{
    if (question.type == QuizQuestion::Type::Ordering)
        return chosen == question.correct;
    return QSet<QString>(chosen.cbegin(), chosen.cend())
        == QSet<QString>(question.correct.cbegin(), question.correct.cend());
}

bool isEmptyResult(const CheckResult &result)
{
    return !result.passed && result.summary.isEmpty() && result.feedback.isEmpty();
}

} // namespace

QuizPanel::QuizPanel(QWidget *parent) : ExercisePanel(parent)
{
    setObjectName(QStringLiteral("quizPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Long quizzes scroll down, never sideways: prompts and options wrap.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("quizScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget;
    m_contentLayout = new QVBoxLayout(m_content);
    m_emptyLabel = new QLabel(m_content);
    m_emptyLabel->setWordWrap(true);
    m_contentLayout->addWidget(m_emptyLabel);
    m_contentLayout->addStretch(1);
    scroll->setWidget(m_content);
    layout->addWidget(scroll);
    retranslateUi();
}

QuizPanel::~QuizPanel() = default;

Status QuizPanel::start(std::shared_ptr<const Pack> pack, const Exercise &exercise)
{
    Q_UNUSED(pack) // a quiz needs no file of the pack: everything is in the exercise
    clearQuestions();
    m_exercise = exercise;
    for (const QuizQuestion &question : exercise.questions)
        addQuestion(question);
    m_emptyLabel->setVisible(m_questions.isEmpty());
    retranslateUi();
    return Ok {};
}

void QuizPanel::clearQuestions()
{
    for (const Question &question : std::as_const(m_questions))
        delete question.box;
    m_questions.clear();
}

void QuizPanel::addQuestion(const QuizQuestion &question)
{
    const int index = int(m_questions.size());
    Question entry;
    entry.question = question;
    entry.box = new QGroupBox(m_content);
    entry.box->setObjectName(QStringLiteral("question_") + question.id);
    auto *layout = new QVBoxLayout(entry.box);

    entry.prompt = new QLabel(entry.box);
    entry.prompt->setObjectName(QStringLiteral("prompt_") + question.id);
    entry.prompt->setTextFormat(Qt::MarkdownText);
    entry.prompt->setWordWrap(true);
    entry.prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(entry.prompt);

    if (question.type == QuizQuestion::Type::Ordering) {
        entry.order = new QListWidget(entry.box);
        entry.order->setObjectName(QStringLiteral("answers_") + question.id);
        entry.order->setDragDropMode(QAbstractItemView::InternalMove);
        entry.order->setDefaultDropAction(Qt::MoveAction);
        entry.order->setSelectionMode(QAbstractItemView::SingleSelection);
        entry.order->setWordWrap(true);
        entry.order->setTabKeyNavigation(false);
        for (const QuizOption &option : question.options) {
            auto *item = new QListWidgetItem(entry.order);
            item->setData(OptionIdRole, option.id);
        }
        entry.order->setCurrentRow(0);
        const int lines = int(qMin<qsizetype>(question.options.size(), 8)) + 1;
        entry.order->setMinimumHeight(entry.order->fontMetrics().height() * lines * 3 / 2);
        entry.order->installEventFilter(this);
        entry.moveUp = new QPushButton(entry.box);
        entry.moveUp->setObjectName(QStringLiteral("moveUp_") + question.id);
        entry.moveDown = new QPushButton(entry.box);
        entry.moveDown->setObjectName(QStringLiteral("moveDown_") + question.id);
        auto *buttons = new QVBoxLayout;
        buttons->addWidget(entry.moveUp);
        buttons->addWidget(entry.moveDown);
        buttons->addStretch(1);
        auto *row = new QHBoxLayout;
        row->addWidget(entry.order, 1);
        row->addLayout(buttons);
        layout->addLayout(row);

        connect(entry.moveUp, &QPushButton::clicked, this, [this, index] { moveCurrent(m_questions[index], -1); });
        connect(entry.moveDown, &QPushButton::clicked, this, [this, index] { moveCurrent(m_questions[index], 1); });
        connect(entry.order, &QListWidget::currentRowChanged, this,
                [this, index] { updateMoveButtons(m_questions[index]); });
        // A drag changes the order without the buttons.
        connect(entry.order->model(), &QAbstractItemModel::rowsMoved, this, [this, index] { onEdited(index); });
    } else {
        entry.buttons = new QButtonGroup(entry.box);
        entry.buttons->setExclusive(question.type == QuizQuestion::Type::Single);
        for (const QuizOption &option : question.options) {
            QAbstractButton *button = nullptr;
            if (question.type == QuizQuestion::Type::Single)
                button = new QRadioButton(entry.box);
            else
                button = new QCheckBox(entry.box);
            button->setObjectName(QStringLiteral("option_%1_%2").arg(question.id, option.id));
            entry.buttons->addButton(button);
            entry.options << button;
            layout->addWidget(button);
        }
        connect(entry.buttons, &QButtonGroup::buttonToggled, this, [this, index] { onEdited(index); });
    }

    entry.feedback = new QLabel(entry.box);
    entry.feedback->setObjectName(QStringLiteral("feedback_") + question.id);
    entry.feedback->setWordWrap(true);
    entry.feedback->setTextFormat(Qt::PlainText);
    entry.feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    entry.feedback->hide();
    layout->addWidget(entry.feedback);

    // Before the stretch that keeps the groups at the top.
    m_contentLayout->insertWidget(m_contentLayout->count() - 1, entry.box);
    m_questions.append(entry);
    updateMoveButtons(m_questions.last());
}

QStringList QuizPanel::chosen(const Question &question) const
{
    QStringList ids;
    if (question.order) {
        for (int row = 0; row < question.order->count(); ++row)
            ids << question.order->item(row)->data(OptionIdRole).toString();
        return ids;
    }
    for (int i = 0; i < question.options.size(); ++i) {
        if (question.options[i]->isChecked())
            ids << question.question.options.value(i).id;
    }
    return ids;
}

QuizAnswers QuizPanel::answers() const
{
    QuizAnswers result;
    for (const Question &question : m_questions) {
        const QStringList ids = chosen(question);
        // An unanswered question is left out: the checker counts it as wrong.
        if (!ids.isEmpty())
            result.answers.insert(question.question.id, ids);
    }
    return result;
}

QByteArray QuizPanel::answer() const
{
    return answers().toJson();
}

Result<CheckResult> QuizPanel::check()
{
    return ExerciseChecker::checkQuiz(m_exercise, answers());
}

void QuizPanel::showFeedback(const CheckResult &result)
{
    const bool clear = isEmptyResult(result);
    for (Question &question : m_questions) {
        if (clear) {
            question.mark.reset();
            showMark(question, {});
            continue;
        }
        QStringList messages;
        for (const CheckFeedback &item : result.feedback) {
            if (item.target == CheckFeedback::Target::Question && item.questionId == question.question.id
                && !item.message.isEmpty() && !messages.contains(item.message))
                messages << item.message;
        }
        const QString explanation = question.question.explanation.text();
        if (!explanation.isEmpty() && !messages.contains(explanation))
            messages << explanation;
        question.mark = isRight(question.question, chosen(question));
        showMark(question, messages);
    }
}

std::optional<bool> QuizPanel::markOf(const QString &questionId) const
{
    for (const Question &question : m_questions) {
        if (question.question.id == questionId)
            return question.mark;
    }
    return std::nullopt;
}

void QuizPanel::showMark(Question &question, const QStringList &messages)
{
    if (!question.mark) {
        question.feedback->clear();
        question.feedback->hide();
        question.feedback->setProperty("messages", QStringList());
        question.box->setAccessibleDescription(QString());
        return;
    }
    question.feedback->setProperty("messages", messages);
    const QString verdict = *question.mark ? tr("✓ Right.") : tr("✗ Not right yet.");
    QStringList lines { verdict };
    lines += messages;
    question.feedback->setText(lines.join(u'\n'));
    // Colour is only a second cue: the words say it too.
    QPalette look = question.feedback->palette();
    look.setColor(QPalette::WindowText, *question.mark ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb7, 0x1c, 0x1c));
    question.feedback->setPalette(look);
    question.feedback->show();
    question.box->setAccessibleDescription(verdict);
}

void QuizPanel::onEdited(int index)
{
    if (index < 0 || index >= m_questions.size())
        return;
    Question &question = m_questions[index];
    if (question.mark) {
        question.mark.reset();
        showMark(question, {});
    }
    if (question.order)
        updateMoveButtons(question);
    emit answerChanged();
}

void QuizPanel::moveCurrent(Question &question, int delta)
{
    if (!question.order)
        return;
    const int row = question.order->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= question.order->count())
        return;
    QListWidgetItem *item = question.order->takeItem(row);
    question.order->insertItem(target, item);
    question.order->setCurrentRow(target);
    const auto index = int(&question - m_questions.constData());
    onEdited(index);
}

void QuizPanel::updateMoveButtons(Question &question)
{
    if (!question.order)
        return;
    const int row = question.order->currentRow();
    question.moveUp->setEnabled(row > 0);
    question.moveDown->setEnabled(row >= 0 && row + 1 < question.order->count());
}

bool QuizPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            for (Question &question : m_questions) {
                if (question.order == watched) {
                    moveCurrent(question, key->key() == Qt::Key_Up ? -1 : 1);
                    return true;
                }
            }
        }
    }
    return ExercisePanel::eventFilter(watched, event);
}

void QuizPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ExercisePanel::changeEvent(event);
}

void QuizPanel::retranslateUi()
{
    m_emptyLabel->setText(tr("This quiz has no questions."));
    const int count = int(m_questions.size());
    for (int i = 0; i < count; ++i) {
        Question &question = m_questions[i];
        const QString title = tr("Question %1 of %2").arg(i + 1).arg(count);
        question.box->setTitle(title);
        question.box->setAccessibleName(title);
        question.prompt->setText(question.question.prompt.text());
        for (int o = 0; o < question.options.size(); ++o) {
            const QString text = question.question.options.value(o).text.text();
            question.options[o]->setText(text);
            question.options[o]->setAccessibleName(text);
        }
        if (question.order) {
            QHash<QString, QString> texts;
            for (const QuizOption &option : question.question.options)
                texts.insert(option.id, option.text.text());
            for (int row = 0; row < question.order->count(); ++row) {
                QListWidgetItem *item = question.order->item(row);
                item->setText(texts.value(item->data(OptionIdRole).toString()));
            }
            question.order->setAccessibleName(tr("Items to put in order"));
            question.order->setToolTip(
                tr("Drag the items into the right order, or select one and press Ctrl+Up or Ctrl+Down"));
            question.moveUp->setText(tr("Move up"));
            question.moveUp->setToolTip(tr("Move the selected item one place up (Ctrl+Up)"));
            question.moveDown->setText(tr("Move down"));
            question.moveDown->setToolTip(tr("Move the selected item one place down (Ctrl+Down)"));
        }
        if (question.mark)
            showMark(question, question.feedback->property("messages").toStringList());
    }
}

} // namespace tenarai
