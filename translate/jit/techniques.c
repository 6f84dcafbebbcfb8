/*
 * --jit-disable: the names of the translator techniques (techniques.h).
 */
#include "translate/jit/techniques.h"

#include <stdio.h>
#include <string.h>

uint64_t jit_disabled;

static const struct {
    const char *name;
    const char *help;
} jit_techniques[JIT_TECH_COUNT] = {
    [JIT_TECH_CHAIN] = { "chain", "direct exits jump straight to the next translation" },
    [JIT_TECH_JUMPCACHE] = { "jumpcache", "indirect jumps probe the jump cache inline" },
    [JIT_TECH_REGALLOC] = { "regalloc", "guest registers live in host registers" },
    [JIT_TECH_RAS] = { "ras", "returns predicted from a return-address stack" },
    [JIT_TECH_SUPERBLOCK] = { "superblock", "translations span several guest blocks" },
    [JIT_TECH_FPINLINE] = { "fpinline", "floating-point arithmetic as inline SSE" },
    [JIT_TECH_INLINEOPS] = { "inlineops", "inline division, FP sign/move/compare... (else helper)" },
    [JIT_TECH_FLAGS] = { "flags", "aarch64 NZCV only where read (else after every setter)" },
    [JIT_TECH_CRYPTO] = { "crypto", "AES, SHA and PMULL.1Q inline with AES-NI, SHA-NI, PCLMULQDQ" },
    [JIT_TECH_SEXT] = { "sext", "riscv64 W results sign-extended only where read in full" },
    [JIT_TECH_PEEPHOLE] = { "peephole", "riscv64 mv, zext.w, shift pairs as one host op" },
    [JIT_TECH_CONSTPROP] = { "constprop", "riscv64 constants folded, dead register writes dropped" },
    [JIT_TECH_CHECKS] = { "checks", "riscv64 accesses near a checked one on the same base unchecked (guard after guest memory)" },
    [JIT_TECH_SIMDINLINE] = { "simdinline", "aarch64 SIMD integer ops, LD1/ST1 as inline SSE" },
    [JIT_TECH_CSEL] = { "csel", "aarch64 CSEL/CSET straight into the destination" },
    [JIT_TECH_FIXEDREGS] = { "fixedregs", "aarch64 x0-x5 x19 x20 lr sp (Go: x0-x6 x27 lr sp) kept in host registers across translations" },
    [JIT_TECH_NZCVTAG] = { "nzcvtag", "aarch64 NZCV only faults/exits see stored as a compare to redo" },
    [JIT_TECH_CONSTFOLD] = { "constfold", "aarch64 MOVZ+MOVK and ADRP+ADD as one constant move" },
    [JIT_TECH_RANGECHECK] = { "rangecheck", "aarch64 accesses near a checked one on the same base unchecked" },
    [JIT_TECH_FLAGREGEN] = { "flagregen", "aarch64 compares repeated at later readers (no NZCV store)" },
    [JIT_TECH_FPCVT] = { "fpcvt", "floating-point compares and conversions inline (needs fpinline)" },
    [JIT_TECH_NZCVLAZY] = { "nzcvlazy", "aarch64 NZCV left lazy at exits, made canonical where read" },
    [JIT_TECH_ENTRYDEAD] = { "entrydead", "aarch64 registers the first instructions write are not loaded at entry" },
    [JIT_TECH_RETINLINE] = { "retinline", "aarch64 RET after a BL in the superblock continues there (guarded)" },
    [JIT_TECH_EXITLIVE] = { "exitlive", "aarch64 NZCV not kept at exits whose target sets it first" },
    [JIT_TECH_BASECHECK] = { "basecheck", "one compare of the base register covers its accesses (guards around guest memory)" },
    [JIT_TECH_RVENTRYDEAD] = { "rventrydead", "riscv64 registers the first instructions write are not loaded at entry" },
    [JIT_TECH_RVDISPLACE] = { "rvdisplace", "riscv64 loops use the host registers of the fixed guest registers they leave alone" },
    [JIT_TECH_RANGEBLOCKS] = { "rangeblocks", "aarch64 checked ranges kept into a block entered only from the one before it (needs rangecheck)" },
    [JIT_TECH_RVATOMICS] = { "rvatomics", "riscv64 AMOs, LR and SC as locked host instructions inline (else a helper call)" },
    [JIT_TECH_ENTRYSKIP] = { "entryskip", "chained jumps to a later guest PC enter after the pending-exit check" },
    [JIT_TECH_LOADFAULT] = { "loadfault", "loads not range-checked: a host fault there is the guest's SIGSEGV (reads may reach xlat's own memory)" },
    [JIT_TECH_RANGEINDEX] = { "rangeindex", "aarch64 register-offset accesses on a (base, index) pair already checked unchecked" },
};

bool jit_techniques_parse(const char *list, uint64_t *mask, const char **bad)
{
    static char bad_name[64];
    const char *p = list;

    *mask = 0;
    while (*p) {
        size_t n = strcspn(p, ",");
        bool found = false;
        if (n == 0) {
            p++;
            continue;
        }
        if (n == 3 && !strncmp(p, "all", 3)) {
            *mask = JIT_TECH_COUNT == 64 ? ~0ull : (1ull << JIT_TECH_COUNT) - 1;
            found = true;
        } else if (n == 4 && !strncmp(p, "none", 4)) {
            found = true;
        }
        for (int t = 0; t < JIT_TECH_COUNT && !found; t++)
            if (strlen(jit_techniques[t].name) == n && !strncmp(p, jit_techniques[t].name, n)) {
                *mask |= 1ull << t;
                found = true;
            }
        if (!found) {
            snprintf(bad_name, sizeof bad_name, "%.*s", (int)(n < 60 ? n : 60), p);
            *bad = bad_name;
            return false;
        }
        p += n;
    }
    return true;
}

const char *jit_techniques_help(void)
{
    static char buf[4096];
    size_t off = 0;

    for (int t = 0; t < JIT_TECH_COUNT && off < sizeof buf; t++)
        off += (size_t)snprintf(buf + off, sizeof buf - off, "                         %-10s %s\n",
                                jit_techniques[t].name, jit_techniques[t].help);
    return buf;
}
