#include "ErrorBox.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace tenarai {

void showErrorBox(QWidget *parent, const QString &objectName, const QString &summary, const Error &error)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(QCoreApplication::translate("tenarai::MainWindow", "Tenarai"));
    box->setText(summary);
    box->setInformativeText(error.toString());
    box->setStandardButtons(QMessageBox::Ok);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace tenarai
