/*
 * Handlers of the Cryptographic Extension that use the host's AES-NI,
 * SHA-NI and PCLMULQDQ (crypto-host.c).  crypto.c's decoder picks them
 * instead of its portable handlers when host_features() has the
 * instructions; they compute the same results.
 */
#ifndef XLAT_TRANSLATE_AARCH64_CRYPTO_H
#define XLAT_TRANSLATE_AARCH64_CRYPTO_H

#include "translate/aarch64/a64.h"

/* AESE/AESD (in->cond 1: AESD); needs AES-NI. */
void a64_h_aes_round_ni(Cpu *c, const A64Insn *i);
/* AESMC/AESIMC (in->cond 1: AESIMC); needs AES-NI. */
void a64_h_aes_mix_ni(Cpu *c, const A64Insn *i);
/* SHA256H (in->cond 4), SHA256H2 (5); needs SHA-NI. */
void a64_h_sha256_rounds_ni(Cpu *c, const A64Insn *i);
/* SHA256SU0; needs SHA-NI. */
void a64_h_sha256su0_ni(Cpu *c, const A64Insn *i);
/* SHA256SU1; needs SHA-NI and SSSE3. */
void a64_h_sha256su1_ni(Cpu *c, const A64Insn *i);
/* PMULL/PMULL2 Vd.1Q (in->sf: PMULL2); needs PCLMULQDQ. */
void a64_h_pmull64_clmul(Cpu *c, const A64Insn *i);

#endif
