// SPDX-License-Identifier: Apache-2.0
// ReportLayout: map figures and the facts block at the head of a region profile.
#include "reportlayout_p.h"

#include "mapfigure.h"

#include <algorithm>

namespace ksd {

using namespace detail::report;

double ReportLayout::Impl::figureSize(const ReportFigure &f, double *mapHeight, Text *caption, Text *attribution)
{
    const double width = bodyWidth();
    *caption = captionText(f.caption, width);
    *attribution = f.attribution.isEmpty()
                       ? Text()
                       : makeText(f.attribution, S.font(6.4), width, Qt::AlignHCenter, 1.2, dev);
    const double extra = pt(5) + caption->height() + (attribution->lines() ? pt(2) + attribution->height() : 0);
    *mapHeight = std::min(width * f.heightRatio, fullHeight() - extra - pt(4));
    if (f.fullPage) {
        // The rest of the page, when the heading and a paragraph above it leave at least two thirds of it.
        const double rest = needPage ? fullHeight() : body.bottom() - y - pt(6);
        *mapHeight = (rest >= fullHeight() * 0.66 ? rest : fullHeight()) - extra - pt(4);
    }
    return *mapHeight + extra;
}

double ReportLayout::Impl::figureHeight(const ReportFigure &f)
{
    double h = 0;
    Text c;
    Text a;
    return figureSize(f, &h, &c, &a);
}

void ReportLayout::Impl::figure(const ReportFigure &f)
{
    double mapH = 0;
    Text caption;
    Text attribution;
    const double total = figureSize(f, &mapH, &caption, &attribution);
    space(pt(4));
    if (!fits(total))
        breakPage();
    ensurePage();
    if (!f.caption.isEmpty())
        L.mCaptionPages.append(int(L.mPages.size()));
    const QRectF rect(body.left(), y, body.width(), mapH);
    const double capY = y + mapH + pt(5);
    const ReportStyle &style = S;
    const double unit = u;
    add([f, rect, caption, attribution, capY, &style, unit](QPainter &p, const PaintContext &ctx) {
        MapFigurePainter::paintFigure(p, rect, f, style, unit, ctx.figures);
        p.setPen(style.text);
        caption.draw(p, QPointF(rect.left(), capY));
        if (attribution.lines()) {
            p.setPen(style.muted);
            attribution.draw(p, QPointF(rect.left(), capY + caption.height() + 2 * unit));
        }
    });
    y += total + pt(8);
}

ReportLayout::Impl::FactsGeometry ReportLayout::Impl::factsGeometry(const ReportFacts &f)
{
    FactsGeometry g;
    const double width = bodyWidth();
    g.leftWidth = f.hasFigure ? width * 0.56 : width;
    g.figureWidth = f.hasFigure ? width * 0.38 : 0;
    const double labelW = g.leftWidth * 0.42;
    for (const auto &item : f.items) {
        Text label = makeText(item.first, S.font(8), labelW - pt(6), Qt::AlignLeft, 1.25, dev);
        Text value = makeText(item.second, S.font(S.bodySize, true), g.leftWidth - labelW, Qt::AlignLeft, 1.25,
                              dev);
        g.rowsHeight += std::max(label.height(), value.height()) + pt(4);
        g.rows.append({label, value});
    }
    if (f.hasFigure) {
        g.figureHeight = g.figureWidth * f.figure.heightRatio;
        g.caption = makeText(f.figure.caption, S.font(6.8), g.figureWidth, Qt::AlignHCenter, 1.2, dev);
    }
    g.height = std::max(g.rowsHeight, f.hasFigure ? g.figureHeight + pt(3) + g.caption.height() : 0.0);
    return g;
}

void ReportLayout::Impl::facts(const ReportFacts &f)
{
    const FactsGeometry g = factsGeometry(f);
    space(pt(4));
    if (!fits(g.height))
        breakPage();
    ensurePage();
    const double left = body.left();
    const double top = y;
    const double right = body.right();
    const ReportStyle &style = S;
    const double unit = u;
    add([f, g, left, top, right, &style, unit](QPainter &p, const PaintContext &) {
        double yy = top;
        const double labelW = g.leftWidth * 0.42;
        for (const auto &row : g.rows) {
            p.setPen(style.muted);
            row.first.draw(p, QPointF(left, yy));
            p.setPen(style.text);
            row.second.draw(p, QPointF(left + labelW, yy));
            const double h = std::max(row.first.height(), row.second.height());
            p.setPen(QPen(style.accentLight, 0.6 * unit));
            p.drawLine(QPointF(left, yy + h + 2 * unit), QPointF(left + g.leftWidth, yy + h + 2 * unit));
            yy += h + 4 * unit;
        }
        if (f.hasFigure) {
            const QRectF rect(right - g.figureWidth, top, g.figureWidth, g.figureHeight);
            MapFigurePainter::paint(p, rect, f.figure, style, unit);
            p.setPen(style.muted);
            g.caption.draw(p, QPointF(rect.left(), rect.bottom() + 3 * unit));
        }
    });
    y += g.height + pt(6);
}

} // namespace ksd
