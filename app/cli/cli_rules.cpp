// SPDX-License-Identifier: Apache-2.0
// petaksd classify
#include <QCoreApplication>
#include "cli.h"

#include "io/csvvalues.h"
#include "refdata/refdata.h"
#include "rules/ruleset.h"
#include "store/ksdstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ksd::cli {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::cli)
};

QJsonObject toJson(const RuleResult &r)
{
    QJsonArray trace;
    for (const TraceStep &s : r.trace) {
        trace.append(QJsonObject{{QStringLiteral("rule"), ruleKey(s.rule)},
                                 {QStringLiteral("basis"), s.basis},
                                 {QStringLiteral("outcome"), s.outcome}});
    }
    QJsonObject o;
    o.insert(QStringLiteral("class"), ksdClassKey(r.cls));
    o.insert(QStringLiteral("pair_type"),
             r.pairType == PairType::None ? QJsonValue(QJsonValue::Null) : QJsonValue(pairTypeKey(r.pairType)));
    o.insert(QStringLiteral("takeover"),
             r.takeover == Takeover::None ? QJsonValue(QJsonValue::Null) : QJsonValue(takeoverKey(r.takeover)));
    o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(r.flags()));
    o.insert(QStringLiteral("authority_level"), authorityLevelKey(r.authorityLevel));
    o.insert(QStringLiteral("refer_to"), QJsonArray::fromStringList(r.referTo));
    o.insert(QStringLiteral("ministry"), r.ministry.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.ministry));
    o.insert(QStringLiteral("trace"), trace);
    return o;
}

void printText(const RuleInput &in, const RuleResult &r)
{
    const RefData &ref = RefData::instance();
    auto label = [&](const QString &code) { return ref.regionLabel(code); };
    const Urusan *u = ref.urusan(in.urusan);
    out() << label(in.regionA) << " – " << label(in.regionB) << ", " << Tr::tr("urusan") << ' ' << in.urusan;
    if (u)
        out() << ' ' << u->displayName();
    if (!in.service.isEmpty())
        out() << ", " << Tr::tr("layanan \"%1\"").arg(in.service);
    out() << "\n";
    out() << Tr::tr("Kelas: %1 (%2)").arg(ksdClassKey(r.cls), ksdClassName(r.cls));
    if (!r.referTo.isEmpty()) {
        QStringList names;
        for (const QString &p : r.referTo)
            names << label(p);
        out() << " → " << names.join(QStringLiteral(", "));
    }
    if (!r.ministry.isEmpty())
        out() << " → " << r.ministry;
    out() << "\n" << ksdClassNote(r.cls) << "\n";
    out() << Tr::tr("Tipe pasangan: %1")
                 .arg(r.pairType == PairType::None ? QStringLiteral("-")
                                                   : pairTypeKey(r.pairType) + QStringLiteral(" (")
                                                         + pairTypeName(r.pairType) + QLatin1Char(')'))
          << "\n";
    out() << Tr::tr("Dapat diambil alih oleh: %1")
                 .arg(r.takeover == Takeover::None ? QStringLiteral("-") : takeoverName(r.takeover))
          << "\n";
    QStringList flags;
    for (const QString &key : r.flags())
        flags << QStringLiteral("%1 (%2)").arg(ruleFlagName(key), key);
    out() << Tr::tr("Tanda: %1").arg(flags.isEmpty() ? QStringLiteral("-") : flags.join(QStringLiteral(", "))) << "\n";
    out() << Tr::tr("Alasan: %1").arg(r.reason) << "\n\n" << Tr::tr("Jejak aturan:") << "\n";
    int n = 0;
    for (const TraceStep &s : r.trace) {
        out() << QStringLiteral("%1. %2 [%3]%4").arg(++n).arg(ruleName(s.rule), ruleKey(s.rule),
                                                       s.decisive ? Tr::tr(" (menentukan)") : QString())
              << "\n   " << s.outcome << "\n   " << Tr::tr("Dasar: %1").arg(s.basis) << "\n";
    }
}

int runClassify(const QStringList &argv)
{
    Args a(argv,
           {QStringLiteral("service"), QStringLiteral("externality"), QStringLiteral("efficiency"),
            QStringLiteral("provincial"), QStringLiteral("level"), QStringLiteral("burdens"), QStringLiteral("apbd"),
            QStringLiteral("project")},
           {QStringLiteral("json")});
    if (!a.ok())
        return fail(a.error());
    if (a.positionals().size() != 3) {
        return fail(Tr::tr("penggunaan: petaksd classify A B URUSAN [--service NAMA] [--externality yes|no|unknown] "
                       "[--efficiency yes|no|unknown] [--level pusat|provinsi|kabupaten_kota] [--provincial yes|no] "
                       "[--burdens yes|no] [--apbd yes|no] [--project FILE.ksd] [--json]"));
    }
    RuleInput in;
    in.regionA = a.positionals()[0].trimmed();
    in.regionB = a.positionals()[1].trimmed();
    in.urusan = a.positionals()[2].trimmed();
    in.service = a.value(QStringLiteral("service")).trimmed();

    // The answers on the command line are about this pair: "ya" names B as the region the externality reaches.
    Evidence externality = Evidence::Unknown;
    Evidence efficiency = Evidence::Unknown;
    struct EvidenceOption { const char *name; Evidence *target; };
    for (const EvidenceOption &o : {EvidenceOption{"externality", &externality},
                                    EvidenceOption{"efficiency", &efficiency}}) {
        const QString name = QString::fromLatin1(o.name);
        if (!a.has(name))
            continue;
        const auto e = io::parseEvidence(a.value(name));
        if (!e)
            return fail(Tr::tr("--%1 harus yes, no atau unknown, bukan \"%2\"").arg(name, a.value(name)));
        *o.target = *e;
    }
    in.evidenceA.add(externality, {in.regionB}, efficiency);
    if (a.has(QStringLiteral("level"))) {
        const auto level = authorityLevelFromKey(a.value(QStringLiteral("level")));
        if (!level || *level == AuthorityLevel::Split)
            return fail(Tr::tr("--level harus pusat, provinsi atau kabupaten_kota, bukan \"%1\"")
                            .arg(a.value(QStringLiteral("level"))));
        in.level = *level;
    }
    std::optional<bool> provincial;
    struct BoolOption { const char *name; std::optional<bool> *target; };
    for (const BoolOption &o : {BoolOption{"provincial", &provincial}, BoolOption{"burdens", &in.burdensPublic},
                                BoolOption{"apbd", &in.inApbd}}) {
        const QString name = QString::fromLatin1(o.name);
        if (!a.has(name))
            continue;
        const auto v = io::parseYesNo(a.value(name));
        if (!v)
            return fail(Tr::tr("--%1 harus yes atau no, bukan \"%2\"").arg(name, a.value(name)));
        *o.target = *v;
    }

    if (provincial && !in.level)
        in.level = *provincial ? AuthorityLevel::Provinsi : AuthorityLevel::KabKota;

    AuthorityTable table = AuthorityTable::builtin();
    if (a.has(QStringLiteral("project"))) {
        auto loaded = KsdStore::load(a.value(QStringLiteral("project")));
        if (!loaded)
            return fail(loaded.error().toString());
        table = AuthorityTable::forSettings(loaded->project.settings);
    }
    const RuleResult r = RuleSet(table).evaluate(in);
    if (r.unknownInput) // the rule set's own eligibility answer, as an error: the question names no real pair
        return fail(r.reason);
    if (a.has(QStringLiteral("json")))
        out() << QString::fromUtf8(QJsonDocument(toJson(r)).toJson(QJsonDocument::Indented));
    else
        printText(in, r);
    out().flush();
    return Ok;
}

} // namespace

QList<Command> rulesCommands()
{
    return {
        {QStringLiteral("classify"),
         QStringLiteral("A B URUSAN [--service NAMA] [--externality yes|no|unknown] [--efficiency yes|no|unknown] "
                        "[--level pusat|provinsi|kabupaten_kota] [--provincial yes|no] [--burdens yes|no] [--apbd yes|no] "
                        "[--project FILE.ksd] [--json]"),
         Tr::tr("menggolongkan pasangan daerah A–B untuk satu urusan (indikasi wajib/sukarela/rujuk provinsi atau "
            "Pusat) dengan dasar hukumnya"),
         runClassify},
    };
}

} // namespace ksd::cli
