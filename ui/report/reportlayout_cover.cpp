// SPDX-License-Identifier: Apache-2.0
// ReportLayout: the cover page and the table of contents.
#include "reportlayout_p.h"

#include "mapfigure.h"

#include <QFontMetricsF>

#include <algorithm>

namespace ksd {

using namespace detail::report;

void ReportLayout::Impl::cover()
{
    LaidOutPage page;
    page.cover = true;
    page.orientation = PageOrientation::Portrait;
    const QRectF full = L.pageRect(PageOrientation::Portrait);
    const QRectF inner = L.bodyRect(PageOrientation::Portrait);
    const ReportCover c = M.cover;
    const ReportStyle &s = S;
    const double unit = u;
    QPaintDevice *device = dev;

    const double w = inner.width();
    const Text authority = makeText(c.authority, S.font(11, true), w, Qt::AlignLeft, 1.2, device);
    const Text kicker = makeText(c.kicker, S.font(13, true), w, Qt::AlignLeft, 1.2, device);
    const Text title = makeText(c.title, S.font(30, true), w, Qt::AlignLeft, 1.1, device);
    const Text subtitle = makeText(c.subtitle, S.font(12), w, Qt::AlignLeft, 1.3, device);
    const Text region = makeText(c.regionName, S.font(18, true), w, Qt::AlignLeft, 1.2, device);
    const Text regionLine = makeText(c.regionLine, S.font(9.5), w, Qt::AlignLeft, 1.3, device);
    const Text year = makeText(c.yearText, S.font(14, true), w, Qt::AlignLeft, 1.2, device);
    const Text prepLabel = makeText(c.preparedByLabel, S.font(8.5), w, Qt::AlignLeft, 1.3, device);
    const Text prep = makeText(c.preparedBy, S.font(10.5, true), w, Qt::AlignLeft, 1.3, device);
    const Text dateText = makeText(c.dateText, S.font(10.5), w, Qt::AlignLeft, 1.3, device);
    const Text dataText = makeText(c.dataText, S.font(9), w, Qt::AlignLeft, 1.3, device);
    const Text note = makeText(c.note, S.font(7.2), w, Qt::AlignLeft, 1.3, device);

    ReportFigure locator;
    locator.kind = FigureKind::Locator;
    locator.focus = c.locatorRegion;
    const bool hasLocator = !c.locatorRegion.isEmpty();

    page.ops.append([=, &s](QPainter &p, const PaintContext &) {
        const double band = 34 * unit;
        p.fillRect(QRectF(full.left(), full.top(), full.width(), band), s.accent);
        p.setPen(Qt::white);
        authority.draw(p, QPointF(inner.left(), full.top() + (band - authority.height()) / 2));

        double yy = full.top() + band + 70 * unit;
        p.setPen(s.accent);
        kicker.draw(p, QPointF(inner.left(), yy));
        yy += kicker.height() + 4 * unit;
        title.draw(p, QPointF(inner.left(), yy));
        yy += title.height() + 10 * unit;
        p.fillRect(QRectF(inner.left(), yy, 60 * unit, 3 * unit), s.warningMark);
        yy += 14 * unit;
        p.setPen(s.text);
        subtitle.draw(p, QPointF(inner.left(), yy));
        yy += subtitle.height() + 24 * unit;
        region.draw(p, QPointF(inner.left(), yy));
        yy += region.height();
        p.setPen(s.muted);
        regionLine.draw(p, QPointF(inner.left(), yy));
        yy += regionLine.height() + 10 * unit;
        p.setPen(s.accent);
        year.draw(p, QPointF(inner.left(), yy));
        yy += year.height() + 22 * unit;

        const double bottomBlock = 40 * unit + prepLabel.height() + prep.height() + dateText.height()
                                   + dataText.height() + note.height();
        const double mapBottom = inner.bottom() - bottomBlock;
        if (hasLocator && mapBottom - yy > 80 * unit) {
            const double mapH = mapBottom - yy;
            const double mapW = std::min(inner.width(), mapH * 1.35);
            MapFigurePainter::paint(p, QRectF(inner.left(), yy, mapW, mapH), locator, s, unit);
        }

        double by = inner.bottom() - bottomBlock + 12 * unit;
        p.setPen(QPen(s.accent, 0.8 * unit));
        p.drawLine(QPointF(inner.left(), by), QPointF(inner.right(), by));
        by += 8 * unit;
        p.setPen(s.muted);
        prepLabel.draw(p, QPointF(inner.left(), by));
        by += prepLabel.height();
        p.setPen(s.text);
        prep.draw(p, QPointF(inner.left(), by));
        by += prep.height();
        dateText.draw(p, QPointF(inner.left(), by));
        by += dateText.height();
        p.setPen(s.muted);
        dataText.draw(p, QPointF(inner.left(), by));
        note.draw(p, QPointF(inner.left(), inner.bottom() - note.height()));
        p.fillRect(QRectF(full.left(), full.bottom() - 8 * unit, full.width(), 8 * unit), s.accent);
    });
    L.mPages.append(page);
    needPage = true;
    nextOrientation = PageOrientation::Portrait;
}

void ReportLayout::Impl::contents()
{
    breakPage(PageOrientation::Portrait);
    ensurePage();
    const double width = body.width();
    const Text title = makeText(M.contentsTitle.toUpper(), S.font(14, true), width, Qt::AlignHCenter, 1.2, dev);
    addText(title, QPointF(body.left(), y), S.accent);
    y += title.height() + pt(18);
    const double pageCol = pt(28);
    // Chapter titles line up after the widest "BAB VIII"; appendix titles after the widest "LAMPIRAN A".
    QHash<QString, double> kickerWidths;
    auto kickerGroup = [](const QString &kicker) { return kicker.section(QLatin1Char(' '), 0, 0); };
    {
        const QFontMetricsF fm(S.font(9.8, true), dev);
        for (const ReportBlock &b : M.blocks) {
            if (const auto *h = std::get_if<ReportHeading>(&b); h && h->level == 1 && h->inContents) {
                double &w = kickerWidths[kickerGroup(h->kicker)];
                w = std::max(w, fm.horizontalAdvance(h->kicker) + pt(10));
            }
        }
    }
    int index = 0;
    for (const ReportBlock &b : M.blocks) {
        const auto *h = std::get_if<ReportHeading>(&b);
        if (!h || !h->inContents || h->level > 2)
            continue;
        const bool chapter = h->level == 1;
        const double indent = chapter ? 0 : pt(16);
        const double numberW = chapter ? kickerWidths.value(kickerGroup(h->kicker)) : pt(30);
        const QString label = h->title;
        const QFont font = S.font(chapter ? 9.8 : 9.3, chapter);
        const Text number = makeText(chapter ? h->kicker : h->number, font, numberW, Qt::AlignLeft, 1.3, dev);
        const double textW = width - indent - numberW - pageCol - pt(8);
        const Text text = makeText(label, font, textW, Qt::AlignLeft, 1.3, dev);
        if (chapter)
            space(pt(7));
        if (!fits(text.height() + pt(2)))
            breakPage();
        ensurePage();
        const QPointF at(body.left() + indent, y);
        const double right = body.right();
        const double textX = at.x() + numberW;
        const int idx = index++;
        const double unit = u;
        const ReportStyle &s = S;
        add([number, text, at, right, textX, idx, font, chapter, unit, pageCol, &s](QPainter &p,
                                                                                     const PaintContext &ctx) {
            p.setPen(chapter ? s.accent : s.text);
            number.draw(p, at);
            text.draw(p, QPointF(textX, at.y()));
            const int page = ctx.headingPages && idx < ctx.headingPages->size() ? ctx.headingPages->at(idx) : 0;
            // Dot leaders from the end of the title to the page number.
            drawPageReference(p, text, textX, at.y(), right, pageCol, font, page, s.muted, unit);
        });
        y += text.height() + pt(2);
    }
    breakPage(PageOrientation::Portrait);
}

} // namespace ksd
