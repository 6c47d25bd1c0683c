// SPDX-License-Identifier: Apache-2.0
// petaksd suggest, synth
#include <QCoreApplication>
#include "cli.h"

#include "engine/engine.h"
#include "engine/synth.h"
#include "io/csvexport.h"
#include "refdata/refdata.h"
#include "store/ksdstore.h"

#include <QFileInfo>
#include <QFile>
#include <QSaveFile>

namespace ksd::cli {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::cli)
};

/// Streams the suggestions to @p path (atomically replaced) or to standard output.
int writeSuggestionsTo(const SuggestionSet &set, io::SuggestionFormat format, const QString &path)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        out().flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly))
            return fail(Tr::tr("tidak dapat menulis ke keluaran standar"));
        if (Status st = io::writeSuggestions(set, format, stdOut); !st)
            return fail(st.error().toString());
        return Ok;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(Tr::tr("tidak dapat menulis %1: %2").arg(path, f.errorString()));
    if (Status st = io::writeSuggestions(set, format, f); !st)
        return fail(st.error().toString());
    if (!f.commit())
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
    return writeSuggestionsTo(set, format == QLatin1String("json") ? io::SuggestionFormat::Json : io::SuggestionFormat::ExcelCsv,
                              a.value(QStringLiteral("o")));
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
