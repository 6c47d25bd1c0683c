// SPDX-License-Identifier: Apache-2.0
// libFuzzer harness: see fuzztargets.h. Built only with -DKSD_FUZZ=ON by clang (tests/fuzz/run.sh).
#include "fuzztargets.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return ksd::fuzz::planMerge(data, size);
}
