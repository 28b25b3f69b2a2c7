#include "FormDesigner.h"

#include "FormEditCommand.h"
#include "FormFillWidget.h"
#include "forms/FormValidator.h"
#include "normalize/DateNormalizer.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tenarai {

namespace {
// Typing is taken after this pause, so that the preview follows without a command per key.
constexpr int CommitPauseMs = 600;

constexpr FieldType AllTypes[] = { FieldType::Text,       FieldType::MultilineText, FieldType::Integer,
                                   FieldType::Decimal,    FieldType::Date,          FieldType::Choice,
                                   FieldType::Choices,    FieldType::YesNo,         FieldType::Phone,
                                   FieldType::PostalCode, FieldType::Email,         FieldType::Note };

// Choices as the box holds them, one per line; blank lines are the gaps people leave, not choices.
QStringList choicesFromText(const QString &text)
{
    QStringList choices;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            choices.append(trimmed);
    }
    return choices;
}

// Optional numbers, counts and dates typed into a box: empty means "no limit". Text that is not
// one yet (half typed) keeps the limit as it was rather than dropping it.
std::optional<double> numberFrom(const QString &text, std::optional<double> previous)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale::c().toDouble(t, &ok);
    if (!ok)
        value = QLocale().toDouble(t, &ok);
    return ok ? std::optional<double>(value) : previous;
}

std::optional<int> countFrom(const QString &text, std::optional<int> previous)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = t.toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : previous;
}

std::optional<QDate> dateFrom(const QString &text, std::optional<QDate> previous)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // Every spelling the fill-in form accepts (2020/4/1, 令和2年4月1日, R2.4.1 …), by the same parser.
    const Result<QDate> date = DateNormalizer::parseDate(t);
    return date ? std::optional<QDate>(date.value()) : previous;
}

QString numberText(std::optional<double> value)
{
    return value ? QLocale::c().toString(*value, 'g', 15) : QString();
}

QString countText(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

QString dateText(std::optional<QDate> value)
{
    return value ? value->toString(Qt::ISODate) : QString();
}

// Sets a box only when it says something else, so that the cursor stays where the user types.
void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setTextIfDifferent(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

// A row with an empty label that retranslateUi fills; the label is the box's buddy for Alt+key.
void addPropertyRow(QFormLayout *layout, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    label->setWordWrap(true);
    layout->addRow(label, field);
}

// "sections[1].fields[3].validation" → section 1, field 3: where Form::problems() points.
FieldPosition positionOfProblem(const Error &error)
{
    static const QRegularExpression pattern(QStringLiteral("^sections\\[(\\d+)\\]\\.fields\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = pattern.match(error.part);
    if (!match.hasMatch())
        return {};
    return { match.captured(1).toInt(), match.captured(2).toInt() };
}
} // namespace

FormDesigner::FormDesigner(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("formDesigner"));
    m_undoStack = new QUndoStack(this);
    m_model = new FormFieldListModel(this);
    m_commitTimer = new QTimer(this);
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(CommitPauseMs);
    connect(m_commitTimer, &QTimer::timeout, this, &FormDesigner::commitPendingEdit);

    // Filling the widgets while they are made is not an edit.
    m_refreshing = true;
    createActions();
    createWidgets();
    retranslateUi();
    m_refreshing = false;

    connect(m_model, &FormFieldListModel::moveRequested, this, &FormDesigner::moveField);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &FormDesigner::updateActions);
    setForm(Form {});
}

FormDesigner::~FormDesigner()
{
    // Children still emit while QWidget's destructor deletes them; by then this is no longer a
    // FormDesigner, so their connections to it go first (as in CleaningWorkbench).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void FormDesigner::createActions()
{
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("designerUndoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        commitPendingEdit();
        m_undoStack->undo();
    });
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("designerRedoAction"));
    m_redoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        commitPendingEdit();
        m_undoStack->redo();
    });
    // Window-wide like the workbench's, and enabled only while the designer is shown, so that the
    // two never answer the same key at once.
    for (QAction *action : { m_undoAction, m_redoAction })
        addAction(action);

    m_removeAction = new QAction(this);
    m_removeAction->setObjectName(QStringLiteral("removeFieldAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeAction, &QAction::triggered, this, &FormDesigner::removeSelected);
    m_upAction = new QAction(this);
    m_upAction->setObjectName(QStringLiteral("moveFieldUpAction"));
    m_upAction->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    m_upAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_upAction, &QAction::triggered, this, [this] { moveSelected(-1); });
    m_downAction = new QAction(this);
    m_downAction->setObjectName(QStringLiteral("moveFieldDownAction"));
    m_downAction->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    m_downAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_downAction, &QAction::triggered, this, [this] { moveSelected(1); });
    addAction(m_upAction);
    addAction(m_downAction);

    m_addMenu = new QMenu(this);
    m_addMenu->setObjectName(QStringLiteral("addFieldMenu"));
}

void FormDesigner::createWidgets()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("designerSplitter"));
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter);

    // Left: the fields, and the buttons that add, remove and move them.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    m_fieldsLabel = new QLabel(left);
    m_fieldsLabel->setObjectName(QStringLiteral("fieldsLabel"));
    leftLayout->addWidget(m_fieldsLabel);
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("fieldList"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDragEnabled(true);
    m_list->setDropIndicatorShown(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addAction(m_removeAction);
    m_list->addAction(m_upAction);
    m_list->addAction(m_downAction);
    m_fieldsLabel->setBuddy(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_refreshing)
                    return;
                // What was typed belongs to the item it was typed for.
                commitPendingEdit();
                const FieldPosition position = m_model->positionAt(current.row());
                m_selectedSection = position.section;
                m_selectedFieldId = current.data(FormFieldListModel::FieldIdRole).toString();
                refreshPanel();
                updateActions();
            });
    leftLayout->addWidget(m_list, 1);

    auto *addRow = new QHBoxLayout;
    m_addButton = new QToolButton(left);
    m_addButton->setObjectName(QStringLiteral("addFieldButton"));
    m_addButton->setMenu(m_addMenu);
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addRow->addWidget(m_addButton);
    m_addSectionButton = new QPushButton(left);
    m_addSectionButton->setObjectName(QStringLiteral("addSectionButton"));
    connect(m_addSectionButton, &QPushButton::clicked, this, &FormDesigner::addSection);
    addRow->addWidget(m_addSectionButton);
    addRow->addStretch(1);
    leftLayout->addLayout(addRow);
    auto *moveRow = new QHBoxLayout;
    m_removeButton = new QPushButton(left);
    m_removeButton->setObjectName(QStringLiteral("removeFieldButton"));
    connect(m_removeButton, &QPushButton::clicked, this, &FormDesigner::removeSelected);
    moveRow->addWidget(m_removeButton);
    m_upButton = new QPushButton(left);
    m_upButton->setObjectName(QStringLiteral("moveFieldUpButton"));
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    moveRow->addWidget(m_upButton);
    m_downButton = new QPushButton(left);
    m_downButton->setObjectName(QStringLiteral("moveFieldDownButton"));
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    moveRow->addWidget(m_downButton);
    moveRow->addStretch(1);
    leftLayout->addLayout(moveRow);
    auto *undoRow = new QHBoxLayout;
    m_undoButton = new QToolButton(left);
    m_undoButton->setObjectName(QStringLiteral("designerUndoButton"));
    m_undoButton->setDefaultAction(m_undoAction);
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    undoRow->addWidget(m_undoButton);
    m_redoButton = new QToolButton(left);
    m_redoButton->setObjectName(QStringLiteral("designerRedoButton"));
    m_redoButton->setDefaultAction(m_redoAction);
    m_redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    undoRow->addWidget(m_redoButton);
    undoRow->addStretch(1);
    leftLayout->addLayout(undoRow);

    // Middle: the form's, the section's or the field's properties, scrolled on a small screen.
    auto *scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("propertyScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *panel = new QWidget(scroll);
    auto *panelLayout = new QVBoxLayout(panel);
    scroll->setWidget(panel);

    const auto lineEdit = [this](QWidget *parent, const char *name) {
        auto *edit = new QLineEdit(parent);
        const QString property = QString::fromLatin1(name);
        edit->setObjectName(property);
        connect(edit, &QLineEdit::textEdited, this, [this, property] { schedulePanelCommit(property); });
        connect(edit, &QLineEdit::editingFinished, this, [this, property] {
            if (!m_refreshing && m_pendingProperty == property)
                commitPanel(property);
        });
        return edit;
    };
    const auto textEdit = [this](QWidget *parent, const char *name, int lines) {
        auto *edit = new QPlainTextEdit(parent);
        const QString property = QString::fromLatin1(name);
        edit->setObjectName(property);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, property] { schedulePanelCommit(property); });
        return edit;
    };

    m_formBox = new QGroupBox(panel);
    m_formBox->setObjectName(QStringLiteral("formPropertiesBox"));
    m_formLayout = new QFormLayout(m_formBox);
    m_formTitle = lineEdit(m_formBox, "formTitleEdit");
    addPropertyRow(m_formLayout, m_formTitle);
    m_formDescription = textEdit(m_formBox, "formDescriptionEdit", 2);
    addPropertyRow(m_formLayout, m_formDescription);
    panelLayout->addWidget(m_formBox);

    m_sectionBox = new QGroupBox(panel);
    m_sectionBox->setObjectName(QStringLiteral("sectionPropertiesBox"));
    m_sectionLayout = new QFormLayout(m_sectionBox);
    m_sectionTitle = lineEdit(m_sectionBox, "sectionTitleEdit");
    addPropertyRow(m_sectionLayout, m_sectionTitle);
    m_sectionDescription = textEdit(m_sectionBox, "sectionDescriptionEdit", 2);
    addPropertyRow(m_sectionLayout, m_sectionDescription);
    panelLayout->addWidget(m_sectionBox);

    m_fieldBox = new QGroupBox(panel);
    m_fieldBox->setObjectName(QStringLiteral("fieldPropertiesBox"));
    m_fieldLayout = new QFormLayout(m_fieldBox);
    m_fieldLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_label = lineEdit(m_fieldBox, "fieldLabelEdit");
    addPropertyRow(m_fieldLayout, m_label);
    m_id = new QLineEdit(m_fieldBox);
    m_id->setObjectName(QStringLiteral("fieldIdEdit"));
    m_id->setReadOnly(true); // stored answers are keyed by it
    addPropertyRow(m_fieldLayout, m_id);
    m_type = new QComboBox(m_fieldBox);
    m_type->setObjectName(QStringLiteral("fieldTypeCombo"));
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { commitPanel(QString()); });
    addPropertyRow(m_fieldLayout, m_type);
    m_required = new QCheckBox(m_fieldBox);
    m_required->setObjectName(QStringLiteral("fieldRequiredCheck"));
    connect(m_required, &QCheckBox::toggled, this, [this] {
        if (!m_refreshing)
            commitPanel(QString());
    });
    addPropertyRow(m_fieldLayout, m_required);
    m_help = lineEdit(m_fieldBox, "fieldHelpEdit");
    addPropertyRow(m_fieldLayout, m_help);
    m_default = lineEdit(m_fieldBox, "fieldDefaultEdit");
    addPropertyRow(m_fieldLayout, m_default);
    m_choices = textEdit(m_fieldBox, "fieldChoicesEdit", 5);
    addPropertyRow(m_fieldLayout, m_choices);
    m_minimum = lineEdit(m_fieldBox, "minimumEdit");
    addPropertyRow(m_fieldLayout, m_minimum);
    m_maximum = lineEdit(m_fieldBox, "maximumEdit");
    addPropertyRow(m_fieldLayout, m_maximum);
    m_minLength = lineEdit(m_fieldBox, "minLengthEdit");
    addPropertyRow(m_fieldLayout, m_minLength);
    m_maxLength = lineEdit(m_fieldBox, "maxLengthEdit");
    addPropertyRow(m_fieldLayout, m_maxLength);
    m_pattern = lineEdit(m_fieldBox, "patternEdit");
    addPropertyRow(m_fieldLayout, m_pattern);
    m_patternMessage = lineEdit(m_fieldBox, "patternMessageEdit");
    addPropertyRow(m_fieldLayout, m_patternMessage);
    m_earliest = lineEdit(m_fieldBox, "earliestEdit");
    m_earliest->setPlaceholderText(QStringLiteral("2024-04-01"));
    addPropertyRow(m_fieldLayout, m_earliest);
    m_latest = lineEdit(m_fieldBox, "latestEdit");
    m_latest->setPlaceholderText(QStringLiteral("2025-03-31"));
    addPropertyRow(m_fieldLayout, m_latest);
    m_minChoices = lineEdit(m_fieldBox, "minChoicesEdit");
    addPropertyRow(m_fieldLayout, m_minChoices);
    m_maxChoices = lineEdit(m_fieldBox, "maxChoicesEdit");
    addPropertyRow(m_fieldLayout, m_maxChoices);
    m_conditionField = new QComboBox(m_fieldBox);
    m_conditionField->setObjectName(QStringLiteral("conditionFieldCombo"));
    connect(m_conditionField, &QComboBox::currentIndexChanged, this, [this] { commitPanel(QString()); });
    addPropertyRow(m_fieldLayout, m_conditionField);
    m_conditionOperator = new QComboBox(m_fieldBox);
    m_conditionOperator->setObjectName(QStringLiteral("conditionOperatorCombo"));
    for (int i = 0; i < 3; ++i)
        m_conditionOperator->addItem(QString(), i);
    connect(m_conditionOperator, &QComboBox::currentIndexChanged, this, [this] { commitPanel(QString()); });
    addPropertyRow(m_fieldLayout, m_conditionOperator);
    m_conditionValue = lineEdit(m_fieldBox, "conditionValueEdit");
    addPropertyRow(m_fieldLayout, m_conditionValue);
    // For a yes/no or choice field the value is picked, not typed: はい stands for "yes".
    m_conditionChoice = new QComboBox(m_fieldBox);
    m_conditionChoice->setObjectName(QStringLiteral("conditionValueCombo"));
    connect(m_conditionChoice, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing)
            commitPanel(QString());
    });
    addPropertyRow(m_fieldLayout, m_conditionChoice);
    m_explanation = new QLabel(m_fieldBox);
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
    addPropertyRow(m_fieldLayout, m_explanation);
    panelLayout->addWidget(m_fieldBox);

    m_panelHint = new QLabel(panel);
    m_panelHint->setObjectName(QStringLiteral("propertyHintLabel"));
    m_panelHint->setWordWrap(true);
    panelLayout->addWidget(m_panelHint);
    panelLayout->addStretch(1);

    // Right: the real fill-in widget as preview, and what keeps the form from being used.
    auto *right = new QSplitter(Qt::Vertical, splitter);
    right->setObjectName(QStringLiteral("previewSplitter"));
    auto *previewBox = new QWidget(right);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewLabel = new QLabel(previewBox);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    previewLayout->addWidget(m_previewLabel);
    m_preview = new FormFillWidget(previewBox);
    m_preview->setObjectName(QStringLiteral("formPreview"));
    m_preview->setPreviewMode(true);
    previewLayout->addWidget(m_preview, 1);
    auto *problemsBox = new QWidget(right);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    m_problemsLabel = new QLabel(problemsBox);
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setWordWrap(true);
    problemsLayout->addWidget(m_problemsLabel);
    m_problems = new QListWidget(problemsBox);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setWordWrap(true);
    m_problemsLabel->setBuddy(m_problems);
    connect(m_problems, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            selectField(id);
        else if (item->data(Qt::UserRole + 1).toInt() >= 0)
            selectSection(item->data(Qt::UserRole + 1).toInt());
    });
    connect(m_problems, &QListWidget::itemActivated, m_problems, &QListWidget::itemClicked);
    problemsLayout->addWidget(m_problems, 1);
    right->addWidget(previewBox);
    right->addWidget(problemsBox);
    right->setStretchFactor(0, 4);
    right->setStretchFactor(1, 1);

    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    // At 1366 px: about 300 for the list, 420 for the properties, the rest for the preview.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 4);
    splitter->setSizes({ 300, 420, 560 });
    left->setMinimumWidth(200);
    scroll->setMinimumWidth(280);
}

void FormDesigner::retranslateUi()
{
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_removeAction->setText(tr("&Remove"));
    m_upAction->setText(tr("Move &Up"));
    m_downAction->setText(tr("Move &Down"));
    m_fieldsLabel->setText(tr("&Fields"));
    m_list->setAccessibleName(tr("Sections and fields"));
    m_list->setToolTip(tr("Drag a field to move it, also into another section."));
    m_addButton->setText(tr("Add field"));
    m_addButton->setAccessibleName(tr("Add field"));
    m_addSectionButton->setText(tr("Add section"));
    m_removeButton->setText(tr("Remove"));
    m_upButton->setText(tr("Move up"));
    m_upButton->setToolTip(tr("Move the selected field up (Alt+Shift+Up)"));
    m_downButton->setText(tr("Move down"));
    m_downButton->setToolTip(tr("Move the selected field down (Alt+Shift+Down)"));

    m_formBox->setTitle(tr("Form"));
    m_formLayout->labelForField(m_formTitle)->setProperty("text", tr("Title"));
    m_formLayout->labelForField(m_formDescription)->setProperty("text", tr("Description"));
    m_sectionBox->setTitle(tr("Section"));
    m_sectionLayout->labelForField(m_sectionTitle)->setProperty("text", tr("Heading"));
    m_sectionLayout->labelForField(m_sectionDescription)->setProperty("text", tr("Description"));
    m_fieldBox->setTitle(tr("Field"));
    const auto label = [this](QWidget *field, const QString &text) {
        if (QWidget *l = m_fieldLayout->labelForField(field))
            l->setProperty("text", text);
    };
    label(m_label, tr("Label"));
    label(m_id, tr("Id"));
    m_id->setToolTip(tr("Saved answers are kept under this name; it does not change when the label does."));
    label(m_type, tr("Type"));
    m_required->setText(tr("Required"));
    label(m_help, tr("Help text"));
    label(m_default, tr("Default"));
    label(m_choices, tr("Choices"));
    m_choices->setToolTip(tr("One choice per line, in the order shown."));
    label(m_minimum, tr("Smallest value"));
    label(m_maximum, tr("Largest value"));
    label(m_minLength, tr("Fewest characters"));
    label(m_maxLength, tr("Most characters"));
    label(m_pattern, tr("Pattern"));
    m_pattern->setToolTip(tr("A regular expression that the whole answer must match."));
    label(m_patternMessage, tr("Message when it does not match"));
    label(m_earliest, tr("Earliest date"));
    label(m_latest, tr("Latest date"));
    label(m_minChoices, tr("Fewest choices"));
    label(m_maxChoices, tr("Most choices"));
    label(m_conditionField, tr("Show only when"));
    label(m_conditionOperator, tr("Condition"));
    m_conditionOperator->setItemText(0, tr("is answered"));
    m_conditionOperator->setItemText(1, tr("equals"));
    m_conditionOperator->setItemText(2, tr("is answered and is not"));
    label(m_conditionValue, tr("Value"));
    label(m_conditionChoice, tr("Value"));
    m_conditionValue->setToolTip(tr("The answer that shows this field, as it would be typed."));
    m_conditionChoice->setToolTip(tr("The answer that shows this field."));
    label(m_explanation, tr("Why proposed"));
    const int typeIndex = m_type->currentIndex();
    {
        const QSignalBlocker blocker(m_type);
        m_type->clear();
        for (FieldType type : AllTypes)
            m_type->addItem(fieldTypeDisplayName(type), int(type));
        m_type->setCurrentIndex(typeIndex);
    }

    m_previewLabel->setText(tr("Preview: how the form looks to the person filling it in"));
    m_preview->setAccessibleName(tr("Preview of the form"));
    m_problems->setAccessibleName(tr("Problems of the form"));
    rebuildAddFieldMenu();
    refreshPanel();
    updateProblems();
    updateActions();
}

void FormDesigner::rebuildAddFieldMenu()
{
    m_addMenu->clear();
    for (FieldType type : AllTypes) {
        QAction *action = m_addMenu->addAction(fieldTypeDisplayName(type));
        action->setObjectName(QStringLiteral("addField_") + fieldTypeName(type));
        connect(action, &QAction::triggered, this, [this, type] { addField(type); });
    }
}

void FormDesigner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_list->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void FormDesigner::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActions();
}

void FormDesigner::hideEvent(QHideEvent *event)
{
    commitPendingEdit();
    QWidget::hideEvent(event);
    updateActions();
}

void FormDesigner::updateActions()
{
    const bool visible = isVisible();
    m_undoAction->setEnabled(visible && m_undoStack->canUndo());
    m_redoAction->setEnabled(visible && m_undoStack->canRedo());
    m_undoAction->setToolTip(m_undoStack->canUndo() ? tr("Undo %1").arg(m_undoStack->undoText()) : QString());
    m_redoAction->setToolTip(m_undoStack->canRedo() ? tr("Redo %1").arg(m_undoStack->redoText()) : QString());

    const int section = m_selectedSection;
    const bool field = !m_selectedFieldId.isEmpty();
    bool canUp = false;
    bool canDown = false;
    if (field) {
        const FieldPosition p = m_model->positionAt(m_model->rowOfField(m_selectedFieldId));
        canUp = p.section > 0 || p.index > 0;
        canDown = p.section >= 0
            && (p.section < m_form.sections.size() - 1 || p.index < m_form.sections.at(p.section).fields.size() - 1);
    } else if (section >= 0) {
        canUp = section > 0;
        canDown = section < m_form.sections.size() - 1;
    }
    const bool canRemove = field || (section >= 0 && m_form.sections.size() > 1);
    m_removeButton->setEnabled(canRemove);
    m_removeAction->setEnabled(canRemove);
    m_upButton->setEnabled(canUp);
    m_upAction->setEnabled(canUp);
    m_downButton->setEnabled(canDown);
    m_downAction->setEnabled(canDown);
    m_removeButton->setText(field || section < 0 ? tr("Remove field") : tr("Remove section"));
}

void FormDesigner::setForm(const Form &form)
{
    m_commitTimer->stop();
    m_pendingProperty.clear();
    m_undoStack->clear();
    m_form = form;
    // A form always has a section to add fields to.
    if (m_form.sections.isEmpty())
        m_form.sections.append(FormSection {});
    const QList<FormField> fields = m_form.fields();
    m_selectedFieldId = fields.isEmpty() ? QString() : fields.first().id;
    m_selectedSection = 0;
    m_model->setForm(m_form);
    m_preview->setForm(m_form);
    if (m_selectedFieldId.isEmpty())
        selectSection(0);
    else
        selectField(m_selectedFieldId);
    updateProblems();
    updateActions();
}

void FormDesigner::replaceForm(const Form &form, const QString &undoText)
{
    commitPendingEdit();
    Form replacement = form;
    if (replacement.sections.isEmpty())
        replacement.sections.append(FormSection {});
    const QList<FormField> fields = replacement.fields();
    edit(undoText, QString(), [&replacement](Form &current) { current = replacement; });
    if (!fields.isEmpty())
        selectField(fields.first().id);
}

QString FormDesigner::currentFieldId() const
{
    return m_selectedFieldId;
}

int FormDesigner::currentSection() const
{
    return m_selectedSection;
}

void FormDesigner::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index); // currentChanged fills the panel
    m_list->scrollTo(index);
    // Already current (a reset keeps no current row, so this is rare): fill it anyway.
    const FieldPosition position = m_model->positionAt(row);
    m_selectedSection = position.section;
    m_selectedFieldId = index.data(FormFieldListModel::FieldIdRole).toString();
    refreshPanel();
    updateActions();
}

void FormDesigner::selectField(const QString &fieldId)
{
    commitPendingEdit();
    const int row = m_model->rowOfField(fieldId);
    if (row >= 0)
        selectRow(row);
}

void FormDesigner::selectSection(int section)
{
    commitPendingEdit();
    const int row = m_model->rowOfSection(section);
    if (row >= 0)
        selectRow(row);
}

FormField *FormDesigner::selectedField(Form &form) const
{
    return m_selectedFieldId.isEmpty() ? nullptr : form.field(m_selectedFieldId);
}

void FormDesigner::edit(const QString &text, const QString &mergeKey, const std::function<void(Form &)> &change)
{
    Form after = m_form;
    change(after);
    if (after == m_form)
        return;
    m_undoStack->push(new FormEditCommand([this](const Form &form) { applyForm(form); }, m_form, std::move(after),
                                          text, mergeKey));
}

void FormDesigner::applyForm(const Form &form)
{
    m_form = form;
    m_model->setForm(m_form);
    // Keep the selection on the same field, or on its section when the field is gone (undo of an add).
    m_refreshing = true;
    int row = m_selectedFieldId.isEmpty() ? -1 : m_model->rowOfField(m_selectedFieldId);
    if (row < 0) {
        m_selectedFieldId.clear();
        m_selectedSection = qBound(0, m_selectedSection, int(m_form.sections.size()) - 1);
        row = m_model->rowOfSection(m_selectedSection);
    } else {
        m_selectedSection = m_model->positionAt(row).section;
    }
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    m_refreshing = false;
    refreshPanel();
    m_preview->setForm(m_form);
    updateProblems();
    updateActions();
    emit formChanged();
}

void FormDesigner::addField(FieldType type)
{
    commitPendingEdit();
    FormField field;
    field.type = type;
    field.id = m_form.uniqueFieldId(fieldTypeName(type));
    field.label = fieldTypeDisplayName(type);
    if (fieldTypeHasChoices(type))
        field.choices = { tr("Choice 1"), tr("Choice 2") }; // a usable field from the start
    // After the selected field, or at the end of the selected section.
    int section = qBound(0, m_selectedSection, int(m_form.sections.size()) - 1);
    int at = -1;
    if (!m_selectedFieldId.isEmpty()) {
        const FieldPosition p = m_model->positionAt(m_model->rowOfField(m_selectedFieldId));
        if (p.section >= 0) {
            section = p.section;
            at = p.index + 1;
        }
    }
    m_selectedFieldId = field.id;
    edit(tr("Add “%1”").arg(field.label), QString(), [&](Form &form) {
        if (form.sections.isEmpty())
            form.sections.append(FormSection {});
        QList<FormField> &fields = form.sections[section].fields;
        fields.insert(at < 0 ? fields.size() : qMin(at, int(fields.size())), field);
    });
    m_label->setFocus();
    m_label->selectAll();
}

void FormDesigner::addSection()
{
    commitPendingEdit();
    const int at = m_selectedSection < 0 ? int(m_form.sections.size()) : m_selectedSection + 1;
    FormSection section;
    section.title = tr("New section");
    m_selectedFieldId.clear();
    m_selectedSection = at;
    edit(tr("Add section"), QString(), [&](Form &form) { form.sections.insert(qMin(at, int(form.sections.size())), section); });
    m_sectionTitle->setFocus();
    m_sectionTitle->selectAll();
}

void FormDesigner::removeSelected()
{
    commitPendingEdit();
    if (!m_selectedFieldId.isEmpty()) {
        const FieldPosition p = m_model->positionAt(m_model->rowOfField(m_selectedFieldId));
        if (p.section < 0)
            return;
        const QString label = m_form.sections.at(p.section).fields.at(p.index).label;
        // The selection goes to the next field, or the one before, or the section.
        const QList<FormField> &fields = m_form.sections.at(p.section).fields;
        m_selectedFieldId = p.index + 1 < fields.size() ? fields.at(p.index + 1).id
            : p.index > 0                               ? fields.at(p.index - 1).id
                                                        : QString();
        edit(tr("Remove “%1”").arg(label), QString(),
             [p](Form &form) { form.sections[p.section].fields.removeAt(p.index); });
        return;
    }
    const int section = m_selectedSection;
    if (section < 0 || section >= m_form.sections.size() || m_form.sections.size() < 2)
        return;
    // Removing a heading never removes questions: its fields join the section above (or below).
    edit(tr("Remove section"), QString(), [section](Form &form) {
        const QList<FormField> fields = form.sections.takeAt(section).fields;
        if (section > 0)
            form.sections[section - 1].fields.append(fields);
        else
            form.sections[0].fields = fields + form.sections[0].fields;
    });
}

void FormDesigner::moveSelected(int delta)
{
    commitPendingEdit();
    if (delta == 0)
        return;
    if (m_selectedFieldId.isEmpty()) {
        const int from = m_selectedSection;
        const int to = from + (delta < 0 ? -1 : 1);
        if (from < 0 || to < 0 || to >= m_form.sections.size())
            return;
        m_selectedSection = to;
        edit(tr("Move section"), QString(), [from, to](Form &form) { form.sections.move(from, to); });
        return;
    }
    const FieldPosition p = m_model->positionAt(m_model->rowOfField(m_selectedFieldId));
    if (p.section < 0)
        return;
    const int count = int(m_form.sections.at(p.section).fields.size());
    FieldPosition to;
    if (delta < 0) {
        if (p.index > 0)
            to = { p.section, p.index - 1 };
        else if (p.section > 0)
            to = { p.section - 1, int(m_form.sections.at(p.section - 1).fields.size()) };
        else
            return;
    } else {
        if (p.index < count - 1)
            to = { p.section, p.index + 2 };
        else if (p.section < m_form.sections.size() - 1)
            to = { p.section + 1, 0 };
        else
            return;
    }
    moveField(p, to);
}

void FormDesigner::moveField(FieldPosition from, FieldPosition to)
{
    commitPendingEdit();
    if (from.section < 0 || from.section >= m_form.sections.size() || from.index < 0
        || from.index >= m_form.sections.at(from.section).fields.size() || to.section < 0
        || to.section >= m_form.sections.size())
        return;
    const FormField moved = m_form.sections.at(from.section).fields.at(from.index);
    m_selectedFieldId = moved.id;
    edit(tr("Move “%1”").arg(moved.label), QString(), [from, to](Form &form) {
        QList<FormField> &source = form.sections[from.section].fields;
        const FormField field = source.takeAt(from.index);
        int at = to.index;
        if (to.section == from.section && at > from.index)
            --at; // counted with the field still in its old place
        QList<FormField> &target = form.sections[to.section].fields;
        target.insert(qBound(0, at, int(target.size())), field);
    });
}

void FormDesigner::refreshPanel()
{
    const bool wasRefreshing = m_refreshing;
    m_refreshing = true;
    setTextIfDifferent(m_formTitle, m_form.title);
    setTextIfDifferent(m_formDescription, m_form.description);

    const FormField *field = m_selectedFieldId.isEmpty() ? nullptr : m_form.field(m_selectedFieldId);
    const bool sectionShown = !field && m_selectedSection >= 0 && m_selectedSection < m_form.sections.size();
    m_sectionBox->setVisible(sectionShown);
    m_fieldBox->setVisible(field != nullptr);
    if (sectionShown) {
        const FormSection &section = m_form.sections.at(m_selectedSection);
        setTextIfDifferent(m_sectionTitle, section.title);
        setTextIfDifferent(m_sectionDescription, section.description);
    }
    m_panelHint->setText(field || sectionShown ? QString()
                                               : tr("Choose a field on the left to change it, or add one."));
    m_panelHint->setVisible(!field && !sectionShown);

    if (field) {
        setTextIfDifferent(m_label, field->label);
        setTextIfDifferent(m_id, field->id);
        m_type->setCurrentIndex(m_type->findData(int(field->type)));
        m_required->setChecked(field->required);
        setTextIfDifferent(m_help, field->help);
        setTextIfDifferent(m_default, field->defaultValue);
        if (choicesFromText(m_choices->toPlainText()) != field->choices)
            m_choices->setPlainText(field->choices.join(u'\n'));
        const FieldValidation &v = field->validation;
        // Half-typed numbers stay as typed while they still mean the stored value.
        const auto setNumber = [](QLineEdit *edit, std::optional<double> value) {
            if (numberFrom(edit->text(), std::nullopt) != value || edit->text().trimmed().isEmpty() != !value)
                edit->setText(numberText(value));
        };
        const auto setCount = [](QLineEdit *edit, std::optional<int> value) {
            if (countFrom(edit->text(), std::nullopt) != value)
                edit->setText(countText(value));
        };
        const auto setDate = [](QLineEdit *edit, std::optional<QDate> value) {
            if (dateFrom(edit->text(), std::nullopt) != value)
                edit->setText(dateText(value));
        };
        setNumber(m_minimum, v.minimum);
        setNumber(m_maximum, v.maximum);
        setCount(m_minLength, v.minLength);
        setCount(m_maxLength, v.maxLength);
        setTextIfDifferent(m_pattern, v.pattern);
        setTextIfDifferent(m_patternMessage, v.patternMessage);
        setDate(m_earliest, v.earliest);
        setDate(m_latest, v.latest);
        setCount(m_minChoices, v.minChoices);
        setCount(m_maxChoices, v.maxChoices);

        // A condition can only look at an earlier field that holds an answer.
        m_conditionField->clear();
        m_conditionField->addItem(tr("(always shown)"), QString());
        for (const FormField &earlier : m_form.fields()) {
            if (earlier.id == field->id)
                break;
            if (fieldTypeHoldsAnswer(earlier.type))
                m_conditionField->addItem(earlier.label.isEmpty() ? earlier.id : earlier.label, earlier.id);
        }
        if (field->condition) {
            int index = m_conditionField->findData(field->condition->fieldId);
            if (index < 0) { // an unknown field: shown, so that the problem can be seen and fixed
                m_conditionField->addItem(field->condition->fieldId, field->condition->fieldId);
                index = m_conditionField->count() - 1;
            }
            m_conditionField->setCurrentIndex(index);
            m_conditionOperator->setCurrentIndex(int(field->condition->op));
            setTextIfDifferent(m_conditionValue, field->condition->value);
        } else {
            m_conditionField->setCurrentIndex(0);
            m_conditionOperator->setCurrentIndex(0);
            setTextIfDifferent(m_conditionValue, QString());
        }
        const bool picked = fillConditionChoices(*field);
        m_explanation->setText(field->explanation);
        updateValidationRows(field->type);
        m_fieldLayout->setRowVisible(m_explanation, !field->explanation.isEmpty());
        const bool conditional = field->condition.has_value();
        m_fieldLayout->setRowVisible(m_conditionOperator, conditional);
        const bool needsValue = conditional && field->condition->op != FieldCondition::Operator::HasValue;
        m_fieldLayout->setRowVisible(m_conditionValue, needsValue && !picked);
        m_fieldLayout->setRowVisible(m_conditionChoice, needsValue && picked);
    }
    m_refreshing = wasRefreshing;
}

bool FormDesigner::fillConditionChoices(const FormField &field)
{
    const QSignalBlocker blocker(m_conditionChoice);
    m_conditionChoice->clear();
    const FormField *controlling = field.condition ? m_form.field(field.condition->fieldId) : nullptr;
    if (!controlling || !(controlling->type == FieldType::YesNo || fieldTypeHasChoices(controlling->type)))
        return false;
    if (controlling->type == FieldType::YesNo) {
        m_conditionChoice->addItem(FormValidator::yesText(), QStringLiteral("yes"));
        m_conditionChoice->addItem(FormValidator::noText(), QStringLiteral("no"));
    } else {
        for (const QString &choice : controlling->choices)
            m_conditionChoice->addItem(choice, choice);
    }
    const QString value = field.condition->value;
    int index = m_conditionChoice->findData(value);
    if (index < 0 && !value.isEmpty()) { // a value that fits no choice: shown, so that it can be fixed
        m_conditionChoice->addItem(value, value);
        index = m_conditionChoice->count() - 1;
    }
    m_conditionChoice->setCurrentIndex(index);
    return true;
}

void FormDesigner::updateValidationRows(FieldType type)
{
    const bool number = type == FieldType::Integer || type == FieldType::Decimal;
    const bool text = type == FieldType::Text || type == FieldType::MultilineText;
    const bool length = text || type == FieldType::Email;
    const bool answers = fieldTypeHoldsAnswer(type);
    m_fieldLayout->setRowVisible(m_required, answers);
    m_fieldLayout->setRowVisible(m_default, answers);
    m_fieldLayout->setRowVisible(m_choices, fieldTypeHasChoices(type));
    m_fieldLayout->setRowVisible(m_minimum, number);
    m_fieldLayout->setRowVisible(m_maximum, number);
    m_fieldLayout->setRowVisible(m_minLength, length);
    m_fieldLayout->setRowVisible(m_maxLength, length);
    m_fieldLayout->setRowVisible(m_pattern, text);
    m_fieldLayout->setRowVisible(m_patternMessage, text);
    m_fieldLayout->setRowVisible(m_earliest, type == FieldType::Date);
    m_fieldLayout->setRowVisible(m_latest, type == FieldType::Date);
    m_fieldLayout->setRowVisible(m_minChoices, type == FieldType::Choices);
    m_fieldLayout->setRowVisible(m_maxChoices, type == FieldType::Choices);
    // The label of a note is its text; it has nothing else to set but help.
    if (QWidget *l = m_fieldLayout->labelForField(m_label))
        l->setProperty("text", type == FieldType::Note ? tr("Text") : tr("Label"));
}

void FormDesigner::updateProblems()
{
    m_problems->clear();
    const QList<Error> problems = m_form.problems();
    for (const Error &problem : problems) {
        auto *item = new QListWidgetItem(problem.message, m_problems);
        const FieldPosition p = positionOfProblem(problem);
        QString id;
        if (p.section >= 0 && p.section < m_form.sections.size() && p.index < m_form.sections.at(p.section).fields.size())
            id = m_form.sections.at(p.section).fields.at(p.index).id;
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1, p.section);
        item->setToolTip(problem.message);
    }
    m_problemsLabel->setText(problems.isEmpty()
                                 ? tr("No problems: the form can be filled in.")
                                 : tr("%n problem(s) to fix before the form can be used (click one to go to it):",
                                      nullptr, int(problems.size())));
    m_problems->setVisible(!problems.isEmpty());
}

void FormDesigner::schedulePanelCommit(const QString &property)
{
    if (m_refreshing)
        return;
    if (!m_pendingProperty.isEmpty() && m_pendingProperty != property)
        commitPendingEdit();
    m_pendingProperty = property;
    m_commitTimer->start();
}

void FormDesigner::commitPendingEdit()
{
    // A copy: commitPanel clears the member it would otherwise be reading.
    const QString property = m_pendingProperty;
    if (!property.isEmpty())
        commitPanel(property);
}

void FormDesigner::commitPanel(const QString &property)
{
    if (m_refreshing)
        return;
    m_commitTimer->stop();
    m_pendingProperty.clear();
    Form after = m_form;
    readPanelInto(after);
    if (after == m_form)
        return;
    // Typing into one box of one item is one undo step, however many pauses it had.
    QString owner;
    QString name;
    if (!m_selectedFieldId.isEmpty()) {
        owner = m_selectedFieldId;
        const FormField *field = m_form.field(m_selectedFieldId);
        name = field ? field->label : m_selectedFieldId;
    } else if (property.startsWith(u"section")) {
        owner = QStringLiteral("section:%1").arg(m_selectedSection);
        name = m_form.sections.value(m_selectedSection).title;
    }
    if (property.startsWith(u"form")) {
        owner = QStringLiteral("form");
        name = tr("the form");
    }
    const QString mergeKey = property.isEmpty() ? QString() : owner + u'/' + property;
    edit(tr("Change “%1”").arg(name), mergeKey, [&after](Form &form) { form = after; });
}

void FormDesigner::readPanelInto(Form &form) const
{
    form.title = m_formTitle->text().trimmed();
    form.description = m_formDescription->toPlainText().trimmed();
    if (m_selectedFieldId.isEmpty()) {
        if (m_selectedSection >= 0 && m_selectedSection < form.sections.size()) {
            form.sections[m_selectedSection].title = m_sectionTitle->text().trimmed();
            form.sections[m_selectedSection].description = m_sectionDescription->toPlainText().trimmed();
        }
        return;
    }
    FormField *field = form.field(m_selectedFieldId);
    if (!field)
        return;
    field->label = m_label->text().trimmed();
    if (m_type->currentIndex() >= 0)
        field->type = FieldType(m_type->currentData().toInt());
    field->required = fieldTypeHoldsAnswer(field->type) && m_required->isChecked();
    field->help = m_help->text().trimmed();
    field->defaultValue = m_default->text();
    field->choices = choicesFromText(m_choices->toPlainText());
    FieldValidation &v = field->validation;
    v.minimum = numberFrom(m_minimum->text(), v.minimum);
    v.maximum = numberFrom(m_maximum->text(), v.maximum);
    v.minLength = countFrom(m_minLength->text(), v.minLength);
    v.maxLength = countFrom(m_maxLength->text(), v.maxLength);
    v.pattern = m_pattern->text();
    v.patternMessage = m_patternMessage->text().trimmed();
    v.earliest = dateFrom(m_earliest->text(), v.earliest);
    v.latest = dateFrom(m_latest->text(), v.latest);
    v.minChoices = countFrom(m_minChoices->text(), v.minChoices);
    v.maxChoices = countFrom(m_maxChoices->text(), v.maxChoices);
    const QString conditionId = m_conditionField->currentData().toString();
    if (conditionId.isEmpty()) {
        field->condition.reset();
    } else {
        FieldCondition condition;
        condition.fieldId = conditionId;
        condition.op = FieldCondition::Operator(qBound(0, m_conditionOperator->currentIndex(), 2));
        const FormField *controlling = m_form.field(conditionId);
        const bool picked = controlling
            && (controlling->type == FieldType::YesNo || fieldTypeHasChoices(controlling->type));
        if (condition.op == FieldCondition::Operator::HasValue)
            condition.value = QString();
        else if (picked)
            condition.value = m_conditionChoice->currentIndex() >= 0 ? m_conditionChoice->currentData().toString() : QString();
        else
            condition.value = m_conditionValue->text().trimmed();
        field->condition = condition;
    }
}

} // namespace tenarai
