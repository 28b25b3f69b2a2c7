#pragma once

#include "lessons/LessonRecorder.h"
#include "lessons/PackLibrary.h"
#include "progress/ProgressRecords.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;

namespace tenarai {

class ProgressStore;

// The lesson library: every pack found in the bundled, the user's and the shared folders, with
// its title, the start of its description, its estimated time and the learner's progress; a
// search over titles and descriptions in Japanese and English; the lessons of the chosen pack
// with their time and a mark once completed. Broken packs are listed greyed with their first
// error (all of them in the tooltip and the details), and a pack hidden by a newer version of the
// same id says so. Folders are scanned on a worker thread: a slow file share never freezes the
// window.
//
// Object names: "lessonLibraryPage", "librarySearchEdit", "refreshLibraryButton",
// "libraryBusyIndicator", "libraryStatusLabel", "packList", "packTitleLabel",
// "packDescriptionLabel", "packDetailsLabel", "lessonList", "startLessonButton".
class LessonLibraryPage : public QWidget
{
    Q_OBJECT
public:
    // Data of the items of "packList" and "lessonList".
    enum Role {
        EntryIndexRole = Qt::UserRole, // index into entries()
        LessonIdRole,                  // lessonList: the lesson's id
        CompletedRole,                 // lessonList: bool
    };

    explicit LessonLibraryPage(QWidget *parent = nullptr);
    ~LessonLibraryPage() override;

    // Sets the folders and scans them.
    void setFolders(const QList<PackLibrary::Folder> &folders);
    // store is not owned; progress is shown only with both a store and a profile.
    void setProgress(ProgressStore *store, const std::optional<Profile> &profile);

    const QList<PackLibrary::Entry> &entries() const { return m_entries; }
    bool isScanning() const { return m_scanning; }

    // What the search compares: the text folded for case and for full/half width ("ＥＸＣＥＬ",
    // "excel" and "Excel" are the same; so are half- and full-width katakana).
    static QString searchKey(const QString &text);

public slots:
    // Scans the folders again (a scan running is followed by a new one).
    void refresh();
    // Reads the learner's progress again without scanning (after a lesson was done).
    void refreshProgress();
    void startSelectedLesson();

signals:
    void lessonRequested(std::shared_ptr<const tenarai::Pack> pack, const QString &lessonId);
    // A scan ended and the list shows its result.
    void scanFinished();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void startScan();
    void onScanFinished();
    void fillPackList();
    void applyFilter();
    void showDetails();
    void fillLessonList(const PackLibrary::Entry &entry);
    void updateStartButton();
    void updateStatus();
    QString packItemText(const PackLibrary::Entry &entry) const;
    QString brokenSummary(const PackLibrary::Entry &entry) const;
    QString progressText(const Pack &pack) const;
    QString estimatedText(int minutes) const;
    const PackLibrary::Entry *currentEntry() const;
    std::optional<LessonStatus> statusOf(const Pack &pack, const QString &lessonId) const;
    void retranslateUi();

    QList<PackLibrary::Folder> m_folders;
    QList<PackLibrary::Entry> m_entries;
    QStringList m_searchKeys;           // per entry
    QHash<QString, LessonStatus> m_status; // "packId\nlessonId"
    QString m_progressError;
    ProgressStore *m_store = nullptr;
    std::optional<Profile> m_profile;
    QFutureWatcher<QList<PackLibrary::Entry>> m_watcher;
    bool m_scanning = false;
    bool m_rescanPending = false;
    bool m_scannedOnce = false;

    QLabel *m_headingLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_statusLabel = nullptr;
    QListWidget *m_packList = nullptr;
    QLabel *m_packTitleLabel = nullptr;
    QLabel *m_packDescriptionLabel = nullptr;
    QLabel *m_packDetailsLabel = nullptr;
    QLabel *m_lessonsHeading = nullptr;
    QListWidget *m_lessonList = nullptr;
    QPushButton *m_startButton = nullptr;
};

} // namespace tenarai
