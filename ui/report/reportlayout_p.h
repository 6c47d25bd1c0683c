// SPDX-License-Identifier: Apache-2.0
// Internal to ReportLayout, shared by the files of its parts (pages and text, tables, figures, cover and
// contents). Not part of the public API.
#pragma once

#include "reportlayout.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QTextLayout>

#include <memory>

namespace ksd::detail::report {

/// A laid-out piece of text: its lines and where each one sits, relative to the text's top.
struct Text
{
    std::shared_ptr<QTextLayout> layout;
    QList<double> tops;
    QList<double> heights;

    int lines() const { return int(tops.size()); }
    double height() const { return tops.isEmpty() ? 0 : tops.last() + heights.last(); }
    /// Height of lines [from, to).
    double span(int from, int to) const { return to > from ? tops[to - 1] + heights[to - 1] - tops[from] : 0; }
    double lastLineWidth() const
    {
        return layout && layout->lineCount() > 0 ? layout->lineAt(layout->lineCount() - 1).naturalTextWidth() : 0;
    }
    /// Draws lines [from, to) with the top of line @p from at @p at.
    void draw(QPainter &p, const QPointF &at, int from, int to) const
    {
        for (int i = from; i < to; ++i)
            layout->lineAt(i).draw(&p, QPointF(at.x(), at.y() - tops[from]));
    }
    void draw(QPainter &p, const QPointF &at) const { draw(p, at, 0, lines()); }
};

inline Text makeText(const QString &s, const QFont &font, double width, Qt::Alignment align, double spacing,
              QPaintDevice *device, int boldPrefix = 0)
{
    Text t;
    t.layout = std::make_shared<QTextLayout>(s, font, device);
    QTextOption option(align);
    // A code or a long number never runs out of its box: it breaks anywhere when no word boundary fits.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    t.layout->setTextOption(option);
    if (boldPrefix > 0) {
        QTextLayout::FormatRange range;
        range.start = 0;
        range.length = boldPrefix;
        range.format.setFontWeight(QFont::Bold);
        t.layout->setFormats({range});
    }
    t.layout->beginLayout();
    double y = 0;
    for (;;) {
        QTextLine line = t.layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const double natural = line.height();
        const double h = natural * spacing;
        line.setPosition(QPointF(0, y + (h - natural) / 2));
        t.tops.append(y);
        t.heights.append(h);
        y += h;
    }
    t.layout->endLayout();
    return t;
}

/// The page number and the dot leaders of one line of the contents or of a list of tables/figures: @p text was
/// drawn at @p textX, @p top; the number stands right-aligned at @p right, in the same @p font.
inline void drawPageReference(QPainter &p, const Text &text, double textX, double top, double right, double pageCol,
                              const QFont &font, int page, const QColor &leader, double unit)
{
    const QString pageText = QString::number(page);
    const QTextLine last = text.layout->lineAt(text.lines() - 1);
    const double baseline = top + last.y() - text.tops[0] + last.ascent();
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    p.drawText(QPointF(right - fm.horizontalAdvance(pageText), baseline), pageText);
    const double from = textX + text.lastLineWidth() + 4 * unit;
    const double to = right - pageCol + 4 * unit;
    if (to > from) {
        p.setPen(QPen(leader, 0.9 * unit, Qt::DotLine, Qt::RoundCap));
        p.drawLine(QPointF(from, baseline - 0.5 * unit), QPointF(to, baseline - 0.5 * unit));
    }
}

inline Qt::Alignment alignOf(ColumnAlign a)
{
    switch (a) {
    case ColumnAlign::Right: return Qt::AlignRight;
    case ColumnAlign::Center: return Qt::AlignHCenter;
    case ColumnAlign::Left: break;
    }
    return Qt::AlignLeft;
}

struct TableGeometry
{
    QList<double> widths;
    double padH = 0;
    double padV = 0;
    QFont font;
    QFont bold;
};

struct Row
{
    QList<Text> cells;
    RowKind kind = RowKind::Normal;
    double height = 0;
    bool zebra = false;
};

} // namespace ksd::detail::report

namespace ksd {

struct ReportLayout::Impl
{
    ReportLayout &L;
    const ReportModel &M;
    const ReportStyle &S;
    QPaintDevice *dev;
    double u;

    PageOrientation orientation = PageOrientation::Portrait;
    PageOrientation nextOrientation = PageOrientation::Portrait;
    bool needPage = true;
    bool pageEmpty = true;
    QString running; ///< the running heading new pages get
    QRectF body;
    double y = 0;

    using Text = detail::report::Text;
    using Row = detail::report::Row;
    using TableGeometry = detail::report::TableGeometry;

    Impl(ReportLayout &layout)
        : L(layout), M(layout.mModel), S(layout.mStyle), dev(layout.mDevice), u(layout.mU)
    {
    }

    double pt(double v) const { return v * u; }

    // --- pages -----------------------------------------------------------------------------------------------
    void ensurePage();
    /// The next placement starts a new page (created lazily, so a break at the end leaves no blank page).
    void breakPage(PageOrientation o);
    void breakPage() { breakPage(needPage ? nextOrientation : orientation); }
    double bodyWidth();
    double fullHeight() { return L.bodyRect(needPage ? nextOrientation : orientation).height(); }
    bool fits(double h);
    void add(PaintOp op);
    /// Draws @p t at @p at (its top left) in @p color on the current page.
    void addText(const Text &t, QPointF at, const QColor &color);
    /// Vertical space, dropped at the top of a page.
    void space(double h);

    // --- text helpers ----------------------------------------------------------------------------------------
    QFont bodyFont(TextStyle s) const;
    /// Places a text line by line: no single first line left at the foot of a page (orphan), no single last line
    /// carried over to the next (widow).
    void flowText(const Text &t, double x, const QColor &color, double firstLineDecorationX = -1);

    // --- blocks ----------------------------------------------------------------------------------------------
    struct HeadingText
    {
        Text kicker;
        Text title;
        double before = 0;
        double after = 0;
        double height() const { return kicker.height() + title.height() + after; }
    };

    HeadingText headingText(const ReportHeading &h);

    /// How much of block @p i must fit below a heading for the heading to stay on the page.
    double keepHeight(int i);
    void heading(const ReportHeading &h, int index, QList<int> &headingPages);
    void paragraph(const ReportParagraph &para);
    void bullets(const ReportBullets &b);

    // --- tables ----------------------------------------------------------------------------------------------
    /// Column widths measure every cell: a heading's keep-with-next test and the table itself both need them, so
    /// they are computed once per table (of the model, which outlives the layout) and body width.
    QHash<QPair<const ReportTable *, double>, TableGeometry> mGeometries;

    TableGeometry tableGeometry(const ReportTable &t);
    TableGeometry measureTable(const ReportTable &t);
    Row makeRow(const TableGeometry &g, const QStringList &cells, RowKind kind, const ReportTable &t, bool header);
    Text captionText(const QString &caption, double width, bool continued = false);
    double tableHeadHeight(const ReportTable &t);
    void table(const ReportTable &t, const QList<int> &);

    // --- figures ---------------------------------------------------------------------------------------------
    double figureSize(const ReportFigure &f, double *mapHeight, Text *caption, Text *attribution);
    double figureHeight(const ReportFigure &f);
    void figure(const ReportFigure &f);

    // --- facts (head of a region profile) --------------------------------------------------------------------
    struct FactsGeometry
    {
        QList<QPair<Text, Text>> rows;
        double rowsHeight = 0;
        double leftWidth = 0;
        double figureWidth = 0;
        double figureHeight = 0;
        Text caption;
        double height = 0;
    };

    FactsGeometry factsGeometry(const ReportFacts &f);
    double factsHeight(const ReportFacts &f) { return factsGeometry(f).height; }

    void facts(const ReportFacts &f);

    // --- cover and contents ----------------------------------------------------------------------------------
    void cover();
    void contents();
    /// The lists of tables and figures, with the page of each caption (filled in when painting).
    void lists();
    /// One list: its title and, for each entry, the caption and its index among the captions.
    void captionList(const QString &title, const QList<QPair<QString, int>> &entries);
    void approval(const ReportApproval &a);

    void run();
};

} // namespace ksd
