#include "MainWindow.h"

#include "CleaningWorkbench.h"
#include "ErrorBox.h"
#include "FormDesigner.h"
#include "FormOpenDialog.h"
#include "FormsPage.h"
#include "GuiSettings.h"
#include "LessonLibraryPage.h"
#include "LessonView.h"
#include "ProfilePickerDialog.h"
#include "ProgressDashboard.h"
#include "TableModel.h"
#include "TaskProgress.h"
#include "Translations.h"
#include "forms/FormCollection.h"
#include "forms/FormInference.h"
#include "forms/FormLibrary.h"
#include "io/TableIO.h"
#include "lessons/PackLibrary.h"
#include "progress/BackgroundSync.h"
#include "progress/CentralConfig.h"
#include "progress/ProgressStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace tenarai {

namespace {
// The sheet a tab page shows, kept on the page so tabs and sheets never drift apart.
const char *const SheetProperty = "tenaraiSheet";

// Widths are measured on the first rows only: measuring a million rows would freeze the window.
constexpr int ColumnSizingRows = 200;
constexpr int MaxAutoSizedColumns = 200;
constexpr int MaxColumnWidth = 320;

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

// Core reports errors as values, but memory can still run out (std::bad_alloc) and a library can
// still throw; on a worker thread that would end the program, so it becomes an ordinary error.
template <typename Work> auto guarded(const QString &path, Work work) -> decltype(work())
{
    const auto failure = [&path](const QString &message) {
        Error error;
        error.kind = Error::Kind::Io;
        error.file = path;
        error.message = message;
        return decltype(work()) { nullptr, error };
    };
    try {
        return work();
    } catch (const std::bad_alloc &) {
        return failure(
            QCoreApplication::translate("tenarai::MainWindow", "There is not enough memory for this file."));
    } catch (const std::exception &e) {
        return failure(QCoreApplication::translate("tenarai::MainWindow", "Unexpected internal error: %1")
                           .arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return failure(QCoreApplication::translate("tenarai::MainWindow", "Unexpected internal error."));
    }
}
} // namespace

MainWindow::MainWindow(const AppOptions &options, QWidget *parent) : QMainWindow(parent), m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tenarai.svg")));
    setAcceptDrops(true);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &MainWindow::updateProgress);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &MainWindow::onTaskFinished);

    createActions();
    createMenus();
    createCentralWidgets();
    createStatusBar();
    retranslateUi();
    updateActions();
    updateStatusLabels();
    setProgressStore(nullptr);

    // Fits a 1366×768 screen with room for the taskbar; larger screens get a comfortable size.
    QSize size(1200, 760);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

MainWindow::~MainWindow()
{
    // Waits for a running sync while the window's members still exist.
    delete m_centralSync;
    m_centralSync = nullptr;
    // The task holds only shared data, but waiting keeps teardown deterministic.
    if (m_progress)
        m_progress->requestCancel();
    m_watcher.waitForFinished();
}

bool MainWindow::isBusy() const
{
    return m_task != Task::None;
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFileToOpen);

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::chooseExportFile);

    m_clearRecentAction = new QAction(this);
    m_clearRecentAction->setObjectName(QStringLiteral("clearRecentFilesAction"));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        GuiSettings::clearRecentFiles();
        rebuildRecentFilesMenu();
    });

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Escape cancels a running load or export from the keyboard.
    m_cancelAction = new QAction(this);
    m_cancelAction->setObjectName(QStringLiteral("cancelTaskAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelTask);
    addAction(m_cancelAction);

    // Language names are written in their own language on purpose: a user who cannot read the
    // current language must still find theirs. They are not translated.
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_japaneseAction = new QAction(QStringLiteral("日本語"), m_languageGroup);
    m_japaneseAction->setObjectName(QStringLiteral("japaneseAction"));
    m_japaneseAction->setCheckable(true);
    m_japaneseAction->setData(QStringLiteral("ja"));
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_englishAction->setObjectName(QStringLiteral("englishAction"));
    m_englishAction->setCheckable(true);
    m_englishAction->setData(QStringLiteral("en"));
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { switchLanguage(action->data().toString()); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Made with the actions: the Edit and Cleaning menus hold the workbench's own.
    m_workbench = new CleaningWorkbench(this);
    connect(m_workbench, &CleaningWorkbench::openFileRequested, this, &MainWindow::chooseFileToOpen);
    connect(m_workbench, &CleaningWorkbench::resultChanged, this, &MainWindow::updateActions);
    m_workbenchAction = new QAction(this);
    m_workbenchAction->setObjectName(QStringLiteral("workbenchAction"));
    m_workbenchAction->setCheckable(true);
    connect(m_workbenchAction, &QAction::triggered, this, &MainWindow::setWorkbenchShown);

    m_progressAction = new QAction(this);
    m_progressAction->setObjectName(QStringLiteral("myProgressAction"));
    m_progressAction->setCheckable(true);
    m_progressAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_progressAction, &QAction::triggered, this, &MainWindow::setProgressShown);

    m_switchProfileAction = new QAction(this);
    m_switchProfileAction->setObjectName(QStringLiteral("switchProfileAction"));
    connect(m_switchProfileAction, &QAction::triggered, this, &MainWindow::chooseProfile);

    // Made with the actions, as the workbench is: the Forms menu holds the designer's undo.
    m_formsPage = new FormsPage(this);
    connect(m_formsPage, &FormsPage::collectionChanged, this, &MainWindow::updateActions);
    m_newFormAction = new QAction(this);
    m_newFormAction->setObjectName(QStringLiteral("newFormAction"));
    connect(m_newFormAction, &QAction::triggered, this, &MainWindow::newForm);
    m_openFormAction = new QAction(this);
    m_openFormAction->setObjectName(QStringLiteral("openFormAction"));
    connect(m_openFormAction, &QAction::triggered, this, &MainWindow::chooseFormToOpen);
    m_formFromFileAction = new QAction(this);
    m_formFromFileAction->setObjectName(QStringLiteral("formFromSpreadsheetAction"));
    connect(m_formFromFileAction, &QAction::triggered, this, &MainWindow::chooseSpreadsheetForForm);
    m_formFromSheetAction = new QAction(this);
    m_formFromSheetAction->setObjectName(QStringLiteral("formFromSheetAction"));
    connect(m_formFromSheetAction, &QAction::triggered, this, &MainWindow::createFormFromCurrentSheet);
    m_formsAction = new QAction(this);
    m_formsAction->setObjectName(QStringLiteral("showFormsAction"));
    m_formsAction->setCheckable(true);
    m_formsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_formsAction, &QAction::triggered, this, &MainWindow::setFormsShown);
    m_exportFormAction = new QAction(this);
    m_exportFormAction->setObjectName(QStringLiteral("exportFormAction"));
    connect(m_exportFormAction, &QAction::triggered, m_formsPage, &FormsPage::chooseFormExportFile);
    m_exportAnswersAction = new QAction(this);
    m_exportAnswersAction->setObjectName(QStringLiteral("exportAnswersAction"));
    connect(m_exportAnswersAction, &QAction::triggered, m_formsPage, &FormsPage::chooseAnswersExportFile);

    m_libraryAction = new QAction(this);
    m_libraryAction->setObjectName(QStringLiteral("lessonLibraryAction"));
    m_libraryAction->setCheckable(true);
    m_libraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_libraryAction, &QAction::triggered, this, &MainWindow::showLibrary);
    m_practiceCleanAction = new QAction(this);
    m_practiceCleanAction->setObjectName(QStringLiteral("practiceCleaningAction"));
    connect(m_practiceCleanAction, &QAction::triggered, this, &MainWindow::chooseFileToPractice);
    m_practiceFormAction = new QAction(this);
    m_practiceFormAction->setObjectName(QStringLiteral("practiceFormAction"));
    connect(m_practiceFormAction, &QAction::triggered, this, &MainWindow::chooseSpreadsheetForForm);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_lessonsMenu = menuBar()->addMenu(QString());
    m_lessonsMenu->setObjectName(QStringLiteral("lessonsMenu"));
    m_lessonsMenu->addAction(m_libraryAction);
    m_lessonsMenu->addSeparator();
    m_lessonsMenu->addAction(m_practiceCleanAction);
    m_lessonsMenu->addAction(m_practiceFormAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_workbench->undoAction());
    m_editMenu->addAction(m_workbench->redoAction());
    QMenu *cleaning = m_workbench->menu();
    cleaning->insertAction(cleaning->actions().value(0), m_workbenchAction);
    cleaning->insertSeparator(cleaning->actions().value(1));
    menuBar()->addMenu(cleaning);

    m_progressMenu = menuBar()->addMenu(QString());
    m_progressMenu->setObjectName(QStringLiteral("progressMenu"));
    m_progressMenu->addAction(m_progressAction);
    m_progressMenu->addAction(m_switchProfileAction);

    m_formsMenu = menuBar()->addMenu(QString());
    m_formsMenu->setObjectName(QStringLiteral("formsMenu"));
    m_formsMenu->addAction(m_newFormAction);
    m_formsMenu->addAction(m_openFormAction);
    m_formsMenu->addSeparator();
    m_formsMenu->addAction(m_formFromFileAction);
    m_formsMenu->addAction(m_formFromSheetAction);
    m_formsMenu->addSeparator();
    m_formsMenu->addAction(m_formsAction);
    m_formsMenu->addAction(m_exportFormAction);
    m_formsMenu->addAction(m_exportAnswersAction);
    m_formsMenu->addSeparator();
    m_formsMenu->addAction(m_formsPage->designer()->undoAction());
    m_formsMenu->addAction(m_formsPage->designer()->redoAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(m_japaneseAction);
    m_languageMenu->addAction(m_englishAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createCentralWidgets()
{
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("centralStack"));

    // The start page: opening a file above, the lesson library below it.
    m_welcomePage = new QWidget(m_stack);
    m_welcomePage->setObjectName(QStringLiteral("welcomePage"));
    auto *welcomeLayout = new QVBoxLayout(m_welcomePage);
    auto *welcomeHeader = new QHBoxLayout;
    auto *icon = new QLabel(m_welcomePage);
    icon->setObjectName(QStringLiteral("welcomeIconLabel"));
    icon->setPixmap(windowIcon().pixmap(48, 48));
    welcomeHeader->addWidget(icon);
    m_welcomeLabel = new QLabel(m_welcomePage);
    m_welcomeLabel->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcomeLabel->setWordWrap(true);
    welcomeHeader->addWidget(m_welcomeLabel, 1);
    m_welcomeOpenButton = new QPushButton(m_welcomePage);
    m_welcomeOpenButton->setObjectName(QStringLiteral("welcomeOpenButton"));
    connect(m_welcomeOpenButton, &QPushButton::clicked, this, &MainWindow::chooseFileToOpen);
    welcomeHeader->addWidget(m_welcomeOpenButton);
    welcomeLayout->addLayout(welcomeHeader);

    m_libraryPage = new LessonLibraryPage(m_welcomePage);
    connect(m_libraryPage, &LessonLibraryPage::lessonRequested, this,
            [this](std::shared_ptr<const Pack> pack, const QString &lessonId) { openLesson(std::move(pack), lessonId); });
    welcomeLayout->addWidget(m_libraryPage, 1);
    // My Progress counts each installed pack's lessons, not only those the learner touched.
    connect(m_libraryPage, &LessonLibraryPage::scanFinished, this, [this] {
        QHash<QString, QStringList> lessonsByPack;
        for (const PackLibrary::Entry &entry : m_libraryPage->entries()) {
            if (!entry.pack || !entry.hiddenBy.isEmpty())
                continue;
            QStringList lessons;
            for (const LessonEntry &lesson : entry.pack->manifest().lessons)
                lessons << lesson.id;
            lessonsByPack.insert(entry.pack->id(), lessons);
        }
        if (m_dashboard)
            m_dashboard->setPackLessons(lessonsByPack);
    });

    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("sheetTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabPosition(QTabWidget::South); // where spreadsheet users look for sheets
    m_tabs->setUsesScrollButtons(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateStatusLabels();
        updateActions();
    });

    m_stack->addWidget(m_welcomePage);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_workbench);

    m_dashboard = new ProgressDashboard(m_stack);
    connect(m_dashboard, &ProgressDashboard::closeRequested, this, [this] { setProgressShown(false); });
    connect(m_dashboard, &ProgressDashboard::switchProfileRequested, this, &MainWindow::chooseProfile);
    // Imported records go to the central store too, without waiting for the next interval.
    connect(m_dashboard, &ProgressDashboard::recordsImported, this, [this] {
        if (m_centralSync)
            m_centralSync->syncSoon();
    });
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_formsPage);

    m_lessonView = new LessonView(m_stack);
    connect(m_lessonView, &LessonView::backToLibrary, this, &MainWindow::showLibrary);
    connect(m_lessonView, &LessonView::attemptRecorded, this, [this] {
        if (m_centralSync)
            m_centralSync->syncSoon();
        // Shown again later, the dashboard reads the store anew; refreshed now for a visible one.
        if (isProgressShown())
            m_dashboard->refresh();
        m_libraryPage->refreshProgress();
    });
    m_stack->addWidget(m_lessonView);
    setCentralWidget(m_stack);

    // After the pages exist: the scan runs on a worker thread and fills the list when done.
    m_libraryPage->setFolders(PackLibrary::defaultFolders(m_options.lessonsDir));
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));

    // Permanent widgets: a temporary message ("Loading cancelled") must not hide them.
    m_progressBar = new QProgressBar(bar);
    m_progressBar->setObjectName(QStringLiteral("loadProgressBar"));
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setTextVisible(true);
    m_progressBar->hide();
    bar->addPermanentWidget(m_progressBar);

    m_cancelButton = new QPushButton(bar);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelTask);
    bar->addPermanentWidget(m_cancelButton);

    m_sizeLabel = new QLabel(bar);
    m_sizeLabel->setObjectName(QStringLiteral("sizeLabel"));
    bar->addPermanentWidget(m_sizeLabel);
    m_sourceLabel = new QLabel(bar);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    bar->addPermanentWidget(m_sourceLabel);
    m_mergeLabel = new QLabel(bar);
    m_mergeLabel->setObjectName(QStringLiteral("mergeLabel"));
    bar->addPermanentWidget(m_mergeLabel);
    m_raggedLabel = new QLabel(bar);
    m_raggedLabel->setObjectName(QStringLiteral("raggedLabel"));
    m_raggedLabel->setStyleSheet(QStringLiteral("QLabel { color: #9a4d00; font-weight: bold; }"));
    bar->addPermanentWidget(m_raggedLabel);
    m_warningsLabel = new QLabel(bar);
    m_warningsLabel->setObjectName(QStringLiteral("warningsLabel"));
    m_warningsLabel->setStyleSheet(m_raggedLabel->styleSheet());
    bar->addPermanentWidget(m_warningsLabel);
    m_progressStateLabel = new QLabel(bar);
    m_progressStateLabel->setObjectName(QStringLiteral("progressStateLabel"));
    m_progressStateLabel->setStyleSheet(m_raggedLabel->styleSheet());
    bar->addPermanentWidget(m_progressStateLabel);
    m_profileLabel = new QLabel(bar);
    m_profileLabel->setObjectName(QStringLiteral("profileStatusLabel"));
    bar->addPermanentWidget(m_profileLabel);
    m_centralSyncLabel = new QLabel(bar);
    m_centralSyncLabel->setObjectName(QStringLiteral("centralSyncLabel"));
    m_centralSyncLabel->hide();
    bar->addPermanentWidget(m_centralSyncLabel);
    for (QLabel *label : { m_sizeLabel, m_sourceLabel, m_mergeLabel, m_raggedLabel, m_warningsLabel,
                           m_progressStateLabel, m_profileLabel, m_centralSyncLabel }) {
        label->setContentsMargins(8, 0, 8, 0);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Open a CSV or Excel file"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecentAction->setText(tr("&Clear Recent Files"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setStatusTip(tr("Save the data as CSV or as an Excel workbook"));
    m_quitAction->setText(tr("&Quit"));
    m_cancelAction->setText(tr("Cancel"));
    m_editMenu->setTitle(tr("&Edit"));
    m_workbenchAction->setText(tr("Clean the &Data"));
    m_workbenchAction->setStatusTip(tr("Fix the current sheet step by step, with a preview of each step"));
    m_progressMenu->setTitle(tr("&Progress"));
    m_progressAction->setText(tr("My &Progress"));
    m_progressAction->setStatusTip(tr("See your lessons, scores, time spent and hints used"));
    m_switchProfileAction->setText(tr("&Switch Profile…"));
    m_switchProfileAction->setStatusTip(tr("Choose another learner who uses this PC, or create a profile"));
    m_formsMenu->setTitle(tr("F&orms"));
    m_newFormAction->setText(tr("&New Form"));
    m_newFormAction->setStatusTip(tr("Start an empty form and add its questions yourself"));
    m_openFormAction->setText(tr("&Open Form…"));
    m_openFormAction->setStatusTip(tr("Continue with a form made earlier"));
    m_formFromFileAction->setText(tr("Create Form from &Spreadsheet…"));
    m_formFromFileAction->setStatusTip(tr("Propose a form from the columns of a CSV or Excel file, such as a survey sheet"));
    m_formFromSheetAction->setText(tr("Create Form from &This Sheet"));
    m_formFromSheetAction->setStatusTip(tr("Propose a form from the columns of the sheet shown"));
    m_formsAction->setText(tr("Show &Forms"));
    m_formsAction->setStatusTip(tr("Design the open form, fill it in and see its answers"));
    m_exportFormAction->setText(tr("Export Form &Definition…"));
    m_exportAnswersAction->setText(tr("Export &Answers…"));
    m_lessonsMenu->setTitle(tr("&Lessons"));
    m_libraryAction->setText(tr("Lesson &Library"));
    m_libraryAction->setStatusTip(tr("Choose a lesson to learn from, with exercises checked as you go"));
    m_practiceCleanAction->setText(tr("&Clean My Own File…"));
    m_practiceCleanAction->setStatusTip(
        tr("Practice with a CSV or Excel file of your own: open it in the data-cleaning workbench"));
    m_practiceFormAction->setText(tr("&Make a Form from My Own File…"));
    m_practiceFormAction->setStatusTip(
        tr("Practice with a CSV or Excel file of your own: propose a form from its columns"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Tenarai"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_welcomeLabel->setText(tr("Open a CSV or Excel file to look at its data.\n"
                               "You can also drop a file onto this window."));
    m_welcomeOpenButton->setText(tr("&Open a File…"));
    m_tabs->setAccessibleName(tr("Sheets"));
    m_tabs->setAccessibleDescription(tr("One tab for each sheet of the open file"));
    m_progressBar->setAccessibleName(tr("Progress"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop (Esc); the open file stays as it is"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_sizeLabel->setAccessibleName(tr("Size of the sheet"));
    m_sourceLabel->setAccessibleName(tr("File format"));
    m_mergeLabel->setAccessibleName(tr("Merged cells"));
    m_raggedLabel->setAccessibleName(tr("Rows with a different number of cells"));
    m_warningsLabel->setAccessibleName(tr("Warnings about the file"));
    m_centralSyncLabel->setAccessibleName(tr("Central database"));

    const QString language = Translations::current();
    m_japaneseAction->setChecked(language == u"ja");
    m_englishAction->setChecked(language != u"ja");

    rebuildRecentFilesMenu();
    updateWindowTitle();
    updateTabTexts();
    updateStatusLabels();
    updateProgressLabels();
    updateCentralSyncLabel();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // What was typed into a form is written before the window goes.
    if (m_formsPage->hasCollection()) {
        m_formsPage->designer()->commitPendingEdit();
        m_formsPage->saveNow();
    }
    if (isBusy()) {
        // Readers check for cancellation often, so this wait is short.
        m_progress->requestCancel();
        m_watcher.waitForFinished();
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!isBusy() && urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

void MainWindow::updateWindowTitle()
{
    if (m_filePath.isEmpty())
        setWindowTitle(tr("Tenarai"));
    else
        setWindowTitle(tr("%1 — Tenarai").arg(fileNameOf(m_filePath)));
}

void MainWindow::updateTabTexts()
{
    if (!m_workbook)
        return;
    const QColor hiddenColor = palette().color(QPalette::Disabled, QPalette::WindowText);
    for (int i = 0; i < m_tabs->count(); ++i) {
        const int sheetIndex = m_tabs->widget(i)->property(SheetProperty).toInt();
        const Sheet &sheet = m_workbook->sheets[size_t(sheetIndex)];
        QString text = sheet.name;
        QString tip;
        if (sheet.type == Sheet::Type::Chartsheet) {
            text = tr("%1 (chart)").arg(sheet.name);
            tip = tr("A chart sheet: it holds a chart and no cells.");
        }
        if (sheet.state != Sheet::State::Visible) {
            text = tr("%1 (hidden)").arg(text);
            tip = tr("This sheet is hidden in the workbook; Excel does not show it until it is unhidden.");
            m_tabs->tabBar()->setTabTextColor(i, hiddenColor);
        }
        // A literal & in a sheet name must not become a mnemonic.
        text.replace(u'&', QStringLiteral("&&"));
        m_tabs->setTabText(i, text);
        m_tabs->setTabToolTip(i, tip);
        if (auto *view = qobject_cast<QTableView *>(m_tabs->widget(i)))
            view->setAccessibleName(tr("Cells of sheet %1").arg(sheet.name));
        else if (auto *label = qobject_cast<QLabel *>(m_tabs->widget(i)))
            label->setText(tr("This is a chart sheet; it holds no cells."));
    }
}

void MainWindow::updateStatusLabels()
{
    const int sheetIndex = currentSheetIndex();
    if (!m_workbook || sheetIndex < 0) {
        m_sizeLabel->hide();
        m_sourceLabel->hide();
        m_mergeLabel->hide();
        m_raggedLabel->hide();
        m_warningsLabel->hide();
        return;
    }
    const QLocale locale;
    const Sheet &sheet = m_workbook->sheets[size_t(sheetIndex)];
    const SourceInfo &source = m_workbook->source;

    m_sizeLabel->setText(tr("%1 rows × %2 columns")
                             .arg(locale.toString(qlonglong(sheet.table.rowCount())),
                                  locale.toString(sheet.table.columnCount())));
    m_sizeLabel->show();

    QString format;
    if (source.format == u"csv") {
        QString delimiter;
        if (source.delimiter == u',')
            delimiter = tr("comma-separated");
        else if (source.delimiter == u'\t')
            delimiter = tr("tab-separated");
        else if (source.delimiter == u';')
            delimiter = tr("semicolon-separated");
        else if (!source.delimiter.isNull())
            delimiter = tr("separated by “%1”").arg(source.delimiter);
        format = delimiter.isEmpty() ? tr("CSV, %1").arg(source.encoding)
                                     : tr("CSV, %1, %2").arg(source.encoding, delimiter);
    } else if (source.format == u"xlsx") {
        format = source.date1904 ? tr("Excel workbook (1904 dates)") : tr("Excel workbook");
    } else {
        format = source.format;
    }
    m_sourceLabel->setText(format);
    m_sourceLabel->setVisible(!format.isEmpty());

    const int merges = int(sheet.merges.size());
    m_mergeLabel->setText(tr("%n merged range(s)", nullptr, merges));
    m_mergeLabel->setVisible(merges > 0);

    if (source.raggedRowCount > 0 && sheetIndex == 0) {
        m_raggedLabel->setText(
            tr("⚠ %n row(s) with a different number of cells", nullptr,
               int(qMin<qsizetype>(source.raggedRowCount, std::numeric_limits<int>::max()))));
        QStringList rows;
        for (const RaggedRow &ragged : source.raggedRows) {
            if (rows.size() == 10) {
                rows << QStringLiteral("…");
                break;
            }
            rows << tr("row %1: %n cell(s)", nullptr, ragged.cells).arg(ragged.row + 1);
        }
        m_raggedLabel->setToolTip(
            tr("Most rows have %n cell(s). These do not:", nullptr, source.expectedColumns) + u'\n'
            + rows.join(u'\n'));
        m_raggedLabel->show();
    } else {
        m_raggedLabel->hide();
    }

    // Things the reader repaired or skipped: the data is shown, but the user should know.
    const int warnings = int(source.warnings.size());
    m_warningsLabel->setText(tr("⚠ %n warning(s)", nullptr, warnings));
    m_warningsLabel->setToolTip(source.warnings.join(u'\n'));
    m_warningsLabel->setVisible(warnings > 0);
}

void MainWindow::updateActions()
{
    m_openAction->setEnabled(!isBusy());
    m_recentMenu->setEnabled(!isBusy());
    m_welcomeOpenButton->setEnabled(!isBusy());
    m_exportAction->setEnabled(!isBusy() && m_workbook && !m_workbook->sheets.empty()
                               && (!isWorkbenchShown() || m_workbench->resultWorkbook()));
    const int sheet = currentSheetIndex();
    m_workbenchAction->setEnabled(isWorkbenchShown()
                                  || (!isBusy() && sheet >= 0
                                      && m_workbook->sheets[size_t(sheet)].type == Sheet::Type::Worksheet));
    m_workbenchAction->setChecked(isWorkbenchShown());
    m_cancelAction->setEnabled(isBusy());
    m_progressAction->setChecked(isProgressShown());
    m_switchProfileAction->setEnabled(m_progressStore != nullptr);
    m_newFormAction->setEnabled(!isBusy());
    m_openFormAction->setEnabled(!isBusy());
    m_formFromFileAction->setEnabled(!isBusy());
    m_formFromSheetAction->setEnabled(!isBusy() && sheet >= 0
                                      && m_workbook->sheets[size_t(sheet)].type == Sheet::Type::Worksheet);
    m_formsAction->setChecked(isFormsShown());
    m_formsAction->setEnabled(isFormsShown() || m_formsPage->hasCollection());
    m_exportFormAction->setEnabled(m_formsPage->hasCollection());
    m_exportAnswersAction->setEnabled(m_formsPage->hasCollection());
    m_libraryAction->setChecked(isLibraryShown());
    m_practiceCleanAction->setEnabled(!isBusy());
    m_practiceFormAction->setEnabled(!isBusy());
}

void MainWindow::rebuildRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = GuiSettings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QString name = fileNameOf(path);
        name.replace(u'&', QStringLiteral("&&"));
        // 1–9 as mnemonics, as most desktop programs do.
        const QString text = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name;
        QAction *action = m_recentMenu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
}

void MainWindow::chooseFileToOpen()
{
    if (isBusy())
        return;
    const QString startDir = m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath();
    const QString filters
        = tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm)") + QStringLiteral(";;") + tr("All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a File"), startDir, filters);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseExportFile()
{
    if (isBusy() || !m_workbook)
        return;
    const QString csvUtf8 = tr("CSV UTF-8 (Excel) (*.csv)");
    const QString csvCp932 = tr("CSV Shift_JIS/CP932 (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString selected = csvUtf8;
    const QFileInfo source(m_filePath);
    const QString suggestion
        = source.absoluteDir().filePath(tr("%1 (exported)").arg(source.completeBaseName()));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), suggestion, QStringList { csvUtf8, csvCp932, xlsx }.join(QStringLiteral(";;")),
        &selected);
    if (path.isEmpty())
        return;
    // The chosen type decides the format; the name gets a matching extension if it lacks one.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (selected == xlsx) {
        if (suffix != u"xlsx")
            path += QStringLiteral(".xlsx");
        exportTo(path);
    } else {
        if (suffix != u"csv" && suffix != u"txt" && suffix != u"tsv")
            path += QStringLiteral(".csv");
        exportTo(path, selected == csvCp932 ? QStringLiteral("cp932") : QStringLiteral("utf-8"));
    }
}

void MainWindow::switchLanguage(const QString &language)
{
    if (Translations::install(language)) {
        GuiSettings::setLanguage(language);
    } else {
        statusBar()->showMessage(tr("The translation for “%1” is not available; the interface stays in %2.")
                                     .arg(language, Translations::current()));
    }
    // install() posts LanguageChange, which retranslates; the check marks must follow at once.
    const QString current = Translations::current();
    m_japaneseAction->setChecked(current == u"ja");
    m_englishAction->setChecked(current != u"ja");
}

bool MainWindow::openFile(const QString &path)
{
    if (isBusy()) {
        statusBar()->showMessage(tr("Please wait until the current task finishes, or cancel it."));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto progress = TaskProgress::create();
    ReadOptions readOptions;
    readOptions.progress = TaskProgress::callbackFor(progress);
    QFuture<TaskOutcome> future = QtConcurrent::run([absolute, readOptions]() {
        return guarded(absolute, [&]() -> TaskOutcome {
            Result<Workbook> result = TableIO::read(absolute, readOptions);
            if (!result)
                return { nullptr, result.error() };
            return { std::make_shared<const Workbook>(std::move(result).value()), std::nullopt };
        });
    });
    startTask(Task::Load, absolute, progress, future);
    statusBar()->showMessage(tr("Opening %1…").arg(fileNameOf(absolute)));
    return true;
}

bool MainWindow::exportTo(const QString &path, const QString &encoding)
{
    if (isBusy()) {
        statusBar()->showMessage(tr("Please wait until the current task finishes, or cancel it."));
        return false;
    }
    if (!m_workbook || m_workbook->sheets.empty())
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // In the workbench the cleaned table is exported, as a workbook of that one sheet.
    std::shared_ptr<const Workbook> workbook = m_workbook;
    int sheet = currentSheetIndex();
    if (isWorkbenchShown()) {
        workbook = m_workbench->resultWorkbook();
        sheet = 0;
        if (!workbook) {
            statusBar()->showMessage(tr("The cleaned table is not ready yet; wait for the preview to finish."));
            return false;
        }
    }
    const bool xlsx = TableIO::formatForExtension(absolute) == TableIO::Format::Xlsx;
    if (!xlsx && workbook->sheets[size_t(sheet)].type == Sheet::Type::Chartsheet) {
        Error error;
        error.kind = Error::Kind::InvalidArgument;
        error.file = absolute;
        error.message = tr("“%1” is a chart sheet and holds no cells; choose a worksheet tab to save as CSV.")
                            .arg(workbook->sheets[size_t(sheet)].name);
        showError(tr("Could not export to “%1”.").arg(fileNameOf(absolute)), error);
        return false;
    }
    auto progress = TaskProgress::create();
    WriteOptions writeOptions;
    writeOptions.encoding = encoding;
    writeOptions.progress = TaskProgress::callbackFor(progress);
    QFuture<TaskOutcome> future = QtConcurrent::run([absolute, sheet, writeOptions, workbook]() {
        return guarded(absolute, [&]() -> TaskOutcome {
            const Status status = TableIO::write(absolute, *workbook, sheet, writeOptions);
            if (!status)
                return { nullptr, status.error() };
            return {};
        });
    });
    startTask(Task::Export, absolute, progress, future);
    statusBar()->showMessage(tr("Exporting to %1…").arg(fileNameOf(absolute)));
    return true;
}

void MainWindow::cancelTask()
{
    if (!isBusy() || !m_progress)
        return;
    m_progress->requestCancel();
    m_cancelButton->setEnabled(false);
    statusBar()->showMessage(tr("Cancelling…"));
}

void MainWindow::startTask(Task task, const QString &path, const std::shared_ptr<TaskProgress> &progress,
                           const QFuture<TaskOutcome> &future)
{
    m_task = task;
    m_taskPath = path;
    m_progress = progress;
    m_progressBar->setRange(0, 0); // busy until the first report
    m_progressBar->setAccessibleDescription(task == Task::Export ? tr("Exporting to %1").arg(fileNameOf(path))
                                                                 : tr("Opening %1").arg(fileNameOf(path)));
    m_progressBar->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_progressTimer->start();
    updateActions();
    m_watcher.setFuture(future);
}

void MainWindow::updateProgress()
{
    if (!m_progress)
        return;
    const qint64 total = m_progress->total();
    if (total > 0) {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(qBound(qint64(0), m_progress->done() * 1000 / total, qint64(1000))));
    } else {
        m_progressBar->setRange(0, 0);
    }
}

void MainWindow::onTaskFinished()
{
    const Task task = m_task;
    const QString path = m_taskPath;
    const bool cancelled = m_progress && m_progress->isCancelRequested();
    const TaskOutcome outcome = m_watcher.future().resultCount() > 0 ? m_watcher.result() : TaskOutcome {};

    m_task = Task::None;
    m_progress.reset();
    m_progressTimer->stop();
    m_progressBar->hide();
    m_cancelButton->hide();
    updateActions();

    if (task == Task::Load) {
        // A cancel pressed after the reader's last check still wins: the user asked for it.
        if (cancelled || (outcome.error && outcome.error->kind == Error::Kind::Cancelled)) {
            statusBar()->showMessage(tr("Loading cancelled"));
            emit loadFinished(false);
        } else if (outcome.error) {
            statusBar()->clearMessage();
            if (!QFileInfo::exists(path))
                GuiSettings::removeRecentFile(path);
            rebuildRecentFilesMenu();
            showError(tr("Could not open “%1”.").arg(fileNameOf(path)), *outcome.error);
            emit loadFinished(false);
        } else if (!outcome.workbook) {
            statusBar()->showMessage(tr("Loading cancelled"));
            emit loadFinished(false);
        } else {
            setDocument(outcome.workbook, path);
            GuiSettings::addRecentFile(path);
            rebuildRecentFilesMenu();
            statusBar()->showMessage(tr("Opened %1").arg(fileNameOf(path)), 10000);
            emit loadFinished(true);
        }
    } else if (task == Task::CreateForm) {
        const std::shared_ptr<std::optional<FormInference>> inference = std::move(m_formInference);
        if (cancelled || (outcome.error && outcome.error->kind == Error::Kind::Cancelled)) {
            statusBar()->showMessage(tr("Creating the form was cancelled"));
            emit formCreated(false);
        } else if (outcome.error) {
            statusBar()->clearMessage();
            showError(tr("Could not make a form from “%1”.").arg(fileNameOf(path)), *outcome.error);
            emit formCreated(false);
        } else if (!inference || !inference->has_value()) {
            statusBar()->showMessage(tr("Creating the form was cancelled"));
            emit formCreated(false);
        } else {
            finishFormCreation(**inference, path);
        }
    } else if (task == Task::Export) {
        if (outcome.error && outcome.error->kind == Error::Kind::Cancelled) {
            statusBar()->showMessage(tr("Export cancelled"));
            emit exportFinished(false);
        } else if (outcome.error) {
            statusBar()->clearMessage();
            showError(tr("Could not export to “%1”.").arg(fileNameOf(path)), *outcome.error);
            emit exportFinished(false);
        } else {
            // A cancel that came after the writer finished is too late: the file is complete.
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 10000);
            emit exportFinished(true);
        }
    }
}

void MainWindow::setDocument(std::shared_ptr<const Workbook> workbook, const QString &path)
{
    // Build the new tabs first, then swap, so the old document stays usable until the end.
    std::vector<QWidget *> pages;
    m_workbook = std::move(workbook);
    m_filePath = path;
    for (int i = 0; i < int(m_workbook->sheets.size()); ++i)
        pages.push_back(createSheetPage(i));

    {
        // While tabs come and go, the current tab may still be an old page whose sheet index
        // means nothing in the new workbook: keep currentChanged quiet and update once below.
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setUpdatesEnabled(false);
        while (m_tabs->count() > 0) {
            QWidget *page = m_tabs->widget(0);
            m_tabs->removeTab(0);
            page->deleteLater();
        }
        int firstVisible = -1;
        for (int i = 0; i < int(pages.size()); ++i) {
            m_tabs->addTab(pages[size_t(i)], QString());
            if (firstVisible < 0 && m_workbook->sheets[size_t(i)].state == Sheet::State::Visible)
                firstVisible = i;
        }
        m_tabs->setUpdatesEnabled(true);
        m_tabs->setCurrentIndex(firstVisible >= 0 ? firstVisible : 0);
    }
    updateTabTexts();
    if (isWorkbenchShown() && !m_workbook->sheets.empty())
        m_workbench->setSource(m_workbook, currentSheetIndex(), m_filePath); // the recipe runs on the new file
    else
        m_stack->setCurrentWidget(m_workbook->sheets.empty() ? m_welcomePage : static_cast<QWidget *>(m_tabs));

    updateWindowTitle();
    updateStatusLabels();
    updateActions();
}

QWidget *MainWindow::createSheetPage(int sheetIndex)
{
    const Sheet &sheet = m_workbook->sheets[size_t(sheetIndex)];
    if (sheet.type == Sheet::Type::Chartsheet) {
        auto *label = new QLabel;
        label->setObjectName(QStringLiteral("chartSheetLabel"));
        label->setAlignment(Qt::AlignCenter);
        label->setProperty(SheetProperty, sheetIndex);
        label->setFocusPolicy(Qt::StrongFocus); // screen readers reach it from the tab bar
        return label;
    }

    auto *view = new QTableView;
    view->setObjectName(QStringLiteral("sheetView"));
    view->setProperty(SheetProperty, sheetIndex);
    view->setModel(new TableModel(m_workbook, sheetIndex, view));
    view->setWordWrap(false);
    view->setCornerButtonEnabled(true);
    view->setTabKeyNavigation(false); // Tab leaves the grid; arrows move inside it
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Fixed row heights keep a million-row sheet instant: nothing measures every row.
    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *columns = view->horizontalHeader();
    columns->setMinimumSectionSize(view->fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    columns->setResizeContentsPrecision(ColumnSizingRows);
    if (view->model()->columnCount() <= MaxAutoSizedColumns) {
        view->resizeColumnsToContents();
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            if (columns->sectionSize(c) > MaxColumnWidth)
                columns->resizeSection(c, MaxColumnWidth);
        }
    }

    // Merged ranges: the value sits in the top-left cell. The model's grid covers every merge,
    // except ones a broken file places beyond any spreadsheet's limits, which are clipped.
    const int rowCount = view->model()->rowCount();
    const int columnCount = view->model()->columnCount();
    for (const CellRange &range : sheet.merges) {
        if (range.firstRow < 0 || range.firstColumn < 0 || range.firstRow >= rowCount
            || range.firstColumn >= columnCount)
            continue;
        const qsizetype lastRow = qMin<qsizetype>(range.lastRow, rowCount - 1);
        const int lastColumn = qMin(range.lastColumn, columnCount - 1);
        const int rowSpan = int(lastRow - range.firstRow + 1);
        const int columnSpan = lastColumn - range.firstColumn + 1;
        if (rowSpan < 1 || columnSpan < 1 || (rowSpan == 1 && columnSpan == 1))
            continue;
        view->setSpan(int(range.firstRow), range.firstColumn, rowSpan, columnSpan);
    }
    return view;
}

bool MainWindow::isWorkbenchShown() const
{
    return m_stack->currentWidget() == m_workbench;
}

void MainWindow::setWorkbenchShown(bool shown)
{
    const int sheet = currentSheetIndex();
    if (shown && sheet >= 0 && m_workbook->sheets[size_t(sheet)].type == Sheet::Type::Worksheet) {
        m_workbench->setSource(m_workbook, sheet, m_filePath);
        m_stack->setCurrentWidget(m_workbench);
    } else if (!shown && isWorkbenchShown()) {
        m_stack->setCurrentWidget(m_tabs);
    }
    updateActions();
}

int MainWindow::currentSheetIndex() const
{
    QWidget *page = m_tabs->currentWidget();
    if (!page || !m_workbook)
        return -1;
    const int index = page->property(SheetProperty).toInt();
    return index < int(m_workbook->sheets.size()) ? index : -1;
}

void MainWindow::setProgressStore(ProgressStore *store)
{
    m_progressStore = store;
    m_currentProfile.reset();
    if (store)
        m_progressError.reset();
    m_dashboard->setStore(
        store, m_progressError ? m_progressError->toString() : tr("No progress database is open."));
    m_dashboard->setProfile(std::nullopt);
    updateLessonProgress();
    updateProgressLabels();
    updateActions();
    setUpCentralSync();
}

void MainWindow::setProgressUnavailable(const Error &error)
{
    m_progressError = error;
    setProgressStore(nullptr);
    showError(tr("Your progress cannot be recorded on this PC."), error);
}

void MainWindow::setCurrentProfile(const std::optional<Profile> &profile)
{
    m_currentProfile = m_progressStore ? profile : std::nullopt;
    m_dashboard->setProfile(m_currentProfile);
    updateLessonProgress();
    updateProgressLabels();
    emit currentProfileChanged();
}

void MainWindow::chooseProfileAtStart()
{
    if (!m_progressStore)
        return;
    const Result<QList<Profile>> profiles = m_progressStore->profiles();
    if (!profiles) {
        showError(tr("The profiles on this PC could not be read."), profiles.error());
        return;
    }
    if (const auto profile
        = ProfilePickerDialog::profileToUseWithoutAsking(profiles.value(), GuiSettings::lastProfileId()))
        setCurrentProfile(profile);
    else
        chooseProfile();
}

void MainWindow::chooseProfile()
{
    if (!m_progressStore)
        return;
    // One picker at a time; one that was just closed may wait for deletion still.
    for (const ProfilePickerDialog *open :
         findChildren<ProfilePickerDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (open->isVisible())
            return;
    }
    auto *dialog = new ProfilePickerDialog(*m_progressStore, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { setCurrentProfile(dialog->selectedProfile()); });
    dialog->open();
}

QWidget *MainWindow::pageToReturnTo(QWidget *remembered, QWidget *leaving) const
{
    // The page shown before, unless it is gone, is the one being left, or is an empty sheet view.
    if (remembered && remembered != leaving && !(remembered == m_tabs && m_tabs->count() == 0))
        return remembered;
    return m_workbook && !m_workbook->sheets.empty() ? static_cast<QWidget *>(m_tabs) : m_welcomePage;
}

bool MainWindow::isProgressShown() const
{
    return m_stack->currentWidget() == m_dashboard;
}

void MainWindow::setProgressShown(bool shown)
{
    if (shown && !isProgressShown()) {
        m_pageBeforeProgress = m_stack->currentWidget();
        m_stack->setCurrentWidget(m_dashboard);
    } else if (!shown && isProgressShown()) {
        m_stack->setCurrentWidget(pageToReturnTo(m_pageBeforeProgress.data(), m_dashboard));
    }
    updateActions();
}

void MainWindow::updateProgressLabels()
{
    if (!m_progressStore) {
        m_progressStateLabel->setText(tr("⚠ Progress is not recorded"));
        m_progressStateLabel->setToolTip(m_progressError ? m_progressError->toString()
                                                         : tr("No progress database is open."));
        m_progressStateLabel->show();
        m_profileLabel->hide();
        return;
    }
    const QString location = QDir::toNativeSeparators(m_progressStore->describeLocation());
    if (m_progressStore->isReadOnly()) {
        m_progressStateLabel->setText(tr("⚠ Progress can only be read: new results are not saved"));
        m_progressStateLabel->setToolTip(
            tr("The progress database “%1” cannot be written to. Ask your IT department to check the "
               "permissions of the file and its folder.")
                .arg(location));
        m_progressStateLabel->show();
    } else {
        m_progressStateLabel->hide();
    }
    m_profileLabel->setText(m_currentProfile ? tr("Learner: %1").arg(m_currentProfile->displayName)
                                             : tr("No profile chosen"));
    m_profileLabel->setToolTip(m_currentProfile
                                   ? tr("Progress is saved in “%1”").arg(location)
                                   : tr("Choose a profile in the Progress menu to save your progress"));
    m_profileLabel->show();
}

void MainWindow::setUpCentralSync()
{
    delete m_centralSync; // waits for a running sync, which then reports nothing
    m_centralSync = nullptr;
    m_centralState = CentralState::Off;
    m_centralError.reset();
    m_centralPending = -1;
    m_centralSyncedAt = {};
    m_centralServer.clear();

    // Only a local store that can be written has an outbox to send: marking events sent is a write.
    if (m_progressStore && m_progressStore->database().driverName() == u"QSQLITE"
        && !m_progressStore->isReadOnly()) {
        const Result<std::optional<StoreLocation>> config = CentralConfig::load();
        if (!config) {
            // Said once, in the label's tooltip: IT's mistake must not interrupt the learner.
            m_centralState = CentralState::BadConfig;
            m_centralError = config.error();
        } else if (config.value()) {
            const StoreLocation &central = *config.value();
            m_centralServer
                = QStringLiteral("%1:%2/%3").arg(central.host).arg(central.port).arg(central.database);
            m_centralSync = new BackgroundSync(
                QDir::fromNativeSeparators(m_progressStore->describeLocation()), central, this);
            connect(m_centralSync, &BackgroundSync::finished, this, [this](const SyncCounts &counts) {
                m_centralState = CentralState::UpToDate;
                m_centralError.reset();
                m_centralPending = 0;
                m_centralSyncedAt = QDateTime::currentDateTime();
                // The learner's records from other PCs arrived: show them.
                if (counts.pulled > 0)
                    m_dashboard->refresh();
                updateCentralSyncLabel();
            });
            connect(m_centralSync, &BackgroundSync::failed, this, [this](const Error &error, qint64 pending) {
                m_centralState = CentralState::Unreachable;
                m_centralError = error;
                m_centralPending = pending;
                updateCentralSyncLabel();
            });
            m_centralState = CentralState::Sending;
            m_centralSync->start();
        }
    }
    updateCentralSyncLabel();
}

void MainWindow::updateCentralSyncLabel()
{
    QString text;
    QString toolTip;
    bool warning = false;
    switch (m_centralState) {
    case CentralState::Off:
        m_centralSyncLabel->hide();
        return;
    case CentralState::BadConfig:
        warning = true;
        text = tr("⚠ Central database settings have a mistake");
        toolTip = tr("Your progress is kept on this PC but not sent to the central database, because its "
                     "settings cannot be used. Please tell your IT department: %1")
                      .arg(m_centralError ? m_centralError->toString() : QString());
        break;
    case CentralState::Sending:
        text = tr("Central database: sending…");
        toolTip = tr("Your progress is being sent to the central database “%1”.").arg(m_centralServer);
        break;
    case CentralState::UpToDate: {
        const QLocale locale;
        text = tr("Central database: up to date (%1)")
                   .arg(locale.toString(m_centralSyncedAt.time(), QLocale::ShortFormat));
        toolTip = tr("Your progress on this PC was last sent to the central database “%1” at %2.")
                      .arg(m_centralServer, locale.toString(m_centralSyncedAt, QLocale::ShortFormat));
        break;
    }
    case CentralState::Unreachable:
        warning = true;
        text = m_centralPending >= 0
            ? tr("Central database not reachable: %n record(s) waiting; they will be sent later", nullptr,
                 int(std::min<qint64>(m_centralPending, INT_MAX)))
            : tr("Central database not reachable: your progress is kept on this PC and will be sent later");
        toolTip = m_centralError ? m_centralError->toString() : QString();
        break;
    }
    m_centralSyncLabel->setText(text);
    m_centralSyncLabel->setToolTip(toolTip);
    m_centralSyncLabel->setStyleSheet(warning ? m_raggedLabel->styleSheet() : QString());
    m_centralSyncLabel->show();
}

void MainWindow::showError(const QString &summary, const Error &error)
{
    showErrorBox(this, QStringLiteral("errorMessageBox"), summary, error);
}

void MainWindow::showAbout()
{
    const auto place = [](const QString &path, bool exists, const QString &missingNote) {
        QString text = QDir::toNativeSeparators(path).toHtmlEscaped();
        if (!exists)
            text += QStringLiteral(" <i>(") + missingNote.toHtmlEscaped() + QStringLiteral(")</i>");
        return text;
    };
    const QFileInfo lessons(m_options.lessonsDir);
    const QFileInfo database(m_options.databasePath);
    const QString text = QStringLiteral("<h3>")
        + tr("Tenarai %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped()
        + QStringLiteral("</h3><p>") + tr("Hands-on digital skills training, offline.").toHtmlEscaped()
        + QStringLiteral("</p><p><b>") + tr("Lessons folder:").toHtmlEscaped() + QStringLiteral("</b><br>")
        + place(m_options.lessonsDir, lessons.isDir(), tr("not found")) + QStringLiteral("</p><p><b>")
        + tr("Progress database:").toHtmlEscaped() + QStringLiteral("</b><br>")
        + place(m_options.databasePath, database.isFile(), tr("not created yet")) + QStringLiteral("</p><p>")
        + tr("Built with Qt %1; running on Qt %2.")
              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
              .toHtmlEscaped()
        + QStringLiteral("</p>");

    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Tenarai"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(text);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setStandardButtons(QMessageBox::Ok);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}


// Forms ---------------------------------------------------------------------------------------

QString MainWindow::formsFolder() const
{
    return m_options.formsFolder.isEmpty() ? FormLibrary::defaultFolder() : m_options.formsFolder;
}

bool MainWindow::isFormsShown() const
{
    return m_stack->currentWidget() == m_formsPage;
}

void MainWindow::setFormsShown(bool shown)
{
    if (shown && !isFormsShown()) {
        m_pageBeforeForms = m_stack->currentWidget();
        m_stack->setCurrentWidget(m_formsPage);
    } else if (!shown && isFormsShown()) {
        m_stack->setCurrentWidget(pageToReturnTo(m_pageBeforeForms.data(), m_formsPage));
    }
    updateActions();
}

void MainWindow::chooseSpreadsheetForForm()
{
    if (isBusy())
        return;
    const QString startDir = m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath();
    const QString filters
        = tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm)") + QStringLiteral(";;") + tr("All files (*)");
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Create a Form from a Spreadsheet"), startDir, filters);
    if (!path.isEmpty())
        createFormFromSpreadsheet(path);
}

bool MainWindow::createFormFromSpreadsheet(const QString &path)
{
    if (isBusy()) {
        statusBar()->showMessage(tr("Please wait until the current task finishes, or cancel it."));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto progress = TaskProgress::create();
    ReadOptions readOptions;
    readOptions.progress = TaskProgress::callbackFor(progress);
    auto inference = std::make_shared<std::optional<FormInference>>();
    QFuture<TaskOutcome> future = QtConcurrent::run([absolute, readOptions, inference]() {
        return guarded(absolute, [&]() -> TaskOutcome {
            Result<Workbook> read = TableIO::read(absolute, readOptions);
            if (!read)
                return { nullptr, read.error() };
            // The first visible worksheet, as a learner sees it on opening the file.
            const Sheet *chosen = nullptr;
            for (const Sheet &sheet : read.value().sheets) {
                if (sheet.type != Sheet::Type::Worksheet)
                    continue;
                if (!chosen)
                    chosen = &sheet;
                if (sheet.state == Sheet::State::Visible) {
                    chosen = &sheet;
                    break;
                }
            }
            if (!chosen) {
                Error error;
                error.kind = Error::Kind::InvalidArgument;
                error.file = absolute;
                error.message = QCoreApplication::translate("tenarai::MainWindow",
                                                            "The file has no worksheet with cells to make a form from.");
                return { nullptr, error };
            }
            Result<FormInference> inferred = FormInferrer::infer(*chosen);
            if (!inferred) {
                Error error = inferred.error();
                if (error.file.isEmpty())
                    error.file = absolute;
                return { nullptr, error };
            }
            *inference = std::move(inferred).value();
            return {};
        });
    });
    startTask(Task::CreateForm, absolute, progress, future);
    m_formInference = inference;
    statusBar()->showMessage(tr("Reading %1 to propose a form…").arg(fileNameOf(absolute)));
    return true;
}

bool MainWindow::createFormFromCurrentSheet()
{
    if (isBusy()) {
        statusBar()->showMessage(tr("Please wait until the current task finishes, or cancel it."));
        return false;
    }
    const int sheet = currentSheetIndex();
    if (sheet < 0 || m_workbook->sheets[size_t(sheet)].type != Sheet::Type::Worksheet)
        return false;
    const std::shared_ptr<const Workbook> workbook = m_workbook;
    const QString source = m_filePath;
    auto inference = std::make_shared<std::optional<FormInference>>();
    QFuture<TaskOutcome> future = QtConcurrent::run([workbook, sheet, source, inference]() {
        return guarded(source, [&]() -> TaskOutcome {
            Result<FormInference> inferred = FormInferrer::infer(workbook->sheets[size_t(sheet)]);
            if (!inferred) {
                Error error = inferred.error();
                if (error.file.isEmpty())
                    error.file = source;
                return { nullptr, error };
            }
            *inference = std::move(inferred).value();
            return {};
        });
    });
    startTask(Task::CreateForm, source, TaskProgress::create(), future);
    m_formInference = inference;
    statusBar()->showMessage(tr("Proposing a form from the sheet “%1”…").arg(m_workbook->sheets[size_t(sheet)].name));
    return true;
}

void MainWindow::finishFormCreation(const FormInference &inference, const QString &sourcePath)
{
    FormCollection collection;
    collection.form = inference.form;
    if (collection.form.title.trimmed().isEmpty())
        collection.form.title = !inference.titleFromSheet.trimmed().isEmpty() ? inference.titleFromSheet.trimmed()
                                                                             : QFileInfo(sourcePath).completeBaseName();
    const FormLibrary library(formsFolder());
    const Result<QString> path = library.newPath(collection.form.title);
    if (!path) {
        statusBar()->clearMessage();
        showError(tr("The new form could not be saved in the forms folder."), path.error());
        emit formCreated(false);
        return;
    }
    const Status created = m_formsPage->createCollection(collection, path.value());
    if (!created) {
        statusBar()->clearMessage();
        showError(tr("The new form could not be saved in the forms folder."), created.error());
        emit formCreated(false);
        return;
    }
    setFormsShown(true);
    QString message = tr("A form with %n field(s) was proposed from “%1”. Each field says why; check them before use.",
                         nullptr, int(collection.form.fields().size()))
                          .arg(fileNameOf(sourcePath));
    if (!inference.notes.isEmpty())
        message += u' ' + inference.notes.join(u' ');
    statusBar()->showMessage(message, 20000);
    emit formCreated(true);
}

void MainWindow::newForm()
{
    FormCollection collection;
    collection.form.title = tr("New form");
    collection.form.sections.append(FormSection {});
    const FormLibrary library(formsFolder());
    const Result<QString> path = library.newPath(collection.form.title);
    const Status created = path ? m_formsPage->createCollection(collection, path.value()) : Status(path.error());
    if (!created) {
        showError(tr("The new form could not be saved in the forms folder."), created.error());
        return;
    }
    setFormsShown(true);
}

bool MainWindow::openForm(const QString &path)
{
    const Status opened = m_formsPage->openCollection(path);
    if (!opened) {
        showError(tr("Could not open the form “%1”.").arg(fileNameOf(path)), opened.error());
        return false;
    }
    setFormsShown(true);
    return true;
}

void MainWindow::chooseFormToOpen()
{
    auto *dialog = new FormOpenDialog(FormLibrary(formsFolder()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString path = dialog->selectedPath();
        if (!path.isEmpty())
            openForm(path);
    });
    dialog->open();
}

// Lessons -------------------------------------------------------------------------------------

bool MainWindow::isLibraryShown() const
{
    return m_stack->currentWidget() == m_welcomePage;
}

bool MainWindow::isLessonShown() const
{
    return m_stack->currentWidget() == m_lessonView;
}

void MainWindow::showLibrary()
{
    m_stack->setCurrentWidget(m_welcomePage);
    m_libraryPage->refreshProgress();
    updateActions();
}

bool MainWindow::openLesson(std::shared_ptr<const Pack> pack, const QString &lessonId)
{
    if (!pack)
        return false;
    const Status opened = m_lessonView->setLesson(std::move(pack), lessonId);
    if (!opened) {
        showError(tr("Could not open the lesson “%1”.").arg(lessonId), opened.error());
        return false;
    }
    m_stack->setCurrentWidget(m_lessonView);
    updateActions();
    return true;
}

void MainWindow::updateLessonProgress()
{
    m_libraryPage->setProgress(m_progressStore, m_currentProfile);
    m_lessonView->setProgress(m_progressStore, m_currentProfile);
}

void MainWindow::chooseFileToPractice()
{
    if (isBusy())
        return;
    const QString startDir = m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath();
    const QString filters
        = tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm)") + QStringLiteral(";;") + tr("All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Clean My Own File"), startDir, filters);
    if (!path.isEmpty())
        practiceCleaning(path);
}

bool MainWindow::practiceCleaning(const QString &path)
{
    if (!openFile(path))
        return false;
    // Once read, straight to the workbench, as File > Open and then "Clean the Data" would.
    connect(
        this, &MainWindow::loadFinished, this,
        [this](bool ok) {
            if (ok)
                setWorkbenchShown(true);
        },
        Qt::SingleShotConnection);
    return true;
}

} // namespace tenarai
