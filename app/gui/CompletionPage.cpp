#include "CompletionPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tenarai {

namespace {

QLabel *textLabel(const char *name, QWidget *parent, Qt::TextFormat format = Qt::PlainText)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(format);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CompletionPage::CompletionPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("completionPage"));

    auto *content = new QWidget;
    m_titleLabel = textLabel("completionTitleLabel", content);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    QFont big = m_titleLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 2);
    m_titleLabel->setFont(big);
    m_lessonLabel = textLabel("completionLessonLabel", content);
    m_lessonLabel->setAlignment(Qt::AlignCenter);
    QFont bold = m_lessonLabel->font();
    bold.setBold(true);
    m_learnedHeading = textLabel("learnedHeadingLabel", content);
    m_learnedHeading->setFont(bold);
    m_learnedLabel = textLabel("learnedLabel", content, Qt::MarkdownText);
    m_nextHeading = textLabel("nextStepsHeadingLabel", content);
    m_nextHeading->setFont(bold);
    m_nextLabel = textLabel("nextStepsLabel", content, Qt::MarkdownText);

    m_backButton = new QPushButton(content);
    m_backButton->setObjectName(QStringLiteral("completionBackButton"));
    connect(m_backButton, &QPushButton::clicked, this, &CompletionPage::backToLibrary);
    m_nextLessonButton = new QPushButton(content);
    m_nextLessonButton->setObjectName(QStringLiteral("nextLessonButton"));
    m_nextLessonButton->setDefault(true);
    connect(m_nextLessonButton, &QPushButton::clicked, this, &CompletionPage::nextLessonRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextLessonButton);
    buttons->addStretch(1);

    // A readable column in the middle rather than lines across a wide screen.
    auto *column = new QVBoxLayout(content);
    column->addStretch(1);
    column->addWidget(m_titleLabel);
    column->addWidget(m_lessonLabel);
    column->addSpacing(fontMetrics().height());
    column->addWidget(m_learnedHeading);
    column->addWidget(m_learnedLabel);
    column->addWidget(m_nextHeading);
    column->addWidget(m_nextLabel);
    column->addSpacing(fontMetrics().height());
    column->addLayout(buttons);
    column->addStretch(2);
    content->setMaximumWidth(fontMetrics().averageCharWidth() * 80);

    auto *centred = new QWidget;
    auto *centredLayout = new QHBoxLayout(centred);
    centredLayout->addStretch(1);
    centredLayout->addWidget(content, 4);
    centredLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(centred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslateUi();
}

void CompletionPage::showLesson(const LessonEntry &lesson, const LessonEntry *nextLesson)
{
    m_lesson = lesson;
    m_hasNext = nextLesson != nullptr;
    m_next = nextLesson ? *nextLesson : LessonEntry();
    retranslateUi();
}

void CompletionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CompletionPage::retranslateUi()
{
    m_titleLabel->setText(tr("Completed"));
    m_lessonLabel->setText(m_lesson.title.text());
    const QString learned = m_lesson.learned.text();
    m_learnedHeading->setText(tr("What you can do now"));
    m_learnedHeading->setVisible(!learned.isEmpty());
    m_learnedLabel->setText(learned);
    m_learnedLabel->setVisible(!learned.isEmpty());
    const QString next = m_lesson.next.text();
    m_nextHeading->setText(tr("What to try next"));
    m_nextHeading->setVisible(!next.isEmpty());
    m_nextLabel->setText(next);
    m_nextLabel->setVisible(!next.isEmpty());
    m_backButton->setText(tr("Back to the lessons"));
    m_backButton->setToolTip(tr("Choose another lesson from the library"));
    m_nextLessonButton->setVisible(m_hasNext);
    m_nextLessonButton->setText(tr("Next lesson: %1").arg(m_next.title.text()));
    m_nextLessonButton->setToolTip(tr("Start the pack's next lesson"));
    setAccessibleName(tr("Lesson completed"));
}

} // namespace tenarai
