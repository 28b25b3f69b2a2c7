#pragma once

#include "Error.h"

#include <QString>

class QWidget;

namespace tenarai {

// The one way the GUI shows an error: a window-modal warning with a one-line summary and the
// error's details (file, place, reason) selectable for copying into a help request. Opened, not
// exec()ed, so that background work and tests keep running.
void showErrorBox(QWidget *parent, const QString &objectName, const QString &summary, const Error &error);

} // namespace tenarai
