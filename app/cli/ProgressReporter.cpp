#include "ProgressReporter.h"

#include "Console.h"

#include <algorithm>

namespace tenarai {

namespace {
constexpr qint64 UpdateEveryMs = 200;
}

ProgressReporter::ProgressReporter(const QString &label)
    : m_label(label), m_enabled(Console::isErrorTerminal())
{ }

ProgressReporter::~ProgressReporter()
{
    finish();
}

ProgressCallback ProgressReporter::callback()
{
    if (!m_enabled)
        return {};
    return [this](qint64 done, qint64 total) { return report(done, total); };
}

bool ProgressReporter::report(qint64 done, qint64 total)
{
    if (m_sinceUpdate.isValid() && m_sinceUpdate.elapsed() < UpdateEveryMs)
        return true;
    m_sinceUpdate.start();
    const QString line = total > 0
        ? tr("%1 %2%").arg(m_label).arg(std::clamp<qint64>(done * 100 / total, 0, 100))
        : tr("%1 %2").arg(m_label).arg(done);
    // Pad over the previous, possibly longer, line instead of relying on terminal escapes.
    const QString padded = line.leftJustified(m_shownChars);
    Console::err(QLatin1Char('\r') + padded);
    m_shownChars = line.size();
    return true;
}

void ProgressReporter::finish()
{
    if (m_shownChars == 0)
        return;
    Console::err(QLatin1Char('\r') + QString(m_shownChars, QLatin1Char(' ')) + QLatin1Char('\r'));
    m_shownChars = 0;
}

} // namespace tenarai
