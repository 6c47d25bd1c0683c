// SPDX-License-Identifier: Apache-2.0
#include "maphovercard.h"

#include "networkscene.h"
#include "util/format.h"

#include <QGraphicsDropShadowEffect>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace ksd {

namespace {

/// The parts that say something: a card never shows a separator next to nothing.
QStringList nonEmpty(const QStringList &parts)
{
    QStringList out;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            out.append(p);
    }
    return out;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString num(double v, int decimals = 1)
{
    return uiLocale().toString(v, 'f', decimals);
}

QString swatch(LinkKind kind)
{
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>").arg(MapStyle::linkColor(kind).name());
}

QString cardRegionName(const QString &code)
{
    const Region *r = RefData::instance().region(code);
    return r ? r->name : code;
}

QString cardUrusanLabel(const QString &code)
{
    const Urusan *u = RefData::instance().urusan(code);
    return u ? u->label() : code;
}

QString muted(const QString &html)
{
    return QStringLiteral("<span style=\"color:#5f6b76\">%1</span>").arg(html);
}

/// The decisive step of the rule trace and, for a wajib, the takeover step: what a planner cites.
QString basisOf(const RuleResult &rule)
{
    QStringList out;
    for (const TraceStep &t : rule.trace) {
        if ((t.decisive || t.rule == Rule::Takeover) && !t.basis.isEmpty() && !out.contains(t.basis))
            out.append(t.basis);
    }
    return out.join(QStringLiteral("; "));
}

QString suggestionBlock(const Project &project, const Suggestion &s)
{
    QString html = QStringLiteral("<p style=\"margin-top:6px\"><b>%1</b>").arg(esc(cardUrusanLabel(s.urusan)));
    if (!s.service.isEmpty())
        html += QStringLiteral(" · ") + esc(AuthorityTable::builtin().serviceName(s.urusan, s.service));
    html += QStringLiteral(" · ") + MapHoverCard::tr("skor %1").arg(num(s.score)) + QStringLiteral("<br>");
    if (s.pairType != PairType::None)
        html += muted(esc(MapHoverCard::tr("Jenis pasangan %1: %2")
                              .arg(pairTypeKey(s.pairType), pairTypeName(s.pairType))))
                + QStringLiteral("<br>");

    const Explanation ex = SuggestionEngine::explain(project, s);
    QList<Explanation::FactorLine> factors = ex.factors;
    std::sort(factors.begin(), factors.end(), [](const auto &a, const auto &b) {
        return a.contribution > b.contribution;
    });
    QStringList parts;
    for (const Explanation::FactorLine &f : std::as_const(factors)) {
        if (parts.size() == 3 || f.contribution <= 0)
            break;
        parts.append(MapHoverCard::tr("%1 %2 poin").arg(esc(f.name), num(f.contribution)));
    }
    if (!parts.isEmpty())
        html += MapHoverCard::tr("Faktor utama: %1").arg(parts.join(QStringLiteral(", "))) + QStringLiteral("<br>");
    if (!ex.rule.reason.isEmpty())
        html += esc(ex.rule.reason) + QStringLiteral("<br>");
    const QString basis = basisOf(ex.rule);
    if (!basis.isEmpty())
        html += muted(MapHoverCard::tr("Dasar hukum: %1").arg(esc(basis))) + QStringLiteral("<br>");
    if (s.cls == KsdClass::Wajib && s.takeover != Takeover::None)
        html += QStringLiteral("<span style=\"color:#b71c1c\">")
                + esc(MapHoverCard::tr("Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak). "
                                          "Bila kelak disepakati dan tidak dilaksanakan, urusan dapat diambil alih "
                                          "oleh %1; biayanya diperhitungkan dari dana transfer daerah.")
                          .arg(takeoverName(s.takeover)))
                + QStringLiteral("</span><br>");
    if (s.cls == KsdClass::RujukProvinsi && !s.referTo.isEmpty()) {
        QStringList names;
        for (const QString &p : s.referTo)
            names.append(cardRegionName(p));
        html += esc(MapHoverCard::tr("Kewenangan provinsi: rujuk ke %1 (kerja sama tipe B atau fasilitasi "
                                        "provinsi).")
                        .arg(names.join(QStringLiteral(", "))))
                + QStringLiteral("<br>");
    }
    QStringList flags;
    for (const QString &key : ruleFlags(s.legalReview, s.dprdApproval, s.seaBorder, s.authorityUnchecked))
        flags.append(ruleFlagName(key));
    if (s.existingAgreement)
        flags.append(MapHoverCard::tr("sudah ada kesepakatan aktif"));
    if (!flags.isEmpty())
        html += muted(esc(flags.join(QStringLiteral(" · "))));
    html += QStringLiteral("</p>");
    return html;
}

} // namespace

MapHoverCard::MapHoverCard(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("mapHoverCard"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setStyleSheet(QStringLiteral("#mapHoverCard { background: #ffffff; border: 1px solid #c9d1d9; "
                                 "border-radius: 8px; } QLabel { color: #212529; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    mLabel = new QLabel(this);
    mLabel->setTextFormat(Qt::RichText);
    mLabel->setWordWrap(true);
    mLabel->setFont(MapStyle::font(12));
    layout->addWidget(mLabel);
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(18);
    shadow->setOffset(0, 3);
    shadow->setColor(QColor(0, 0, 0, 60));
    setGraphicsEffect(shadow);
    hide();
}

void MapHoverCard::setText(const QString &html)
{
    mLabel->setText(html);
    mLabel->setFixedWidth(400);
    adjustSize();
}

QString MapHoverCard::text() const
{
    return mLabel->text();
}

void MapHoverCard::showNear(const QPoint &anchor, const QRect &area)
{
    adjustSize();
    // Beside the pointer, never over it (nor over the node under it): the first corner where the whole card fits,
    // else to the right or left of the pointer, moved up or down as far as needed.
    const int dx = 18, dy = 14;
    const QPoint corners[] = {anchor + QPoint(dx, dy), anchor + QPoint(dx, -dy - height()),
                              anchor + QPoint(-dx - width(), dy), anchor + QPoint(-dx - width(), -dy - height())};
    const QRect inner = area.adjusted(4, 4, -4, -4);
    QPoint p;
    bool placed = false;
    for (const QPoint &c : corners) {
        if (inner.contains(QRect(c, size()))) {
            p = c;
            placed = true;
            break;
        }
    }
    if (!placed) {
        const bool right = anchor.x() + dx + width() <= inner.right() || anchor.x() - inner.left() < inner.right() - anchor.x();
        p = QPoint(right ? anchor.x() + dx : anchor.x() - dx - width(),
                   std::clamp(anchor.y() - height() / 2, inner.top(), std::max(inner.top(), inner.bottom() - height())));
    }
    move(p);
    show();
    raise();
}

QString MapHoverCard::textFor(const NetworkScene &scene, const RegionNodeItem &node)
{
    const Region &r = node.region();
    const NetworkNode &n = node.node();
    QString html = QStringLiteral("<b style=\"font-size:14px\">%1</b> %2<br>").arg(esc(r.name), muted(r.code));
    QStringList facts{regionTypeName(r.type)};
    if (!r.isProvince())
        facts.append(cardRegionName(r.provinceCode));
    facts.append(n.owner ? tr("daerah pemeta") : (n.inScope ? tr("dalam cakupan") : tr("di luar cakupan")));
    html += muted(esc(facts.join(QStringLiteral(" · ")))) + QStringLiteral("<br>");
    html += tr("Isian: %1 potensi, %2 kebutuhan").arg(n.potensi).arg(n.kebutuhan);
    if (n.bestScore > 0)
        html += QStringLiteral(" · ") + tr("skor saran tertinggi %1").arg(num(n.bestScore));

    // Partners: the strongest link kind per partner, agreements first.
    struct P { QString code; LinkKind kind; int count; };
    QList<P> partners;
    for (const LinkItem *l : node.links()) {
        const QString other = l->other(r.code)->code();
        auto it = std::find_if(partners.begin(), partners.end(), [&](const P &p) { return p.code == other; });
        if (it == partners.end())
            partners.append({other, l->link().kind, l->link().count()});
        else {
            it->count += l->link().count();
            if (int(l->link().kind) > int(LinkKind::RujukProvinsi) || int(l->link().kind) < int(it->kind))
                it->kind = l->link().kind;
        }
    }
    std::sort(partners.begin(), partners.end(), [](const P &a, const P &b) {
        auto rank = [](LinkKind k) { return k == LinkKind::Agreement ? -2 : (k == LinkKind::Proposal ? -1 : int(k)); };
        return rank(a.kind) != rank(b.kind) ? rank(a.kind) < rank(b.kind) : a.code < b.code;
    });
    if (!partners.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-top:6px\"><b>") + tr("Mitra (%1)").arg(partners.size())
                + QStringLiteral("</b><br>");
        for (int i = 0; i < partners.size() && i < 8; ++i) {
            html += swatch(partners[i].kind) + QLatin1Char(' ') + esc(MapStyle::shortName(partners[i].code))
                    + muted(QStringLiteral(" · ") + esc(linkKindName(partners[i].kind))) + QStringLiteral("<br>");
        }
        if (partners.size() > 8)
            html += muted(tr("dan %1 mitra lain").arg(partners.size() - 8));
        html += QStringLiteral("</p>");
    }
    const QStringList neighbours = scene.neighboursOf(r.code);
    if (!neighbours.isEmpty())
        html += muted(tr("Berbatasan dengan %1 daerah pada peta").arg(neighbours.size()));
    return html;
}

QString MapHoverCard::textFor(const NetworkScene &scene, const LinkItem &item, int maxSuggestions)
{
    const NetworkLink &l = item.link();
    const Project &project = scene.project();
    QString html = QStringLiteral("<b style=\"font-size:14px\">%1 – %2</b><br>")
                       .arg(esc(MapStyle::shortName(l.a)), esc(MapStyle::shortName(l.b)));
    html += swatch(l.kind) + QLatin1Char(' ') + QStringLiteral("<b>%1</b>").arg(esc(linkKindName(l.kind)));
    if (!l.suggestions.isEmpty()) {
        html += muted(QStringLiteral(" · ") + tr("%n urusan", nullptr, int(l.urusan.size())) + QStringLiteral(" · ")
                      + tr("skor tertinggi %1").arg(num(l.score)));
        QList<int> order = l.suggestions;
        const SuggestionSet &set = scene.suggestions();
        std::sort(order.begin(), order.end(), [&set](int a, int b) {
            return set.suggestions[a].score != set.suggestions[b].score
                       ? set.suggestions[a].score > set.suggestions[b].score
                       : a < b;
        });
        for (int i = 0; i < order.size() && i < maxSuggestions; ++i)
            html += suggestionBlock(project, set.suggestions[order[i]]);
        if (order.size() > maxSuggestions)
            html += muted(tr("dan %n saran lain (klik dua kali untuk rincian)", nullptr,
                             int(order.size() - maxSuggestions)));
        return html;
    }
    html += muted(QStringLiteral(" · ") + QString::number(l.count()));
    html += QStringLiteral("<p style=\"margin-top:6px\">");
    for (int i = 0; i < l.records.size() && i < 6; ++i) {
        const QUuid &id = l.records[i];
        if (l.kind == LinkKind::Proposal) {
            if (const Proposal *p = project.proposal(id))
                html += QStringLiteral("<b>%1</b><br>").arg(esc(p->title))
                        + muted(esc(nonEmpty({cardUrusanLabel(p->urusanCode), p->sourcePd}).join(QStringLiteral(" · "))))
                        + QStringLiteral("<br>");
        } else if (const Agreement *a = project.agreement(id)) {
            html += QStringLiteral("<b>%1</b><br>").arg(esc(a->title));
            QStringList facts{docTypeName(a->docType), stageName(a->stage)};
            if (a->endDate.isValid())
                facts.append(tr("berakhir %1").arg(longDate(a->endDate)));
            html += muted(esc(facts.join(QStringLiteral(" · ")))) + QStringLiteral("<br>");
        }
    }
    html += QStringLiteral("</p>");
    return html;
}

QString MapHoverCard::textFor(const NetworkScene &scene, const ClusterHullItem &hull)
{
    const Cluster &c = hull.cluster();
    const auto kind = linkKindOf(c.cls);
    QString html = QStringLiteral("<b style=\"font-size:14px\">%1</b><br>").arg(tr("Klaster %n daerah", nullptr,
                                                                                    int(c.members.size())));
    html += swatch(kind ? *kind : LinkKind::Sukarela) + QLatin1Char(' ') + esc(ksdClassName(c.cls))
            + muted(QStringLiteral(" · ") + tr("skor %1").arg(num(c.score))) + QStringLiteral("<br>");
    html += QStringLiteral("<b>%1</b>").arg(esc(cardUrusanLabel(c.urusan)));
    if (!c.service.isEmpty())
        html += QStringLiteral(" · ") + esc(AuthorityTable::builtin().serviceName(c.urusan, c.service));
    html += QStringLiteral("<br>");
    QStringList names;
    for (const QString &m : c.members)
        names.append(MapStyle::shortName(m));
    html += esc(names.join(QStringLiteral(", "))) + QStringLiteral("<br>");
    if (!c.pairTypes.isEmpty())
        html += muted(esc(tr("Jenis pasangan: %1").arg(c.pairTypes.join(QStringLiteral(", "))))) + QStringLiteral("<br>");
    if (c.cls == KsdClass::Wajib && c.takeover != Takeover::None)
        html += QStringLiteral("<span style=\"color:#b71c1c\">")
                + esc(tr("Bila tidak dilaksanakan, urusan diambil alih oleh %1.").arg(takeoverName(c.takeover)))
                + QStringLiteral("</span><br>");
    if (c.cls == KsdClass::RujukProvinsi && !c.referTo.isEmpty()) {
        QStringList prov;
        for (const QString &p : c.referTo)
            prov.append(cardRegionName(p));
        html += esc(tr("Kewenangan provinsi: rujuk ke %1.").arg(prov.join(QStringLiteral(", ")))) + QStringLiteral("<br>");
    }
    const Explanation ex = SuggestionEngine::explain(scene.project(), c);
    const QString basis = basisOf(ex.rule);
    if (!basis.isEmpty())
        html += muted(tr("Dasar hukum: %1").arg(esc(basis)));
    return html;
}

} // namespace ksd
