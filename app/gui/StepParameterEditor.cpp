#include "StepParameterEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace tenarai {

namespace {
constexpr int TypingPauseMs = 600;

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QString fieldName(const ParameterSpec &spec)
{
    return QStringLiteral("parameter_") + spec.key;
}
} // namespace

StepParameterEditor::StepParameterEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepParameterEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("stepTitleLabel"));
    m_titleLabel->setWordWrap(true);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    layout->addWidget(m_titleLabel);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("noSettingsLabel"));
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);
    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addWidget(m_fields);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("parameterErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(TypingPauseMs);
    connect(&m_typingTimer, &QTimer::timeout, this, &StepParameterEditor::flush);
    rebuild();
}

void StepParameterEditor::setStep(int index, const Step *step, const QStringList &columns)
{
    flush();
    m_index = step ? index : -1;
    m_step = step ? step->clone() : nullptr;
    m_columns = columns;
    m_parameters = step ? step->parameters() : QJsonObject();
    m_lastAccepted = m_parameters;
    rebuild();
}

void StepParameterEditor::updateFrom(int index, const Step *step, const QStringList &columns)
{
    if (step && m_step && index == m_index && columns == m_columns && step->typeId() == m_step->typeId()) {
        const QJsonObject parameters = step->parameters();
        if (parameters == m_lastAccepted || parameters == m_parameters) {
            m_step = step->clone();
            return;
        }
    }
    setStep(index, step, columns);
}

void StepParameterEditor::flush()
{
    m_typingTimer.stop();
    if (m_pendingCommit) {
        const auto pending = std::move(m_pendingCommit);
        m_pendingCommit = nullptr;
        pending();
    }
}

QString StepParameterEditor::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void StepParameterEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_step) {
        // Labels come from the step, translated when asked for.
        flush();
        m_step = m_step->clone();
        rebuild();
    } else if (event->type() == QEvent::LanguageChange) {
        rebuild();
    }
    QWidget::changeEvent(event);
}

void StepParameterEditor::clearFields()
{
    m_pendingCommit = nullptr;
    m_typingTimer.stop();
    // The fields go later, not now: the change that led here may come from a signal of one of
    // them that is still being delivered. Unparented at once, so findChild sees only the new ones.
    while (m_form->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = m_form->takeRow(0);
        for (QLayoutItem *item : { row.labelItem, row.fieldItem }) {
            if (!item)
                continue;
            if (QWidget *widget = item->widget()) {
                widget->hide();
                widget->setParent(nullptr);
                widget->deleteLater();
            }
            delete item;
        }
    }
}

void StepParameterEditor::rebuild()
{
    clearFields();
    showError(QString());
    if (!m_step) {
        m_titleLabel->setText(tr("Step settings"));
        m_emptyLabel->setText(tr("Select a step in the list to see and change its settings."));
        m_emptyLabel->show();
        m_fields->hide();
        return;
    }
    m_titleLabel->setText(m_step->title());
    const QList<ParameterSpec> specs = m_step->parameterSpecs();
    m_emptyLabel->setText(tr("This step has no settings."));
    m_emptyLabel->setVisible(specs.isEmpty());
    m_fields->setVisible(!specs.isEmpty());
    for (const ParameterSpec &spec : specs) {
        QWidget *field = createField(spec);
        field->setObjectName(fieldName(spec));
        field->setAccessibleName(spec.label);
        field->setToolTip(spec.help);
        auto *label = new QLabel(spec.label, m_fields);
        label->setBuddy(field);
        label->setWordWrap(true);
        if (spec.help.isEmpty()) {
            m_form->addRow(label, field);
        } else {
            auto *box = new QWidget(m_fields);
            auto *boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            boxLayout->addWidget(field);
            auto *help = new QLabel(spec.help, box);
            help->setWordWrap(true);
            help->setEnabled(false); // the platform's dimmed text, for a hint
            boxLayout->addWidget(help);
            m_form->addRow(label, box);
        }
    }

    // A step fresh from the menu may still lack a setting it needs (which column, say): say so now.
    auto probe = m_step->clone();
    const Status status = probe->setParameters(m_parameters);
    if (!status)
        showError(status.error().toString());
}

QWidget *StepParameterEditor::createField(const ParameterSpec &spec)
{
    const QString key = spec.key;
    const QJsonValue value = m_parameters.value(key);
    switch (spec.kind) {
    case ParameterSpec::Kind::Column: {
        auto *combo = new QComboBox(m_fields);
        if (spec.optional || value.toString().isEmpty())
            combo->addItem(tr("(none)"), QString());
        for (const QString &name : m_columns) {
            if (!name.isEmpty())
                combo->addItem(name, name);
        }
        const QString current = value.toString();
        if (!current.isEmpty() && combo->findData(current) < 0)
            combo->addItem(tr("%1 (not in the table)").arg(current), current);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
        connect(combo, &QComboBox::activated, this, [this, key, combo] {
            const QString name = combo->currentData().toString();
            commit(key, name.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(name));
        });
        return combo;
    }
    case ParameterSpec::Kind::Columns: {
        auto *list = new QListWidget(m_fields);
        const QStringList chosen = stringsOf(value);
        QStringList names;
        for (const QString &name : m_columns) {
            if (!name.isEmpty())
                names << name;
        }
        for (const QString &name : chosen) {
            if (!names.contains(name))
                names << name;
        }
        for (const QString &name : names) {
            auto *item = new QListWidgetItem(
                m_columns.contains(name) ? name : tr("%1 (not in the table)").arg(name), list);
            item->setData(Qt::UserRole, name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(chosen.contains(name) ? Qt::Checked : Qt::Unchecked);
        }
        if (names.isEmpty())
            list->addItem(tr("The table has no named columns yet."));
        list->setMaximumHeight(list->fontMetrics().height() * 9);
        connect(list, &QListWidget::itemChanged, this, [this, key, list] {
            // Keep the order the user built up: names already chosen first, new ones after.
            const QStringList before = stringsOf(m_parameters.value(key));
            QStringList checked;
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked)
                    checked << list->item(i)->data(Qt::UserRole).toString();
            }
            QStringList ordered;
            for (const QString &name : before) {
                if (checked.contains(name))
                    ordered << name;
            }
            for (const QString &name : checked) {
                if (!ordered.contains(name))
                    ordered << name;
            }
            commit(key, QJsonArray::fromStringList(ordered));
        });
        return list;
    }
    case ParameterSpec::Kind::Text: {
        auto *edit = new QLineEdit(value.toString(), m_fields);
        const auto send = [this, key, edit, optional = spec.optional] {
            const QString text = edit->text();
            commit(key, text.isEmpty() && optional ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text));
        };
        connect(edit, &QLineEdit::textEdited, this, [this, send] { commitLater(send); });
        connect(edit, &QLineEdit::editingFinished, this, &StepParameterEditor::flush);
        return edit;
    }
    case ParameterSpec::Kind::TextList: {
        auto *edit = new QPlainTextEdit(stringsOf(value).join(u'\n'), m_fields);
        edit->setPlaceholderText(tr("One value per line"));
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().height() * 6);
        const auto send = [this, key, edit, optional = spec.optional] {
            QStringList values;
            for (const QString &line : edit->toPlainText().split(u'\n')) {
                if (!line.isEmpty())
                    values << line;
            }
            commit(key, values.isEmpty() && optional ? QJsonValue(QJsonValue::Undefined)
                                                     : QJsonValue(QJsonArray::fromStringList(values)));
        };
        connect(edit, &QPlainTextEdit::textChanged, this, [this, send] { commitLater(send); });
        return edit;
    }
    case ParameterSpec::Kind::Integer: {
        auto *spin = new QSpinBox(m_fields);
        constexpr qint64 IntMax = std::numeric_limits<int>::max();
        spin->setRange(int(qBound(-IntMax, spec.minimum, IntMax)), int(qBound(-IntMax, spec.maximum, IntMax)));
        spin->setValue(value.isDouble() ? int(qBound(-IntMax, value.toInteger(), IntMax)) : spin->minimum());
        spin->setGroupSeparatorShown(true);
        connect(spin, &QSpinBox::valueChanged, this, [this, key](int number) { commit(key, number); });
        return spin;
    }
    case ParameterSpec::Kind::Boolean: {
        auto *check = new QCheckBox(m_fields);
        check->setChecked(value.toBool());
        connect(check, &QCheckBox::toggled, this, [this, key](bool on) { commit(key, on); });
        return check;
    }
    case ParameterSpec::Kind::Choice: {
        auto *combo = new QComboBox(m_fields);
        for (const ParameterSpec::Choice &choice : spec.choices)
            combo->addItem(choice.label, choice.value);
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
        connect(combo, &QComboBox::activated, this,
                [this, key, combo] { commit(key, combo->currentData().toString()); });
        return combo;
    }
    case ParameterSpec::Kind::ValueMap: {
        auto *table = new QTableWidget(0, 2, m_fields);
        table->setHorizontalHeaderLabels({ tr("Written as"), tr("Replace with") });
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        table->verticalHeader()->hide();
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(it.key()));
            table->setItem(row, 1, new QTableWidgetItem(it.value().toString()));
        }
        table->insertRow(table->rowCount()); // always one empty row to type a new pair into
        table->setMinimumHeight(table->fontMetrics().height() * 8);
        connect(table, &QTableWidget::itemChanged, this, [this, key, table] {
            const auto text = [table](int row, int column) {
                const QTableWidgetItem *item = table->item(row, column);
                return item ? item->text() : QString();
            };
            QJsonObject pairs;
            for (int row = 0; row < table->rowCount(); ++row) {
                const QString written = text(row, 0);
                const QString replacement = text(row, 1);
                if (written.isEmpty() && replacement.isEmpty())
                    continue;
                if (pairs.contains(written)) {
                    showError(tr("“%1” is listed twice under “Written as”; keep one row for it.").arg(written));
                    return;
                }
                pairs.insert(written, replacement);
            }
            if (!text(table->rowCount() - 1, 0).isEmpty() || !text(table->rowCount() - 1, 1).isEmpty()) {
                const QSignalBlocker blocker(table);
                table->insertRow(table->rowCount());
            }
            commit(key, pairs);
        });
        return table;
    }
    case ParameterSpec::Kind::IntegerList: {
        QStringList numbers;
        for (const QJsonValue &v : value.toArray())
            numbers << QString::number(v.toInteger());
        auto *edit = new QLineEdit(numbers.join(QStringLiteral(", ")), m_fields);
        edit->setPlaceholderText(tr("Numbers separated by commas, for example 3, 7"));
        const auto send = [this, key, edit, optional = spec.optional] {
            static const QRegularExpression separators(QStringLiteral("[,、，\\s]+"));
            QJsonArray values;
            for (const QString &part : edit->text().split(separators, Qt::SkipEmptyParts)) {
                bool ok = false;
                // Full-width digits are what a Japanese input method types.
                const qint64 number = part.normalized(QString::NormalizationForm_KC).toLongLong(&ok);
                if (!ok) {
                    showError(tr("“%1” is not a whole number.").arg(part));
                    return;
                }
                values.append(number);
            }
            commit(key, values.isEmpty() && optional ? QJsonValue(QJsonValue::Undefined) : QJsonValue(values));
        };
        connect(edit, &QLineEdit::textEdited, this, [this, send] { commitLater(send); });
        connect(edit, &QLineEdit::editingFinished, this, &StepParameterEditor::flush);
        return edit;
    }
    case ParameterSpec::Kind::SortKeys: {
        auto *box = new QWidget(m_fields);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto *table = new QTableWidget(0, 2, box);
        table->setObjectName(QStringLiteral("sortKeysTable"));
        table->setHorizontalHeaderLabels({ tr("Column"), tr("Largest first") });
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setMinimumHeight(table->fontMetrics().height() * 7);
        boxLayout->addWidget(table);
        auto *buttons = new QHBoxLayout;
        auto *add = new QPushButton(tr("Add a sort column"), box);
        add->setObjectName(QStringLiteral("addSortKeyButton"));
        auto *remove = new QPushButton(tr("Remove the selected one"), box);
        remove->setObjectName(QStringLiteral("removeSortKeyButton"));
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        boxLayout->addLayout(buttons);

        const auto send = [this, key, table] {
            QJsonArray keys;
            for (int row = 0; row < table->rowCount(); ++row) {
                auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, 0));
                auto *descending = qobject_cast<QCheckBox *>(table->cellWidget(row, 1));
                if (!combo || !descending || combo->currentData().toString().isEmpty())
                    continue;
                keys.append(QJsonObject { { QStringLiteral("column"), combo->currentData().toString() },
                                          { QStringLiteral("descending"), descending->isChecked() } });
            }
            commit(key, keys);
        };
        const auto addRow = [this, table, send](const QString &column, bool descending) {
            const int row = table->rowCount();
            table->insertRow(row);
            auto *combo = new QComboBox(table);
            for (const QString &name : m_columns) {
                if (!name.isEmpty())
                    combo->addItem(name, name);
            }
            if (!column.isEmpty() && combo->findData(column) < 0)
                combo->addItem(tr("%1 (not in the table)").arg(column), column);
            combo->setCurrentIndex(qMax(0, combo->findData(column)));
            auto *check = new QCheckBox(table);
            check->setChecked(descending);
            table->setCellWidget(row, 0, combo);
            table->setCellWidget(row, 1, check);
            connect(combo, &QComboBox::activated, this, send);
            connect(check, &QCheckBox::toggled, this, send);
        };
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject sortKey = v.toObject();
            addRow(sortKey.value(QStringLiteral("column")).toString(),
                   sortKey.value(QStringLiteral("descending")).toBool());
        }
        connect(add, &QPushButton::clicked, this, [addRow, send] {
            addRow(QString(), false);
            send();
        });
        connect(remove, &QPushButton::clicked, this, [table, send] {
            const int row = table->currentRow() >= 0 ? table->currentRow() : table->rowCount() - 1;
            if (row >= 0) {
                table->removeRow(row);
                send();
            }
        });
        return box;
    }
    }
    return new QWidget(m_fields);
}

void StepParameterEditor::commit(const QString &key, const QJsonValue &value)
{
    if (!m_step)
        return;
    QJsonObject candidate = m_parameters;
    if (value.isUndefined())
        candidate.remove(key);
    else
        candidate.insert(key, value);
    m_parameters = candidate;   // the fields keep what the user entered, even when refused

    auto probe = m_step->clone();
    const Status status = probe->setParameters(candidate);
    if (!status) {
        showError(status.error().toString());
        return;
    }
    showError(QString());
    m_step = std::move(probe);
    m_lastAccepted = m_step->parameters();
    emit parametersEdited(m_index, m_lastAccepted, key);
}

void StepParameterEditor::commitLater(std::function<void()> commit)
{
    m_pendingCommit = std::move(commit);
    m_typingTimer.start();
}

void StepParameterEditor::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

} // namespace tenarai
