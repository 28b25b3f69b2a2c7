#include "LessonLibraryPage.h"

#include "progress/ProgressStore.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tenarai {

namespace {

// The start of an author's Markdown description as plain words for the list: its first
// paragraph, without heading marks and emphasis, cut at a readable length.
QString firstLines(const QString &markdown)
{
    constexpr int MaxChars = 160;
    QStringList words;
    const QStringList lines = markdown.split(u'\n');
    for (const QString &raw : lines) {
        QString line = raw.trimmed();
        if (line.isEmpty()) {
            if (!words.isEmpty())
                break;
            continue;
        }
        while (line.startsWith(u'#') || line.startsWith(u'>') || line.startsWith(QLatin1String("- ")))
            line = line.mid(1).trimmed();
        line.remove(QStringLiteral("**"));
        line.remove(u'`');
        words << line;
    }
    QString text = words.join(u' ');
    if (text.size() > MaxChars)
        text = text.left(MaxChars - 1) + QChar(0x2026);
    return text;
}

QString statusKey(const QString &packId, const QString &lessonId)
{
    return packId + u'\n' + lessonId;
}

QString joinedTexts(const LocalizedText &text)
{
    return text.ja + u'\n' + text.en;
}

} // namespace

LessonLibraryPage::LessonLibraryPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lessonLibraryPage"));

    m_headingLabel = new QLabel(this);
    QFont heading = m_headingLabel->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_headingLabel->setFont(heading);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("librarySearchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &LessonLibraryPage::applyFilter);
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshLibraryButton"));
    connect(m_refreshButton, &QPushButton::clicked, this, &LessonLibraryPage::refresh);
    auto *top = new QHBoxLayout;
    top->addWidget(m_headingLabel);
    top->addWidget(m_searchEdit, 1);
    top->addWidget(m_refreshButton);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("libraryBusyIndicator"));
    m_busy->setRange(0, 0); // busy: how long a share takes is not known
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busy->hide();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("libraryStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_packList = new QListWidget(this);
    m_packList->setObjectName(QStringLiteral("packList"));
    m_packList->setWordWrap(true);
    m_packList->setAlternatingRowColors(true);
    m_packList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_packList->setTextElideMode(Qt::ElideNone);
    connect(m_packList, &QListWidget::currentRowChanged, this, &LessonLibraryPage::showDetails);

    auto *details = new QWidget;
    m_packTitleLabel = new QLabel(details);
    m_packTitleLabel->setObjectName(QStringLiteral("packTitleLabel"));
    m_packTitleLabel->setWordWrap(true);
    m_packTitleLabel->setFont(heading);
    m_packTitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packDescriptionLabel = new QLabel(details);
    m_packDescriptionLabel->setObjectName(QStringLiteral("packDescriptionLabel"));
    m_packDescriptionLabel->setWordWrap(true);
    m_packDescriptionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packDetailsLabel = new QLabel(details);
    m_packDetailsLabel->setObjectName(QStringLiteral("packDetailsLabel"));
    m_packDetailsLabel->setWordWrap(true);
    m_packDetailsLabel->setTextFormat(Qt::PlainText);
    m_packDetailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *descriptionScroll = new QScrollArea(details);
    descriptionScroll->setWidgetResizable(true);
    descriptionScroll->setFrameShape(QFrame::NoFrame);
    descriptionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *descriptionBox = new QWidget;
    auto *descriptionLayout = new QVBoxLayout(descriptionBox);
    descriptionLayout->setContentsMargins(0, 0, 0, 0);
    descriptionLayout->addWidget(m_packDescriptionLabel);
    descriptionLayout->addWidget(m_packDetailsLabel);
    descriptionLayout->addStretch(1);
    descriptionScroll->setWidget(descriptionBox);

    m_lessonsHeading = new QLabel(details);
    QFont bold = m_lessonsHeading->font();
    bold.setBold(true);
    m_lessonsHeading->setFont(bold);
    m_lessonList = new QListWidget(details);
    m_lessonList->setObjectName(QStringLiteral("lessonList"));
    m_lessonList->setWordWrap(true);
    m_lessonList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lessonsHeading->setBuddy(m_lessonList);
    connect(m_lessonList, &QListWidget::currentRowChanged, this, &LessonLibraryPage::updateStartButton);
    connect(m_lessonList, &QListWidget::itemActivated, this, &LessonLibraryPage::startSelectedLesson);
    m_startButton = new QPushButton(details);
    m_startButton->setObjectName(QStringLiteral("startLessonButton"));
    m_startButton->setDefault(true);
    connect(m_startButton, &QPushButton::clicked, this, &LessonLibraryPage::startSelectedLesson);
    auto *startRow = new QHBoxLayout;
    startRow->addStretch(1);
    startRow->addWidget(m_startButton);

    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_packTitleLabel);
    detailsLayout->addWidget(descriptionScroll, 2);
    detailsLayout->addWidget(m_lessonsHeading);
    detailsLayout->addWidget(m_lessonList, 3);
    detailsLayout->addLayout(startRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("librarySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_packList);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_busy);
    layout->addWidget(m_statusLabel);
    layout->addWidget(splitter, 1);

    setTabOrder(m_searchEdit, m_refreshButton);
    setTabOrder(m_refreshButton, m_packList);
    setTabOrder(m_packList, m_lessonList);
    setTabOrder(m_lessonList, m_startButton);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LessonLibraryPage::onScanFinished);
    retranslateUi();
    showDetails();
}

LessonLibraryPage::~LessonLibraryPage() = default;

QString LessonLibraryPage::searchKey(const QString &text)
{
    // NFKC folds full-width Latin letters and digits to half width and half-width katakana to
    // full width; case folding then makes "Excel" and "EXCEL" equal.
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

void LessonLibraryPage::setFolders(const QList<PackLibrary::Folder> &folders)
{
    m_folders = folders;
    refresh();
}

void LessonLibraryPage::setProgress(ProgressStore *store, const std::optional<Profile> &profile)
{
    m_store = store;
    m_profile = profile;
    refreshProgress();
}

void LessonLibraryPage::refresh()
{
    if (m_scanning) {
        m_rescanPending = true;
        return;
    }
    startScan();
}

void LessonLibraryPage::startScan()
{
    m_scanning = true;
    m_rescanPending = false;
    m_busy->show();
    m_refreshButton->setEnabled(false);
    updateStatus();
    const QList<PackLibrary::Folder> folders = m_folders;
    m_watcher.setFuture(QtConcurrent::run([folders] { return PackLibrary::scan(folders); }));
}

void LessonLibraryPage::onScanFinished()
{
    const QFuture<QList<PackLibrary::Entry>> future = m_watcher.future();
    m_scanning = false;
    if (m_rescanPending) {
        // The folders changed while scanning: this result is about the old ones.
        startScan();
        return;
    }
    m_busy->hide();
    m_refreshButton->setEnabled(true);
    m_scannedOnce = true;
    if (future.resultCount() > 0)
        m_entries = future.result();
    else
        m_entries.clear();

    m_searchKeys.clear();
    for (const PackLibrary::Entry &entry : std::as_const(m_entries)) {
        QStringList texts { QFileInfo(entry.path).fileName() };
        if (entry.pack) {
            const PackManifest &manifest = entry.pack->manifest();
            texts << joinedTexts(manifest.title) << joinedTexts(manifest.description);
            for (const LessonEntry &lesson : manifest.lessons)
                texts << joinedTexts(lesson.title) << joinedTexts(lesson.summary);
        }
        m_searchKeys << searchKey(texts.join(u'\n'));
    }
    refreshProgress();
    emit scanFinished();
}

void LessonLibraryPage::refreshProgress()
{
    m_status.clear();
    m_progressError.clear();
    if (m_store && m_profile) {
        LessonRecorder recorder(m_store, *m_profile);
        for (const PackLibrary::Entry &entry : std::as_const(m_entries)) {
            if (!entry.pack)
                continue;
            for (const LessonEntry &lesson : entry.pack->manifest().lessons) {
                Result<LessonStatus> status = recorder.status(*entry.pack, lesson.id);
                if (!status) {
                    m_progressError = status.error().toString();
                    continue;
                }
                m_status.insert(statusKey(entry.pack->id(), lesson.id), status.value());
            }
        }
    }
    fillPackList();
}

std::optional<LessonStatus> LessonLibraryPage::statusOf(const Pack &pack, const QString &lessonId) const
{
    const auto it = m_status.constFind(statusKey(pack.id(), lessonId));
    if (it == m_status.constEnd())
        return std::nullopt;
    return it.value();
}

QString LessonLibraryPage::estimatedText(int minutes) const
{
    return minutes > 0 ? tr("About %n min", nullptr, minutes) : QString();
}

QString LessonLibraryPage::progressText(const Pack &pack) const
{
    const QList<LessonEntry> &lessons = pack.manifest().lessons;
    if (!m_store || !m_profile || lessons.isEmpty())
        return QString();
    int completed = 0;
    for (const LessonEntry &lesson : lessons) {
        const std::optional<LessonStatus> status = statusOf(pack, lesson.id);
        if (status && status->completed)
            ++completed;
    }
    return tr("%1 / %n lesson(s) completed", nullptr, int(lessons.size())).arg(completed);
}

QString LessonLibraryPage::brokenSummary(const PackLibrary::Entry &entry) const
{
    if (entry.errors.isEmpty())
        return tr("This pack cannot be used.");
    const QString first = entry.errors.first().toString();
    const int more = int(entry.errors.size()) - 1;
    return more > 0 ? tr("%1 (and %n more problem(s))", nullptr, more).arg(first) : first;
}

QString LessonLibraryPage::packItemText(const PackLibrary::Entry &entry) const
{
    QStringList lines;
    if (!entry.pack) {
        lines << tr("Cannot be used: %1").arg(QFileInfo(entry.path).fileName());
        lines << brokenSummary(entry);
        return lines.join(u'\n');
    }
    const PackManifest &manifest = entry.pack->manifest();
    lines << manifest.title.text();
    const QString description = firstLines(manifest.description.text());
    if (!description.isEmpty())
        lines << description;
    int minutes = manifest.estimatedMinutes;
    if (minutes <= 0) {
        for (const LessonEntry &lesson : manifest.lessons)
            minutes += lesson.estimatedMinutes;
    }
    QStringList meta;
    meta << tr("%n lesson(s)", nullptr, int(manifest.lessons.size()));
    if (minutes > 0)
        meta << estimatedText(minutes);
    const QString progress = progressText(*entry.pack);
    if (!progress.isEmpty())
        meta << progress;
    lines << meta.join(QStringLiteral(" · "));
    if (!entry.hiddenBy.isEmpty())
        lines << tr("Not used: a newer version of this pack is in %1").arg(entry.hiddenBy);
    return lines.join(u'\n');
}

void LessonLibraryPage::fillPackList()
{
    const QString previousPath = currentEntry() ? currentEntry()->path : QString();
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
    m_packList->clear();
    int current = -1;
    for (int i = 0; i < m_entries.size(); ++i) {
        const PackLibrary::Entry &entry = m_entries[i];
        auto *item = new QListWidgetItem(packItemText(entry), m_packList);
        item->setData(EntryIndexRole, i);
        if (entry.isBroken() || !entry.hiddenBy.isEmpty())
            item->setForeground(grey);
        if (entry.isBroken()) {
            QStringList problems;
            for (const PackIssue &issue : entry.errors)
                problems << issue.toString();
            item->setToolTip(problems.join(u'\n'));
        }
        if (entry.path == previousPath)
            current = i;
    }
    applyFilter();
    if (current < 0) {
        for (int i = 0; i < m_packList->count(); ++i) {
            if (!m_packList->item(i)->isHidden()) {
                current = i;
                break;
            }
        }
    }
    m_packList->setCurrentRow(current);
    showDetails();
    updateStatus();
}

void LessonLibraryPage::applyFilter()
{
    const QStringList words = searchKey(m_searchEdit->text()).split(u' ', Qt::SkipEmptyParts);
    for (int row = 0; row < m_packList->count(); ++row) {
        QListWidgetItem *item = m_packList->item(row);
        const QString key = m_searchKeys.value(item->data(EntryIndexRole).toInt());
        bool match = true;
        for (const QString &word : words)
            match = match && key.contains(word);
        item->setHidden(!match);
    }
    // The details follow the list: a hidden pack is not the one started.
    if (QListWidgetItem *item = m_packList->currentItem(); item && item->isHidden()) {
        for (int row = 0; row < m_packList->count(); ++row) {
            if (!m_packList->item(row)->isHidden()) {
                m_packList->setCurrentRow(row);
                break;
            }
        }
        if (m_packList->currentItem() && m_packList->currentItem()->isHidden())
            m_packList->setCurrentRow(-1);
    }
    showDetails();
    updateStatus();
}

const PackLibrary::Entry *LessonLibraryPage::currentEntry() const
{
    const QListWidgetItem *item = m_packList->currentItem();
    if (!item || item->isHidden())
        return nullptr;
    const int index = item->data(EntryIndexRole).toInt();
    return index >= 0 && index < m_entries.size() ? &m_entries[index] : nullptr;
}

void LessonLibraryPage::showDetails()
{
    const PackLibrary::Entry *entry = currentEntry();
    m_lessonList->clear();
    if (!entry) {
        m_packTitleLabel->clear();
        m_packDescriptionLabel->clear();
        m_packDetailsLabel->clear();
        m_lessonsHeading->hide();
        m_lessonList->hide();
        updateStartButton();
        return;
    }
    if (entry->isBroken()) {
        m_packTitleLabel->setText(tr("This pack cannot be used: %1").arg(QFileInfo(entry->path).fileName()));
        m_packDescriptionLabel->setTextFormat(Qt::PlainText);
        m_packDescriptionLabel->setText(tr("Tenarai found these problems in %1. Show them to the pack's author or to "
                                           "your IT department.")
                                            .arg(entry->path));
        QStringList problems;
        for (const PackIssue &issue : entry->errors)
            problems << issue.toString();
        m_packDetailsLabel->setText(problems.join(u'\n'));
        m_lessonsHeading->hide();
        m_lessonList->hide();
        updateStartButton();
        return;
    }
    const PackManifest &manifest = entry->pack->manifest();
    m_packTitleLabel->setText(manifest.title.text());
    m_packDescriptionLabel->setTextFormat(Qt::MarkdownText);
    m_packDescriptionLabel->setText(manifest.description.text());
    QStringList details;
    const QString progress = progressText(*entry->pack);
    if (!progress.isEmpty())
        details << progress;
    if (!manifest.authors.isEmpty())
        details << tr("Authors: %1").arg(manifest.authors.join(QStringLiteral(", ")));
    if (!manifest.licence.isEmpty())
        details << tr("Licence: %1").arg(manifest.licence);
    details << tr("Version %1, from %2").arg(manifest.version, entry->path);
    if (!entry->hiddenBy.isEmpty())
        details << tr("Not used: a newer version of this pack is in %1").arg(entry->hiddenBy);
    if (!entry->warnings.isEmpty())
        details << tr("%n warning(s) for the pack's author; the pack works.", nullptr, int(entry->warnings.size()));
    m_packDetailsLabel->setText(details.join(u'\n'));
    fillLessonList(*entry);
    m_lessonsHeading->show();
    m_lessonList->show();
    updateStartButton();
}

void LessonLibraryPage::fillLessonList(const PackLibrary::Entry &entry)
{
    const QList<LessonEntry> &lessons = entry.pack->manifest().lessons;
    int firstOpen = -1;
    for (int i = 0; i < lessons.size(); ++i) {
        const LessonEntry &lesson = lessons[i];
        const std::optional<LessonStatus> status = statusOf(*entry.pack, lesson.id);
        const bool completed = status && status->completed;
        QString text = tr("%1. %2").arg(i + 1).arg(lesson.title.text());
        QStringList meta;
        if (lesson.estimatedMinutes > 0)
            meta << estimatedText(lesson.estimatedMinutes);
        meta << tr("%n exercise(s)", nullptr, int(lesson.exercises.size()));
        if (completed)
            meta << tr("✓ Completed");
        else if (status && status->exercisesPassed > 0)
            meta << tr("%1 of %2 exercises passed").arg(status->exercisesPassed).arg(status->exerciseCount);
        text += u'\n' + meta.join(QStringLiteral(" · "));
        const QString summary = lesson.summary.text();
        if (!summary.isEmpty())
            text += u'\n' + summary;
        auto *item = new QListWidgetItem(text, m_lessonList);
        item->setData(EntryIndexRole, int(&entry - m_entries.constData()));
        item->setData(LessonIdRole, lesson.id);
        item->setData(CompletedRole, completed);
        item->setToolTip(summary);
        if (!completed && firstOpen < 0)
            firstOpen = i;
    }
    // The learner most likely wants the first lesson not done yet.
    m_lessonList->setCurrentRow(lessons.isEmpty() ? -1 : qMax(0, firstOpen));
}

void LessonLibraryPage::updateStartButton()
{
    const PackLibrary::Entry *entry = currentEntry();
    const bool usable = entry && entry->pack && entry->hiddenBy.isEmpty() && m_lessonList->currentItem();
    m_startButton->setEnabled(usable);
}

void LessonLibraryPage::startSelectedLesson()
{
    const PackLibrary::Entry *entry = currentEntry();
    const QListWidgetItem *item = m_lessonList->currentItem();
    if (!entry || !entry->pack || !entry->hiddenBy.isEmpty() || !item)
        return;
    emit lessonRequested(entry->pack, item->data(LessonIdRole).toString());
}

void LessonLibraryPage::updateStatus()
{
    QString text;
    if (m_scanning) {
        text = tr("Looking for lessons…");
    } else if (m_scannedOnce) {
        int usable = 0;
        int broken = 0;
        for (const PackLibrary::Entry &entry : std::as_const(m_entries)) {
            if (entry.isBroken())
                ++broken;
            else if (entry.hiddenBy.isEmpty())
                ++usable;
        }
        if (m_entries.isEmpty()) {
            QStringList paths;
            for (const PackLibrary::Folder &folder : std::as_const(m_folders))
                paths << folder.path;
            text = tr("No lesson packs were found in %1.").arg(paths.join(QStringLiteral(", ")));
        } else {
            text = tr("%n pack(s) ready", nullptr, usable);
            if (broken > 0)
                text += QStringLiteral(" · ") + tr("%n pack(s) cannot be used", nullptr, broken);
        }
        int shown = 0;
        for (int row = 0; row < m_packList->count(); ++row)
            shown += m_packList->item(row)->isHidden() ? 0 : 1;
        if (!m_searchEdit->text().trimmed().isEmpty())
            text += QStringLiteral(" · ")
                + (shown == 0 ? tr("nothing matches the search") : tr("%n match(es) the search", nullptr, shown));
        if (!m_progressError.isEmpty())
            text += u'\n' + tr("Your progress could not be read: %1").arg(m_progressError);
    }
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

void LessonLibraryPage::showEvent(QShowEvent *event)
{
    // Lessons record while the library is hidden: the marks follow when it comes back.
    if (m_scannedOnce)
        refreshProgress();
    QWidget::showEvent(event);
}

void LessonLibraryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LessonLibraryPage::retranslateUi()
{
    m_headingLabel->setText(tr("Lessons"));
    m_searchEdit->setPlaceholderText(tr("Search lessons"));
    m_searchEdit->setAccessibleName(tr("Search lessons by title or description"));
    m_refreshButton->setText(tr("Look again"));
    m_refreshButton->setToolTip(tr("Look for new or changed lesson packs in the folders again"));
    m_busy->setAccessibleName(tr("Looking for lessons"));
    m_packList->setAccessibleName(tr("Lesson packs"));
    m_lessonsHeading->setText(tr("&Lessons of this pack"));
    m_lessonList->setAccessibleName(tr("Lessons of the selected pack"));
    m_startButton->setText(tr("Start lesson"));
    m_startButton->setToolTip(tr("Open the selected lesson (Enter in the list does the same)"));
    // The texts of the lists are in the interface language too.
    if (m_scannedOnce)
        fillPackList();
    else
        updateStatus();
}

} // namespace tenarai
