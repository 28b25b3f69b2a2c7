#pragma once

#include "cleaning/Recipe.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace tenarai {

class RecipeDocument;
class TaskProgress;

// What one step of the recipe made of its input, for the preview.
struct StepResult
{
    Table input;                  // the previous step's table (or the source)
    Table table;                  // this step's table; the last good one when a step failed
    QList<CellIssue> issues;      // in the input's rows and columns
    qsizetype issueCount = 0;
    std::optional<Error> error;   // this step, or an earlier one, failed
    int failedStep = -1;          // which one
    bool enabled = true;
};

// Runs the workbench's recipe on a worker thread and keeps each step's result, so that selecting
// an earlier step is instant and an edit reruns only from the edited step onwards. Tables share
// their columns, so a result per step costs only the columns that step changed.
//
// Results are handed over one step at a time as they finish, tagged with the run they belong
// to: an edit cancels the running run and discards whatever it still sends, so a result on
// screen always belongs to the recipe as it is now.
class RecipeRunner : public QObject
{
    Q_OBJECT
public:
    explicit RecipeRunner(RecipeDocument *document, QObject *parent = nullptr);
    ~RecipeRunner() override;

    void setSource(const Table &table);
    const Table &source() const { return m_source; }
    bool hasSource() const { return m_hasSource; }

    // nullptr while the step's result is not ready.
    const StepResult *result(int step) const;
    // True while results are being computed or are about to be.
    bool isRunning() const { return m_running; }
    // The running run's progress, for a progress bar; nullptr when idle.
    std::shared_ptr<TaskProgress> progress() const;

    // Stops the run at the user's request; nothing restarts until refresh() or an edit.
    void cancel();
    void refresh();

signals:
    void resultReady(int step);
    void runningChanged(bool running);
    void cancelled();

private:
    struct Job;

    void invalidate(int firstStep);
    void startRun();
    void stopJob();
    void setRunning(bool running);
    void deliver(quint64 generation, int step, const std::shared_ptr<StepResult> &result);
    void finish(quint64 generation);
    static void runJob(RecipeRunner *runner, std::shared_ptr<Job> job, Recipe recipe, int first, Table input,
                       std::optional<Error> earlierError, int earlierFailed);

    RecipeDocument *m_document;
    Table m_source;
    bool m_hasSource = false;
    std::vector<StepResult> m_results;   // steps 0..size()-1 are up to date
    std::shared_ptr<Job> m_job;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_stoppedByUser = false;
    QTimer m_startTimer;                 // coalesces the edits of one event into one run
    QThreadPool m_pool;                  // one thread: runs never overlap
};

} // namespace tenarai
