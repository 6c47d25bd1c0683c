// SPDX-License-Identifier: Apache-2.0
// ReportLayout: the front matter after the cover: the lists of tables and figures, and the approval page.
#include "reportlayout_p.h"

#include <QFontMetricsF>

namespace ksd {

using namespace detail::report;

void ReportLayout::Impl::lists()
{
    // Captions are numbered in block order, tables and figures alike; a table without rows is a sentence and has
    // no caption on the page.
    QList<QPair<QString, int>> tables;
    QList<QPair<QString, int>> figures;
    int index = 0;
    for (const ReportBlock &b : M.blocks) {
        if (const auto *t = std::get_if<ReportTable>(&b); t && !t->caption.isEmpty() && !t->rows.isEmpty())
            tables.append({t->caption, index++});
        else if (const auto *f = std::get_if<ReportFigure>(&b); f && !f->caption.isEmpty())
            figures.append({f->caption, index++});
    }
    if (!M.tablesTitle.isEmpty() && !tables.isEmpty())
        captionList(M.tablesTitle, tables);
    if (!M.figuresTitle.isEmpty() && !figures.isEmpty()) {
        space(pt(16));
        captionList(M.figuresTitle, figures);
    }
    breakPage(PageOrientation::Portrait);
}

void ReportLayout::Impl::captionList(const QString &title, const QList<QPair<QString, int>> &entries)
{
    ensurePage();
    const double width = body.width();
    const Text head = makeText(title.toUpper(), S.font(14, true), width, Qt::AlignHCenter, 1.2, dev);
    if (!fits(head.height() + pt(40)))
        breakPage();
    ensurePage();
    addText(head, QPointF(body.left(), y), S.accent);
    y += head.height() + pt(14);
    const double pageCol = pt(28);
    const QFont font = S.font(9.3);
    for (const auto &[caption, idx] : entries) {
        const Text text = makeText(caption, font, width - pageCol - pt(8), Qt::AlignLeft, 1.3, dev);
        if (!fits(text.height() + pt(2)))
            breakPage();
        ensurePage();
        const QPointF at(body.left(), y);
        const double right = body.right();
        const double unit = u;
        const ReportStyle &s = S;
        const int captionIndex = idx;
        add([text, at, right, font, unit, pageCol, captionIndex, &s](QPainter &p, const PaintContext &ctx) {
            p.setPen(s.text);
            text.draw(p, at);
            const int page = ctx.captionPages && captionIndex < ctx.captionPages->size()
                                 ? ctx.captionPages->at(captionIndex)
                                 : 0;
            drawPageReference(p, text, at.x(), at.y(), right, pageCol, font, page, s.muted, unit);
        });
        y += text.height() + pt(2);
    }
}

void ReportLayout::Impl::approval(const ReportApproval &a)
{
    ensurePage();
    const double width = body.width();
    const QString blank = QStringLiteral("………………………………………………");
    const auto place = [this](const Text &t, double x, const QColor &color) { addText(t, QPointF(x, y), color); };
    if (!a.documentTitle.isEmpty()) {
        const Text doc = makeText(a.documentTitle, S.font(11, true), width, Qt::AlignHCenter, 1.3, dev);
        place(doc, body.left(), S.text);
        y += doc.height() + pt(10);
    }
    if (a.numberLabel.isEmpty()) {
        y += pt(12);
    } else {
        const Text number = makeText(QStringLiteral("%1: %2     %3: %4")
                                     .arg(a.numberLabel, a.number.isEmpty() ? blank : a.number, a.dateLabel,
                                          a.date.isEmpty() ? blank : a.date),
                                 S.font(9.5), width, Qt::AlignHCenter, 1.3, dev);
        place(number, body.left(), S.text);
        y += number.height() + pt(22);
    }

    // One block per signatory: who and in what capacity on the left, the signature, name and NIP on the right.
    const double leftW = width * 0.42;
    const double rightX = body.left() + width * 0.48;
    const double rightW = width * 0.52;
    for (const ReportSignature &s : a.signatures) {
        const Text role = makeText(s.role, S.font(10, true), leftW, Qt::AlignLeft, 1.3, dev);
        const Text position = makeText(s.position, S.font(9.5), leftW, Qt::AlignLeft, 1.3, dev);
        const Text sign = makeText(a.signLabel, S.font(8), rightW, Qt::AlignLeft, 1.3, dev);
        const Text name = makeText(QStringLiteral("%1: %2").arg(a.nameLabel, s.name.isEmpty() ? blank : s.name),
                                   S.font(9.5), rightW, Qt::AlignLeft, 1.3, dev);
        const Text nip = makeText(QStringLiteral("%1: %2").arg(a.nipLabel, s.nip.isEmpty() ? blank : s.nip),
                                  S.font(9.5), rightW, Qt::AlignLeft, 1.3, dev);
        const double signSpace = pt(46);
        const double h = std::max(role.height() + position.height(),
                                  sign.height() + signSpace + name.height() + nip.height());
        if (!fits(h + pt(18)))
            breakPage();
        ensurePage();
        const double top = y;
        place(role, body.left(), S.text);
        y += role.height();
        place(position, body.left(), S.text);
        y = top;
        place(sign, rightX, S.muted);
        {
            const double lineY = top + sign.height() + signSpace - pt(4);
            const QLineF line(rightX, lineY, rightX + rightW * 0.8, lineY);
            const QColor grid = S.grid;
            const double unit = u;
            add([line, grid, unit](QPainter &p, const PaintContext &) {
                p.setPen(QPen(grid, 0.6 * unit));
                p.drawLine(line);
            });
        }
        y = top + sign.height() + signSpace;
        place(name, rightX, S.text);
        y += name.height();
        place(nip, rightX, S.text);
        y = top + h + pt(18);
    }
}

} // namespace ksd
