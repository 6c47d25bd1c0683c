// SPDX-License-Identifier: Apache-2.0
// Legacy import of proposals and agreements from CSV (issue 7 §5).
#include "csvimport.h"

#include "csvimport_p.h"

#include "register/procedure.h"
#include "csvvalues.h"
#include "refdata/refdata.h"
#include "util/format.h"

namespace ksd::io {

using detail::RowReader;

namespace {

/// Aliases of an enum: its key, its translated name, and @p extra (all reduced by choiceKey()).
template<typename E>
QList<QPair<QString, E>> aliasesOf(int count, QString (*key)(E), QString (*name)(E),
                                   std::initializer_list<QPair<const char *, E>> extra = {})
{
    QList<QPair<QString, E>> out;
    for (int i = 0; i < count; ++i) {
        const E e = static_cast<E>(i);
        out.append({detail::choiceKey(key(e)), e});
        if (name)
            out.append({detail::choiceKey(name(e)), e});
    }
    for (const auto &x : extra)
        out.append({detail::choiceKey(QString::fromUtf8(x.first)), x.second});
    return out;
}

const QList<QPair<QString, ActivityKind>> &activityAliases()
{
    static const auto a = aliasesOf<ActivityKind>(4, activityKey, activityName,
                                                  {{"pengadaan barang jasa", ActivityKind::Pengadaan},
                                                   {"internal", ActivityKind::Internal},
                                                   {"cooperation", ActivityKind::KerjaSama},
                                                   {"procurement", ActivityKind::Pengadaan}});
    return a;
}

const QList<QPair<QString, PartnerType>> &partnerAliases()
{
    static const auto a = aliasesOf<PartnerType>(5, partnerTypeKey, partnerTypeName,
                                                 {{"k/l", PartnerType::KL},
                                                  {"kementerian lembaga", PartnerType::KL},
                                                  {"kementerian", PartnerType::KL},
                                                  {"pemda", PartnerType::Daerah},
                                                  {"region", PartnerType::Daerah},
                                                  {"third party", PartnerType::PihakKetiga},
                                                  {"swasta", PartnerType::PihakKetiga}});
    return a;
}

const QList<QPair<QString, DocType>> &docTypeAliases()
{
    static const auto a = aliasesOf<DocType>(4, docTypeKey, docTypeName,
                                             {{"adendum", DocType::Addendum},
                                              {"nota kesepahaman", DocType::NK},
                                              {"mou", DocType::NK},
                                              {"kesepakatan bersama", DocType::KB},
                                              {"perjanjian kerja sama", DocType::PKS},
                                              {"nota kesepakatan", DocType::NK}});
    return a;
}

const QList<QPair<QString, Category>> &categoryAliases()
{
    static const auto all = [] {
        QList<QPair<QString, Category>> out;
        for (int i = 1; i <= 5; ++i) {
            const auto c = static_cast<Category>(i);
            out.append({detail::choiceKey(categoryKey(c)), c});
        }
        out.append({QStringLiteral("ksd d"), Category::KSDD});
        out.append({QStringLiteral("ksd pk"), Category::KSDPK});
        out.append({QStringLiteral("ksd pl"), Category::KSDPL});
        out.append({QStringLiteral("ksd ll"), Category::KSDLL});
        return out;
    }();
    return all;
}

const QList<QPair<QString, Stage>> &stageAliases()
{
    static const auto all = [] {
        // The Indonesian names are listed as well so that they match whatever language the UI runs in.
        auto out = aliasesOf<Stage>(StageCount, stageKey, stageName,
                                    {{"penyusunan kesepakatan bersama", Stage::PenyusunanKB},
                                     {"penandatanganan kesepakatan bersama", Stage::PenandatangananKB},
                                     {"penyusunan perjanjian kerja sama", Stage::PenyusunanPKS},
                                     {"penandatanganan perjanjian kerja sama", Stage::PenandatangananPKS},
                                     {"persetujuan dprd", Stage::PersetujuanDPRD},
                                     {"ttd kb", Stage::PenandatangananKB},
                                     {"ttd pks", Stage::PenandatangananPKS},
                                     {"monev", Stage::Pelaksanaan}});
        return out;
    }();
    return all;
}

const QList<QPair<QString, AgreementStatus>> &statusAliases()
{
    static const auto a = aliasesOf<AgreementStatus>(4, statusKey, statusName,
                                                     {{"active", AgreementStatus::Aktif},
                                                      {"berlaku", AgreementStatus::Aktif},
                                                      {"expired", AgreementStatus::Berakhir},
                                                      {"selesai", AgreementStatus::Berakhir},
                                                      {"diperbarui", AgreementStatus::Diperpanjang},
                                                      {"dibatalkan", AgreementStatus::Dihentikan}});
    return a;
}

template<typename E>
std::optional<E> choice(RowReader &row, const QString &key, const QList<QPair<QString, E>> &aliases,
                        const QString &reason)
{
    const QString t = row.text(key);
    if (t.isEmpty())
        return std::nullopt;
    const std::optional<E> e = detail::matchChoice(t, aliases);
    if (!e)
        row.fail(key, reason);
    return e;
}

bool yesNo(RowReader &row, const QString &key)
{
    const QString t = row.text(key);
    if (t.isEmpty())
        return false;
    const std::optional<bool> b = parseYesNo(t);
    if (!b)
        row.fail(key, CsvText::tr("harus ya atau tidak"));
    return b.value_or(false);
}

/// Partner names: one per line or separated by '|' (commas belong to names such as "PT Air, Tbk").
QStringList names(const RowReader &row, const QString &key)
{
    QString t = row.text(key);
    t.replace(QLatin1Char('\n'), QLatin1Char('|'));
    QStringList out;
    for (const QString &n : t.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        if (!n.trimmed().isEmpty())
            out.append(n.trimmed());
    }
    return out;
}

PartyKind partyKindFor(Category c)
{
    switch (c) {
    case Category::KSDPK: return PartyKind::ThirdParty;
    case Category::Sinergi: return PartyKind::KL;
    case Category::KSDPL: return PartyKind::ForeignRegion;
    case Category::KSDLL: return PartyKind::ForeignInstitution;
    case Category::None:
    case Category::KSDD: break;
    }
    return PartyKind::Region;
}

const Region *regionByName(const QString &name)
{
    const Region *found = nullptr;
    for (const Region &r : RefData::instance().regions()) {
        if (r.name.compare(name, Qt::CaseInsensitive) == 0) {
            if (found)
                return nullptr; // ambiguous
            found = &r;
        }
    }
    return found;
}

/// The stage whose date is the signing date of a document of @p type.
std::optional<Stage> signingStage(DocType type)
{
    if (type == DocType::KB)
        return Stage::PenandatangananKB;
    if (type == DocType::PKS)
        return Stage::PenandatangananPKS;
    return std::nullopt;
}

QString dateText(const QDate &d)
{
    return shortDate(d);
}

} // namespace

ImportResult<Proposal> importProposals(const CsvTable &table, const ColumnMapping &mapping,
                                       const ImportOptions &options)
{
    return detail::runImport<Proposal>(ImportKind::Proposals, table, mapping, options,
                                       [&options](RowReader &row) -> std::optional<Proposal> {
        Proposal p;
        p.regionCode = options.ownerRegion;
        p.year = options.defaultYear;
        p.sourcePd = row.text(QStringLiteral("perangkat_daerah"));
        if (p.sourcePd.isEmpty())
            p.sourcePd = options.defaultPd;
        const QString urusan = QStringLiteral("urusan");
        if (row.required(urusan)) {
            if (const auto u = row.urusan(urusan))
                p.urusanCode = *u;
        }
        if (const auto t = row.required(QStringLiteral("judul")))
            p.title = *t;
        if (const auto a = choice(row, QStringLiteral("jenis_kegiatan"), activityAliases(),
                                  CsvText::tr("harus kerja_sama, pengadaan, swakelola atau internal")))
            p.activity = *a;
        p.partnerNames = names(row, QStringLiteral("mitra")).join(QStringLiteral(" | "));
        p.partnerRegionCodes = row.regions(QStringLiteral("kode_wilayah_mitra"));
        const QString partnerKey = QStringLiteral("jenis_mitra");
        if (const auto t = choice(row, partnerKey, partnerAliases(),
                                  CsvText::tr("harus daerah, pihak_ketiga, kl, pemda_ln atau lembaga_ln"))) {
            p.partnerType = *t;
        } else if (row.text(partnerKey).isEmpty()) {
            // Not given: regions named → daerah; only names → pihak ketiga.
            p.partnerType = !p.partnerRegionCodes.isEmpty() || p.partnerNames.isEmpty() ? PartnerType::Daerah
                                                                                         : PartnerType::PihakKetiga;
        }
        const QString formKey = QStringLiteral("bentuk");
        if (const auto f = choice(row, formKey, docTypeAliases(), CsvText::tr("harus KB, PKS atau NK"))) {
            if (*f == DocType::Addendum)
                row.fail(formKey, CsvText::tr("bentuk usulan harus KB, PKS atau NK (addendum mengubah dokumen yang sudah ada)"));
            p.form = *f;
        } else if (row.text(formKey).isEmpty()) {
            p.form = p.partnerType == PartnerType::KL ? DocType::NK : DocType::KB;
        }
        bool bad = false;
        p.estimatedCost = row.number(QStringLiteral("perkiraan_biaya"), bad);
        p.inApbd = yesNo(row, QStringLiteral("dalam_apbd"));
        p.burdensPublic = yesNo(row, QStringLiteral("membebani_masyarakat"));
        if (!row.ok())
            return std::nullopt;
        p.meta = RecordMeta::fresh(p.sourcePd);
        return p;
    });
}

ImportResult<Agreement> importAgreements(const CsvTable &table, const ColumnMapping &mapping,
                                         const ImportOptions &options)
{
    QStringList notes;
    ImportResult<Agreement> result = detail::runImport<Agreement>(ImportKind::Agreements, table, mapping, options,
                                        [&options, &notes](RowReader &row) -> std::optional<Agreement> {
        Agreement a;
        const QString docKey = QStringLiteral("jenis_dokumen");
        if (row.required(docKey)) {
            if (const auto d = choice(row, docKey, docTypeAliases(), CsvText::tr("harus KB, PKS, NK atau ADDENDUM")))
                a.docType = *d;
        }
        const QString catKey = QStringLiteral("kategori");
        bool categoryKnown = false;
        if (row.required(catKey)) {
            if (const auto c = choice(row, catKey, categoryAliases(), CsvText::tr("harus KSDD, KSDPK, SINERGI, KSDPL atau KSDLL"))) {
                a.category = *c;
                categoryKnown = true;
            }
        }
        if (const auto t = row.required(QStringLiteral("judul")))
            a.title = *t;
        if (const auto u = row.urusan(QStringLiteral("urusan")))
            a.urusanCode = *u;

        // Parties: the project's own region first (it holds the number), then the partners.
        const QString number = row.text(QStringLiteral("nomor"));
        if (!options.ownerRegion.isEmpty())
            a.parties.append(Party{PartyKind::Region, options.ownerRegion, {}, number, {}});
        const QString partnerKey = QStringLiteral("mitra");
        const QString codesKey = QStringLiteral("kode_wilayah_mitra");
        const QStringList partnerNames = names(row, partnerKey);
        const bool codesGiven = !row.text(codesKey).isEmpty();
        const QStringList codes = row.regions(codesKey);
        if (partnerNames.isEmpty() && !codesGiven) {
            row.fail(partnerKey, CsvText::tr("mitra wajib diisi (nama mitra atau kode_wilayah_mitra)"));
        } else if (!categoryKnown) {
            // The kind of each partner depends on the category, already reported as wrong.
        } else if (a.category == Category::KSDD) {
            if (!codesGiven) {
                for (const QString &n : partnerNames) {
                    if (const Region *r = regionByName(n)) {
                        if (r->code != options.ownerRegion)
                            a.parties.append(Party{PartyKind::Region, r->code, {}, {}, {}});
                    } else
                        row.failValue(partnerKey, n, CsvText::tr("mitra KSDD harus daerah: isi kode_wilayah_mitra, atau tulis "
                                                        "nama daerah persis seperti di data rujukan (misalnya "
                                                        "\"Kota Banjarmasin\")"));
                }
            } else if (!partnerNames.isEmpty() && partnerNames.size() != codes.size() && row.ok()) {
                row.fail(partnerKey, CsvText::tr("jumlah nama mitra (%1) tidak sama dengan jumlah kode_wilayah_mitra (%2); "
                                        "pisahkan nama dengan |")
                                         .arg(partnerNames.size())
                                         .arg(codes.size()));
            } else {
                for (int i = 0; i < codes.size(); ++i) {
                    if (codes[i] != options.ownerRegion)
                        a.parties.append(Party{PartyKind::Region, codes[i], partnerNames.value(i), {}, {}});
                }
            }
        } else {
            for (const QString &n : partnerNames)
                a.parties.append(Party{partyKindFor(a.category), {}, n, {}, {}});
            for (const QString &c : codes) {
                if (c != options.ownerRegion)
                    a.parties.append(Party{PartyKind::Region, c, {}, {}, {}});
            }
        }
        if (options.ownerRegion.isEmpty() && !a.parties.isEmpty())
            a.parties.first().documentNumber = number;

        bool badSigned = false;
        bool badStart = false;
        bool badEnd = false;
        a.signedOn = row.date(QStringLiteral("tanggal_tanda_tangan"), badSigned).value_or(QDate());
        a.startDate = row.date(QStringLiteral("tanggal_mulai"), badStart).value_or(QDate());
        a.endDate = row.date(QStringLiteral("tanggal_berakhir"), badEnd).value_or(QDate());
        if (a.startDate.isValid() && a.endDate.isValid() && a.endDate < a.startDate) {
            row.fail(QStringLiteral("tanggal_berakhir"),
                     CsvText::tr("lebih awal daripada tanggal_mulai (%1)").arg(dateText(a.startDate)));
        }
        if (a.signedOn.isValid() && a.endDate.isValid() && a.signedOn > a.endDate) {
            row.fail(QStringLiteral("tanggal_tanda_tangan"),
                     CsvText::tr("sesudah tanggal_berakhir (%1)").arg(dateText(a.endDate)));
        }

        const QString stageKeyName = QStringLiteral("tahap");
        if (const auto s = choice(row, stageKeyName, stageAliases(),
                                  CsvText::tr("tahap tidak dikenal (misalnya persiapan, penandatanganan_pks, pelaksanaan)"))) {
            a.stage = *s;
        } else if (row.text(stageKeyName).isEmpty()) {
            a.stage = a.signedOn.isValid() ? Stage::Pelaksanaan : Stage::Persiapan;
        }
        QDate reached;
        if (signingStage(a.docType) == a.stage)
            reached = a.signedOn;
        else if (a.stage == Stage::Pelaksanaan)
            reached = a.startDate;
        a.stages = {StageDate{a.stage, reached}};
        if (const auto st = choice(row, QStringLiteral("status"), statusAliases(),
                                   CsvText::tr("harus aktif, berakhir, diperpanjang atau dihentikan")))
            a.status = *st;
        a.implementingPd = row.text(QStringLiteral("perangkat_daerah"));
        bool bad = false;
        a.value = row.number(QStringLiteral("nilai"), bad);
        if (!row.ok())
            return std::nullopt;
        a.meta = RecordMeta::fresh(a.implementingPd.isEmpty() ? options.defaultPd : a.implementingPd);
        // A register kept in the single sequence of old (pelaporan on a KB, penyusunan KB on a nota kesepakatan):
        // each stage goes to the nearest step of its own procedure, and the import says so.
        if (const auto remap = alignToProcedure(a)) {
            notes.append(CsvText::tr("baris %1: tahap \"%2\" dipetakan ke \"%3\" (%4, %5)")
                             .arg(row.line())
                             .arg(stageName(remap->from), stageName(remap->to), docTypeKey(a.docType),
                                  categoryKey(a.category)));
        }
        return a;
    });
    if (!result.refused)
        result.notes = notes;
    return result;
}

ImportResult<IncomingOffer> importOffers(const CsvTable &table, const ColumnMapping &mapping,
                                         const ImportOptions &options)
{
    return detail::runImport<IncomingOffer>(ImportKind::Offers, table, mapping, options,
                                            [&options](RowReader &row) -> std::optional<IncomingOffer> {
        IncomingOffer o;
        const QString regionKey = QStringLiteral("kode_wilayah_pengirim");
        const QString regionText = row.text(regionKey);
        o.senderName = row.text(QStringLiteral("nama_pengirim"));
        const QString typeKey = QStringLiteral("jenis_pengirim");
        if (const auto t = choice(row, typeKey, partnerAliases(),
                                  CsvText::tr("harus daerah, pihak_ketiga, kl, pemda_ln atau lembaga_ln"))) {
            o.senderType = *t;
        } else if (row.text(typeKey).isEmpty()) {
            o.senderType = !regionText.isEmpty() || o.senderName.isEmpty() ? PartnerType::Daerah
                                                                            : PartnerType::PihakKetiga;
        }
        if (o.senderType == PartnerType::Daerah) {
            if (regionText.isEmpty())
                row.fail(regionKey, CsvText::tr("kode wilayah pengirim wajib diisi bila pengirimnya daerah"));
            else if (const auto code = row.region(regionKey, regionText))
                o.senderRegion = *code;
        } else if (o.senderName.isEmpty()) {
            row.fail(QStringLiteral("nama_pengirim"), CsvText::tr("nama pengirim wajib diisi"));
        }
        bool bad = false;
        const QString receivedKey = QStringLiteral("tanggal_diterima");
        if (row.required(receivedKey))
            o.receivedOn = row.date(receivedKey, bad).value_or(QDate());
        o.answerDue = row.date(QStringLiteral("batas_jawaban"), bad).value_or(QDate());
        if (o.receivedOn.isValid() && o.answerDue.isValid() && o.answerDue < o.receivedOn)
            row.fail(QStringLiteral("batas_jawaban"),
                     CsvText::tr("lebih awal daripada tanggal_diterima (%1)").arg(dateText(o.receivedOn)));
        o.letterNumber = row.text(QStringLiteral("nomor_surat"));
        if (!row.text(QStringLiteral("urusan")).isEmpty()) {
            if (const auto u = row.urusan(QStringLiteral("urusan")))
                o.urusanCode = *u;
        }
        if (const auto t = row.required(QStringLiteral("hal")))
            o.title = *t;
        o.description = row.text(QStringLiteral("uraian"));
        o.askedPd = row.text(QStringLiteral("perangkat_daerah_pendapat"));
        o.burdensPublic = yesNo(row, QStringLiteral("membebani_masyarakat"));
        o.inApbd = yesNo(row, QStringLiteral("dalam_apbd"));
        if (!row.ok())
            return std::nullopt;
        o.meta = RecordMeta::fresh(o.askedPd.isEmpty() ? options.defaultPd : o.askedPd);
        return o;
    });
}

Result<ImportResult<Proposal>> importProposals(const QByteArray &bytes, const ImportOptions &options)
{
    Result<CsvTable> table = readCsv(bytes);
    if (!table)
        return table.error();
    return importProposals(*table, proposeMapping(ImportKind::Proposals, table->header), options);
}

Result<ImportResult<Agreement>> importAgreements(const QByteArray &bytes, const ImportOptions &options)
{
    Result<CsvTable> table = readCsv(bytes);
    if (!table)
        return table.error();
    return importAgreements(*table, proposeMapping(ImportKind::Agreements, table->header), options);
}

} // namespace ksd::io
