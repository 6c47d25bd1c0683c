// SPDX-License-Identifier: Apache-2.0
// ReportLayout: tables (column widths, rows, captions, rows split over pages).
#include "reportlayout_p.h"

#include <QFontMetricsF>
#include <QRegularExpression>

#include <algorithm>

namespace ksd {

using namespace detail::report;

namespace {

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

TableGeometry ReportLayout::Impl::tableGeometry(const ReportTable &t)
{
    const QPair<const ReportTable *, double> key(&t, bodyWidth());
    if (const auto it = mGeometries.constFind(key); it != mGeometries.cend())
        return *it;
    TableGeometry g = measureTable(t);
    mGeometries.insert(key, g);
    return g;
}

TableGeometry ReportLayout::Impl::measureTable(const ReportTable &t)
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

Row ReportLayout::Impl::makeRow(const TableGeometry &g, const QStringList &cells, RowKind kind, const ReportTable &t,
                                 bool header)
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

Text ReportLayout::Impl::captionText(const QString &caption, double width, bool continued)
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

double ReportLayout::Impl::tableHeadHeight(const ReportTable &t)
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

void ReportLayout::Impl::table(const ReportTable &t, const QList<int> &)
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
            addText(cap, QPointF(body.left(), y), S.text);
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
    if (!t.caption.isEmpty())
        L.mCaptionPages.append(int(L.mPages.size()));

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

} // namespace ksd
