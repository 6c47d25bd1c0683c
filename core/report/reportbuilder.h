// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "report/reportinput.h"
#include "report/reportmodel.h"
#include "report/reportoptions.h"

namespace ksd {

/// Builds the content of the mapping report (laporan hasil pemetaan KSD): every section of @p options.sections,
/// with the counts of the register (core/register) and the engine's suggestions. Text comes from the translations
/// installed now; numbers and dates are formatted for @p options.language ("15,2%", "13 Juni 2024" in Indonesian,
/// "15.2%", "13 June 2024" in English). A section with nothing to show says so in a sentence; none is left out.
ReportModel buildReport(const Project &project, const ReportEngineData &engine, const ReportOptions &options);

/// Same, running the suggestion engine first (runReportEngine()).
ReportModel buildReport(const Project &project, const ReportOptions &options);

/// The data's own date: the day of the last change to the project or any of its records (tombstones included: a
/// deletion is a change), UTC. Invalid for a project with no dates at all.
QDate dataLastChanged(const Project &project);

/// The regions the report covers: @p options.scope, or the project's scope, or the owner region; known codes only,
/// sorted by code.
QStringList reportScope(const Project &project, const ReportOptions &options);

} // namespace ksd
