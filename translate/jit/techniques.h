/*
 * Translator techniques that can be turned off one by one, to measure what
 * each is worth (--jit-disable=LIST, XLAT_JIT_DISABLE).  Shared by the
 * front ends: each reads the bits it implements and ignores the rest, so a
 * name means the same thing for every guest ISA that has the technique.
 *
 * To add one: a JitTechnique value before JIT_TECH_COUNT and a line in
 * jit_techniques[] (techniques.c) with its name and --help text.
 */
#ifndef XLAT_TRANSLATE_JIT_TECHNIQUES_H
#define XLAT_TRANSLATE_JIT_TECHNIQUES_H

#include <stdbool.h>
#include <stdint.h>

typedef enum JitTechnique {
    JIT_TECH_CHAIN,         /* direct exits patched to jump to the next translation */
    JIT_TECH_JUMPCACHE,     /* indirect jumps probe the jump cache inline */
    JIT_TECH_REGALLOC,      /* guest registers held in host registers */
    JIT_TECH_RAS,           /* return-address prediction for returns */
    JIT_TECH_SUPERBLOCK,    /* translations span several blocks (else one block each) */
    JIT_TECH_FPINLINE,      /* F/D arithmetic as inline SSE (else a helper call) */
    JIT_TECH_INLINEOPS,     /* inline code for ops that could run as a helper (div, fsgnj, ...) */
    JIT_TECH_FLAGS,         /* aarch64 NZCV computed only where read, fused with its reader */
    JIT_TECH_CRYPTO,        /* AES/SHA/carry-less multiply as AES-NI, SHA-NI, PCLMULQDQ */
    JIT_TECH_SEXT,          /* riscv64 W results sign-extended only where the upper half is read */
    JIT_TECH_PEEPHOLE,      /* riscv64 moves, zext.w and shift pairs as one host instruction */
    JIT_TECH_CONSTPROP,     /* riscv64 known constants folded, dead register writes dropped */
    JIT_TECH_CHECKS,        /* riscv64 address range checks proven by earlier ones left out */
    JIT_TECH_SIMDINLINE,    /* aarch64 Advanced SIMD integer ops as inline SSE (else a helper) */
    JIT_TECH_CSEL,          /* aarch64 CSEL family into the destination, CSET as setcc */
    JIT_TECH_FLAGREGEN,     /* aarch64 compares emitted again at each later reader */
    JIT_TECH_FIXEDREGS,     /* aarch64 ten guest registers in the same host registers everywhere */
    JIT_TECH_NZCVTAG,       /* aarch64 NZCV seen only by faults/exits stored as its compare */
    JIT_TECH_CONSTFOLD,     /* aarch64 MOVZ+MOVK..., ADRP+ADD as one constant */
    JIT_TECH_RANGECHECK,    /* aarch64 no range check for an access near one checked on its base */
    JIT_TECH_FPCVT,         /* FP compares and conversions inline (else a helper call) */
    JIT_TECH_NZCVLAZY,      /* aarch64 NZCV crosses exits in its lazy form */
    JIT_TECH_EXITLIVE,      /* aarch64 NZCV liveness looks into the targets of exits */
    JIT_TECH_ENTRYDEAD,     /* aarch64 registers written before read not loaded at entry */
    JIT_TECH_RETINLINE,     /* aarch64 RET to the return address of a BL of the superblock inline */
    JIT_TECH_BASECHECK,     /* range checks of the base register alone (guards around) */
    JIT_TECH_RVDISPLACE,    /* riscv64 loops borrow the host registers of fixed ones they do not use */
    JIT_TECH_RVENTRYDEAD,   /* riscv64 registers written before read not loaded at entry */
    JIT_TECH_RANGEBLOCKS,   /* aarch64 checked ranges kept into a block only its predecessor enters */
    JIT_TECH_RANGEINDEX,    /* aarch64 register-offset accesses with a checked (base, index) unchecked */
    JIT_TECH_RVATOMICS,     /* riscv64 AMOs, LR and SC as host atomics inline (else a helper) */
    JIT_TECH_ENTRYSKIP,     /* chained jumps to a later guest PC skip the target's jit_exit check */
    JIT_TECH_LOADFAULT,     /* loads not range-checked: a host fault is the guest's SIGSEGV */
    JIT_TECH_COUNT
} JitTechnique;

_Static_assert(JIT_TECH_COUNT <= 64, "jit_disabled has a bit per technique");

/* The techniques turned off, a bit (1ull << JitTechnique) each; set once at
 * start-up, read by the translators. */
extern uint64_t jit_disabled;

static inline bool jit_enabled(JitTechnique t)
{
    return !(jit_disabled >> t & 1);
}

/* Parse a comma-separated list of technique names (or "all", "none") into
 * *mask; on an unknown name, false with *bad pointing at it. */
bool jit_techniques_parse(const char *list, uint64_t *mask, const char **bad);
/* The --help lines listing the names. */
const char *jit_techniques_help(void);

#endif
