/*
 * Host CPU features, detected once with cpuid.  XLAT_HOST_FEATURES=baseline
 * in the environment pretends none of the optional ones exist, so the plain
 * x86-64 code paths can be tested on any machine.
 */
#ifndef XLAT_TRANSLATE_X86_64_HOST_H
#define XLAT_TRANSLATE_X86_64_HOST_H

#include <stdbool.h>

typedef struct HostFeatures {
    bool popcnt, lzcnt, bmi1, bmi2, fma, avx2, sse41;
} HostFeatures;

/* The features of this host (cached after the first call). */
const HostFeatures *host_features(void);

#endif
