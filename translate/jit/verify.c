/*
 * --verify: see verify.h for the design.
 *
 * The overlay: the interpreter's stores during a verified run, by 8-byte
 * guest word (data, the bytes stored, and orig, what memory held there
 * before the first store, for the re-run that names the guilty
 * instruction), found through an open-addressing index.
 */
#include "translate/jit/verify.h"

#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/isa.h"
#include "core/log.h"
#include "core/mem.h"
#include "signals/signals.h"
#include "syscall/syscall.h"
#include "translate/code_epoch.h"

bool jit_verify_on;
uint32_t jit_verify_runs = JIT_VERIFY_DEFAULT_RUNS;
__thread bool guest_mem_overlay;

typedef struct OverlayWord {
    uint64_t addr;          /* 8-aligned guest address */
    uint64_t data;          /* the bytes the interpreter stored (where mask) */
    uint64_t orig;          /* memory's bytes before its first store (where mask) */
    uint64_t last_pc;       /* the last instruction that stored into it */
    uint32_t last_step;     /* and its step number, plus one (0: none) */
    uint32_t slot;          /* its index slot */
    uint8_t mask;           /* bytes stored */
} OverlayWord;

typedef struct Overlay {
    OverlayWord *words;
    size_t n, cap;
    uint32_t *index;        /* word number + 1, 0: empty */
    size_t slots;           /* a power of two, at least twice n */
} Overlay;

typedef enum Outcome {
    OUT_COMPLETE,           /* reached the point where the translation leaves */
    OUT_FAULT,              /* raised a guest signal */
    OUT_BOUND,              /* ran JIT_VERIFY_MAX_STEPS instructions */
    OUT_SKIP,               /* an instruction that cannot be compared */
} Outcome;

typedef enum Phase { PHASE_IDLE, PHASE_INTERPRETING, PHASE_TRANSLATING } Phase;

/* Where the re-run (track) records the last writer of each register. */
typedef struct Writer {
    uint64_t pc;
    uint32_t step;          /* plus one; 0: not written */
} Writer;

typedef struct VerifyState {
    Phase phase;
    Outcome outcome;
    sigjmp_buf fault;
    Cpu *cpu;               /* the real one */
    const JitTrans *t;
    const JitVerifyBlock *blocks;   /* t's */
    uint32_t nblocks;
    const JitVerifyIsa *isa;
    JitExit *(*enter)(Cpu *cpu, JitTrans *t);
    Cpu pre;                /* before the run */
    Cpu icpu;               /* the interpreter's */
    uint64_t cur_pc;        /* the instruction being interpreted */
    uint32_t steps;
    uint64_t last_pc;       /* the last instruction interpreted */
    Writer *writers;        /* per register of isa->regs, when tracking */
} VerifyState;

static __thread Overlay overlay;
static __thread VerifyState *vs;
/* All translations' blocks, in chunks that are never moved or freed:
 * translations are shared by the threads, and a verified run may use
 * them while another thread translates (only --verify pays for this). */
#define POOL_CHUNK 65536
typedef struct PoolChunk {
    struct PoolChunk *next;
    size_t used;
    JitVerifyBlock b[POOL_CHUNK];
} PoolChunk;
static PoolChunk *pool;
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static __thread bool jump_cache_dirty;

static struct {
    uint64_t compared, translations, fault, bound, skip, signal, raced;
} stats;

#define COUNT(field) __atomic_add_fetch(&stats.field, 1, __ATOMIC_RELAXED)

void jit_verify_configure(uint32_t runs)
{
    jit_verify_on = runs > 0;
    jit_verify_runs = runs;
}

/* ---- The overlay ---- */

static size_t slot_of(uint64_t addr, size_t slots)
{
    return (size_t)(((addr >> 3) * 0x9e3779b97f4a7c15ULL) >> 32) & (slots - 1);
}

static void overlay_reset(Overlay *o)
{
    for (size_t i = 0; i < o->n; i++)
        o->index[o->words[i].slot] = 0;
    o->n = 0;
}

static void overlay_grow(Overlay *o)
{
    size_t slots = o->slots ? o->slots * 2 : 1024;
    free(o->index);
    o->index = calloc(slots, sizeof *o->index);
    o->slots = slots;
    for (size_t i = 0; i < o->n; i++) {
        size_t s = slot_of(o->words[i].addr, slots);
        while (o->index[s])
            s = (s + 1) & (slots - 1);
        o->index[s] = (uint32_t)i + 1;
        o->words[i].slot = (uint32_t)s;
    }
}

/* The word at addr (8-aligned); created empty when create. */
static OverlayWord *overlay_word(Overlay *o, uint64_t addr, bool create)
{
    if (!o->slots) {
        if (!create)
            return NULL;
        overlay_grow(o);
    }
    size_t s = slot_of(addr, o->slots);
    for (; o->index[s]; s = (s + 1) & (o->slots - 1))
        if (o->words[o->index[s] - 1].addr == addr)
            return &o->words[o->index[s] - 1];
    if (!create)
        return NULL;
    if (2 * (o->n + 1) > o->slots) {
        overlay_grow(o);
        return overlay_word(o, addr, true);
    }
    if (o->n == o->cap) {
        o->cap = o->cap ? 2 * o->cap : 256;
        o->words = realloc(o->words, o->cap * sizeof *o->words);
    }
    OverlayWord *w = &o->words[o->n];
    memset(w, 0, sizeof *w);
    w->addr = addr;
    w->slot = (uint32_t)s;
    o->index[s] = (uint32_t)++o->n;
    return w;
}

void guest_overlay_read(Cpu *cpu, uint64_t addr, void *dst, size_t len)
{
    uint8_t *out = dst;

    memcpy(dst, guest_ptr(cpu, addr, len), len);
    if (!overlay.n || !len)
        return;
    for (uint64_t a = addr & ~7ULL; a < addr + len; a += 8) {
        const OverlayWord *w = overlay_word(&overlay, a, false);
        if (!w)
            continue;
        for (unsigned b = 0; b < 8; b++)
            if ((w->mask >> b & 1) && a + b >= addr && a + b < addr + len)
                out[a + b - addr] = (uint8_t)(w->data >> (8 * b));
    }
}

/* Fault where a store to host byte p would: a locked or of zero writes
 * nothing new, atomically, even while another thread stores there. */
static void probe_writable(uint8_t *p)
{
    __asm__ volatile("lock orb $0, %0" : "+m"(*p) : : "memory");
}

void guest_overlay_write(Cpu *cpu, uint64_t addr, const void *src, size_t len)
{
    const uint8_t *in = src;
    uint8_t *p = guest_ptr(cpu, addr, len);

    if (!len)
        return;
    probe_writable(p);
    probe_writable(p + len - 1);
    for (size_t i = 0; i < len; i++) {
        uint64_t a = addr + i;
        OverlayWord *w = overlay_word(&overlay, a & ~7ULL, true);
        unsigned b = a & 7;
        if (!(w->mask >> b & 1)) {
            w->orig = (w->orig & ~(0xffULL << (8 * b))) | (uint64_t)p[i] << (8 * b);
            w->mask |= (uint8_t)(1u << b);
        }
        w->data = (w->data & ~(0xffULL << (8 * b))) | (uint64_t)in[i] << (8 * b);
        if (vs) {
            w->last_pc = vs->cur_pc;
            w->last_step = vs->steps + 1;
        }
    }
}

/* The bytes of w (where mask) as memory holds them now. */
static uint64_t memory_word(const Vm *vm, const OverlayWord *w)
{
    uint64_t v = 0;
    const uint8_t *p = g2h(vm, w->addr);

    for (unsigned b = 0; b < 8; b++)
        if (w->mask >> b & 1)
            v |= (uint64_t)p[b] << (8 * b);
    return v;
}

static uint64_t mask_bits(uint8_t mask)
{
    uint64_t m = 0;
    for (unsigned b = 0; b < 8; b++)
        if (mask >> b & 1)
            m |= 0xffULL << (8 * b);
    return m;
}

/* ---- Blocks ---- */

void jit_verify_note(JitTrans *t, const JitVerifyBlock *blocks, uint32_t n)
{
    pthread_mutex_lock(&pool_lock);
    if (!pool || pool->used + n > POOL_CHUNK) {
        PoolChunk *c = malloc(sizeof *c);
        c->next = pool;
        c->used = 0;
        pool = c;
    }
    JitVerifyBlock *b = pool->b + pool->used;
    pool->used += n;
    pthread_mutex_unlock(&pool_lock);
    memcpy(b, blocks, n * sizeof *blocks);
    t->verify_blocks = b;
    t->verify_epoch = code_epoch_now();
    t->verify_nblocks = (uint16_t)n;
}

void jit_verify_thread_exit(void)
{
    free(overlay.words);
    free(overlay.index);
    memset(&overlay, 0, sizeof overlay);
    if (vs) {
        free(vs->writers);
        free(vs);
        vs = NULL;
    }
}

static bool done(const JitTrans *t)
{
    return t->verify_count >= jit_verify_runs || !t->verify_nblocks;
}

bool jit_verify_may_link(const JitTrans *from, const JitTrans *to)
{
    return !jit_verify_on || (done(from) && done(to));
}

bool jit_verify_may_fill(const JitTrans *to)
{
    if (!jit_verify_on)
        return true;
    if (!done(to))
        return false;
    jump_cache_dirty = true;
    return true;
}

/* ---- The interpreter's run ---- */

static int block_starting(const VerifyState *v, uint64_t pc)
{
    for (uint32_t i = 0; i < v->nblocks; i++)
        if (v->blocks[i].start == pc)
            return (int)i;
    return -1;
}

/* Run translation t next. */
static void set_translation(VerifyState *v, const JitTrans *t)
{
    v->t = t;
    v->blocks = t->verify_blocks;
    v->nblocks = t->verify_nblocks;
}

/* Step the interpreter through t's code on v->icpu; when track, record
 * the last writer of every register. */
static Outcome steps(VerifyState *v, bool track)
{
    const JitVerifyIsa *isa = v->isa;
    Cpu *c = &v->icpu;
    int blk = 0;
    Cpu before;

    for (;;) {
        if (v->steps >= JIT_VERIFY_MAX_STEPS)
            return OUT_BOUND;
        uint64_t pc = c->pc;
        v->cur_pc = pc;
        if (track)
            before = *c;
        JitVerifyStep r = isa->step(c);
        if (r == JIT_VERIFY_STOP)
            return OUT_COMPLETE;
        if (r == JIT_VERIFY_SKIP)
            return OUT_SKIP;
        v->steps++;
        v->last_pc = pc;
        if (track) {
            for (size_t i = 0; i < isa->nregs; i++) {
                const JitVerifyReg *g = &isa->regs[i];
                if (memcmp((char *)&before + g->offset, (char *)c + g->offset, g->size))
                    v->writers[i] = (Writer){ pc, v->steps };
            }
        }
        if (r == JIT_VERIFY_INDIRECT) {
            if (isa->indirect_to_next_stays && (uint32_t)blk + 1 < v->nblocks &&
                c->pc == v->blocks[blk + 1].start) {
                blk++;
                continue;
            }
            return OUT_COMPLETE;
        }
        const JitVerifyBlock *b = &v->blocks[blk];
        if (c->pc > pc && c->pc < b->end)
            continue;
        if (c->pc == b->end && b->leaves_at_end)
            return OUT_COMPLETE;
        blk = block_starting(v, c->pc);
        if (blk < 0)
            return OUT_COMPLETE;
    }
}

/* Run the interpreter from v->pre on v->icpu with a fresh overlay (seeded
 * with seed[0..nseed): words whose bytes memory held before). */
static Outcome interpret(VerifyState *v, bool track, const OverlayWord *seed, size_t nseed)
{
    overlay_reset(&overlay);
    for (size_t i = 0; i < nseed; i++) {
        OverlayWord *w = overlay_word(&overlay, seed[i].addr, true);
        w->data = w->orig = seed[i].orig;
        w->mask = seed[i].mask;
    }
    v->icpu = v->pre;
    v->steps = 0;
    v->last_pc = v->pre.pc;
    v->phase = PHASE_INTERPRETING;
    guest_mem_overlay = true;
    if (sigsetjmp(v->fault, 0)) {
        /* From guest_raise_signal, perhaps in a host fault handler, which
         * runs with every signal blocked: the guest's mask again. */
        guest_mem_overlay = false;
        v->phase = PHASE_IDLE;
        if (v->cpu->sig)
            guest_set_mask(v->cpu, v->cpu->sig->mask);
        return OUT_FAULT;
    }
    Outcome o = steps(v, track);
    guest_mem_overlay = false;
    v->phase = PHASE_IDLE;
    return o;
}

static bool same(const VerifyState *v)
{
    const Cpu *a = v->cpu, *b = &v->icpu;

    if (a->pc != b->pc || a->instret != b->instret)
        return false;
    for (size_t i = 0; i < v->isa->nregs; i++) {
        const JitVerifyReg *g = &v->isa->regs[i];
        if (memcmp((const char *)a + g->offset, (const char *)b + g->offset, g->size) &&
            !(v->isa->reg_dead && v->isa->reg_dead(a, i)))
            return false;
    }
    for (size_t i = 0; i < overlay.n; i++) {
        const OverlayWord *w = &overlay.words[i];
        if (memory_word(a->vm, w) != (w->data & mask_bits(w->mask)))
            return false;
    }
    return true;
}

/* ---- The report ---- */

typedef struct Diff {
    int reg;                /* in isa->regs, or -1: memory at addr */
    uint64_t addr;
    char what[48];
    char xlat[40], interp[40];
    Writer writer;
} Diff;

static void hex(char *buf, size_t size, const void *p, unsigned len)
{
    uint64_t lo = 0, hi = 0;

    memcpy(&lo, p, len < 8 ? len : 8);
    if (len > 8) {
        memcpy(&hi, (const char *)p + 8, len - 8);
        snprintf(buf, size, "0x%016llx%016llx", (unsigned long long)hi, (unsigned long long)lo);
    } else {
        snprintf(buf, size, "%#llx", (unsigned long long)lo);
    }
}

static void disas(Cpu *cpu, uint64_t pc, char *buf, size_t size)
{
    if (!cpu->vm->isa->disas || !cpu->vm->isa->disas(cpu, pc, buf, size))
        snprintf(buf, size, "?");
}

static int by_step(const void *a, const void *b)
{
    const Diff *x = a, *y = b;
    uint32_t sx = x->writer.step ? x->writer.step : UINT32_MAX;
    uint32_t sy = y->writer.step ? y->writer.step : UINT32_MAX;
    return (sx > sy) - (sx < sy);
}

static __attribute__((noreturn)) void fail(void)
{
    fflush(stderr);
    if (log_file)
        fflush(log_file);
    _exit(JIT_VERIFY_EXIT_STATUS);
}

/* The differences between the translation's end state (v->cpu, memory)
 * and the interpreter's (v->icpu, the overlay) into d; returns how many. */
static size_t differences(const VerifyState *v, Diff *d)
{
    const JitVerifyIsa *isa = v->isa;
    const Cpu *cpu = v->cpu, *ic = &v->icpu;
    size_t nd = 0;

    for (size_t i = 0; i < isa->nregs; i++) {
        const JitVerifyReg *g = &isa->regs[i];
        const char *x = (const char *)cpu + g->offset, *y = (const char *)ic + g->offset;
        if (!memcmp(x, y, g->size) || (isa->reg_dead && cpu->pc == ic->pc && isa->reg_dead(cpu, i)))
            continue;
        d[nd].reg = (int)i;
        snprintf(d[nd].what, sizeof d[nd].what, "%s", g->name);
        hex(d[nd].xlat, sizeof d[nd].xlat, x, g->size);
        hex(d[nd].interp, sizeof d[nd].interp, y, g->size);
        nd++;
    }
    for (size_t i = 0; i < overlay.n; i++) {
        const OverlayWord *w = &overlay.words[i];
        uint64_t mem = memory_word(cpu->vm, w), want = w->data & mask_bits(w->mask);
        if (mem == want)
            continue;
        d[nd].reg = -1;
        d[nd].addr = w->addr;
        snprintf(d[nd].what, sizeof d[nd].what, "memory %#llx", (unsigned long long)w->addr);
        snprintf(d[nd].xlat, sizeof d[nd].xlat, "%#llx", (unsigned long long)mem);
        snprintf(d[nd].interp, sizeof d[nd].interp, "%#llx", (unsigned long long)want);
        nd++;
    }
    return nd;
}

/* Print the differences; "after" names writer when given (pc), else each
 * difference's own last writer. */
static void print(VerifyState *v, uint64_t sb, Diff *d, size_t nd, const uint64_t *guilty)
{
    char text[96], where[160];
    const Cpu *cpu = v->cpu, *ic = &v->icpu;

    if (!guilty)
        qsort(d, nd, sizeof *d, by_step);
    if (cpu->pc != ic->pc || cpu->instret != ic->instret) {
        uint64_t at = guilty ? *guilty : v->last_pc;
        disas(v->cpu, at, text, sizeof text);
        fprintf(stderr, "xlat: verify: superblock %#llx: after %#llx (%s): the translation left at "
                "pc %#llx after %llu instructions, the interpreter at pc %#llx after %llu\n",
                (unsigned long long)sb, (unsigned long long)at, text, (unsigned long long)cpu->pc,
                (unsigned long long)(cpu->instret - v->pre.instret), (unsigned long long)ic->pc,
                (unsigned long long)(ic->instret - v->pre.instret));
    }
    for (size_t i = 0; i < nd && i < 16; i++) {
        where[0] = 0;
        Writer w = guilty ? (Writer){ *guilty, 1 } : d[i].writer;
        if (w.step) {
            disas(v->cpu, w.pc, text, sizeof text);
            snprintf(where, sizeof where, " after %#llx (%s):", (unsigned long long)w.pc, text);
        }
        fprintf(stderr, "xlat: verify: superblock %#llx:%s %s xlat=%s interpreter=%s\n",
                (unsigned long long)sb, where, d[i].what, d[i].xlat, d[i].interp);
    }
    if (nd > 16)
        fprintf(stderr, "xlat: verify: superblock %#llx: %zu more differences\n",
                (unsigned long long)sb, nd - 16);
}

/* Back to the state before the run: the guest registers, and memory
 * where the interpreter's first run stored (words[0..n)). */
static void restore(VerifyState *v, const OverlayWord *words, size_t n)
{
    Cpu *cpu = v->cpu;

    memcpy(&cpu->pc, &v->pre.pc, offsetof(Cpu, vm) - offsetof(Cpu, pc));
    cpu->jit_exit = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t *p = g2h(cpu->vm, words[i].addr);
        for (unsigned b = 0; b < 8; b++)
            if (words[i].mask >> b & 1)
                p[b] = (uint8_t)(words[i].orig >> (8 * b));
    }
}

/* The states differ: find the instruction that made the difference and
 * name it with the differences, then stop. */
static __attribute__((noreturn)) void report(VerifyState *v)
{
    const JitVerifyIsa *isa = v->isa;
    uint64_t sb = v->t->guest_pc;
    size_t nwords = overlay.n;
    OverlayWord *first = malloc((nwords + 1) * sizeof *first);
    Diff *whole = calloc(isa->nregs + nwords + 1, sizeof *whole);
    size_t nwhole = differences(v, whole);
    Cpu ifinal = v->icpu, xfinal = *v->cpu;

    uint32_t nblocks = v->nblocks;
    JitVerifyBlock *blocks = malloc(nblocks * sizeof *blocks);

    memcpy(blocks, v->blocks, nblocks * sizeof *blocks);
    memcpy(first, overlay.words, nwords * sizeof *first);
    for (uint32_t k = 1; isa->translate_prefix; k++) {
        uint64_t last;
        restore(v, first, nwords);
        JitTrans *p = isa->translate_prefix(v->cpu, sb, k, &last);
        if (!p)
            break;
        set_translation(v, p);
        if (interpret(v, false, NULL, 0) != OUT_COMPLETE)
            continue;
        v->outcome = OUT_COMPLETE;
        v->phase = PHASE_TRANSLATING;
        v->enter(v->cpu, p);
        v->phase = PHASE_IDLE;
        if (same(v))
            continue;
        Diff *d = calloc(isa->nregs + overlay.n + 1, sizeof *d);
        print(v, sb, d, differences(v, d), &last);
        fail();
    }
    /* No cut translation differs: the whole run's differences, each after
     * the last instruction that changed it in the interpreter's run (run
     * again from the saved state, noting who writes what). */
    restore(v, first, nwords);
    v->blocks = blocks;
    v->nblocks = nblocks;
    v->writers = calloc(isa->nregs, sizeof *v->writers);
    interpret(v, true, NULL, 0);
    for (size_t i = 0; i < nwhole; i++) {
        if (whole[i].reg >= 0) {
            whole[i].writer = v->writers[whole[i].reg];
        } else {
            const OverlayWord *w = overlay_word(&overlay, whole[i].addr, false);
            if (w && w->last_step)
                whole[i].writer = (Writer){ w->last_pc, w->last_step };
        }
    }
    v->icpu = ifinal;
    *v->cpu = xfinal;
    print(v, sb, whole, nwhole, NULL);
    fail();
}

/* ---- Entering a translation ---- */

JitExit *jit_verify_enter(Cpu *cpu, JitTrans *t, const JitVerifyIsa *isa,
                          JitExit *(*enter)(Cpu *cpu, JitTrans *t))
{
    if (done(t))
        return enter(cpu, t);
    if (!vs)
        vs = calloc(1, sizeof *vs);
    VerifyState *v = vs;
    if (__atomic_fetch_add(&t->verify_count, 1, __ATOMIC_RELAXED) == 0)
        COUNT(translations);
    if (jump_cache_dirty) {
        jit_jump_cache_clear();
        jump_cache_dirty = false;
    }
    v->cpu = cpu;
    set_translation(v, t);
    v->isa = isa;
    v->enter = enter;
    cpu->pc = t->guest_pc;      /* the run loop may have left it elsewhere (predecoding) */
    v->pre = *cpu;
    v->outcome = interpret(v, false, NULL, 0);

    v->phase = PHASE_TRANSLATING;
    JitExit *x = enter(cpu, t);
    v->phase = PHASE_IDLE;
    switch (v->outcome) {
    case OUT_FAULT: COUNT(fault); return x;
    case OUT_BOUND: COUNT(bound); return x;
    case OUT_SKIP: COUNT(skip); return x;
    case OUT_COMPLETE: break;
    }
    if ((cpu->pc != v->icpu.pc || cpu->instret != v->icpu.instret) &&
        (cpu->jit_exit || cpu->signal_pending || cpu->exit_requested)) {
        COUNT(signal);      /* left early to let a signal in */
        return x;
    }
    if (!same(v) && code_epoch_now() != t->verify_epoch) {
        COUNT(raced);       /* guest code changed since it was translated */
        return x;
    }
    if (!same(v)) {
        /* With other threads running, their stores between the two runs
         * (to a lock word, a flag, a counter, code) make differences of
         * their own: counted, not reported. */
        if (guest_threads_live() > 1) {
            COUNT(raced);
            return x;
        }
        report(v);
    }
    COUNT(compared);
    return x;
}

void jit_verify_signal(int sig, uint64_t fault_addr)
{
    VerifyState *v = vs;

    if (!v || v->phase == PHASE_IDLE)
        return;
    if (v->phase == PHASE_INTERPRETING)
        siglongjmp(v->fault, 1);
    v->phase = PHASE_IDLE;
    if (v->outcome != OUT_COMPLETE)
        return;     /* the interpreter did not get that far: a real fault, maybe */
    if (guest_threads_live() > 1) {
        COUNT(raced);   /* another thread may have unmapped or reprotected it in between */
        return;
    }
    char text[96];
    disas(v->cpu, v->cpu->pc, text, sizeof text);
    fprintf(stderr, "xlat: verify: superblock %#llx: at %#llx (%s): the translation raised "
            "signal %d (address %#llx); the interpreter ran on to pc %#llx without one\n",
            (unsigned long long)v->t->guest_pc, (unsigned long long)v->cpu->pc, text, sig,
            (unsigned long long)fault_addr, (unsigned long long)v->icpu.pc);
    fail();
}

void jit_verify_print_stats(void)
{
    if (!jit_verify_on)
        return;
    uint64_t skipped = stats.fault + stats.bound + stats.skip + stats.signal + stats.raced;
    xlat_log("verify: %llu runs compared with the interpreter, of %llu superblocks "
             "(first %u runs of each)\n",
             (unsigned long long)stats.compared, (unsigned long long)stats.translations,
             jit_verify_runs);
    xlat_log("verify: %llu runs not compared: %llu interpreter faults, %llu over %u instructions, "
             "%llu uncomparable instructions, %llu left early for a signal, "
             "%llu raced with another thread\n",
             (unsigned long long)skipped, (unsigned long long)stats.fault,
             (unsigned long long)stats.bound, JIT_VERIFY_MAX_STEPS, (unsigned long long)stats.skip,
             (unsigned long long)stats.signal, (unsigned long long)stats.raced);
}
