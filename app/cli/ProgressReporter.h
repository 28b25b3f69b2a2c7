#pragma once

#include "io/TableIO.h"

#include <QElapsedTimer>
#include <QString>

namespace tenarai {

// Shows a reader's or writer's progress on one stderr line, only when stderr is a terminal, so
// that scripts and logs never see it. At most a few updates a second.
class ProgressReporter
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::ProgressReporter)
public:
    explicit ProgressReporter(const QString &label);
    ~ProgressReporter();
    ProgressReporter(const ProgressReporter &) = delete;
    ProgressReporter &operator=(const ProgressReporter &) = delete;

    // An empty callback when stderr is not a terminal. The reporter must outlive its use.
    ProgressCallback callback();
    // Clears the progress line.
    void finish();

private:
    bool report(qint64 done, qint64 total);

    QString m_label;
    QElapsedTimer m_sinceUpdate;
    qsizetype m_shownChars = 0;
    bool m_enabled = false;
};

} // namespace tenarai
