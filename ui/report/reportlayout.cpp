// SPDX-License-Identifier: Apache-2.0
// ReportLayout: the public class, page geometry, running header and footer, and the walk over the blocks.
#include "reportlayout_p.h"

#include <QFontMetricsF>
#include <QPaintDevice>

#include <algorithm>

namespace ksd {

using namespace detail::report;

void ReportLayout::Impl::run()
{
    if (M.hasCover)
        cover();
    const bool marked = std::any_of(M.blocks.cbegin(), M.blocks.cend(), [](const ReportBlock &b) {
        return std::holds_alternative<ReportContentsMark>(b);
    });
    if (M.hasContents && !marked) {
        contents();
        lists();
    }
    for (int i = 0; i < M.blocks.size(); ++i) {
        const ReportBlock &b = M.blocks[i];
        if (std::holds_alternative<ReportContentsMark>(b) && M.hasContents) {
            contents();
            lists();
        }
        if (const auto *a = std::get_if<ReportApproval>(&b))
            approval(*a);
        if (const auto *h = std::get_if<ReportHeading>(&b))
            heading(*h, i, L.mHeadingPages);
        else if (const auto *p = std::get_if<ReportParagraph>(&b))
            paragraph(*p);
        else if (const auto *bl = std::get_if<ReportBullets>(&b))
            bullets(*bl);
        else if (const auto *t = std::get_if<ReportTable>(&b))
            table(*t, L.mHeadingPages);
        else if (const auto *f = std::get_if<ReportFigure>(&b))
            figure(*f);
        else if (const auto *f = std::get_if<ReportFacts>(&b))
            facts(*f);
        else if (const auto *pb = std::get_if<ReportPageBreak>(&b))
            breakPage(pb->orientation);
    }
    if (L.mPages.isEmpty())
        ensurePage();
}

// ---------------------------------------------------------------------------------------------------------------

ReportLayout::ReportLayout(const ReportModel &model, const ReportStyle &style, QPaintDevice *device)
    : mModel(model), mStyle(style), mU(device->logicalDpiY() / 72.0), mDevice(device)
{
    Impl impl(*this);
    impl.run();
}

QRectF ReportLayout::pageRect(PageOrientation o) const
{
    const QSizeF a4 = mStyle.a4 * mU;
    return o == PageOrientation::Landscape ? QRectF(0, 0, a4.height(), a4.width()) : QRectF(QPointF(0, 0), a4);
}

QRectF ReportLayout::bodyRect(PageOrientation o) const
{
    const QMarginsF m = (o == PageOrientation::Landscape ? mStyle.landscapeMargins : mStyle.portraitMargins) * mU;
    return pageRect(o).marginsRemoved(m);
}

void ReportLayout::paintFurniture(QPainter &p, const LaidOutPage &page, const PaintContext &ctx) const
{
    if (page.cover)
        return;
    const QRectF body = bodyRect(page.orientation);
    const QRectF full = pageRect(page.orientation);
    const QFont font = mStyle.font(mStyle.headerSize);
    const QFontMetricsF fm(font, p.device());
    p.setFont(font);
    p.setPen(mStyle.muted);
    const double headerBase = body.top() - 16 * mU;
    p.drawText(QPointF(body.left(), headerBase), fm.elidedText(mModel.headerLeft, Qt::ElideRight, body.width() * 0.7));
    // A page inside a region profile names the region where the date would stand: a continuation page says whose.
    const QString right = page.running.isEmpty() ? mModel.headerRight
                                                 : fm.elidedText(page.running, Qt::ElideRight, body.width() * 0.28);
    p.drawText(QPointF(body.right() - fm.horizontalAdvance(right), headerBase), right);
    p.setPen(QPen(mStyle.grid, 0.5 * mU));
    p.drawLine(QPointF(body.left(), headerBase + 5 * mU), QPointF(body.right(), headerBase + 5 * mU));

    const double footerRule = body.bottom() + 14 * mU;
    p.drawLine(QPointF(body.left(), footerRule), QPointF(body.right(), footerRule));
    p.setPen(mStyle.muted);
    const QString label = mModel.pageLabel(ctx.page, ctx.pages);
    const double base = std::min(footerRule + 12 * mU, full.bottom() - 8 * mU);
    p.drawText(QPointF(body.center().x() - fm.horizontalAdvance(label) / 2, base), label);
}

} // namespace ksd
