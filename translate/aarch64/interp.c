/*
 * The aarch64 interpreter over predecoded blocks, and its block cache.
 *
 * A block is decoded once into an array of A64Insn (a64.h), up to and
 * including the first instruction that ends a block (a branch, SVC, ISB,
 * IC IVAU, an undefined word), at most A64_BLOCK_MAX instructions, and never
 * across a 4 KiB page (so a fetch from the next, maybe unmapped, page never
 * happens before execution really gets there).  A block that stops early
 * gets a fall-through pseudo-instruction that sets the PC.  Running a block
 * is then a loop of indirect calls: no decode, no per-instruction PC update.
 *
 * Cache: a hash table from guest PC to block (per thread for now, so no
 * locking; the shared cache of translate/ will replace it), plus a two-entry
 * successor cache in each block, which is what makes a hot loop skip the
 * hash lookup.  Flushing frees every block; the successor pointers go with
 * them.  IC IVAU asks for a flush through a64_flush_pending rather than
 * flushing under the running block's feet.
 *
 * Hot code: a block entered a64_jit_threshold times is handed to the
 * translator (translate.c), which strings it together with the hot blocks
 * after it into a superblock of x86-64 code and runs that instead; the
 * entry counts are also how it picks the hot successors.
 *
 * Example: "loop: ldr x1, [x0], #8; subs x2, x2, #1; b.ne loop" becomes one
 * block of three handlers; b.ne sets cpu->pc to loop or loop+12, and the
 * next iteration finds the block in the successor cache of the block itself.
 */
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "core/mem.h"
#include "core/vm.h"
#include "core/isa.h"
#include "signals/signals.h"
#include "translate/aarch64/a64.h"
#include "translate/aarch64/block.h"
#include "translate/block_map.h"
#include "translate/jit/cache.h"
#include "translate/jit/smc.h"
#include "translate/code_epoch.h"

#define A64_BLOCK_MAX 64

/* Guest pc -> block: chained, and grown (doubled) when it holds more
 * blocks than buckets, from a size that a short process fills: the pages
 * of a large table that a few hundred blocks scatter over are page faults
 * of their own. */
#define A64_HASH_MIN_BITS 10
static __thread A64Block **block_hash;
static __thread unsigned hash_bits;
static __thread size_t nblocks;
static __thread A64Block *all_blocks;
/* The blocks a forked child builds while quiet (block_map_quiet): chained
 * here rather than into block_hash, whose pages it shares with its parent. */
#define QUIET_BITS 8
static __thread A64Block *quiet_hash[1u << QUIET_BITS];

static inline unsigned hash_pc(uint64_t pc)
{
    return (unsigned)((pc >> 2) ^ (pc >> (2 + hash_bits))) & ((1u << hash_bits) - 1);
}

/* Make the table 2^bits buckets and put every block in it. */
static void hash_resize(unsigned bits)
{
    A64Block **table = calloc((size_t)1 << bits, sizeof *table);

    if (!table)
        abort();
    free(block_hash);
    block_hash = table;
    hash_bits = bits;
    for (A64Block *b = all_blocks; b; b = b->all_next) {
        unsigned h = hash_pc(b->pc);
        b->hash_next = block_hash[h];
        block_hash[h] = b;
    }
}

void a64_flush_blocks(void)
{
    A64Block *b = all_blocks;
    while (b) {
        A64Block *next = b->all_next;
        free(b);
        b = next;
    }
    all_blocks = NULL;
    nblocks = 0;
    if (block_hash)
        memset(block_hash, 0, sizeof(*block_hash) << hash_bits);
    memset(quiet_hash, 0, sizeof quiet_hash);
    a64_flush_pending = false;
}

/* Every thread keeps its own blocks, re-validated against the code epoch
 * (translate/code_epoch.h).  Blocks cache pointers to each other, so
 * dropping one range drops all. */
static __thread uint64_t seen_epoch;

void a64_invalidate_range(uint64_t start, uint64_t len)
{
    code_epoch_invalidate(start, len);
}

static void log_block(Cpu *cpu, const A64Block *b)
{
    char line[160];
    xlat_log("IN:\n");
    for (uint32_t k = 0; k < b->guest_insns; k++) {
        uint64_t pc = b->pc + 4 * k;
        if (guest_isa_aarch64.disas(cpu, pc, line, sizeof line))
            xlat_log("0x%016llx:  %s\n", (unsigned long long)pc, line);
    }
    xlat_log("\n");
}

static A64Block *build_block(Cpu *cpu, uint64_t pc)
{
    A64Insn insns[A64_BLOCK_MAX + 1];
    uint32_t n = 0;
    bool ended = false;
    uint64_t at = pc;
    do {
        cpu->pc = at;           /* a fetch fault belongs to this address */
        uint32_t word = guest_load32(cpu, at);
        const A64Pattern *p = a64_decode(word, at, &insns[n]);
        if (!p) {
            memset(&insns[n], 0, sizeof insns[n]);
            insns[n].pc = at;
            insns[n].fn = a64_h_undefined;
            if (log_enabled(LOG_UNIMP))
                xlat_log("aarch64: undefined instruction 0x%08x at 0x%llx\n", word,
                         (unsigned long long)at);
            ended = true;
        } else {
            ended = p->ends_block & A64_ENDS;
        }
        n++;
        at += 4;
    } while (!ended && n < A64_BLOCK_MAX && (at & 0xfff));
    uint32_t count = n;
    if (!ended) {
        memset(&insns[count], 0, sizeof insns[count]);
        insns[count].pc = at;
        insns[count].fn = a64_h_fallthrough;
        count++;
    }
    A64Block *b = malloc(sizeof *b + count * sizeof(A64Insn));
    if (!b)
        abort();
    memset(b, 0, sizeof *b);
    /* Translated already, by another thread: hot from the start. */
    if (a64_jit_threshold && !block_map_quiet && jit_has_translation(pc))
        b->entries = a64_jit_threshold;
    b->pc = pc;
    b->guest_insns = n;
    b->count = count;
    memcpy(b->insns, insns, count * sizeof(A64Insn));
    b->all_next = all_blocks;
    all_blocks = b;
    if (block_map_quiet) {
        unsigned h = (unsigned)(pc >> 2) & ((1u << QUIET_BITS) - 1);
        b->hash_next = quiet_hash[h];
        quiet_hash[h] = b;
    } else if (++nblocks > block_map_load_limit((uint64_t)1 << hash_bits, true)) {
        hash_resize(hash_bits + 1);     /* puts b in too */
    } else {
        unsigned h = hash_pc(pc);
        b->hash_next = block_hash[h];
        block_hash[h] = b;
    }
    code_epoch_note_range(pc, pc + 4 * (uint64_t)n + 4);
    if (a64_jit_threshold)      /* translated code must see writes to its guest code */
        smc_protect(cpu->vm, pc, pc + 4 * (uint64_t)n);
    cpu->pc = pc;
    if (log_enabled(LOG_IN_ASM))
        log_block(cpu, b);
    return b;
}

static inline A64Block *lookup_block(uint64_t pc)
{
    for (A64Block *b = block_hash[hash_pc(pc)]; b; b = b->hash_next)
        if (b->pc == pc)
            return b;
    return NULL;
}

const A64Block *a64_block_lookup(uint64_t pc)
{
    return lookup_block(pc);
}

static A64Block *lookup_quiet(uint64_t pc)
{
    for (A64Block *b = quiet_hash[(pc >> 2) & ((1u << QUIET_BITS) - 1)]; b; b = b->hash_next)
        if (b->pc == pc)
            return b;
    return NULL;
}

/* The end of a forked child's quiet blocks: its own blocks join the table. */
static void end_quiet(void)
{
    block_map_quiet = 0;
    for (unsigned i = 0; i < (1u << QUIET_BITS); i++) {
        A64Block *b = quiet_hash[i];
        while (b) {
            A64Block *next = b->hash_next;
            unsigned h = hash_pc(b->pc);
            b->hash_next = block_hash[h];
            block_hash[h] = b;
            nblocks++;
            b = next;
        }
        quiet_hash[i] = NULL;
    }
    if (nblocks > block_map_load_limit((uint64_t)1 << hash_bits, true))
        hash_resize(hash_bits + 1);
}

void a64_thread_exit(Cpu *cpu)
{
    a64_flush_blocks();
    free(block_hash);
    block_hash = NULL;
    a64_jit_thread_exit();
}

void a64_run(Cpu *cpu)
{
    if (!block_hash)
        hash_resize(A64_HASH_MIN_BITS);
    /* Entered again after a siglongjmp (signals/): whatever translated
     * code the thread was in, it is out of it now. */
    jit_run_end();
    A64Block *prev = NULL;
    a64_jit_configure(cpu->vm);
    while (!cpu->exit_requested) {
        if (__builtin_expect(cpu->signal_pending, 0)) {
            signals_deliver(cpu);
            prev = NULL;
        }
        if (__builtin_expect(seen_epoch != code_epoch_now(), 0)) {
            seen_epoch = code_epoch_now();
            a64_flush_pending = true;
            jit_code_changed(seen_epoch);
        }
        if (__builtin_expect(a64_flush_pending, 0)) {
            a64_flush_blocks();
            prev = NULL;
        }
        uint64_t pc = cpu->pc;
        A64Block *b;
        bool quiet = false;
        if (__builtin_expect(block_map_quiet != 0, 0)) {
            /* A forked child, quiet (block_map.h): no successor links, no
             * counts, no translations, its blocks kept to itself. */
            prev = NULL;
            quiet = --block_map_quiet != 0;
            if (!quiet)
                end_quiet();
        }
        if (prev && prev->succ[0] && prev->succ[0]->pc == pc) {
            b = prev->succ[0];
        } else if (prev && prev->succ[1] && prev->succ[1]->pc == pc) {
            b = prev->succ[1];
        } else {
            b = lookup_block(pc);
            if (!b && quiet)
                b = lookup_quiet(pc);
            if (!b)
                b = build_block(cpu, pc);
            if (prev)
                prev->succ[prev->succ_next++ & 1] = b;
        }
        /* Hot: run (or first make) its translation instead.  The count
         * stops at the threshold: a block is not written again once it
         * has a translation (after a fork, every page written is a page
         * fault, and a copy while the child lives). */
        if (a64_jit_threshold && !quiet &&
            (b->entries >= a64_jit_threshold || ++b->entries >= a64_jit_threshold) &&
            a64_jit_run(cpu, pc, seen_epoch)) {
            prev = NULL;
            continue;
        }
        if (__builtin_expect(log_enabled(LOG_EXEC), 0))
            xlat_log("Trace: 0x%016llx\n", (unsigned long long)pc);
        cpu->instret += b->guest_insns;
        cpu->vm->exec_count++;
        const A64Insn *in = b->insns, *end = in + b->count;
        for (; in < end; in++)
            in->fn(cpu, in);
        prev = b;
    }
}
