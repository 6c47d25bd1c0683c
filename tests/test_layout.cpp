// SPDX-License-Identifier: Apache-2.0
// Layouts are checked by their properties (STYLE.md): inside the bounds, no overlaps, same seed same picture,
// compass order kept; never by exact coordinates.
#include "layout/labelplacement.h"
#include "layout/layout.h"
#include "refdata/refdata.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <algorithm>
#include <bit>
#include <cmath>
#include <random>

using namespace ksd;

namespace {

const QRectF kBounds(0, 0, 1600, 1000);
constexpr double kRadius = 6;
constexpr double kSpacing = 4;

/// Province 63, its kab/kota, and the kab/kota of 62 and 64 that border one of them (the demo project's world).
QStringList demoSet()
{
    const RefData &ref = RefData::instance();
    QSet<QString> set{QStringLiteral("63")};
    for (const Region *r : ref.regionsOfProvince(QStringLiteral("63"))) {
        set.insert(r->code);
        for (const QString &n : ref.neighbours(r->code)) {
            if (n.startsWith(QLatin1String("62.")) || n.startsWith(QLatin1String("64.")))
                set.insert(n);
        }
    }
    QStringList out(set.begin(), set.end());
    out.sort();
    return out;
}

QStringList nationalSet()
{
    QStringList out;
    for (const Region &r : RefData::instance().regions())
        out.append(r.code);
    return out;
}

/// Kab/kota and province borders among @p codes, plus @p synthetic seeded random links (the benchmark's graph).
QList<LayoutLink> linksFor(const QStringList &codes, int synthetic = 0, unsigned seed = 7)
{
    const QSet<QString> in(codes.begin(), codes.end());
    QList<LayoutLink> links;
    for (const Border &b : RefData::instance().borders()) {
        if (in.contains(b.a) && in.contains(b.b))
            links.append({b.a, b.b, 1.0});
    }
    std::mt19937 gen(seed);
    std::uniform_int_distribution<qsizetype> pick(0, codes.size() - 1);
    for (int i = 0; i < synthetic; ++i) {
        const qsizetype a = pick(gen), b = pick(gen);
        if (a != b)
            links.append({codes[a], codes[b], 0.5});
    }
    return links;
}

LayoutInput inputFor(const QStringList &codes, const QList<LayoutLink> &links = {}, quint32 seed = 1)
{
    LayoutInput in;
    in.nodes = codes;
    in.links = links;
    in.bounds = kBounds;
    in.nodeRadius = kRadius;
    in.spacing = kSpacing;
    in.seed = seed;
    return in;
}

void requireInside(const Layout &l, const QRectF &bounds, double radius)
{
    constexpr double eps = 1e-9;
    for (auto it = l.positions.cbegin(); it != l.positions.cend(); ++it) {
        INFO(it.key().toStdString() << " at " << it.value().x() << "," << it.value().y());
        REQUIRE(it.value().x() - radius >= bounds.left() - eps);
        REQUIRE(it.value().x() + radius <= bounds.right() + eps);
        REQUIRE(it.value().y() - radius >= bounds.top() - eps);
        REQUIRE(it.value().y() + radius <= bounds.bottom() + eps);
    }
}

double minCentreDistance(const QMap<QString, QPointF> &pos)
{
    const QList<QPointF> p = pos.values();
    double best = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i < p.size(); ++i)
        for (qsizetype j = i + 1; j < p.size(); ++j)
            best = std::min(best, std::hypot(p[i].x() - p[j].x(), p[i].y() - p[j].y()));
    return best;
}

void requireApart(const Layout &l, double radius, double spacing)
{
    REQUIRE(l.unresolvedOverlaps == 0);
    REQUIRE(minCentreDistance(l.positions) >= (2 * radius + spacing) * (1 - 1e-9));
}

/// Bitwise equality: QPointF's operator== is fuzzy.
bool identical(const QMap<QString, QPointF> &a, const QMap<QString, QPointF> &b)
{
    if (a.keys() != b.keys())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const QPointF q = b.value(it.key());
        if (std::bit_cast<quint64>(it.value().x()) != std::bit_cast<quint64>(q.x())
            || std::bit_cast<quint64>(it.value().y()) != std::bit_cast<quint64>(q.y()))
            return false;
    }
    return true;
}

double maxMove(const QMap<QString, QPointF> &a, const QMap<QString, QPointF> &b)
{
    double m = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const QPointF d = it.value() - b.value(it.key());
        m = std::max(m, std::hypot(d.x(), d.y()));
    }
    return m;
}

Layout layoutOf(LayoutKind kind, const LayoutInput &in)
{
    Result<Layout> r = computeLayout(kind, in);
    REQUIRE(r.ok());
    return std::move(r).value();
}

} // namespace

TEST_CASE("The demo-like set is what the tests think it is", "[layout]")
{
    const QStringList demo = demoSet();
    CHECK(demo.contains(QStringLiteral("63")));
    CHECK(demo.contains(QStringLiteral("63.71")));
    CHECK(demo.contains(QStringLiteral("62.03"))); // Kapuas borders Barito Kuala
    CHECK(demo.contains(QStringLiteral("64.01"))); // Paser borders Kotabaru and Tabalong
    CHECK_FALSE(demo.contains(QStringLiteral("62.01")));
    CHECK(demo.size() >= 18);
    CHECK(nationalSet().size() == 552);
}

TEST_CASE("Every layout keeps nodes inside the bounds and apart", "[layout]")
{
    const auto kind = GENERATE(LayoutKind::Geographic, LayoutKind::Force, LayoutKind::Circular);
    const bool national = GENERATE(false, true);
    const QStringList codes = national ? nationalSet() : demoSet();
    const LayoutInput in = inputFor(codes, linksFor(codes, national ? 3000 : 20));
    INFO(layoutKindKey(kind).toStdString() << (national ? " national" : " demo"));

    const Layout l = layoutOf(kind, in);
    CHECK(l.kind == kind);
    REQUIRE(l.positions.size() == codes.size());
    REQUIRE(QStringList(l.positions.keys()) == codes); // every code once, in code order
    requireInside(l, kBounds, kRadius);
    requireApart(l, kRadius, kSpacing);
}

TEST_CASE("Every layout gives bitwise identical positions for the same input", "[layout]")
{
    const auto kind = GENERATE(LayoutKind::Geographic, LayoutKind::Force, LayoutKind::Circular);
    const bool national = GENERATE(false, true);
    const QStringList codes = national ? nationalSet() : demoSet();
    INFO(layoutKindKey(kind).toStdString() << (national ? " national" : " demo"));
    const LayoutInput in = inputFor(codes, linksFor(codes, national ? 3000 : 20), 42);
    CHECK(identical(layoutOf(kind, in).positions, layoutOf(kind, in).positions));

    // The order of the input lists does not matter either: codes are sorted, parallel links summed.
    LayoutInput shuffled = in;
    std::mt19937 gen(3);
    std::shuffle(shuffled.nodes.begin(), shuffled.nodes.end(), gen);
    std::shuffle(shuffled.links.begin(), shuffled.links.end(), gen);
    shuffled.nodes.append(shuffled.nodes.first()); // a duplicate is ignored
    CHECK(identical(layoutOf(kind, in).positions, layoutOf(kind, shuffled).positions));
}

TEST_CASE("A different seed gives a different force layout, still valid", "[layout][force]")
{
    const bool national = GENERATE(false, true);
    const QStringList codes = national ? nationalSet() : demoSet();
    const QList<LayoutLink> links = linksFor(codes, national ? 3000 : 20);
    const Layout a = forceLayout(inputFor(codes, links, 1));
    const Layout b = forceLayout(inputFor(codes, links, 2));
    CHECK(maxMove(a.positions, b.positions) > 2 * kRadius + kSpacing);
    requireInside(b, kBounds, kRadius);
    requireApart(b, kRadius, kSpacing);
    // Seeds only matter to the force layout.
    CHECK(identical(circularLayout(inputFor(codes, links, 1)).positions,
                    circularLayout(inputFor(codes, links, 2)).positions));
}

TEST_CASE("Force layout pulls linked regions together and packs disconnected parts apart", "[layout][force]")
{
    const QStringList codes = demoSet();
    const QList<LayoutLink> links = linksFor(codes);
    const Layout l = forceLayout(inputFor(codes, links));

    double linked = 0, all = 0;
    int nLinked = 0, nAll = 0;
    for (const LayoutLink &k : links) {
        const QPointF d = l.positions[k.a] - l.positions[k.b];
        linked += std::hypot(d.x(), d.y());
        ++nLinked;
    }
    for (const QString &a : codes) {
        for (const QString &b : codes) {
            if (a < b) {
                const QPointF d = l.positions[a] - l.positions[b];
                all += std::hypot(d.x(), d.y());
                ++nAll;
            }
        }
    }
    REQUIRE(nLinked > 10);
    CHECK(linked / nLinked < 0.6 * (all / nAll));

    // Two separate triangles and three isolated nodes: the triangles' boxes do not overlap.
    LayoutInput in = inputFor({QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("b1"),
                               QStringLiteral("b2"), QStringLiteral("b3"), QStringLiteral("x"), QStringLiteral("y"),
                               QStringLiteral("z")});
    for (const char *p : {"a", "b"}) {
        const QString s = QLatin1String(p);
        in.links.append({s + QLatin1Char('1'), s + QLatin1Char('2')});
        in.links.append({s + QLatin1Char('2'), s + QLatin1Char('3')});
        in.links.append({s + QLatin1Char('3'), s + QLatin1Char('1')});
    }
    in.links.append({QStringLiteral("x"), QStringLiteral("x")});        // self-link: ignored
    in.links.append({QStringLiteral("x"), QStringLiteral("nowhere")});  // unknown node: ignored
    const Layout d = forceLayout(in);
    REQUIRE(d.positions.size() == 9);
    requireInside(d, kBounds, kRadius);
    requireApart(d, kRadius, kSpacing);
    auto box = [&](const char *p) {
        QRectF r;
        for (int i = 1; i <= 3; ++i) {
            const QPointF c = d.positions[QLatin1String(p) + QString::number(i)];
            r = r.united(QRectF(c - QPointF(kRadius, kRadius), QSizeF(2 * kRadius, 2 * kRadius)));
        }
        return r;
    };
    CHECK_FALSE(box("a").intersects(box("b")));
}

TEST_CASE("Geographic layout keeps the compass and shares its projection with the map", "[layout][geo]")
{
    const bool national = GENERATE(false, true);
    const QStringList codes = national ? nationalSet() : demoSet();
    Result<Layout> r = geographicLayout(inputFor(codes));
    REQUIRE(r.ok());
    const Layout &l = *r;
    const auto at = [&](const char *code) { return l.positions.value(QLatin1String(code)); };

    // Kota Banjarmasin lies west of Kabupaten Kotabaru; Berau (64.03) or Tabalong north of Tanah Laut.
    CHECK(at("63.71").x() < at("63.02").x());
    CHECK(at("63.09").y() < at("63.01").y());
    if (national) {
        CHECK(at("11.71").x() < at("91.71").x());   // Banda Aceh west of Jayapura
        CHECK(at("71.71").y() < at("53.71").y());   // Manado north of Kupang
        CHECK(at("64.03").y() < at("63.01").y());
    }

    // The map projection puts every node at (or, after de-overlap, next to) its anchor: the label point, except a
    // province drawn with its own kab/kota, which stands north of all of them (not among them).
    REQUIRE(l.projection.has_value());
    const GeoProjection &proj = *l.projection;
    const RefData &ref = RefData::instance();
    if (codes.contains(QStringLiteral("63"))) {
        for (const Region *k : ref.regionsOfProvince(QStringLiteral("63"))) {
            if (codes.contains(k->code))
                CHECK(l.positions[QStringLiteral("63")].y() < l.positions[k->code].y());
        }
    }
    const auto anchorOf = [&](const QString &code) { return *geographicAnchor(code, codes, ref); };
    int exact = 0;
    for (const QString &code : codes) {
        const Region *reg = ref.region(code);
        const QPointF p = proj.toScene(anchorOf(code));
        const QPointF d = p - l.positions[code];
        if (std::hypot(d.x(), d.y()) < 1e-9)
            ++exact;
        // Round trip through the inverse.
        const QPointF back = proj.toLonLat(p);
        CHECK(std::abs(back.x() - anchorOf(code).x()) < 1e-9);
        CHECK(std::abs(back.y() - anchorOf(code).y()) < 1e-9);
        if (!reg->isProvince())
            CHECK(anchorOf(code) == QPointF(reg->labelLon, reg->labelLat));
    }
    if (!national) {
        CHECK(exact == codes.size()); // nothing is crowded at province scale
    } else {
        // Java's kota are crowded at national scale: de-overlap moves them, but only locally.
        std::vector<double> moves;
        for (const QString &code : codes) {
            const QPointF d = proj.toScene(anchorOf(code)) - l.positions[code];
            moves.push_back(std::hypot(d.x(), d.y()));
        }
        std::sort(moves.begin(), moves.end());
        const double minDist = 2 * kRadius + kSpacing;
        CHECK(moves[moves.size() / 2] < minDist);
        CHECK(moves.back() < 4 * minDist);
    }

    // Ordering survives de-overlap wherever two regions are clearly apart on the map (Jakarta's kota may swap).
    const double clear = 4 * (2 * kRadius + kSpacing);
    int checked = 0;
    for (qsizetype i = 0; i < codes.size(); i += 3) {
        for (qsizetype j = i + 1; j < codes.size(); j += 5) {
            const QPointF pa = proj.toScene(anchorOf(codes[i])), pb = proj.toScene(anchorOf(codes[j]));
            if (std::abs(pa.x() - pb.x()) > clear) {
                ++checked;
                CHECK((pa.x() < pb.x()) == (l.positions[codes[i]].x() < l.positions[codes[j]].x()));
            }
            if (std::abs(pa.y() - pb.y()) > clear)
                CHECK((pa.y() < pb.y()) == (l.positions[codes[i]].y() < l.positions[codes[j]].y()));
        }
    }
    CHECK(checked > 0);
}

TEST_CASE("GeoProjection fits the extent into the target, north up, aspect kept", "[layout][geo]")
{
    const QRectF extent(QPointF(110, -4), QPointF(118, 0)); // 8° wide, 4° tall
    const QRectF target(100, 50, 800, 800);
    const GeoProjection p = GeoProjection::fit(extent, target);
    REQUIRE(p.isValid());
    const QPointF west = p.toScene(110, -2), east = p.toScene(118, -2);
    CHECK(west.x() == Approx(target.left()));
    CHECK(east.x() == Approx(target.right()));
    CHECK(p.toScene(114, 0).y() < p.toScene(114, -4).y());      // north is up
    CHECK(p.toScene(114, -2).y() == Approx(target.center().y())); // centred vertically
    const double cosRef = std::cos(-2.0 * 3.14159265358979323846 / 180);
    const double kmX = (east.x() - west.x()) / (8 * cosRef), kmY = p.toScene(114, -4).y() - p.toScene(114, 0).y();
    CHECK(kmX == Approx(kmY / 4)); // one degree of latitude = one cos-corrected degree of longitude
    const QList<QPointF> ring = p.toScene(QList<QPointF>{{110, -4}, {118, 0}});
    CHECK(ring[1].x() == Approx(p.toScene(118, 0).x()));
    CHECK(GeoProjection::fit(QRectF(QPointF(115, -3), QSizeF(0, 0)), target).toScene(115, -3) == target.center());
    CHECK(GeoProjection().toScene(1, 2) == QPointF(1, 2));
}

TEST_CASE("Geographic layout refuses unknown codes and honours a given extent", "[layout][geo]")
{
    Result<Layout> bad = geographicLayout(inputFor({QStringLiteral("63.03"), QStringLiteral("99.99")}));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("99.99")));

    LayoutInput in = inputFor({QStringLiteral("63.03"), QStringLiteral("63.71")});
    in.geoExtent = QRectF(QPointF(114, -5), QPointF(117, -1));
    Result<Layout> r = geographicLayout(in);
    REQUIRE(r.ok());
    CHECK(r->projection->lonLatExtent() == *in.geoExtent);
    const QPointF sw = r->projection->toScene(114, -5), ne = r->projection->toScene(117, -1);
    CHECK(sw.y() == Approx(kBounds.bottom() - kRadius)); // the taller extent fills the height exactly
    CHECK(ne.y() == Approx(kBounds.top() + kRadius));
}

TEST_CASE("Circular layout groups kab/kota by province in code order", "[layout][circle]")
{
    const bool national = GENERATE(false, true);
    const QStringList codes = national ? nationalSet() : demoSet();
    const Layout l = circularLayout(inputFor(codes));
    const RefData &ref = RefData::instance();

    QStringList provinces;
    for (const QString &c : codes)
        provinces.append(ref.region(c)->provinceCode);
    provinces.removeDuplicates();
    provinces.sort();
    REQUIRE(l.groups.size() == provinces.size());

    qsizetype members = 0;
    double lastAngle = -1;
    for (qsizetype g = 0; g < l.groups.size(); ++g) {
        const LayoutGroup &grp = l.groups[g];
        CHECK(grp.provinceCode == provinces[g]);
        members += grp.members.size();
        // Every member lies inside its own group's disc and outside every other group's.
        for (const QString &m : grp.members) {
            CHECK(ref.region(m)->provinceCode == grp.provinceCode);
            const QPointF p = l.positions[m];
            const double own = std::hypot(p.x() - grp.center.x(), p.y() - grp.center.y());
            CHECK(own <= grp.radius + 1e-6);
            for (const LayoutGroup &other : l.groups) {
                if (&other != &grp)
                    CHECK(std::hypot(p.x() - other.center.x(), p.y() - other.center.y()) > other.radius);
            }
        }
        // The province node, when present, sits at its group's centre.
        if (codes.contains(grp.provinceCode))
            CHECK(std::hypot(l.positions[grp.provinceCode].x() - grp.center.x(),
                             l.positions[grp.provinceCode].y() - grp.center.y()) < 1e-6);
        // Clockwise from the top: the angle from the bounds' centre grows with the province code.
        const QPointF v = grp.center - kBounds.center();
        double angle = std::atan2(v.x(), -v.y()); // 0 at the top, clockwise positive
        if (angle < -1e-9)
            angle += 2 * 3.14159265358979323846;
        CHECK(angle > lastAngle);
        lastAngle = angle;
    }
    CHECK(members == codes.size());
}

TEST_CASE("De-overlap separates, stays inside, and leaves spaced nodes alone", "[layout]")
{
    QMap<QString, QPointF> heap;
    for (int i = 0; i < 200; ++i)
        heap.insert(QStringLiteral("n%1").arg(i, 3, 10, QLatin1Char('0')), QPointF(400, 300)); // all on one spot
    heap.insert(QStringLiteral("far"), QPointF(-5000, 9000));                                   // outside
    const QRectF bounds(0, 0, 800, 600);
    const SpacedPositions s = deOverlap(heap, bounds, 5, 3);
    REQUIRE(s.unresolvedOverlaps == 0);
    REQUIRE(s.positions.keys() == heap.keys());
    Layout wrapped;
    wrapped.positions = s.positions;
    requireInside(wrapped, bounds, 5);
    CHECK(minCentreDistance(s.positions) >= 13 * (1 - 1e-9));

    // Spaced positions come back bitwise unchanged, in one sweep.
    const SpacedPositions again = deOverlap(s.positions, bounds, 5, 3);
    CHECK(identical(again.positions, s.positions));
    CHECK(again.passes == 1);

    // Bounds too small for the discs: reported, never outside.
    const SpacedPositions cramped = deOverlap(heap, QRectF(0, 0, 50, 50), 5, 3);
    CHECK(cramped.unresolvedOverlaps > 0);
    wrapped.positions = cramped.positions;
    requireInside(wrapped, QRectF(0, 0, 50, 50), 5);
}

TEST_CASE("Saved positions travel through NodePosition records", "[layout]")
{
    for (LayoutKind k : {LayoutKind::Geographic, LayoutKind::Force, LayoutKind::Circular}) {
        CHECK(layoutKindFromKey(layoutKindKey(k)) == k);
        CHECK_FALSE(layoutKindName(k).isEmpty());
    }
    CHECK_FALSE(layoutKindFromKey(QStringLiteral("spiral")).has_value());

    const Layout l = circularLayout(inputFor(demoSet()));
    const QList<NodePosition> recs = toNodePositions(l);
    REQUIRE(recs.size() == l.positions.size());
    CHECK(recs.first().layout == QStringLiteral("circle"));
    CHECK(recs.first().regionCode == l.positions.firstKey());

    QList<NodePosition> saved = {{QStringLiteral("circle"), QStringLiteral("63.03"), 12.5, 34.5},
                                 {QStringLiteral("force"), QStringLiteral("63.71"), 1, 2},    // other layout
                                 {QStringLiteral("circle"), QStringLiteral("11.01"), 3, 4}};  // not in the layout
    const Layout moved = withSavedPositions(l, saved);
    CHECK(moved.positions.value(QStringLiteral("63.03")) == QPointF(12.5, 34.5));
    CHECK(moved.positions.value(QStringLiteral("63.71")) == l.positions.value(QStringLiteral("63.71")));
    CHECK_FALSE(moved.positions.contains(QStringLiteral("11.01")));
    CHECK(identical(withSavedPositions(l, recs).positions, l.positions));
}

namespace {

QList<LabelNode> labelNodes(const Layout &l, double radius)
{
    QList<LabelNode> nodes;
    for (auto it = l.positions.cbegin(); it != l.positions.cend(); ++it)
        nodes.append({it.key(), it.value(), radius});
    return nodes;
}

void requireValidLabels(const QList<LabelPlacement> &placed, const QList<LabelNode> &nodes, const QRectF &bounds)
{
    QList<QRectF> shown;
    for (const LabelPlacement &p : placed) {
        if (!p.shown)
            continue;
        INFO(p.code.toStdString());
        REQUIRE(bounds.contains(p.rect));
        for (const QRectF &o : shown)
            REQUIRE_FALSE(o.intersects(p.rect));
        for (const LabelNode &n : nodes) {
            const double dx = n.center.x() - std::clamp(n.center.x(), p.rect.left(), p.rect.right());
            const double dy = n.center.y() - std::clamp(n.center.y(), p.rect.top(), p.rect.bottom());
            REQUIRE(dx * dx + dy * dy >= n.radius * n.radius * (1 - 1e-9));
        }
        shown.append(p.rect);
    }
}

} // namespace

TEST_CASE("Label placement never overlaps and keeps higher priorities first", "[layout][labels]")
{
    const QStringList codes = nationalSet();
    const Layout l = *geographicLayout(inputFor(codes));
    const QList<LabelNode> nodes = labelNodes(l, kRadius);
    const RefData &ref = RefData::instance();

    // Text-like sizes (7 units per character, 12 tall) and three priority tiers.
    QList<LabelRequest> requests;
    for (const QString &c : codes) {
        const int prio = c.startsWith(QLatin1String("63")) ? 2 : (c.startsWith(QLatin1String("3")) ? 1 : 0);
        requests.append({c, QSizeF(7.0 * double(ref.region(c)->name.size()), 12), prio});
    }
    LabelOptions opt;
    opt.bounds = kBounds;
    const QList<LabelPlacement> placed = placeLabels(nodes, requests, opt);
    REQUIRE(placed.size() == requests.size());
    for (qsizetype i = 0; i < placed.size(); ++i)
        REQUIRE(placed[i].code == requests[i].code); // request order
    requireValidLabels(placed, nodes, kBounds);
    const auto shownCount = std::count_if(placed.begin(), placed.end(), [](const LabelPlacement &p) { return p.shown; });
    CHECK(shownCount > 50);
    CHECK(shownCount < placed.size()); // Java is too dense for every label at this zoom

    // Lower priorities never displace higher ones: the labels of priority ≥ p are placed exactly as if the
    // lower ones did not exist.
    for (int p : {2, 1}) {
        QList<LabelRequest> top;
        for (const LabelRequest &r : requests)
            if (r.priority >= p)
                top.append(r);
        const QList<LabelPlacement> alone = placeLabels(nodes, top, opt);
        QHash<QString, LabelPlacement> full;
        for (const LabelPlacement &x : placed)
            full.insert(x.code, x);
        for (const LabelPlacement &x : alone) {
            INFO(x.code.toStdString());
            CHECK(full[x.code].shown == x.shown);
            CHECK(full[x.code].rect == x.rect);
        }
    }

    // Same input, same answer.
    const QList<LabelPlacement> again = placeLabels(nodes, requests, opt);
    for (qsizetype i = 0; i < placed.size(); ++i)
        CHECK((placed[i].shown == again[i].shown && placed[i].rect == again[i].rect));
}

TEST_CASE("Label placement: the selected region wins a contested spot", "[layout][labels]")
{
    // Two nodes side by side 30 units apart; labels too wide to fit both, except on different sides.
    const QList<LabelNode> nodes = {{QStringLiteral("a"), QPointF(100, 100), 5}, {QStringLiteral("b"), QPointF(130, 100), 5}};
    const QRectF bounds(60, 0, 110, 200); // no room to the left of a or the right of b
    LabelOptions opt;
    opt.bounds = bounds;
    opt.gap = 1;
    const QSizeF size(40, 10);

    // Sideways each label would cover the other node; above and below are free, but a and b can't share one.
    const QList<LabelPlacement> bFirst =
        placeLabels(nodes, {{QStringLiteral("a"), size, 0}, {QStringLiteral("b"), size, 5}}, opt);
    REQUIRE(bFirst[1].shown);
    CHECK(bFirst[1].side == LabelSide::Above);
    CHECK(bFirst[0].shown);
    CHECK(bFirst[0].side == LabelSide::Below);
    requireValidLabels(bFirst, nodes, bounds);

    // A third request with only room for two: the lowest priority loses, whatever its code.
    const QList<LabelNode> three = nodes + QList<LabelNode>{{QStringLiteral("0"), QPointF(115, 100), 3}};
    const QList<LabelPlacement> p3 = placeLabels(
        three, {{QStringLiteral("0"), size, 1}, {QStringLiteral("a"), size, 9}, {QStringLiteral("b"), size, 8}}, opt);
    CHECK(p3[1].shown);
    CHECK(p3[2].shown);
    CHECK_FALSE(p3[0].shown);
    CHECK(p3[0].rect.isNull());
    requireValidLabels(p3, three, bounds);

    // A label for an unknown node, or with no size, is never shown.
    const QList<LabelPlacement> odd =
        placeLabels(nodes, {{QStringLiteral("zz"), size, 9}, {QStringLiteral("a"), QSizeF(0, 0), 9}}, opt);
    CHECK_FALSE(odd[0].shown);
    CHECK_FALSE(odd[1].shown);
}

TEST_CASE("Label placement: an always label is shown even when every spot covers a node", "[layout][labels]")
{
    // A node ringed by eight neighbours so close that every candidate box of its label covers one of them.
    QList<LabelNode> nodes = {{QStringLiteral("own"), QPointF(100, 100), 4}};
    for (int i = 0; i < 8; ++i) {
        const double a = i * M_PI / 4;
        nodes.append({QStringLiteral("n%1").arg(i), QPointF(100 + 14 * std::cos(a), 100 + 14 * std::sin(a)), 4});
    }
    const QSizeF size(40, 10);
    LabelOptions opt;
    opt.bounds = QRectF(0, 0, 200, 200);

    const QList<LabelPlacement> plain = placeLabels(nodes, {LabelRequest{QStringLiteral("own"), size, 1, false}}, opt);
    REQUIRE(plain.size() == 1);
    CHECK_FALSE(plain[0].shown);

    const QList<LabelPlacement> forced = placeLabels(nodes, {LabelRequest{QStringLiteral("own"), size, 1, true}}, opt);
    REQUIRE(forced.size() == 1);
    CHECK(forced[0].shown);
    CHECK(opt.bounds.contains(forced[0].rect));
    CHECK(forced[0].rect.width() == size.width());

    // It still never overlaps a label placed before it (higher priority).
    const QList<LabelPlacement> both = placeLabels(
        nodes, {LabelRequest{QStringLiteral("n0"), QSizeF(200, 200), 9, true}, LabelRequest{QStringLiteral("own"), size, 1, true}},
        LabelOptions{});
    REQUIRE(both.size() == 2);
    CHECK(both[0].shown);
    if (both[1].shown)
        CHECK_FALSE(both[1].rect.intersects(both[0].rect));
}
