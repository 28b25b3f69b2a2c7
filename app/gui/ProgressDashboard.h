#pragma once

#include "progress/ProgressRecords.h"
#include "progress/ProgressReport.h"
#include "progress/ReportExporter.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QChart;
class QChartView;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace tenarai {

class ProgressStore;

// The "My progress" page: one learner's completion per pack, score over time, time spent and
// hints used per lesson as charts, a summary line and a table of lessons; and buttons that save
// reports (CSV, xAPI, SCORM) and move the learner's records between PCs (bundle files).
// Thin: ProgressReport computes every figure and the exporters write every file; this page only
// reads the store, hands the data over and draws what comes back.
class ProgressDashboard : public QWidget
{
    Q_OBJECT
public:
    enum class State {
        Unavailable, // no store: progress cannot be recorded (the reason is shown)
        NoProfile, // nobody chose a profile yet
        LoadFailed, // the store is there but could not be read
        Empty, // the profile has no records yet
        Ready,
    };

    explicit ProgressDashboard(QWidget *parent = nullptr);
    ~ProgressDashboard() override;

    // The store to read (not owned); nullptr with the reason when it could not be opened.
    void setStore(ProgressStore *store, const QString &unavailableReason = {});
    void setProfile(const std::optional<Profile> &profile);
    const std::optional<Profile> &profile() const { return m_profile; }

    State state() const { return m_state; }
    const ProgressReport &report() const { return m_report; }

public slots:
    // Reads the profile's records again and redraws; done each time the page is shown, since
    // lessons record while it is hidden.
    void refresh();
    // The lessons of each installed pack (by pack id), so that completion per pack counts the
    // lessons not started yet too; without it a pack counts only the lessons the learner touched.
    void setPackLessons(const QHash<QString, QStringList> &lessonsByPack);

    // What the buttons of the "Save and share" tab do once a file is chosen: true on success, the
    // result shown in the tab's result line, an error in an error box. Reports honour the
    // "anonymise" check box.
    bool exportReportTo(tenarai::ReportExporter::Format format, const QString &path);
    bool exportBundleTo(const QString &path);
    bool importBundleFrom(const QString &path);

signals:
    void switchProfileRequested();
    void closeRequested();
    // Records from a bundle were added to the store (count new ones).
    void recordsImported(int count);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void retranslateUi();
    void applyFonts();
    void arrangeCharts();
    void showState(State state);
    void updateHeader();
    void updateSummary();
    void fillCompletionChart();
    void fillScoreChart();
    void fillTimeChart();
    void fillHintsChart();
    void fillLessonTable();
    QString lessonLabel(const LessonReportRow &row) const;
    QWidget *createShareTab();
    void updateShareButtons();
    void chooseReportFile(ReportExporter::Format format);
    void chooseBundleFile();
    void chooseBundleToImport();
    QString suggestedFileName(const QString &what, const QString &suffix) const;
    void showResult(const QString &text);
    void showFailure(const QString &summary, const Error &error);

    ProgressStore *m_store = nullptr;
    QString m_unavailableReason;
    std::optional<Profile> m_profile;
    State m_state = State::NoProfile;
    QString m_loadError;
    ProgressReport m_report;
    QHash<QString, QStringList> m_packLessons;
    QList<LessonReportRow> m_lessonRows;

    QLabel *m_profileLabel = nullptr;
    QPushButton *m_switchProfileButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_messagePage = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_chooseProfileButton = nullptr;
    QPushButton *m_messageImportButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_chartsStack = nullptr;
    QLabel *m_emptyStateLabel = nullptr;
    QWidget *m_chartsPage = nullptr;
    QWidget *m_chartsViewport = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    int m_chartColumns = 0;
    QChartView *m_completionView = nullptr;
    QChartView *m_scoreView = nullptr;
    QChartView *m_timeView = nullptr;
    QChartView *m_hintsView = nullptr;
    QTableWidget *m_lessonTable = nullptr;
    QWidget *m_shareTab = nullptr;
    QGroupBox *m_reportsGroup = nullptr;
    QLabel *m_reportsLabel = nullptr;
    QCheckBox *m_anonymiseCheck = nullptr;
    QPushButton *m_exportCsvButton = nullptr;
    QPushButton *m_exportXapiButton = nullptr;
    QPushButton *m_exportScormButton = nullptr;
    QLabel *m_exportCsvLabel = nullptr;
    QLabel *m_exportXapiLabel = nullptr;
    QLabel *m_exportScormLabel = nullptr;
    QGroupBox *m_bundleGroup = nullptr;
    QLabel *m_bundleLabel = nullptr;
    QPushButton *m_exportBundleButton = nullptr;
    QPushButton *m_importBundleButton = nullptr;
    QLabel *m_resultLabel = nullptr;
    QString m_lastFolder; // where the last file was saved or opened, for the next dialog
};

} // namespace tenarai
