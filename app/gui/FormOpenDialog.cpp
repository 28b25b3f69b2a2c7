#include "FormOpenDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tenarai {

FormOpenDialog::FormOpenDialog(const FormLibrary &library, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("formsOpenDialog"));
    setWindowTitle(tr("Open a Form"));
    auto *layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    layout->addWidget(m_label);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("formLibraryList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Form"), tr("Answers"), tr("Changed"), tr("Problem") });
    m_list->setAccessibleName(tr("Forms"));
    m_label->setBuddy(m_list);
    layout->addWidget(m_list, 1);

    const QLocale locale;
    const QList<FormLibrary::Entry> entries = library.entries();
    for (const FormLibrary::Entry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, entry.error ? QFileInfo(entry.path).fileName() : entry.title);
        item->setText(1, entry.error ? QString() : locale.toString(entry.submissionCount));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, locale.toString(entry.modified, QLocale::ShortFormat));
        item->setToolTip(0, QDir::toNativeSeparators(entry.path));
        item->setData(0, Qt::UserRole, entry.path);
        if (entry.error) {
            item->setText(3, entry.error->message);
            item->setToolTip(3, entry.error->toString());
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable); // listed, not openable
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
        } else if (entry.hasDraft) {
            item->setText(3, tr("An answer is being typed"));
        }
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
    m_list->resizeColumnToContents(3);

    m_label->setText(entries.isEmpty()
                         ? tr("There are no forms in “%1” yet.").arg(QDir::toNativeSeparators(library.folder()))
                         : tr("&Forms in “%1”:").arg(QDir::toNativeSeparators(library.folder())));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!selectedPath().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->flags() & Qt::ItemIsSelectable) {
            m_list->setCurrentItem(item);
            accept();
        }
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &FormOpenDialog::updateButtons);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->flags() & Qt::ItemIsSelectable) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            break;
        }
    }
    updateButtons();
    resize(640, 400);
}

QString FormOpenDialog::selectedPath() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return QString();
    return item->data(0, Qt::UserRole).toString();
}

void FormOpenDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!selectedPath().isEmpty());
}

} // namespace tenarai
