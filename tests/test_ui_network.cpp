// SPDX-License-Identifier: Apache-2.0
// The network map (ui/network): scene content, filters, selection, drags and undo, saved positions, exports and
// the headless `petaksd map`.
#include <catch2/catch.hpp>

#include "helpers.h"

#include "demo/demoproject.h"
#include "mainwindow.h"
#include "document/projectdocument.h"
#include "network/maphovercard.h"
#include "network/maprenderer.h"
#include "document/moveregionnodes.h"
#include "network/networkview.h"
#include "network/networkwidget.h"
#include "store/ksdstore.h"
#include "models/suggestionsmodel.h"
#include "widgets/suggestionspage.h"
#include "workbench/documentmanager.h"
#include "workbench/recordselection.h"
#include "workbench/suggestionservice.h"
#include "workbench/taskrunner.h"
#include "workbench/workbench.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTest>
#include <QUndoStack>

#include <set>

using namespace ksd;

namespace {

Project demo()
{
    return makeDemoProject(QDate(2024, 6, 13));
}

/// The demo project and its suggestions, computed once for the whole file.
const SuggestionSet &demoSuggestions()
{
    static const SuggestionSet set = computeMapSuggestions(demo());
    return set;
}

int countLinksOf(const NetworkScene &scene, LinkKind kind)
{
    int n = 0;
    for (const LinkItem *l : scene.linkItems())
        n += l->link().kind == kind ? l->link().count() : 0;
    return n;
}

/// How many suggestions the scene should draw for @p filter, counted straight from the engine's output.
int expectedSuggestions(const SuggestionSet &set, const NetworkFilter &filter, std::optional<LinkKind> only = {})
{
    int n = 0;
    for (const Suggestion &s : set.suggestions) {
        const auto kind = linkKindOf(s.cls);
        if (!kind || !filter.showsKind(*kind) || !filter.showsUrusan(s.urusan) || (only && *kind != *only))
            continue;
        n += *kind == LinkKind::RujukProvinsi ? 0 : 1;
    }
    return n;
}

QColor pixel(const QImage &image, const QPointF &p)
{
    return image.pixelColor(int(std::floor(p.x())), int(std::floor(p.y())));
}

bool near(const QColor &a, const QColor &b, int tolerance = 3)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The widget on @p doc with the demo's precomputed suggestions: no engine run, no details dialog.
void attachDemo(NetworkWidget &w, ProjectDocument &doc)
{
    w.setOpensDetails(false);
    w.setDocument(&doc);
    w.setSuggestions(demoSuggestions(), doc.revision());
}

/// Shows @p w at 1400x900 with the map fitted.
void showFitted(NetworkWidget &w)
{
    w.resize(1400, 900);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.view()->fitToContent();
}

} // namespace

TEST_CASE("Network scene: one node per scope region, one link per visible suggestion, proposal and agreement")
{
    const Project p = demo();
    const SuggestionSet &set = demoSuggestions();
    REQUIRE(set.suggestions.size() > 10);
    NetworkScene scene;
    scene.setProject(p, set);

    // Exactly one RegionNodeItem per scope region (and none twice).
    std::multiset<QString> nodeCodes;
    for (QGraphicsItem *item : scene.items()) {
        if (auto *n = qgraphicsitem_cast<RegionNodeItem *>(item))
            nodeCodes.insert(n->code());
    }
    for (const QString &code : p.scope)
        CHECK(nodeCodes.count(code) == 1);
    CHECK(std::set<QString>(nodeCodes.begin(), nodeCodes.end()).size() == nodeCodes.size());
    for (const QString &code : p.scope)
        CHECK(scene.nodeItem(code)->isShown());

    // Every drawn suggestion sits in exactly one link (RUJUK_PROVINSI: one per kab/kota to its province), and no
    // link carries a suggestion of another class or TIDAK_MEMENUHI.
    QHash<int, int> seen;
    for (const LinkItem *l : scene.linkItems()) {
        for (int i : l->link().suggestions) {
            ++seen[i];
            const Suggestion &s = set.suggestions[i];
            REQUIRE(linkKindOf(s.cls).has_value());
            CHECK(*linkKindOf(s.cls) == l->link().kind);
            if (l->link().kind != LinkKind::RujukProvinsi) {
                CHECK(((l->link().a == s.regionA && l->link().b == s.regionB)
                       || (l->link().a == s.regionB && l->link().b == s.regionA)));
            } else {
                CHECK(s.referTo.contains(l->link().b == s.regionA || l->link().b == s.regionB ? l->link().a
                                                                                                 : l->link().b));
            }
        }
    }
    int drawn = 0, rujuk = 0;
    for (int i = 0; i < set.suggestions.size(); ++i) {
        const Suggestion &s = set.suggestions[i];
        if (s.cls == KsdClass::TidakMemenuhi || s.cls == KsdClass::RujukPusat) {
            CHECK(seen.value(i) == 0);
        } else if (s.cls == KsdClass::RujukProvinsi) {
            ++rujuk;
            CHECK(seen.value(i) >= 1);
        } else {
            ++drawn;
            CHECK(seen.value(i) == 1);
        }
    }
    CHECK(drawn > 0);
    CHECK(rujuk > 0);

    // Proposals: one record per (proposal, partner region); agreements: one per (agreement, region party pair).
    int proposalPairs = 0;
    for (const Proposal &pr : p.proposals) {
        if (!pr.meta.deleted && pr.partnerType == PartnerType::Daerah)
            proposalPairs += int(pr.partnerRegionCodes.size());
    }
    CHECK(proposalPairs > 0);
    CHECK(countLinksOf(scene, LinkKind::Proposal) == proposalPairs);
    int agreementPairs = 0;
    for (const Agreement &a : p.agreements) {
        if (a.meta.deleted || a.status == AgreementStatus::Dihentikan || a.status == AgreementStatus::Berakhir)
            continue;
        int regions = 0;
        for (const Party &party : a.parties)
            regions += party.kind == PartyKind::Region ? 1 : 0;
        agreementPairs += std::max(0, regions - 1);
    }
    CHECK(agreementPairs > 0);
    CHECK(countLinksOf(scene, LinkKind::Agreement) == agreementPairs);

    // Thickness by count: a link with more records is drawn wider.
    CHECK(MapStyle::linkWidth(LinkKind::Agreement, 3) > MapStyle::linkWidth(LinkKind::Agreement, 1));
}

TEST_CASE("Network scene: filters change the counts correctly")
{
    const Project p = demo();
    const SuggestionSet &set = demoSuggestions();
    NetworkScene scene;
    scene.setProject(p, set);
    const int allLinks = int(scene.linkItems().size());
    int allSuggestions = 0;
    for (const LinkItem *l : scene.linkItems())
        allSuggestions += l->link().kind == LinkKind::RujukProvinsi ? 0 : int(l->link().suggestions.size());
    CHECK(allSuggestions == expectedSuggestions(set, {}));

    SECTION("urusan")
    {
        // The urusan with the most suggestions.
        QHash<QString, int> byUrusan;
        for (const Suggestion &s : set.suggestions)
            ++byUrusan[s.urusan];
        QString top;
        for (auto it = byUrusan.cbegin(); it != byUrusan.cend(); ++it) {
            if (top.isEmpty() || it.value() > byUrusan.value(top) || (it.value() == byUrusan.value(top) && it.key() < top))
                top = it.key();
        }
        NetworkFilter f;
        f.urusan = {top};
        scene.setFilter(f);
        int shown = 0;
        for (const LinkItem *l : scene.linkItems()) {
            CHECK(l->link().urusan == QStringList{top});
            shown += l->link().kind == LinkKind::RujukProvinsi ? 0 : int(l->link().suggestions.size());
        }
        CHECK(shown == expectedSuggestions(set, f));
        CHECK(shown < allSuggestions);
        // Scope regions stay on the map; their entry counts follow the urusan.
        for (const QString &code : p.scope)
            CHECK(scene.nodeItem(code)->isShown());
    }
    SECTION("class")
    {
        NetworkFilter f;
        f.kinds = linkKindBit(LinkKind::Wajib);
        scene.setFilter(f);
        int shown = 0;
        for (const LinkItem *l : scene.linkItems()) {
            CHECK(l->link().kind == LinkKind::Wajib);
            shown += int(l->link().suggestions.size());
        }
        CHECK(shown == expectedSuggestions(set, {}, LinkKind::Wajib));
        CHECK(shown > 0);
        CHECK(int(scene.linkItems().size()) < allLinks);
    }
    SECTION("stage")
    {
        NetworkFilter f;
        f.kinds = linkKindBit(LinkKind::Agreement);
        f.stages = {Stage::Pelaksanaan};
        scene.setFilter(f);
        int expected = 0;
        for (const Agreement &a : p.agreements) {
            if (a.meta.deleted || a.stage != Stage::Pelaksanaan || a.status == AgreementStatus::Dihentikan
                || a.status == AgreementStatus::Berakhir)
                continue;
            int regions = 0;
            for (const Party &party : a.parties)
                regions += party.kind == PartyKind::Region ? 1 : 0;
            expected += std::max(0, regions - 1);
        }
        CHECK(countLinksOf(scene, LinkKind::Agreement) == expected);
        for (const LinkItem *l : scene.linkItems()) {
            for (const QUuid &id : l->link().records)
                CHECK(p.agreement(id)->stage == Stage::Pelaksanaan);
        }
    }
    SECTION("province")
    {
        NetworkFilter f;
        f.province = QStringLiteral("62"); // Kalimantan Tengah
        scene.setFilter(f);
        const RefData &ref = RefData::instance();
        for (const LinkItem *l : scene.linkItems()) {
            const bool touches = ref.region(l->link().a)->provinceCode == f.province
                                 || ref.region(l->link().b)->provinceCode == f.province;
            CHECK(touches);
        }
        // A scope region of another province stays only as a partner of a shown link.
        for (const QString &code : p.scope) {
            const Region *r = ref.region(code);
            if (r->provinceCode == f.province)
                CHECK(scene.nodeItem(code)->isShown());
            else if (scene.nodeItem(code)->isShown())
                CHECK(!scene.data().partnersOf(code).isEmpty());
        }
        CHECK(int(scene.visibleNodeItems().size()) < int(p.scope.size()));
    }
    SECTION("back to all")
    {
        NetworkFilter f;
        f.kinds = linkKindBit(LinkKind::Sukarela);
        scene.setFilter(f);
        scene.setFilter(NetworkFilter());
        CHECK(int(scene.linkItems().size()) == allLinks);
    }
}

TEST_CASE("Network widget: selection syncs both ways with the shared selection")
{
    ProjectDocument doc(demo());
    RecordSelection selection;
    NetworkWidget w;
    attachDemo(w, doc);
    w.setRecordSelection(&selection);
    showFitted(w);
    NetworkScene *scene = w.scene();
    QSignalSpy fromMap(&w, &NetworkWidget::regionsSelected);

    // Tables/inspector → map.
    selection.setRegions({QStringLiteral("63.71")});
    CHECK(scene->selectedRegions() == QStringList{QStringLiteral("63.71")});
    CHECK(fromMap.isEmpty()); // told, not telling

    // Map → tables/inspector: a click on a node.
    RegionNodeItem *node = scene->nodeItem(QStringLiteral("63.72"));
    REQUIRE(node);
    const QPoint at = w.view()->mapFromScene(node->pos());
    QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, {}, at);
    CHECK(scene->selectedRegions() == QStringList{QStringLiteral("63.72")});
    REQUIRE(fromMap.count() == 1);
    CHECK(fromMap.takeFirst().at(0).toStringList() == QStringList{QStringLiteral("63.72")});
    CHECK(selection.regions() == QStringList{QStringLiteral("63.72")});

    // An agreement selected in its table selects its link on the map, and a click on a link selects its record.
    LinkItem *agreementLink = nullptr;
    for (LinkItem *l : scene->linkItems()) {
        if (l->link().kind == LinkKind::Agreement) {
            agreementLink = l;
            break;
        }
    }
    REQUIRE(agreementLink);
    const QUuid agreementId = agreementLink->link().records.constFirst();
    selection.setCurrent(RecordRef{RecordType::Agreement, agreementId});
    CHECK(agreementLink->isSelected());

    selection.setCurrent(RecordRef{});
    scene->clearSelection();
    QSignalSpy records(&w, &NetworkWidget::recordsSelected);
    agreementLink->setSelected(true);
    REQUIRE(records.count() >= 1);
    CHECK(records.last().at(0).value<RecordType>() == RecordType::Agreement);
    CHECK(selection.current() == RecordRef{RecordType::Agreement, agreementLink->link().records.constFirst()});

    // Keyboard: an arrow moves the selection to a node in that direction.
    scene->setSelectedRegions({QStringLiteral("63.03")});
    const QPointF from = scene->nodeItem(QStringLiteral("63.03"))->pos();
    w.view()->setFocus();
    QTest::keyClick(w.view(), Qt::Key_Up);
    const QStringList after = scene->selectedRegions();
    REQUIRE(after.size() == 1);
    CHECK(after.constFirst() != QStringLiteral("63.03"));
    CHECK(scene->nodeItem(after.constFirst())->pos().y() < from.y());

    // Find by name or code zooms to the region and selects it.
    CHECK(w.findRegion(QStringLiteral("banjarbaru")));
    CHECK(scene->selectedRegions() == QStringList{QStringLiteral("63.72")});
    CHECK(w.findRegion(QStringLiteral("6371")));
    CHECK(scene->selectedRegions() == QStringList{QStringLiteral("63.71")});
    CHECK_FALSE(w.findRegion(QStringLiteral("Kabupaten Tidak Ada")));
}

TEST_CASE("Network widget: a drag is one undo step and positions survive save and reopen")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ProjectDocument doc(demo());
    NetworkWidget w;
    attachDemo(w, doc);
    showFitted(w);
    NetworkScene *scene = w.scene();
    const QString code = QStringLiteral("63.04"); // Kabupaten Barito Kuala
    RegionNodeItem *node = scene->nodeItem(code);
    REQUIRE(node);
    const QPointF before = node->pos();
    QWidget *viewport = w.view()->viewport();
    const QPoint start = w.view()->mapFromScene(before);

    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 6; ++step)
        QTest::mouseMove(viewport, start + QPoint(10 * step, 4 * step));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(60, 24));

    const QPointF moved = node->pos();
    CHECK(QLineF(before, moved).length() > 10);
    CHECK(doc.undoStack()->count() == 1); // six moves, one step
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Pindahkan simpul Kabupaten Barito Kuala")); // the one dragged
    CHECK(doc.isModified());
    const auto saved = MoveRegionNodes::savedPositions(doc.project(), QStringLiteral("geo"));
    CHECK(saved.size() == scene->nodeItems().size()); // the whole arrangement is kept
    // Nothing else moved.
    for (const NodePosition &np : saved) {
        if (np.regionCode != code)
            CHECK(QPointF(np.x, np.y) == scene->layout().positions.value(np.regionCode));
    }

    doc.undoStack()->undo();
    CHECK(node->pos() == before);
    CHECK(MoveRegionNodes::savedPositions(doc.project(), QStringLiteral("geo")).isEmpty());
    doc.undoStack()->redo();
    CHECK(node->pos() == moved);

    // A second drag is a second step.
    const QPoint again = w.view()->mapFromScene(node->pos());
    QTest::mousePress(viewport, Qt::LeftButton, {}, again);
    QTest::mouseMove(viewport, again + QPoint(0, 30));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, again + QPoint(0, 30));
    CHECK(doc.undoStack()->count() == 2);
    const QPointF moved2 = node->pos();
    doc.undoStack()->undo();
    CHECK(node->pos() == moved);
    doc.undoStack()->redo();

    // Save, reopen: the scene built from the file puts the node where it was dragged.
    const QString path = dir.filePath(QStringLiteral("peta.ksd"));
    REQUIRE(doc.saveAs(path));
    auto loaded = KsdStore::load(path);
    REQUIRE(loaded);
    NetworkScene reopened;
    reopened.setProject(loaded->project, demoSuggestions());
    REQUIRE(reopened.nodeItem(code));
    CHECK(reopened.nodeItem(code)->pos() == moved2);
    // Other layouts keep their own positions: the force layout is untouched by a geographic drag.
    reopened.setLayoutKind(LayoutKind::Force);
    NetworkScene fresh;
    MapSettings force;
    force.layout = LayoutKind::Force;
    fresh.setSettings(force);
    fresh.setProject(demo(), demoSuggestions());
    CHECK(reopened.nodeItem(code)->pos() == fresh.nodeItem(code)->pos());
}

TEST_CASE("moveNodes: merges within a drag, obsolete when nothing moved")
{
    ProjectDocument doc(demo());
    const QString layout = QStringLiteral("force");
    const QList<NodePosition> a{{layout, QStringLiteral("63.03"), 10, 20}};
    const QList<NodePosition> b{{layout, QStringLiteral("63.03"), 30, 40}};
    doc.moveNodes(layout, a, {QStringLiteral("63.03")}, 7);
    doc.moveNodes(layout, b, {QStringLiteral("63.03")}, 7);
    CHECK(doc.undoStack()->count() == 1);
    CHECK(MoveRegionNodes::savedPositions(doc.project(), layout) == b);
    doc.moveNodes(layout, a, {QStringLiteral("63.03")}, 8); // another drag
    CHECK(doc.undoStack()->count() == 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    CHECK(MoveRegionNodes::savedPositions(doc.project(), layout).isEmpty());
    doc.undoStack()->redo();
    CHECK(MoveRegionNodes::savedPositions(doc.project(), layout) == b);
    doc.undoStack()->redo();
    CHECK(MoveRegionNodes::savedPositions(doc.project(), layout) == a);
    // Pushing the positions already saved changes nothing and leaves no step.
    doc.moveNodes(layout, a, {QStringLiteral("63.03")}, 9);
    CHECK(doc.undoStack()->count() == 2);
    CHECK(doc.undoStack()->index() == 2);
}

TEST_CASE("Network view: labels never overlap, layout switch keeps selection and focus, hover card")
{
    ProjectDocument doc(demo());
    NetworkWidget w;
    attachDemo(w, doc);
    showFitted(w);
    NetworkScene *scene = w.scene();

    for (LayoutKind kind : {LayoutKind::Geographic, LayoutKind::Force, LayoutKind::Circular}) {
        w.setLayoutKind(kind);
        const auto &labels = scene->labelLayer()->labels();
        REQUIRE(!labels.isEmpty());
        for (int i = 0; i < labels.size(); ++i) {
            for (int j = i + 1; j < labels.size(); ++j)
                CHECK_FALSE(labels[i].rect.intersects(labels[j].rect));
            for (RegionNodeItem *n : scene->visibleNodeItems()) {
                const QRectF disc(n->pos() - QPointF(n->radius(), n->radius()), QSizeF(2 * n->radius(), 2 * n->radius()));
                CHECK_FALSE(labels[i].rect.intersects(disc.adjusted(1, 1, -1, -1)));
            }
        }
    }

    // Selected regions get their labels first.
    w.setLayoutKind(LayoutKind::Geographic);
    scene->setSelectedRegions({QStringLiteral("62.03")});
    bool labelled = false;
    for (const auto &l : scene->labelLayer()->labels())
        labelled = labelled || l.code == QStringLiteral("62.03");
    CHECK(labelled);

    // Switching layout keeps the selection, and the focus node stays where it was on screen.
    const QPoint onScreen = w.view()->mapFromScene(scene->nodeItem(QStringLiteral("62.03"))->pos());
    w.setLayoutKind(LayoutKind::Force);
    CHECK(scene->selectedRegions() == QStringList{QStringLiteral("62.03")});
    const QPoint after = w.view()->mapFromScene(scene->nodeItem(QStringLiteral("62.03"))->pos());
    CHECK((after - onScreen).manhattanLength() <= 4);

    // Hover: the card explains a region, and for a wajib link the legal basis and who takes over.
    w.setLayoutKind(LayoutKind::Geographic);
    w.view()->fitToContent();
    const QString nodeCard =
        w.view()->cardTextAt(w.view()->mapFromScene(scene->nodeItem(QStringLiteral("63.03"))->pos()));
    CHECK(nodeCard.contains(QStringLiteral("Kabupaten Banjar")));
    CHECK(nodeCard.contains(QStringLiteral("Mitra")));
    LinkItem *wajib = nullptr;
    for (LinkItem *l : scene->linkItems()) {
        if (l->link().kind == LinkKind::Wajib)
            wajib = l;
    }
    REQUIRE(wajib);
    const QString linkCard = MapHoverCard::textFor(*scene, *wajib);
    CHECK(linkCard.contains(QStringLiteral("Dasar hukum")));
    CHECK(linkCard.contains(QStringLiteral("diambil alih")));
    // Hovering a node highlights it with its partners and neighbours; the rest fades.
    scene->setHighlightedRegion(QStringLiteral("63.03"));
    int dimmedLinks = 0, strongLinks = 0;
    for (LinkItem *l : scene->linkItems()) {
        const bool touches = l->link().a == QStringLiteral("63.03") || l->link().b == QStringLiteral("63.03");
        (touches ? strongLinks : dimmedLinks) += 1;
    }
    CHECK(strongLinks > 0);
    scene->setHighlightedRegion({});
}

TEST_CASE("Map export: PNG and SVG exist, have the requested size, are not blank and show the same nodes")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    NetworkScene scene;
    scene.setProject(demo(), demoSuggestions());
    MapExportOptions options;
    options.widthPx = 1400;
    options.dpi = 300;
    const QString png = dir.filePath(QStringLiteral("peta.png"));
    const QString svg = dir.filePath(QStringLiteral("peta.svg"));
    const QString pdf = dir.filePath(QStringLiteral("peta.pdf"));
    REQUIRE(MapRenderer::exportFile(scene, png, options));
    REQUIRE(MapRenderer::exportFile(scene, svg, options));
    REQUIRE(MapRenderer::exportFile(scene, pdf, options));
    CHECK_FALSE(MapRenderer::exportFile(scene, dir.filePath(QStringLiteral("peta.bmp")), options));

    QImage image(png);
    REQUIRE(!image.isNull());
    CHECK(image.width() == 1400);
    CHECK(image.height() == int(MapRenderer::heightForWidth(scene, 1400)));
    CHECK(std::abs(image.dotsPerMeterX() - 300 / 0.0254) < 2);
    // Not blank: many colours, a good share of non-white pixels.
    QSet<QRgb> colours;
    int nonWhite = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb c = image.pixel(x, y);
            colours.insert(c);
            nonWhite += c != qRgb(255, 255, 255) ? 1 : 0;
        }
    }
    CHECK(colours.size() > 200);
    CHECK(nonWhite > (image.width() / 3) * (image.height() / 3) / 2);

    // Every shown node is where the PNG has its fill colour...
    const QTransform t = MapRenderer::sceneTransform(scene, QRectF(0, 0, image.width(), image.height()));
    const QList<RegionNodeItem *> nodes = scene.visibleNodeItems();
    REQUIRE(nodes.size() >= scene.project().scope.size());
    for (RegionNodeItem *n : nodes) {
        INFO(n->code().toStdString());
        CHECK(near(pixel(image, t.map(n->pos())), n->fillColor()));
    }
    // ...and the SVG draws exactly one circle per node (legend samples and halos are paths).
    const QString text = QString::fromUtf8(readAll(svg));
    CHECK(text.startsWith(QStringLiteral("<?xml")));
    CHECK(text.count(QStringLiteral("<circle")) + text.count(QStringLiteral("<ellipse")) == nodes.size());
    CHECK(text.contains(QStringLiteral("Peta Jejaring Kerja Sama Daerah")));
    CHECK(text.contains(QStringLiteral("KSDD wajib")));
    // SVG user units are the requested pixels.
    CHECK(text.contains(QStringLiteral("viewBox=\"0 0 1400 ")));

    const QByteArray pdfBytes = readAll(pdf);
    CHECK(pdfBytes.startsWith("%PDF"));
    CHECK(pdfBytes.size() > 20000);
}

TEST_CASE("Map export: the same seed gives the same picture")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MapSettings settings;
    settings.layout = LayoutKind::Force;
    auto exportOnce = [&](const Project &p, const QString &name) {
        NetworkScene scene;
        scene.setSettings(settings);
        scene.setProject(p, computeMapSuggestions(p));
        MapExportOptions o;
        o.widthPx = 1000;
        const QString path = dir.filePath(name);
        REQUIRE(MapRenderer::exportFile(scene, path, o));
        return readAll(path);
    };
    const QByteArray first = exportOnce(demo(), QStringLiteral("a.png"));
    const QByteArray second = exportOnce(demo(), QStringLiteral("b.png"));
    REQUIRE(!first.isEmpty());
    CHECK(first == second);
    // Another seed is another arrangement.
    Project reseeded = demo();
    reseeded.settings.insert(QStringLiteral("layout/seed"), QStringLiteral("7"));
    CHECK(exportOnce(reseeded, QStringLiteral("c.png")) != first);
}

TEST_CASE("petaksd map: headless export, same picture as the in-process renderer")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString ksd = dir.filePath(QStringLiteral("demo.ksd"));
    REQUIRE(KsdStore::save(demo(), ksd));
    const QString out = dir.filePath(QStringLiteral("peta.png"));
    const test::Run run = test::petaksd({QStringLiteral("map"), ksd, QStringLiteral("-o"), out, QStringLiteral("--layout"),
                                         QStringLiteral("circle"), QStringLiteral("--urusan"), QStringLiteral("2.11"),
                                         QStringLiteral("--width"), QStringLiteral("900")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Peta ditulis")));
    const QImage cli(out);
    REQUIRE(!cli.isNull());
    CHECK(cli.width() == 900);

    auto loaded = KsdStore::load(ksd);
    REQUIRE(loaded);
    NetworkScene scene;
    MapSettings settings;
    settings.layout = LayoutKind::Circular;
    settings.filter.urusan = {QStringLiteral("2.11")};
    scene.setSettings(settings);
    scene.setProject(loaded->project, computeMapSuggestions(loaded->project));
    const QImage here = MapRenderer::renderImage(scene, 900);
    CHECK(here.size() == cli.size());
    CHECK(here.convertToFormat(QImage::Format_ARGB32) == cli.convertToFormat(QImage::Format_ARGB32));

    const QString svg = dir.filePath(QStringLiteral("peta.svg"));
    CHECK(test::petaksd({QStringLiteral("map"), ksd, QStringLiteral("-o"), svg}).exitCode == 0);
    CHECK(QFile::exists(svg));
    CHECK(test::petaksd({QStringLiteral("map"), ksd, QStringLiteral("-o"), out, QStringLiteral("--layout"),
                         QStringLiteral("spiral")})
              .exitCode
          == 2);
    CHECK(test::petaksd({QStringLiteral("map"), ksd, QStringLiteral("-o"), out, QStringLiteral("--urusan"),
                         QStringLiteral("9.99")})
              .exitCode
          == 2);
    CHECK(test::petaksd({QStringLiteral("map"), ksd, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.gif"))})
              .exitCode
          == 2);
    CHECK(test::petaksd({QStringLiteral("map"), dir.filePath(QStringLiteral("missing.ksd")), QStringLiteral("-o"), out})
              .exitCode
          == 2);
}

TEST_CASE("Main window fits a 1366x768 office screen with the demo open and the Peta tab shown")
{
    QSettings().clear();
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Workbench *wb = window.workbench();
    wb->documents()->adopt(makeDemoProject(QDate(2024, 6, 13)));
    wb->tasks()->waitForAll();
    wb->showPage(Pages::Map);
    auto *map = qobject_cast<NetworkWidget *>(wb->page(Pages::Map));
    REQUIRE(map);
    wb->suggestions()->waitForResults();
    QApplication::processEvents();

    // The window's minimum is the widest page plus the docks; list the pages so that a failure names the culprit.
    std::string pages;
    for (const QString &key : wb->pageKeys()) {
        const QSize m = wb->page(key)->minimumSizeHint();
        pages += key.toStdString() + " " + std::to_string(m.width()) + "x" + std::to_string(m.height()) + "; ";
    }
    for (QWidget *w : window.findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (w->isVisible())
            pages += w->objectName().toStdString() + " " + std::to_string(w->minimumSizeHint().width()) + "; ";
    }
    INFO("page minimums: " << pages);
    const QSize min = window.minimumSizeHint();
    INFO("main window minimum " << min.width() << "x" << min.height());
    CHECK(min.width() <= 1366);
    // 768 less a task bar and the window frame
    CHECK(min.height() <= 700);
    // It really can be made that small without the layout pushing back.
    window.resize(1366, 700);
    QApplication::processEvents();
    CHECK(window.width() <= 1366);
    CHECK(map->view()->width() > 300);
}

TEST_CASE("Network view: fit frames the scope regions and partners clear of the title, legend and overview")
{
    QSettings().clear();
    ProjectDocument doc(demo());
    NetworkWidget w;
    attachDemo(w, doc);
    auto *legend = w.view()->findChild<QToolButton *>(QStringLiteral("mapLegendToggle"));
    REQUIRE(legend);
    for (const QSize size : {QSize(1000, 700), QSize(760, 560), QSize(1400, 600)}) {
      for (const bool open : {true, false}) {
        w.resize(size);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        if (w.view()->legendExpanded() != open)
            legend->click();
        REQUIRE(w.view()->legendExpanded() == open);
        for (LayoutKind kind : {LayoutKind::Geographic, LayoutKind::Force, LayoutKind::Circular}) {
            w.setLayoutKind(kind);
            w.view()->fitToContent();
            QTest::qWait(200); // the overview settles its height, the view refits
            NetworkView *view = w.view();
            const QRectF free = view->fitFrame();
            INFO("size " << size.width() << "x" << size.height() << " layout " << layoutKindKey(kind).toStdString()
                         << " legend " << (open ? "open" : "collapsed") << " free " << free.x() << "," << free.y()
                         << " " << free.width() << "x" << free.height());
            // The legend's button sits on the legend, outside what fit frames.
            CHECK_FALSE(free.intersects(QRectF(legend->geometry().translated(-view->viewport()->pos()))));
            QRectF nodes;
            for (RegionNodeItem *n : w.scene()->visibleNodeItems()) {
                const QPointF p = view->mapFromScene(n->pos());
                nodes = nodes.isNull() ? QRectF(p, QSizeF(1, 1)) : nodes | QRectF(p, QSizeF(1, 1));
                INFO("node " << n->code().toStdString() << " at " << p.x() << "," << p.y());
                CHECK(free.contains(p));
            }
            // The nodes fill the frame in at least one direction: no sea of empty space around them.
            CHECK(std::max(nodes.width() / free.width(), nodes.height() / free.height()) > 0.7);
            // The project's own region is always named, however crowded its neighbourhood.
            bool ownerLabelled = false;
            for (const LabelLayerItem::Label &l : w.scene()->labelLayer()->labels())
                ownerLabelled = ownerLabelled || l.code == QStringLiteral("63.03");
            CHECK(ownerLabelled);
        }
      }
    }

    // "Paskan" on the tool bar does the same after the user has zoomed and panned.
    w.setLayoutKind(LayoutKind::Geographic);
    w.view()->fitToContent();
    const double fitted = w.view()->scale();
    const QPointF centre = w.view()->mapToScene(w.view()->viewport()->rect().center());
    w.view()->zoomIn();
    w.view()->centerOn(w.scene()->nodeItem(QStringLiteral("62.03"))->pos());
    CHECK_FALSE(w.view()->isAutoFit());
    QToolButton *fit = nullptr;
    for (QToolButton *b : w.findChildren<QToolButton *>()) {
        if (b->text() == QStringLiteral("Paskan"))
            fit = b;
    }
    REQUIRE(fit);
    fit->click();
    CHECK(w.view()->isAutoFit());
    CHECK(w.view()->scale() == Approx(fitted));
    CHECK((w.view()->mapToScene(w.view()->viewport()->rect().center()) - centre).manhattanLength() < 2);
}

TEST_CASE("Network view: the legend collapses where it would take over a small map, and the choice is kept")
{
    QSettings().clear();
    ProjectDocument doc(demo());
    // The part of the map the legend takes: the free frame with it, against the frame without it.
    const auto legendShare = [](NetworkWidget &w) {
        const QRectF with = w.view()->fitFrame();
        w.view()->setLegendVisible(false);
        const QRectF without = w.view()->fitFrame();
        w.view()->setLegendVisible(true);
        return 1.0 - with.width() * with.height() / (without.width() * without.height());
    };
    {
        // The map part of the office laptop's window: the legend starts collapsed to its header.
        NetworkWidget w;
        attachDemo(w, doc);
        w.setLayoutKind(LayoutKind::Force);
        w.resize(700, 600);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        QApplication::processEvents();
        auto *legend = w.view()->findChild<QToolButton *>(QStringLiteral("mapLegendToggle"));
        REQUIRE(legend);
        CHECK(legend->isVisible());
        CHECK_FALSE(w.view()->legendExpanded());
        CHECK(legend->text() == QStringLiteral("Legenda"));
        const double collapsed = legendShare(w);
        INFO("the legend takes " << collapsed << " of the map collapsed");
        CHECK(collapsed < 0.1);
        legend->click();
        QApplication::processEvents();
        CHECK(w.view()->legendExpanded());
        INFO("and " << legendShare(w) << " open");
        CHECK(legendShare(w) > collapsed + 0.1);
    }
    {
        // The user's choice (open) holds in the next window, at the same small size.
        NetworkWidget w;
        attachDemo(w, doc);
        w.resize(700, 600);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        CHECK(w.view()->legendExpanded());
    }
    QSettings().clear();
    {
        // A full HD screen has room: open by default.
        NetworkWidget w;
        attachDemo(w, doc);
        w.resize(1500, 900);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        CHECK(w.view()->legendExpanded());
    }
}

TEST_CASE("Network map: a suggestion across a sea border has its own line and legend entry")
{
    const Project p = demo();
    SuggestionSet set;
    auto add = [&set](const char *a, const char *b, KsdClass cls) {
        Suggestion &s = set.suggestions.emplaceBack();
        s.regionA = QString::fromLatin1(a);
        s.regionB = QString::fromLatin1(b);
        s.urusan = QStringLiteral("2.11");
        s.cls = cls;
        s.adjacent = true;
    };
    add("35.10", "51.01", KsdClass::PotensiWajib); // Banyuwangi – Jembrana, Selat Bali
    add("63.03", "63.71", KsdClass::Wajib);        // Banjar – Banjarmasin, by land
    const NetworkData d = NetworkData::build(p, set, NetworkFilter());
    int sea = 0, land = 0;
    for (const NetworkLink &l : d.links) {
        if (l.a == QStringLiteral("35.10") && l.b == QStringLiteral("51.01")) {
            CHECK(l.seaBorder);
            ++sea;
        }
        if (l.a == QStringLiteral("63.03") && l.b == QStringLiteral("63.71") && l.kind == LinkKind::Wajib) {
            CHECK_FALSE(l.seaBorder);
            ++land;
        }
    }
    CHECK(sea == 1);
    CHECK(land == 1);
    // The pattern differs from the class's own, and the legend names it.
    CHECK(MapStyle::linkPen(LinkKind::PotensiWajib, true, 2).dashPattern()
          != MapStyle::linkPen(LinkKind::PotensiWajib, false, 2).dashPattern());
    CHECK(MapStyle::linkPen(LinkKind::Proposal, true, 2) == MapStyle::linkPen(LinkKind::Proposal, false, 2));
    NetworkScene scene;
    scene.setProject(p, set);
    int legend = 0;
    for (const MapLegendEntry &e : MapRenderer::legendEntries(scene))
        legend += e.seaBorder && e.text == MapStyle::seaBorderName() ? 1 : 0;
    CHECK(legend == 1);
    SuggestionSet landOnly = set;
    landOnly.suggestions.removeFirst();
    NetworkScene landScene;
    landScene.setProject(p, landOnly);
    for (const MapLegendEntry &e : MapRenderer::legendEntries(landScene))
        CHECK_FALSE(e.seaBorder);
}

TEST_CASE("One suggestion run per revision: the Saran table and the map show the same run", "[gui][suggestions]")
{
    QSettings().clear();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    Workbench *wb = window.workbench();
    int runs = 0;
    QObject::connect(wb->tasks(), &TaskRunner::taskStarted, [&runs](int, const QString &label) {
        if (label == QStringLiteral("Menghitung saran…"))
            ++runs;
    });
    wb->documents()->adopt(makeDemoProject(QDate(2024, 6, 13)));
    // Both pages shown while the project opens: still one run.
    wb->showPage(Pages::Map);
    QApplication::processEvents();
    wb->showPage(Pages::Suggestions);
    REQUIRE(wb->suggestions()->waitForResults());
    CHECK(runs == 1);

    auto *map = qobject_cast<NetworkWidget *>(wb->page(Pages::Map));
    auto *saran = qobject_cast<SuggestionsPage *>(wb->page(Pages::Suggestions));
    REQUIRE(map);
    REQUIRE(saran);
    ProjectDocument *doc = wb->document();
    const auto sameRun = [&] {
        CHECK(saran->model()->revision() == doc->revision());
        CHECK_FALSE(saran->model()->isStale());
        CHECK(saran->model()->rowCount() == wb->suggestions()->results().suggestions.size());
        // the map draws the very same set: same pairs, same classes
        QStringList tableKeys, mapKeys;
        for (int r = 0; r < saran->model()->rowCount(); ++r)
            tableKeys << saran->model()->suggestionAt(r)->key() + QString::number(int(saran->model()->suggestionAt(r)->cls));
        for (const Suggestion &s : map->scene()->suggestions().suggestions)
            mapKeys << s.key() + QString::number(int(s.cls));
        tableKeys.sort();
        mapKeys.sort();
        CHECK(tableKeys == mapKeys);
        CHECK_FALSE(tableKeys.isEmpty());
    };
    sameRun();

    // Three quick edits: one more run, after the pause, whichever page is shown.
    const QUuid id = doc->liveIds<Entry>().first();
    for (int i = 0; i < 3; ++i)
        REQUIRE(doc->changeEntryField(id, EntryField::Priority, doc->entry(id)->priority % 5 + 1));
    CHECK(wb->suggestions()->isBusy());
    CHECK(saran->model()->isStale());
    wb->showPage(Pages::Map);
    REQUIRE(wb->suggestions()->waitForResults());
    CHECK(runs == 2);
    sameRun();

    // "Hitung saran" asks the same service.
    saran->runSuggestions();
    REQUIRE(wb->suggestions()->waitForResults());
    CHECK(runs == 3);
    sameRun();
}
