#include "NormalizeCommand.h"

#include "Console.h"
#include "normalize/AddressSplitter.h"
#include "normalize/DateNormalizer.h"
#include "normalize/NameKey.h"
#include "normalize/NumberNormalizer.h"
#include "normalize/PhoneNormalizer.h"
#include "normalize/PostalCodeNormalizer.h"
#include "normalize/TextNormalizer.h"
#include "table/Cell.h"

#include <QFile>

#include <cstdio>
#include <functional>

namespace tenarai {

namespace {
QCommandLineOption date1904Option()
{
    return QCommandLineOption(QStringLiteral("date1904"),
                              NormalizeCommand::tr("date: read Excel serial numbers in the 1904 date system (old "
                                                   "Mac Excel) instead of the 1900 system."));
}

QCommandLineOption hiraganaOption()
{
    return QCommandLineOption(QStringLiteral("hiragana"),
                              NormalizeCommand::tr("kana: write hiragana instead of katakana."));
}

const QStringList &kinds()
{
    static const QStringList list = {QStringLiteral("width"),  QStringLiteral("kana"),   QStringLiteral("date"),
                                     QStringLiteral("number"), QStringLiteral("phone"),  QStringLiteral("postal"),
                                     QStringLiteral("address"), QStringLiteral("name-key")};
    return list;
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}
} // namespace

QString NormalizeCommand::summary() const
{
    return tr("Normalise values read from stdin, one per line: width, kana, date, number, phone, postal, address, "
              "name-key.");
}

QString NormalizeCommand::usageArguments() const
{
    return tr("[options] KIND < IN > OUT");
}

void NormalizeCommand::setUp(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + tr("Each input line gives one output line. A value that cannot be normalised gives an empty line and "
             "a message on stderr with its line number; the exit status is then 1. Blank lines stay blank.")
        + QLatin1Char('\n')
        + tr("  width     full-width letters and digits to half-width, half-width katakana to full-width, "
             "spaces trimmed")
        + QLatin1Char('\n') + tr("  kana      hiragana and katakana to katakana (--hiragana: to hiragana)")
        + QLatin1Char('\n') + tr("  date      和暦, mixed spellings and Excel serial numbers to 2021-04-01")
        + QLatin1Char('\n') + tr("  number    amounts such as 1,500円, ￥2,000, 3万 to plain numbers")
        + QLatin1Char('\n') + tr("  phone     Japanese phone numbers with hyphens: 03-1234-5678")
        + QLatin1Char('\n') + tr("  postal    postal codes: 123-4567")
        + QLatin1Char('\n') + tr("  address   prefecture, municipality and the rest, separated by tabs")
        + QLatin1Char('\n') + tr("  name-key  the key under which spellings of one name match (髙橋 = 高橋)"));
    parser.addPositionalArgument(QStringLiteral("KIND"), tr("What the values are: %1.").arg(kinds().join(QStringLiteral(", "))));
    parser.addOption(date1904Option());
    parser.addOption(hiraganaOption());
}

ExitCode NormalizeCommand::execute(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(tr("Give exactly one KIND."));
    const QString kind = args.first();
    if (!kinds().contains(kind))
        return usageError(tr("Unknown KIND \"%1\"; use one of %2.").arg(kind, kinds().join(QStringLiteral(", "))));
    if (parser.isSet(date1904Option()) && kind != u"date")
        return usageError(tr("--date1904 applies to KIND date only."));
    if (parser.isSet(hiraganaOption()) && kind != u"kana")
        return usageError(tr("--hiragana applies to KIND kana only."));

    // One function per kind: the value on success, or the reason it cannot be normalised.
    using Normalise = std::function<Result<QString>(const QString &)>;
    Normalise normalise;
    if (kind == u"width") {
        normalise = [](const QString &v) -> Result<QString> { return TextNormalizer::normalize(v); };
    } else if (kind == u"kana") {
        const bool hiragana = parser.isSet(hiraganaOption());
        normalise = [hiragana](const QString &v) -> Result<QString> {
            return hiragana ? TextNormalizer::toHiragana(v) : TextNormalizer::toKatakana(v);
        };
    } else if (kind == u"date") {
        DateNormalizer::Options options;
        if (parser.isSet(date1904Option()))
            options.excelSystem = DateNormalizer::ExcelSystem::Excel1904;
        normalise = [options](const QString &v) -> Result<QString> {
            if (isBlank(v))
                return QString();
            return DateNormalizer::toIso(v, options);
        };
    } else if (kind == u"number") {
        normalise = [](const QString &v) -> Result<QString> {
            if (isBlank(v))
                return QString();
            const Result<double> amount = NumberNormalizer::parseAmount(v);
            if (!amount)
                return amount.error();
            return Cell::number(amount.value()).toString();
        };
    } else if (kind == u"phone") {
        normalise = [](const QString &v) { return PhoneNormalizer::normalize(v); };
    } else if (kind == u"postal") {
        normalise = [](const QString &v) { return PostalCodeNormalizer::normalize(v); };
    } else if (kind == u"address") {
        const auto directory = MunicipalityDirectory::standard();
        if (!directory) {
            printError(directory.error());
            return ExitCode::Failure;
        }
        const auto splitter = std::make_shared<AddressSplitter>(directory.value());
        normalise = [splitter](const QString &v) -> Result<QString> {
            const Result<AddressParts> parts = splitter->split(v);
            if (!parts)
                return parts.error();
            if (parts->prefecture.isEmpty() && parts->municipality.isEmpty() && parts->rest.isEmpty())
                return QString();
            return QString(parts->prefecture + QLatin1Char('\t') + parts->municipality + QLatin1Char('\t') + parts->rest);
        };
    } else {
        normalise = [](const QString &v) -> Result<QString> { return NameKey::key(v); };
    }

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        printError(tr("Cannot read standard input: %1").arg(in.errorString()));
        return ExitCode::Failure;
    }
    QByteArray input = in.readAll();
    if (input.startsWith("\xEF\xBB\xBF"))
        input.remove(0, 3);

    // Whole input in, whole output out: per-line writes would make 100,000 lines take minutes on
    // a Windows console.
    QString out;
    QString errors;
    out.reserve(input.size());
    qsizetype failed = 0;
    qsizetype line = 0;
    qsizetype start = 0;
    while (start < input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        QByteArrayView bytes(input.constData() + start, end - start);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        start = end + 1;
        ++line;
        const QString value = QString::fromUtf8(bytes);
        // A broken byte sequence decodes to U+FFFD; normalising that would hide the damage.
        const bool broken = value.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD");
        const Result<QString> result = broken ? Result<QString>(formatError(tr("The line is not valid UTF-8.")))
                                              : normalise(value);
        if (result) {
            out += result.value();
        } else {
            ++failed;
            errors += programName() + QStringLiteral(": ")
                + tr("line %1: %2").arg(line).arg(result.error().message) + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    Console::out(out);
    if (failed > 0) {
        Console::err(errors);
        Console::err(programName() + QStringLiteral(": ")
                     + tr("%n of %1 line(s) could not be normalised.", nullptr, int(std::min<qsizetype>(failed, INT_MAX)))
                           .arg(line)
                     + QLatin1Char('\n'));
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

} // namespace tenarai
