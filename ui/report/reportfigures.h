// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reportlayout.h"

#include "model/project.h"

#include <memory>

namespace ksd {

struct SuggestionSet;

/// The report's network map drawn by the network view's renderer (renderProjectMap in ui/network/maprenderer.h),
/// so that the figure in the PDF is the picture the planner sees on screen: geographic layout, all links, the
/// screen's legend and scale bar (the report prints its own caption and attribution). Locator maps are left to
/// MapFigurePainter. @p suggestions may be null (they are then computed). GUI thread only: the renderer builds a
/// QGraphicsScene.
FigurePainter sharedRendererFigures(const Project &project, std::shared_ptr<const SuggestionSet> suggestions);

} // namespace ksd
