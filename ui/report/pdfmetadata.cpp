// SPDX-License-Identifier: Apache-2.0
#include "pdfmetadata.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace ksd {

namespace {

/// A PDF text string: UTF-16BE with a byte order mark, written in hex so that no character needs escaping.
QByteArray pdfString(const QString &s)
{
    QByteArray out("<FEFF");
    for (const QChar c : s)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    out += '>';
    return out;
}

QByteArray pdfDate(const QDateTime &dt)
{
    const QDateTime utc = dt.isValid() ? dt.toUTC() : QDateTime::currentDateTimeUtc();
    return "(D:" + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

QString xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped();
}

/// The object number after "/Key" in @p dict ("/Root 2 0 R" → 2), or -1.
int refAfter(const QByteArray &dict, const char *key)
{
    const QRegularExpression re(QStringLiteral("%1\\s+(\\d+)\\s+\\d+\\s+R").arg(QLatin1String(key)));
    const auto m = re.match(QString::fromLatin1(dict));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// The body of object @p number ("N 0 obj" … "endobj"), or empty.
QByteArray objectBody(const QByteArray &pdf, int number)
{
    const QByteArray head = "\n" + QByteArray::number(number) + " 0 obj";
    const qsizetype start = pdf.lastIndexOf(head);
    if (start < 0)
        return {};
    const qsizetype bodyStart = start + head.size();
    const qsizetype end = pdf.indexOf("endobj", bodyStart);
    return end < 0 ? QByteArray() : pdf.mid(bodyStart, end - bodyStart);
}

} // namespace

QByteArray xmpMetadata(const PdfMetadata &meta)
{
    const QString created = (meta.created.isValid() ? meta.created : QDateTime::currentDateTimeUtc())
                                .toUTC()
                                .toString(Qt::ISODate);
    const QString xmp =
        QStringLiteral("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "  <rdf:Description rdf:about=\"\"\n"
                       "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                       "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                       "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"%9>\n"
                       "   <dc:format>application/pdf</dc:format>\n"
                       "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
                       "   <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
                       "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt>"
                       "</dc:description>\n"
                       "   <dc:language><rdf:Bag><rdf:li>%4</rdf:li></rdf:Bag></dc:language>\n"
                       "   <pdf:Keywords>%5</pdf:Keywords>\n"
                       "   <pdf:Producer>%6</pdf:Producer>\n"
                       "   <xmp:CreatorTool>%7</xmp:CreatorTool>\n"
                       "   <xmp:CreateDate>%8</xmp:CreateDate>\n"
                       "%10"
                       "  </rdf:Description>\n"
                       " </rdf:RDF>\n"
                       "</x:xmpmeta>\n"
                       "<?xpacket end=\"w\"?>")
            .arg(xmlEscaped(meta.title), xmlEscaped(meta.author), xmlEscaped(meta.subject),
                 xmlEscaped(meta.language), xmlEscaped(meta.keywords), xmlEscaped(meta.producer),
                 xmlEscaped(meta.creator), created,
                 meta.pdfa ? QStringLiteral("\n    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"") : QString(),
                 meta.pdfa ? QStringLiteral("   <pdfaid:part>1</pdfaid:part>\n"
                                            "   <pdfaid:conformance>B</pdfaid:conformance>\n")
                           : QString());
    return xmp.toUtf8();
}

QByteArray withPdfMetadata(const QByteArray &pdf, const PdfMetadata &meta)
{
    const qsizetype sx = pdf.lastIndexOf("startxref");
    const qsizetype tr = sx < 0 ? -1 : pdf.lastIndexOf("trailer", sx);
    if (sx < 0 || tr < 0)
        return pdf;
    bool ok = false;
    const qint64 prevXref = pdf.mid(sx + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    const QByteArray trailer = pdf.mid(tr, sx - tr);
    const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    const auto sizeMatch = sizeRe.match(QString::fromLatin1(trailer));
    const int root = refAfter(trailer, "/Root");
    if (!ok || !sizeMatch.hasMatch() || root < 0)
        return pdf;
    const int size = sizeMatch.captured(1).toInt();

    // The catalog as written, with /Lang and the outline added.
    const QByteArray catalogBody = objectBody(pdf, root);
    const qsizetype open = catalogBody.indexOf("<<");
    const qsizetype close = catalogBody.lastIndexOf(">>");
    if (open < 0 || close <= open)
        return pdf;
    QByteArray catalogDict = catalogBody.mid(open + 2, close - open - 2);

    // Page objects, in order, from the page tree root (QPdfWriter writes a single /Pages node).
    QList<int> pageObjects;
    const int pagesRoot = refAfter(catalogDict, "/Pages");
    if (pagesRoot >= 0) {
        const QByteArray pages = objectBody(pdf, pagesRoot);
        const qsizetype kids = pages.indexOf("/Kids");
        const qsizetype countAt = pages.indexOf("/Count", kids);
        if (kids >= 0) {
            const QString list = QString::fromLatin1(pages.mid(kids + 5, countAt > kids ? countAt - kids - 5 : -1));
            static const QRegularExpression refRe(QStringLiteral("(\\d+)\\s+\\d+\\s+R"));
            for (auto it = refRe.globalMatch(list); it.hasNext();)
                pageObjects.append(it.next().captured(1).toInt());
        }
    }

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QList<QPair<int, qint64>> offsets;
    int next = size;

    // Outline: level-2 bookmarks hang under the level-1 bookmark before them.
    struct Node
    {
        int object = 0;
        int parent = 0;
        QList<int> children; // indexes into nodes
        int bookmark = -1;
    };
    QList<PdfBookmark> marks;
    for (const PdfBookmark &b : meta.bookmarks) {
        if (b.page >= 1 && b.page <= pageObjects.size())
            marks.append(b);
    }
    int outlineRoot = -1;
    if (!marks.isEmpty()) {
        outlineRoot = next++;
        QList<Node> nodes;
        QList<int> top;
        int lastTop = -1;
        for (int i = 0; i < marks.size(); ++i) {
            Node n;
            n.object = next++;
            n.bookmark = i;
            if (marks[i].level >= 2 && lastTop >= 0) {
                n.parent = nodes[lastTop].object;
                nodes[lastTop].children.append(int(nodes.size()));
            } else {
                n.parent = outlineRoot;
                top.append(int(nodes.size()));
                lastTop = int(nodes.size());
            }
            nodes.append(n);
        }
        auto writeSiblings = [&](const QList<int> &siblings) {
            for (int k = 0; k < siblings.size(); ++k) {
                const Node &n = nodes[siblings[k]];
                const PdfBookmark &b = marks[n.bookmark];
                QByteArray obj = QByteArray::number(n.object) + " 0 obj\n<<\n/Title " + pdfString(b.title)
                                 + "\n/Parent " + QByteArray::number(n.parent) + " 0 R\n";
                if (k > 0)
                    obj += "/Prev " + QByteArray::number(nodes[siblings[k - 1]].object) + " 0 R\n";
                if (k + 1 < siblings.size())
                    obj += "/Next " + QByteArray::number(nodes[siblings[k + 1]].object) + " 0 R\n";
                if (!n.children.isEmpty()) {
                    obj += "/First " + QByteArray::number(nodes[n.children.first()].object) + " 0 R\n/Last "
                           + QByteArray::number(nodes[n.children.last()].object) + " 0 R\n/Count -"
                           + QByteArray::number(n.children.size()) + "\n";
                }
                const double y = std::max(0.0, b.pageHeight - b.top);
                obj += "/Dest [" + QByteArray::number(pageObjects[b.page - 1]) + " 0 R /XYZ null "
                       + QByteArray::number(y, 'f', 1) + " null]\n>>\nendobj\n";
                offsets.append({n.object, out.size()});
                out += obj;
            }
        };
        writeSiblings(top);
        for (const Node &n : std::as_const(nodes)) {
            if (!n.children.isEmpty())
                writeSiblings(n.children);
        }
        offsets.append({outlineRoot, out.size()});
        out += QByteArray::number(outlineRoot) + " 0 obj\n<<\n/Type /Outlines\n/First "
               + QByteArray::number(nodes[top.first()].object) + " 0 R\n/Last "
               + QByteArray::number(nodes[top.last()].object) + " 0 R\n/Count "
               + QByteArray::number(top.size()) + "\n>>\nendobj\n";
    }

    QByteArray catalog = catalogDict.trimmed();
    if (!meta.language.isEmpty())
        catalog += "\n/Lang (" + meta.language.toLatin1() + ')'; // a BCP 47 tag is plain ASCII
    if (outlineRoot >= 0)
        catalog += "\n/Outlines " + QByteArray::number(outlineRoot) + " 0 R\n/PageMode /UseOutlines";
    offsets.append({root, out.size()});
    out += QByteArray::number(root) + " 0 obj\n<<\n" + catalog + "\n>>\nendobj\n";

    const int info = next++;
    offsets.append({info, out.size()});
    QByteArray infoDict = "/Title " + pdfString(meta.title) + "\n/Author " + pdfString(meta.author) + "\n";
    if (!meta.subject.isEmpty())
        infoDict += "/Subject " + pdfString(meta.subject) + "\n";
    if (!meta.keywords.isEmpty())
        infoDict += "/Keywords " + pdfString(meta.keywords) + "\n";
    infoDict += "/Creator " + pdfString(meta.creator) + "\n/Producer " + pdfString(meta.producer)
                + "\n/CreationDate " + pdfDate(meta.created) + "\n";
    out += QByteArray::number(info) + " 0 obj\n<<\n" + infoDict + ">>\nendobj\n";

    // Cross-reference section of the update: one subsection per run of consecutive object numbers.
    std::sort(offsets.begin(), offsets.end());
    const qint64 xref = out.size();
    out += "xref\n";
    for (int i = 0; i < offsets.size();) {
        int j = i + 1;
        while (j < offsets.size() && offsets[j].first == offsets[j - 1].first + 1)
            ++j;
        out += QByteArray::number(offsets[i].first) + ' ' + QByteArray::number(j - i) + '\n';
        for (int k = i; k < j; ++k)
            out += QByteArray::number(offsets[k].second).rightJustified(10, '0') + " 00000 n \n";
        i = j;
    }
    // The file identifier stays in the last trailer (PDF/A-1 requires one there).
    QByteArray id;
    if (const qsizetype at = trailer.indexOf("/ID"); at >= 0) {
        const qsizetype end = trailer.indexOf(']', at);
        if (end > at)
            id = trailer.mid(at, end - at + 1) + '\n';
    }
    out += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root " + QByteArray::number(root)
           + " 0 R\n/Info " + QByteArray::number(info) + " 0 R\n" + id + "/Prev " + QByteArray::number(prevXref)
           + "\n>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace ksd
