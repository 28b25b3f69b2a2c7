#include "StepListModel.h"

#include "EnableStepCommand.h"
#include "MoveStepCommand.h"
#include "RecipeDocument.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <QMimeData>
#include <QPalette>
#include <QUndoStack>

namespace tenarai {

namespace {
const QString RowMimeType = QStringLiteral("application/x-tenarai-step-row");

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}
} // namespace

StepListModel::StepListModel(RecipeDocument *document, QUndoStack *undoStack, QObject *parent)
    : QAbstractListModel(parent), m_document(document), m_undoStack(undoStack)
{
    connect(document, &RecipeDocument::aboutToInsertStep, this, [this](int at) { beginInsertRows({}, at, at); });
    connect(document, &RecipeDocument::stepInserted, this, [this] { endInsertRows(); });
    connect(document, &RecipeDocument::aboutToRemoveStep, this, [this](int at) { beginRemoveRows({}, at, at); });
    connect(document, &RecipeDocument::stepRemoved, this, [this] { endRemoveRows(); });
    connect(document, &RecipeDocument::aboutToMoveStep, this, [this](int from, int to) {
        // Qt counts the destination before the move: one past the target when moving down.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(document, &RecipeDocument::stepMoved, this, [this] { endMoveRows(); });
    connect(document, &RecipeDocument::stepChanged, this, [this](int row) {
        emit dataChanged(index(row), index(row));
    });
    connect(document, &RecipeDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &RecipeDocument::reset, this, [this] { endResetModel(); });
}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->stepCount();
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_document->stepCount())
        return {};
    const Step &step = m_document->step(index.row());
    const bool enabled = m_document->isEnabled(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString details = summary(step);
        return details.isEmpty() ? step.title() : tr("%1 — %2").arg(step.title(), details);
    }
    case Qt::ToolTipRole: {
        QString tip = step.title();
        if (!enabled)
            tip = tr("%1 (turned off: the recipe skips this step)").arg(tip);
        if (index.row() == m_failedStep)
            tip = tr("%1 (this step could not run)").arg(tip);
        return tip;
    }
    case Qt::CheckStateRole:
        return enabled ? Qt::Checked : Qt::Unchecked;
    case Qt::ForegroundRole:
        if (index.row() == m_failedStep)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (!enabled)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

bool StepListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole)
        return false;
    const bool enabled = value.value<Qt::CheckState>() == Qt::Checked;
    if (enabled != m_document->isEnabled(index.row()))
        m_undoStack->push(new EnableStepCommand(m_document, index.row(), enabled));
    return true;
}

Qt::ItemFlags StepListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land between rows, never onto one
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled;
}

bool StepListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                             const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= m_document->stepCount())
        return false;
    const int to = qBound(0, destinationChild > sourceRow ? destinationChild - 1 : destinationChild,
                          m_document->stepCount() - 1);
    if (to != sourceRow)
        m_undoStack->push(new MoveStepCommand(m_document, sourceRow, to));
    return true;
}

QStringList StepListModel::mimeTypes() const
{
    return { RowMimeType };
}

QMimeData *StepListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1 || !indexes.first().isValid())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(RowMimeType, QByteArray::number(indexes.first().row()));
    return data;
}

bool StepListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    Q_UNUSED(column);
    if (!data || action != Qt::MoveAction || !data->hasFormat(RowMimeType))
        return false;
    bool ok = false;
    const int source = data->data(RowMimeType).toInt(&ok);
    if (!ok)
        return false;
    // Dropped onto a row: before it. Dropped below every row: at the end.
    const int destination = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    return moveRows({}, source, 1, {}, destination);
}

void StepListModel::setFailedStep(int index)
{
    if (index == m_failedStep)
        return;
    const int previous = m_failedStep;
    m_failedStep = index;
    for (int row : { previous, index }) {
        if (row >= 0 && row < rowCount())
            emit dataChanged(this->index(row), this->index(row));
    }
}

QString StepListModel::summary(const Step &step)
{
    const QJsonObject parameters = step.parameters();
    const QString separator = tr(", ");
    QStringList parts;
    for (const ParameterSpec &spec : step.parameterSpecs()) {
        const QJsonValue value = parameters.value(spec.key);
        switch (spec.kind) {
        case ParameterSpec::Kind::Column:
            if (!value.toString().isEmpty())
                parts << value.toString();
            break;
        case ParameterSpec::Kind::Columns: {
            const QStringList names = stringsOf(value);
            if (!names.isEmpty())
                parts << names.join(separator);
            else if (spec.optional)
                parts << tr("every column");
            break;
        }
        case ParameterSpec::Kind::Text:
            if (value.isString())
                parts << tr("“%1”").arg(value.toString());
            break;
        case ParameterSpec::Kind::TextList: {
            QStringList quoted;
            for (const QString &text : stringsOf(value))
                quoted << tr("“%1”").arg(text);
            if (!quoted.isEmpty())
                parts << quoted.join(separator);
            break;
        }
        case ParameterSpec::Kind::Integer:
            if (value.isDouble())
                parts << tr("%1: %2").arg(spec.label, QLocale().toString(value.toInteger()));
            break;
        case ParameterSpec::Kind::Boolean:
            if (value.toBool())
                parts << spec.label;
            break;
        case ParameterSpec::Kind::Choice:
            // Steps leave a default choice out of parameters(), so the summary names only
            // what the user chose.
            for (const ParameterSpec::Choice &choice : spec.choices) {
                if (value.isString() && choice.value == value.toString())
                    parts << choice.label;
            }
            break;
        case ParameterSpec::Kind::ValueMap:
            if (value.isObject() && !value.toObject().isEmpty())
                parts << tr("%n replacement(s)", nullptr, int(value.toObject().size()));
            break;
        case ParameterSpec::Kind::IntegerList: {
            QStringList numbers;
            for (const QJsonValue &v : value.toArray())
                numbers << QLocale().toString(v.toInteger());
            if (!numbers.isEmpty())
                parts << tr("%1: %2").arg(spec.label, numbers.join(separator));
            break;
        }
        case ParameterSpec::Kind::SortKeys: {
            QStringList keys;
            for (const QJsonValue &v : value.toArray()) {
                const QJsonObject key = v.toObject();
                const QString column = key.value(QStringLiteral("column")).toString();
                keys << (key.value(QStringLiteral("descending")).toBool() ? tr("%1 (largest first)").arg(column)
                                                                         : column);
            }
            if (!keys.isEmpty())
                parts << keys.join(separator);
            break;
        }
        }
    }
    return parts.join(separator);
}

} // namespace tenarai
