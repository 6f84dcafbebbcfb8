/*
 * The code cache: translated superblocks, their side tables, chaining and
 * the jump cache.  Guest-independent; the front ends (translate/<isa>/
 * translate.c) fill it.
 *
 * One RWX mapping (--code-cache-size, default 64 MiB) filled by a bump
 * pointer.  Each translation is laid out as
 *
 *     [host code: body, then cold stubs] [JitTrans] [JitSite...] [JitExit...]
 *
 * and when the next one does not fit, everything is flushed at once and
 * translation starts again (see Invalidation below for changed guest code).
 * Translations are thus in address order, which lets the host fault
 * handler find the one containing a faulting host PC by binary search.
 *
 * Calling convention of translated code.  jit_enter (a trampoline
 * generated at the start of the cache) saves the callee-saved host
 * registers, points r15 at the Cpu + JIT_CPU_BIAS, loads the fixed guest
 * registers (below) and jumps to the code.  Translated code leaves by
 * jumping to the exit trampoline with rax = the JitExit taken (NULL for
 * exits that cannot be chained) and cpu->pc set; every other guest
 * register it held in a host register is written back before, and the
 * exit trampoline stores the fixed ones.
 *
 * Fixed registers: the front end may name guest registers that live in
 * the same host register in every translation (JitFixedReg).  They stay
 * there across chained exits and jump-cache jumps, so going from one
 * translation to the next moves only the registers each allocates for
 * itself.  Translated code stores them into the Cpu itself only before a
 * helper call or a guest signal.
 *
 * Chaining: a direct exit ends in `jmp rel32` (jit_emit_chain_jmp) to a
 * stub that stores the target PC and leaves.  When the run loop sees that
 * exit taken and a translation exists for its target, it patches the
 * rel32 to the target's entry; from then on the two run back to back.  A
 * flush drops all links with the code.
 *
 * Invalidation.  When the guest changes code (the code epoch moved,
 * translate/code_epoch.h) and the epoch's log says which guest ranges
 * changed, only the translations whose blocks overlap them are dropped:
 * they leave the guest-PC table, every link to them is unpatched back to
 * its stub, and every thread's jump cache is emptied before it runs
 * translated code again (threads inside translated code are asked to
 * leave at their next check).  Their code stays in place until the next
 * flush, so a thread still running it meanwhile runs what was there (as a
 * guest thread that has not yet synchronized its instruction stream
 * would).  A change of unknown extent (fence.i) flushes everything.
 *
 * Jump cache: a direct-mapped table guest PC -> host entry per thread
 * (cpu->jit_jump_cache), filled by the run loop and probed inline by
 * translated indirect jumps.
 *
 * Return prediction: a translated guest call pushes a 16-byte frame on the
 * host stack with a host `call`, whose return address is a return stub in
 * the caller's translation (compare the guest target with the return PC,
 * then a chainable jump to the return PC's translation).  A translated
 * guest return is a host `ret` when there is a frame, so the host's own
 * return predictor predicts it; a stub whose PC does not match (longjmp,
 * a coroutine switch) falls back to the jump cache.  Frames are only
 * pushed down to cpu->jit_stack_limit (JIT_RAS_DEPTH frames below
 * cpu->jit_stack_base, which jit_enter records); the exit trampoline
 * resets the host stack to jit_stack_base, dropping frames still there.
 *
 * Threads.  One cache serves every guest thread.
 *   - Lookups (jit_lookup) take no lock: the guest-PC table is open
 *     addressing, a slot's pc stored before its translation, which is
 *     published with a release store and read with an acquire load.
 *   - Translating takes the cache lock (jit_translate_lock, or implicitly
 *     jit_begin); a translation becomes visible to other threads when the
 *     lock is released, so its code may still be patched until then.
 *   - Chaining patches a 4-byte-aligned rel32 with one atomic store, so a
 *     thread running that jmp meanwhile takes the old or the new target.
 *   - Flushing (cache full, or guest code changed: the code epoch moved)
 *     must not free code a thread runs.  Each thread runs translated code
 *     only between jit_run_begin and jit_run_end ("active"); the flusher,
 *     holding the lock, sets a flush request, sets every thread's
 *     cpu->jit_exit (translated code leaves at its next superblock entry
 *     or loop edge) and waits until no other thread is active.  A thread
 *     becoming active while a request is up steps back and waits.  The
 *     request and the active flags are seq_cst, so the flusher sees the
 *     thread active or the thread sees the request.  Threads in a system
 *     call, in the interpreter or waiting for the lock are not active
 *     (translations end before every system call).
 *   - Each thread's jump cache is its own; a thread empties it when it
 *     becomes active and sees that a flush happened since it last was.
 *   - The fault handler reads the address-ordered table, appended under
 *     the lock and published with a release store of its length; a
 *     faulting thread is active, so no flush runs under it.
 *   - Statistics are per thread (jit_stats); -d stats prints the sums.
 *   - fork: the child has one thread and the lock free (pthread_atfork).
 */
#ifndef XLAT_TRANSLATE_JIT_CACHE_H
#define XLAT_TRANSLATE_JIT_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/cpu.h"
#include "translate/x86_64/emit.h"

/* r15 = (char *)cpu + JIT_CPU_BIAS, so pc and x0..x30 take a disp8. */
#define JIT_CPU_BIAS 128
#define JIT_CPU_OFF(field) ((int32_t)offsetof(Cpu, field) - JIT_CPU_BIAS)

/* A host instruction that may fault on a guest access, and the guest
 * instruction it belongs to. */
typedef struct JitSite {
    uint32_t host_off;          /* from JitTrans.code */
    uint32_t retired;           /* guest instructions retired before it in the superblock */
    uint64_t guest_pc;
    uint32_t sext_regs;         /* guest registers whose host register holds only their
                                   low 32 bits, to sign-extend (riscv64 W results) */
} JitSite;

typedef struct JitTrans {
    uint64_t guest_pc;
    uint8_t *code;              /* entry point */
    uint32_t code_len;
    uint32_t nsites;
    uint32_t guest_insns;       /* guest instructions in the superblock */
    int8_t guest_of_host[16];   /* guest register held in each host register, or -1 */
    JitSite *sites;             /* sorted by host_off */
    /* --verify (translate/jit/verify.c): runs verified so far, the
     * superblock's blocks (nblocks 0: not noted), and how many runs
     * differed without a report (other threads ran). */
    uint32_t verify_count;
    uint16_t verify_nblocks, verify_unconfirmed;
    const struct JitVerifyBlock *verify_blocks;
    uint64_t verify_epoch;      /* the code epoch it was made in */
    /* The guest code it depends on (its blocks, and code it looked at
     * beyond them), a guest code change overlapping none of which leaves it
     * valid; nsrc 0: unknown, any change drops it. */
    const struct JitSrc *src;
    uint32_t nsrc;
    struct JitExit *exits;      /* its chainable exits */
    uint32_t nexits;
    int dropped;                /* its guest code changed (the code stays until a flush) */
    uint32_t entry_check_len;   /* bytes of its entry's check for jit_exit (0: none), which
                                   a chained jump to a later guest PC skips (jit_link) */
} JitTrans;

/* Guest code a translation was made from: the pcs [start, end] (end is
 * the last instruction's pc or past it; 4 bytes more cover it). */
typedef struct JitSrc {
    uint64_t start, end;
} JitSrc;

/* Right after jit_finish (under the same lock): record the guest code t
 * depends on, so that only changes overlapping it drop t.  Without room
 * for them t stays "unknown" (dropped by every change). */
void jit_note_src(JitTrans *t, const JitSrc *src, unsigned n);

/* A direct exit that can be chained. */
typedef struct JitExit {
    uint8_t *rel32;             /* the jmp's displacement (4-byte aligned: jit_emit_chain_jmp) */
    uint64_t target_pc;
    int linked;                 /* atomic: threads may link the same exit at once */
    int32_t unlinked_rel;       /* the rel32 as generated (set by jit_finish) */
    uint64_t from_pc;           /* the guest PC of the translation it leaves */
    uint32_t linked_skip;       /* bytes of the target's entry the link skips */
} JitExit;

typedef struct JitJumpEntry {
    uint64_t guest_pc;
    const uint8_t *code;
} JitJumpEntry;

/* Translated code may check a base register alone against
 * cpu->jit_base_limit = guest_limit + JIT_BASE_SLACK and then access it at
 * any displacement within +-JIT_BASE_SLACK (riscv64's 12-bit immediates):
 * each such access lies in guest memory or in the guards around it
 * (translate/riscv64/translate.c, address_on_base). */
#define JIT_BASE_SLACK 2048

/* 16K entries (256 KiB a thread, committed as used): at 4K, aarch64
 * speedtest1 missed 263k of 49M lookups (38k at 16K), gobench 36k (4k). */
#define JIT_JUMP_CACHE_BITS 14
#define JIT_RAS_DEPTH 64
/* Each thread's jump cache is mapped by its first jit_run_begin, which
 * sets cpu->jit_jump_cache; translated code reaches it only through that
 * (the code is shared by all threads).  Empty it (verify.c): */
void jit_jump_cache_clear(void);
/* Whether pc has a translation made by any thread (a hint only: it may be
 * gone when the caller gets to run it).  False in a thread that has not
 * run translated code yet. */
bool jit_has_translation(uint64_t pc);
/* The jump-cache slot of a guest pc whose low pc_shift bits are zero
 * (riscv64 1, aarch64 2): the next BITS bits.  (Folding higher bits in
 * moved the collisions rather than removing them: aarch64 gobench went
 * from 4k misses to 74k.) */
static inline unsigned jit_jump_cache_slot(uint64_t pc, unsigned pc_shift)
{
    return (unsigned)(pc >> pc_shift) & ((1u << JIT_JUMP_CACHE_BITS) - 1);
}
/* rcx = the byte offset of rax's slot in the jump cache (16-byte entries),
 * as jit_jump_cache_slot computes it; clobbers the host flags. */
void jit_emit_jump_cache_offset(Emit *e, unsigned pc_shift);
/* The inline probe for the guest pc in rax: its slot (as above), and if
 * the slot's key is rax, a jump to its code; else on to the rel32 of the
 * jcc returned (the caller's miss).  An empty slot has key 0, and slot 0
 * (the only one guest pc 0 reaches) then holds a code address of its own
 * that leaves to the run loop with cpu->pc = rax, so pc 0 needs no test.
 * Clobbers rcx and the host flags. */
size_t jit_emit_jump_cache_probe(Emit *e, unsigned pc_shift);

typedef struct JitStats {
    uint64_t translations, flushes, code_bytes, guest_insns, chain_links;
    uint64_t enters, jump_fills, indirect_exits, dropped;
    uint64_t probes;            /* inline jump-cache lookups (-d stats only) */
    double translate_seconds;
} JitStats;
extern __thread JitStats jit_stats;

/* A guest register held in a host register by all translated code. */
typedef struct JitFixedReg {
    X86Reg host;
    int32_t cpu_off;            /* its place in the Cpu, from r15 (JIT_CPU_OFF) */
} JitFixedReg;
#define JIT_MAX_FIXED 10

/* Map the cache (size 0: the default) and generate the trampolines, which
 * load and store the nfixed fixed registers. */
void jit_cache_init(size_t size, const JitFixedReg *fixed, int nfixed);
bool jit_cache_ready(void);
/* Bracket the use of translations by a run loop (lookups, jit_enter,
 * links, jump-cache fills): from jit_run_begin to jit_run_end no flush
 * frees anything the thread holds.  epoch is the code epoch
 * (translate/code_epoch.h) the caller's decoded guest code is valid for;
 * false (and nothing begun) when the caller is behind the current epoch:
 * it should interpret until it has caught up.  If the cache holds
 * translations of an older epoch, they are flushed first. */
bool jit_run_begin(Cpu *cpu, uint64_t epoch);
/* End the bracket; also right after a siglongjmp out of translated code
 * (a no-op when the thread is not inside it). */
void jit_run_end(void);
/* The calling thread saw the code epoch move to epoch: drop every
 * translation of an older one now (the first thread to see it flushes,
 * taking the lock; the others find it done). */
void jit_code_changed(uint64_t epoch);
/* Take and release the cache lock around a lookup-and-translate, so two
 * threads do not translate the same pc twice.  Translations finished in
 * between are published (visible to other threads) at the unlock. */
void jit_translate_lock(void);
void jit_translate_unlock(void);
/* A chainable exit's `jmp rel32` to the next instruction, padded with
 * NOPs before it so the rel32 is 4-byte aligned (atomically patchable);
 * returns the rel32's offset, as x86_jmp. */
size_t jit_emit_chain_jmp(Emit *e);

/* Around a fork done without fork(3) (a raw clone runs no pthread_atfork
 * handlers): prepare takes the cache's locks, so no other thread holds
 * them at the fork; the child keeps only the calling thread on the list. */
void jit_fork_prepare(void);
void jit_fork_parent(void);
void jit_fork_child(void);

/* Run translated code at entry for cpu; returns the exit taken (or NULL). */
JitExit *jit_enter(Cpu *cpu, const uint8_t *entry);
/* The exit trampoline: translated code jumps here to leave. */
const uint8_t *jit_exit_trampoline(void);

/* The translation for guest pc (NULL if none; JIT_UNTRANSLATABLE when the
 * front end refused it). */
JitTrans *jit_lookup(uint64_t pc);
#define JIT_UNTRANSLATABLE ((JitTrans *)1)
/* Remember that pc cannot be translated. */
void jit_mark_untranslatable(uint64_t pc);

/* Begin a translation: e writes at the cache's free space.  Takes the
 * cache lock unless the thread holds it (then released at its next call
 * into the cache after jit_finish). */
void jit_begin(Emit *e);
/* The calling thread ends: leave the thread list (its statistics go into
 * the totals). */
void jit_thread_exit(void);
/* Finish a translation whose code is in e: copies the side tables in after
 * the code and publishes it.  Returns NULL if it did not fit (the cache
 * has been flushed: translate again). */
JitTrans *jit_finish(Emit *e, uint64_t guest_pc, uint32_t guest_insns,
                     const int8_t guest_of_host[16], const JitSite *sites, uint32_t nsites,
                     const JitExit *exits, uint32_t nexits, JitExit **exits_out);
/* Drop every translation, link and jump-cache entry (waits until no other
 * thread runs translated code). */
void jit_flush(void);
/* Point exit x at translation t (lock-free: one atomic store). */
void jit_link(JitExit *x, JitTrans *t);
/* Remember t in the jump cache. */
void jit_jump_cache_fill(JitTrans *t);
/* The same, for a guest whose instructions are all 1 << pc_shift bytes
 * aligned: its entries are indexed by pc >> pc_shift (the inline probe
 * must hash alike). */
void jit_jump_cache_fill_shifted(JitTrans *t, unsigned pc_shift);

/* The host fault handler's hook: if the host PC in uctx is at a guest
 * access in translated code, restore the guest state (pc, registers held
 * in host registers, instret) into cpu and return true.
 * async-signal-safe */
bool jit_fault_fixup(Cpu *cpu, void *uctx);

/* --perfmap: from now on, write a line "HOSTADDR SIZE ISA:GUESTPC" per
 * translation to /tmp/perf-PID.map (opened at the first; again after fork). */
void jit_perfmap_open(const char *isa);

/* -d stats lines: the sums over all threads. */
void jit_print_stats(void);

#endif
