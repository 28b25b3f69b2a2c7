#pragma once

#include "forms/FormLibrary.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace tenarai {

// Lists the forms in the library folder, newest first, with their answer count and date; a file
// that cannot be read is listed with its reason rather than hidden. Double-click or Open chooses.
// Object names: "formLibraryList", "formsOpenDialog".
class FormOpenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FormOpenDialog(const FormLibrary &library, QWidget *parent = nullptr);

    QString selectedPath() const;

private:
    void updateButtons();

    QLabel *m_label = nullptr;
    QTreeWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tenarai
