#pragma once

#include "progress/ProgressRecords.h"

#include <QDialog>
#include <QList>

#include <optional>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tenarai {

class ProgressStore;

// "Who is learning?": lists the profiles kept in the progress store of this PC (name and
// department) and creates new ones. Several staff share one PC and profiles have no passwords, so
// choosing is one click and the dialog says plainly that everyone here can see the names.
// Accepting remembers the profile (GuiSettings::lastProfileId) so it is preselected next time.
class ProfilePickerDialog : public QDialog
{
    Q_OBJECT
public:
    // Data of the entries of the profile list (objectName "profileTreeWidget").
    enum Role { ProfileIdRole = Qt::UserRole };

    // store must be open and outlive the dialog.
    explicit ProfilePickerDialog(ProgressStore &store, QWidget *parent = nullptr);

    // The chosen profile once accepted; also the one preselected before.
    std::optional<Profile> selectedProfile() const;
    const QList<Profile> &profiles() const { return m_profiles; }

    // The start-up rule: with exactly one profile on this PC, and it is the one chosen last time,
    // nobody else has used this PC, so it is used without asking. Otherwise (none, several, or a
    // profile someone else made) the picker is shown.
    static std::optional<Profile> profileToUseWithoutAsking(const QList<Profile> &profiles,
                                                            const QString &lastProfileId);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reload(const QString &idToSelect);
    void createProfile();
    void updateButtons();
    void retranslateUi();

    ProgressStore &m_store;
    QList<Profile> m_profiles;

    QLabel *m_introLabel = nullptr;
    QTreeWidget *m_profileList = nullptr;
    QLabel *m_noProfilesLabel = nullptr;
    QGroupBox *m_newProfileGroup = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_departmentLabel = nullptr;
    QLineEdit *m_departmentEdit = nullptr;
    QLabel *m_privacyLabel = nullptr;
    QPushButton *m_newProfileButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_useButton = nullptr;
};

} // namespace tenarai
