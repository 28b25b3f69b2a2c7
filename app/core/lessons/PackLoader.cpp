#include "lessons/PackLoader.h"

#include "forms/Form.h"
#include "forms/FormRubric.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace tenarai {

namespace {

// 1-based line and column of a byte offset (columns count bytes: what an editor's status bar
// shows for ASCII, and close enough to find the place otherwise).
std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

// Offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char b = p[i + k];
            const unsigned char min = k == 1 ? low : 0x80;
            const unsigned char max = k == 1 ? high : 0xBF;
            if (b < min || b > max)
                return i;
        }
        i += length;
    }
    return -1;
}

// Keeps the columns of a line while blanking what Markdown shows literally (`code spans`), so
// that an example of HTML or a link written as code is not taken for one.
QString withoutCodeSpans(const QString &line)
{
    QString out = line;
    qsizetype i = 0;
    while (i < out.size()) {
        if (out.at(i) != QLatin1Char('`')) {
            ++i;
            continue;
        }
        qsizetype ticks = 0;
        while (i + ticks < out.size() && out.at(i + ticks) == QLatin1Char('`'))
            ++ticks;
        const QString fence(ticks, QLatin1Char('`'));
        const qsizetype end = out.indexOf(fence, i + ticks);
        if (end < 0)
            break;
        for (qsizetype k = i; k < end + ticks; ++k)
            out[k] = QLatin1Char(' ');
        i = end + ticks;
    }
    return out;
}

bool isRemote(const QString &target)
{
    return target.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
           || target.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
           || target.startsWith(QLatin1String("//"));
}

bool hasScheme(const QString &target)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return scheme.match(target).hasMatch();
}

// A link target as written, without the <> some authors put around paths with spaces.
QString linkTarget(const QString &raw)
{
    QString target = raw.trimmed();
    if (target.startsWith(QLatin1Char('<')) && target.endsWith(QLatin1Char('>')))
        target = target.mid(1, target.size() - 2).trimmed();
    return target;
}

// The pack path a link in the file `from` points to: relative to that file's folder, with "."
// and ".." resolved, or an empty string when it would leave the pack.
QString resolveRelative(const QString &from, const QString &target)
{
    QStringList segments = from.split(QLatin1Char('/'));
    segments.removeLast();
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    const QStringList parts = decoded.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".") || part.isEmpty())
            continue;
        if (part == QLatin1String("..")) {
            if (segments.isEmpty())
                return {};
            segments.removeLast();
            continue;
        }
        segments << part;
    }
    return segments.join(QLatin1Char('/'));
}

class Loader
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::PackLoader)
public:
    explicit Loader(std::shared_ptr<const PackSource> source) : m_source(std::move(source)) {}

    PackLoadResult run()
    {
        PackLoadResult result;
        if (loadManifest()) {
            checkAppVersion();
            checkFiles();
            m_probe = std::make_unique<Pack>(m_manifest, QList<Exercise>{}, m_source);
            checkLessons();
            checkExercises();
        }
        result.errors = m_errors;
        result.warnings = m_warnings;
        if (m_errors.isEmpty())
            result.pack = std::make_shared<const Pack>(m_manifest, m_exercises, m_source);
        return result;
    }

private:
    // One error per place: a model's own check and the loader's cross-check of the same value
    // would otherwise say the same thing twice.
    void add(PackIssue issue)
    {
        PackIssues &list = issue.severity == PackIssue::Severity::Error ? m_errors : m_warnings;
        for (const PackIssue &known : std::as_const(list)) {
            if (known.file == issue.file && known.field == issue.field && known.line == issue.line
                && known.column == issue.column
                && (!issue.field.isEmpty() || issue.line >= 0 || known.message == issue.message))
                return;
        }
        list << issue;
    }

    void error(const QString &file, const QString &field, const QString &message, int line = -1, int column = -1)
    {
        PackIssue issue = PackIssue::error(file, field, message);
        issue.line = line;
        issue.column = column;
        add(issue);
    }

    void warning(const QString &file, const QString &field, const QString &message, int line = -1, int column = -1)
    {
        PackIssue issue = PackIssue::warning(file, field, message);
        issue.line = line;
        issue.column = column;
        add(issue);
    }

    // Issues a model reported, plus its Error when it reported none (so that nothing is lost).
    template<typename T>
    bool take(const Result<T> &result, const PackIssues &issues, const QString &file)
    {
        const qsizetype before = m_errors.size();
        for (const PackIssue &issue : issues)
            add(issue);
        if (!result && m_errors.size() == before)
            addError(result.error(), file, QString());
        return result.ok();
    }

    void addError(const Error &e, const QString &file, const QString &field)
    {
        // A reader's "part" is often the file itself (an archive entry); say it once.
        const QString where = !field.isEmpty() ? field : (e.part == file ? QString() : e.part);
        PackIssue issue = PackIssue::error(file, where, e.message);
        if (e.row >= 0)
            issue.line = int(std::min<qint64>(e.row + 1, INT_MAX));
        if (e.column >= 0)
            issue.column = int(std::min<qint64>(e.column + 1, INT_MAX));
        add(issue);
    }

    // A JSON syntax error with its line, before a model reads the file: every kind of file in a
    // pack then reports broken JSON the same way.
    bool checkJsonSyntax(const QByteArray &bytes, const QString &file)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error == QJsonParseError::NoError) {
            if (doc.isObject())
                return true;
            error(file, QString(), tr("The file must hold a JSON object."));
            return false;
        }
        const auto [line, column] = lineColumn(bytes, std::max(0, parseError.offset - 1));
        error(file, QString(), tr("The file is not valid JSON: %1.").arg(parseError.errorString()), line, column);
        return false;
    }

    bool loadManifest()
    {
        const QString file = QString::fromLatin1(PackManifest::FileName);
        if (!m_source->contains(file)) {
            error(file, QString(),
                  tr("The pack has no pack.json; a pack folder or archive must hold it at its top level."));
            return false;
        }
        Result<QByteArray> bytes = m_source->read(file);
        if (!bytes) {
            addError(bytes.error(), file, QString());
            return false;
        }
        PackIssues issues;
        Result<PackManifest> manifest = PackManifest::fromJson(bytes.value(), file, &issues);
        if (!take(manifest, issues, file))
            return false;
        m_manifest = std::move(manifest).value();
        return true;
    }

    void checkAppVersion()
    {
        const QString app = QStringLiteral(TENARAI_VERSION);
        if (!m_manifest.minAppVersion.isEmpty() && PackManifest::compareVersions(m_manifest.minAppVersion, app) > 0)
            error(QString::fromLatin1(PackManifest::FileName), QStringLiteral("minAppVersion"),
                  tr("The pack needs Tenarai %1 or newer; this is Tenarai %2. Update Tenarai to use it.")
                      .arg(m_manifest.minAppVersion, app));
    }

    // Every listed file exists with its hash; every file is listed. The bytes that passed are
    // kept for the checks that follow, so each file is read once.
    void checkFiles()
    {
        const QString manifestFile = QString::fromLatin1(PackManifest::FileName);
        for (auto it = m_manifest.files.cbegin(); it != m_manifest.files.cend(); ++it) {
            const QString field = QStringLiteral("files.") + it.key();
            const Result<QString> checked = PackSource::checkedPath(it.key());
            if (!checked) {
                error(manifestFile, field, checked.error().message);
                m_unusable.insert(it.key());
                continue;
            }
            if (!m_source->contains(checked.value())) {
                error(manifestFile, field, tr("The file “%1” is listed but is not in the pack.").arg(it.key()));
                m_unusable.insert(it.key());
                continue;
            }
            Result<QByteArray> bytes = m_source->read(checked.value());
            if (!bytes) {
                addError(bytes.error(), checked.value(), QString());
                m_unusable.insert(it.key());
                continue;
            }
            const QString actual = QString::fromLatin1(
                QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex());
            if (actual != it.value().toLower()) {
                error(checked.value(), QString(),
                      tr("The file’s SHA-256 does not match pack.json (the file changed after the hashes were "
                         "written); run “tenarai-cli pack hash” again, or restore the file."));
                m_unusable.insert(it.key());
                continue;
            }
            m_verified.insert(checked.value());
            // The texts the checks below read are kept; large data files are read again there.
            if (bytes->size() <= KeepBytes)
                m_kept.insert(checked.value(), std::move(bytes).value());
        }
        for (const QString &path : m_source->files()) {
            if (path == manifestFile || m_manifest.files.contains(path))
                continue;
            error(path, QString(),
                  tr("The file is in the pack but not listed in pack.json’s “files”; list it with its SHA-256 "
                     "or remove it."));
        }
    }

    // The pack path of a file that `file` names at `field`, when the file is there with its
    // hash; otherwise nothing, after saying why (once: a file already reported is not again).
    std::optional<QString> available(const QString &path, const QString &file, const QString &field)
    {
        const Result<QString> checked = PackSource::checkedPath(path);
        if (!checked) {
            error(file, field, checked.error().message);
            return std::nullopt;
        }
        if (m_verified.contains(checked.value()))
            return checked.value();
        if (m_unusable.contains(checked.value()) || m_unusable.contains(path))
            return std::nullopt;
        if (m_source->contains(checked.value()))
            error(file, field, tr("The file “%1” is not listed in pack.json’s “files”.").arg(path));
        else
            error(file, field, tr("The file “%1” is not in the pack.").arg(path));
        return std::nullopt;
    }

    std::optional<QByteArray> content(const QString &path, const QString &file, const QString &field)
    {
        const std::optional<QString> checked = available(path, file, field);
        if (!checked)
            return std::nullopt;
        const auto kept = m_kept.constFind(*checked);
        if (kept != m_kept.cend())
            return kept.value();
        Result<QByteArray> bytes = m_source->read(*checked);
        if (!bytes) {
            addError(bytes.error(), *checked, QString());
            return std::nullopt;
        }
        return std::move(bytes).value();
    }

    // Lesson ids, and which exercises each lesson names, PackManifest has checked already.
    void checkLessons()
    {
        const QString file = QString::fromLatin1(PackManifest::FileName);
        for (qsizetype i = 0; i < m_manifest.lessons.size(); ++i) {
            const LessonEntry &lesson = m_manifest.lessons.at(i);
            const QString at = QStringLiteral("lessons[%1].text").arg(i);
            if (const std::optional<QByteArray> text = content(lesson.textJa, file, at + QStringLiteral(".ja")))
                checkMarkdown(*text, lesson.textJa);
            if (lesson.textEn.isEmpty()) {
                warning(file, at + QStringLiteral(".en"),
                        tr("The lesson has no English text; English users see the Japanese one."));
            } else if (const std::optional<QByteArray> text = content(lesson.textEn, file, at + QStringLiteral(".en"))) {
                checkMarkdown(*text, lesson.textEn);
            }
        }
    }

    void checkMarkdown(const QByteArray &bytes, const QString &file)
    {
        const qsizetype bad = firstInvalidUtf8(bytes);
        if (bad >= 0) {
            const auto [line, column] = lineColumn(bytes, bad);
            error(file, QString(), tr("The text is not valid UTF-8 (save it as UTF-8)."), line, column);
            return;
        }
        QString text = QString::fromUtf8(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        const QStringList lines = text.split(QLatin1Char('\n'));

        static const QRegularExpression image(
            QStringLiteral(R"(!\[[^\]]*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\))"));
        static const QRegularExpression link(
            QStringLiteral(R"((?<!!)\[[^\]]*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\))"));
        static const QRegularExpression autolink(QStringLiteral(R"(<([A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*)>)"));
        static const QRegularExpression definition(QStringLiteral(R"(^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+))"));
        static const QRegularExpression bareUrl(QStringLiteral(R"((?<![(<\w])(https?://[^\s<>)]+))"),
                                                QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression html(
            QStringLiteral(R"(<(?:!--|/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>))"));

        bool inFence = false;
        QString fence;
        for (qsizetype n = 0; n < lines.size(); ++n) {
            QString raw = lines.at(n);
            if (raw.endsWith(QLatin1Char('\r')))
                raw.chop(1);
            const int lineNo = int(n + 1);
            const QString trimmed = raw.trimmed();
            if (inFence) {
                if (trimmed.startsWith(fence))
                    inFence = false;
                continue;
            }
            if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
                inFence = true;
                fence = trimmed.left(3);
                continue;
            }
            const QString line = withoutCodeSpans(raw);

            for (auto it = image.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                checkTarget(file, linkTarget(m.captured(1)), true, lineNo, int(m.capturedStart() + 1));
            }
            for (auto it = link.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                checkTarget(file, linkTarget(m.captured(1)), false, lineNo, int(m.capturedStart() + 1));
            }
            for (auto it = autolink.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                checkTarget(file, m.captured(1), false, lineNo, int(m.capturedStart() + 1));
            }
            if (const QRegularExpressionMatch m = definition.match(line); m.hasMatch())
                checkTarget(file, linkTarget(m.captured(1)), false, lineNo, int(m.capturedStart(1) + 1));
            for (auto it = bareUrl.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                warning(file, QString(),
                        tr("The text names the web address “%1”; learners may be offline, so do not rely on it.")
                            .arg(m.captured(1)),
                        lineNo, int(m.capturedStart(1) + 1));
            }
            if (const QRegularExpressionMatch m = html.match(line); m.hasMatch())
                warning(file, QString(),
                        tr("The text contains raw HTML (%1), which lessons do not show as written; use Markdown instead.")
                            .arg(m.captured(0)),
                        lineNo, int(m.capturedStart() + 1));
        }
    }

    // An image or a link of a lesson text: only files of the pack, so that the lesson works
    // offline and shows the same thing everywhere.
    void checkTarget(const QString &file, const QString &target, bool image, int line, int column)
    {
        auto fail = [&](const QString &message) { error(file, QString(), message, line, column); };
        if (isRemote(target)) {
            fail(image ? tr("The image “%1” is on the internet; a pack must work offline, so put the image in the pack.")
                             .arg(target)
                       : tr("The link “%1” points to the internet; a pack must work offline, so link only to files "
                            "of the pack.")
                             .arg(target));
            return;
        }
        if (!image && (target.isEmpty() || target.startsWith(QLatin1Char('#'))))
            return; // a place in the same text
        if (hasScheme(target) || target.startsWith(QLatin1Char('/'))) {
            fail(image ? tr("The image “%1” is not a file of the pack; write a path relative to this file.")
                             .arg(target)
                       : tr("The link “%1” is not to a file of the pack; write a path relative to this file.")
                             .arg(target));
            return;
        }
        QString path = target;
        if (!image)
            path = path.section(QLatin1Char('#'), 0, 0);
        const QString resolved = resolveRelative(file, path);
        if (resolved.isEmpty()) {
            fail(image ? tr("The image “%1” is outside the pack.").arg(target)
                       : tr("The link “%1” leads outside the pack.").arg(target));
            return;
        }
        const Result<QString> checked = PackSource::checkedPath(resolved);
        if (!checked) {
            fail(tr("The path “%1” cannot be used: %2").arg(target, checked.error().message));
            return;
        }
        if (m_verified.contains(checked.value()) || m_unusable.contains(checked.value()))
            return;
        if (m_source->contains(checked.value()))
            return; // in the pack but unlisted: reported once, as the file itself
        fail(image ? tr("The image “%1” is not in the pack (looked for “%2”).").arg(target, checked.value())
                   : tr("The link “%1” names a file that is not in the pack (looked for “%2”).")
                         .arg(target, checked.value()));
    }

    void checkExercises()
    {
        const QString file = QString::fromLatin1(PackManifest::FileName);
        for (qsizetype k = 0; k < m_manifest.exercises.size(); ++k) {
            const ExerciseEntry &entry = m_manifest.exercises.at(k);
            const QString at = QStringLiteral("exercises[%1]").arg(k);
            const std::optional<QByteArray> bytes = content(entry.file, file, at + QStringLiteral(".file"));
            if (!bytes)
                continue;
            const QString &exerciseFile = entry.file;
            PackIssues issues;
            Result<Exercise> exercise = Exercise::fromJson(*bytes, exerciseFile, &issues);
            if (!take(exercise, issues, exerciseFile))
                continue;
            if (exercise->id != entry.id) {
                error(exerciseFile, QStringLiteral("id"),
                      tr("The exercise’s id “%1” differs from “%2”, its id in pack.json.")
                          .arg(exercise->id, entry.id));
                continue;
            }
            checkExercise(exercise.value(), exerciseFile);
            m_exercises << std::move(exercise).value();
        }
    }

    void checkExercise(const Exercise &exercise, const QString &file)
    {
        switch (exercise.kind) {
        case ExerciseKind::Cleaning:
            checkCleaning(exercise, file);
            break;
        case ExerciseKind::Form:
            checkForm(exercise, file);
            break;
        case ExerciseKind::Quiz:
            checkQuiz(exercise, file);
            break;
        }
    }

    template<typename Parse>
    void checkSolutions(const Exercise &exercise, const QString &file, Parse parse)
    {
        auto one = [&](const QString &path, const QString &field) {
            const std::optional<QByteArray> bytes = content(path, file, field);
            if (!bytes)
                return;
            const QString solution = PackSource::checkedPath(path).value();
            if (checkJsonSyntax(*bytes, solution))
                parse(*bytes, solution);
        };
        if (exercise.solution.isEmpty())
            error(file, QStringLiteral("solution"), tr("The exercise has no reference solution."));
        else
            one(exercise.solution, QStringLiteral("solution"));
        for (qsizetype i = 0; i < exercise.wrongSolutions.size(); ++i)
            one(exercise.wrongSolutions.at(i), QStringLiteral("wrongSolutions[%1]").arg(i));
    }

    // A data file read as the exercise will read it; returns whether it could be.
    std::optional<Table> checkTable(const QString &path, const ImportOptions &options, const QString &file,
                                    const QString &field)
    {
        if (path.isEmpty()) {
            error(file, field, tr("The exercise needs this file."));
            return std::nullopt;
        }
        if (!available(path, file, field))
            return std::nullopt;
        Result<Table> table = m_probe->readTable(path, options, true);
        if (!table) {
            addError(table.error(), PackSource::checkedPath(path).value(), QString());
            return std::nullopt;
        }
        return std::move(table).value();
    }

    void checkCleaning(const Exercise &exercise, const QString &file)
    {
        checkTable(exercise.startFile, exercise.startImport, file, QStringLiteral("start"));
        const std::optional<Table> target = checkTable(exercise.targetFile, exercise.targetImport, file,
                                                       QStringLiteral("target"));
        if (target) {
            const QStringList names = target->columnNames();
            for (qsizetype i = 0; i < exercise.compare.keyColumns.size(); ++i) {
                if (!names.contains(exercise.compare.keyColumns.at(i)))
                    error(file, QStringLiteral("compare.keyColumns[%1]").arg(i),
                          tr("The target table has no column “%1”.").arg(exercise.compare.keyColumns.at(i)));
            }
        }
        checkSolutions(exercise, file, [this](const QByteArray &bytes, const QString &solution) {
            Result<Recipe> recipe = Recipe::fromJson(bytes, solution);
            if (!recipe)
                addError(recipe.error(), solution, QString());
        });
    }

    void checkForm(const Exercise &exercise, const QString &file)
    {
        if (exercise.sheetFile.isEmpty()) {
            error(file, QStringLiteral("sheet"), tr("The exercise needs this file."));
        } else if (available(exercise.sheetFile, file, QStringLiteral("sheet"))) {
            Result<Workbook> workbook = m_probe->readWorkbook(exercise.sheetFile);
            if (!workbook)
                addError(workbook.error(), PackSource::checkedPath(exercise.sheetFile).value(), QString());
        }
        if (exercise.rubricFile.isEmpty()) {
            error(file, QStringLiteral("rubric"), tr("The exercise needs this file."));
        } else if (const std::optional<QByteArray> bytes = content(exercise.rubricFile, file, QStringLiteral("rubric"))) {
            const QString rubricFile = PackSource::checkedPath(exercise.rubricFile).value();
            if (checkJsonSyntax(*bytes, rubricFile)) {
                Result<FormRubric> rubric = FormRubric::fromJson(*bytes, rubricFile);
                if (!rubric)
                    addError(rubric.error(), rubricFile, QString());
            }
        }
        if (exercise.startForm != QLatin1String("empty") && exercise.startForm != QLatin1String("inferred")) {
            if (const std::optional<QByteArray> bytes = content(exercise.startForm, file, QStringLiteral("startForm"))) {
                const QString formFile = PackSource::checkedPath(exercise.startForm).value();
                if (checkJsonSyntax(*bytes, formFile)) {
                    Result<Form> form = Form::fromJson(*bytes, formFile);
                    if (!form)
                        addError(form.error(), formFile, QString());
                }
            }
        }
        checkSolutions(exercise, file, [this](const QByteArray &bytes, const QString &solution) {
            Result<Form> form = Form::fromJson(bytes, solution);
            if (!form)
                addError(form.error(), solution, QString());
        });
    }

    // The questions' structure Exercise::fromJson has checked; the answers files are the pack's.
    void checkQuiz(const Exercise &exercise, const QString &file)
    {
        checkSolutions(exercise, file, [this, &exercise](const QByteArray &bytes, const QString &solution) {
            Result<QuizAnswers> answers = QuizAnswers::fromJson(bytes, solution);
            if (!answers) {
                addError(answers.error(), solution, QString());
                return;
            }
            for (auto it = answers->answers.cbegin(); it != answers->answers.cend(); ++it) {
                const QuizQuestion *question = nullptr;
                for (const QuizQuestion &q : exercise.questions) {
                    if (q.id == it.key())
                        question = &q;
                }
                const QString field = QStringLiteral("answers.") + it.key();
                if (!question) {
                    error(solution, field, tr("The quiz has no question “%1”.").arg(it.key()));
                    continue;
                }
                for (const QString &option : it.value()) {
                    const bool knownOption = std::any_of(question->options.cbegin(), question->options.cend(),
                                                         [&](const QuizOption &o) { return o.id == option; });
                    if (!knownOption)
                        error(solution, field, tr("The question has no option “%1”.").arg(option));
                }
            }
        });
    }

    std::shared_ptr<const PackSource> m_source;
    PackManifest m_manifest;
    std::unique_ptr<Pack> m_probe;               // reads data files the way the finished pack will
    QList<Exercise> m_exercises;
    static constexpr qint64 KeepBytes = PackManifest::MaxBytes;
    QSet<QString> m_verified;                    // files whose SHA-256 matched
    QHash<QString, QByteArray> m_kept;           // the bytes of those up to KeepBytes
    QSet<QString> m_unusable;                    // listed files already reported as wrong
    PackIssues m_errors;
    PackIssues m_warnings;
};

} // namespace

PackLoadResult PackLoader::load(const QString &path, const PackSource::Limits &limits)
{
    Result<std::shared_ptr<const PackSource>> source = PackSource::open(path, limits);
    if (!source) {
        PackLoadResult result;
        const Error &e = source.error();
        PackIssue issue = PackIssue::error(path, e.part, e.message);
        result.errors << issue;
        return result;
    }
    return load(std::move(source).value());
}

PackLoadResult PackLoader::load(const QString &path)
{
    return load(path, PackSource::Limits{});
}

PackLoadResult PackLoader::load(std::shared_ptr<const PackSource> source)
{
    if (!source) {
        PackLoadResult result;
        result.errors << PackIssue::error(QString(), QString(), tr("No pack was given."));
        return result;
    }
    return Loader(std::move(source)).run();
}

} // namespace tenarai
