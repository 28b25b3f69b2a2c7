#include "FormFillWidget.h"

#include "forms/PostalAddressDirectory.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tenarai {

namespace {

constexpr int EditPage = 0;
constexpr int ConfirmPage = 1;

// Editor widths in average characters of the current font, so that a 16-pt font widens them
// (and labels wrap) instead of clipping: short values get short boxes, as on paper forms.
constexpr int ShortEditorCharacters = 24;
constexpr int LongEditorCharacters = 48;
constexpr int MultilineEditorCharacters = 64;
constexpr int MaxRowCharacters = 72;
constexpr int MultilineLines = 4;

// The same red as the table's error cells, readable on the default light background.
QString errorStyle()
{
    return QStringLiteral("color: #b00020;");
}

int editorCharacters(FieldType type)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::Email:
        return LongEditorCharacters;
    case FieldType::MultilineText:
        return MultilineEditorCharacters;
    case FieldType::Date:
        // Room for the placeholder's 和暦 example and for 令和6年4月1日(月) as typed.
        return (ShortEditorCharacters + LongEditorCharacters) / 2;
    default:
        return ShortEditorCharacters;
    }
}

QString nameFor(const char *prefix, const QString &fieldId)
{
    return QString::fromLatin1(prefix) + fieldId;
}

bool isAddressLabel(const QString &label)
{
    return label.contains(QStringLiteral("住所")) || label.contains(QStringLiteral("address"), Qt::CaseInsensitive);
}

} // namespace

// The widgets of one field. The editor is the widget that takes the focus for the field and
// carries its accessible name; for check boxes and radio buttons it is their container, whose
// focus proxy is the first button.
struct FormFillWidget::FieldWidgets
{
    FormField field;
    QWidget *row = nullptr;
    QLabel *label = nullptr;
    QLabel *requiredMark = nullptr;
    QWidget *editor = nullptr;
    QLineEdit *line = nullptr;
    QPlainTextEdit *multi = nullptr;
    QComboBox *combo = nullptr;
    QList<QCheckBox *> checks;
    QButtonGroup *yesNo = nullptr;
    QRadioButton *yes = nullptr;
    QRadioButton *no = nullptr;
    QPushButton *autofill = nullptr;
    QLabel *note = nullptr;   // postal code: what auto-fill did, or why it cannot
    QLabel *help = nullptr;
    QLabel *error = nullptr;
    bool touched = false;     // the user has left the field once: its messages may show

    bool isTextLike() const { return line || multi; }
    QList<QWidget *> focusables() const
    {
        QList<QWidget *> result;
        if (line)
            result << line;
        if (multi)
            result << multi;
        if (combo)
            result << combo;
        for (QCheckBox *check : checks)
            result << check;
        if (yes)
            result << yes << no;
        if (autofill)
            result << autofill;
        return result;
    }
};

FormFillWidget::ConnectionCutter::~ConnectionCutter()
{
    const QList<QObject *> children = owner->findChildren<QObject *>();
    for (QObject *child : children) {
        child->disconnect(owner);
        child->removeEventFilter(owner);
    }
}

FormFillWidget::FormFillWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("formFillWidget"));
    createWidgets();
    retranslateUi();
    updateEditorWidths();
}

void FormFillWidget::createWidgets()
{
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("formFillStack"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // Editing: the form in a scroll area, the buttons below it always in view.
    auto *editPage = new QWidget(m_stack);
    editPage->setObjectName(QStringLiteral("formEditPage"));
    auto *editLayout = new QVBoxLayout(editPage);
    m_scroll = new QScrollArea(editPage);
    m_scroll->setObjectName(QStringLiteral("formScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_content = new QWidget(m_scroll);
    m_content->setObjectName(QStringLiteral("formContent"));
    auto *contentLayout = new QVBoxLayout(m_content);
    m_titleLabel = new QLabel(m_content);
    m_titleLabel->setObjectName(QStringLiteral("formTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_titleLabel->setFont(titleFont);
    contentLayout->addWidget(m_titleLabel);
    m_descriptionLabel = new QLabel(m_content);
    m_descriptionLabel->setObjectName(QStringLiteral("formDescriptionLabel"));
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setTextFormat(Qt::PlainText);
    contentLayout->addWidget(m_descriptionLabel);
    m_fieldsBox = new QWidget(m_content);
    contentLayout->addWidget(m_fieldsBox);
    contentLayout->addStretch(1);
    m_scroll->setWidget(m_content);
    editLayout->addWidget(m_scroll, 1);

    auto *editButtons = new QHBoxLayout;
    editButtons->addStretch(1);
    m_clearButton = new QPushButton(editPage);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    connect(m_clearButton, &QPushButton::clicked, this, &FormFillWidget::askToClear);
    editButtons->addWidget(m_clearButton);
    m_confirmButton = new QPushButton(editPage);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_confirmButton->installEventFilter(this);
    connect(m_confirmButton, &QPushButton::clicked, this, &FormFillWidget::requestConfirmation);
    editButtons->addWidget(m_confirmButton);
    editLayout->addLayout(editButtons);
    m_stack->insertWidget(EditPage, editPage);

    // Confirming: the answers as they will be stored, read-only.
    m_confirmPage = new QWidget(m_stack);
    m_confirmPage->setObjectName(QStringLiteral("formConfirmPage"));
    m_confirmPage->installEventFilter(this);
    auto *confirmLayout = new QVBoxLayout(m_confirmPage);
    m_confirmHeading = new QLabel(m_confirmPage);
    m_confirmHeading->setObjectName(QStringLiteral("confirmHeadingLabel"));
    m_confirmHeading->setWordWrap(true);
    QFont headingFont = m_confirmHeading->font();
    headingFont.setBold(true);
    m_confirmHeading->setFont(headingFont);
    confirmLayout->addWidget(m_confirmHeading);
    m_previewNote = new QLabel(m_confirmPage);
    m_previewNote->setObjectName(QStringLiteral("previewNoteLabel"));
    m_previewNote->setWordWrap(true);
    m_previewNote->setStyleSheet(errorStyle());
    m_previewNote->hide();
    confirmLayout->addWidget(m_previewNote);
    m_confirmScroll = new QScrollArea(m_confirmPage);
    m_confirmScroll->setObjectName(QStringLiteral("confirmScrollArea"));
    m_confirmScroll->setWidgetResizable(true);
    m_confirmScroll->setFocusPolicy(Qt::NoFocus);
    m_confirmValues = new QWidget(m_confirmScroll);
    m_confirmScroll->setWidget(m_confirmValues);
    confirmLayout->addWidget(m_confirmScroll, 1);
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch(1);
    m_backButton = new QPushButton(m_confirmPage);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->installEventFilter(this);
    connect(m_backButton, &QPushButton::clicked, this, &FormFillWidget::backToEditing);
    confirmButtons->addWidget(m_backButton);
    m_submitButton = new QPushButton(m_confirmPage);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->installEventFilter(this);
    connect(m_submitButton, &QPushButton::clicked, this, &FormFillWidget::confirm);
    confirmButtons->addWidget(m_submitButton);
    confirmLayout->addLayout(confirmButtons);
    m_stack->insertWidget(ConfirmPage, m_confirmPage);
    setTabOrder(m_backButton, m_submitButton);
    m_stack->setCurrentIndex(EditPage);
}

void FormFillWidget::setForm(const Form &form)
{
    const FormInputs typed = inputs();
    const Form before = m_form;
    const int scrolled = m_scroll->verticalScrollBar()->value();
    m_form = form;
    rebuild();

    // Answers to fields that remain stay; a field that is new starts with its default.
    FormInputs next;
    for (const FormField &field : m_form.answerFields()) {
        if (before.field(field.id))
            next.insert(field.id, typed.value(field.id));
        else
            next.insert(field.id, field.defaultValue);
    }
    applyInputs(next);
    m_stack->setCurrentIndex(EditPage);
    // The designer rebuilds the preview at each edit: it stays where the user was looking once
    // the new editors are laid out.
    QTimer::singleShot(0, m_scroll, [scroll = m_scroll, scrolled] { scroll->verticalScrollBar()->setValue(scrolled); });
}

void FormFillWidget::rebuild()
{
    // The old editors go first, with their connections, so that nothing they emit while being
    // deleted reaches fields that no longer exist.
    const QList<QObject *> old = m_fieldsBox->findChildren<QObject *>();
    for (QObject *object : old) {
        object->disconnect(this);
        object->removeEventFilter(this);
    }
    m_fieldOfWidget.clear();
    delete m_fieldsBox;
    m_fields.clear();

    m_titleLabel->setText(m_form.title);
    m_titleLabel->setHidden(m_form.title.isEmpty());
    m_descriptionLabel->setText(m_form.description);
    m_descriptionLabel->setHidden(m_form.description.isEmpty());

    m_fieldsBox = new QWidget(m_content);
    m_fieldsBox->setObjectName(QStringLiteral("formFields"));
    auto *layout = new QVBoxLayout(m_fieldsBox);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int s = 0; s < m_form.sections.size(); ++s) {
        const FormSection &section = m_form.sections.at(s);
        if (!section.title.isEmpty()) {
            auto *heading = new QLabel(section.title, m_fieldsBox);
            heading->setObjectName(QStringLiteral("sectionTitle_%1").arg(s));
            heading->setTextFormat(Qt::PlainText);
            heading->setWordWrap(true);
            QFont font = heading->font();
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 1.2);
            heading->setFont(font);
            layout->addSpacing(heading->fontMetrics().height() / 2);
            layout->addWidget(heading);
        }
        if (!section.description.isEmpty()) {
            auto *description = new QLabel(section.description, m_fieldsBox);
            description->setTextFormat(Qt::PlainText);
            description->setWordWrap(true);
            layout->addWidget(description);
        }
        for (const FormField &field : section.fields)
            addField(field, m_fieldsBox, layout);
    }
    auto *contentLayout = static_cast<QVBoxLayout *>(m_content->layout());
    contentLayout->insertWidget(2, m_fieldsBox);

    // Tab walks the fields in form order whatever is hidden: Qt skips hidden widgets, so the
    // order set once stays right as conditional fields come and go.
    QWidget *previous = nullptr;
    for (const FormField &field : m_form.fields()) {
        const std::shared_ptr<FieldWidgets> widgets = m_fields.value(field.id);
        if (!widgets)
            continue;
        for (QWidget *next : widgets->focusables()) {
            if (previous)
                setTabOrder(previous, next);
            previous = next;
        }
    }
    if (previous)
        setTabOrder(previous, m_clearButton);
    setTabOrder(m_clearButton, m_confirmButton);

    updateEditorWidths();
    retranslateUi();
}

void FormFillWidget::addField(const FormField &field, QWidget *parent, QVBoxLayout *layout)
{
    auto widgets = std::make_shared<FieldWidgets>();
    FieldWidgets *w = widgets.get();
    w->field = field;
    w->row = new QWidget(parent);
    w->row->setObjectName(nameFor("row_", field.id));
    auto *rowLayout = new QVBoxLayout(w->row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);
    layout->addWidget(w->row);
    m_fields.insert(field.id, widgets);

    if (field.type == FieldType::Note) {
        auto *note = new QLabel(field.label, w->row);
        note->setObjectName(nameFor("field_", field.id));
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        note->setTextInteractionFlags(Qt::TextSelectableByMouse);
        w->label = note;
        rowLayout->addWidget(note);
    } else {
        auto *labelLine = new QHBoxLayout;
        w->label = new QLabel(field.label, w->row);
        w->label->setObjectName(nameFor("label_", field.id));
        w->label->setTextFormat(Qt::PlainText);
        w->label->setWordWrap(true);
        QFont bold = w->label->font();
        bold.setBold(true);
        w->label->setFont(bold);
        labelLine->addWidget(w->label);
        if (field.required) {
            // A badge right after the label, as Japanese web forms mark 必須.
            w->requiredMark = new QLabel(w->row);
            w->requiredMark->setObjectName(nameFor("required_", field.id));
            w->requiredMark->setStyleSheet(QStringLiteral(
                "QLabel { color: white; background-color: #b3261e; border-radius: 3px; padding: 0px 4px; }"));
            labelLine->addWidget(w->requiredMark, 0, Qt::AlignVCenter);
        }
        labelLine->addStretch(1);
        rowLayout->addLayout(labelLine);

        auto *editorLine = new QHBoxLayout;
        const auto edited = [this, w] { onEdited(*w); };
        switch (field.type) {
        case FieldType::MultilineText:
            w->multi = new QPlainTextEdit(w->row);
            w->multi->setTabChangesFocus(true);
            connect(w->multi, &QPlainTextEdit::textChanged, this, edited);
            w->editor = w->multi;
            break;
        case FieldType::Choice:
            w->combo = new QComboBox(w->row);
            w->combo->addItem(QString()); // no answer yet
            w->combo->addItems(field.choices);
            w->combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            connect(w->combo, &QComboBox::currentIndexChanged, this, edited);
            w->editor = w->combo;
            break;
        case FieldType::Choices: {
            auto *box = new QWidget(w->row);
            auto *boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            for (int i = 0; i < field.choices.size(); ++i) {
                auto *check = new QCheckBox(field.choices.at(i), box);
                check->setObjectName(nameFor("field_", field.id) + QStringLiteral("_%1").arg(i));
                connect(check, &QCheckBox::toggled, this, edited);
                boxLayout->addWidget(check);
                w->checks << check;
            }
            if (!w->checks.isEmpty())
                box->setFocusProxy(w->checks.constFirst());
            w->editor = box;
            break;
        }
        case FieldType::YesNo: {
            auto *box = new QWidget(w->row);
            auto *boxLayout = new QHBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            w->yes = new QRadioButton(box);
            w->yes->setObjectName(nameFor("field_", field.id) + QStringLiteral("_yes"));
            w->no = new QRadioButton(box);
            w->no->setObjectName(nameFor("field_", field.id) + QStringLiteral("_no"));
            boxLayout->addWidget(w->yes);
            boxLayout->addWidget(w->no);
            boxLayout->addStretch(1);
            w->yesNo = new QButtonGroup(box);
            w->yesNo->addButton(w->yes);
            w->yesNo->addButton(w->no);
            connect(w->yesNo, &QButtonGroup::buttonToggled, this, edited);
            box->setFocusProxy(w->yes);
            w->editor = box;
            break;
        }
        default:
            w->line = new QLineEdit(w->row);
            connect(w->line, &QLineEdit::textEdited, this, edited);
            w->editor = w->line;
            break;
        }
        w->editor->setObjectName(nameFor("field_", field.id));
        w->editor->setAccessibleName(field.label);
        editorLine->addWidget(w->editor, 1);
        if (field.type == FieldType::PostalCode) {
            w->autofill = new QPushButton(w->row);
            w->autofill->setObjectName(nameFor("autofill_", field.id));
            connect(w->autofill, &QPushButton::clicked, this, [this, w] { fillAddress(*w); });
            editorLine->addWidget(w->autofill);
        }
        editorLine->addStretch(0);
        rowLayout->addLayout(editorLine);
        if (w->autofill) {
            w->note = new QLabel(w->row);
            w->note->setObjectName(nameFor("note_", field.id));
            w->note->setWordWrap(true);
            w->note->setTextFormat(Qt::PlainText);
            w->note->setTextInteractionFlags(Qt::TextSelectableByMouse);
            w->note->hide();
            rowLayout->addWidget(w->note);
        }
        for (QWidget *focusable : w->focusables()) {
            focusable->installEventFilter(this);
            m_fieldOfWidget.insert(focusable, field.id);
        }
    }

    if (!field.help.isEmpty()) {
        w->help = new QLabel(field.help, w->row);
        w->help->setObjectName(nameFor("help_", field.id));
        w->help->setTextFormat(Qt::PlainText);
        w->help->setWordWrap(true);
        w->help->setForegroundRole(QPalette::PlaceholderText);
        rowLayout->addWidget(w->help);
    }
    w->error = new QLabel(w->row);
    w->error->setObjectName(nameFor("error_", field.id));
    w->error->setTextFormat(Qt::PlainText);
    w->error->setWordWrap(true);
    w->error->setStyleSheet(errorStyle());
    w->error->hide();
    rowLayout->addWidget(w->error);
    layout->addSpacing(w->row->fontMetrics().height() / 2);
}

void FormFillWidget::updateEditorWidths()
{
    const int character = m_content->fontMetrics().averageCharWidth();
    for (const std::shared_ptr<FieldWidgets> &w : std::as_const(m_fields)) {
        w->row->setMaximumWidth(MaxRowCharacters * character);
        if (w->line || w->multi)
            w->editor->setMaximumWidth(editorCharacters(w->field.type) * character);
        if (w->multi) {
            const int lines = w->multi->fontMetrics().lineSpacing() * MultilineLines;
            w->multi->setMinimumHeight(lines + 2 * w->multi->frameWidth() + 8);
            w->multi->setMaximumHeight(2 * lines + 2 * w->multi->frameWidth() + 8);
        }
    }
}

void FormFillWidget::fillEditor(FieldWidgets &w, const QString &input)
{
    if (w.line) {
        w.line->setText(input);
    } else if (w.multi) {
        w.multi->setPlainText(input);
    } else if (w.combo) {
        const int index = w.field.choices.indexOf(input);
        w.combo->setCurrentIndex(index < 0 ? 0 : index + 1);
    } else if (!w.checks.isEmpty()) {
        QStringList chosen = input.split(QLatin1Char('\n'));
        for (QString &choice : chosen)
            choice = choice.trimmed();
        for (QCheckBox *check : std::as_const(w.checks))
            check->setChecked(chosen.contains(check->text()));
    } else if (w.yesNo) {
        const bool yes = input == QLatin1String("yes") || input == FormValidator::yesText();
        const bool no = input == QLatin1String("no") || input == FormValidator::noText();
        // An exclusive group cannot be emptied button by button.
        w.yesNo->setExclusive(false);
        w.yes->setChecked(yes);
        w.no->setChecked(no && !yes);
        w.yesNo->setExclusive(true);
    }
}

QString FormFillWidget::inputOf(const FieldWidgets &w) const
{
    if (w.line)
        return w.line->text();
    if (w.multi)
        return w.multi->toPlainText();
    if (w.combo)
        return w.combo->currentIndex() > 0 ? w.field.choices.value(w.combo->currentIndex() - 1) : QString();
    if (!w.checks.isEmpty()) {
        QStringList chosen;
        for (const QCheckBox *check : w.checks) {
            if (check->isChecked())
                chosen << check->text();
        }
        return chosen.join(QLatin1Char('\n'));
    }
    if (w.yesNo) {
        if (w.yes->isChecked())
            return QStringLiteral("yes");
        if (w.no->isChecked())
            return QStringLiteral("no");
    }
    return QString();
}

FormInputs FormFillWidget::inputs() const
{
    FormInputs result;
    for (const FormField &field : m_form.answerFields()) {
        const std::shared_ptr<FieldWidgets> w = m_fields.value(field.id);
        if (!w)
            continue;
        const QString input = inputOf(*w);
        if (!input.isEmpty())
            result.insert(field.id, input);
    }
    return result;
}

void FormFillWidget::applyInputs(const FormInputs &inputs)
{
    m_settingInputs = true;
    for (const std::shared_ptr<FieldWidgets> &w : std::as_const(m_fields)) {
        if (w->field.type == FieldType::Note)
            continue;
        fillEditor(*w, inputs.value(w->field.id));
        w->touched = false;
        setFieldError(*w, QString());
        if (w->note) {
            w->note->clear();
            w->note->hide();
        }
    }
    m_settingInputs = false;
    updateVisibility();
}

void FormFillWidget::setInputs(const FormInputs &inputs)
{
    applyInputs(inputs);
    m_stack->setCurrentIndex(EditPage);
}

void FormFillWidget::clear()
{
    FormInputs defaults;
    for (const FormField &field : m_form.answerFields()) {
        if (!field.defaultValue.isEmpty())
            defaults.insert(field.id, field.defaultValue);
    }
    applyInputs(defaults);
    m_stack->setCurrentIndex(EditPage);
    m_scroll->verticalScrollBar()->setValue(0);
    if (!isVisible())
        return;
    for (const FormField &field : m_form.fields()) {
        const std::shared_ptr<FieldWidgets> w = m_fields.value(field.id);
        if (w && w->editor && !w->row->isHidden()) {
            w->editor->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

void FormFillWidget::askToClear()
{
    // Typed answers are the learner's work: emptying them is asked first, unless nothing beyond
    // the defaults was typed.
    FormInputs defaults;
    for (const FormField &field : m_form.answerFields()) {
        if (!field.defaultValue.isEmpty())
            defaults.insert(field.id, field.defaultValue);
    }
    FormInputs typed = inputs();
    for (auto it = typed.begin(); it != typed.end();) {
        if (it.value().isEmpty() && !defaults.contains(it.key()))
            it = typed.erase(it);
        else
            ++it;
    }
    const auto clearNow = [this] {
        clear();
        emit inputsChanged();
    };
    if (typed == defaults) {
        clearNow();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clear the answers"),
                                tr("Empty every field of this answer? What you typed is not kept."),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("clearConfirmBox"));
    box->setDefaultButton(QMessageBox::No);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [clearNow](int result) {
        if (result == QMessageBox::Yes)
            clearNow();
    });
    box->open();
}

void FormFillWidget::setPreviewMode(bool preview)
{
    m_preview = preview;
    m_previewNote->setVisible(preview);
}

void FormFillWidget::setEditing(bool editing)
{
    m_editing = editing;
    retranslateUi();
}

bool FormFillWidget::isConfirming() const
{
    return m_stack->currentIndex() == ConfirmPage;
}

void FormFillWidget::updateVisibility()
{
    const FormInputs current = inputs();
    for (const FormField &field : m_form.fields()) {
        const std::shared_ptr<FieldWidgets> w = m_fields.value(field.id);
        if (!w)
            continue;
        const bool shown = FormValidator::isVisible(m_form, field, current);
        if (!shown && !w->error->text().isEmpty())
            setFieldError(*w, QString()); // a hidden field is not asked: nothing is wrong with it
        w->row->setHidden(!shown);
    }
}

void FormFillWidget::onEdited(FieldWidgets &w)
{
    if (m_settingInputs)
        return;
    if (w.note && w.line) {
        w.note->clear();
        w.note->hide();
    }
    updateVisibility();
    // Text is checked when the user leaves the field, not at each key; a message already shown
    // is updated at once so that it disappears as soon as the value is right. A choice is made
    // in one action, so it is checked at once once the user has been through the field.
    if (!w.error->text().isEmpty() || (w.touched && !w.isTextLike()))
        checkOne(w);
    emit inputsChanged();
}

void FormFillWidget::checkOne(FieldWidgets &w)
{
    if (w.field.type == FieldType::Note || w.row->isHidden())
        return;
    const Result<Cell> checked = FormValidator::checkField(w.field, inputOf(w));
    setFieldError(w, checked ? QString() : checked.error().message);
}

void FormFillWidget::setFieldError(FieldWidgets &w, const QString &message)
{
    w.error->setText(message);
    w.error->setHidden(message.isEmpty());
    if (w.editor)
        w.editor->setAccessibleDescription(message);
    for (QCheckBox *check : std::as_const(w.checks))
        check->setAccessibleDescription(message);
    if (w.yes) {
        w.yes->setAccessibleDescription(message);
        w.no->setAccessibleDescription(message);
    }
}

FormFillWidget::FieldWidgets *FormFillWidget::fieldOf(QObject *object) const
{
    const auto found = m_fieldOfWidget.constFind(object);
    return found == m_fieldOfWidget.constEnd() ? nullptr : m_fields.value(found.value()).get();
}

void FormFillWidget::fillAddress(FieldWidgets &w)
{
    const auto say = [&w](const QString &text) {
        w.note->setText(text);
        w.note->setVisible(!text.isEmpty());
    };
    const QString code = w.line->text().trimmed();
    if (code.isEmpty()) {
        say(tr("Type the postal code first, then choose “Fill in address”."));
        w.line->setFocus(Qt::OtherFocusReason);
        return;
    }
    const Result<std::shared_ptr<const PostalAddressDirectory>> directory = PostalAddressDirectory::standard();
    if (!directory) {
        say(directory.error().message);
        return;
    }
    const QList<PostalAddressDirectory::Address> found = directory.value()->lookup(code);
    if (found.isEmpty()) {
        say(tr("No address is known for the postal code %1.").arg(code));
        return;
    }

    // One code may cover several 町域: only what they share is filled in, and the note says so.
    QString address = found.constFirst().text();
    bool partial = false;
    for (const PostalAddressDirectory::Address &other : found) {
        if (other.text() == address)
            continue;
        partial = true;
        const PostalAddressDirectory::Address &first = found.constFirst();
        if (other.prefecture != first.prefecture) {
            say(tr("The postal code %1 covers several prefectures; type the address yourself.").arg(code));
            return;
        }
        address = other.municipality == first.municipality && address.startsWith(first.prefecture + first.municipality)
                      ? first.prefecture + first.municipality
                      : first.prefecture;
    }

    FieldWidgets *target = nullptr;
    bool after = false;
    for (const FormField &field : m_form.fields()) {
        if (field.id == w.field.id) {
            after = true;
            continue;
        }
        const std::shared_ptr<FieldWidgets> candidate = m_fields.value(field.id);
        if (after && candidate && !candidate->row->isHidden()
            && (field.type == FieldType::Text || field.type == FieldType::MultilineText)
            && isAddressLabel(field.label)) {
            target = candidate.get();
            break;
        }
    }
    if (!target) {
        say(partial ? tr("Address (the postal code covers several towns, so only the common part is shown): %1")
                          .arg(address)
                    : tr("Address: %1").arg(address));
        return;
    }
    m_settingInputs = true;
    fillEditor(*target, address);
    m_settingInputs = false;
    setFieldError(*target, QString());
    say(partial ? tr("The postal code covers several towns: “%1” was filled in; add the town and the rest of the "
                     "address.")
                      .arg(address)
                : tr("“%1” was filled in; add the block and building number.").arg(address));
    target->editor->setFocus(Qt::OtherFocusReason);
    if (target->line)
        target->line->end(false);
    else if (target->multi)
        target->multi->moveCursor(QTextCursor::End);
    m_scroll->ensureWidgetVisible(target->row);
    updateVisibility();
    emit inputsChanged();
}

bool FormFillWidget::requestConfirmation()
{
    if (isConfirming())
        return true;
    const FormCheck check = FormValidator::check(m_form, inputs());
    QHash<QString, QString> messages;
    for (const FieldError &error : check.errors) {
        if (!messages.contains(error.fieldId))
            messages.insert(error.fieldId, error.message);
    }
    for (const std::shared_ptr<FieldWidgets> &w : std::as_const(m_fields)) {
        if (w->field.type == FieldType::Note)
            continue;
        w->touched = true;
        setFieldError(*w, messages.value(w->field.id));
    }
    if (!check.ok()) {
        for (const FieldError &error : check.errors) {
            const std::shared_ptr<FieldWidgets> w = m_fields.value(error.fieldId);
            if (!w || w->row->isHidden() || !w->editor)
                continue;
            w->editor->setFocus(Qt::OtherFocusReason);
            m_scroll->ensureWidgetVisible(w->row);
            break;
        }
        return false;
    }
    showConfirmation(check);
    return true;
}

void FormFillWidget::showConfirmation(const FormCheck &check)
{
    delete m_confirmValues;
    m_confirmValues = new QWidget;
    m_confirmValues->setObjectName(QStringLiteral("confirmValues"));
    auto *grid = new QGridLayout(m_confirmValues);
    grid->setColumnStretch(1, 1);
    const FormInputs current = inputs();
    int row = 0;
    for (const FormField &field : m_form.answerFields()) {
        if (!FormValidator::isVisible(m_form, field, current))
            continue;
        auto *label = new QLabel(field.label, m_confirmValues);
        label->setObjectName(nameFor("confirmLabel_", field.id));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        const Cell value = check.values.value(field.id);
        QString text;
        if (value.isEmpty())
            text = tr("(no answer)");
        else if (value.kind() == Cell::Kind::Boolean)
            text = value.booleanValue() ? FormValidator::yesText() : FormValidator::noText();
        else
            text = value.toString();
        auto *shown = new QLabel(text, m_confirmValues);
        shown->setObjectName(nameFor("confirmValue_", field.id));
        shown->setTextFormat(Qt::PlainText);
        shown->setWordWrap(true);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
        shown->setAccessibleName(field.label);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(shown, row, 1, Qt::AlignTop);
        ++row;
    }
    grid->setRowStretch(row, 1);
    m_confirmScroll->setWidget(m_confirmValues);
    m_previewNote->setVisible(m_preview);
    m_stack->setCurrentIndex(ConfirmPage);
    m_submitButton->setFocus(Qt::OtherFocusReason);
}

void FormFillWidget::backToEditing()
{
    m_stack->setCurrentIndex(EditPage);
    m_confirmButton->setFocus(Qt::OtherFocusReason);
}

void FormFillWidget::confirm()
{
    if (!isConfirming())
        return;
    if (m_preview) {
        backToEditing();
        return;
    }
    emit submitted(inputs());
    clear();
}

void FormFillWidget::retranslateUi()
{
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Empty every field and start again"));
    m_confirmButton->setText(tr("Confirm"));
    m_confirmButton->setToolTip(tr("Check the answers before sending them (Enter)"));
    m_confirmHeading->setText(tr("Please check your answers."));
    m_previewNote->setText(tr("This is a preview: nothing will be saved, and “Submit” only returns to the form."));
    m_backButton->setText(tr("Back"));
    m_backButton->setToolTip(tr("Return to the form to change an answer (Esc)"));
    m_submitButton->setText(m_editing ? tr("Update") : tr("Submit"));
    m_submitButton->setToolTip(m_editing ? tr("Save the changed answer (Enter)") : tr("Save the answer (Enter)"));
    for (const std::shared_ptr<FieldWidgets> &w : std::as_const(m_fields)) {
        if (w->requiredMark)
            w->requiredMark->setText(tr("Required"));
        if (w->line && w->field.type == FieldType::Date)
            w->line->setPlaceholderText(tr("e.g. 2024-04-01 or 令和6年4月1日"));
        if (w->autofill) {
            w->autofill->setText(tr("Fill in address"));
            w->autofill->setToolTip(tr("Fill in the address from the postal code"));
        }
        if (w->yes) {
            w->yes->setText(FormValidator::yesText());
            w->no->setText(FormValidator::noText());
        }
        if (!w->error->text().isEmpty())
            checkOne(*w); // messages come translated from core: ask again in the new language
    }
}

void FormFillWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        updateEditorWidths();
    QWidget::changeEvent(event);
}

bool FormFillWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        FieldWidgets *w = fieldOf(watched);
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        // A combo box's list or another window taking the focus is not leaving the field; nor is
        // moving between the check boxes of one field.
        if (w && reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason
            && fieldOf(QApplication::focusWidget()) != w) {
            w->touched = true;
            checkOne(*w);
        }
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_confirmPage || watched == m_backButton || watched == m_submitButton) {
            if (key->key() == Qt::Key_Escape) {
                backToEditing();
                return true;
            }
            if (enter) {
                if (watched == m_backButton)
                    backToEditing();
                else
                    confirm();
                return true;
            }
        } else if (enter && watched == m_confirmButton) {
            requestConfirmation();
            return true;
        } else if (enter) {
            FieldWidgets *w = fieldOf(watched);
            if (w && watched == w->autofill) {
                w->autofill->click();
                return true;
            }
            // In multi-line text Enter starts a new line; Ctrl+Enter goes on.
            if (w && (!w->multi || key->modifiers().testFlag(Qt::ControlModifier))) {
                requestConfirmation();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tenarai
