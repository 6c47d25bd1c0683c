// SPDX-License-Identifier: Apache-2.0
#include "networkwidget.h"

#include "document/projectdocument.h"
#include "maphovercard.h"
#include "networkview.h"
#include "workbench/recordselection.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QFileInfo>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ksd {

namespace {

QString layoutLabel(LayoutKind k)
{
    switch (k) {
    case LayoutKind::Geographic: return NetworkWidget::tr("Geografis");
    case LayoutKind::Force: return NetworkWidget::tr("Jejaring (gaya tarik)");
    case LayoutKind::Circular: return NetworkWidget::tr("Melingkar per provinsi");
    }
    return {};
}

QString completionText(const Region &r)
{
    return r.label();
}

} // namespace

NetworkWidget::NetworkWidget(QWidget *parent) : WorkbenchPage(parent)
{
    setObjectName(QStringLiteral("networkWidget"));
    mScene = new NetworkScene(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("mapToolbar"));
    bar->setStyleSheet(QStringLiteral("#mapToolbar { background: #f4f6f8; border-bottom: 1px solid #d5dbe1; }"));
    buildToolbar(bar);
    layout->addWidget(bar);
    mView = new NetworkView(mScene, this);
    layout->addWidget(mView, 1);

    connect(mScene, &NetworkScene::selectedRegionsChanged, this, [this](const QStringList &codes) {
        if (!mSyncing)
            emit regionsSelected(codes);
    });
    connect(mScene, &NetworkScene::selectedLinksChanged, this, &NetworkWidget::onLinksSelected);
    connect(mScene, &NetworkScene::regionActivated, this, [this](const QString &code) {
        emit regionActivated(code);
        if (mOpensDetails)
            showDetails(code, {});
    });
    connect(mScene, &NetworkScene::linkActivated, this, [this](const QString &key) {
        if (mOpensDetails)
            showDetails({}, key);
    });
    connect(mScene, &NetworkScene::contentChanged, this, &NetworkWidget::syncControls);
}

NetworkWidget::~NetworkWidget() = default;

void NetworkWidget::buildToolbar(QWidget *bar)
{
    // Two rows, so that the tab fits next to the docks on a 1366-pixel office screen: the view (layout, find, zoom,
    // display options, export) above, the filters below. Combo boxes are sized by a few characters, not by their
    // longest item; their pop-ups still show the full names.
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(8, 4, 8, 4);
    rows->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    rows->addLayout(row);
    rows->addLayout(filterRow);

    auto compact = [](QComboBox *box, int chars) {
        box->setMinimumContentsLength(chars);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    };

    mLayoutBox = new QComboBox(bar);
    for (LayoutKind k : {LayoutKind::Geographic, LayoutKind::Force, LayoutKind::Circular})
        mLayoutBox->addItem(QString(), int(k));
    texts([this] {
        for (int i = 0; i < mLayoutBox->count(); ++i)
            mLayoutBox->setItemText(i, layoutLabel(LayoutKind(mLayoutBox->itemData(i).toInt())));
        mLayoutBox->setToolTip(tr("Tata letak peta"));
        mLayoutBox->setAccessibleName(tr("Tata letak peta"));
    });
    compact(mLayoutBox, 18);
    connect(mLayoutBox, &QComboBox::activated, this, [this](int i) {
        setLayoutKind(LayoutKind(mLayoutBox->itemData(i).toInt()));
    });
    row->addWidget(mLayoutBox);

    mFind = new QLineEdit(bar);
    texts([this] {
        mFind->setPlaceholderText(tr("Cari daerah…"));
        mFind->setToolTip(tr("Cari daerah menurut nama atau kode, lalu perbesar ke sana (Ctrl+F)"));
        mFind->setAccessibleName(tr("Cari daerah"));
    });
    mFind->setClearButtonEnabled(true);
    mFind->setMinimumWidth(160);
    mFind->setMaximumWidth(320);
    mFindModel = new QStringListModel(this);
    auto *completer = new QCompleter(mFindModel, mFind);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    mFind->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { findRegion(text); });
    connect(mFind, &QLineEdit::returnPressed, this, [this] { findRegion(mFind->text()); });
    row->addWidget(mFind, 1);
    row->addStretch(1);

    // Texts are functions: they are set again when the language changes.
    using Text = QString (*)();
    auto tool = [this, bar, row](Text text, Text tip) {
        auto *b = new QToolButton(bar);
        texts([b, text, tip] {
            b->setText(text());
            b->setToolTip(tip());
            b->setAccessibleName(tip());
        });
        b->setAutoRaise(true);
        row->addWidget(b);
        return b;
    };
    connect(tool([] { return QStringLiteral("+"); }, [] { return tr("Perbesar (+)"); }), &QToolButton::clicked, this,
            [this] { mView->zoomIn(); });
    connect(tool([] { return QStringLiteral("−"); }, [] { return tr("Perkecil (−)"); }), &QToolButton::clicked, this,
            [this] { mView->zoomOut(); });
    connect(tool([] { return tr("Paskan"); }, [] { return tr("Paskan ke daerah cakupan dan mitranya (0)"); }),
            &QToolButton::clicked, this, [this] { mView->fitToContent(); });

    // Display options that are set once and left: node size and colour, legend, overview.
    // Menu buttons are push buttons: their size hint leaves room for the arrow (a tool button's does not).
    auto menuButton = [this, bar](Text text, Text tip) {
        auto *b = new QPushButton(bar);
        texts([b, text, tip] {
            b->setText(text());
            b->setToolTip(tip());
            b->setAccessibleName(tip());
        });
        return b;
    };
    auto *viewButton = menuButton([] { return tr("Tampilan"); },
                                  [] { return tr("Ukuran dan warna simpul, legenda, ikhtisar"); });
    viewButton->setObjectName(QStringLiteral("mapDisplayButton"));
    row->addWidget(viewButton);
    auto *viewMenu = new QMenu(viewButton);
    viewMenu->setToolTipsVisible(true);
    QAction *sizeSection = viewMenu->addSection(QString());
    texts([sizeSection] { sizeSection->setText(tr("Ukuran simpul")); });
    auto *sizeGroup = new QActionGroup(viewMenu);
    const std::pair<NodeSizeMode, Text> sizes[] = {{NodeSizeMode::Entries, [] { return tr("Menurut jumlah isian"); }},
                                                   {NodeSizeMode::Score, [] { return tr("Menurut skor saran"); }}};
    for (const auto &[mode, text] : sizes) {
        QAction *a = viewMenu->addAction(QString());
        texts([a, text = text] { a->setText(text()); });
        a->setCheckable(true);
        a->setData(int(mode));
        sizeGroup->addAction(a);
        mSizeActions.append(a);
        connect(a, &QAction::triggered, this, [this, mode = mode] { mScene->setNodeSizeMode(mode); });
    }
    QAction *colorSection = viewMenu->addSection(QString());
    texts([colorSection] { colorSection->setText(tr("Warna simpul")); });
    auto *colorGroup = new QActionGroup(viewMenu);
    const std::pair<NodeColorMode, Text> colors[] = {
        {NodeColorMode::RegionType, [] { return tr("Menurut jenis daerah"); }},
        {NodeColorMode::Balance, [] { return tr("Menurut kebutuhan/potensi"); }}};
    for (const auto &[mode, text] : colors) {
        QAction *a = viewMenu->addAction(QString());
        texts([a, text = text] { a->setText(text()); });
        a->setCheckable(true);
        a->setData(int(mode));
        colorGroup->addAction(a);
        mColorActions.append(a);
        connect(a, &QAction::triggered, this, [this, mode = mode] { mScene->setNodeColorMode(mode); });
    }
    viewMenu->addSeparator();
    QAction *legend = viewMenu->addAction(QString());
    texts([legend] { legend->setText(tr("Legenda")); });
    legend->setObjectName(QStringLiteral("mapLegendAction"));
    legend->setCheckable(true);
    legend->setChecked(true);
    connect(legend, &QAction::toggled, this, [this](bool on) { mView->setLegendVisible(on); });
    QAction *overview = viewMenu->addAction(QString());
    texts([overview] { overview->setText(tr("Peta ikhtisar")); });
    overview->setObjectName(QStringLiteral("mapOverviewAction"));
    overview->setCheckable(true);
    overview->setChecked(true);
    connect(overview, &QAction::toggled, this, [this](bool on) { mView->setMinimapVisible(on); });
    viewButton->setMenu(viewMenu);

    auto *exportButton = menuButton([] { return tr("Ekspor"); }, [] { return tr("Ekspor peta ke PNG, SVG atau PDF"); });
    row->addWidget(exportButton);
    auto *exportMenu = new QMenu(exportButton);
    const Text presets[] = {[] { return tr("PNG untuk layar (1920 piksel)…"); },
                            [] { return tr("PNG untuk cetak (A4, 300 dpi)…"); }, [] { return tr("SVG (vektor)…"); },
                            [] { return tr("PDF…"); }};
    for (int preset = 0; preset < int(std::size(presets)); ++preset) {
        QAction *a = exportMenu->addAction(QString());
        texts([a, text = presets[preset]] { a->setText(text()); });
        connect(a, &QAction::triggered, this, [this, preset] { exportWithDialog(preset); });
    }
    exportButton->setMenu(exportMenu);

    // --- filters
    auto *filterLabel = new QLabel(bar);
    texts([filterLabel] { filterLabel->setText(tr("Saring:")); });
    filterRow->addWidget(filterLabel);

    mUrusanBox = new QComboBox(bar);
    texts([this] {
        mUrusanBox->setToolTip(tr("Saring menurut urusan"));
        mUrusanBox->setAccessibleName(tr("Saring menurut urusan"));
    });
    compact(mUrusanBox, 20);
    connect(mUrusanBox, &QComboBox::activated, this, &NetworkWidget::applyFilterFromControls);
    filterRow->addWidget(mUrusanBox, 2);

    mKindButton = menuButton([] { return tr("Jenis tautan"); },
                             [] { return tr("Saring menurut kelas saran, usulan dan kesepakatan"); });
    auto *menu = new QMenu(mKindButton);
    for (int i = 0; i < LinkKindCount; ++i) {
        QAction *a = menu->addAction(QString());
        texts([a, i] { a->setText(linkKindName(LinkKind(i))); });
        a->setCheckable(true);
        a->setChecked(true);
        QPixmap swatch(14, 14);
        swatch.fill(MapStyle::linkColor(LinkKind(i)));
        a->setIcon(QIcon(swatch));
        connect(a, &QAction::toggled, this, &NetworkWidget::applyFilterFromControls);
        mKindActions.append(a);
    }
    menu->addSeparator();
    mClusterAction = menu->addAction(QString());
    texts([this] { mClusterAction->setText(tr("Klaster multipihak")); });
    mClusterAction->setCheckable(true);
    mClusterAction->setChecked(true);
    connect(mClusterAction, &QAction::toggled, this, &NetworkWidget::applyFilterFromControls);
    mKindButton->setMenu(menu);
    filterRow->addWidget(mKindButton);

    mStageBox = new QComboBox(bar);
    compact(mStageBox, 12);
    mStageBox->addItem(QString(), -1);
    for (int s = 0; s < StageCount; ++s)
        mStageBox->addItem(QString(), s);
    texts([this] {
        mStageBox->setToolTip(tr("Saring kesepakatan menurut tahap"));
        mStageBox->setAccessibleName(tr("Saring kesepakatan menurut tahap"));
        mStageBox->setItemText(0, tr("Semua tahap"));
        for (int s = 0; s < StageCount; ++s)
            mStageBox->setItemText(s + 1, stageName(Stage(s)));
    });
    connect(mStageBox, &QComboBox::activated, this, &NetworkWidget::applyFilterFromControls);
    filterRow->addWidget(mStageBox, 1);

    mProvinceBox = new QComboBox(bar);
    texts([this] {
        mProvinceBox->setToolTip(tr("Saring menurut provinsi"));
        mProvinceBox->setAccessibleName(tr("Saring menurut provinsi"));
    });
    compact(mProvinceBox, 14);
    connect(mProvinceBox, &QComboBox::activated, this, &NetworkWidget::applyFilterFromControls);
    filterRow->addWidget(mProvinceBox, 1);

    filterRow->addStretch(1);
    mStatus = new QLabel(bar);
    mStatus->setStyleSheet(QStringLiteral("color: #5f6b76;"));
    // "Menghitung saran…" must never widen the tab.
    mStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    mStatus->setMinimumWidth(0);
    filterRow->addWidget(mStatus, 1);
}

void NetworkWidget::texts(const std::function<void()> &set)
{
    set();
    mTexts.append(set);
}

void NetworkWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const auto &set : std::as_const(mTexts))
            set();
        syncControls(); // the "all" items of the filters
    }
    WorkbenchPage::changeEvent(event);
}

void NetworkWidget::setDocument(ProjectDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mHasSuggestions = false;
    mScene->setSuggestions(SuggestionSet());
    mScene->setDocument(document);
    syncControls();
    mView->fitToContent();
}

void NetworkWidget::setRecordSelection(RecordSelection *selection)
{
    if (mSelection) {
        disconnect(mSelection, nullptr, this, nullptr);
        disconnect(this, nullptr, mSelection, nullptr);
    }
    mSelection = selection;
    if (!selection)
        return;
    // RecordSelection emits nothing when the value does not change, and the map emits nothing for a selection it
    // is told about, so the two cannot ping-pong.
    connect(selection, &RecordSelection::regionsChanged, this, &NetworkWidget::selectRegions);
    connect(selection, &RecordSelection::currentChanged, this, [this](const RecordRef &ref) {
        if (!ref.isNull() && ref.type != RecordType::Entry)
            selectRecords(ref.type, {ref.id});
    });
    connect(this, &NetworkWidget::regionsSelected, selection, &RecordSelection::setRegions);
    connect(this, &NetworkWidget::recordsSelected, selection, [selection](RecordType type, const QList<QUuid> &ids) {
        if (!ids.isEmpty())
            selection->setCurrent(RecordRef{type, ids.constFirst()});
    });
    selectRegions(selection->regions());
}

void NetworkWidget::setComputing(bool computing)
{
    mStatus->setText(computing ? tr("Menghitung saran…") : QString());
}

void NetworkWidget::setSuggestions(const SuggestionSet &suggestions, quint64 revision)
{
    if (!mDocument || revision != mDocument->revision() || (mHasSuggestions && revision == mShownRevision))
        return;
    mScene->setSuggestions(suggestions);
    mShownRevision = revision;
    mHasSuggestions = true;
    emit suggestionsUpdated();
}

const MapSettings &NetworkWidget::settings() const
{
    return mScene->settings();
}

void NetworkWidget::setLayoutKind(LayoutKind kind)
{
    if (kind == mScene->settings().layout)
        return;
    const QStringList selected = mScene->selectedRegions();
    if (mView->isAutoFit() && selected.isEmpty()) {
        // Nothing to keep in focus and the whole map was in view: show the whole new layout.
        mScene->setLayoutKind(kind);
        mView->fitToContent();
        syncControls();
        return;
    }
    mView->stopAutoFit();
    // The focus: the selected node, else the node nearest the centre of the view.
    QString focus = selected.isEmpty() ? QString() : selected.constFirst();
    const QPointF centre = mView->mapToScene(mView->viewport()->rect().center());
    if (focus.isEmpty()) {
        double best = std::numeric_limits<double>::max();
        for (RegionNodeItem *n : mScene->visibleNodeItems()) {
            const double d = QLineF(n->pos(), centre).length();
            if (d < best) {
                best = d;
                focus = n->code();
            }
        }
    }
    QPoint focusOnScreen;
    if (RegionNodeItem *n = mScene->nodeItem(focus))
        focusOnScreen = mView->mapFromScene(n->pos());
    const double relativeZoom = mView->scale() / std::max(1e-9, mView->fitScale());

    mScene->setLayoutKind(kind);
    mScene->setSelectedRegions(selected);

    mView->setScale(mView->fitScale() * relativeZoom);
    if (RegionNodeItem *n = mScene->nodeItem(focus)) {
        // Put the focus node back where it was on screen.
        const QPointF wantedCentre =
            n->pos() - (QPointF(focusOnScreen) - QPointF(mView->viewport()->rect().center())) / mView->scale();
        mView->centerOn(wantedCentre);
    } else {
        mView->centerOn(mScene->contentRect().center());
    }
    syncControls();
}

void NetworkWidget::setFilter(const NetworkFilter &filter)
{
    mScene->setFilter(filter);
    syncControls();
}

void NetworkWidget::applyFilterFromControls()
{
    if (mSyncing)
        return;
    NetworkFilter f = mScene->settings().filter;
    const QString urusan = mUrusanBox->currentData().toString();
    f.urusan = urusan.isEmpty() ? QStringList() : QStringList{urusan};
    f.kinds = 0;
    for (int i = 0; i < mKindActions.size(); ++i) {
        if (mKindActions[i]->isChecked())
            f.kinds |= linkKindBit(LinkKind(i));
    }
    f.clusters = mClusterAction->isChecked();
    const int stage = mStageBox->currentData().toInt();
    f.stages = stage < 0 ? QList<Stage>() : QList<Stage>{Stage(stage)};
    f.province = mProvinceBox->currentData().toString();
    mScene->setFilter(f);
}

void NetworkWidget::syncControls()
{
    mSyncing = true;
    const MapSettings &s = mScene->settings();
    mLayoutBox->setCurrentIndex(mLayoutBox->findData(int(s.layout)));
    for (QAction *a : std::as_const(mSizeActions))
        a->setChecked(a->data().toInt() == int(s.sizeMode));
    for (QAction *a : std::as_const(mColorActions))
        a->setChecked(a->data().toInt() == int(s.colorMode));
    for (int i = 0; i < mKindActions.size(); ++i)
        mKindActions[i]->setChecked(s.filter.showsKind(LinkKind(i)));
    mClusterAction->setChecked(s.filter.clusters);
    mStageBox->setCurrentIndex(s.filter.stages.size() == 1 ? mStageBox->findData(int(s.filter.stages.constFirst()))
                                                           : 0);

    // Urusan that the project speaks of, and provinces that are on the map.
    const RefData &ref = RefData::instance();
    const Project &p = mScene->project();
    QStringList urusan;
    for (const Entry *e : p.liveEntries())
        urusan.append(e->urusanCode);
    for (const Suggestion &sg : mScene->suggestions().suggestions)
        urusan.append(sg.urusan);
    for (const Proposal &pr : p.proposals)
        urusan.append(pr.urusanCode);
    for (const Agreement &a : p.agreements)
        urusan.append(a.urusanCode);
    urusan.append(s.filter.urusan);
    std::sort(urusan.begin(), urusan.end());
    urusan.erase(std::unique(urusan.begin(), urusan.end()), urusan.end());
    mUrusanBox->clear();
    mUrusanBox->addItem(tr("Semua urusan"), QString());
    for (const QString &u : std::as_const(urusan)) {
        if (const Urusan *x = ref.urusan(u))
            mUrusanBox->addItem(x->label(), u);
    }
    mUrusanBox->setCurrentIndex(s.filter.urusan.size() == 1 ? std::max(0, mUrusanBox->findData(s.filter.urusan[0]))
                                                            : 0);

    QStringList provinces;
    QStringList completions;
    for (const NetworkNode &n : mScene->data().nodes) {
        if (const Region *r = ref.region(n.code)) {
            if (!provinces.contains(r->provinceCode))
                provinces.append(r->provinceCode);
            completions.append(completionText(*r));
        }
    }
    std::sort(provinces.begin(), provinces.end());
    mProvinceBox->clear();
    mProvinceBox->addItem(tr("Semua provinsi"), QString());
    for (const QString &c : std::as_const(provinces)) {
        if (const Region *r = ref.region(c))
            mProvinceBox->addItem(r->name, c);
    }
    mProvinceBox->setCurrentIndex(std::max(0, mProvinceBox->findData(s.filter.province)));
    mFindModel->setStringList(completions);
    mSyncing = false;
}

bool NetworkWidget::findRegion(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    const RefData &ref = RefData::instance();
    QString code;
    // "Kabupaten Banjar (63.03)" from the completer, a bare code, or a (part of a) name.
    const qsizetype open = t.lastIndexOf(QLatin1Char('('));
    if (open >= 0 && t.endsWith(QLatin1Char(')')))
        code = t.mid(open + 1, t.size() - open - 2);
    else if (ref.region(t))
        code = t;
    if (code.isEmpty() || !mScene->nodeItem(code)) {
        code.clear();
        const QString digits = QString(t).remove(QLatin1Char('.'));
        for (const NetworkNode &n : mScene->data().nodes) {
            const Region *r = ref.region(n.code);
            if (!r)
                continue;
            if (r->bpsCode() == digits || r->name.compare(t, Qt::CaseInsensitive) == 0) {
                code = n.code;
                break;
            }
            if (code.isEmpty() && r->name.contains(t, Qt::CaseInsensitive))
                code = n.code;
        }
    }
    if (code.isEmpty())
        return false;
    if (!mScene->nodeItem(code)->isShown()) {
        // The filter hides it: lift the province filter rather than failing silently.
        NetworkFilter f = mScene->settings().filter;
        f.province.clear();
        setFilter(f);
    }
    return mView->zoomToRegion(code);
}

Status NetworkWidget::exportMap(const QString &path, const MapExportOptions &options)
{
    return MapRenderer::exportFile(*mScene, path, options);
}

void NetworkWidget::exportWithDialog(int preset)
{
    static const char *filters[] = {QT_TR_NOOP("Gambar PNG (*.png)"), QT_TR_NOOP("Gambar PNG (*.png)"),
                                    QT_TR_NOOP("Gambar vektor SVG (*.svg)"), QT_TR_NOOP("Dokumen PDF (*.pdf)")};
    static const char *suffixes[] = {".png", ".png", ".svg", ".pdf"};
    QString base = mDocument ? QFileInfo(mDocument->displayName()).completeBaseName() : QStringLiteral("peta");
    base += QStringLiteral("-peta-") + layoutKindKey(mScene->settings().layout) + QLatin1String(suffixes[preset]);
    const QString path = QFileDialog::getSaveFileName(this, tr("Ekspor peta"), base, tr(filters[preset]));
    if (path.isEmpty())
        return;
    MapExportOptions options;
    options.widthPx = preset == 1 ? 3508 : 1920; // A4 landscape at 300 dpi is 3508 pixels wide
    options.dpi = preset == 1 || preset == 3 ? 300 : 96;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = exportMap(path, options);
    QApplication::restoreOverrideCursor();
    if (!st)
        QMessageBox::warning(this, tr("Ekspor gagal"), st.error().toString());
}

void NetworkWidget::focusFilter()
{
    mFind->setFocus();
    mFind->selectAll();
}

void NetworkWidget::selectRegions(const QStringList &codes)
{
    mSyncing = true;
    mScene->setSelectedRegions(codes);
    mSyncing = false;
    // Bring a region chosen in a table into view (a hidden tab keeps its view as it is: its size is not known yet).
    if (codes.size() == 1 && mView->isVisible()) {
        if (RegionNodeItem *n = mScene->nodeItem(codes.constFirst()))
            mView->ensureVisible(n, 80, 80);
    }
}

void NetworkWidget::selectRecords(RecordType type, const QList<QUuid> &ids)
{
    const Project &p = mScene->project();
    if (type == RecordType::Entry) {
        QStringList regions;
        for (const QUuid &id : ids) {
            if (const Entry *e = p.entry(id); e && !regions.contains(e->regionCode))
                regions.append(e->regionCode);
        }
        selectRegions(regions);
        return;
    }
    if (type != RecordType::Proposal && type != RecordType::Agreement)
        return;
    const QSet<QUuid> wanted(ids.cbegin(), ids.cend());
    mSyncing = true;
    mScene->setSelectedRegions({});
    for (LinkItem *l : mScene->linkItems()) {
        bool hit = false;
        for (const QUuid &id : l->link().records)
            hit = hit || wanted.contains(id);
        l->setSelected(hit);
    }
    mSyncing = false;
}

void NetworkWidget::onLinksSelected(const QStringList &keys)
{
    if (mSyncing)
        return;
    QList<QUuid> proposals, agreements;
    QStringList suggestions;
    for (const QString &k : keys) {
        LinkItem *l = mScene->linkItem(k);
        if (!l)
            continue;
        if (l->link().kind == LinkKind::Proposal)
            proposals.append(l->link().records);
        else if (l->link().kind == LinkKind::Agreement)
            agreements.append(l->link().records);
        for (int i : l->link().suggestions)
            suggestions.append(mScene->suggestions().suggestions[i].key());
    }
    if (!proposals.isEmpty())
        emit recordsSelected(RecordType::Proposal, proposals);
    if (!agreements.isEmpty())
        emit recordsSelected(RecordType::Agreement, agreements);
    if (!suggestions.isEmpty())
        emit suggestionsSelected(suggestions);
}

void NetworkWidget::showDetails(const QString &regionCode, const QString &linkKey)
{
    QString html;
    QString title;
    if (RegionNodeItem *n = mScene->nodeItem(regionCode)) {
        title = n->region().name;
        html = MapHoverCard::textFor(*mScene, *n);
        for (LinkItem *l : n->links())
            html += QStringLiteral("<hr>") + MapHoverCard::textFor(*mScene, *l, 50);
    } else if (LinkItem *l = mScene->linkItem(linkKey)) {
        title = tr("%1 – %2").arg(MapStyle::shortName(l->link().a), MapStyle::shortName(l->link().b));
        html = MapHoverCard::textFor(*mScene, *l, 200);
    } else {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Rincian: %1").arg(title));
    auto *layout = new QVBoxLayout(&dialog);
    auto *browser = new QTextBrowser(&dialog);
    browser->setHtml(html);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Tutup"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(620, 640);
    dialog.exec();
}

} // namespace ksd
