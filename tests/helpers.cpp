// SPDX-License-Identifier: Apache-2.0
#include "helpers.h"

#include "register/archive.h"

#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace ksd::test {

namespace {
const QFileDevice::Permissions WriteBits =
    QFileDevice::WriteOwner | QFileDevice::WriteUser | QFileDevice::WriteGroup | QFileDevice::WriteOther;

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

bool chattr(const QString &flag, const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("chattr"), {flag, path});
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

bool makeReadOnly(const QString &path)
{
    if (!runningAsRoot()) {
        QFile::setPermissions(path, QFile::permissions(path) & ~WriteBits);
    } else if (!chattr(QStringLiteral("+i"), path)) {
        WARN("running as root and `chattr +i " << path.toStdString() << "` failed (no chattr, or a file system "
             "without the immutable flag): cannot make it read-only here");
        return false;
    }
    if (QFileInfo(path).isWritable()) {
        WARN(path.toStdString() << " is still writable after making it read-only");
        undoReadOnly(path);
        return false;
    }
    return true;
}

void undoReadOnly(const QString &path)
{
    if (runningAsRoot())
        chattr(QStringLiteral("-i"), path);
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner | QFileDevice::WriteUser);
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(KSD_TEST_DATA "/") + relative;
}

Run petaksd(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KSD_PETAKSD_BIN), args);
    p.waitForStarted();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Project sampleProject()
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Uji \"semua\" kolom; baris\nbaru"), 2024);
    p.scope = {QStringLiteral("63"), QStringLiteral("63.03"), QStringLiteral("63.71")};
    p.settings.insert(QStringLiteral("weights/priority"), QStringLiteral("0.3"));
    p.copyInfo = CopyInfo{QStringLiteral("Dinas Lingkungan Hidup"), QUuid::createUuid(), QStringLiteral("Induk"),
                          nowUtc(), {QStringLiteral("2.11"), QStringLiteral("1.03")}};

    Entry e;
    e.meta = RecordMeta::fresh(QStringLiteral("DLH"));
    e.meta.deleted = true;
    e.kind = EntryKind::Potensi;
    e.regionCode = QStringLiteral("63.03");
    e.urusanCode = QStringLiteral("2.11");
    e.service = QStringLiteral("TPA regional");
    e.title = QStringLiteral("Lahan TPA Ø ✓");
    e.description = QStringLiteral("Baris 1\nBaris 2; \"kutip\"");
    e.magnitude = 12.5;
    e.unit = QStringLiteral("ha");
    e.priority = 5;
    e.extLocation = Evidence::Yes;
    e.extUsers = Evidence::No;
    e.extImpact = Evidence::Unknown;
    e.externalityNote = QStringLiteral("Sampah dari Banjarmasin");
    e.externalityRegions = {QStringLiteral("63.71"), QStringLiteral("63.04")};
    e.efficiency = Evidence::Yes;
    e.efficiencyNote = QStringLiteral("Skala ekonomi");
    e.sourcePd = QStringLiteral("Dinas Lingkungan Hidup");
    e.year = 2024;
    p.entries.append(e);

    Proposal x;
    x.meta = RecordMeta::fresh(QStringLiteral("Bappeda"));
    x.regionCode = QStringLiteral("63.03");
    x.sourcePd = QStringLiteral("Bappeda");
    x.urusanCode = QStringLiteral("2.11");
    x.title = QStringLiteral("TPA Regional");
    x.description = QStringLiteral("Usulan");
    x.activity = ActivityKind::Swakelola;
    x.partnerType = PartnerType::KL;
    x.partnerRegionCodes = {QStringLiteral("63.71"), QStringLiteral("63.72")};
    x.partnerNames = QStringLiteral("Kementerian PUPR");
    x.form = DocType::NK;
    x.estimatedCost = 1.5e9;
    x.inApbd = true;
    x.burdensPublic = true;
    x.suggestionKey = QStringLiteral("63.03|63.71|2.11");
    x.suggestionNote = QStringLiteral("wajib: berbatasan; skor 81,6");
    x.year = 2024;
    p.proposals.append(x);

    Agreement a;
    a.meta = RecordMeta::fresh(QStringLiteral("Bagian Pemerintahan"));
    a.proposalId = x.meta.id;
    a.category = Category::Sinergi;
    a.docType = DocType::Addendum;
    a.title = QStringLiteral("Addendum PKS");
    a.object = QStringLiteral("Objek");
    a.scope = QStringLiteral("Ruang lingkup");
    a.urusanCode = QStringLiteral("2.11");
    a.parties = {Party{PartyKind::Region, QStringLiteral("63.03"), {}, QStringLiteral("180/01/PKS"), QStringLiteral("Bupati")},
                 Party{PartyKind::ThirdParty, {}, QStringLiteral("PT Air"), QStringLiteral("PKS-9"), QStringLiteral("Direktur")}};
    a.signedOn = QDate(2024, 6, 13);
    a.startDate = QDate(2024, 7, 1);
    a.endDate = QDate(2027, 6, 30);
    a.stages = {StageDate{Stage::Persiapan, QDate(2024, 1, 5)}, StageDate{Stage::Pelaksanaan, QDate(2024, 7, 1)}};
    a.stage = Stage::Pelaksanaan;
    a.status = AgreementStatus::Diperpanjang;
    a.implementingPd = QStringLiteral("DLH");
    a.funding = QStringLiteral("APBD");
    a.value = 2500000000.0;
    a.kbId = QUuid::fromString(QStringLiteral("{6f1c2b1e-0000-4000-8000-0000000000a1}"));
    a.previousId = QUuid::fromString(QStringLiteral("{6f1c2b1e-0000-4000-8000-0000000000a2}"));
    a.termException = QStringLiteral("KPBU (Perpres 38/2015)");
    a.reviewNote = QStringLiteral("Periksa tahapnya");
    p.agreements.append(a);

    MonevRecord m;
    m.meta = RecordMeta::fresh(QStringLiteral("Inspektorat"));
    m.agreementId = a.meta.id;
    m.date = QDate(2025, 1, 20);
    m.evaluatorRole = QStringLiteral("TKKSD");
    m.scores = {1, 2, 3, 4, 5, 0, 1, 2};
    m.kendala = QStringLiteral("Anggaran");
    m.recommendation = Recommendation::Perbaiki;
    m.rating = 4;
    p.monev.append(m);

    AttachedDocument d;
    d.meta = RecordMeta::fresh(QStringLiteral("DLH"));
    d.agreementId = a.meta.id;
    d.kind = QStringLiteral("pks");
    d.fileName = QStringLiteral("pks.pdf");
    d.mimeType = QStringLiteral("application/pdf");
    d.data = QByteArray("%PDF-1.4\0binary\xff", 16);
    d.sha256 = sha256Hex(d.data);
    d.version = DocumentVersion::Final;
    d.originalHolder = QStringLiteral("Bagian Kerja Sama");
    d.originalLocation = QStringLiteral("Lemari 2, arsip 14/2024");
    p.documents.append(d);

    IncomingOffer o;
    o.meta = RecordMeta::fresh(QStringLiteral("Bagian Kerja Sama"));
    o.senderType = PartnerType::PihakKetiga;
    o.senderRegion = QStringLiteral("63.71");
    o.senderName = QStringLiteral("PT Air Bersih");
    o.receivedOn = QDate(2024, 2, 3);
    o.letterNumber = QStringLiteral("005/PAB/II/2024");
    o.urusanCode = QStringLiteral("1.03");
    o.title = QStringLiteral("Penyediaan air curah");
    o.description = QStringLiteral("Uraian");
    o.askedPd = QStringLiteral("Dinas PUPR");
    o.answerDue = QDate(2024, 3, 3);
    o.burdensPublic = true;
    o.inApbd = true;
    o.status = OfferStatus::Ditolak;
    o.declineReason = QStringLiteral("Sudah ada SPAM regional");
    o.proposalId = x.meta.id;
    p.offers.append(o);

    p.positions.append(NodePosition{QStringLiteral("geo"), QStringLiteral("63.03"), 10.25, -3.5});
    p.mergeLog.append(MergeLogEntry{nowUtc(), QStringLiteral("DLH"), QStringLiteral("salinan.ksd"), QStringLiteral("entry"),
                                    e.meta.id, QStringLiteral("added"), QStringLiteral("baru")});
    return p;
}

Agreement makeAgreement(DocType type, Category category, const QString &title)
{
    Agreement a;
    a.meta = RecordMeta::fresh(QStringLiteral("Bagian Pemerintahan"));
    a.docType = type;
    a.category = category;
    a.title = title;
    return a;
}

Project kotaBanjar2021()
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Monev KSD Kota Banjar 2021"), 2021);
    auto add = [&p](DocType t, Category c, int n, const QString &stem) {
        for (int i = 1; i <= n; ++i)
            p.agreements.append(makeAgreement(t, c, QStringLiteral("%1 %2").arg(stem).arg(i)));
    };
    add(DocType::KB, Category::KSDPK, 9, QStringLiteral("KB pihak ketiga"));
    add(DocType::KB, Category::KSDD, 1, QStringLiteral("KB daerah"));
    add(DocType::PKS, Category::KSDPK, 7, QStringLiteral("PKS pihak ketiga"));
    add(DocType::PKS, Category::KSDD, 2, QStringLiteral("PKS daerah"));
    add(DocType::NK, Category::Sinergi, 5, QStringLiteral("NK sinergi"));
    Agreement gone = makeAgreement(DocType::KB, Category::KSDPK, QStringLiteral("KB dihapus"));
    gone.meta.deleted = true;
    p.agreements.append(gone);
    Agreement gonePks = makeAgreement(DocType::PKS, Category::KSDD, QStringLiteral("PKS dihapus"));
    gonePks.meta.deleted = true;
    p.agreements.append(gonePks);
    return p;
}

} // namespace ksd::test
