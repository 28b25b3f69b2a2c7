#include "forms/FormValidator.h"

#include "normalize/ContactTextFolder.h"
#include "normalize/DateNormalizer.h"
#include "normalize/NumberNormalizer.h"
#include "normalize/PhoneNormalizer.h"
#include "normalize/PostalCodeNormalizer.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace tenarai {

namespace {
// The largest whole number a double holds exactly: an answer beyond it would be stored rounded.
constexpr double MaxExactInteger = 9007199254740991.0;

// Characters as a reader counts them: a surrogate pair (𠮷) is one.
qsizetype characterCount(QStringView text)
{
    qsizetype n = 0;
    for (QChar c : text) {
        if (!c.isLowSurrogate())
            ++n;
    }
    return n;
}

// Numbers in messages and in fill-in text: never with an exponent (1e+06 means nothing to a
// citizen), and as short as reads back exactly.
QString plainNumber(double value)
{
    QString s = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

// QString::trimmed() already counts U+3000 (the ideographic space) as white space.
QString trimmedText(const QString &input)
{
    QString s = input;
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return s.trimmed();
}

// The non-blank lines of a Choices input, trimmed.
QStringList chosenLines(const QString &input)
{
    QStringList lines;
    for (const QString &line : QString(input).replace(QLatin1Char('\r'), QLatin1Char('\n')).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            lines.append(t);
    }
    return lines;
}

bool isBlank(const FormField &field, const QString &input)
{
    if (field.type == FieldType::Choices)
        return chosenLines(input).isEmpty();
    return input.trimmed().isEmpty();
}

// The Choices stored text ("A; B") back to the chosen choices. A choice may itself hold "; ",
// so the pieces are matched against the form's choices in order rather than split blindly.
QStringList storedChoices(const FormField &field, const QString &stored)
{
    QStringList chosen;
    qsizetype pos = 0;
    const QString separator = QStringLiteral("; ");
    while (pos < stored.size()) {
        QString best;
        for (const QString &choice : field.choices) {
            if (choice.isEmpty() || choice.size() <= best.size())
                continue;
            if (QStringView(stored).mid(pos).startsWith(choice)) {
                const qsizetype end = pos + choice.size();
                if (end == stored.size() || QStringView(stored).mid(end).startsWith(separator))
                    best = choice;
            }
        }
        if (best.isEmpty()) {
            // Not one of the choices (the form changed since): keep the piece as it was stored.
            const qsizetype next = stored.indexOf(separator, pos);
            const qsizetype end = next < 0 ? stored.size() : next;
            best = stored.mid(pos, end - pos);
        }
        chosen.append(best);
        pos += best.size() + separator.size();
    }
    return chosen;
}

std::optional<bool> yesNoFromInput(const QString &input)
{
    const QString s = ContactTextFolder::foldWidth(input).trimmed();
    const QString lower = s.toLower();
    if (lower == QLatin1String("yes") || lower == QLatin1String("true") || s == QStringLiteral("はい")
        || s == FormValidator::yesText())
        return true;
    if (lower == QLatin1String("no") || lower == QLatin1String("false") || s == QStringLiteral("いいえ")
        || s == FormValidator::noText())
        return false;
    return std::nullopt;
}

bool plausibleEmail(const QString &email)
{
    if (email.size() > 254)
        return false;
    for (QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || email.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return false;
    const QString domain = email.mid(at + 1);
    return domain.contains(QLatin1Char('.')) && !domain.startsWith(QLatin1Char('.'))
           && !domain.endsWith(QLatin1Char('.')) && !domain.contains(QStringLiteral(".."));
}
} // namespace

QString FormValidator::yesText()
{
    return tr("Yes");
}

QString FormValidator::noText()
{
    return tr("No");
}

Result<Cell> FormValidator::checkField(const FormField &field, const QString &input)
{
    if (!fieldTypeHoldsAnswer(field.type))
        return Cell();
    if (isBlank(field, input)) {
        if (field.required)
            return formatError(tr("This field is required."));
        return Cell();
    }
    const FieldValidation &v = field.validation;

    // Length limits shared by text and email, counted in characters after trimming.
    auto checkLength = [&v](const QString &text) -> std::optional<Error> {
        const qsizetype n = characterCount(text);
        const bool shortText = v.minLength && n < *v.minLength;
        const bool longText = v.maxLength && n > *v.maxLength;
        if (!shortText && !longText)
            return std::nullopt;
        if (v.minLength && v.maxLength)
            return formatError(tr("Enter from %1 to %2 characters (now %3).").arg(*v.minLength).arg(*v.maxLength).arg(n));
        if (shortText)
            return formatError(tr("Enter at least %1 characters (now %2).").arg(*v.minLength).arg(n));
        return formatError(tr("Enter at most %1 characters (now %2).").arg(*v.maxLength).arg(n));
    };

    // The range message names the kind of number the field takes.
    auto checkRange = [&v](double value, bool whole) -> std::optional<Error> {
        if ((!v.minimum || value >= *v.minimum) && (!v.maximum || value <= *v.maximum))
            return std::nullopt;
        if (v.minimum && v.maximum)
            return formatError(whole ? tr("Enter a whole number from %1 to %2.").arg(plainNumber(*v.minimum), plainNumber(*v.maximum))
                                     : tr("Enter a number from %1 to %2.").arg(plainNumber(*v.minimum), plainNumber(*v.maximum)));
        if (v.minimum)
            return formatError(whole ? tr("Enter a whole number of %1 or more.").arg(plainNumber(*v.minimum))
                                     : tr("Enter a number of %1 or more.").arg(plainNumber(*v.minimum)));
        return formatError(whole ? tr("Enter a whole number of %1 or less.").arg(plainNumber(*v.maximum))
                                 : tr("Enter a number of %1 or less.").arg(plainNumber(*v.maximum)));
    };

    switch (field.type) {
    case FieldType::Text:
    case FieldType::MultilineText: {
        QString text = trimmedText(input);
        if (field.type == FieldType::Text)
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (auto e = checkLength(text))
            return *e;
        if (!v.pattern.isEmpty()) {
            // An invalid pattern is a problem of the form (Form::problems), not of the answer.
            const QRegularExpression re(QRegularExpression::anchoredPattern(v.pattern),
                                        QRegularExpression::UseUnicodePropertiesOption);
            if (re.isValid() && !re.match(text).hasMatch())
                return formatError(v.patternMessage.isEmpty() ? tr("The answer is not in the expected form.")
                                                              : v.patternMessage);
        }
        return Cell::text(text);
    }
    case FieldType::Integer: {
        const Result<qint64> n = NumberNormalizer::toInteger(input);
        if (!n.ok())
            return formatError(tr("Enter a whole number: %1").arg(n.error().message));
        if (std::abs(double(n.value())) > MaxExactInteger)
            return formatError(tr("Enter a whole number of at most 15 digits."));
        if (auto e = checkRange(double(n.value()), true))
            return *e;
        return Cell::number(double(n.value()));
    }
    case FieldType::Decimal: {
        const Result<double> n = NumberNormalizer::toDecimal(input);
        if (!n.ok())
            return formatError(tr("Enter a number: %1").arg(n.error().message));
        if (!std::isfinite(n.value()))
            return formatError(tr("The number is too large."));
        if (auto e = checkRange(n.value(), false))
            return *e;
        return Cell::number(n.value() == 0 ? 0.0 : n.value());
    }
    case FieldType::Date: {
        const Result<QDate> d = DateNormalizer::parseDate(input);
        if (!d.ok())
            return formatError(tr("This cannot be read as a date: %1").arg(d.error().message));
        const QDate date = d.value();
        const bool early = v.earliest && date < *v.earliest;
        const bool late = v.latest && date > *v.latest;
        if (early || late) {
            if (v.earliest && v.latest)
                return formatError(tr("Enter a date from %1 to %2.")
                                       .arg(v.earliest->toString(Qt::ISODate), v.latest->toString(Qt::ISODate)));
            if (early)
                return formatError(tr("Enter a date on or after %1.").arg(v.earliest->toString(Qt::ISODate)));
            return formatError(tr("Enter a date on or before %1.").arg(v.latest->toString(Qt::ISODate)));
        }
        return Cell::date(date);
    }
    case FieldType::Choice: {
        const QString chosen = input.trimmed();
        if (!field.choices.contains(chosen))
            return formatError(tr("Pick one of the choices; “%1” is not one of them.").arg(chosen.left(80)));
        return Cell::text(chosen);
    }
    case FieldType::Choices: {
        QSet<QString> picked;
        for (const QString &line : chosenLines(input)) {
            if (!field.choices.contains(line))
                return formatError(tr("“%1” is not one of the choices.").arg(line.left(80)));
            picked.insert(line);
        }
        const qsizetype n = picked.size();
        const bool few = v.minChoices && n < *v.minChoices;
        const bool many = v.maxChoices && n > *v.maxChoices;
        if (few || many) {
            if (v.minChoices && v.maxChoices)
                return formatError(tr("Pick from %1 to %2 choices (now %3).").arg(*v.minChoices).arg(*v.maxChoices).arg(n));
            if (few)
                return formatError(tr("Pick at least %1 choices (now %2).").arg(*v.minChoices).arg(n));
            return formatError(tr("Pick at most %1 choices (now %2).").arg(*v.maxChoices).arg(n));
        }
        // Stored in the form's order, whatever order they were ticked in, so that equal answers
        // are equal text in the table.
        QStringList ordered;
        for (const QString &choice : field.choices) {
            if (picked.contains(choice) && !ordered.contains(choice))
                ordered.append(choice);
        }
        return Cell::text(ordered.join(QStringLiteral("; ")));
    }
    case FieldType::YesNo: {
        const std::optional<bool> yes = yesNoFromInput(input);
        if (!yes)
            return formatError(tr("Answer “%1” or “%2”.").arg(yesText(), noText()));
        return Cell::boolean(*yes);
    }
    case FieldType::Phone: {
        const Result<QString> phone = PhoneNormalizer::normalize(input);
        if (!phone.ok())
            return formatError(tr("This is not a phone number: %1").arg(phone.error().message));
        return Cell::text(phone.value());
    }
    case FieldType::PostalCode: {
        const Result<QString> code = PostalCodeNormalizer::normalize(input);
        if (!code.ok())
            return formatError(tr("This is not a postal code: %1").arg(code.error().message));
        return Cell::text(code.value());
    }
    case FieldType::Email: {
        // ＠ and 全角 letters typed with the input method on are the usual slip; fold them.
        const QString email = ContactTextFolder::foldWidth(input).trimmed();
        if (!plausibleEmail(email))
            return formatError(tr("Enter an email address such as name@example.jp."));
        if (auto e = checkLength(email))
            return *e;
        return Cell::text(email);
    }
    case FieldType::Note:
        break;
    }
    return Cell();
}

FormCheck FormValidator::check(const Form &form, const FormInputs &inputs)
{
    FormCheck result;
    for (const FormSection &section : form.sections) {
        for (const FormField &field : section.fields) {
            if (!fieldTypeHoldsAnswer(field.type) || !isVisible(form, field, inputs))
                continue;
            const Result<Cell> value = checkField(field, inputs.value(field.id));
            if (!value.ok())
                result.errors.append(FieldError{field.id, value.error().message});
            else if (!value.value().isEmpty())
                result.values.insert(field.id, value.value());
        }
    }
    return result;
}

bool FormValidator::isVisible(const Form &form, const FormField &field, const FormInputs &inputs)
{
    // Walk up the chain of conditions: a field whose controlling field is hidden is hidden too.
    // The walk is bounded so that a malformed form with a cycle of conditions cannot hang it.
    const FormField *current = &field;
    for (int depth = 0; depth <= Form::MaxFields && current->condition; ++depth) {
        const FieldCondition &c = *current->condition;
        const FormField *controller = form.field(c.fieldId);
        if (!controller || controller == current)
            return true; // a broken condition (Form::problems names it) hides nothing
        const QString input = inputs.value(controller->id);
        const bool answered = fieldTypeHoldsAnswer(controller->type) && !isBlank(*controller, input);
        bool met = false;
        switch (c.op) {
        case FieldCondition::Operator::HasValue:
            met = answered;
            break;
        case FieldCondition::Operator::Equals:
        case FieldCondition::Operator::NotEquals: {
            bool equal = false;
            if (answered) {
                if (controller->type == FieldType::Choices) {
                    equal = chosenLines(input).contains(c.value.trimmed());
                } else if (controller->type == FieldType::YesNo) {
                    const std::optional<bool> answer = yesNoFromInput(input);
                    const std::optional<bool> wanted = yesNoFromInput(c.value);
                    equal = answer && wanted && *answer == *wanted;
                } else {
                    // Compare as stored when both read (４２ equals 42, 令和6年4月1日 equals
                    // 2024-04-01); as trimmed text otherwise.
                    FormField plain = *controller;
                    plain.required = false;
                    plain.validation = FieldValidation();
                    const Result<Cell> a = checkField(plain, input);
                    const Result<Cell> b = checkField(plain, c.value);
                    equal = (a.ok() && b.ok()) ? a.value() == b.value() : input.trimmed() == c.value.trimmed();
                }
            }
            met = c.op == FieldCondition::Operator::Equals ? equal : (answered && !equal);
            break;
        }
        }
        if (!met)
            return false;
        current = controller;
    }
    return true;
}

QString FormValidator::inputFromValue(const FormField &field, const Cell &value)
{
    if (value.isEmpty())
        return {};
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Decimal:
        if (value.kind() == Cell::Kind::Number)
            return plainNumber(value.numberValue());
        break;
    case FieldType::Date:
        if (value.kind() == Cell::Kind::Date || value.kind() == Cell::Kind::DateTime)
            return value.dateValue().toString(Qt::ISODate);
        break;
    case FieldType::YesNo:
        if (value.kind() == Cell::Kind::Boolean)
            return value.booleanValue() ? QStringLiteral("yes") : QStringLiteral("no");
        break;
    case FieldType::Choices:
        if (value.kind() == Cell::Kind::Text)
            return storedChoices(field, value.textValue()).join(QLatin1Char('\n'));
        break;
    default:
        break;
    }
    // A value of another kind (the field's type changed since it was saved): show it as text
    // so that nothing is lost when the answer is edited.
    return value.toString();
}

} // namespace tenarai
