#include "LessonView.h"

#include "CompletionPage.h"
#include "ExercisePanel.h"
#include "LessonTextBrowser.h"
#include "Translations.h"
#include "lessons/ExerciseChecker.h"
#include "progress/ProgressStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tenarai {

namespace {

QLabel *wrappingLabel(const char *name, QWidget *parent, Qt::TextFormat format = Qt::PlainText)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(format);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setTextColour(QLabel *label, const QColor &colour)
{
    QPalette look = label->palette();
    look.setColor(QPalette::WindowText, colour.isValid() ? colour : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(look);
}

} // namespace

LessonView::LessonView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lessonView"));

    m_lessonPage = new QWidget(this);
    m_lessonPage->setObjectName(QStringLiteral("lessonPage"));

    // Header: where the learner is.
    m_titleLabel = wrappingLabel("lessonTitleLabel", m_lessonPage);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_titleLabel->setFont(bold);
    m_indicatorLabel = wrappingLabel("exerciseIndicatorLabel", m_lessonPage);
    m_backButton = new QPushButton(m_lessonPage);
    m_backButton->setObjectName(QStringLiteral("backToLibraryButton"));
    connect(m_backButton, &QPushButton::clicked, this, &LessonView::backToLibrary);
    auto *header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_indicatorLabel);
    header->addWidget(m_backButton);

    // Left: the lesson's text.
    auto *left = new QWidget;
    m_text = new LessonTextBrowser(left);
    m_text->setObjectName(QStringLiteral("lessonTextBrowser"));
    connect(m_text, &LessonTextBrowser::linkRefused, this, &LessonView::onLinkRefused);
    m_noticeLabel = wrappingLabel("lessonNoticeLabel", left);
    m_noticeLabel->hide();
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_text, 1);
    leftLayout->addWidget(m_noticeLabel);

    // Right: the exercise.
    auto *right = new QWidget;
    m_exerciseTitleLabel = wrappingLabel("exerciseTitleLabel", right);
    QFont exerciseFont = m_exerciseTitleLabel->font();
    exerciseFont.setBold(true);
    m_exerciseTitleLabel->setFont(exerciseFont);
    m_instructionsLabel = wrappingLabel("exerciseInstructionsLabel", right, Qt::MarkdownText);
    m_panelLayout = new QVBoxLayout;
    m_panelLayout->setContentsMargins(0, 0, 0, 0);
    m_hintLabel = wrappingLabel("hintLabel", right, Qt::MarkdownText);
    m_hintLabel->hide();
    // Many hints scroll instead of pushing the exercise off a 768-pixel screen.
    auto *hintScroll = new QScrollArea(right);
    m_hintScroll = hintScroll;
    hintScroll->setObjectName(QStringLiteral("hintScrollArea"));
    hintScroll->setWidgetResizable(true);
    hintScroll->setFrameShape(QFrame::NoFrame);
    hintScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    hintScroll->setWidget(m_hintLabel);
    hintScroll->setMaximumHeight(fontMetrics().height() * 6);
    hintScroll->hide();
    m_feedbackLabel = wrappingLabel("feedbackLabel", right);
    QFont feedbackFont = m_feedbackLabel->font();
    feedbackFont.setBold(true);
    m_feedbackLabel->setFont(feedbackFont);
    m_warningLabel = wrappingLabel("recordWarningLabel", right);
    m_warningLabel->hide();
    setTextColour(m_warningLabel, QColor(0x8a, 0x4b, 0x00));

    m_hintButton = new QPushButton(right);
    m_hintButton->setObjectName(QStringLiteral("hintButton"));
    connect(m_hintButton, &QPushButton::clicked, this, &LessonView::showNextHint);
    m_checkButton = new QPushButton(right);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    connect(m_checkButton, &QPushButton::clicked, this, &LessonView::check);
    m_nextButton = new QPushButton(right);
    m_nextButton->setObjectName(QStringLiteral("nextExerciseButton"));
    connect(m_nextButton, &QPushButton::clicked, this, &LessonView::goToNextExercise);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hintButton);
    buttons->addStretch(1);
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_nextButton);

    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_exerciseTitleLabel);
    rightLayout->addWidget(m_instructionsLabel);
    rightLayout->addLayout(m_panelLayout, 1);
    rightLayout->addWidget(hintScroll);
    rightLayout->addWidget(m_feedbackLabel);
    rightLayout->addWidget(m_warningLabel);
    rightLayout->addLayout(buttons);

    m_splitter = new QSplitter(Qt::Horizontal, m_lessonPage);
    m_splitter->setObjectName(QStringLiteral("lessonSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    // The text is read once, the exercise is worked on: give the exercise most of a 1366 px screen.
    m_splitter->setSizes({ 35, 65 });

    auto *pageLayout = new QVBoxLayout(m_lessonPage);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_splitter, 1);

    m_completion = new CompletionPage(this);
    connect(m_completion, &CompletionPage::backToLibrary, this, &LessonView::backToLibrary);
    connect(m_completion, &CompletionPage::nextLessonRequested, this, &LessonView::openNextLesson);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("lessonPages"));
    m_pages->addWidget(m_lessonPage);
    m_pages->addWidget(m_completion);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    retranslateUi();
    updateButtons();
}

LessonView::~LessonView() = default;

void LessonView::setProgress(ProgressStore *store, const std::optional<Profile> &profile)
{
    m_store = store;
    m_profile = profile;
}

bool LessonView::isShowingCompletion() const
{
    return m_pages->currentWidget() == m_completion;
}

const LessonEntry *LessonView::lesson() const
{
    return m_pack ? m_pack->lesson(m_lessonId) : nullptr;
}

const Exercise *LessonView::currentExercise() const
{
    const LessonEntry *entry = lesson();
    if (!entry || m_exerciseIndex < 0 || m_exerciseIndex >= entry->exercises.size())
        return nullptr;
    return m_pack->exercise(entry->exercises[m_exerciseIndex]);
}

Status LessonView::setLesson(std::shared_ptr<const Pack> pack, const QString &lessonId)
{
    m_pack = std::move(pack);
    m_lessonId = lessonId;
    m_sessionAttempts.clear();
    m_lessonComplete = false;
    m_noticeLabel->hide();
    m_warningLabel->hide();
    m_pages->setCurrentWidget(m_lessonPage);

    const LessonEntry *entry = lesson();
    if (!entry) {
        Error error;
        error.kind = Error::Kind::InvalidArgument;
        error.message = m_pack ? tr("The pack “%1” has no lesson “%2”.").arg(m_pack->manifest().title.text(), lessonId)
                               : tr("No pack was given for the lesson “%1”.").arg(lessonId);
        m_text->clearLesson();
        showLessonError(error.message);
        startExercise(-1);
        return error;
    }

    const QString language = Translations::current();
    Result<QString> markdown = m_pack->lessonText(lessonId, language);
    if (!markdown) {
        m_text->clearLesson();
        showLessonError(tr("The text of this lesson could not be read: %1").arg(markdown.error().toString()));
        startExercise(0);
        return markdown.error();
    }
    const QString path = language == QLatin1String("en") && !entry->textEn.isEmpty() ? entry->textEn : entry->textJa;
    const QStringList missing = m_text->showLesson(m_pack, path, markdown.value());
    m_text->setProperty("language", language);
    if (!missing.isEmpty()) {
        m_noticeLabel->setText(tr("A picture of this lesson could not be read from the pack: %1").arg(missing.join(QStringLiteral(", "))));
        m_noticeLabel->show();
    }
    startExercise(0);
    return Ok {};
}

void LessonView::showLessonError(const QString &text)
{
    m_noticeLabel->setText(text);
    m_noticeLabel->show();
}

void LessonView::startExercise(int index)
{
    if (m_panel) {
        m_panelLayout->removeWidget(m_panel);
        delete m_panel.data();
    }
    m_exerciseIndex = index;
    m_hintsOpened = 0;
    m_passed = false;
    m_startedAt = QDateTime::currentDateTimeUtc();
    setFeedback(FeedbackState::None, QString());
    m_warningLabel->hide();

    const Exercise *exercise = currentExercise();
    if (exercise) {
        m_panel = ExercisePanel::create(exercise->kind, this);
        m_panelLayout->addWidget(m_panel, 1);
        // The learner changed the answer: "Passed" was about the one before.
        connect(m_panel, &ExercisePanel::answerChanged, this, [this] {
            if (m_feedbackState == FeedbackState::Passed || m_feedbackState == FeedbackState::NotYet) {
                m_passed = false;
                setFeedback(FeedbackState::None, QString());
                updateButtons();
            }
        });
        const Status started = m_panel->start(m_pack, *exercise);
        if (!started)
            setFeedback(FeedbackState::Error,
                        tr("This exercise could not be started: %1").arg(started.error().toString()));
    } else if (const LessonEntry *entry = lesson(); entry && index >= 0 && index < entry->exercises.size()) {
        setFeedback(FeedbackState::Error,
                    tr("The exercise “%1” is missing from the pack.").arg(entry->exercises[index]));
    }
    retranslateUi();
    updateHints();
    updateButtons();
}

void LessonView::check()
{
    const Exercise *exercise = currentExercise();
    if (!m_panel || !exercise)
        return;
    Result<CheckResult> checked = m_panel->check();
    if (!checked) {
        // Nothing is recorded: the answer could not be judged, which is not a wrong answer.
        setFeedback(FeedbackState::Error, tr("Your answer could not be checked: %1").arg(checked.error().message));
        updateButtons();
        return;
    }
    const CheckResult &result = checked.value();
    m_panel->showFeedback(result);
    m_passed = result.passed;
    if (result.passed) {
        setFeedback(FeedbackState::Passed,
                    result.summary.isEmpty() ? tr("Passed.") : tr("Passed: %1").arg(result.summary));
    } else {
        setFeedback(FeedbackState::NotYet, result.summary.isEmpty() ? tr("Not right yet.") : result.summary);
    }
    recordAttempt(*exercise, result);
    updateButtons();
    if (result.passed)
        m_nextButton->setFocus(Qt::OtherFocusReason);
}

void LessonView::recordAttempt(const Exercise &exercise, const CheckResult &result)
{
    const LessonEntry *entry = lesson();
    if (!entry)
        return;
    const QDateTime finishedAt = QDateTime::currentDateTimeUtc();

    // Kept for the completion rule when nothing can be recorded (no profile, a store failing).
    Attempt attempt;
    attempt.profileId = m_profile ? m_profile->id : QString();
    attempt.packId = m_pack->id();
    attempt.packVersion = m_pack->version();
    attempt.lessonId = m_lessonId;
    attempt.exerciseId = exercise.id;
    attempt.startedAt = m_startedAt;
    attempt.finishedAt = finishedAt;
    attempt.score = ExerciseChecker::scoreWithHints(exercise, result.score, m_hintsOpened);
    attempt.passed = result.passed;
    attempt.hintsUsed = m_hintsOpened;
    attempt.checkerSummary = result.summary;
    m_sessionAttempts.append(attempt);

    if (m_store && m_profile) {
        LessonRecorder recorder(m_store, *m_profile);
        Result<LessonRecorder::Recorded> recorded
            = recorder.record(*m_pack, exercise, result, m_hintsOpened, m_startedAt, finishedAt);
        if (recorded) {
            m_warningLabel->hide();
            emit attemptRecorded();
            updateCompletion(recorded->status);
            return;
        }
        m_warningLabel->setText(tr("Your answer was checked, but the result could not be saved: %1 Your work is "
                                   "still here.")
                                    .arg(recorded.error().toString()));
        m_warningLabel->show();
    }
    updateCompletion(LessonRecorder::evaluate(*m_pack, *entry, m_sessionAttempts));
}

void LessonView::updateCompletion(const LessonStatus &status)
{
    if (!status.completed || m_lessonComplete)
        return;
    m_lessonComplete = true;
    emit lessonCompleted(m_pack->id(), m_lessonId);
}

void LessonView::showNextHint()
{
    const Exercise *exercise = currentExercise();
    if (!exercise || m_hintsOpened >= exercise->hints.size())
        return;
    ++m_hintsOpened;
    updateHints();
    updateButtons();
}

void LessonView::updateHints()
{
    const Exercise *exercise = currentExercise();
    QStringList parts;
    if (exercise) {
        const int count = int(exercise->hints.size());
        for (int i = 0; i < m_hintsOpened && i < count; ++i) {
            parts << QStringLiteral("**%1** %2").arg(tr("Hint %1 of %2").arg(i + 1).arg(count),
                                                     exercise->hints[i].text());
        }
    }
    m_hintLabel->setText(parts.join(QStringLiteral("\n\n")));
    m_hintLabel->setVisible(!parts.isEmpty());
    m_hintScroll->setVisible(!parts.isEmpty());
}

void LessonView::goToNextExercise()
{
    const LessonEntry *entry = lesson();
    if (!entry)
        return;
    if (m_exerciseIndex + 1 < entry->exercises.size()) {
        startExercise(m_exerciseIndex + 1);
        return;
    }
    if (m_lessonComplete) {
        showCompletion();
        return;
    }
    // Finishing asks for the completion rule: send the learner to an exercise not passed yet.
    QSet<QString> passed;
    if (m_store && m_profile) {
        Result<QList<Attempt>> recorded = m_store->attempts(m_profile->id);
        if (recorded) {
            for (const Attempt &attempt : recorded.value()) {
                if (attempt.passed && attempt.packId == m_pack->id())
                    passed.insert(attempt.exerciseId);
            }
        }
    }
    for (const Attempt &attempt : std::as_const(m_sessionAttempts)) {
        if (attempt.passed)
            passed.insert(attempt.exerciseId);
    }
    for (int i = 0; i < entry->exercises.size(); ++i) {
        if (!passed.contains(entry->exercises[i])) {
            startExercise(i);
            setFeedback(FeedbackState::NotYet, tr("This exercise is not solved yet; the lesson is complete once it is."));
            return;
        }
    }
    setFeedback(FeedbackState::NotYet,
                tr("The lesson asks for a higher score: try an exercise again with fewer hints."));
}

void LessonView::showCompletion()
{
    const LessonEntry *entry = lesson();
    if (!entry)
        return;
    const LessonEntry *next = nullptr;
    const QList<LessonEntry> &lessons = m_pack->manifest().lessons;
    for (int i = 0; i + 1 < lessons.size(); ++i) {
        if (lessons[i].id == m_lessonId)
            next = &lessons[i + 1];
    }
    m_completion->showLesson(*entry, next);
    m_pages->setCurrentWidget(m_completion);
    if (QWidget *button = m_completion->findChild<QWidget *>(next ? QStringLiteral("nextLessonButton")
                                                                  : QStringLiteral("completionBackButton")))
        button->setFocus(Qt::OtherFocusReason);
}

void LessonView::openNextLesson()
{
    const QList<LessonEntry> &lessons = m_pack ? m_pack->manifest().lessons : QList<LessonEntry>();
    for (int i = 0; i + 1 < lessons.size(); ++i) {
        if (lessons[i].id == m_lessonId) {
            setLesson(m_pack, lessons[i + 1].id);
            return;
        }
    }
}

void LessonView::setFeedback(FeedbackState state, const QString &text)
{
    m_feedbackState = state;
    m_feedbackLabel->setText(text);
    m_feedbackLabel->setVisible(!text.isEmpty());
    // Colour is a second cue only: the words carry the verdict.
    switch (state) {
    case FeedbackState::Passed:
        setTextColour(m_feedbackLabel, QColor(0x1b, 0x5e, 0x20));
        break;
    case FeedbackState::NotYet:
        setTextColour(m_feedbackLabel, QColor(0x8a, 0x4b, 0x00));
        break;
    case FeedbackState::Error:
        setTextColour(m_feedbackLabel, QColor(0xb7, 0x1c, 0x1c));
        break;
    case FeedbackState::None:
        setTextColour(m_feedbackLabel, QColor());
        break;
    }
    m_feedbackLabel->setAccessibleDescription(text);
}

void LessonView::updateButtons()
{
    const Exercise *exercise = currentExercise();
    const LessonEntry *entry = lesson();
    m_checkButton->setEnabled(m_panel != nullptr);
    const int hintCount = exercise ? int(exercise->hints.size()) : 0;
    m_hintButton->setEnabled(m_hintsOpened < hintCount);
    const bool last = entry && m_exerciseIndex + 1 >= entry->exercises.size();
    m_nextButton->setEnabled(entry != nullptr);
    m_nextButton->setText(last ? tr("Finish lesson") : tr("Next exercise"));
    m_nextButton->setDefault(m_passed);
    m_hintButton->setText(hintCount > 0 && m_hintsOpened < hintCount
                              ? tr("Hint (%1 of %2)").arg(m_hintsOpened + 1).arg(hintCount)
                              : tr("Hint"));
    m_hintButton->setToolTip(m_hintsOpened < hintCount ? tr("Show the next hint; each hint lowers the score a little")
                                                       : tr("No more hints for this exercise"));
}

void LessonView::onLinkRefused(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        m_noticeLabel->setText(tr("Web pages are not opened from lessons; this link goes to %1")
                                   .arg(url.toDisplayString()));
    else
        m_noticeLabel->setText(tr("This link is not opened from the lesson: %1").arg(url.toDisplayString()));
    m_noticeLabel->show();
}

void LessonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LessonView::retranslateUi()
{
    const LessonEntry *entry = lesson();
    const Exercise *exercise = currentExercise();

    // The lesson's own text follows the interface language when the pack has it.
    if (entry && m_text->property("language").toString() != Translations::current()) {
        const QString language = Translations::current();
        Result<QString> markdown = m_pack->lessonText(m_lessonId, language);
        if (markdown) {
            const QString path
                = language == QLatin1String("en") && !entry->textEn.isEmpty() ? entry->textEn : entry->textJa;
            m_text->showLesson(m_pack, path, markdown.value());
            m_text->setProperty("language", language);
        }
    }

    m_titleLabel->setText(entry ? entry->title.text() : QString());
    const int count = entry ? int(entry->exercises.size()) : 0;
    m_indicatorLabel->setText(count == 0 ? tr("No exercises")
                                         : tr("Exercise %1 of %2").arg(m_exerciseIndex + 1).arg(count));
    m_backButton->setText(tr("Lessons"));
    m_backButton->setToolTip(tr("Back to the lesson library; your work on this exercise is not kept"));
    m_exerciseTitleLabel->setText(exercise ? exercise->title.text() : QString());
    m_instructionsLabel->setText(exercise ? exercise->instructions.text() : QString());
    m_checkButton->setText(tr("Check"));
    // After setText, which replaces a button's shortcut with the mnemonic of its text.
    m_checkButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_checkButton->setToolTip(tr("Check your answer (Ctrl+Return)"));
    m_text->setAccessibleName(tr("Lesson text"));
    m_splitter->setAccessibleName(tr("Lesson and exercise"));
    m_feedbackLabel->setAccessibleName(tr("Result of the check"));
    m_hintLabel->setAccessibleName(tr("Hints"));
    updateHints();
    updateButtons();
}

} // namespace tenarai
