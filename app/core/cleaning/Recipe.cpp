#include "cleaning/Recipe.h"
#include "JsonPath.h"

#include "cleaning/StepRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QThreadPool>

namespace tenarai {

namespace {
const QString FormatName = QStringLiteral("tenarai-recipe");

} // namespace

Recipe::Recipe(const Recipe &other)
    : importOptions(other.importOptions)
{
    for (const Entry &e : other.entries)
        entries.push_back(Entry{e.step->clone(), e.enabled});
}

Recipe &Recipe::operator=(const Recipe &other)
{
    if (this != &other) {
        Recipe copy(other);
        *this = std::move(copy);
    }
    return *this;
}

void Recipe::append(std::unique_ptr<Step> step, bool enabled)
{
    entries.push_back(Entry{std::move(step), enabled});
}

QByteArray Recipe::toJson() const
{
    QJsonObject import;
    if (!importOptions.encoding.isEmpty())
        import.insert(QStringLiteral("encoding"), importOptions.encoding);
    if (!importOptions.sheet.isEmpty())
        import.insert(QStringLiteral("sheet"), importOptions.sheet);
    else if (importOptions.sheetIndex >= 0)
        import.insert(QStringLiteral("sheetIndex"), importOptions.sheetIndex);

    QJsonArray steps;
    for (const Entry &e : entries) {
        QJsonObject step{{QStringLiteral("type"), e.step->typeId()}};
        if (!e.enabled)
            step.insert(QStringLiteral("enabled"), false);
        const QJsonObject parameters = e.step->parameters();
        if (!parameters.isEmpty())
            step.insert(QStringLiteral("parameters"), parameters);
        steps.append(step);
    }
    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("import"), import},
                           {QStringLiteral("steps"), steps}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Recipe> Recipe::fromJson(const QByteArray &json, const QString &fileName)
{
    auto fail = [&fileName](const QString &part, const QString &message) {
        Error e;
        e.kind = Error::Kind::Format;
        e.file = fileName;
        e.part = part;
        e.message = message;
        return e;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character that broke the parse.
        const auto [line, column] = lineColumnAt(json, std::max(0, parseError.offset - 1));
        return fail(tr("line %1, column %2").arg(line).arg(column),
                    tr("The recipe is not valid JSON: %1.").arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return fail(QString(), tr("The recipe must be a JSON object."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        return fail(QStringLiteral("format"), tr("This is not a Tenarai recipe (“format” must be “%1”).").arg(FormatName));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!Step::wholeNumber(version, 1, 1000000))
        return fail(QStringLiteral("version"), tr("“version” must be a whole number, 1 or more."));
    if (version.toInt() > FormatVersion)
        return fail(QStringLiteral("version"),
                    tr("This recipe was saved by a newer version of Tenarai (format %1); this version reads "
                       "format %2 and older. Update Tenarai to use it.")
                        .arg(version.toInt())
                        .arg(FormatVersion));

    Recipe recipe;
    const QJsonValue import = root.value(QStringLiteral("import"));
    if (!import.isUndefined()) {
        if (!import.isObject())
            return fail(QStringLiteral("import"), tr("“import” must be an object."));
        const QJsonObject o = import.toObject();
        recipe.importOptions.encoding = o.value(QStringLiteral("encoding")).toString();
        recipe.importOptions.sheet = o.value(QStringLiteral("sheet")).toString();
        recipe.importOptions.sheetIndex = int(Step::wholeNumber(o.value(QStringLiteral("sheetIndex")), 0, 1 << 20).value_or(-1));
    }

    const QJsonValue steps = root.value(QStringLiteral("steps"));
    if (!steps.isArray())
        return fail(QStringLiteral("steps"), tr("“steps” must be a list."));
    const QJsonArray list = steps.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString part = tr("step %1").arg(i + 1);
        if (!list[i].isObject())
            return fail(part, tr("A step must be a JSON object."));
        const QJsonObject o = list[i].toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        auto step = StepRegistry::create(type);
        if (!step)
            return fail(part, type.isEmpty() ? tr("The step has no “type”.")
                                             : tr("Unknown step type “%1”.").arg(type));
        const QJsonValue parameters = o.value(QStringLiteral("parameters"));
        if (!parameters.isUndefined() && !parameters.isObject())
            return fail(part, tr("“parameters” must be an object."));
        const Status set = step->setParameters(parameters.toObject());
        if (!set) {
            Error e = set.error();
            e.file = fileName;
            e.part = part + QStringLiteral(" (") + type + QLatin1Char(')');
            return e;
        }
        recipe.append(std::move(step), o.value(QStringLiteral("enabled")).toBool(true));
    }
    return recipe;
}

Result<Recipe> Recipe::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.kind = Error::Kind::Io;
        e.file = path;
        e.message = tr("The recipe cannot be opened: %1").arg(file.errorString());
        return e;
    }
    constexpr qint64 MaxRecipeBytes = 16 * 1024 * 1024;
    if (file.size() > MaxRecipeBytes) {
        Error e;
        e.kind = Error::Kind::TooLarge;
        e.file = path;
        e.message = tr("The recipe is larger than %1 MiB.").arg(MaxRecipeBytes / 1024 / 1024);
        return e;
    }
    return fromJson(file.readAll(), path);
}

Status Recipe::save(const QString &path) const
{
    QSaveFile file(path);
    Error e;
    e.kind = Error::Kind::Io;
    e.file = path;
    if (!file.open(QIODevice::WriteOnly)) {
        e.message = tr("The recipe cannot be saved: %1").arg(file.errorString());
        return e;
    }
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit()) {
        e.message = tr("The recipe cannot be saved: %1").arg(file.errorString());
        return e;
    }
    return Ok{};
}

RecipeRun Recipe::run(const Table &input, const StepContext &context) const
{
    RecipeRun run;
    run.table = input;
    // What later steps load (libphonenumber's data, the municipalities) loads meanwhile.
    std::vector<std::function<void()>> warmUps;
    for (const Entry &entry : entries) {
        if (!entry.enabled)
            continue;
        if (std::function<void()> warmUp = entry.step->warmUp())
            warmUps.push_back(std::move(warmUp));
    }
    if (!warmUps.empty()) {
        QThreadPool::globalInstance()->start([warmUps = std::move(warmUps)] {
            for (const std::function<void()> &warmUp : warmUps)
                warmUp();
        });
    }
    const double stepShare = entries.empty() ? 1.0 : 1.0 / double(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].enabled)
            continue;
        // Each step's own progress becomes its share of the whole run.
        StepContext stepContext{context.cancelled, {}};
        if (context.progress) {
            const double base = double(i) * stepShare;
            stepContext.progress = [&context, base, stepShare](double done) {
                context.progress(base + done * stepShare);
            };
            context.progress(base);
        }
        auto outcome = entries[i].step->apply(run.table, stepContext);
        if (!outcome) {
            run.error = outcome.error();
            run.failedStep = int(i);
            break;
        }
        run.table = std::move(outcome.value().table);
        outcome.value().table = Table();
        run.outcomes.push_back(std::move(outcome.value()));
        ++run.stepsApplied;
    }
    if (context.progress && !run.error)
        context.progress(1.0);
    return run;
}

} // namespace tenarai
