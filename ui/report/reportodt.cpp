// SPDX-License-Identifier: Apache-2.0
#include "reportodt.h"

#include "mapfigure.h"

#include "io/zipwriter.h"

#include <QBuffer>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace ksd {

namespace {

const char *const Namespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
    " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
    " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
    " office:version=\"1.2\"";

// Page geometry in cm, as the PDF's (reportstyle.h): A4, left 2.5 (binding), right 2, top 2.2, bottom 2.
constexpr double PortraitBody = 21.0 - 2.5 - 2.0;
constexpr double LandscapeBody = 29.7 - 2.0 - 2.0;
constexpr double LandscapeHeight = 21.0 - 2.0 - 2.0;
/// Figures are rendered at 200 dpi: sharp on paper, a few hundred kilobytes each.
constexpr double FigureDpi = 200;

QString cm(double v)
{
    return QString::number(v, 'f', 3) + QStringLiteral("cm");
}

QString pt(double v)
{
    return QString::number(v, 'f', 1) + QStringLiteral("pt");
}

class Writer
{
public:
    Writer(const ReportModel &model, const ReportStyle &style, const FigurePainter &figures)
        : M(model), S(style), mFigures(figures), x(&mBody)
    {
    }

    QByteArray package()
    {
        body();
        io::ZipWriter zip;
        zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text");
        zip.add(QStringLiteral("content.xml"), content());
        zip.add(QStringLiteral("styles.xml"), styles());
        zip.add(QStringLiteral("meta.xml"), meta());
        QByteArray manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
                              "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                              "manifest:version=\"1.2\">\n"
                              " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
                              "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n";
        for (const char *f : {"content.xml", "styles.xml", "meta.xml"}) {
            manifest += QByteArray(" <manifest:file-entry manifest:full-path=\"") + f
                        + "\" manifest:media-type=\"text/xml\"/>\n";
        }
        for (auto it = mPictures.cbegin(); it != mPictures.cend(); ++it) {
            zip.add(it.key(), it.value());
            manifest += " <manifest:file-entry manifest:full-path=\"" + it.key().toUtf8()
                        + "\" manifest:media-type=\"image/png\"/>\n";
        }
        manifest += "</manifest:manifest>\n";
        zip.add(QStringLiteral("META-INF/manifest.xml"), manifest);
        return zip.finish();
    }

private:
    // --- styles ----------------------------------------------------------------------------------------------

    /// A paragraph style of @p parent that starts a new page (and, when @p master is set, a page of that master):
    /// created once, written among the content's automatic styles.
    QString breakStyle(const QString &parent)
    {
        if (!mBreak && mMaster.isEmpty())
            return parent;
        const QString name = parent + (mMaster.isEmpty() ? QStringLiteral("_B") : QStringLiteral("_M") + mMaster);
        if (!mAuto.contains(name)) {
            QString props = mMaster.isEmpty() ? QStringLiteral("<style:paragraph-properties fo:break-before=\"page\"/>")
                                              : QString();
            mAuto.insert(name, QStringLiteral("<style:style style:name=\"%1\" style:family=\"paragraph\" "
                                              "style:parent-style-name=\"%2\"%3>%4</style:style>")
                                   .arg(name, parent,
                                        mMaster.isEmpty() ? QString()
                                                          : QStringLiteral(" style:master-page-name=\"%1\"").arg(mMaster),
                                        props));
        }
        mBreak = false;
        mMaster.clear();
        return name;
    }

    QString textStyle(double size, bool bold, const QColor &color)
    {
        const QString name = QStringLiteral("T%1%2%3").arg(int(size * 10)).arg(bold ? 'b' : 'n').arg(color.name().mid(1));
        if (!mAuto.contains(name)) {
            mAuto.insert(name, QStringLiteral("<style:style style:name=\"%1\" style:family=\"text\"><style:text-properties "
                                              "fo:font-size=\"%2\" fo:font-weight=\"%3\" fo:color=\"%4\"/></style:style>")
                                   .arg(name, pt(size), bold ? QStringLiteral("bold") : QStringLiteral("normal"),
                                        color.name()));
        }
        return name;
    }

    QString cellParagraph(ColumnAlign align, bool bold, bool head)
    {
        const QString parent = head ? QStringLiteral("Table_20_Heading") : QStringLiteral("Table_20_Contents");
        const QChar a = align == ColumnAlign::Right ? u'r' : (align == ColumnAlign::Center ? u'c' : u'l');
        const QString name = QStringLiteral("TP%1%2%3").arg(head ? u'h' : u'c').arg(a).arg(bold ? u'b' : u'n');
        if (!mAuto.contains(name)) {
            const QString textAlign = align == ColumnAlign::Right
                                          ? QStringLiteral("end")
                                          : (align == ColumnAlign::Center ? QStringLiteral("center")
                                                                          : QStringLiteral("start"));
            mAuto.insert(name, QStringLiteral("<style:style style:name=\"%1\" style:family=\"paragraph\" "
                                              "style:parent-style-name=\"%2\"><style:paragraph-properties "
                                              "fo:text-align=\"%3\"/><style:text-properties fo:font-weight=\"%4\"/>"
                                              "</style:style>")
                                   .arg(name, parent, textAlign,
                                        bold || head ? QStringLiteral("bold") : QStringLiteral("normal")));
        }
        return name;
    }

    QString cellStyle(const QColor &fill, bool ruled)
    {
        const QString name = QStringLiteral("C%1%2").arg(fill.isValid() ? fill.name().mid(1) : QStringLiteral("none"))
                                 .arg(ruled ? u'r' : u'n');
        if (!mAuto.contains(name)) {
            const QString border = ruled ? QStringLiteral("0.5pt solid %1").arg(S.grid.name()) : QStringLiteral("none");
            mAuto.insert(name, QStringLiteral("<style:style style:name=\"%1\" style:family=\"table-cell\">"
                                              "<style:table-cell-properties fo:padding=\"0.06cm\" fo:border=\"%2\"%3/>"
                                              "</style:style>")
                                   .arg(name, border,
                                        fill.isValid() ? QStringLiteral(" fo:background-color=\"%1\"").arg(fill.name())
                                                       : QString()));
        }
        return name;
    }

    // --- writing helpers -------------------------------------------------------------------------------------

    /// Text with line breaks kept.
    void text(const QString &s)
    {
        const QStringList lines = s.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                x.writeEmptyElement(QStringLiteral("text:line-break"));
            x.writeCharacters(lines[i]);
        }
    }

    void paragraph(const QString &style, const QString &s)
    {
        x.writeStartElement(QStringLiteral("text:p"));
        x.writeAttribute(QStringLiteral("text:style-name"), breakStyle(style));
        text(s);
        x.writeEndElement();
    }

    void styledParagraph(const QString &style, const QString &s, double size, bool bold, const QColor &color)
    {
        x.writeStartElement(QStringLiteral("text:p"));
        x.writeAttribute(QStringLiteral("text:style-name"), breakStyle(style));
        x.writeStartElement(QStringLiteral("text:span"));
        x.writeAttribute(QStringLiteral("text:style-name"), textStyle(size, bold, color));
        text(s);
        x.writeEndElement();
        x.writeEndElement();
    }

    double bodyWidth() const { return mLandscape ? LandscapeBody : PortraitBody; }

    // --- the body --------------------------------------------------------------------------------------------

    void body()
    {
        if (M.hasCover) {
            cover();
            mBreak = true;
        }
        const bool marked = std::any_of(M.blocks.cbegin(), M.blocks.cend(), [](const ReportBlock &b) {
            return std::holds_alternative<ReportContentsMark>(b);
        });
        if (M.hasContents && !marked)
            contents();
        for (const ReportBlock &b : M.blocks) {
            if (std::holds_alternative<ReportContentsMark>(b) && M.hasContents)
                contents();
            else if (const auto *a = std::get_if<ReportApproval>(&b))
                approval(*a);
            else if (const auto *h = std::get_if<ReportHeading>(&b))
                heading(*h);
            else if (const auto *p = std::get_if<ReportParagraph>(&b))
                paragraph(p->style == TextStyle::Lead   ? QStringLiteral("Lead")
                          : p->style == TextStyle::Body ? QStringLiteral("Text_20_body")
                                                        : QStringLiteral("Note"),
                          p->text);
            else if (const auto *bl = std::get_if<ReportBullets>(&b))
                bullets(*bl);
            else if (const auto *t = std::get_if<ReportTable>(&b))
                table(*t);
            else if (const auto *f = std::get_if<ReportFigure>(&b))
                figure(*f, bodyWidth());
            else if (const auto *f = std::get_if<ReportFacts>(&b))
                facts(*f);
            else if (const auto *pb = std::get_if<ReportPageBreak>(&b))
                pageBreak(pb->orientation);
        }
    }

    void pageBreak(PageOrientation o)
    {
        const bool landscape = o == PageOrientation::Landscape;
        if (landscape != mLandscape)
            mMaster = landscape ? QStringLiteral("Landscape") : QStringLiteral("Standard");
        else
            mBreak = true;
        mLandscape = landscape;
    }

    void cover()
    {
        const ReportCover &c = M.cover;
        styledParagraph(QStringLiteral("Standard"), c.authority, 12, true, S.accent);
        paragraph(QStringLiteral("Spacer"), QString());
        styledParagraph(QStringLiteral("Standard"), c.kicker, 14, true, S.accent);
        styledParagraph(QStringLiteral("Standard"), c.title, 30, true, S.accent);
        styledParagraph(QStringLiteral("Standard"), c.subtitle, 13, false, S.text);
        paragraph(QStringLiteral("Spacer"), QString());
        styledParagraph(QStringLiteral("Standard"), c.regionName, 18, true, S.text);
        if (!c.regionLine.isEmpty())
            styledParagraph(QStringLiteral("Standard"), c.regionLine, 10, false, S.muted);
        styledParagraph(QStringLiteral("Standard"), c.yearText, 14, true, S.accent);
        paragraph(QStringLiteral("Spacer"), QString());
        styledParagraph(QStringLiteral("Standard"), c.preparedByLabel, 9, false, S.muted);
        styledParagraph(QStringLiteral("Standard"), c.preparedBy, 11, true, S.text);
        styledParagraph(QStringLiteral("Standard"), c.dateText, 11, false, S.text);
        if (!c.dataText.isEmpty())
            styledParagraph(QStringLiteral("Standard"), c.dataText, 10, false, S.muted);
        if (!c.note.isEmpty()) {
            paragraph(QStringLiteral("Spacer"), QString());
            paragraph(QStringLiteral("Note"), c.note);
        }
    }

    void heading(const ReportHeading &h)
    {
        const int level = std::clamp(h.level, 1, 3);
        if (h.newPage)
            mBreak = true;
        if (level == 1 && !h.kicker.isEmpty())
            paragraph(QStringLiteral("Kicker"), h.kicker);
        x.writeStartElement(QStringLiteral("text:h"));
        x.writeAttribute(QStringLiteral("text:style-name"), breakStyle(QStringLiteral("Heading_20_%1").arg(level)));
        x.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
        text(level == 2 && !h.number.isEmpty() ? h.number + QStringLiteral("  ") + h.title : h.title);
        x.writeEndElement();
    }

    void bullets(const ReportBullets &b)
    {
        x.writeStartElement(QStringLiteral("text:list"));
        x.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Bullets"));
        for (const QString &item : b.items) {
            x.writeStartElement(QStringLiteral("text:list-item"));
            paragraph(QStringLiteral("List_20_Paragraph"), item);
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    void approval(const ReportApproval &a)
    {
        const QString blank = QStringLiteral("………………………………………");
        paragraph(QStringLiteral("ApprovalTitle"), a.documentTitle);
        if (!a.numberLabel.isEmpty()) {
            paragraph(QStringLiteral("Centered"),
                      QStringLiteral("%1: %2     %3: %4")
                          .arg(a.numberLabel, a.number.isEmpty() ? blank : a.number, a.dateLabel,
                               a.date.isEmpty() ? blank : a.date));
        }
        for (const ReportSignature &s : a.signatures) {
            paragraph(QStringLiteral("Spacer"), QString());
            styledParagraph(QStringLiteral("Standard"), s.role, 11, true, S.text);
            paragraph(QStringLiteral("Standard"), s.position);
            styledParagraph(QStringLiteral("SignSpace"), a.signLabel, 9, false, S.muted);
            paragraph(QStringLiteral("Standard"),
                      QStringLiteral("%1: %2").arg(a.nameLabel, s.name.isEmpty() ? blank : s.name));
            paragraph(QStringLiteral("Standard"), QStringLiteral("%1: %2").arg(a.nipLabel, s.nip.isEmpty() ? blank : s.nip));
        }
    }

    /// The contents as an index the word processor updates (with page numbers: Tools → Update in LibreOffice, F9 in
    /// Word), filled with the headings so that it reads right before any update; then the lists of tables and
    /// figures.
    void contents()
    {
        mBreak = true;
        x.writeStartElement(QStringLiteral("text:table-of-content"));
        x.writeAttribute(QStringLiteral("text:name"), M.contentsTitle);
        x.writeStartElement(QStringLiteral("text:table-of-content-source"));
        x.writeAttribute(QStringLiteral("text:outline-level"), QStringLiteral("2"));
        x.writeStartElement(QStringLiteral("text:index-title-template"));
        x.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Contents_20_Heading"));
        x.writeCharacters(M.contentsTitle);
        x.writeEndElement();
        for (int level : {1, 2}) {
            x.writeStartElement(QStringLiteral("text:table-of-content-entry-template"));
            x.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
            x.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Contents_20_%1").arg(level));
            x.writeEmptyElement(QStringLiteral("text:index-entry-text"));
            x.writeEmptyElement(QStringLiteral("text:index-entry-tab-stop"));
            x.writeAttribute(QStringLiteral("style:type"), QStringLiteral("right"));
            x.writeAttribute(QStringLiteral("style:leader-char"), QStringLiteral("."));
            x.writeEmptyElement(QStringLiteral("text:index-entry-page-number"));
            x.writeEndElement();
        }
        x.writeEndElement(); // source
        x.writeStartElement(QStringLiteral("text:index-body"));
        x.writeStartElement(QStringLiteral("text:index-title"));
        x.writeAttribute(QStringLiteral("text:name"), M.contentsTitle + QStringLiteral("_Head"));
        paragraph(QStringLiteral("Contents_20_Heading"), M.contentsTitle);
        x.writeEndElement();
        for (const ReportBlock &b : M.blocks) {
            const auto *h = std::get_if<ReportHeading>(&b);
            if (!h || !h->inContents || h->level > 2)
                continue;
            QString entry = h->title;
            if (h->level == 1 && !h->kicker.isEmpty())
                entry = h->kicker + QStringLiteral("  ") + h->title;
            else if (h->level == 2 && !h->number.isEmpty())
                entry = h->number + QStringLiteral("  ") + h->title;
            paragraph(QStringLiteral("Contents_20_%1").arg(h->level), entry);
        }
        x.writeEndElement(); // body
        x.writeEndElement(); // table-of-content
        captionList(M.tablesTitle, true);
        captionList(M.figuresTitle, false);
    }

    void captionList(const QString &title, bool tables)
    {
        QStringList captions;
        for (const ReportBlock &b : M.blocks) {
            if (tables) {
                if (const auto *t = std::get_if<ReportTable>(&b); t && !t->caption.isEmpty())
                    captions.append(t->caption);
            } else if (const auto *f = std::get_if<ReportFigure>(&b); f && !f->caption.isEmpty()) {
                captions.append(f->caption);
            }
        }
        if (title.isEmpty() || captions.isEmpty())
            return;
        paragraph(QStringLiteral("Contents_20_Heading"), title);
        for (const QString &c : std::as_const(captions))
            paragraph(QStringLiteral("Contents_20_1"), c);
    }

    void table(const ReportTable &t)
    {
        if (!t.caption.isEmpty())
            paragraph(QStringLiteral("Table_20_Caption"), t.caption);
        else if (mBreak || !mMaster.isEmpty())
            paragraph(QStringLiteral("Standard"), QString()); // carries the page break
        const int columns = int(t.columns.size());
        if (columns == 0)
            return;
        const QString name = QStringLiteral("Tabel%1").arg(++mTables);
        mAuto.insert(name, QStringLiteral("<style:style style:name=\"%1\" style:family=\"table\"><style:table-properties "
                                          "style:width=\"%2\" table:align=\"margins\"/></style:style>")
                               .arg(name, cm(bodyWidth())));
        double total = 0;
        for (const ReportColumn &c : t.columns)
            total += std::max(0.01, c.width);
        x.writeStartElement(QStringLiteral("table:table"));
        x.writeAttribute(QStringLiteral("table:name"), name);
        x.writeAttribute(QStringLiteral("table:style-name"), name);
        for (int c = 0; c < columns; ++c) {
            const QString col = QStringLiteral("%1.C%2").arg(name).arg(c);
            mAuto.insert(col, QStringLiteral("<style:style style:name=\"%1\" style:family=\"table-column\">"
                                             "<style:table-column-properties style:column-width=\"%2\" "
                                             "style:rel-column-width=\"%3*\"/></style:style>")
                                  .arg(col, cm(bodyWidth() * std::max(0.01, t.columns[c].width) / total))
                                  .arg(int(10000 * std::max(0.01, t.columns[c].width) / total)));
            x.writeEmptyElement(QStringLiteral("table:table-column"));
            x.writeAttribute(QStringLiteral("table:style-name"), col);
        }
        const auto cell = [this](const QString &value, const QString &cellStyleName, const QString &paraStyle,
                                 int span) {
            x.writeStartElement(QStringLiteral("table:table-cell"));
            x.writeAttribute(QStringLiteral("table:style-name"), cellStyleName);
            x.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
            if (span > 1)
                x.writeAttribute(QStringLiteral("table:number-columns-spanned"), QString::number(span));
            x.writeStartElement(QStringLiteral("text:p"));
            x.writeAttribute(QStringLiteral("text:style-name"), paraStyle);
            text(value);
            x.writeEndElement();
            x.writeEndElement();
        };
        x.writeStartElement(QStringLiteral("table:table-header-rows"));
        x.writeStartElement(QStringLiteral("table:table-row"));
        for (int c = 0; c < columns; ++c) {
            cell(t.columns[c].title, cellStyle(S.accentLight, true), cellParagraph(t.columns[c].align, true, true),
                 1);
        }
        x.writeEndElement();
        x.writeEndElement();
        for (int r = 0; r < t.rows.size(); ++r) {
            const RowKind kind = t.kindOf(r);
            QColor fill;
            if (kind == RowKind::Total)
                fill = S.totalFill;
            else if (kind == RowKind::Group)
                fill = S.groupFill;
            else if (kind == RowKind::Warning)
                fill = S.warningFill;
            const bool bold = kind == RowKind::Total || kind == RowKind::Group;
            x.writeStartElement(QStringLiteral("table:table-row"));
            if (kind == RowKind::Group) {
                cell(t.rows[r].value(0), cellStyle(fill, true), cellParagraph(ColumnAlign::Left, true, false), columns);
                for (int c = 1; c < columns; ++c)
                    x.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
            } else {
                for (int c = 0; c < columns; ++c)
                    cell(t.rows[r].value(c), cellStyle(fill, true), cellParagraph(t.columns[c].align, bold, false), 1);
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        if (!t.note.isEmpty())
            paragraph(QStringLiteral("Note"), t.note);
    }

    /// The figure drawn by the same painters as the PDF, as a PNG of @p widthCm on paper.
    void picture(const ReportFigure &f, double widthCm, double heightCm)
    {
        const int w = int(widthCm / 2.54 * FigureDpi);
        const int h = int(heightCm / 2.54 * FigureDpi);
        QImage image(w, h, QImage::Format_RGB32);
        image.setDotsPerMeterX(int(FigureDpi / 0.0254));
        image.setDotsPerMeterY(int(FigureDpi / 0.0254));
        image.fill(Qt::white);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setRenderHint(QPainter::TextAntialiasing, true);
            MapFigurePainter::paintFigure(p, QRectF(0, 0, w, h), f, S, FigureDpi / 72.0, &mFigures);
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QString path = QStringLiteral("Pictures/gambar%1.png").arg(mPictures.size() + 1, 2, 10, QLatin1Char('0'));
        mPictures.insert(path, png);

        x.writeStartElement(QStringLiteral("text:p"));
        x.writeAttribute(QStringLiteral("text:style-name"), breakStyle(QStringLiteral("Figure")));
        x.writeStartElement(QStringLiteral("draw:frame"));
        x.writeAttribute(QStringLiteral("draw:name"), QStringLiteral("Gambar%1").arg(mPictures.size()));
        x.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
        x.writeAttribute(QStringLiteral("svg:width"), cm(widthCm));
        x.writeAttribute(QStringLiteral("svg:height"), cm(heightCm));
        x.writeAttribute(QStringLiteral("draw:z-index"), QStringLiteral("0"));
        x.writeEmptyElement(QStringLiteral("draw:image"));
        x.writeAttribute(QStringLiteral("xlink:href"), path);
        x.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
        x.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
        x.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
        x.writeEndElement();
        x.writeEndElement();
    }

    void figure(const ReportFigure &f, double widthCm)
    {
        // A full-page figure keeps the landscape page's shape, below a heading and a line or two.
        const double height = f.fullPage ? std::min(widthCm * 0.62, LandscapeHeight - 6.0) : widthCm * f.heightRatio;
        picture(f, widthCm, height);
        if (!f.caption.isEmpty())
            paragraph(QStringLiteral("Figure_20_Caption"), f.caption);
        if (!f.attribution.isEmpty())
            paragraph(QStringLiteral("Note"), f.attribution);
    }

    /// The head of a region profile: label–value lines, then its locator map.
    void facts(const ReportFacts &f)
    {
        if (!f.items.isEmpty()) {
            ReportTable t;
            t.columns = {{QString(), 1}, {QString(), 2}};
            const QString name = QStringLiteral("Fakta%1").arg(++mTables);
            mAuto.insert(name, QStringLiteral("<style:style style:name=\"%1\" style:family=\"table\"><style:table-properties "
                                              "style:width=\"%2\" table:align=\"margins\"/></style:style>")
                                   .arg(name, cm(bodyWidth())));
            if (mBreak || !mMaster.isEmpty())
                paragraph(QStringLiteral("Standard"), QString());
            x.writeStartElement(QStringLiteral("table:table"));
            x.writeAttribute(QStringLiteral("table:name"), name);
            x.writeAttribute(QStringLiteral("table:style-name"), name);
            x.writeEmptyElement(QStringLiteral("table:table-column"));
            x.writeAttribute(QStringLiteral("table:number-columns-repeated"), QStringLiteral("2"));
            for (const auto &item : f.items) {
                x.writeStartElement(QStringLiteral("table:table-row"));
                for (int c = 0; c < 2; ++c) {
                    x.writeStartElement(QStringLiteral("table:table-cell"));
                    x.writeAttribute(QStringLiteral("table:style-name"), cellStyle(QColor(), false));
                    x.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
                    x.writeStartElement(QStringLiteral("text:p"));
                    x.writeAttribute(QStringLiteral("text:style-name"), cellParagraph(ColumnAlign::Left, c == 1, false));
                    text(c == 0 ? item.first : item.second);
                    x.writeEndElement();
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        if (f.hasFigure)
            figure(f.figure, bodyWidth() * 0.5);
    }

    // --- the package's parts ---------------------------------------------------------------------------------

    QByteArray content() const
    {
        QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content";
        out += Namespaces;
        out += ">\n<office:automatic-styles>\n";
        out += "<text:list-style style:name=\"Bullets\"><text:list-level-style-bullet text:level=\"1\" "
               "text:bullet-char=\"•\"><style:list-level-properties "
               "text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment "
               "text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"0.6cm\" fo:text-indent=\"-0.4cm\" "
               "fo:margin-left=\"0.6cm\"/></style:list-level-properties></text:list-level-style-bullet>"
               "</text:list-style>\n";
        for (const QString &s : mAuto)
            out += s.toUtf8() + '\n';
        out += "</office:automatic-styles>\n<office:body><office:text>\n";
        out += mBody;
        out += "\n</office:text></office:body></office:document-content>\n";
        return out;
    }

    QByteArray styles() const
    {
        const QString family = S.family.isEmpty() ? QStringLiteral("DejaVu Sans") : S.family;
        const bool en = M.language == QLatin1String("en");
        QString footer = M.pagePattern.toHtmlEscaped();
        footer.replace(QStringLiteral("%1"), QStringLiteral("<text:page-number text:select-page=\"current\"/>"));
        footer.replace(QStringLiteral("%2"), QStringLiteral("<text:page-count/>"));
        const QString header = M.headerLeft.toHtmlEscaped();
        const auto para = [](const QString &name, const QString &parent, const QString &pprops, const QString &tprops,
                             const QString &extra = {}) {
            return QStringLiteral("<style:style style:name=\"%1\" style:display-name=\"%2\" style:family=\"paragraph\"%3%4>"
                                  "<style:paragraph-properties %5/><style:text-properties %6/></style:style>\n")
                .arg(name, QString(name).replace(QStringLiteral("_20_"), QStringLiteral(" ")),
                     parent.isEmpty() ? QString() : QStringLiteral(" style:parent-style-name=\"%1\"").arg(parent),
                     extra, pprops, tprops);
        };
        const QString accent = S.accent.name();
        const QString muted = S.muted.name();
        QString styles;
        styles += QStringLiteral("<style:default-style style:family=\"paragraph\"><style:paragraph-properties "
                                 "fo:hyphenation-ladder-count=\"no-limit\"/><style:text-properties style:font-name=\"%1\" "
                                 "fo:font-size=\"10pt\" fo:language=\"%2\" fo:country=\"%3\" fo:color=\"%4\"/>"
                                 "</style:default-style>\n")
                      .arg(family, en ? QStringLiteral("en") : QStringLiteral("id"),
                           en ? QStringLiteral("GB") : QStringLiteral("ID"), S.text.name());
        styles += para(QStringLiteral("Standard"), {}, QStringLiteral("fo:margin-bottom=\"0.1cm\""), {},
                       QStringLiteral(" style:class=\"text\""));
        styles += para(QStringLiteral("Text_20_body"), QStringLiteral("Standard"),
                       QStringLiteral("fo:text-align=\"justify\" fo:margin-bottom=\"0.2cm\" fo:line-height=\"125%\""), {});
        styles += para(QStringLiteral("Lead"), QStringLiteral("Text_20_body"), {}, QStringLiteral("fo:font-size=\"11pt\""));
        styles += para(QStringLiteral("Note"), QStringLiteral("Standard"), QStringLiteral("fo:margin-bottom=\"0.2cm\""),
                       QStringLiteral("fo:font-size=\"8.5pt\" fo:color=\"%1\"").arg(muted));
        styles += para(QStringLiteral("Spacer"), QStringLiteral("Standard"), QStringLiteral("fo:margin-top=\"1.2cm\""), {});
        styles += para(QStringLiteral("Centered"), QStringLiteral("Standard"),
                       QStringLiteral("fo:text-align=\"center\" fo:margin-bottom=\"0.6cm\""), {});
        styles += para(QStringLiteral("ApprovalTitle"), QStringLiteral("Centered"), {},
                       QStringLiteral("fo:font-size=\"12pt\" fo:font-weight=\"bold\""));
        styles += para(QStringLiteral("SignSpace"), QStringLiteral("Standard"), QStringLiteral("fo:margin-bottom=\"1.5cm\""), {});
        styles += para(QStringLiteral("List_20_Paragraph"), QStringLiteral("Text_20_body"),
                       QStringLiteral("fo:margin-bottom=\"0.1cm\""), {});
        styles += para(QStringLiteral("Kicker"), QStringLiteral("Standard"),
                       QStringLiteral("fo:keep-with-next=\"always\" fo:margin-bottom=\"0.05cm\""),
                       QStringLiteral("fo:font-size=\"9.5pt\" fo:font-weight=\"bold\" fo:color=\"%1\"").arg(muted));
        styles += para(QStringLiteral("Heading"), QStringLiteral("Standard"),
                       QStringLiteral("fo:keep-with-next=\"always\" fo:margin-top=\"0.4cm\" fo:margin-bottom=\"0.2cm\""),
                       QStringLiteral("fo:font-weight=\"bold\" fo:color=\"%1\"").arg(accent),
                       QStringLiteral(" style:next-style-name=\"Text_20_body\" style:class=\"text\""));
        const double sizes[] = {S.h1Size, S.h2Size, S.h3Size};
        for (int level = 1; level <= 3; ++level) {
            styles += para(QStringLiteral("Heading_20_%1").arg(level), QStringLiteral("Heading"),
                           level == 1 ? QStringLiteral("fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0.4cm\"") : QString(),
                           QStringLiteral("fo:font-size=\"%1\"").arg(pt(sizes[level - 1])),
                           QStringLiteral(" style:default-outline-level=\"%1\"").arg(level));
        }
        styles += para(QStringLiteral("Table_20_Contents"), QStringLiteral("Standard"), QStringLiteral("fo:margin-bottom=\"0cm\""),
                       QStringLiteral("fo:font-size=\"%1\"").arg(pt(S.tableSize + 0.6)));
        styles += para(QStringLiteral("Table_20_Heading"), QStringLiteral("Table_20_Contents"), {},
                       QStringLiteral("fo:font-weight=\"bold\""));
        styles += para(QStringLiteral("Table_20_Caption"), QStringLiteral("Standard"),
                       QStringLiteral("fo:keep-with-next=\"always\" fo:margin-top=\"0.3cm\" fo:margin-bottom=\"0.1cm\""),
                       QStringLiteral("fo:font-size=\"%1\" fo:font-weight=\"bold\"").arg(pt(S.captionSize + 0.6)));
        styles += para(QStringLiteral("Figure"), QStringLiteral("Standard"),
                       QStringLiteral("fo:text-align=\"center\" fo:keep-with-next=\"always\" fo:margin-top=\"0.2cm\""), {});
        styles += para(QStringLiteral("Figure_20_Caption"), QStringLiteral("Standard"), QStringLiteral("fo:text-align=\"center\""),
                       QStringLiteral("fo:font-size=\"%1\" fo:font-weight=\"bold\"").arg(pt(S.captionSize + 0.6)));
        styles += para(QStringLiteral("Contents_20_Heading"), QStringLiteral("Heading"), QStringLiteral("fo:margin-top=\"0.6cm\""),
                       QStringLiteral("fo:font-size=\"%1\"").arg(pt(S.h2Size)));
        for (int level : {1, 2}) {
            // A right tab with dot leaders for the page numbers the word processor fills in.
            styles += QStringLiteral("<style:style style:name=\"Contents_20_%1\" style:display-name=\"Contents %1\" "
                                     "style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                                     "<style:paragraph-properties fo:margin-left=\"%2\" fo:margin-bottom=\"0.05cm\">"
                                     "<style:tab-stops><style:tab-stop style:position=\"%3\" style:type=\"right\" "
                                     "style:leader-style=\"dotted\" style:leader-text=\".\"/></style:tab-stops>"
                                     "</style:paragraph-properties><style:text-properties %4/></style:style>\n")
                          .arg(level)
                          .arg(level == 1 ? QStringLiteral("0cm") : QStringLiteral("0.6cm"),
                               cm(PortraitBody - (level == 1 ? 0 : 0.6)),
                               level == 1 ? QStringLiteral("fo:font-weight=\"bold\"") : QString());
        }
        styles += para(QStringLiteral("Header"), QStringLiteral("Standard"), {},
                       QStringLiteral("fo:font-size=\"7.5pt\" fo:color=\"%1\"").arg(muted));
        styles += para(QStringLiteral("Footer"), QStringLiteral("Standard"), QStringLiteral("fo:text-align=\"center\""),
                       QStringLiteral("fo:font-size=\"7.5pt\" fo:color=\"%1\"").arg(muted));
        // Headings are numbered by their own text ("3.2  …"), not by the word processor.
        styles += QStringLiteral("<text:outline-style style:name=\"Outline\">");
        for (int level = 1; level <= 10; ++level)
            styles += QStringLiteral("<text:outline-level-style text:level=\"%1\" style:num-format=\"\"/>").arg(level);
        styles += QStringLiteral("</text:outline-style>\n");

        const auto layout = [](const QString &name, bool landscape) {
            return QStringLiteral("<style:page-layout style:name=\"%1\"><style:page-layout-properties fo:page-width=\"%2\" "
                                  "fo:page-height=\"%3\" style:print-orientation=\"%4\" fo:margin-top=\"1.4cm\" "
                                  "fo:margin-bottom=\"1.2cm\" fo:margin-left=\"%5\" fo:margin-right=\"2cm\"/>"
                                  "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\" "
                                  "fo:margin-bottom=\"0.5cm\"/></style:header-style><style:footer-style>"
                                  "<style:header-footer-properties fo:min-height=\"0cm\" fo:margin-top=\"0.5cm\"/>"
                                  "</style:footer-style></style:page-layout>\n")
                .arg(name, landscape ? QStringLiteral("29.7cm") : QStringLiteral("21cm"),
                     landscape ? QStringLiteral("21cm") : QStringLiteral("29.7cm"),
                     landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"),
                     landscape ? QStringLiteral("2cm") : QStringLiteral("2.5cm"));
        };
        const auto master = [&header, &footer](const QString &name, const QString &layoutName) {
            return QStringLiteral("<style:master-page style:name=\"%1\" style:page-layout-name=\"%2\"><style:header>"
                                  "<text:p text:style-name=\"Header\">%3</text:p></style:header><style:footer>"
                                  "<text:p text:style-name=\"Footer\">%4</text:p></style:footer></style:master-page>\n")
                .arg(name, layoutName, header, footer);
        };
        QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles";
        out += Namespaces;
        out += ">\n";
        out += QStringLiteral("<office:font-face-decls><style:font-face style:name=\"%1\" svg:font-family=\"'%1'\"/>"
                              "</office:font-face-decls>\n")
                   .arg(family)
                   .toUtf8();
        out += "<office:styles>\n" + styles.toUtf8() + "</office:styles>\n<office:automatic-styles>\n";
        out += (layout(QStringLiteral("PagePortrait"), false) + layout(QStringLiteral("PageLandscape"), true)).toUtf8();
        out += "</office:automatic-styles>\n<office:master-styles>\n";
        out += (master(QStringLiteral("Standard"), QStringLiteral("PagePortrait"))
                + master(QStringLiteral("Landscape"), QStringLiteral("PageLandscape")))
                   .toUtf8();
        out += "</office:master-styles>\n</office:document-styles>\n";
        return out;
    }

    QByteArray meta() const
    {
        QString s = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta")
                    + QLatin1String(Namespaces)
                    + QStringLiteral("><office:meta><meta:generator>%1</meta:generator><dc:title>%2</dc:title>"
                                     "<dc:subject>%3</dc:subject><meta:initial-creator>%4</meta:initial-creator>"
                                     "<dc:language>%5</dc:language></office:meta></office:document-meta>\n")
                          .arg(M.creator.toHtmlEscaped(), M.title.toHtmlEscaped(), M.subject.toHtmlEscaped(),
                               M.author.toHtmlEscaped(),
                               M.language == QLatin1String("en") ? QStringLiteral("en-GB") : QStringLiteral("id-ID"));
        return s.toUtf8();
    }

    const ReportModel &M;
    const ReportStyle &S;
    const FigurePainter &mFigures;
    QByteArray mBody;
    QXmlStreamWriter x;
    QMap<QString, QString> mAuto;        ///< automatic styles of content.xml, by name
    QMap<QString, QByteArray> mPictures; ///< path in the package → PNG
    bool mBreak = false;                 ///< the next paragraph starts a page
    QString mMaster;                     ///< the next paragraph starts a page of this master ("" = none)
    bool mLandscape = false;
    int mTables = 0;
};

} // namespace

ReportOdtWriter::ReportOdtWriter(const ReportModel &model, const ReportStyle &style) : mModel(model), mStyle(style)
{
}

QByteArray ReportOdtWriter::odt() const
{
    return Writer(mModel, mStyle, mFigures).package();
}

Status ReportOdtWriter::writeOdt(const QString &path) const
{
    const QByteArray bytes = odt();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Berkas tidak dapat ditulis: %1").arg(file.errorString()), path, 2};
    return Status::success();
}

} // namespace ksd
