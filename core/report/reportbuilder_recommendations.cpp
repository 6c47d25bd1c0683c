// SPDX-License-Identifier: Apache-2.0
// Report chapter 2: recommendations (rekomendasi tindak lanjut), each kind drawn from the data by one function. The
// facts come from core: expiry (register/expiry), KB before PKS and the agreement phase (register/agreementphase),
// DPRD approval (register/screening), the verdict of each pair (the engine's RuleSet::evaluate).
#include "reportbuilder_p.h"

#include "register/agreementphase.h"
#include "register/offers.h"
#include "register/stages.h"
#include "rules/legalbasis.h"

namespace ksd {

namespace detail::report {

namespace {

/// The perangkat daerah that entered @p entries for @p urusan, joined; @p fallback when none is named.
QString pdsOf(const QList<const Entry *> &entries, const QString &urusan, const QString &fallback)
{
    QStringList pds;
    for (const Entry *e : entries) {
        const QString pd = e->sourcePd.trimmed();
        if (e->urusanCode == urusan && !pd.isEmpty() && !pds.contains(pd))
            pds.append(pd);
    }
    std::sort(pds.begin(), pds.end());
    return pds.isEmpty() ? fallback : pds.join(QStringLiteral("; "));
}

} // namespace

QList<Builder::Recommendation> Builder::renewals() const
{
    QList<Recommendation> out;
    QList<ExpiryItem> items = mExpiring.values();
    std::sort(items.begin(), items.end(), [](const ExpiryItem &x, const ExpiryItem &y) {
        return std::tie(x.endDate, x.title) < std::tie(y.endDate, y.title);
    });
    for (const ExpiryItem &it : std::as_const(items)) {
        const Agreement *a = mProject.agreement(it.id);
        Recommendation r;
        r.action = T::tr("Putuskan perpanjangan atau pengakhiran %1 \"%2\" dengan %3.")
                       .arg(docShort(it.docType), it.title,
                            a ? partiesText(*a, mProject.ownerRegion) : QStringLiteral("–"));
        r.reason = it.expired ? T::tr("Berakhir %1, lewat %Ln hari, tetapi status masih aktif: mutakhirkan statusnya.",
                                      nullptr, int(-it.daysLeft))
                                    .arg(date(it.endDate))
                              : T::tr("Berakhir %1, dalam %Ln hari. Perpanjangan ditempuh melalui prosedur kerja "
                                      "sama yang baru.", nullptr, int(it.daysLeft))
                                    .arg(date(it.endDate));
        r.pd = a && !a->implementingPd.isEmpty() ? a->implementingPd : mModel.author;
        r.due = it.expired ? T::tr("segera") : date(it.endDate);
        out.append(r);
    }
    return out;
}

QList<Builder::Recommendation> Builder::kbWithoutPks() const
{
    QList<Recommendation> out;
    for (const KbBeforePks &k : kbEndingBeforePks(mProject, mToday, ExpiryNoticeDays)) {
        Recommendation r;
        r.action = T::tr("Selesaikan dan tandatangani PKS \"%1\" sebelum KB \"%2\" berakhir, atau perpanjang KB "
                         "tersebut lebih dahulu.")
                       .arg(k.pksTitle, k.kbTitle);
        r.reason = T::tr("KB berakhir %1 (dalam %Ln hari), sedangkan PKS yang melaksanakannya masih pada tahap %2.",
                         nullptr, int(k.daysLeft))
                       .arg(date(k.kbEnd), stageName(k.pksStage).toLower());
        r.pd = k.pd.isEmpty() ? mModel.author : k.pd;
        r.due = date(k.kbEnd);
        out.append(r);
    }
    return out;
}

QList<Builder::Recommendation> Builder::studies() const
{
    QList<Recommendation> out;
    for (const ReportSuggestion *s : mSuggestions) {
        const bool study = s->cls == KsdClass::PotensiWajib;
        if (!study && !s->legalReview)
            continue;
        const QString urusan = urusanService(s->urusan, s->service);
        Recommendation r;
        r.action = study ? T::tr("Lengkapi kajian eksternalitas dan efisiensi bersama %1 untuk %2.")
                               .arg(regionName(s->regionB), urusan)
                         : T::tr("Mintakan kajian hukum atas pasangan dengan %1 untuk %2.")
                               .arg(regionName(s->regionB), urusan);
        QStringList why;
        if (study)
            why.append(T::tr("Potensi wajib: daerah berbatasan, bukti eksternalitas atau efisiensi belum lengkap."));
        if (s->legalReview)
            why.append(T::tr("Tipe C tidak disebut dalam daftar pasangan wajib Permendagri 22/2020."));
        r.reason = why.join(QLatin1Char(' '));
        r.pd = pdsOf(mOwnEntries, s->urusan, mModel.author);
        r.due = T::tr("sebelum surat penawaran");
        out.append(r);
    }
    return out;
}

QList<Builder::Recommendation> Builder::referrals() const
{
    // One line per receiving government and urusan/service, naming every partner: the province hears of a
    // service once, not once per pair.
    QMap<QString, QStringList> partners;
    QMap<QString, const ReportSuggestion *> first;
    for (const ReportSuggestion *s : mSuggestions) {
        if (s->cls != KsdClass::RujukProvinsi && s->cls != KsdClass::RujukPusat)
            continue;
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(int(s->cls))
                                .arg(s->referTo.join(QLatin1Char(',')), s->urusan, s->service);
        partners[key].append(regionName(s->regionB));
        if (!first.contains(key))
            first.insert(key, s);
    }
    QList<Recommendation> out;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        const ReportSuggestion *s = it.value();
        const QString urusan = urusanService(s->urusan, s->service);
        Recommendation r;
        if (s->cls == KsdClass::RujukProvinsi) {
            const QStringList provinces = regionNames(s->referTo);
            r.action = T::tr("Sampaikan %1 kepada Pemerintah %2 untuk kerja sama tipe B atau fasilitasi provinsi, "
                             "bersama %3.")
                           .arg(urusan, provinces.isEmpty() ? T::tr("Provinsi") : joinList(provinces),
                                joinList(partners.value(it.key())));
            r.reason = T::tr("Layanan lintas kabupaten/kota menjadi kewenangan provinsi (%1).")
                           .arg(legalBasis(QStringLiteral("authority")).citation);
        } else {
            r.action = T::tr("Sampaikan %1 kepada kementerian/lembaga yang membidanginya, bersama %2.")
                           .arg(urusan, joinList(partners.value(it.key())));
            r.reason = T::tr("Objek menjadi kewenangan Pemerintah Pusat (%1).")
                           .arg(legalBasis(QStringLiteral("authority")).citation);
        }
        r.pd = pdsOf(mOwnEntries, s->urusan, mModel.author);
        r.due = T::tr("pada rapat koordinasi berikutnya");
        out.append(r);
    }
    return out;
}

QList<Builder::Recommendation> Builder::offersToAnswer() const
{
    QList<Recommendation> out;
    for (const IncomingOffer *o : offersAwaitingAnswer(mProject)) {
        Recommendation r;
        r.action = T::tr("Jawab penawaran \"%1\" dari %2 (surat %3).")
                       .arg(o->title, offerSenderText(*o), o->letterNumber.isEmpty() ? QStringLiteral("–") : o->letterNumber);
        r.reason = T::tr("Diterima %1; saring dengan kriteria KSD, lalu terima menjadi usulan atau tolak dengan alasan.")
                       .arg(date(o->receivedOn));
        r.pd = o->askedPd.isEmpty() ? mModel.author : o->askedPd;
        r.due = o->answerDue.isValid() ? date(o->answerDue) : T::tr("segera");
        out.append(r);
    }
    return out;
}

QList<Builder::Recommendation> Builder::dprdApprovals() const
{
    QList<Recommendation> out;
    for (const Proposal &p : mProject.proposals) {
        if (p.meta.deleted)
            continue;
        const ScreeningResult sr = mScreening.value(p.meta.id);
        if (!sr.eligible || !sr.dprdApproval)
            continue;
        // Approval already given (the linked agreement reached or passed the DPRD stage) needs no action.
        QString where;
        bool done = false;
        for (const Agreement &a : mProject.agreements) {
            if (a.meta.deleted || a.proposalId != p.meta.id)
                continue;
            done = done || stageReachedOn(a, Stage::PersetujuanDPRD).isValid() || hasReachedStage(a, Stage::PersetujuanDPRD);
            where = stageName(a.stage).toLower();
        }
        if (done)
            continue;
        Recommendation r;
        r.action = T::tr("Ajukan persetujuan DPRD untuk usulan \"%1\".").arg(p.title);
        r.reason = sr.dprdReason;
        if (!where.isEmpty())
            r.reason += QLatin1Char(' ') + T::tr("Dokumennya kini pada tahap %1.").arg(where);
        r.pd = p.sourcePd.isEmpty() ? mModel.author : p.sourcePd;
        r.due = T::tr("sebelum penyusunan PKS");
        out.append(r);
    }
    return out;
}

void Builder::recommendations()
{
    chapter(T::tr("Rekomendasi Tindak Lanjut"));
    para(T::tr("Rekomendasi berikut ditarik langsung dari data pemetaan dan register per %1. Setiap baris menyebut "
               "tindakan, alasannya, perangkat daerah penanggung jawab dan batas waktunya; perangkat daerah yang "
               "disebut adalah pelaksana atau pengisi data yang bersangkutan, dikoordinasikan oleh %2.")
             .arg(date(mToday), mModel.author));
    struct Kind
    {
        QString title;
        QList<Recommendation> items;
        QString empty;
    };
    const QList<Kind> kinds = {
        {T::tr("Kerja sama yang berakhir dalam %1 hari").arg(mOptions.expiryWarningDays), renewals(),
         T::tr("Tidak ada kerja sama yang berakhir dalam %1 hari.").arg(mOptions.expiryWarningDays)},
        {T::tr("Kesepakatan bersama yang berakhir sebelum PKS-nya ditandatangani"), kbWithoutPks(),
         T::tr("Tidak ada kesepakatan bersama yang berakhir sebelum PKS-nya ditandatangani.")},
        {T::tr("Pasangan yang memerlukan kajian"), mEngine.available ? studies() : QList<Recommendation>(),
         T::tr("Tidak ada pasangan yang menunggu kajian.")},
        {T::tr("Rujukan ke provinsi dan Pemerintah Pusat"), mEngine.available ? referrals() : QList<Recommendation>(),
         T::tr("Tidak ada pasangan yang perlu dirujuk.")},
        {T::tr("Usulan yang memerlukan persetujuan DPRD"), dprdApprovals(),
         T::tr("Tidak ada usulan yang masih menunggu persetujuan DPRD.")},
        {T::tr("Penawaran masuk yang menunggu jawaban"), offersToAnswer(),
         T::tr("Tidak ada penawaran masuk yang menunggu jawaban.")},
    };
    ReportTable t;
    t.caption = T::tr("Rekomendasi tindak lanjut");
    t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Tindak lanjut"), 4.4}, {T::tr("Alasan"), 3.6},
                 {T::tr("Penanggung jawab"), 2.2}, {T::tr("Batas waktu"), 1.6}};
    int n = 0;
    QStringList none;
    for (const Kind &k : kinds) {
        if (k.items.isEmpty()) {
            none.append(k.empty);
            continue;
        }
        t.addRow({QStringLiteral("%1 (%2)").arg(k.title, count(k.items.size())), QString(), QString(), QString(),
                  QString()},
                 RowKind::Group);
        for (const Recommendation &r : k.items)
            t.addRow({QString::number(++n), r.action, r.reason, r.pd, r.due});
    }
    mModel.counts.recommendations = n;
    t.emptyText = T::tr("Tidak ada tindak lanjut yang ditarik dari data per %1.").arg(date(mToday));
    table(std::move(t));
    if (!none.isEmpty())
        bullets(none);
}

} // namespace detail::report

} // namespace ksd
