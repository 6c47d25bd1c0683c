// SPDX-License-Identifier: Apache-2.0
#include "reportlayout.h"

#include "mapfigure.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace ksd {

namespace {

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

Text makeText(const QString &s, const QFont &font, double width, Qt::Alignment align, double spacing,
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

Qt::Alignment alignOf(ColumnAlign a)
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

void drawRowPiece(QPainter &p, const Row &row, const TableGeometry &g, const ReportStyle &S, double u, double left,
                  double top, double height, const QList<QPair<int, int>> &ranges, bool header)
{
    double total = 0;
    for (double w : g.widths)
        total += w;
    QColor fill = Qt::transparent;
    if (header)
        fill = S.accentLight;
    else if (row.kind == RowKind::Total)
        fill = S.totalFill;
    else if (row.kind == RowKind::Group)
        fill = S.groupFill;
    else if (row.kind == RowKind::Warning)
        fill = S.warningFill;
    else if (row.zebra)
        fill = S.zebra;
    if (fill.alpha() > 0)
        p.fillRect(QRectF(left, top, total, height), fill);
    if (row.kind == RowKind::Warning && !header)
        p.fillRect(QRectF(left, top, 1.6 * u, height), S.warningMark);
    p.setPen(header ? S.accent : S.text);
    if (row.kind == RowKind::Group) {
        row.cells[0].draw(p, QPointF(left + g.padH, top + g.padV), ranges[0].first, ranges[0].second);
    } else {
        double x = left;
        for (int c = 0; c < row.cells.size(); ++c) {
            row.cells[c].draw(p, QPointF(x + g.padH, top + g.padV), ranges[c].first, ranges[c].second);
            x += g.widths[c];
        }
    }
    // Full grid, as in printed government tables.
    p.setPen(QPen(S.grid, 0.45 * u));
    p.setBrush(Qt::NoBrush);
    p.drawLine(QPointF(left, top), QPointF(left + total, top));
    p.drawLine(QPointF(left, top + height), QPointF(left + total, top + height));
    p.drawLine(QPointF(left, top), QPointF(left, top + height));
    p.drawLine(QPointF(left + total, top), QPointF(left + total, top + height));
    if (row.kind != RowKind::Group) {
        double x = left;
        for (int c = 0; c + 1 < g.widths.size(); ++c) {
            x += g.widths[c];
            p.drawLine(QPointF(x, top), QPointF(x, top + height));
        }
    }
    if (row.kind == RowKind::Total) {
        p.setPen(QPen(S.text, 0.9 * u));
        p.drawLine(QPointF(left, top), QPointF(left + total, top));
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

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
    QRectF body;
    double y = 0;

    Impl(ReportLayout &layout)
        : L(layout), M(layout.mModel), S(layout.mStyle), dev(layout.mDevice), u(layout.mU)
    {
    }

    double pt(double v) const { return v * u; }

    // --- pages -----------------------------------------------------------------------------------------------
    void ensurePage()
    {
        if (!needPage)
            return;
        LaidOutPage page;
        page.orientation = nextOrientation;
        L.mPages.append(page);
        orientation = nextOrientation;
        body = L.bodyRect(orientation);
        y = body.top();
        pageEmpty = true;
        needPage = false;
    }
    /// The next placement starts a new page (created lazily, so a break at the end leaves no blank page).
    void breakPage(PageOrientation o)
    {
        if (!needPage && pageEmpty && !L.mPages.isEmpty() && !L.mPages.last().cover) {
            // Nothing on this page yet: just turn it.
            L.mPages.last().orientation = o;
            orientation = o;
            body = L.bodyRect(o);
            y = body.top();
            return;
        }
        needPage = true;
        nextOrientation = o;
    }
    void breakPage() { breakPage(needPage ? nextOrientation : orientation); }
    double bodyWidth()
    {
        return L.bodyRect(needPage ? nextOrientation : orientation).width();
    }
    double fullHeight() { return L.bodyRect(needPage ? nextOrientation : orientation).height(); }
    bool fits(double h)
    {
        ensurePage();
        return y + h <= body.bottom() + 0.01;
    }
    void add(PaintOp op)
    {
        ensurePage();
        L.mPages.last().ops.append(std::move(op));
        pageEmpty = false;
    }
    /// Vertical space, dropped at the top of a page.
    void space(double h)
    {
        ensurePage();
        if (!pageEmpty)
            y += h;
    }

    // --- text helpers ----------------------------------------------------------------------------------------
    QFont bodyFont(TextStyle s) const
    {
        switch (s) {
        case TextStyle::Lead: return S.font(S.leadSize);
        case TextStyle::Small: return S.font(S.smallSize);
        case TextStyle::Note: {
            QFont f = S.font(S.bodySize);
            f.setItalic(true);
            return f;
        }
        case TextStyle::Body: break;
        }
        return S.font(S.bodySize);
    }

    /// Places a text line by line: no single first line left at the foot of a page (orphan), no single last line
    /// carried over to the next (widow).
    void flowText(const Text &t, double x, const QColor &color, double firstLineDecorationX = -1)
    {
        const int n = t.lines();
        int i = 0;
        while (i < n) {
            ensurePage();
            const double avail = body.bottom() - y;
            int k = i;
            while (k < n && t.span(i, k + 1) <= avail + 0.01)
                ++k;
            int fit = k - i;
            if (fit < n - i) {
                if (fit < 2 && n - i >= 2 && !pageEmpty) {
                    breakPage();
                    continue;
                }
                if (n - (i + fit) == 1) {
                    if (fit >= 3) {
                        --fit;
                    } else if (!pageEmpty) {
                        // Two lines here and one there: the whole paragraph goes to the next page.
                        breakPage();
                        continue;
                    }
                }
                if (fit <= 0) {
                    if (pageEmpty)
                        fit = 1; // a line taller than a page: place it anyway
                    else {
                        breakPage();
                        continue;
                    }
                }
            }
            const QPointF at(x, y);
            const int from = i;
            const int to = i + fit;
            const double bulletX = from == 0 ? firstLineDecorationX : -1;
            const QFont bulletFont = t.layout->font();
            add([t, at, from, to, color, bulletX, bulletFont](QPainter &p, const PaintContext &) {
                p.setPen(color);
                if (bulletX >= 0) {
                    p.setFont(bulletFont);
                    const QTextLine first = t.layout->lineAt(from);
                    p.drawText(QPointF(bulletX, at.y() + first.y() - t.tops[from] + first.ascent()),
                               QStringLiteral("•"));
                }
                t.draw(p, at, from, to);
            });
            y += t.span(from, to);
            i = to;
            if (i < n)
                breakPage();
        }
    }

    // --- blocks ----------------------------------------------------------------------------------------------
    struct HeadingText
    {
        Text kicker;
        Text title;
        double before = 0;
        double after = 0;
        double height() const { return kicker.height() + title.height() + after; }
    };

    HeadingText headingText(const ReportHeading &h)
    {
        HeadingText ht;
        const double w = bodyWidth();
        if (h.level == 1) {
            if (!h.kicker.isEmpty())
                ht.kicker = makeText(h.kicker, S.font(8.5, true), w, Qt::AlignLeft, 1.4, dev);
            ht.title = makeText(h.title, S.font(S.h1Size, true), w, Qt::AlignLeft, 1.15, dev);
            ht.before = 0;
            ht.after = pt(16);
        } else if (h.level == 2) {
            const QString text = h.number.isEmpty() ? h.title : h.number + QStringLiteral("  ") + h.title;
            ht.title = makeText(text, S.font(S.h2Size, true), w, Qt::AlignLeft, 1.2, dev);
            ht.before = pt(13);
            ht.after = pt(5);
        } else {
            ht.title = makeText(h.title, S.font(S.h3Size, true), w, Qt::AlignLeft, 1.2, dev);
            ht.before = pt(8);
            ht.after = pt(3);
        }
        return ht;
    }

    /// How much of block @p i must fit below a heading for the heading to stay on the page.
    double keepHeight(int i)
    {
        if (i >= M.blocks.size())
            return 0;
        const ReportBlock &b = M.blocks[i];
        if (const auto *h = std::get_if<ReportHeading>(&b)) {
            if (h->level == 1 || h->newPage)
                return 0;
            const HeadingText ht = headingText(*h);
            return ht.before + ht.height() + keepHeight(i + 1);
        }
        // The lines flowText() would put on the page at the least: a paragraph of up to three lines is never split.
        auto keepLines = [](const Text &t) { return t.span(0, t.lines() <= 3 ? t.lines() : 2); };
        if (const auto *p = std::get_if<ReportParagraph>(&b)) {
            const Text t = makeText(p->text, bodyFont(p->style), bodyWidth(), Qt::AlignJustify, S.lineSpacing, dev);
            // A short paragraph that introduces a table stays with the table's head too: otherwise the heading and
            // its one-sentence lead-in sit at the foot of a page and the table they announce starts the next one.
            if (t.lines() <= 4 && i + 1 < M.blocks.size() && std::holds_alternative<ReportTable>(M.blocks[i + 1]))
                return t.span(0, t.lines()) + pt(p->style == TextStyle::Lead ? 8 : 6) + keepHeight(i + 1);
            return keepLines(t);
        }
        if (const auto *bl = std::get_if<ReportBullets>(&b)) {
            if (bl->items.isEmpty())
                return 0;
            const Text t = makeText(bl->items.first(), bodyFont(TextStyle::Body), bodyWidth() - pt(14),
                                    Qt::AlignJustify, S.lineSpacing, dev);
            return keepLines(t);
        }
        if (const auto *t = std::get_if<ReportTable>(&b))
            return tableHeadHeight(*t);
        if (const auto *f = std::get_if<ReportFigure>(&b))
            return figureHeight(*f);
        if (const auto *f = std::get_if<ReportFacts>(&b))
            return factsHeight(*f);
        return 0;
    }

    void heading(const ReportHeading &h, int index, QList<int> &headingPages)
    {
        if ((h.level == 1 || h.newPage) && !pageEmpty)
            breakPage();
        const HeadingText ht = headingText(h);
        ensurePage();
        double before = pageEmpty ? 0 : ht.before;
        if (!fits(before + ht.height() + keepHeight(index + 1))) {
            breakPage();
            ensurePage();
            before = 0;
        }
        y += before;
        if (h.inContents && h.level <= 2) {
            headingPages.append(int(L.mPages.size()));
            QString label = h.number.isEmpty() ? h.title : h.number + QStringLiteral(" ") + h.title;
            if (h.level == 1 && !h.kicker.isEmpty())
                label = h.kicker + QStringLiteral(" ") + h.title;
            L.mHeadingMarks.append({label, h.level, int(L.mPages.size()), y});
        }
        const QPointF at(body.left(), y);
        const double ruleY = y + ht.kicker.height() + ht.title.height() + pt(5);
        const double width = body.width();
        const int level = h.level;
        const QColor accent = S.accent;
        const QColor muted = S.muted;
        const QColor text = S.text;
        const double unit = u;
        add([ht, at, ruleY, width, level, accent, muted, text, unit](QPainter &p, const PaintContext &) {
            if (ht.kicker.lines() > 0) {
                p.setPen(muted);
                ht.kicker.draw(p, at);
            }
            p.setPen(level == 3 ? text : accent);
            ht.title.draw(p, at + QPointF(0, ht.kicker.height()));
            if (level == 1) {
                p.setPen(QPen(accent, 1.2 * unit));
                p.drawLine(QPointF(at.x(), ruleY), QPointF(at.x() + width, ruleY));
            }
        });
        y += ht.height();
    }

    void paragraph(const ReportParagraph &para)
    {
        const Qt::Alignment align = para.style == TextStyle::Small ? Qt::AlignLeft : Qt::AlignJustify;
        const Text t = makeText(para.text, bodyFont(para.style), bodyWidth(), align, S.lineSpacing, dev);
        flowText(t, L.bodyRect(needPage ? nextOrientation : orientation).left(),
                 para.style == TextStyle::Note || para.style == TextStyle::Small ? S.muted : S.text);
        y += pt(para.style == TextStyle::Lead ? 8 : 6);
    }

    void bullets(const ReportBullets &b)
    {
        const double indent = pt(14);
        for (const QString &item : b.items) {
            const double left = L.bodyRect(needPage ? nextOrientation : orientation).left();
            const Text t = makeText(item, bodyFont(TextStyle::Body), bodyWidth() - indent, Qt::AlignJustify,
                                    S.lineSpacing, dev);
            flowText(t, left + indent, S.text, left + pt(3));
            y += pt(3);
        }
        y += pt(4);
    }

    // --- tables ----------------------------------------------------------------------------------------------
    /// Column widths measure every cell: a heading's keep-with-next test and the table itself both need them, so
    /// they are computed once per table (of the model, which outlives the layout) and body width.
    QHash<QPair<const ReportTable *, double>, TableGeometry> mGeometries;

    TableGeometry tableGeometry(const ReportTable &t)
    {
        const QPair<const ReportTable *, double> key(&t, bodyWidth());
        if (const auto it = mGeometries.constFind(key); it != mGeometries.cend())
            return *it;
        TableGeometry g = measureTable(t);
        mGeometries.insert(key, g);
        return g;
    }

    TableGeometry measureTable(const ReportTable &t)
    {
        TableGeometry g;
        const double size = t.compact ? S.compactTableSize : S.tableSize;
        g.font = S.font(size);
        g.bold = S.font(size, true);
        g.padH = pt(t.compact ? 1.8 : 3.2);
        g.padV = pt(t.compact ? 1.5 : 2.4);
        const double total = bodyWidth();
        const int n = int(t.columns.size());
        // The widest word of each column is its minimum, so that words are only broken when nothing else fits.
        const QFontMetricsF fm(g.font, dev);
        const QFontMetricsF bfm(g.bold, dev);
        static const QRegularExpression space(QStringLiteral("\\s+"));
        QList<double> minimum(n, 0.0);
        auto widest = [](const QFontMetricsF &m, const QString &s) {
            double w = 0;
            for (const QString &word : s.split(space, Qt::SkipEmptyParts))
                w = std::max(w, m.horizontalAdvance(word));
            return w;
        };
        for (int c = 0; c < n; ++c)
            minimum[c] = widest(bfm, t.columns[c].title);
        for (int r = 0; r < t.rows.size(); ++r) {
            if (t.kindOf(r) == RowKind::Group)
                continue;
            const QFontMetricsF &m = t.kindOf(r) == RowKind::Total ? bfm : fm;
            for (int c = 0; c < n && c < t.rows[r].size(); ++c)
                minimum[c] = std::max(minimum[c], widest(m, t.rows[r][c]));
        }
        for (double &m : minimum)
            m = std::min(m + 2 * g.padH + pt(1.5), total * 0.4);
        double sumMin = 0;
        for (double m : minimum)
            sumMin += m;
        g.widths = QList<double>(n, 0.0);
        if (sumMin >= total) {
            for (int c = 0; c < n; ++c)
                g.widths[c] = minimum[c] * total / sumMin;
            return g;
        }
        QList<bool> fixed(n, false);
        for (int pass = 0; pass <= n; ++pass) {
            double free = total;
            double weight = 0;
            for (int c = 0; c < n; ++c) {
                if (fixed[c])
                    free -= minimum[c];
                else
                    weight += std::max(t.columns[c].width, 0.01);
            }
            bool changed = false;
            for (int c = 0; c < n; ++c) {
                if (fixed[c]) {
                    g.widths[c] = minimum[c];
                    continue;
                }
                g.widths[c] = free * std::max(t.columns[c].width, 0.01) / weight;
                if (g.widths[c] < minimum[c]) {
                    fixed[c] = true;
                    changed = true;
                }
            }
            if (!changed)
                break;
        }
        return g;
    }

    Row makeRow(const TableGeometry &g, const QStringList &cells, RowKind kind, const ReportTable &t, bool header)
    {
        Row row;
        row.kind = kind;
        if (kind == RowKind::Group) {
            double total = 0;
            for (double w : g.widths)
                total += w;
            row.cells.append(makeText(cells.value(0), g.bold, total - 2 * g.padH, Qt::AlignLeft,
                                      S.tableLineSpacing, dev));
        } else {
            for (int c = 0; c < g.widths.size(); ++c) {
                Qt::Alignment a = alignOf(t.columns[c].align);
                if (header && a == Qt::AlignRight)
                    a = Qt::AlignRight;
                const bool bold = header || kind == RowKind::Total;
                row.cells.append(makeText(cells.value(c), bold ? g.bold : g.font, g.widths[c] - 2 * g.padH, a,
                                          S.tableLineSpacing, dev));
            }
        }
        double h = 0;
        for (const Text &c : row.cells)
            h = std::max(h, c.height());
        row.height = h + 2 * g.padV;
        return row;
    }

    Text captionText(const QString &caption, double width, bool continued = false)
    {
        if (caption.isEmpty())
            return Text();
        QString text = caption;
        if (continued)
            text += QStringLiteral(" ") + ReportText::tr("(lanjutan)");
        // "Tabel 3." / "Gambar 1." in bold: the number is what the text refers to.
        const int dot = int(text.indexOf(QLatin1String(". ")));
        return makeText(text, S.font(S.captionSize), width, Qt::AlignHCenter, 1.25, dev, dot > 0 ? dot + 1 : 0);
    }

    double tableHeadHeight(const ReportTable &t)
    {
        if (t.rows.isEmpty())
            return makeText(t.emptyText, bodyFont(TextStyle::Note), bodyWidth(), Qt::AlignLeft, S.lineSpacing, dev)
                .height();
        const TableGeometry g = tableGeometry(t);
        const Text cap = captionText(t.caption, bodyWidth());
        double h = (cap.lines() > 0 ? cap.height() + pt(3) : 0) + pt(4);
        h += makeRow(g, [&] {
                 QStringList titles;
                 for (const ReportColumn &c : t.columns)
                     titles.append(c.title);
                 return titles;
             }(), RowKind::Normal, t, true)
                 .height;
        // As table() decides: a short table moves whole, a long one needs its first three rows.
        double head = h;
        for (int r = 0; r < t.rows.size(); ++r) {
            h += makeRow(g, t.rows[r], t.kindOf(r), t, false).height;
            if (r < 3)
                head = h;
            if (h > fullHeight() * 0.45)
                return head;
        }
        return h;
    }

    void table(const ReportTable &t, const QList<int> &)
    {
        if (t.rows.isEmpty()) {
            paragraph(ReportParagraph{t.emptyText, TextStyle::Note});
            return;
        }
        space(pt(4));
        const TableGeometry g = tableGeometry(t);
        QStringList titles;
        for (const ReportColumn &c : t.columns)
            titles.append(c.title);
        const Row header = makeRow(g, titles, RowKind::Normal, t, true);
        const double width = bodyWidth();
        const Text caption = captionText(t.caption, width);
        const Text continued = captionText(t.caption, width, true);

        QList<Row> rows;
        rows.reserve(t.rows.size());
        bool zebra = false;
        for (int r = 0; r < t.rows.size(); ++r) {
            Row row = makeRow(g, t.rows[r], t.kindOf(r), t, false);
            if (row.kind == RowKind::Group)
                zebra = false;
            else {
                row.zebra = zebra && row.kind == RowKind::Normal;
                zebra = !zebra;
            }
            rows.append(std::move(row));
        }

        auto fullRanges = [](const Row &row) {
            QList<QPair<int, int>> ranges;
            for (const Text &c : row.cells)
                ranges.append({0, c.lines()});
            return ranges;
        };
        auto placeHead = [&](bool cont) {
            const Text &cap = cont ? continued : caption;
            if (cap.lines() > 0) {
                const QPointF capAt(body.left(), y);
                const QColor color = S.text;
                add([cap, capAt, color](QPainter &p, const PaintContext &) {
                    p.setPen(color);
                    cap.draw(p, capAt);
                });
                y += cap.height() + pt(3);
            }
            const double top = y;
            const double left = body.left();
            const auto ranges = fullRanges(header);
            const ReportStyle *style = &S;
            const double unit = u;
            add([header, g, style, unit, left, top, ranges](QPainter &p, const PaintContext &) {
                drawRowPiece(p, header, g, *style, unit, left, top, header.height, ranges, true);
            });
            y += header.height;
        };

        // Caption, header and the first rows stay together; a short table is never split at all.
        double head = (caption.lines() > 0 ? caption.height() + pt(3) : 0) + header.height;
        double whole = head;
        for (int r = 0; r < rows.size(); ++r) {
            if (r < 3)
                head += rows[r].height;
            whole += rows[r].height;
        }
        ensurePage();
        if (!pageEmpty && (!fits(head) || (!fits(whole) && whole <= fullHeight() * 0.45)))
            breakPage();
        ensurePage();
        placeHead(false);

        int rowsOnPage = 0;
        for (int r = 0; r < rows.size(); ++r) {
            const Row &row = rows[r];
            double need = row.height;
            if (row.kind == RowKind::Group && r + 1 < rows.size())
                need += rows[r + 1].height; // a group label is never the last line of a page
            if (r == rows.size() - 3 && rowsOnPage >= 3) {
                // The last three rows (usually ending with the total) travel together.
                need = rows[r].height + rows[r + 1].height + rows[r + 2].height;
            }
            if (!fits(need) && rowsOnPage > 0) {
                breakPage();
                ensurePage();
                placeHead(true);
                rowsOnPage = 0;
            }
            if (fits(row.height)) {
                const double top = y;
                const double left = body.left();
                const auto ranges = fullRanges(row);
                const double h = row.height;
                const ReportStyle *style = &S;
                const double unit = u;
                add([row, g, style, unit, left, top, h, ranges](QPainter &p, const PaintContext &) {
                    drawRowPiece(p, row, g, *style, unit, left, top, h, ranges, false);
                });
                y += row.height;
                ++rowsOnPage;
                continue;
            }
            // A single row taller than what is left of an otherwise empty page: split it line by line.
            QList<int> next(row.cells.size(), 0);
            for (;;) {
                ensurePage();
                const double avail = body.bottom() - y - 2 * g.padV;
                QList<QPair<int, int>> ranges;
                double pieceH = 0;
                bool done = true;
                for (int c = 0; c < row.cells.size(); ++c) {
                    const Text &cell = row.cells[c];
                    int k = next[c];
                    while (k < cell.lines() && cell.span(next[c], k + 1) <= avail)
                        ++k;
                    if (k == next[c] && k < cell.lines())
                        ++k; // always progress
                    ranges.append({next[c], k});
                    pieceH = std::max(pieceH, cell.span(next[c], k));
                    if (k < cell.lines())
                        done = false;
                    next[c] = k;
                }
                const double h = pieceH + 2 * g.padV;
                const double top = y;
                const double left = body.left();
                const ReportStyle *style = &S;
                const double unit = u;
                add([row, g, style, unit, left, top, h, ranges](QPainter &p, const PaintContext &) {
                    drawRowPiece(p, row, g, *style, unit, left, top, h, ranges, false);
                });
                y += h;
                if (done)
                    break;
                breakPage();
                ensurePage();
                placeHead(true);
            }
            rowsOnPage = 1;
        }
        if (!t.note.isEmpty()) {
            y += pt(3);
            const Text note = makeText(t.note, S.font(S.smallSize), width, Qt::AlignLeft, 1.25, dev);
            flowText(note, body.left(), S.muted);
        }
        y += pt(10);
    }

    // --- figures ---------------------------------------------------------------------------------------------
    double figureSize(const ReportFigure &f, double *mapHeight, Text *caption, Text *attribution)
    {
        const double width = bodyWidth();
        *caption = captionText(f.caption, width);
        *attribution = f.attribution.isEmpty()
                           ? Text()
                           : makeText(f.attribution, S.font(6.4), width, Qt::AlignHCenter, 1.2, dev);
        const double extra = pt(5) + caption->height() + (attribution->lines() ? pt(2) + attribution->height() : 0);
        *mapHeight = std::min(width * f.heightRatio, fullHeight() - extra - pt(4));
        return *mapHeight + extra;
    }

    double figureHeight(const ReportFigure &f)
    {
        double h = 0;
        Text c;
        Text a;
        return figureSize(f, &h, &c, &a);
    }

    void figure(const ReportFigure &f)
    {
        double mapH = 0;
        Text caption;
        Text attribution;
        const double total = figureSize(f, &mapH, &caption, &attribution);
        space(pt(4));
        if (!fits(total))
            breakPage();
        ensurePage();
        const QRectF rect(body.left(), y, body.width(), mapH);
        const double capY = y + mapH + pt(5);
        const ReportStyle &style = S;
        const double unit = u;
        add([f, rect, caption, attribution, capY, &style, unit](QPainter &p, const PaintContext &ctx) {
            if (!ctx.figures || !*ctx.figures || !(*ctx.figures)(p, rect, f))
                MapFigurePainter::paint(p, rect, f, style, unit);
            p.setPen(style.text);
            caption.draw(p, QPointF(rect.left(), capY));
            if (attribution.lines()) {
                p.setPen(style.muted);
                attribution.draw(p, QPointF(rect.left(), capY + caption.height() + 2 * unit));
            }
        });
        y += total + pt(8);
    }

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

    FactsGeometry factsGeometry(const ReportFacts &f)
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

    double factsHeight(const ReportFacts &f) { return factsGeometry(f).height; }

    void facts(const ReportFacts &f)
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

    // --- cover and contents ----------------------------------------------------------------------------------
    void cover()
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
                                       + note.height();
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
            p.setPen(s.muted);
            note.draw(p, QPointF(inner.left(), inner.bottom() - note.height()));
            p.fillRect(QRectF(full.left(), full.bottom() - 8 * unit, full.width(), 8 * unit), s.accent);
        });
        L.mPages.append(page);
        needPage = true;
        nextOrientation = PageOrientation::Portrait;
    }

    void contents()
    {
        breakPage(PageOrientation::Portrait);
        ensurePage();
        const double width = body.width();
        const Text title = makeText(M.contentsTitle.toUpper(), S.font(14, true), width, Qt::AlignHCenter, 1.2, dev);
        {
            const QPointF at(body.left(), y);
            const QColor accent = S.accent;
            add([title, at, accent](QPainter &p, const PaintContext &) {
                p.setPen(accent);
                title.draw(p, at);
            });
            y += title.height() + pt(18);
        }
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
                const QString pageText = QString::number(page);
                const QTextLine last = text.layout->lineAt(text.lines() - 1);
                const double baseline = at.y() + last.y() - text.tops[0] + last.ascent();
                p.setFont(font);
                const QFontMetricsF fm(font, p.device());
                p.drawText(QPointF(right - fm.horizontalAdvance(pageText), baseline), pageText);
                // Dot leaders from the end of the title to the page number.
                const double from = textX + text.lastLineWidth() + 4 * unit;
                const double to = right - pageCol + 4 * unit;
                if (to > from) {
                    p.setPen(QPen(s.muted, 0.9 * unit, Qt::DotLine, Qt::RoundCap));
                    p.drawLine(QPointF(from, baseline - 0.5 * unit), QPointF(to, baseline - 0.5 * unit));
                }
            });
            y += text.height() + pt(2);
        }
        breakPage(PageOrientation::Portrait);
    }

    void run()
    {
        if (M.hasCover)
            cover();
        if (M.hasContents)
            contents();
        for (int i = 0; i < M.blocks.size(); ++i) {
            const ReportBlock &b = M.blocks[i];
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
};

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
    p.drawText(QPointF(body.right() - fm.horizontalAdvance(mModel.headerRight), headerBase), mModel.headerRight);
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
