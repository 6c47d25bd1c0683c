// SPDX-License-Identifier: Apache-2.0
// The fuzz targets of issue 14, shared by the libFuzzer harnesses (tests/fuzz/fuzz_*.cpp, clang only) and by
// the regression test that replays tests/fuzz/corpus with the normal suite (tests/test_fuzz_corpus.cpp).
// Each returns 0; a broken invariant aborts, which libFuzzer reports as a finding.
#pragma once

#include <cstddef>
#include <cstdint>

namespace ksd::fuzz {

/// Writes the bytes to a private file and opens it with KsdStore::load; a project that opens must save and
/// open again to the same project.
int openKsd(const uint8_t *data, size_t size);

/// Reads the bytes as a CSV file and imports them as entries, proposals and agreements.
int importCsv(const uint8_t *data, size_t size);

/// Builds a project and two copies from the bytes (edits, deletions, additions and edit times on each side),
/// plans and merges them in both orders with each bulk choice: the merge never fails, the records (with who
/// and when) and the merge log do not depend on the order, and merging the same copies again changes nothing.
int planMerge(const uint8_t *data, size_t size);

} // namespace ksd::fuzz
