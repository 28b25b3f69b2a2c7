#pragma once

#include "AppOptions.h"
#include "Error.h"
#include "progress/ProgressRecords.h"
#include "table/Workbook.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace tenarai {

class BackgroundSync;
class CleaningWorkbench;
class FormsPage;
struct FormInference;
class LessonLibraryPage;
class LessonView;
class Pack;
class ProgressDashboard;
class ProgressStore;
class TaskProgress;

// Tenarai's main window: opens a spreadsheet off the UI thread with progress and cancel, shows
// each sheet in a tab, exports the data, switches the interface language live, and reports
// problems in plain words; knows the learner's profile and shows their progress. Reading and
// writing are core's job (TableIO, ProgressStore); this class only arranges them and shows the
// results.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const AppOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    const AppOptions &options() const { return m_options; }
    QString currentFile() const { return m_filePath; }
    std::shared_ptr<const Workbook> workbook() const { return m_workbook; }
    bool isBusy() const;
    CleaningWorkbench *workbench() const { return m_workbench; }
    bool isWorkbenchShown() const;

    // The progress store lessons record into, opened by the caller and outliving the window (not
    // owned). Without it (tests, or a store that would not open) the window works as before and
    // the progress page says that nothing is recorded.
    void setProgressStore(ProgressStore *store);
    ProgressStore *progressStore() const { return m_progressStore; }
    // The store could not be opened: says why once in an error box, and on the progress page.
    void setProgressUnavailable(const Error &error);
    // The learner whose progress is recorded and shown; none until one is chosen.
    void setCurrentProfile(const std::optional<Profile> &profile);
    const std::optional<Profile> &currentProfile() const { return m_currentProfile; }
    ProgressDashboard *progressDashboard() const { return m_dashboard; }
    bool isProgressShown() const;
    // Sends the progress store's outbox to the central store when IT configured one
    // (CentralConfig); null otherwise. Call syncSoon() on it after recording something.
    BackgroundSync *centralSync() const { return m_centralSync; }

    // Forms (issue 5): the page that designs, fills in and collects one form at a time, and the
    // folder the forms are kept in (AppOptions::formsFolder, else FormLibrary::defaultFolder()).
    FormsPage *formsPage() const { return m_formsPage; }
    bool isFormsShown() const;
    QString formsFolder() const;

    // Lessons (issue 6): the library of packs (bundled AppOptions::lessonsDir, the user's folder
    // and IT's shared folders), which sits on the start page under the open-file button, and the
    // view of the lesson being done. Both get the progress store and profile whenever they change.
    LessonLibraryPage *lessonLibrary() const { return m_libraryPage; }
    LessonView *lessonView() const { return m_lessonView; }
    bool isLibraryShown() const;
    bool isLessonShown() const;

public slots:
    // Starts reading path in the background; false when another task is still running.
    bool openFile(const QString &path);
    // Writes the data in the background: XLSX (every sheet) when path ends in .xlsx, otherwise
    // CSV of the current tab's sheet in encoding ("utf-8" or "cp932"). False when it cannot start.
    bool exportTo(const QString &path, const QString &encoding = QStringLiteral("utf-8"));
    // Asks the running load or export to stop; the current document stays as it was.
    void cancelTask();
    // Switches between the sheets and the data-cleaning workbench for the current sheet.
    void setWorkbenchShown(bool shown);
    void showAbout();
    // At start: the remembered profile when it is the only one on this PC, otherwise the picker.
    void chooseProfileAtStart();
    // Opens the profile picker over the window (window-modal; it does not block).
    void chooseProfile();
    // Shows the "My progress" page, or goes back to the page shown before it.
    void setProgressShown(bool shown);
    // Shows the forms page, or goes back to the page shown before it.
    void setFormsShown(bool shown);
    // Reads a CSV or XLSX in the background, proposes a form from its first visible worksheet,
    // saves it as a new form in the forms folder and shows it in the designer. False when it
    // cannot start (another task runs); formCreated tells how it ended.
    bool createFormFromSpreadsheet(const QString &path);
    // The same from the sheet shown in the current tab.
    bool createFormFromCurrentSheet();
    // An empty form in the forms folder, shown in the designer.
    void newForm();
    // Opens a form file of the library (or any *.tenarai-form) on the forms page.
    bool openForm(const QString &path);
    // The list of the library's forms; the one chosen is opened.
    void chooseFormToOpen();
    // Shows the start page with the lesson library (Lessons > Lesson Library).
    void showLibrary();
    // Opens a lesson of a pack in the lesson view; false (and an error box) when it cannot.
    bool openLesson(std::shared_ptr<const tenarai::Pack> pack, const QString &lessonId);
    // "Practice with my own file": opens a CSV or XLSX in the background and shows the cleaning
    // workbench on its first sheet once it is read. False when it cannot start.
    bool practiceCleaning(const QString &path);

signals:
    void loadFinished(bool ok); // false after an error or a cancel
    void exportFinished(bool ok);
    void formCreated(bool ok); // after createFormFrom…: false after an error or a cancel
    void currentProfileChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class Task { None, Load, Export, CreateForm };
    // What a background task hands back; a default-constructible value for QFuture.
    struct TaskOutcome
    {
        std::shared_ptr<const Workbook> workbook; // Load only
        std::optional<Error> error;
    };

    void createActions();
    void createMenus();
    void createCentralWidgets();
    void createStatusBar();
    void retranslateUi();
    void updateWindowTitle();
    void updateTabTexts();
    void updateStatusLabels();
    void updateActions();
    void rebuildRecentFilesMenu();

    void chooseFileToOpen();
    void chooseExportFile();
    void switchLanguage(const QString &language);

    void startTask(Task task, const QString &path, const std::shared_ptr<TaskProgress> &progress,
                   const QFuture<TaskOutcome> &future);
    void onTaskFinished();
    void updateProgress();
    void setDocument(std::shared_ptr<const Workbook> workbook, const QString &path);
    QWidget *createSheetPage(int sheet);
    int currentSheetIndex() const;
    void showError(const QString &summary, const Error &error);
    void updateProgressLabels();
    void setUpCentralSync();
    void updateCentralSyncLabel();
    // Where "go back" from the progress or forms page leads.
    QWidget *pageToReturnTo(QWidget *remembered, QWidget *leaving) const;
    void chooseSpreadsheetForForm();
    void chooseFileToPractice();
    void updateLessonProgress();
    void finishFormCreation(const FormInference &inference, const QString &sourcePath);

    AppOptions m_options;
    std::shared_ptr<const Workbook> m_workbook;
    QString m_filePath;

    Task m_task = Task::None;
    QString m_taskPath;
    std::shared_ptr<TaskProgress> m_progress;
    QFutureWatcher<TaskOutcome> m_watcher;
    QTimer *m_progressTimer = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_japaneseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_workbenchAction = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_progressMenu = nullptr;
    QAction *m_progressAction = nullptr;
    QAction *m_switchProfileAction = nullptr;
    QMenu *m_formsMenu = nullptr;
    QAction *m_newFormAction = nullptr;
    QAction *m_openFormAction = nullptr;
    QAction *m_formFromFileAction = nullptr;
    QAction *m_formFromSheetAction = nullptr;
    QAction *m_formsAction = nullptr;
    QAction *m_exportFormAction = nullptr;
    QAction *m_exportAnswersAction = nullptr;
    QMenu *m_lessonsMenu = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_practiceCleanAction = nullptr;
    QAction *m_practiceFormAction = nullptr;

    ProgressStore *m_progressStore = nullptr;
    std::optional<Error> m_progressError; // why there is no store, once setProgressUnavailable said so
    std::optional<Profile> m_currentProfile;
    ProgressDashboard *m_dashboard = nullptr;
    QPointer<QWidget> m_pageBeforeProgress;
    FormsPage *m_formsPage = nullptr;
    QPointer<QWidget> m_pageBeforeForms;
    // What the running CreateForm task proposed: written by the worker, read once it finished.
    std::shared_ptr<std::optional<FormInference>> m_formInference;

    // The central store: what the last sync said, kept to show it again in another language.
    enum class CentralState { Off, Sending, UpToDate, Unreachable, BadConfig };
    BackgroundSync *m_centralSync = nullptr;
    CentralState m_centralState = CentralState::Off;
    std::optional<Error> m_centralError;
    qint64 m_centralPending = -1;
    QDateTime m_centralSyncedAt;
    QString m_centralServer;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_welcomePage = nullptr;
    QLabel *m_welcomeLabel = nullptr;
    QPushButton *m_welcomeOpenButton = nullptr;
    LessonLibraryPage *m_libraryPage = nullptr;
    LessonView *m_lessonView = nullptr;
    QTabWidget *m_tabs = nullptr;
    CleaningWorkbench *m_workbench = nullptr;

    QLabel *m_sizeLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_mergeLabel = nullptr;
    QLabel *m_raggedLabel = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_progressStateLabel = nullptr;
    QLabel *m_centralSyncLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace tenarai
