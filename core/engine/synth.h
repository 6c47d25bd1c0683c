// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"

namespace ksd {

struct SynthOptions
{
    int entries = 50000;
    quint64 seed = 1;
    int year = 2025;
    int agreements = -1; ///< active KSDD agreements between bordering pairs; -1 = entries / 100
};

/**
 * A national synthetic project for benchmarks and stress tests: all 552 regions in scope, entries spread over
 * the 32 urusan in a realistic mix (infrastructure, environment, health and tourism common; statistics and
 * persandian rare), with named services (some of them provincial-authority services such as SPAM and TPA
 * regional), units, magnitudes, priorities and partly unknown evidence, plus some active agreements.
 *
 * Deterministic: the same options give the same project, ids and timestamps included, on every platform
 * (its own SplitMix64 generator, no std distributions).
 */
Project makeSyntheticProject(const SynthOptions &options);

} // namespace ksd
