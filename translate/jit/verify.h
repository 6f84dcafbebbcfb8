/*
 * --verify: translated code checked against the interpreter, superblock
 * by superblock (lockstep).
 *
 * Each time a translation is entered (its first N executions: --verify=N,
 * default JIT_VERIFY_DEFAULT_RUNS), the interpreter first runs the same
 * guest code on a copy of the Cpu, one instruction at a time, until it
 * reaches the point where the translation must leave: control goes to a
 * pc that is not the start of one of the superblock's blocks (or leaves a
 * block other than by falling through it), an indirect jump has run, or
 * the next instruction needs the run loop (a syscall).  Its memory
 * accesses go to a private overlay (core/mem.h: guest_mem_overlay): its
 * stores are kept there, byte-exact, and its loads see them, so a
 * superblock that reads what it wrote is interpreted right, and real
 * memory is never written (no undo, nothing another guest thread could
 * see).  A store still probes its target for writability, so it faults
 * where the real store would.  Then the translation runs on the real Cpu
 * and memory, and the two end states are compared: pc, instret, every
 * register of the ISA's table (JitVerifyIsa.regs) and the bytes at every
 * address the interpreter stored to.
 *
 * No comparison (counted as skipped in -d stats) when: the interpreter
 * faulted; it ran JIT_VERIFY_MAX_STEPS instructions without reaching the
 * end (a long loop inside the superblock); the step function said the
 * instruction's result cannot be compared (cycle counters, atomics); or
 * the translation left early because a signal is pending (cpu->jit_exit);
 * guest code changed since the translation was made (it runs stale until
 * the next safe point); or the states differ while other guest threads
 * run, whose stores between the two runs (lock words, flags, counters,
 * code) make differences of their own: with threads, differences are
 * counted ("raced"), not reported, so --verify checks the single-threaded
 * parts of a program.
 *
 * A difference stops xlat with exit status JIT_VERIFY_EXIT_STATUS and a
 * report on stderr, one line per differing location, e.g.
 *
 *   xlat: verify: superblock 0x10a3c: after 0x10a50 (addw a5,a5,a4): a5 xlat=0x3 interpreter=0x2
 *
 * where "after" names the guilty instruction: the report translates the
 * superblock again cut after its first 1, 2, 3... instructions
 * (JitVerifyIsa.translate_prefix) and runs each cut translation and the
 * interpreter from the saved state, until one differs; the values shown
 * are that run's.  Without translate_prefix, or when no cut translation
 * differs, the differences of the whole run are shown, each with the last
 * instruction that changed it in the interpreter's run.  A translation
 * that raises a guest signal where the interpreter ran through is
 * reported too (unless other guest threads run: one of them may have
 * unmapped the page in between).
 *
 * While a translation is still being verified it is not chained to and
 * its exits are not chained, and the jump cache holds only translations
 * whose verification is over (it is emptied before each verified run), so
 * each verified run executes that one translation only.
 *
 * How a guest front end takes part (riscv64: translate/riscv64/verify.c,
 * rv_verify_step in interp.c, and four places in translate.c; aarch64:
 * translate/aarch64/verify.c and the same places in its translate.c):
 *
 *   0. At start-up (its jit_configure): jit_verify_configure(vm->opt.verify).
 *      Reports disassemble with the GuestIsa's disas.
 *   1. Define a JitVerifyIsa: a step function that runs the one
 *      instruction at cpu->pc with the interpreter's semantics (pc and
 *      instret updated; JIT_VERIFY_STOP without running it when the
 *      translation leaves before such an instruction), the table of
 *      registers to compare (besides pc and instret) and, for precise
 *      reports, translate_prefix.
 *   2. The interpreter's memory accesses all go through core/mem.h:
 *      guest_load*, guest_store*, or guest_read/guest_write for other
 *      sizes; never a raw guest_ptr() store (atomics: return
 *      JIT_VERIFY_SKIP from the step function while guest_mem_overlay).
 *   3. After jit_finish: jit_verify_note(t, blocks, n) with the
 *      superblock's blocks (start and end pc of each straight-line run the
 *      translation may execute, entry block first; see JitVerifyBlock).
 *   4. Where the run loop enters a translation:
 *          x = jit_verify_on ? jit_verify_enter(cpu, t, &isa, enter) : enter(cpu, t);
 *      where enter(cpu, t) is what it does otherwise (jit_enter plus the
 *      ISA's own work around it), and before jit_link(x, next) ask
 *      jit_verify_may_link(t, next), before jit_jump_cache_fill(next) ask
 *      jit_verify_may_fill(next).
 * The translation must leave pc, instret and every register of the table
 * exact in the Cpu at each exit (as it must anyway for signals).  For
 * aarch64: the table holds X0..X30, SP, NZCV, FPCR, FPSR, TPIDR_EL0 and
 * V0..V31 (16 bytes each); its 128-bit, pair and DC ZVA accesses already
 * use guest_read/guest_write; its exclusives and atomics (aligned_ptr in
 * ldst.c) return JIT_VERIFY_SKIP, as do reads of CNTVCT_EL0.
 */
#ifndef XLAT_TRANSLATE_JIT_VERIFY_H
#define XLAT_TRANSLATE_JIT_VERIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/cpu.h"
#include "translate/jit/cache.h"

#define JIT_VERIFY_DEFAULT_RUNS 20
#define JIT_VERIFY_MAX_STEPS (1u << 20)
#define JIT_VERIFY_EXIT_STATUS 70

typedef enum JitVerifyStep {
    JIT_VERIFY_NEXT,        /* ran; go on */
    JIT_VERIFY_INDIRECT,    /* ran an indirect jump: the translation leaves after it */
    JIT_VERIFY_STOP,        /* not run: the translation leaves before it */
    JIT_VERIFY_SKIP,        /* not run: its result cannot be compared */
} JitVerifyStep;

/* A register (or other state) compared after each verified run. */
typedef struct JitVerifyReg {
    const char *name;
    uint16_t offset;        /* in Cpu */
    uint16_t size;          /* bytes, at most 16 */
} JitVerifyReg;

typedef struct JitVerifyIsa {
    JitVerifyStep (*step)(Cpu *cpu);
    const JitVerifyReg *regs;
    size_t nregs;
    /* Optional, for the report: the superblock at pc translated with only
     * its first insns instructions (in the order the front end lays them
     * out), blocks noted; NULL when it has fewer.  *last_pc: the pc of the
     * last one.  The report runs these cut translations for insns = 1, 2,
     * ... and names the last instruction of the first that differs. */
    JitTrans *(*translate_prefix)(Cpu *cpu, uint64_t pc, uint32_t insns, uint64_t *last_pc);
    /* Optional: register reg of regs is dead at cpu->pc (the code there
     * sets it before anything can see it), so a translation may leave it
     * as it was: not compared. */
    bool (*reg_dead)(const Cpu *cpu, size_t reg);
    /* An indirect jump to the start of the superblock's next block stays
     * in the translation (it predicted that target); else every indirect
     * jump leaves. */
    bool indirect_to_next_stays;
} JitVerifyIsa;

/* A straight-line run of the superblock.  After its last instruction,
 * control stays in the translation where it reaches the start of one of
 * the superblock's blocks, except that reaching end with leaves_at_end
 * set leaves (a last block that stops without a jump, e.g. at a page
 * boundary, exits even when the next pc starts one of its blocks). */
typedef struct JitVerifyBlock {
    uint64_t start, end;    /* [start, end): guest pcs */
    bool leaves_at_end;
} JitVerifyBlock;

/* --verify is on (set once at start-up). */
extern bool jit_verify_on;
/* Executions of each translation that are verified. */
extern uint32_t jit_verify_runs;

/* Turn --verify on, verifying each translation's first runs executions. */
void jit_verify_configure(uint32_t runs);
/* Remember the blocks of translation t (copied). */
void jit_verify_note(JitTrans *t, const JitVerifyBlock *blocks, uint32_t n);
/* Run translation t on cpu through enter, verified if it still is due. */
JitExit *jit_verify_enter(Cpu *cpu, JitTrans *t, const JitVerifyIsa *isa,
                          JitExit *(*enter)(Cpu *cpu, JitTrans *t));
/* May exit x of from be chained to to / to go into the jump cache? */
bool jit_verify_may_link(const JitTrans *from, const JitTrans *to);
bool jit_verify_may_fill(const JitTrans *to);
/* guest_raise_signal's hook: a guest signal raised during a verified run
 * (the interpreter's faults end its run here; may not return). */
void jit_verify_signal(int sig, uint64_t fault_addr);
/* The calling thread ends (jit_thread_exit): free what it kept. */
void jit_verify_thread_exit(void);
/* -d stats lines. */
void jit_verify_print_stats(void);

#endif
