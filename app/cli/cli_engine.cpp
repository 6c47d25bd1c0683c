// SPDX-License-Identifier: Apache-2.0
// petaksd suggest, synth
#include <QCoreApplication>
#include "cli.h"

#include "engine/engine.h"
#include "engine/synth.h"
#include "io/csv.h"
#include "refdata/refdata.h"
#include "store/ksdstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ksd::cli {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::cli)
};

/// One output row: a pair, a cluster or an entry the engine could not use.
struct Row
{
    QString kind;     ///< pasangan / klaster / isian_ditolak
    QString regionA;
    QString regionB;
    QString urusan;
    QString service;
    QString cls;
    QString pairType;
    QString takeover;
    QStringList flags;
    QStringList members;
    QStringList referTo;
    std::optional<double> score;
    QString reasons;
};

/// The rule set's flags, in RuleResult::flags() order.
QStringList flagsOf(bool legalReview, bool dprd, bool seaBorder, bool authorityUnchecked)
{
    QStringList f;
    if (legalReview)
        f << QStringLiteral("legal_review");
    if (dprd)
        f << QStringLiteral("dprd_approval");
    if (seaBorder)
        f << QStringLiteral("sea_border");
    if (authorityUnchecked)
        f << QStringLiteral("authority_unchecked");
    return f;
}

QList<Row> rowsOf(const SuggestionSet &set)
{
    QList<Row> rows;
    rows.reserve(set.suggestions.size() + set.clusters.size() + set.issues.size());
    for (const Suggestion &s : set.suggestions) {
        rows.append(Row{QStringLiteral("pasangan"), s.regionA, s.regionB, s.urusan, s.service, ksdClassKey(s.cls),
                        pairTypeKey(s.pairType), takeoverKey(s.takeover), flagsOf(s.legalReview, s.dprdApproval, s.seaBorder, s.authorityUnchecked),
                        {s.regionA, s.regionB}, s.referTo, s.score, SuggestionEngine::reasons(s)});
    }
    for (const Cluster &c : set.clusters) {
        rows.append(Row{QStringLiteral("klaster"), c.members.value(0), c.members.mid(1).join(QLatin1Char(';')), c.urusan,
                        c.service, ksdClassKey(c.cls), c.pairTypes.join(QLatin1Char(';')), takeoverKey(c.takeover),
                        flagsOf(c.legalReview, false, c.seaBorder, c.authorityUnchecked), c.members, c.referTo, c.score, SuggestionEngine::reasons(c)});
    }
    for (const EngineIssue &i : set.issues) {
        rows.append(Row{QStringLiteral("isian_ditolak"), i.regionCode, QString(), i.urusanCode, QString(),
                        ksdClassKey(i.cls), QString(), QString(), {}, {i.regionCode}, {}, std::nullopt,
                        Tr::tr("isian %1: %2").arg(i.entryId.toString(QUuid::WithoutBraces), i.reason)});
    }
    return rows;
}

QByteArray toCsv(const QList<Row> &rows)
{
    const QChar sep = QLatin1Char(',');
    QString text = csv::joinRecord({QStringLiteral("region_a"), QStringLiteral("region_b"), QStringLiteral("urusan"),
                                    QStringLiteral("class"), QStringLiteral("pair_type"), QStringLiteral("score"),
                                    QStringLiteral("reasons"), QStringLiteral("kind"), QStringLiteral("service"),
                                    QStringLiteral("takeover"), QStringLiteral("flags"), QStringLiteral("members"),
                                    QStringLiteral("refer_to")},
                                   sep);
    text += QLatin1Char('\n');
    for (const Row &r : rows) {
        text += csv::joinRecord({r.regionA, r.regionB, r.urusan, r.cls, r.pairType,
                                 r.score ? QString::number(*r.score, 'f', 1) : QString(), r.reasons, r.kind, r.service,
                                 r.takeover, r.flags.join(QLatin1Char(';')), r.members.join(QLatin1Char(';')),
                                 r.referTo.join(QLatin1Char(';'))},
                                sep);
        text += QLatin1Char('\n');
    }
    return text.toUtf8();
}

QByteArray toJson(const QList<Row> &rows)
{
    QJsonArray array;
    for (const Row &r : rows) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), r.kind);
        o.insert(QStringLiteral("region_a"), r.regionA);
        o.insert(QStringLiteral("region_b"), r.regionB.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.regionB));
        o.insert(QStringLiteral("urusan"), r.urusan);
        o.insert(QStringLiteral("service"), r.service.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.service));
        o.insert(QStringLiteral("class"), r.cls);
        o.insert(QStringLiteral("pair_type"),
                 r.pairType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.pairType));
        o.insert(QStringLiteral("takeover"),
                 r.takeover.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.takeover));
        o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(r.flags));
        o.insert(QStringLiteral("members"), QJsonArray::fromStringList(r.members));
        o.insert(QStringLiteral("refer_to"), QJsonArray::fromStringList(r.referTo));
        // One decimal, written as a JSON number (the text of QString::number keeps it byte-stable).
        o.insert(QStringLiteral("score"),
                 r.score ? QJsonValue(QString::number(*r.score, 'f', 1).toDouble()) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("reasons"), r.reasons);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

int writeOut(const QByteArray &data, const QString &path)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        out() << QString::fromUtf8(data);
        out().flush();
        return Ok;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return fail(Tr::tr("tidak dapat menulis %1: %2").arg(path, f.errorString()));
    return Ok;
}

int runSuggest(const QStringList &argv)
{
    Args a(argv, {QStringLiteral("urusan"), QStringLiteral("region"), QStringLiteral("format"), QStringLiteral("o")}, {});
    if (!a.ok())
        return fail(a.error());
    if (a.positionals().size() != 1) {
        return fail(Tr::tr("penggunaan: petaksd suggest FILE.ksd [--urusan KODE] [--region KODE] [--format csv|json] "
                       "[-o KELUARAN]"));
    }
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("csv")).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(Tr::tr("--format harus csv atau json, bukan \"%1\"").arg(a.value(QStringLiteral("format"))));
    EngineOptions options;
    options.allocation = false;
    options.hubs = false;
    const RefData &ref = RefData::instance();
    if (a.has(QStringLiteral("urusan"))) {
        const auto u = ref.findUrusan(a.value(QStringLiteral("urusan")));
        if (!u)
            return fail(u.error().message);
        options.urusan = (*u)->code;
    }
    if (a.has(QStringLiteral("region"))) {
        const auto r = ref.findRegion(a.value(QStringLiteral("region")));
        if (!r)
            return fail(r.error().message);
        options.region = (*r)->code;
    }
    auto loaded = KsdStore::load(a.positionals().first());
    if (!loaded)
        return fail(loaded.error().toString());
    const SuggestionSet set = SuggestionEngine::run(loaded->project, options);
    const QList<Row> rows = rowsOf(set);
    return writeOut(format == QLatin1String("json") ? toJson(rows) : toCsv(rows), a.value(QStringLiteral("o")));
}

int runSynth(const QStringList &argv)
{
    Args a(argv, {QStringLiteral("entries"), QStringLiteral("seed"), QStringLiteral("year")}, {});
    if (!a.ok())
        return fail(a.error());
    if (a.positionals().size() != 1)
        return fail(Tr::tr("penggunaan: petaksd synth FILE.ksd --entries N --seed S [--year TAHUN]"));
    SynthOptions o;
    bool ok = true;
    if (a.has(QStringLiteral("entries"))) {
        o.entries = a.value(QStringLiteral("entries")).toInt(&ok);
        if (!ok || o.entries < 0 || o.entries > 1000000)
            return fail(Tr::tr("--entries harus bilangan 0–1000000, bukan \"%1\"").arg(a.value(QStringLiteral("entries"))));
    }
    if (a.has(QStringLiteral("seed"))) {
        o.seed = a.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(Tr::tr("--seed harus bilangan bulat tak bertanda, bukan \"%1\"").arg(a.value(QStringLiteral("seed"))));
    }
    if (a.has(QStringLiteral("year"))) {
        o.year = a.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || o.year < 2000 || o.year > 2100)
            return fail(Tr::tr("tahun \"%1\" tidak valid (harus 2000–2100)").arg(a.value(QStringLiteral("year"))));
    }
    const QString path = a.positionals().first();
    if (QFileInfo::exists(path))
        return fail(Tr::tr("%1 sudah ada; pilih nama lain agar berkas itu tidak tertimpa").arg(path));
    const Project p = makeSyntheticProject(o);
    if (Status s = KsdStore::save(p, path); !s)
        return fail(s.error().toString());
    out() << Tr::tr("Proyek sintetis dibuat: %1 (%2 wilayah, %3 isian, %4 kerja sama, benih %5)")
                 .arg(path)
                 .arg(p.scope.size())
                 .arg(p.entries.size())
                 .arg(p.agreements.size())
                 .arg(o.seed)
          << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> engineCommands()
{
    return {
        {QStringLiteral("suggest"),
         QStringLiteral("FILE.ksd [--urusan KODE] [--region KODE] [--format csv|json] [-o KELUARAN]"),
         Tr::tr("menyarankan pasangan dan klaster kerja sama dengan kelas, skor dan alasannya"), runSuggest},
        {QStringLiteral("synth"), QStringLiteral("FILE.ksd --entries N --seed S [--year TAHUN]"),
         Tr::tr("membuat proyek sintetis nasional (552 wilayah) untuk uji beban dan tolok ukur"), runSynth},
    };
}

} // namespace ksd::cli
