// SPDX-License-Identifier: Apache-2.0
#include "validation.h"

#include "procedure.h"
#include "stages.h"
#include "terms.h"
#include "util/format.h"
#include "refdata/refdata.h"

#include <QCoreApplication>

namespace ksd {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Register)
};

using Severity = ValidationProblem::Severity;

/// Identity of a party for the duplicate-number check: region code, or the normalised name.
QString partyIdentity(const Party &p)
{
    if (p.kind == PartyKind::Region)
        return QStringLiteral("daerah:") + p.regionCode.trimmed();
    return partyKindKey(p.kind) + QLatin1Char(':') + p.name.simplified().toCaseFolded();
}

QString partyLabel(const Party &p)
{
    if (p.kind == PartyKind::Region) {
        if (const Region *r = RefData::instance().region(p.regionCode))
            return r->name;
        return p.regionCode;
    }
    return p.name;
}

QString normalisedNumber(const QString &n)
{
    return n.simplified().toCaseFolded();
}

void checkParties(const Agreement &a, QList<ValidationProblem> &out)
{
    if (a.parties.isEmpty()) {
        out.append({Severity::Error, QStringLiteral("parties"),
                    Tr::tr("Para pihak belum diisi: kerja sama memerlukan sedikitnya dua pihak."), -1, {}});
        return;
    }
    if (a.parties.size() == 1) {
        out.append({Severity::Error, QStringLiteral("parties"),
                    Tr::tr("Baru satu pihak (%1): kerja sama memerlukan sedikitnya dua pihak.").arg(partyLabel(a.parties[0])),
                    -1, {}});
    }
    const RefData &ref = RefData::instance();
    for (int i = 0; i < a.parties.size(); ++i) {
        const Party &p = a.parties[i];
        if (p.kind == PartyKind::Region) {
            if (p.regionCode.trimmed().isEmpty())
                out.append({Severity::Error, QStringLiteral("parties"),
                            Tr::tr("Pihak ke-%1: kode wilayah belum diisi.").arg(i + 1), i, {}});
            else if (!ref.region(p.regionCode))
                out.append({Severity::Error, QStringLiteral("parties"),
                            Tr::tr("Pihak ke-%1: kode wilayah \"%2\" tidak dikenal.").arg(i + 1).arg(p.regionCode), i, {}});
        } else if (p.name.simplified().isEmpty()) {
            out.append({Severity::Error, QStringLiteral("parties"),
                        Tr::tr("Pihak ke-%1: nama pihak belum diisi.").arg(i + 1), i, {}});
        }
    }
}

void checkDates(const Agreement &a, QList<ValidationProblem> &out)
{
    if (a.startDate.isValid() && a.endDate.isValid() && a.endDate < a.startDate) {
        out.append({Severity::Error, QStringLiteral("endDate"),
                    Tr::tr("Tanggal berakhir (%1) lebih awal daripada tanggal mulai (%2).")
                        .arg(longDate(a.endDate), longDate(a.startDate)),
                    -1, {}});
    }
    if (a.signedOn.isValid() && a.startDate.isValid() && a.signedOn > a.startDate) {
        out.append({Severity::Warning, QStringLiteral("signedOn"),
                    Tr::tr("Tanggal penandatanganan (%1) sesudah tanggal mulai berlaku (%2): periksa apakah kerja sama "
                       "memang berlaku surut.")
                        .arg(longDate(a.signedOn), longDate(a.startDate)),
                    -1, {}});
    }
    if (a.signedOn.isValid() && a.endDate.isValid() && a.signedOn > a.endDate) {
        out.append({Severity::Error, QStringLiteral("signedOn"),
                    Tr::tr("Tanggal penandatanganan (%1) sesudah tanggal berakhir (%2).")
                        .arg(longDate(a.signedOn), longDate(a.endDate)),
                    -1, {}});
    }
    if (a.signedOn.isValid() && !a.endDate.isValid() && a.status == AgreementStatus::Aktif) {
        out.append({Severity::Warning, QStringLiteral("endDate"),
                    Tr::tr("Tanggal berakhir belum diisi: peringatan masa berlaku tidak dapat dihitung."), -1, {}});
    }
}

void checkStages(const Agreement &a, QList<ValidationProblem> &out)
{
    const Procedure &procedure = procedureFor(a);
    if (Status in = checkStageInProcedure(a, a.stage); !in)
        out.append({Severity::Error, QStringLiteral("stage"), in.error().message, -1, {}});
    for (const StageDate &s : a.stages) {
        if (s.stage != a.stage && procedure.position(s.stage) < 0)
            out.append({Severity::Error, QStringLiteral("stages"), checkStageInProcedure(a, s.stage).error().message,
                        -1, {}});
    }
    for (int i = 1; i < a.stages.size(); ++i) {
        const StageDate &prev = a.stages[i - 1];
        const StageDate &cur = a.stages[i];
        if (procedure.position(cur.stage) <= procedure.position(prev.stage)) {
            out.append({Severity::Error, QStringLiteral("stages"),
                        Tr::tr("Tahap \"%1\" tercatat sesudah \"%2\": urutan tahap tidak sesuai prosedur %3.")
                            .arg(stageName(cur.stage), stageName(prev.stage), procedure.name),
                        -1, {}});
        } else if (cur.date.isValid() && prev.date.isValid() && cur.date < prev.date) {
            out.append({Severity::Error, QStringLiteral("stages"),
                        Tr::tr("Tanggal tahap \"%1\" (%2) lebih awal daripada tahap sebelumnya \"%3\" (%4).")
                            .arg(stageName(cur.stage), longDate(cur.date), stageName(prev.stage),
                                 longDate(prev.date)),
                        -1, {}});
        }
    }
    for (const StageDate &s : a.stages) {
        if (!s.date.isValid())
            out.append({Severity::Warning, QStringLiteral("stages"),
                        Tr::tr("Tanggal tahap \"%1\" belum diisi.").arg(stageName(s.stage)), -1, {}});
    }
    if (!a.stages.isEmpty()) {
        const Stage last = a.stages.last().stage;
        if (last != a.stage)
            out.append({Severity::Error, QStringLiteral("stage"),
                        Tr::tr("Tahap saat ini \"%1\" tidak sama dengan tahap terakhir yang tercatat \"%2\".")
                            .arg(stageName(a.stage), stageName(last)),
                        -1, {}});
    }
}

void checkNumbers(const Agreement &a, const Project &project, QList<ValidationProblem> &out)
{
    for (int i = 0; i < a.parties.size(); ++i) {
        const Party &mine = a.parties[i];
        const QString number = normalisedNumber(mine.documentNumber);
        if (number.isEmpty())
            continue;
        const QString who = partyIdentity(mine);
        for (const Agreement &other : project.agreements) {
            if (other.meta.deleted || other.meta.id == a.meta.id)
                continue;
            bool clash = false;
            for (const Party &theirs : other.parties) {
                if (partyIdentity(theirs) == who && normalisedNumber(theirs.documentNumber) == number) {
                    clash = true;
                    break;
                }
            }
            if (clash) {
                out.append({Severity::Error, QStringLiteral("documentNumber"),
                            Tr::tr("Nomor dokumen %1 dari pihak %2 sudah dipakai pada kerja sama \"%3\".")
                                .arg(mine.documentNumber.simplified(), partyLabel(mine), other.title),
                            i, other.meta.id});
            }
        }
    }
}

} // namespace

QString formatByteSize(qint64 bytes)
{
    const QLocale loc = indonesianLocale();
    constexpr double kb = 1024.0;
    constexpr double mb = 1024.0 * 1024.0;
    if (bytes >= 1024 * 1024)
        return Tr::tr("%1 MB").arg(loc.toString(roundTo(bytes / mb, 1), 'f', 1));
    if (bytes >= 1024)
        return Tr::tr("%1 KB").arg(loc.toString(roundTo(bytes / kb, 1), 'f', 1));
    return Tr::tr("%1 byte").arg(loc.toString(bytes));
}

Status checkAttachmentSize(const QString &fileName, qint64 bytes)
{
    if (bytes <= MaxAttachmentBytes)
        return Status::success();
    return Error{Tr::tr("Lampiran \"%1\" berukuran %2, melebihi batas %3 per dokumen. Perkecil berkasnya (misalnya "
                    "pindai ulang dengan resolusi lebih rendah) lalu lampirkan lagi.")
                     .arg(fileName, formatByteSize(bytes), Tr::tr("%1 MB").arg(MaxAttachmentBytes / (1024 * 1024))),
                 fileName, 0};
}

Status checkAttachment(const AttachedDocument &document)
{
    return checkAttachmentSize(document.fileName, document.data.size());
}

QList<ValidationProblem> validateAgreement(const Agreement &a, const Project &project)
{
    QList<ValidationProblem> out;
    if (a.title.trimmed().isEmpty())
        out.append({Severity::Error, QStringLiteral("title"), Tr::tr("Judul kerja sama belum diisi."), -1, {}});
    if (a.category == Category::None)
        out.append({Severity::Error, QStringLiteral("category"),
                    Tr::tr("Kategori kerja sama (KSDD, KSDPK, Sinergi, KSDPL atau KSDLL) belum dipilih."), -1, {}});
    if (!a.urusanCode.isEmpty() && !RefData::instance().urusan(a.urusanCode))
        out.append({Severity::Error, QStringLiteral("urusanCode"),
                    Tr::tr("Kode urusan \"%1\" tidak dikenal (Permendagri 90/2019).").arg(a.urusanCode), -1, {}});
    checkParties(a, out);
    checkDates(a, out);
    checkStages(a, out);
    checkNumbers(a, project, out);
    if (const auto term = termWarning(a))
        out.append({Severity::Warning, QStringLiteral("endDate"), *term, -1, {}});
    if (!a.reviewNote.isEmpty())
        out.append({Severity::Warning, QStringLiteral("stage"), Tr::tr("Perlu ditinjau: %1").arg(a.reviewNote), -1, {}});
    if (!a.kbId.isNull()) {
        const Agreement *kb = project.agreement(a.kbId);
        if (a.docType != DocType::PKS)
            out.append({Severity::Error, QStringLiteral("kbId"),
                        Tr::tr("Hanya perjanjian kerja sama (PKS) yang mengacu pada kesepakatan bersama."), -1, {}});
        else if (!kb || kb->meta.deleted || kb->docType != DocType::KB)
            out.append({Severity::Warning, QStringLiteral("kbId"),
                        Tr::tr("Kesepakatan bersama yang diacu PKS ini tidak ada (lagi) dalam register."), -1, a.kbId});
    }
    if (!a.meta.id.isNull()) {
        for (const AttachedDocument &d : project.documents) {
            if (d.meta.deleted || d.agreementId != a.meta.id)
                continue;
            if (Status s = checkAttachment(d); !s)
                out.append({Severity::Error, QStringLiteral("documents"), s.error().message, -1, d.meta.id});
        }
    }
    return out;
}

bool hasErrors(const QList<ValidationProblem> &problems)
{
    for (const ValidationProblem &p : problems) {
        if (p.severity == ValidationProblem::Severity::Error)
            return true;
    }
    return false;
}

} // namespace ksd
