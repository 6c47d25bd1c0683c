// SPDX-License-Identifier: Apache-2.0
// ReportLayout: pages, flowing text, headings, paragraphs and bullet lists.
#include "reportlayout_p.h"

namespace ksd {

using namespace detail::report;

void ReportLayout::Impl::ensurePage()
{
    if (!needPage)
        return;
    LaidOutPage page;
    page.orientation = nextOrientation;
    page.running = running;
    L.mPages.append(page);
    orientation = nextOrientation;
    body = L.bodyRect(orientation);
    y = body.top();
    pageEmpty = true;
    needPage = false;
}

void ReportLayout::Impl::breakPage(PageOrientation o)
{
    if (!needPage && pageEmpty && !L.mPages.isEmpty() && !L.mPages.last().cover) {
        // Nothing on this page yet: just turn it.
        L.mPages.last().orientation = o;
        L.mPages.last().running = running;
        orientation = o;
        body = L.bodyRect(o);
        y = body.top();
        return;
    }
    needPage = true;
    nextOrientation = o;
}

double ReportLayout::Impl::bodyWidth()
{
    return L.bodyRect(needPage ? nextOrientation : orientation).width();
}

bool ReportLayout::Impl::fits(double h)
{
    ensurePage();
    return y + h <= body.bottom() + 0.01;
}

void ReportLayout::Impl::add(PaintOp op)
{
    ensurePage();
    L.mPages.last().ops.append(std::move(op));
    pageEmpty = false;
}

void ReportLayout::Impl::addText(const Text &t, QPointF at, const QColor &color)
{
    add([t, at, color](QPainter &p, const PaintContext &) {
        p.setPen(color);
        t.draw(p, at);
    });
}

void ReportLayout::Impl::space(double h)
{
    ensurePage();
    if (!pageEmpty)
        y += h;
}

QFont ReportLayout::Impl::bodyFont(TextStyle s) const
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

void ReportLayout::Impl::flowText(const Text &t, double x, const QColor &color, double firstLineDecorationX)
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

ReportLayout::Impl::HeadingText ReportLayout::Impl::headingText(const ReportHeading &h)
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

double ReportLayout::Impl::keepHeight(int i)
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
        return f->fullPage ? fullHeight() * 0.66 : figureHeight(*f); // a full-page figure takes what is left
    if (const auto *f = std::get_if<ReportFacts>(&b))
        return factsHeight(*f);
    return 0;
}

void ReportLayout::Impl::heading(const ReportHeading &h, int index, QList<int> &headingPages)
{
    if (h.level == 1)
        running.clear();
    if (h.running)
        running = h.title;
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

void ReportLayout::Impl::paragraph(const ReportParagraph &para)
{
    const Qt::Alignment align = para.style == TextStyle::Small ? Qt::AlignLeft : Qt::AlignJustify;
    const Text t = makeText(para.text, bodyFont(para.style), bodyWidth(), align, S.lineSpacing, dev);
    flowText(t, L.bodyRect(needPage ? nextOrientation : orientation).left(),
             para.style == TextStyle::Note || para.style == TextStyle::Small ? S.muted : S.text);
    y += pt(para.style == TextStyle::Lead ? 8 : 6);
}

void ReportLayout::Impl::bullets(const ReportBullets &b)
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

} // namespace ksd
