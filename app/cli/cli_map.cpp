// SPDX-License-Identifier: Apache-2.0
// petaksd map
#include "cli.h"

#include "network/maprenderer.h"
#include "store/ksdstore.h"

#include <QDir>
#include <QFileInfo>

namespace ksd::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ksd::cli", text);
}

/// petaksd map FILE.ksd -o OUT.png|svg|pdf [--layout geo|force|circle] [--urusan CODE]... [--width PX] [--dpi N]
///   [--class KIND,...] [--province CODE] [--stage KEY,...] [--size entries|score] [--color type|balance]
///   [--title TEXT]
int runMap(const QStringList &args)
{
    const Args a(args,
                 {QStringLiteral("o"), QStringLiteral("output"), QStringLiteral("layout"),
                  QStringLiteral("urusan"), QStringLiteral("width"), QStringLiteral("dpi"),
                  QStringLiteral("class"), QStringLiteral("province"), QStringLiteral("stage"),
                  QStringLiteral("size"), QStringLiteral("color"), QStringLiteral("title")},
                 {});
    if (!a.ok())
        return fail(a.error());
    if (a.positionals().size() != 1)
        return fail(tr("pemakaian: petaksd map BERKAS.ksd -o KELUARAN.png|svg|pdf [--layout geo|force|circle] "
                       "[--urusan KODE] [--width PX]"));
    const QString output = a.value(QStringLiteral("o"), a.value(QStringLiteral("output")));
    if (output.isEmpty())
        return fail(tr("sebutkan berkas keluaran dengan -o KELUARAN.png, .svg atau .pdf"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return fail(tr("format keluaran tidak dikenal: %1 (gunakan .png, .svg atau .pdf)").arg(output));

    MapSettings settings;
    if (a.has(QStringLiteral("layout"))) {
        const auto kind = layoutKindFromKey(a.value(QStringLiteral("layout")));
        if (!kind)
            return fail(tr("tata letak tidak dikenal: %1 (geo, force atau circle)")
                            .arg(a.value(QStringLiteral("layout"))));
        settings.layout = *kind;
    }
    const RefData &ref = RefData::instance();
    for (const QString &value : a.values(QStringLiteral("urusan"))) {
        for (const QString &code : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto u = ref.findUrusan(code.trimmed());
            if (!u)
                return fail(u.error().toString());
            settings.filter.urusan.append((*u)->code);
        }
    }
    std::sort(settings.filter.urusan.begin(), settings.filter.urusan.end());
    if (a.has(QStringLiteral("class"))) {
        settings.filter.kinds = 0;
        for (const QString &k : a.value(QStringLiteral("class")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto kind = linkKindFromKey(k);
            if (!kind)
                return fail(tr("jenis tautan tidak dikenal: %1 (wajib, potensi_wajib, sukarela, rujuk_provinsi, "
                               "usulan, kesepakatan)")
                                .arg(k));
            settings.filter.kinds |= linkKindBit(*kind);
        }
    }
    if (a.has(QStringLiteral("province"))) {
        const auto r = ref.findRegion(a.value(QStringLiteral("province")).trimmed());
        if (!r)
            return fail(r.error().toString());
        if (!(*r)->isProvince())
            return fail(tr("%1 bukan provinsi").arg((*r)->name));
        settings.filter.province = (*r)->code;
    }
    if (a.has(QStringLiteral("stage"))) {
        for (const QString &k : a.value(QStringLiteral("stage")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto st = stageFromKey(k.trimmed());
            if (!st)
                return fail(tr("tahap tidak dikenal: %1").arg(k));
            settings.filter.stages.append(*st);
        }
    }
    if (a.has(QStringLiteral("size"))) {
        const QString v = a.value(QStringLiteral("size"));
        if (v == QLatin1String("entries"))
            settings.sizeMode = NodeSizeMode::Entries;
        else if (v == QLatin1String("score"))
            settings.sizeMode = NodeSizeMode::Score;
        else
            return fail(tr("ukuran simpul tidak dikenal: %1 (entries atau score)").arg(v));
    }
    if (a.has(QStringLiteral("color"))) {
        const QString v = a.value(QStringLiteral("color"));
        if (v == QLatin1String("type"))
            settings.colorMode = NodeColorMode::RegionType;
        else if (v == QLatin1String("balance"))
            settings.colorMode = NodeColorMode::Balance;
        else
            return fail(tr("warna simpul tidak dikenal: %1 (type atau balance)").arg(v));
    }
    MapExportOptions options;
    if (a.has(QStringLiteral("width"))) {
        bool ok = false;
        options.widthPx = a.value(QStringLiteral("width")).toInt(&ok);
        if (!ok || options.widthPx < 200 || options.widthPx > 20000)
            return fail(tr("lebar harus bilangan bulat 200–20000 piksel"));
    }
    if (a.has(QStringLiteral("dpi"))) {
        bool ok = false;
        options.dpi = a.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok || options.dpi < 72 || options.dpi > 300)
            return fail(tr("dpi harus bilangan bulat 72–300"));
    }
    options.render.title = a.value(QStringLiteral("title"));

    const QString path = a.positionals().constFirst();
    auto loaded = KsdStore::load(path);
    if (!loaded)
        return fail(loaded.error().toString());
    const Project &project = loaded->project;

    NetworkScene scene;
    scene.setSettings(settings);
    scene.setProject(project, computeMapSuggestions(project));
    const Status written = MapRenderer::exportFile(scene, output, options);
    if (!written)
        return fail(written.error().toString(), Refused);
    out() << tr("Peta ditulis: %1 (%2 wilayah, %3 tautan)")
                 .arg(QDir::toNativeSeparators(output))
                 .arg(scene.visibleNodeItems().size())
                 .arg(scene.linkItems().size())
          << "\n";
    return Ok;
}

} // namespace

QList<Command> mapCommands()
{
    Command map;
    map.name = QStringLiteral("map");
    map.synopsis = QStringLiteral("FILE.ksd -o OUT.png|svg|pdf [--layout geo|force|circle] [--urusan CODE] "
                                  "[--width PX] [--dpi N] [--class KIND,...] [--province CODE] [--stage KEY,...]");
    map.summary = tr("menggambar peta jejaring kerja sama ke PNG, SVG atau PDF (tanpa layar)");
    map.run = runMap;
    map.needsGui = true;
    return {map};
}

} // namespace ksd::cli
