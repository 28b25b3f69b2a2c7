#include "RecipeRunner.h"

#include "RecipeDocument.h"
#include "TaskProgress.h"

#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace tenarai {

struct RecipeRunner::Job
{
    std::atomic<bool> cancelled { false };
    std::shared_ptr<TaskProgress> progress = TaskProgress::create();
    quint64 generation = 0;

    void cancel()
    {
        cancelled.store(true);
        progress->requestCancel();
    }
};

namespace {
// Core reports errors as values, but memory can still run out; on a worker thread that would end
// the program, so it becomes the step's error.
Result<StepOutcome> guardedApply(const Step &step, const Table &input, const StepContext &context)
{
    const auto failure = [&step](const QString &message) {
        Error error;
        error.kind = Error::Kind::TooLarge;
        error.part = QCoreApplication::translate("tenarai::RecipeRunner", "step “%1”").arg(step.title());
        error.message = message;
        return Result<StepOutcome>(error);
    };
    try {
        return step.apply(input, context);
    } catch (const std::bad_alloc &) {
        return failure(QCoreApplication::translate("tenarai::RecipeRunner", "There is not enough memory for this step."));
    } catch (const std::exception &e) {
        return failure(QCoreApplication::translate("tenarai::RecipeRunner", "Unexpected internal error: %1")
                           .arg(QString::fromLocal8Bit(e.what())));
    }
}
} // namespace

RecipeRunner::RecipeRunner(RecipeDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    m_pool.setMaxThreadCount(1);
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(0);
    connect(&m_startTimer, &QTimer::timeout, this, &RecipeRunner::startRun);
    connect(document, &RecipeDocument::resultsInvalidated, this, &RecipeRunner::invalidate);
}

RecipeRunner::~RecipeRunner()
{
    // The worker posts to this object: it must be gone before this object is.
    if (m_job)
        m_job->cancel();
    m_pool.waitForDone();
}

void RecipeRunner::setSource(const Table &table)
{
    m_source = table;
    m_hasSource = true;
    invalidate(0);
}

const StepResult *RecipeRunner::result(int step) const
{
    return step >= 0 && step < int(m_results.size()) ? &m_results[size_t(step)] : nullptr;
}

std::shared_ptr<TaskProgress> RecipeRunner::progress() const
{
    return m_job ? m_job->progress : nullptr;
}

void RecipeRunner::cancel()
{
    if (!m_running)
        return;
    stopJob();
    m_stoppedByUser = true;
    setRunning(false);
    emit cancelled();
}

void RecipeRunner::refresh()
{
    m_stoppedByUser = false;
    setRunning(true);
    m_startTimer.start();
}

void RecipeRunner::invalidate(int firstStep)
{
    if (int(m_results.size()) > firstStep)
        m_results.erase(m_results.begin() + firstStep, m_results.end());
    stopJob();
    m_stoppedByUser = false;
    setRunning(m_hasSource);
    m_startTimer.start();
}

void RecipeRunner::stopJob()
{
    ++m_generation;   // whatever the old run still sends is dropped
    if (m_job)
        m_job->cancel();
    m_job.reset();
}

void RecipeRunner::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged(running);
}

void RecipeRunner::startRun()
{
    const int first = int(m_results.size());
    if (!m_hasSource || m_stoppedByUser || first >= m_document->stepCount()) {
        setRunning(false);
        return;
    }
    stopJob();
    m_job = std::make_shared<Job>();
    m_job->generation = m_generation;

    const StepResult *previous = first > 0 ? &m_results[size_t(first - 1)] : nullptr;
    Table input = previous ? previous->table : m_source;
    std::optional<Error> earlierError = previous ? previous->error : std::nullopt;
    const int earlierFailed = previous ? previous->failedStep : -1;
    // The worker gets its own copy of the steps (clones): the user may edit while it runs.
    // Results come back through deliver() and finish(); the destructor waits on the pool, so
    // the future is not needed.
    const QFuture<void> future = QtConcurrent::run(&m_pool, &RecipeRunner::runJob, this, m_job, m_document->recipe(),
                                                   first, std::move(input), std::move(earlierError), earlierFailed);
    Q_UNUSED(future);
    setRunning(true);
}

void RecipeRunner::runJob(RecipeRunner *runner, std::shared_ptr<Job> job, Recipe recipe, int first, Table input,
                          std::optional<Error> earlierError, int earlierFailed)
{
    const int count = int(recipe.entries.size());
    const ProgressCallback report = TaskProgress::callbackFor(job->progress);
    const quint64 generation = job->generation;
    Table current = std::move(input);
    for (int i = first; i < count && !job->cancelled.load(); ++i) {
        const Recipe::Entry &entry = recipe.entries[size_t(i)];
        auto result = std::make_shared<StepResult>();
        result->input = current;
        result->enabled = entry.enabled;
        if (earlierError) {
            result->error = earlierError;
            result->failedStep = earlierFailed;
            result->table = current;
        } else if (!entry.enabled) {
            result->table = current;
        } else {
            // Each step's progress becomes its share of this run.
            const double share = 1.0 / double(count - first);
            const double base = double(i - first) * share;
            StepContext context;
            context.cancelled = &job->cancelled;
            context.progress = [report, job, base, share](double done) {
                if (!report(qint64((base + done * share) * 1000.0), 1000))
                    job->cancelled.store(true);
            };
            report(qint64(base * 1000.0), 1000);
            Result<StepOutcome> outcome = guardedApply(*entry.step, current, context);
            if (job->cancelled.load() || (!outcome && outcome.error().kind == Error::Kind::Cancelled))
                break;
            if (outcome) {
                result->table = std::move(outcome.value().table);
                result->issues = std::move(outcome.value().issues);
                result->issueCount = outcome.value().issueCount;
            } else {
                result->table = current;
                result->error = outcome.error();
                result->failedStep = i;
                earlierError = outcome.error();
                earlierFailed = i;
            }
        }
        current = result->table;
        QMetaObject::invokeMethod(
            runner, [runner, generation, i, result] { runner->deliver(generation, i, result); }, Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(runner, [runner, generation] { runner->finish(generation); }, Qt::QueuedConnection);
}

void RecipeRunner::deliver(quint64 generation, int step, const std::shared_ptr<StepResult> &result)
{
    if (generation != m_generation || step != int(m_results.size()))
        return;
    m_results.push_back(std::move(*result));
    emit resultReady(step);
}

void RecipeRunner::finish(quint64 generation)
{
    if (generation != m_generation)
        return;
    m_job.reset();
    // A run stops early only when cancelled through its progress callback (TaskProgress).
    if (int(m_results.size()) < m_document->stepCount() && !m_stoppedByUser) {
        m_stoppedByUser = true;
        setRunning(false);
        emit cancelled();
        return;
    }
    setRunning(false);
}

} // namespace tenarai
