// The profile picker on a shared PC: a learner types their name (through the input method, as
// Japanese is typed), the profile is created in a real SQLite store, chosen, remembered and
// preselected next time; the main window asks only when it must.
#include "GuiSettings.h"
#include "MainWindow.h"
#include "ProfilePickerDialog.h"
#include "Translations.h"
#include "progress/ProgressStore.h"

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>

using namespace tenarai;

namespace {

// What a Japanese input method sends: the reading while composing, then the converted text.
void typeWithInputMethod(QWidget *widget, const QString &reading, const QString &converted)
{
    widget->setFocus();
    QInputMethodEvent composing(reading, {});
    QApplication::sendEvent(widget, &composing);
    QInputMethodEvent commit;
    commit.setCommitString(converted);
    QApplication::sendEvent(widget, &commit);
}

template <typename T> T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class ProfilePickerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
        ASSERT_TRUE(m_dir.isValid());
        const Status opened
            = m_store.open(StoreLocation::sqlite(m_dir.filePath(QStringLiteral("progress.sqlite"))));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    }

    QList<Profile> storedProfiles()
    {
        Result<QList<Profile>> profiles = m_store.profiles();
        EXPECT_TRUE(profiles.ok());
        return profiles ? profiles.value() : QList<Profile>();
    }

    QTemporaryDir m_dir;
    ProgressStore m_store;
};

TEST_F(ProfilePickerTest, CreatesAProfileFromAJapaneseNameAndPreselectsItNextTime)
{
    QString createdId;
    {
        ProfilePickerDialog dialog(m_store);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

        // Nobody here yet: the dialog says what to do, and nothing can be "used".
        EXPECT_TRUE(child<QLabel>(&dialog, "noProfilesLabel")->isVisible());
        EXPECT_FALSE(child<QTreeWidget>(&dialog, "profileTreeWidget")->isVisible());
        auto *useButton = child<QPushButton>(&dialog, "useProfileButton");
        auto *createButton = child<QPushButton>(&dialog, "newProfileButton");
        ASSERT_NE(useButton, nullptr);
        ASSERT_NE(createButton, nullptr);
        EXPECT_FALSE(useButton->isEnabled());
        EXPECT_FALSE(createButton->isEnabled()); // the name is required

        auto *name = child<QLineEdit>(&dialog, "nameLineEdit");
        auto *department = child<QLineEdit>(&dialog, "departmentLineEdit");
        ASSERT_NE(name, nullptr);
        ASSERT_NE(department, nullptr);
        typeWithInputMethod(name, QStringLiteral("やまだはなこ"), QStringLiteral("山田花子"));
        EXPECT_EQ(name->text(), QStringLiteral("山田花子"));
        typeWithInputMethod(department, QStringLiteral("しみんか"), QStringLiteral("市民課"));
        EXPECT_TRUE(createButton->isEnabled());

        QTest::mouseClick(createButton, Qt::LeftButton);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        ASSERT_TRUE(dialog.selectedProfile().has_value());
        EXPECT_EQ(dialog.selectedProfile()->displayName, QStringLiteral("山田花子"));
        createdId = dialog.selectedProfile()->id;
    }

    const QList<Profile> profiles = storedProfiles();
    ASSERT_EQ(profiles.size(), 1);
    EXPECT_EQ(profiles.first().id, createdId);
    EXPECT_EQ(profiles.first().displayName, QStringLiteral("山田花子"));
    EXPECT_EQ(profiles.first().department, QStringLiteral("市民課"));
    EXPECT_EQ(GuiSettings::lastProfileId(), createdId);

    // Someone else creates a profile on the same PC; the next start still preselects 山田花子.
    ASSERT_TRUE(m_store.createProfile(QStringLiteral("佐藤一郎"), QStringLiteral("税務課")).ok());
    ProfilePickerDialog again(m_store);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    auto *list = child<QTreeWidget>(&again, "profileTreeWidget");
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(list->isVisible());
    EXPECT_EQ(list->topLevelItemCount(), 2);
    ASSERT_NE(list->currentItem(), nullptr);
    EXPECT_EQ(list->currentItem()->text(0), QStringLiteral("山田花子"));
    EXPECT_EQ(list->currentItem()->text(1), QStringLiteral("市民課"));
    EXPECT_TRUE(child<QPushButton>(&again, "useProfileButton")->isEnabled());
}

TEST_F(ProfilePickerTest, EnterInTheNameFieldCreatesAndChoosingAnotherIsRemembered)
{
    Result<Profile> sato = m_store.createProfile(QStringLiteral("佐藤一郎"), QStringLiteral("税務課"));
    ASSERT_TRUE(sato.ok());
    GuiSettings::setLastProfileId(sato->id);

    {
        ProfilePickerDialog dialog(m_store);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        auto *name = child<QLineEdit>(&dialog, "nameLineEdit");
        typeWithInputMethod(name, QStringLiteral("すずき"), QStringLiteral("鈴木"));
        // Enter creates the typed profile, although 佐藤一郎 is selected in the list.
        QTest::keyClick(name, Qt::Key_Return);
        ASSERT_EQ(dialog.result(), QDialog::Accepted);
        ASSERT_TRUE(dialog.selectedProfile().has_value());
        EXPECT_EQ(dialog.selectedProfile()->displayName, QStringLiteral("鈴木"));
        EXPECT_TRUE(dialog.selectedProfile()->department.isEmpty()); // optional
    }
    EXPECT_EQ(storedProfiles().size(), 2);

    // Back to 佐藤: pick him in the list (keyboard) and use him; he is remembered.
    ProfilePickerDialog dialog(m_store);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QTreeWidget>(&dialog, "profileTreeWidget");
    ASSERT_EQ(list->currentItem()->text(0), QStringLiteral("鈴木"));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == QStringLiteral("佐藤一郎"))
            list->setCurrentItem(list->topLevelItem(i));
    }
    QTest::mouseClick(child<QPushButton>(&dialog, "useProfileButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(GuiSettings::lastProfileId(), sato->id);
}

TEST_F(ProfilePickerTest, TheSameNameAndDepartmentSelectsTheExistingProfile)
{
    Result<Profile> yamada = m_store.createProfile(QStringLiteral("山田花子"), QStringLiteral("市民課"));
    ASSERT_TRUE(yamada.ok());
    ProfilePickerDialog dialog(m_store);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    // Typed again, with a full-width space and extra spaces: still the same person.
    typeWithInputMethod(child<QLineEdit>(&dialog, "nameLineEdit"), QString(), QStringLiteral("　山田花子  "));
    typeWithInputMethod(child<QLineEdit>(&dialog, "departmentLineEdit"), QString(), QStringLiteral("市民課"));
    QTest::mouseClick(child<QPushButton>(&dialog, "newProfileButton"), Qt::LeftButton);

    EXPECT_EQ(storedProfiles().size(), 1); // no second profile to split the progress
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto *message = child<QLabel>(&dialog, "profileMessageLabel");
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("山田花子"))) << message->text().toStdString();
    ASSERT_TRUE(dialog.selectedProfile().has_value());
    EXPECT_EQ(dialog.selectedProfile()->id, yamada->id);
}

TEST_F(ProfilePickerTest, StartUsesTheOnlyRememberedProfileAndAsksOtherwise)
{
    AppOptions options;
    options.databasePath = m_dir.filePath(QStringLiteral("progress.sqlite"));

    // No profile yet: the picker opens over the window.
    {
        MainWindow window(options);
        window.setProgressStore(&m_store);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.chooseProfileAtStart();
        auto *picker = window.findChild<ProfilePickerDialog *>(QStringLiteral("profilePickerDialog"));
        ASSERT_NE(picker, nullptr);
        EXPECT_TRUE(picker->isVisible());
        typeWithInputMethod(child<QLineEdit>(picker, "nameLineEdit"), QStringLiteral("やまだ"),
                            QStringLiteral("山田"));
        QTest::mouseClick(child<QPushButton>(picker, "newProfileButton"), Qt::LeftButton);
        ASSERT_TRUE(window.currentProfile().has_value());
        EXPECT_EQ(window.currentProfile()->displayName, QStringLiteral("山田"));
        auto *status = child<QLabel>(&window, "profileStatusLabel");
        EXPECT_TRUE(status->isVisible());
        EXPECT_TRUE(status->text().contains(QStringLiteral("山田")));
    }

    // Exactly one profile, the one remembered: no question.
    {
        MainWindow window(options);
        window.setProgressStore(&m_store);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.chooseProfileAtStart();
        EXPECT_EQ(window.findChild<ProfilePickerDialog *>(), nullptr);
        ASSERT_TRUE(window.currentProfile().has_value());
        EXPECT_EQ(window.currentProfile()->displayName, QStringLiteral("山田"));
    }

    // A second learner on this PC: ask, with the remembered one preselected; Switch Profile later
    // opens the same picker.
    ASSERT_TRUE(m_store.createProfile(QStringLiteral("佐藤")).ok());
    MainWindow window(options);
    window.setProgressStore(&m_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.chooseProfileAtStart();
    auto *picker = window.findChild<ProfilePickerDialog *>();
    ASSERT_NE(picker, nullptr);
    ASSERT_TRUE(picker->selectedProfile().has_value());
    EXPECT_EQ(picker->selectedProfile()->displayName, QStringLiteral("山田"));
    QTest::mouseClick(child<QPushButton>(picker, "useProfileButton"), Qt::LeftButton);
    ASSERT_TRUE(window.currentProfile().has_value());
    EXPECT_EQ(window.currentProfile()->displayName, QStringLiteral("山田"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.findChild<ProfilePickerDialog *>() == nullptr; }, 5000));

    auto *switchAction = child<QAction>(&window, "switchProfileAction");
    ASSERT_NE(switchAction, nullptr);
    ASSERT_TRUE(switchAction->isEnabled());
    switchAction->trigger();
    picker = window.findChild<ProfilePickerDialog *>();
    ASSERT_NE(picker, nullptr);
    auto *list = child<QTreeWidget>(picker, "profileTreeWidget");
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == QStringLiteral("佐藤"))
            list->setCurrentItem(list->topLevelItem(i));
    }
    QTest::keyClick(list, Qt::Key_Return); // Enter on a name chooses it
    ASSERT_TRUE(window.currentProfile().has_value());
    EXPECT_EQ(window.currentProfile()->displayName, QStringLiteral("佐藤"));
    EXPECT_EQ(GuiSettings::lastProfileId(), window.currentProfile()->id);
}

TEST_F(ProfilePickerTest, WithoutAStoreThereIsNothingToSwitch)
{
    AppOptions options;
    MainWindow window(options);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_FALSE(child<QAction>(&window, "switchProfileAction")->isEnabled());
    window.chooseProfileAtStart();
    EXPECT_EQ(window.findChild<ProfilePickerDialog *>(), nullptr);
    EXPECT_FALSE(window.currentProfile().has_value());
}
