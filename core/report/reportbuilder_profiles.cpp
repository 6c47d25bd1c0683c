// SPDX-License-Identifier: Apache-2.0
// Report chapters 7–8: region × urusan matrix, region profiles.
#include "reportbuilder_p.h"

#include "register/agreementphase.h"

namespace ksd {

namespace detail::report {

// ---------------------------------------------------------------------------------------------------------------
// 7. Region × urusan matrix

void Builder::matrix()
{
    // The matrix is wide: it sits on landscape pages, and the report returns to portrait after it.
    // Wide tables go on landscape pages; a section that only says it is empty stays portrait.
    pageBreak(!mEntries.isEmpty() ? PageOrientation::Landscape : PageOrientation::Portrait);
    chapter(T::tr("Matriks Potensi dan Kebutuhan"));
    para(T::tr("Matriks berikut menunjukkan, untuk setiap daerah dalam cakupan dan setiap urusan yang berisi, "
               "jumlah potensi dan kebutuhan/permasalahan yang dicatat, ditulis P/K. Hanya urusan yang mempunyai "
               "isian yang ditampilkan."));
    QStringList urusan;
    QHash<QString, QHash<QString, QPair<int, int>>> cells;
    for (const Entry *e : mEntries) {
        if (!urusan.contains(e->urusanCode))
            urusan.append(e->urusanCode);
        auto &c = cells[e->regionCode][e->urusanCode];
        (e->kind == EntryKind::Potensi ? c.first : c.second)++;
    }
    std::sort(urusan.begin(), urusan.end(), [](const QString &a, const QString &b) {
        // "1.10" after "1.09": compare the numbers, not the text.
        const auto pa = a.split(QLatin1Char('.'));
        const auto pb = b.split(QLatin1Char('.'));
        return std::make_pair(pa.value(0).toInt(), pa.value(1).toInt())
               < std::make_pair(pb.value(0).toInt(), pb.value(1).toInt());
    });
    // A landscape page holds the region's name, a dozen urusan and the total without breaking a value ("1.│01")
    // across lines; more urusan go to further parts of the table, each with the same rows.
    constexpr int MaxUrusanPerPart = 14;
    const int parts = std::max(1, int((urusan.size() + MaxUrusanPerPart - 1) / MaxUrusanPerPart));
    const int perPart = std::max(1, int((urusan.size() + parts - 1) / parts)); // balanced parts
    QHash<QString, QPair<int, int>> regionTotals;
    for (const QString &code : std::as_const(mScope)) {
        for (const auto &c : cells.value(code)) {
            regionTotals[code].first += c.first;
            regionTotals[code].second += c.second;
        }
    }
    const QString owner = regionName(mProject.ownerRegion);
    const auto pk = [](const QPair<int, int> &c) { return QStringLiteral("%1/%2").arg(c.first).arg(c.second); };
    for (int part = 0; part < parts; ++part) {
        const QStringList cols = urusan.mid(part * perPart, perPart);
        const bool last = part == parts - 1;
        ReportTable t;
        t.caption = parts == 1 ? T::tr("Matriks daerah × urusan (potensi/kebutuhan)")
                               : T::tr("Matriks daerah × urusan (potensi/kebutuhan), bagian %1 dari %2")
                                     .arg(part + 1)
                                     .arg(parts);
        t.compact = true;
        t.columns.append({T::tr("Daerah"), 5.2});
        for (const QString &u : cols)
            t.columns.append({u, 1, ColumnAlign::Center});
        if (last)
            t.columns.append({T::tr("Jumlah"), 1.3, ColumnAlign::Center});
        QString province;
        const bool grouped = mScope.size() > 12;
        QHash<QString, QPair<int, int>> columnTotals;
        for (const QString &code : std::as_const(mScope)) {
            const Region *r = mRef.region(code);
            if (grouped && r && r->provinceCode != province) {
                province = r->provinceCode;
                QStringList group{T::tr("Wilayah %1").arg(regionName(province))};
                while (group.size() < t.columns.size())
                    group.append(QString());
                t.addRow(group, RowKind::Group);
            }
            QStringList row{regionName(code)};
            const auto regionCells = cells.value(code);
            for (const QString &u : cols) {
                const auto c = regionCells.value(u);
                columnTotals[u].first += c.first;
                columnTotals[u].second += c.second;
                row.append(c.first + c.second > 0 ? pk(c) : QString());
            }
            if (last)
                row.append(pk(regionTotals.value(code)));
            t.addRow(row, code == mProject.ownerRegion ? RowKind::Warning : RowKind::Normal);
        }
        QStringList total{T::tr("Jumlah")};
        for (const QString &u : cols)
            total.append(pk(columnTotals.value(u)));
        if (last) {
            QPair<int, int> all;
            for (const auto &c : std::as_const(regionTotals)) {
                all.first += c.first;
                all.second += c.second;
            }
            total.append(pk(all));
        }
        t.addRow(total, RowKind::Total);
        if (urusan.isEmpty())
            t.rows.clear();
        t.emptyText = T::tr("Belum ada isian potensi atau kebutuhan untuk daerah dalam cakupan.");
        QStringList legend;
        for (const QString &u : cols)
            legend.append(QStringLiteral("%1 %2").arg(u, urusanName(u)));
        if (!legend.isEmpty())
            t.note = T::tr("P/K: jumlah potensi/jumlah kebutuhan; sel kosong: tidak ada isian. Baris yang disorot: %1, "
                           "daerah pemilik. Urusan: %2.")
                         .arg(owner, legend.join(QStringLiteral("; ")));
        table(std::move(t));
        if (urusan.isEmpty())
            break;
    }
    pageBreak(PageOrientation::Portrait);
}

// ---------------------------------------------------------------------------------------------------------------
// 8. Region profiles

void Builder::profiles()
{
    chapter(T::tr("Profil Daerah"));
    const QString &owner = mProject.ownerRegion;
    const QStringList partners = ownerPartners();
    QStringList listed;
    if (mScopeSet.contains(owner) || mRef.region(owner))
        listed.append(owner);
    // A profile page for the owner and its closest partners; the further partners of a national project (hundreds
    // of them) are one table, not hundreds of pages nobody reads.
    QStringList further;
    for (const QString &code : partners) {
        if (code == owner || !hasProfileContent(code))
            continue;
        (listed.size() <= mOptions.maxPartnerProfiles ? listed : further).append(code);
    }
    para(T::tr("Bagian ini memuat profil %1, lalu profil daerah mitranya menurut urutan kecocokan: isian potensi "
               "dan kebutuhan, saran kerja sama dengan %1, dan kerja sama yang tercatat. Peta kecil menunjukkan letak "
               "daerah dalam provinsinya.")
             .arg(regionName(owner)));
    QStringList empty;
    QStringList others;
    for (const QString &code : std::as_const(mScope)) {
        if (listed.contains(code))
            continue;
        (hasProfileContent(code) ? others : empty).append(regionName(code));
    }
    if (!others.isEmpty() && mOptions.has(ReportSection::Others))
        para(T::tr("Daerah lain dalam cakupan yang bukan mitra %1 (%2) direkap dalam lampiran \"Untuk diketahui\".")
                 .arg(regionName(owner), count(others.size())),
             TextStyle::Note);
    if (!empty.isEmpty())
        para(T::tr("Belum ada isian, saran maupun kerja sama untuk %1.").arg(joinList(empty)), TextStyle::Note);
    if (!further.isEmpty()) {
        QHash<QString, const ReportPartner *> ranking;
        for (const ReportPartner &p : mEngine.partners.value(owner))
            ranking.insert(p.partner, &p);
        ReportTable t;
        t.caption = T::tr("Mitra %1 lainnya, tanpa halaman profil").arg(regionName(owner));
        t.columns = {{T::tr("Daerah"), 2.2}, {T::tr("Skor"), 0.6, ColumnAlign::Right},
                     {T::tr("Kelas"), 1.3}, {T::tr("Urusan"), 2.4}};
        for (const QString &code : std::as_const(further)) {
            const ReportPartner *p = ranking.value(code);
            t.addRow({regionName(code), p ? score(p->score) : QStringLiteral("–"),
                      p ? ksdClassName(p->bestClass) : QStringLiteral("–"),
                      p ? p->urusan.join(QStringLiteral(", ")) : QString()});
        }
        t.note = T::tr("Profil lengkap diberikan untuk %1 dan %2 mitra dengan skor tertinggi; mitra lainnya tercantum "
                       "di sini menurut urutan kecocokan.")
                     .arg(regionName(owner), count(mOptions.maxPartnerProfiles));
        table(t);
    }
    bool first = true;
    for (const QString &code : std::as_const(listed)) {
        profile(code, first);
        first = false;
    }
}

void Builder::profile(const QString &code, bool first)
{
    const Region *r = mRef.region(code);
    section(regionName(code), !first);
    // Continuation pages of a profile name their region in the running header.
    std::get<ReportHeading>(mModel.blocks.last()).running = true;
    const bool own = code == mProject.ownerRegion;

    const QList<const Entry *> entries = mEntriesByRegion.value(code);
    int potensi = 0;
    for (const Entry *e : entries)
        potensi += e->kind == EntryKind::Potensi ? 1 : 0;
    // The owner's profile counts all its pairs; a partner's, only its pairs with the owner.
    QMap<KsdClass, int> classes;
    QList<const ReportSuggestion *> withOwner;
    for (const ReportSuggestion *s : std::as_const(mSuggestions)) {
        if (own || s->regionB == code) {
            ++classes[s->cls];
            withOwner.append(s);
        }
    }
    const auto agreements = agreementsOf(code);
    // One page per region: other regions' lists are cut to what a page holds; the owner's own profile keeps more.
    const int rowLimit = own ? 5 * mOptions.maxProfileRows : mOptions.maxProfileRows;

    ReportFacts facts;
    if (r) {
        facts.items.append({T::tr("Jenis"), regionTypeName(r->type)});
        facts.items.append({T::tr("Kode Kemendagri / BPS"), QStringLiteral("%1 / %2").arg(r->code, r->bpsCode())});
        if (!r->isProvince())
            facts.items.append({T::tr("Provinsi"), plainName(r->provinceCode)});
        facts.items.append({T::tr("Tetangga berbatasan"), count(mRef.neighbours(code).size())});
    }
    facts.items.append({T::tr("Isian"), QStringLiteral("%1, %2").arg(
                                            T::tr("%Ln potensi", nullptr, potensi),
                                            T::tr("%Ln kebutuhan/permasalahan", nullptr, int(entries.size()) - potensi))});
    if (mEngine.available) {
        QStringList parts;
        for (auto it = classes.cbegin(); it != classes.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(count(it.value()), ksdClassName(it.key()).toLower()));
        facts.items.append({own ? T::tr("Saran kerja sama") : T::tr("Saran kerja sama dengan %1").arg(plainName(
                                                                    mProject.ownerRegion)),
                            parts.isEmpty() ? T::tr("tidak ada") : parts.join(QStringLiteral(", "))});
    }
    int active = 0;
    for (const Agreement *a : agreements)
        active += isInForce(agreementPhase(*a, mToday)) ? 1 : 0;
    facts.items.append({T::tr("Kerja sama tercatat"),
                        T::tr("%Ln dokumen, %1 aktif", nullptr, int(agreements.size())).arg(count(active))});
    facts.hasFigure = r != nullptr;
    facts.figure.kind = FigureKind::Locator;
    facts.figure.focus = code;
    facts.figure.regions = mScope;
    facts.figure.heightRatio = 0.8;
    facts.figure.caption = T::tr("Letak %1").arg(regionName(code));
    mModel.blocks.append(facts);

    subsection(T::tr("Potensi dan kebutuhan"));
    {
        ReportTable t;
        t.columns = {{T::tr("Jenis"), 1.4}, {T::tr("Urusan"), 2.3}, {T::tr("Uraian"), 4.6},
                     {T::tr("Prioritas"), 0.9, ColumnAlign::Center}, {T::tr("Perangkat daerah"), 2.2}};
        // Highest priority first when a long list is cut to what a profile page holds.
        QList<const Entry *> listed = entries;
        if (listed.size() > rowLimit) {
            std::stable_sort(listed.begin(), listed.end(),
                             [](const Entry *x, const Entry *y) { return x->priority > y->priority; });
        }
        int cut = 0;
        listed = firstOf(listed, rowLimit, cut);
        if (cut > 0) {
            std::stable_sort(listed.begin(), listed.end(), [](const Entry *x, const Entry *y) {
                return x->urusanCode < y->urusanCode;
            });
            t.note = T::tr("Ditampilkan %1 dari %2 isian, yang prioritasnya tertinggi; daftar lengkap dapat diekspor "
                           "ke CSV (petaksd export --entries).")
                         .arg(count(listed.size()), count(entries.size()));
        }
        for (const Entry *e : std::as_const(listed)) {
            QString text = e->title;
            if (!e->service.isEmpty())
                text += QStringLiteral(" (%1)").arg(e->service);
            t.addRow({e->kind == EntryKind::Potensi ? T::tr("Potensi") : T::tr("Kebutuhan"),
                      urusanLabel(e->urusanCode), text, QString::number(e->priority),
                      e->sourcePd.isEmpty() ? QStringLiteral("–") : e->sourcePd});
        }
        t.emptyText = T::tr("Belum ada isian untuk daerah ini.");
        table(std::move(t));
    }

    if (!own && mEngine.available) {
        subsection(T::tr("Saran kerja sama dengan %1").arg(regionName(mProject.ownerRegion)));
        ReportTable t;
        t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Urusan dan layanan"), 4.6},
                     {T::tr("Kelas"), 2.6}, {T::tr("Skor"), 0.8, ColumnAlign::Right}};
        int cut = 0;
        const auto listed = firstOf(withOwner, rowLimit, cut);
        int n = 0;
        for (const ReportSuggestion *s : listed) {
            const QString urusan = urusanService(s->urusan, s->service);
            t.addRow({QString::number(++n), urusan, ksdClassName(s->cls), score(s->score)});
        }
        if (cut > 0)
            t.note = T::tr("Ditampilkan %1 dari %2 saran; semuanya tercantum pada bab kerja sama wajib, sukarela dan "
                           "rujukan.")
                         .arg(count(listed.size()), count(withOwner.size()));
        t.emptyText = T::tr("Belum ada saran kerja sama dengan daerah pemilik.");
        table(std::move(t));
    }
    // A partner's own best partners are the other regions' business: its profile shows its pairs with the owner.
    if (own)
        subsection(T::tr("Mitra terbaik"));
    if (own && !mEngine.available) {
        para(T::tr("Saran kerja sama belum dihitung untuk laporan ini."), TextStyle::Note);
    } else if (own) {
        ReportTable t;
        t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Mitra"), 3}, {T::tr("Skor"), 0.8,
                                                                                      ColumnAlign::Right},
                     {T::tr("Kelas tertinggi"), 2.4}, {T::tr("Urusan"), 4.5}};
        const auto partners = mEngine.partners.value(code);
        int n = 0;
        for (const ReportPartner &p : partners) {
            if (n >= mOptions.partnersPerProfile)
                break;
            // A partner of a large project can share twenty urusan: three names and a count keep the row short.
            // (codes only then: the names are in the matrix and the data dictionary's urusan list).
            constexpr int UrusanNamed = 3;
            const bool many = p.urusan.size() > UrusanNamed + 1;
            QStringList urusan;
            for (const QString &u : p.urusan) {
                if (many && urusan.size() == UrusanNamed) {
                    urusan.append(T::tr("dan %Ln urusan lainnya", nullptr, int(p.urusan.size()) - UrusanNamed));
                    break;
                }
                urusan.append(many ? u : urusanLabel(u));
            }
            t.addRow({QString::number(++n), regionName(p.partner), score(p.score), ksdClassName(p.bestClass),
                      urusan.join(QStringLiteral("; "))});
        }
        t.emptyText = T::tr("Belum ada mitra yang disarankan untuk daerah ini.");
        table(std::move(t));
    }

    subsection(T::tr("Kerja sama"));
    {
        ReportTable t;
        t.columns = {{T::tr("Dokumen"), 0.9}, {T::tr("Judul"), 4.2}, {T::tr("Mitra"), 2.6}, {T::tr("Tahap"), 2.2},
                     {T::tr("Berakhir"), 1.8}};
        int cut = 0;
        const auto listed = firstOf(agreements, rowLimit, cut);
        if (cut > 0) {
            t.note = T::tr("Ditampilkan %1 dari %2 kerja sama; semuanya tercantum dalam register kerja sama.")
                         .arg(count(listed.size()), count(agreements.size()));
        }
        for (const Agreement *a : listed) {
            // A past end date is marked only while the agreement is still aktif: without its status (berakhir,
            // dihentikan) a reader cannot tell a lapsed agreement from one that was ended or stopped.
            QString stage = stageName(a->stage);
            if (agreementPhase(*a, mToday) != AgreementPhase::InForce)
                stage = QStringLiteral("%1 (%2)").arg(stage, statusText(*a).toLower());
            t.addRow({docShort(a->docType), a->title, partiesText(*a, code), stage, date(a->endDate)},
                     mExpiring.contains(a->meta.id) ? RowKind::Warning : RowKind::Normal);
        }
        t.emptyText = T::tr("Belum ada kerja sama yang tercatat untuk daerah ini.");
        if (std::any_of(agreements.cbegin(), agreements.cend(),
                        [this](const Agreement *a) { return mExpiring.contains(a->meta.id); }))
            addNote(t, T::tr("Baris yang disorot berakhir dalam %1 hari, atau sudah lewat tanggal berakhirnya tetapi "
                             "masih berstatus aktif.")
                           .arg(mOptions.expiryWarningDays));
        table(std::move(t));
    }
}

} // namespace detail::report

} // namespace ksd
