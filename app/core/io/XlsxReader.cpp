#include "io/XlsxReader.h"

#include "io/XlsxNumberFormat.h"
#include "io/XlsxPackage.h"
#include "io/XlsxSheetParser.h"
#include "io/XlsxXml.h"
#include "io/XlsxXmlScanner.h"

#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <vector>

namespace tenarai {

namespace {

// Styles beyond this count are refused: Excel itself stops at 64000 cell formats.
constexpr qsizetype MaxCellFormats = 1000000;

// One read of one workbook: the package, the tables every sheet shares (shared strings, the
// date category of each cell format) and the progress over all sheet parts.
class XlsxReadSession
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::XlsxReader)
public:
    XlsxReadSession(QIODevice *device, const QString &displayName, const ReadOptions &options)
        : m_package(device, displayName, options.limits),
          m_file(displayName),
          m_options(options)
    {
    }

    Result<Workbook> run();

private:
    struct SheetEntry
    {
        QString name;
        Sheet::State state = Sheet::State::Visible;
        QString relationshipId;
    };

    Result<QString> findWorkbookPart();
    Status readWorkbook(const QString &part);
    Status readStyles(const QString &part);
    Status readSharedStrings(const QString &part);
    Status readSheet(const QString &part, Sheet &sheet);
    Error error(Error::Kind kind, const QString &message, const QString &part) const
    {
        return m_package.error(kind, message, part);
    }
    // One text run may hold maxCellChars characters, each up to 6 bytes as an entity.
    qsizetype scannerTokenLimit() const
    {
        return qsizetype(std::min<qint64>(qint64(6) * m_options.limits.maxCellChars + (1 << 20),
                                          qint64(1) << 30));
    }
    bool reportProgress(qint64 bytes)
    {
        m_done += bytes;
        return !m_options.progress || m_options.progress(m_done, m_total);
    }

    XlsxPackage m_package;
    QString m_file;
    ReadOptions m_options;
    Workbook m_workbook;
    QList<SheetEntry> m_sheets;
    XlsxSheetParser::SharedStrings m_sharedStrings;
    std::vector<XlsxNumberFormat::Category> m_styles;
    bool m_date1904 = false;
    qint64 m_gridCells = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

Result<QString> XlsxReadSession::findWorkbookPart()
{
    auto rels = m_package.relationships(QString());
    // A malformed _rels/.rels is repaired like a missing one; limits and DTDs still stop here.
    if (!rels.ok() && rels.error().kind != Error::Kind::Format)
        return rels.error();
    const QList<XlsxPackage::Relationship> list = rels.ok() ? rels.value() : QList<XlsxPackage::Relationship>();
    for (const XlsxPackage::Relationship &r : list) {
        if (XlsxPackage::typeIs(r.type, u"officeDocument") && !r.target.isEmpty()) {
            if (!m_package.contains(r.target))
                return error(Error::Kind::Format,
                             tr("The workbook part named by _rels/.rels is missing from the archive."),
                             r.target);
            return r.target;
        }
    }
    // Excel repairs a package whose _rels/.rels is missing or empty when the workbook sits at
    // its usual place; so do we, with a warning.
    const QString usual = QStringLiteral("xl/workbook.xml");
    if (m_package.contains(usual)) {
        m_workbook.source.warnings << (rels.ok() ? tr("The file does not say where its workbook is "
                                                      "(_rels/.rels); xl/workbook.xml was read.")
                                                   : tr("The file's list of parts (_rels/.rels) is damaged (%1); "
                                                        "xl/workbook.xml was read.")
                                                         .arg(rels.error().message));
        return usual;
    }
    return error(Error::Kind::Format,
                 tr("This ZIP archive is not an XLSX workbook: it has no workbook part."),
                 QStringLiteral("_rels/.rels"));
}

Status XlsxReadSession::readWorkbook(const QString &part)
{
    const auto bytes = m_package.readPart(part);
    if (!bytes.ok())
        return bytes.error();
    QXmlStreamReader xml(bytes.value());
    bool rootSeen = false;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return XlsxXml::dtdError(m_file, part);
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (!rootSeen) {
            rootSeen = true;
            if (name != u"workbook")
                return error(Error::Kind::Format,
                             tr("The part is not a workbook: its root element is <%1>.").arg(name.toString()),
                             part);
            continue;
        }
        if (!XlsxXml::isMain(xml.namespaceUri()))
            continue;
        if (name == u"workbookPr") {
            const QStringView v = XlsxXml::attribute(xml, u"date1904");
            m_date1904 = v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0;
        } else if (name == u"sheet") {
            if (m_sheets.size() >= m_options.limits.maxArchiveEntries)
                return error(Error::Kind::TooLarge, tr("The workbook lists too many sheets."), part);
            SheetEntry e;
            e.name = XlsxXml::attribute(xml, u"name").toString();
            const QStringView state = XlsxXml::attribute(xml, u"state");
            if (state == u"hidden")
                e.state = Sheet::State::Hidden;
            else if (state == u"veryHidden")
                e.state = Sheet::State::VeryHidden;
            e.relationshipId = XlsxXml::relationshipId(xml).toString();
            m_sheets.append(e);
        }
    }
    if (xml.hasError())
        return XlsxXml::partError(xml, m_file, part);
    if (!rootSeen)
        return error(Error::Kind::Format, tr("The part is empty."), part);
    return Ok{};
}

Status XlsxReadSession::readStyles(const QString &part)
{
    const auto bytes = m_package.readPart(part);
    if (!bytes.ok())
        return bytes.error();
    QXmlStreamReader xml(bytes.value());
    QHash<int, XlsxNumberFormat::Category> custom;
    std::vector<int> formatIds;
    int depthInCellXfs = -1;
    int depth = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return XlsxXml::dtdError(m_file, part);
        if (token == QXmlStreamReader::EndElement) {
            if (depth == depthInCellXfs)
                depthInCellXfs = -1;
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        if (!XlsxXml::isMain(xml.namespaceUri()))
            continue;
        const QStringView name = xml.name();
        if (name == u"numFmt") {
            const qsizetype id = XlsxXml::attribute(xml, u"numFmtId").toInt();
            if (custom.size() < MaxCellFormats)
                custom.insert(int(id), XlsxNumberFormat::classify(XlsxXml::attribute(xml, u"formatCode")));
        } else if (name == u"cellXfs") {
            depthInCellXfs = depth;
        } else if (name == u"xf" && depthInCellXfs >= 0 && depth == depthInCellXfs + 1) {
            if (qsizetype(formatIds.size()) >= MaxCellFormats)
                return error(Error::Kind::TooLarge, tr("The workbook has too many cell formats."), part);
            formatIds.push_back(XlsxXml::attribute(xml, u"numFmtId").toInt());
        }
    }
    if (xml.hasError())
        return XlsxXml::partError(xml, m_file, part);
    m_styles.reserve(formatIds.size());
    for (int id : formatIds) {
        const auto it = custom.constFind(id);
        m_styles.push_back(it != custom.constEnd() ? *it : XlsxNumberFormat::builtIn(id));
    }
    return Ok{};
}

Status XlsxReadSession::readSharedStrings(const QString &part)
{
    auto device = m_package.openPart(part);
    if (!device.ok())
        return device.error();
    const ReadLimits &limits = m_options.limits;
    XlsxXmlScanner xml(device.value().get(), scannerTokenLimit());
    QByteArray text;
    for (;;) {
        const auto token = xml.next();
        if (token == XlsxXmlScanner::Token::EndOfDocument)
            break;
        if (token == XlsxXmlScanner::Token::Invalid)
            return XlsxXml::partError(xml, *device.value(), m_file, part);
        if (token != XlsxXmlScanner::Token::StartElement || !xml.isMain())
            continue;
        const QByteArrayView name = xml.localName();
        if (name == "sst") {
            // The count is a hint only (it is wrong in some files); never reserve much on trust.
            const qint64 count = xml.attribute("uniqueCount").toLongLong();
            m_sharedStrings.ends.reserve(size_t(std::clamp<qint64>(count, 0, 1 << 16)));
        } else if (name == "si") {
            if (m_sharedStrings.size() >= limits.maxSharedStrings)
                return error(Error::Kind::TooLarge,
                             tr("The workbook has more than the limit of %1 shared strings.")
                                 .arg(limits.maxSharedStrings),
                             part);
            text.resize(0);
            if (!XlsxXml::readRichText(xml, text, limits.maxCellChars)) {
                if (xml.token() == XlsxXmlScanner::Token::Invalid || xml.token() == XlsxXmlScanner::Token::EndOfDocument)
                    return XlsxXml::partError(xml, *device.value(), m_file, part);
                return XlsxXml::tooLongText(m_file, part, limits.maxCellChars);
            }
            XlsxXml::decodeEscapes(text);
            m_sharedStrings.data.append(text);
            m_sharedStrings.ends.push_back(m_sharedStrings.data.size());
        }
    }
    if (device.value()->failed())
        return XlsxXml::partError(xml, *device.value(), m_file, part);
    m_sharedStrings.data.squeeze();
    return Ok{};
}

Status XlsxReadSession::readSheet(const QString &part, Sheet &sheet)
{
    auto device = m_package.openPart(part, [this](qint64 bytes) { return reportProgress(bytes); });
    if (!device.ok())
        return device.error();
    XlsxXmlScanner xml(device.value().get(), scannerTokenLimit());
    XlsxSheetParser::Context context;
    context.sharedStrings = &m_sharedStrings;
    context.styles = &m_styles;
    context.date1904 = m_date1904;
    context.limits = m_options.limits;
    context.file = m_file;
    context.part = part;
    context.gridCellsUsed = &m_gridCells;
    XlsxSheetParser parser(context);
    if (Status s = parser.parse(xml, *device.value(), sheet); !s.ok())
        return s;
    if (!device.value()->finish()) {
        Error e = device.value()->error();
        e.file = m_file;
        e.part = part;
        return e;
    }
    return Ok{};
}

Result<Workbook> XlsxReadSession::run()
{
    if (Status s = m_package.open(); !s.ok())
        return s.error();
    auto workbookPart = findWorkbookPart();
    if (!workbookPart.ok())
        return workbookPart.error();
    const QString wbPart = workbookPart.value();
    if (Status s = readWorkbook(wbPart); !s.ok())
        return s.error();

    auto rels = m_package.relationships(wbPart);
    if (!rels.ok())
        return rels.error();
    QHash<QString, XlsxPackage::Relationship> byId;
    QString stylesPart;
    QString sharedStringsPart;
    for (const XlsxPackage::Relationship &r : rels.value()) {
        byId.insert(r.id, r);
        if (XlsxPackage::typeIs(r.type, u"styles"))
            stylesPart = r.target;
        else if (XlsxPackage::typeIs(r.type, u"sharedStrings"))
            sharedStringsPart = r.target;
    }
    const qsizetype slash = wbPart.lastIndexOf(u'/');
    const QString relsPart = wbPart.left(slash + 1) + QStringLiteral("_rels/") + wbPart.mid(slash + 1)
                             + QStringLiteral(".rels");
    if (!m_sheets.isEmpty() && rels.value().isEmpty())
        return error(Error::Kind::Format,
                     tr("The workbook's relationships are missing, so its sheets cannot be found."),
                     relsPart);

    if (!stylesPart.isEmpty() && m_package.contains(stylesPart)) {
        if (Status s = readStyles(stylesPart); !s.ok())
            return s.error();
    }
    if (!sharedStringsPart.isEmpty()) {
        if (!m_package.contains(sharedStringsPart))
            return error(Error::Kind::Format, tr("The shared strings part is missing from the archive."),
                         sharedStringsPart);
        if (Status s = readSharedStrings(sharedStringsPart); !s.ok())
            return s.error();
    }

    struct Planned
    {
        QString part;
        Sheet::Type type = Sheet::Type::Worksheet;
    };
    std::vector<Planned> plan;
    for (const SheetEntry &e : std::as_const(m_sheets)) {
        const auto it = byId.constFind(e.relationshipId);
        if (it == byId.constEnd() || it->target.isEmpty())
            return error(Error::Kind::Format,
                         tr("The sheet \"%1\" has no part in the archive (relationship \"%2\" is missing).")
                             .arg(e.name, e.relationshipId),
                         relsPart);
        if (!m_package.contains(it->target))
            return error(Error::Kind::Format,
                         tr("The part of sheet \"%1\" is missing from the archive.").arg(e.name), it->target);
        Planned p;
        p.part = it->target;
        if (XlsxPackage::typeIs(it->type, u"chartsheet"))
            p.type = Sheet::Type::Chartsheet;
        else
            m_total += m_package.uncompressedSize(p.part);
        plan.push_back(p);
    }

    if (m_options.progress && !m_options.progress(0, m_total))
        return error(Error::Kind::Cancelled, tr("Reading was cancelled."), QString());
    m_workbook.source.format = QStringLiteral("xlsx");
    m_workbook.source.date1904 = m_date1904;
    m_workbook.sheets.reserve(plan.size());
    for (qsizetype i = 0; i < m_sheets.size(); ++i) {
        Sheet sheet;
        sheet.name = m_sheets[i].name;
        sheet.state = m_sheets[i].state;
        sheet.type = plan[size_t(i)].type;
        // Chartsheets hold no cells: their table stays empty.
        if (sheet.type == Sheet::Type::Worksheet) {
            if (Status s = readSheet(plan[size_t(i)].part, sheet); !s.ok())
                return s.error();
        }
        m_workbook.sheets.push_back(std::move(sheet));
    }
    return std::move(m_workbook);
}

} // namespace

Result<Workbook> XlsxReader::readFile(const QString &path, const ReadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.kind = Error::Kind::Io;
        e.file = path;
        e.message = tr("The file cannot be opened: %1").arg(file.errorString());
        return e;
    }
    return read(&file, path, options);
}

Result<Workbook> XlsxReader::read(QIODevice *device, const QString &displayName, const ReadOptions &options)
{
    XlsxReadSession session(device, displayName, options);
    return session.run();
}

} // namespace tenarai
