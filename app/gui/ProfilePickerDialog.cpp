#include "ProfilePickerDialog.h"

#include "ErrorBox.h"
#include "GuiSettings.h"
#include "progress/ProgressStore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tenarai {

namespace {
// Long enough for any real name with a title; short enough to fit a chart legend and a CSV cell.
constexpr int MaxNameLength = 60;
constexpr int MaxDepartmentLength = 80;

// Names are compared as people read them: surrounding and repeated spaces do not count, and
// full-width and half-width letters are the same (ＹＡＭＡＤＡ is YAMADA).
QString comparable(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
}
} // namespace

ProfilePickerDialog::ProfilePickerDialog(ProgressStore &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("profilePickerDialog"));

    m_introLabel = new QLabel(this);
    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_introLabel->setWordWrap(true);

    m_profileList = new QTreeWidget(this);
    m_profileList->setObjectName(QStringLiteral("profileTreeWidget"));
    m_profileList->setColumnCount(2);
    m_profileList->setRootIsDecorated(false);
    m_profileList->setUniformRowHeights(true);
    m_profileList->setAllColumnsShowFocus(true);
    m_profileList->header()->setStretchLastSection(true);
    m_profileList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_profileList, &QTreeWidget::currentItemChanged, this, &ProfilePickerDialog::updateButtons);
    connect(m_profileList, &QTreeWidget::itemActivated, this, [this] {
        if (selectedProfile())
            accept();
    });

    m_noProfilesLabel = new QLabel(this);
    m_noProfilesLabel->setObjectName(QStringLiteral("noProfilesLabel"));
    m_noProfilesLabel->setWordWrap(true);

    m_newProfileGroup = new QGroupBox(this);
    m_newProfileGroup->setObjectName(QStringLiteral("newProfileGroupBox"));
    m_nameLabel = new QLabel(m_newProfileGroup);
    m_nameEdit = new QLineEdit(m_newProfileGroup);
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameEdit->setMaxLength(MaxNameLength);
    m_nameLabel->setBuddy(m_nameEdit);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ProfilePickerDialog::updateButtons);
    m_departmentLabel = new QLabel(m_newProfileGroup);
    m_departmentEdit = new QLineEdit(m_newProfileGroup);
    m_departmentEdit->setObjectName(QStringLiteral("departmentLineEdit"));
    m_departmentEdit->setMaxLength(MaxDepartmentLength);
    m_departmentLabel->setBuddy(m_departmentEdit);
    m_privacyLabel = new QLabel(m_newProfileGroup);
    m_privacyLabel->setObjectName(QStringLiteral("privacyLabel"));
    m_privacyLabel->setWordWrap(true);
    m_newProfileButton = new QPushButton(m_newProfileGroup);
    m_newProfileButton->setObjectName(QStringLiteral("newProfileButton"));
    m_newProfileButton->setAutoDefault(false);
    connect(m_newProfileButton, &QPushButton::clicked, this, &ProfilePickerDialog::createProfile);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // large fonts put the field under its label
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_departmentLabel, m_departmentEdit);
    auto *groupLayout = new QVBoxLayout(m_newProfileGroup);
    groupLayout->addLayout(form);
    groupLayout->addWidget(m_privacyLabel);
    groupLayout->addWidget(m_newProfileButton, 0, Qt::AlignRight);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("profileMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_useButton = m_buttons->button(QDialogButtonBox::Ok);
    m_useButton->setObjectName(QStringLiteral("useProfileButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfilePickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfilePickerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_profileList, 1);
    layout->addWidget(m_noProfilesLabel);
    layout->addWidget(m_newProfileGroup);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttons);

    retranslateUi();
    reload(GuiSettings::lastProfileId());
    if (m_profiles.isEmpty())
        m_nameEdit->setFocus();
    else
        m_profileList->setFocus();
}

std::optional<Profile> ProfilePickerDialog::profileToUseWithoutAsking(const QList<Profile> &profiles,
                                                                      const QString &lastProfileId)
{
    if (profiles.size() == 1 && !lastProfileId.isEmpty() && profiles.first().id == lastProfileId)
        return profiles.first();
    return std::nullopt;
}

std::optional<Profile> ProfilePickerDialog::selectedProfile() const
{
    const QTreeWidgetItem *item = m_profileList->currentItem();
    if (!item)
        return std::nullopt;
    const QString id = item->data(0, ProfileIdRole).toString();
    for (const Profile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

void ProfilePickerDialog::accept()
{
    const std::optional<Profile> profile = selectedProfile();
    if (!profile)
        return;
    GuiSettings::setLastProfileId(profile->id);
    QDialog::accept();
}

void ProfilePickerDialog::reload(const QString &idToSelect)
{
    m_profileList->clear();
    Result<QList<Profile>> result = m_store.profiles();
    if (!result) {
        m_profiles.clear();
        m_messageLabel->setText(
            tr("The list of profiles could not be read: %1").arg(result.error().toString()));
        m_messageLabel->show();
    } else {
        m_profiles = std::move(result).value();
    }
    // In the order people look for a name; the store's order is the order of creation.
    std::stable_sort(m_profiles.begin(), m_profiles.end(), [](const Profile &a, const Profile &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });

    QTreeWidgetItem *toSelect = nullptr;
    for (const Profile &profile : m_profiles) {
        auto *item = new QTreeWidgetItem(m_profileList);
        item->setText(0, profile.displayName);
        item->setText(1, profile.department);
        item->setData(0, ProfileIdRole, profile.id);
        if (profile.id == idToSelect)
            toSelect = item;
    }
    if (!toSelect && m_profiles.size() == 1)
        toSelect = m_profileList->topLevelItem(0);
    if (toSelect)
        m_profileList->setCurrentItem(toSelect);

    m_profileList->setVisible(!m_profiles.isEmpty());
    m_noProfilesLabel->setVisible(m_profiles.isEmpty());
    updateButtons();
}

void ProfilePickerDialog::createProfile()
{
    const QString name = m_nameEdit->text().simplified();
    const QString department = m_departmentEdit->text().simplified();
    if (name.isEmpty()) {
        m_messageLabel->setText(tr("Enter your name to create a profile."));
        m_messageLabel->show();
        m_nameEdit->setFocus();
        return;
    }
    // Two people may share a name, but not a name and a department: that is the same person
    // pressing Create twice, and a second profile would split their progress.
    for (const Profile &existing : std::as_const(m_profiles)) {
        if (comparable(existing.displayName) == comparable(name)
            && comparable(existing.department) == comparable(department)) {
            const Profile profile = existing; // reload() replaces the list it lives in
            reload(profile.id);
            m_messageLabel->setText(
                tr("“%1” is already in the list and is now selected.").arg(profile.displayName));
            m_messageLabel->show();
            m_profileList->setFocus();
            return;
        }
    }

    Result<Profile> created = m_store.createProfile(name, department);
    if (!created) {
        showErrorBox(this, QStringLiteral("profileErrorMessageBox"),
                     tr("The profile “%1” could not be created.").arg(name), created.error());
        return;
    }
    m_nameEdit->clear();
    m_departmentEdit->clear();
    m_messageLabel->hide();
    reload(created->id);
    // Creating one's profile is choosing it: no second click needed.
    accept();
}

void ProfilePickerDialog::updateButtons()
{
    m_useButton->setEnabled(selectedProfile().has_value());
    m_useButton->setDefault(selectedProfile().has_value());
    m_newProfileButton->setEnabled(!m_nameEdit->text().trimmed().isEmpty() && !m_store.isReadOnly());
}

void ProfilePickerDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the name or department field creates the profile typed there rather than
    // choosing whichever profile happens to be selected in the list.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (m_nameEdit->hasFocus() || m_departmentEdit->hasFocus())) {
        if (!m_nameEdit->text().trimmed().isEmpty())
            createProfile();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ProfilePickerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfilePickerDialog::retranslateUi()
{
    setWindowTitle(tr("Who Is Learning?"));
    m_introLabel->setText(
        tr("Choose your name so that your progress is kept apart from that of others who use "
           "this PC."));
    m_profileList->setHeaderLabels({ tr("Name"), tr("Department") });
    m_profileList->setAccessibleName(tr("Profiles on this PC"));
    m_noProfilesLabel->setText(tr("Nobody has a profile on this PC yet. Enter your name below to start."));
    m_newProfileGroup->setTitle(tr("New profile"));
    m_nameLabel->setText(tr("&Name:"));
    m_nameEdit->setPlaceholderText(tr("Required"));
    m_departmentLabel->setText(tr("&Department:"));
    m_departmentEdit->setPlaceholderText(tr("Optional"));
    m_privacyLabel->setText(m_store.isReadOnly()
                                ? tr("Progress on this PC can only be read just now, so no profile can be "
                                     "created.")
                                : tr("No password is needed. Everyone who uses this PC can see the names in "
                                     "this list."));
    m_newProfileButton->setText(tr("&Create Profile"));
    m_useButton->setText(tr("&Use This Profile"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace tenarai
