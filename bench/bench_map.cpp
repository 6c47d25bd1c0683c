// SPDX-License-Identifier: Apache-2.0
// Network map benchmark on the national synthetic project (petaksd synth, core/engine/synth.h): 552 regions in scope,
// thousands of links. Prints medians of
//   - building the scene from an open project (suggestions already computed, as the window has them),
//   - the same including the suggestion engine run,
//   - one full-scene render to a 1920×1080 offscreen image (what the view paints when the whole map is shown),
//   - the same with a cold boundary cache (first paint after a zoom),
//   - one full picture through MapRenderer (title, legend, labels placed for the export).
// A benchmark, not a timed test.
//
//   ksd_bench_map [--runs N] [--entries N] [--layout geo|force|circle] [--json]
#include "engine/synth.h"
#include "network/maprenderer.h"
#include "network/networkscene.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ksd;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 15;
    SynthOptions synth;
    LayoutKind layout = LayoutKind::Geographic;
    bool json = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--entries") && i + 1 < args.size())
            synth.entries = std::max(0, args[++i].toInt());
        else if (args[i] == QLatin1String("--layout") && i + 1 < args.size())
            layout = layoutKindFromKey(args[++i]).value_or(LayoutKind::Geographic);
        else if (args[i] == QLatin1String("--json"))
            json = true;
    }

    const Project project = makeSyntheticProject(synth);
    QElapsedTimer t;
    t.start();
    const SuggestionSet suggestions = computeMapSuggestions(project);
    const double engineMs = double(t.nsecsElapsed()) / 1e6;
    MapSettings settings;
    settings.layout = layout;

    // Warm-up: parses the boundary GeoJSON once per process (as the window does on first open).
    t.restart();
    {
        NetworkScene warm;
        warm.setSettings(settings);
        warm.setProject(project, suggestions);
    }
    const double firstBuildMs = double(t.nsecsElapsed()) / 1e6;

    const double buildMs = medianMs(runs, [&] {
        NetworkScene scene;
        scene.setSettings(settings);
        scene.setProject(project, suggestions);
    });
    const double buildWithEngineMs = medianMs(std::max(3, runs / 3), [&] {
        NetworkScene scene;
        scene.setSettings(settings);
        scene.setProject(project, computeMapSuggestions(project));
    });

    NetworkScene scene;
    scene.setSettings(settings);
    scene.setProject(project, suggestions);
    const int nodes = int(scene.visibleNodeItems().size());
    const int links = int(scene.linkItems().size());
    const int clusters = int(scene.hullItems().size());

    // The whole map fitted into 1920×1080, as the view shows it after "Paskan".
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const QRectF target(0, 0, image.width(), image.height());
    QRectF source = scene.contentRect();
    const double s = std::min(target.width() / source.width(), target.height() / source.height());
    source = QRectF(source.center().x() - target.width() / s / 2, source.center().y() - target.height() / s / 2,
                    target.width() / s, target.height() / s);
    scene.setViewScale(s, 1.0);
    auto renderOnce = [&] {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        scene.render(&p, target, source, Qt::IgnoreAspectRatio);
    };
    renderOnce(); // fills the boundary item's device cache
    const double renderMs = medianMs(runs, renderOnce);
    const double coldMs = medianMs(std::max(3, runs / 3), [&] {
        scene.setCaching(false); // drops the cached base layer and node pixmaps
        scene.setCaching(true);
        renderOnce();
    });
    const bool batched = scene.isBatched();
    const double pictureMs = medianMs(std::max(3, runs / 3), [&] {
        QImage picture = MapRenderer::renderImage(scene, 1920);
        Q_UNUSED(picture);
    });

    if (json) {
        std::printf("{\"nodes\":%d,\"links\":%d,\"clusters\":%d,\"suggestions\":%d,\"engine_ms\":%.2f,"
                    "\"first_build_ms\":%.2f,\"build_ms\":%.2f,\"build_with_engine_ms\":%.2f,\"render_ms\":%.2f,"
                    "\"render_cold_ms\":%.2f,\"picture_ms\":%.2f}\n",
                    nodes, links, clusters, int(suggestions.suggestions.size()), engineMs, firstBuildMs, buildMs,
                    buildWithEngineMs, renderMs, coldMs, pictureMs);
        return 0;
    }
    std::printf("National synthetic project: %d entries, %d nodes, %d links, %d cluster hulls, %d suggestions\n",
                int(project.entries.size()), nodes, links, clusters, int(suggestions.suggestions.size()));
    std::printf("Layout: %s, %d runs (medians); fitted view %s\n", qPrintable(layoutKindKey(layout)), runs,
                batched ? "zoomed out: static content batched into the base layer" : "in full detail");
    std::printf("  suggestion engine (once)                  %8.2f ms\n", engineMs);
    std::printf("  first scene build (parses boundaries)     %8.2f ms\n", firstBuildMs);
    std::printf("  scene build from open project             %8.2f ms   (target <= 300 ms)\n", buildMs);
    std::printf("  scene build including the engine          %8.2f ms\n", buildWithEngineMs);
    std::printf("  full-scene render 1920x1080               %8.2f ms   (target <= 8 ms)\n", renderMs);
    std::printf("  same, boundary cache cold (after a zoom)  %8.2f ms\n", coldMs);
    std::printf("  full picture (title, legend, labels)      %8.2f ms\n", pictureMs);
    return 0;
}
