/*
 * Host feature detection (see host.h).
 */
#include "translate/x86_64/host.h"

#include <cpuid.h>
#include <stdlib.h>
#include <string.h>

static HostFeatures features;
static bool detected;

const HostFeatures *host_features(void)
{
    unsigned a, b, c, d;
    const char *env = getenv("XLAT_HOST_FEATURES");

    if (detected)
        return &features;
    detected = true;
    if (env && !strcmp(env, "baseline"))
        return &features;
    if (__get_cpuid(1, &a, &b, &c, &d)) {
        features.popcnt = c & bit_POPCNT;
        features.sse41 = c & bit_SSE4_1;
        bool osxsave = c & bit_OSXSAVE;
        bool avx = (c & bit_AVX) && osxsave;
        features.fma = (c & bit_FMA) && avx;
        if (__get_cpuid_count(7, 0, &a, &b, &c, &d)) {
            features.bmi1 = b & bit_BMI;
            features.bmi2 = b & bit_BMI2;
            features.avx2 = (b & bit_AVX2) && avx;
        }
    }
    if (__get_cpuid(0x80000001, &a, &b, &c, &d))
        features.lzcnt = c & bit_LZCNT;
    return &features;
}
