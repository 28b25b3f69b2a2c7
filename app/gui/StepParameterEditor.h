#pragma once

#include "cleaning/Step.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QFormLayout;
class QLabel;

namespace tenarai {

// The settings panel of the selected step, generated from Step::parameterSpecs() so that it
// works for every step without knowing it:
//   Column   -> a list to pick one of the input table's columns
//   Columns  -> a list of check boxes, one per column (empty: every column, when optional)
//   Text     -> a line of text
//   TextList -> several lines of text, one value per line. Not split at 、 or commas: values such
//               as 「1,000」 or 「東京都、大阪府」 contain them, and a line break never appears in a
//               value typed into a line of a settings panel.
//   Integer  -> a number box; Boolean -> a check box; Choice -> a list of the choices' labels
//   ValueMap -> a two-column table, "Written as" and "Replace with"; a row left empty is ignored
//   IntegerList -> a line of whole numbers separated by commas, 、 or spaces (numbers contain none)
//   SortKeys -> rows of a column and a "largest first" box, with buttons to add and remove rows
// Each change is checked on a copy of the step first. A refused change shows the step's own
// message under the fields and changes nothing; an accepted one is announced for an undo command.
// Typing is committed after a short pause or when the field is left.
class StepParameterEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StepParameterEditor(QWidget *parent = nullptr);

    // Shows the settings of step (nullptr: nothing selected) at index in the recipe. columns are
    // the names of the columns the step receives.
    void setStep(int index, const Step *step, const QStringList &columns);
    // Brings the panel up to date after the document changed (an undo, say) without rebuilding
    // the fields the user is typing in when they already show the step's settings.
    void updateFrom(int index, const Step *step, const QStringList &columns);
    // Commits typing that is still waiting for its pause.
    void flush();

    QString errorText() const;
    int stepIndex() const { return m_index; }

signals:
    void parametersEdited(int stepIndex, const QJsonObject &parameters, const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void clearFields();
    QWidget *createField(const ParameterSpec &spec);
    // Sets one parameter (an undefined value removes it), checks it and announces it.
    void commit(const QString &key, const QJsonValue &value);
    void commitLater(std::function<void()> commit);
    void showError(const QString &text);

    int m_index = -1;
    std::unique_ptr<Step> m_step;       // a copy: the recipe's step may go while this shows it
    QStringList m_columns;
    QJsonObject m_parameters;           // as the fields show them, valid or not
    QJsonObject m_lastAccepted;         // as the step stored the last accepted change
    QLabel *m_titleLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QWidget *m_fields = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTimer m_typingTimer;
    std::function<void()> m_pendingCommit;
};

} // namespace tenarai
