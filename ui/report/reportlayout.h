// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportstyle.h"

#include "report/reportmodel.h"

#include <QList>
#include <QRectF>

#include <functional>

class QPainter;
class QPaintDevice;

namespace ksd {

/// Paints a figure into a rectangle (device units) in place of the built-in map figures; returns false to leave
/// the figure to them.
using FigurePainter = std::function<bool(QPainter &, const QRectF &, const ReportFigure &)>;

/// What a paint operation may need to know that is only known once every page is laid out.
struct PaintContext
{
    int page = 0;                     ///< 1-based
    int pages = 0;
    const QList<int> *headingPages = nullptr; ///< page of each contents entry, in order
    const FigurePainter *figures = nullptr;   ///< optional
    const QList<int> *captionPages = nullptr; ///< page of each numbered table and figure caption, in order
};

using PaintOp = std::function<void(QPainter &, const PaintContext &)>;

/// One laid-out page: its orientation and the operations that paint its body.
struct LaidOutPage
{
    PageOrientation orientation = PageOrientation::Portrait;
    bool cover = false;               ///< no running header or footer
    QString running;                  ///< the running heading in force (ReportHeading::running), "" = none
    QList<PaintOp> ops;
};

/// Lays a ReportModel out on A4 pages in the device units of @p device (its resolution): headings kept with what
/// follows them, paragraphs without orphan or widow lines, tables whose caption and header row repeat on every page
/// they run over, rows split only when a single row is taller than a page, landscape pages where the model asks.
/// The contents page numbers and "Halaman X dari Y" are filled in when painting, once the page count is known.
class ReportLayout
{
public:
    ReportLayout(const ReportModel &model, const ReportStyle &style, QPaintDevice *device);

    const QList<LaidOutPage> &pages() const { return mPages; }
    const QList<int> &headingPages() const { return mHeadingPages; }
    /// Page of each captioned table and figure, in the order of the model's blocks (for the lists of tables and
    /// figures).
    const QList<int> &captionPages() const { return mCaptionPages; }
    /// Where each contents heading landed (for the PDF bookmarks).
    struct HeadingMark
    {
        QString title;
        int level = 1;
        int page = 1;    ///< 1-based
        double y = 0;    ///< device units from the top of the page
    };
    const QList<HeadingMark> &headingMarks() const { return mHeadingMarks; }
    /// Device units per point.
    double unit() const { return mU; }
    /// The full page rectangle, in device units.
    QRectF pageRect(PageOrientation o) const;
    /// The page minus its margins, in device units.
    QRectF bodyRect(PageOrientation o) const;
    /// Paints the running header and footer of page @p ctx.page.
    void paintFurniture(QPainter &painter, const LaidOutPage &page, const PaintContext &ctx) const;

private:
    struct Impl;
    QList<LaidOutPage> mPages;
    QList<int> mHeadingPages;
    QList<int> mCaptionPages;
    QList<HeadingMark> mHeadingMarks;
    const ReportModel &mModel;
    const ReportStyle mStyle;
    double mU = 1;
    QPaintDevice *mDevice = nullptr;
};

} // namespace ksd
