/*
 * The code cache (see cache.h for the layout and the conventions).
 */
#include "translate/jit/cache.h"
#include "translate/jit/techniques.h"
#include "translate/jit/smc.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include "core/log.h"
#include "translate/block_map.h"
#include "translate/code_epoch.h"
#include "translate/jit/verify.h"

#define DEFAULT_CACHE_SIZE (64u << 20)

__thread JitStats jit_stats;

/* The calling thread's jump cache (cache.h), mapped at its first
 * jit_run_begin: a thread or process that never runs translated code pays
 * nothing for it, and the pages it never fills stay uncommitted.  (As a
 * __thread array it was zeroed, page by page, at the start of every
 * process and thread.) */
#define JUMP_CACHE_BYTES (sizeof(JitJumpEntry) << JIT_JUMP_CACHE_BITS)
static __thread JitJumpEntry *jump_cache;

/* ---- The shared cache (written under cache_lock) ---- */

static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static uint8_t *cache_base;
static size_t cache_size;
static size_t trampolines_end;  /* the trampolines are never flushed */
static size_t cache_used;
static const uint8_t *exit_tramp;
/* Where jump-cache slot 0 goes while it is empty: the probe of guest pc 0
 * matches its key (cache.h, jit_emit_jump_cache_probe). */
static const uint8_t *miss_tramp;
static JitExit *(*enter_tramp)(Cpu *cpu, const uint8_t *entry);
static uint64_t cache_epoch;     /* the code epoch the translations are valid for */
static uint64_t flushes;
static uint64_t jump_gen;        /* moved by flushes and drops: jump caches must be emptied */

/* Guest pc -> JitTrans: open addressing, linear probing, never more than
 * half full.  A slot, once given a pc, keeps it until a flush, so a reader
 * that sees its translation (acquire) also sees its pc.  Growing makes a
 * new table; the old one is freed at the next flush, when no thread can
 * still be reading it. */
typedef struct PcSlot {
    uint64_t pc;
    JitTrans *t;
} PcSlot;

typedef struct PcTable {
    uint64_t mask;
    uint64_t used;
    struct PcTable *retired;    /* tables this one replaced */
    PcSlot slot[];
} PcTable;

static PcTable *by_pc;

/* In code address order, for the fault handler: room for the most
 * translations the cache can hold (each takes at least 64 bytes), so it is
 * never moved under a reader. */
static JitTrans **by_addr;
static size_t n_by_addr, cap_by_addr;

/* ---- The threads ---- */

typedef struct JitThread {
    Cpu *cpu;
    int active;                 /* inside jit_run_begin..jit_run_end (seq_cst) */
    bool registered;
    bool run_begun;             /* epoch below is meaningful */
    int lock_state;             /* LOCK_NONE, LOCK_EXPLICIT, LOCK_IMPLICIT */
    uint64_t epoch;             /* the epoch of its decoded code, from jit_run_begin */
    uint64_t seen_gen;          /* jump_gen when its jump cache was last emptied */
    bool jump_cache_used;       /* filled since (untouched pages stay uncommitted) */
    JitTrans *pending[8];       /* finished, not yet published */
    int npending;
    JitStats *stats;
    struct JitThread *next;
} JitThread;

enum { LOCK_NONE, LOCK_EXPLICIT, LOCK_IMPLICIT };

static __thread JitThread self;
static pthread_mutex_t threads_lock = PTHREAD_MUTEX_INITIALIZER;   /* after cache_lock */
static JitThread *threads;
static JitStats exited_stats;   /* the sums of the threads that ended */
static int flush_requested;

/* The callee-saved registers translated code may use, saved by jit_enter. */
static const X86Reg saved[] = { X86_RBX, X86_RBP, X86_R12, X86_R13, X86_R14, X86_R15 };

static PcTable *pc_table_new(uint64_t slots)
{
    PcTable *t = calloc(1, sizeof *t + slots * sizeof(PcSlot));
    if (!t)
        abort();
    t->mask = slots - 1;
    return t;
}

void jit_fork_prepare(void)
{
    pthread_mutex_lock(&cache_lock);
    pthread_mutex_lock(&threads_lock);
}

void jit_fork_parent(void)
{
    pthread_mutex_unlock(&threads_lock);
    pthread_mutex_unlock(&cache_lock);
}

/* The child has the forking thread only: it alone stays on the list. */
void jit_fork_child(void)
{
    threads = NULL;
    if (self.registered) {
        self.next = NULL;
        threads = &self;
    }
    pthread_mutex_unlock(&threads_lock);
    pthread_mutex_unlock(&cache_lock);
}

void jit_cache_init(size_t size, const JitFixedReg *fixed, int nfixed)
{
    pthread_mutex_lock(&cache_lock);
    if (cache_base) {
        pthread_mutex_unlock(&cache_lock);
        return;
    }
    cache_size = size ? size : DEFAULT_CACHE_SIZE;
    if (cache_size < (1u << 16))
        cache_size = 1u << 16;
    if (cache_size > (1u << 30))
        cache_size = 1u << 30;          /* rel32 links must reach across it */
    cap_by_addr = cache_size / 64 + 1;
    void *p = mmap(NULL, cache_size, PROT_READ | PROT_WRITE | PROT_EXEC,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    void *q = mmap(NULL, cap_by_addr * sizeof *by_addr, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED || q == MAP_FAILED) {
        xlat_error(NULL, "cannot map the code cache; running without translation");
        if (p != MAP_FAILED)
            munmap(p, cache_size);
        if (q != MAP_FAILED)
            munmap(q, cap_by_addr * sizeof *by_addr);
        pthread_mutex_unlock(&cache_lock);
        return;
    }
    by_addr = q;
    by_pc = pc_table_new(256);      /* grows; a short process translates a few dozen */

    /* jit_enter(cpu = rdi, entry = rsi): save, set r15, go.  Six pushes
     * after the return address leave rsp 8 off a 16-byte boundary; the
     * sub makes calls from translated code aligned. */
    Emit e = { p, 0, cache_size, false };
    for (size_t i = 0; i < sizeof saved / sizeof saved[0]; i++)
        x86_push(&e, saved[i]);
    x86_alu_ri(&e, X86_SUB, 8, X86_RSP, 8);
    x86_lea(&e, 8, X86_R15, x86_mem(X86_RDI, JIT_CPU_BIAS));
    x86_store(&e, 8, x86_mem(X86_R15, JIT_CPU_OFF(jit_stack_base)), X86_RSP);
    x86_lea(&e, 8, X86_RCX, x86_mem(X86_RSP, -16 * JIT_RAS_DEPTH));
    x86_store(&e, 8, x86_mem(X86_R15, JIT_CPU_OFF(jit_stack_limit)), X86_RCX);
    x86_mov_rr(&e, 8, X86_RAX, X86_RSI);        /* rsi may be a fixed register */
    for (int i = 0; i < nfixed; i++)
        x86_load(&e, 8, fixed[i].host, x86_mem(X86_R15, fixed[i].cpu_off));
    x86_jmp_r(&e, X86_RAX);
    while (e.len % 16)
        x86_int3(&e);
    exit_tramp = (uint8_t *)p + e.len;
    for (int i = 0; i < nfixed; i++)
        x86_store(&e, 8, x86_mem(X86_R15, fixed[i].cpu_off), fixed[i].host);
    x86_load(&e, 8, X86_RSP, x86_mem(X86_R15, JIT_CPU_OFF(jit_stack_base)));
    x86_alu_ri(&e, X86_ADD, 8, X86_RSP, 8);
    for (size_t i = sizeof saved / sizeof saved[0]; i-- > 0;)
        x86_pop(&e, saved[i]);
    x86_ret(&e);
    while (e.len % 16)
        x86_int3(&e);
    miss_tramp = (uint8_t *)p + e.len;
    x86_store(&e, 8, x86_mem(X86_R15, JIT_CPU_OFF(pc)), X86_RAX);
    x86_alu_rr(&e, X86_XOR, 4, X86_RAX, X86_RAX);
    x86_jmp(&e, (size_t)(exit_tramp - (uint8_t *)p));
    while (e.len % 64)
        x86_int3(&e);
    enter_tramp = (JitExit *(*)(Cpu *, const uint8_t *))p;
    trampolines_end = cache_used = e.len;
    cache_epoch = code_epoch_now();
    pthread_atfork(jit_fork_prepare, jit_fork_parent, jit_fork_child);
    __atomic_store_n(&cache_base, (uint8_t *)p, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&cache_lock);
}

bool jit_cache_ready(void)
{
    return __atomic_load_n(&cache_base, __ATOMIC_ACQUIRE) != NULL;
}

/* ---- Lookup and publication ---- */

JitTrans *jit_lookup(uint64_t pc)
{
    const PcTable *tab = __atomic_load_n(&by_pc, __ATOMIC_ACQUIRE);

    if (!tab)
        return NULL;
    for (uint64_t i = block_map_hash(pc, tab->mask);; i = (i + 1) & tab->mask) {
        JitTrans *t = __atomic_load_n(&tab->slot[i].t, __ATOMIC_ACQUIRE);
        if (!t)
            return NULL;
        if (__atomic_load_n(&tab->slot[i].pc, __ATOMIC_RELAXED) == pc)
            return t;
    }
}

bool jit_has_translation(uint64_t pc)
{
    if (!self.registered || !__atomic_load_n(&by_pc, __ATOMIC_ACQUIRE))
        return false;
    /* Active while reading: a flush frees the tables by_pc replaced only
     * when no thread is (as jit_run_begin). */
    bool was_active = __atomic_load_n(&self.active, __ATOMIC_RELAXED);
    if (!was_active) {
        __atomic_store_n(&self.active, 1, __ATOMIC_SEQ_CST);
        if (__atomic_load_n(&flush_requested, __ATOMIC_SEQ_CST)) {
            __atomic_store_n(&self.active, 0, __ATOMIC_SEQ_CST);
            return false;
        }
    }
    JitTrans *t = jit_lookup(pc);
    if (!was_active)
        __atomic_store_n(&self.active, 0, __ATOMIC_SEQ_CST);
    return t && t != JIT_UNTRANSLATABLE;
}

/* Under cache_lock: give pc the translation t, unless it has one. */
static void pc_table_put(uint64_t pc, JitTrans *t)
{
    PcTable *tab = by_pc;

    if ((tab->used + 1) * 2 > tab->mask + 1) {
        PcTable *bigger = pc_table_new((tab->mask + 1) * 2);
        for (uint64_t i = 0; i <= tab->mask; i++) {
            if (!tab->slot[i].t)
                continue;
            uint64_t j = block_map_hash(tab->slot[i].pc, bigger->mask);
            while (bigger->slot[j].t)
                j = (j + 1) & bigger->mask;
            bigger->slot[j] = tab->slot[i];
        }
        bigger->used = tab->used;
        bigger->retired = tab;
        __atomic_store_n(&by_pc, bigger, __ATOMIC_RELEASE);
        tab = bigger;
    }
    uint64_t i = block_map_hash(pc, tab->mask);
    for (; tab->slot[i].t; i = (i + 1) & tab->mask)
        if (tab->slot[i].pc == pc)
            return;             /* first come, first served */
    __atomic_store_n(&tab->slot[i].pc, pc, __ATOMIC_RELAXED);
    __atomic_store_n(&tab->slot[i].t, t, __ATOMIC_RELEASE);
    tab->used++;
}

/* Under cache_lock: t may be found by other threads if it was made from
 * guest code of the cache's epoch (a thread that waited for the lock
 * while a flush for a newer epoch ran still runs it, once). */
static void publish(JitTrans *t)
{
    if (!self.run_begun || self.epoch == cache_epoch)
        pc_table_put(t->guest_pc, t);
}

static void publish_pending(void)
{
    for (int i = 0; i < self.npending; i++)
        publish(self.pending[i]);
    self.npending = 0;
}

/* Flushes or drops happened since this thread last looked: forget its
 * jump cache's entries (which may point at code that is gone). */
static void drop_jump_cache(uint64_t now)
{
    if (self.jump_cache_used)
        jit_jump_cache_clear();
    self.jump_cache_used = false;
    self.seen_gen = now;
}

void jit_jump_cache_clear(void)
{
    if (jump_cache) {
        memset(jump_cache, 0, JUMP_CACHE_BYTES);
        jump_cache[0].code = miss_tramp;
    }
}

static void lock_cache(void)
{
    int was_active = __atomic_load_n(&self.active, __ATOMIC_RELAXED);

    /* Never wait for the lock while active: its holder may be waiting for
     * this thread to leave. */
    if (was_active)
        __atomic_store_n(&self.active, 0, __ATOMIC_SEQ_CST);
    pthread_mutex_lock(&cache_lock);
    if (was_active) {
        /* No flush can start while the lock is held. */
        __atomic_store_n(&self.active, 1, __ATOMIC_SEQ_CST);
        if (self.seen_gen != jump_gen)
            drop_jump_cache(jump_gen);
    }
}

static void unlock_cache(void)
{
    publish_pending();
    self.lock_state = LOCK_NONE;
    pthread_mutex_unlock(&cache_lock);
}

/* At each entry into the cache: end a translation begun by jit_begin
 * alone (its caller has had its chance to patch the code). */
static inline void settle(void)
{
    if (__builtin_expect(self.lock_state == LOCK_IMPLICIT, 0))
        unlock_cache();
}

void jit_translate_lock(void)
{
    settle();
    lock_cache();
    self.lock_state = LOCK_EXPLICIT;
}

void jit_translate_unlock(void)
{
    if (self.lock_state != LOCK_NONE)
        unlock_cache();
}

void jit_mark_untranslatable(uint64_t pc)
{
    bool had_lock = self.lock_state != LOCK_NONE;

    if (!had_lock)
        lock_cache();
    if (!self.run_begun || self.epoch == cache_epoch)
        pc_table_put(pc, JIT_UNTRANSLATABLE);
    if (!had_lock)
        pthread_mutex_unlock(&cache_lock);
}

/* ---- Flushing ---- */

/* Under cache_lock: wait until no other thread runs translated code, then
 * drop everything.  The caller itself may be active (it holds no
 * translation across this). */
static void flush_locked(void)
{
    __atomic_store_n(&flush_requested, 1, __ATOMIC_SEQ_CST);
    pthread_mutex_lock(&threads_lock);
    for (JitThread *t = threads; t; t = t->next)
        if (t != &self)
            __atomic_store_n(&t->cpu->jit_exit, 1, __ATOMIC_SEQ_CST);
    pthread_mutex_unlock(&threads_lock);
    for (;;) {
        bool busy = false;
        pthread_mutex_lock(&threads_lock);
        for (JitThread *t = threads; t && !busy; t = t->next)
            busy = t != &self && __atomic_load_n(&t->active, __ATOMIC_SEQ_CST);
        pthread_mutex_unlock(&threads_lock);
        if (!busy)
            break;
        sched_yield();
    }

    PcTable *tab = by_pc;
    for (PcTable *old = tab->retired, *next; old; old = next) {
        next = old->retired;
        free(old);
    }
    tab->retired = NULL;
    memset(tab->slot, 0, (tab->mask + 1) * sizeof(PcSlot));
    tab->used = 0;
    __atomic_store_n(&n_by_addr, 0, __ATOMIC_RELEASE);
    cache_used = trampolines_end;
    self.npending = 0;
    __atomic_store_n(&flushes, flushes + 1, __ATOMIC_RELEASE);
    __atomic_store_n(&jump_gen, jump_gen + 1, __ATOMIC_RELEASE);
    jit_stats.flushes++;        /* this thread's; -d stats prints the global count */
    drop_jump_cache(jump_gen);
    __atomic_store_n(&flush_requested, 0, __ATOMIC_SEQ_CST);
}

void jit_flush(void)
{
    settle();
    if (!jit_cache_ready())
        return;
    bool had_lock = self.lock_state != LOCK_NONE;
    if (!had_lock)
        lock_cache();
    flush_locked();
    if (!had_lock)
        pthread_mutex_unlock(&cache_lock);
}

/* A guest-PC table slot whose translation was dropped (no guest pc is). */
#define DEAD_PC UINT64_MAX

static bool overlaps(uint64_t lo, uint64_t hi, const uint64_t (*ranges)[2], unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        if (lo < ranges[i][1] && hi > ranges[i][0])
            return true;
    return false;
}

/* Whether translation t (or, for JIT_UNTRANSLATABLE, the pc) was made from
 * guest code in the ranges.  A block's end is its last instruction's pc
 * or past it: 4 bytes more cover the instruction either way. */
static bool made_from(const JitTrans *t, uint64_t pc, const uint64_t (*ranges)[2], unsigned n)
{
    if (t == JIT_UNTRANSLATABLE)
        return overlaps(pc, pc + 4, ranges, n);
    if (!t->nsrc)
        return true;    /* code unknown */
    for (unsigned b = 0; b < t->nsrc; b++)
        if (overlaps(t->src[b].start, t->src[b].end + 4, ranges, n))
            return true;
    return false;
}

/* Point the jmp whose rel32 is at p at rel: false if that cannot be done
 * atomically (the rel32 straddles 8 aligned bytes). */
static bool patch_rel32(uint8_t *p, int32_t rel)
{
    uintptr_t at = (uintptr_t)p;
    if (at % 4 == 0) {
        __atomic_store_n((uint32_t *)p, (uint32_t)rel, __ATOMIC_RELEASE);
        return true;
    }
    if (at % 8 > 4)
        return false;
    /* Not from jit_emit_chain_jmp, but inside one aligned 8 bytes: swap
     * those whole (another thread may patch the rest). */
    uint64_t *word = (uint64_t *)(at & ~(uintptr_t)7);
    unsigned shift = (unsigned)(at % 8) * 8;
    uint64_t old = __atomic_load_n(word, __ATOMIC_RELAXED), want;
    do {
        want = (old & ~(0xffffffffULL << shift)) | (uint64_t)(uint32_t)rel << shift;
    } while (!__atomic_compare_exchange_n(word, &old, want, false, __ATOMIC_RELEASE,
                                          __ATOMIC_RELAXED));
    return true;
}

static int cmp_code(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(const uint8_t *const *)a, y = (uintptr_t)*(const uint8_t *const *)b;
    return x < y ? -1 : x > y;
}

/* Under cache_lock: drop the translations made from guest code in the
 * ranges (see cache.h, Invalidation).  False if there was no memory to do
 * it (the caller flushes instead). */
static bool drop_locked(const uint64_t (*ranges)[2], unsigned n)
{
    PcTable *tab = by_pc;
    size_t ndead = 0, cap = 64;
    const uint8_t **dead = malloc(cap * sizeof *dead);

    if (!dead)
        return false;
    for (uint64_t i = 0; i <= tab->mask; i++) {
        JitTrans *t = tab->slot[i].t;
        uint64_t pc = tab->slot[i].pc;
        if (!t || pc == DEAD_PC || !made_from(t, pc, ranges, n))
            continue;
        if (t != JIT_UNTRANSLATABLE) {
            if (ndead == cap) {
                const uint8_t **more = realloc(dead, 2 * cap * sizeof *dead);
                if (!more) {
                    free(dead);
                    return false;   /* nothing unpatched yet: a flush undoes it all */
                }
                dead = more;
                cap *= 2;
            }
            dead[ndead++] = t->code;
            __atomic_store_n(&t->dropped, 1, __ATOMIC_SEQ_CST);
        }
        /* Lookups of pc pass this slot from now on; it stays occupied
         * (probe chains go through it) until the next flush. */
        __atomic_store_n(&tab->slot[i].pc, DEAD_PC, __ATOMIC_RELEASE);
    }
    if (ndead) {
        qsort(dead, ndead, sizeof *dead, cmp_code);
        size_t nt = n_by_addr;
        for (size_t k = 0; k < nt; k++) {
            JitTrans *t = by_addr[k];
            for (uint32_t j = 0; j < t->nexits; j++) {
                JitExit *x = &t->exits[j];
                if (!__atomic_load_n(&x->linked, __ATOMIC_SEQ_CST))
                    continue;
                int32_t rel;
                memcpy(&rel, x->rel32, 4);
                const uint8_t *to = x->rel32 + 4 + rel - x->linked_skip;
                if (bsearch(&to, dead, ndead, sizeof *dead, cmp_code) &&
                    patch_rel32(x->rel32, x->unlinked_rel))
                    __atomic_store_n(&x->linked, 0, __ATOMIC_RELAXED);
            }
        }
        /* Every jump cache may name dropped code: each thread empties its
         * own before it runs translated code again; those inside it now
         * leave at their next check. */
        __atomic_store_n(&jump_gen, jump_gen + 1, __ATOMIC_RELEASE);
        pthread_mutex_lock(&threads_lock);
        for (JitThread *th = threads; th; th = th->next)
            if (th != &self)
                __atomic_store_n(&th->cpu->jit_exit, 1, __ATOMIC_SEQ_CST);
        pthread_mutex_unlock(&threads_lock);
        drop_jump_cache(jump_gen);
        jit_stats.dropped += ndead;
    }
    free(dead);
    return true;
}

/* The most changed ranges dropped one by one; more flush everything. */
#define MAX_DROP_RANGES 16

void jit_code_changed(uint64_t epoch)
{
    settle();
    if (!jit_cache_ready() || __atomic_load_n(&cache_epoch, __ATOMIC_ACQUIRE) >= epoch)
        return;
    lock_cache();
    if (cache_epoch < epoch) {
        uint64_t ranges[MAX_DROP_RANGES][2];
        unsigned n;
        if (!code_epoch_changes(cache_epoch, epoch, ranges, MAX_DROP_RANGES, &n) ||
            !drop_locked((const uint64_t(*)[2])ranges, n))
            flush_locked();
        __atomic_store_n(&cache_epoch, epoch, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&cache_lock);
}

/* ---- Running ---- */

static void register_thread(Cpu *cpu)
{
    self.stats = &jit_stats;
    self.registered = true;
    self.seen_gen = __atomic_load_n(&jump_gen, __ATOMIC_ACQUIRE);
    pthread_mutex_lock(&threads_lock);
    self.cpu = cpu;
    self.next = threads;
    threads = &self;
    pthread_mutex_unlock(&threads_lock);
}

bool jit_run_begin(Cpu *cpu, uint64_t epoch)
{
    settle();
    if (!self.registered)
        register_thread(cpu);
    if (self.cpu != cpu) {      /* the flusher reads it under threads_lock */
        pthread_mutex_lock(&threads_lock);
        self.cpu = cpu;
        pthread_mutex_unlock(&threads_lock);
    }
    if (!jump_cache) {
        void *p = mmap(NULL, JUMP_CACHE_BYTES, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED)
            abort();
        jump_cache = p;
        jump_cache[0].code = miss_tramp;
        self.jump_cache_used = false;
    }
    cpu->jit_jump_cache = jump_cache;
    for (;;) {
        __atomic_store_n(&self.active, 1, __ATOMIC_SEQ_CST);
        if (!__atomic_load_n(&flush_requested, __ATOMIC_SEQ_CST))
            break;
        __atomic_store_n(&self.active, 0, __ATOMIC_SEQ_CST);
        while (__atomic_load_n(&flush_requested, __ATOMIC_SEQ_CST))
            sched_yield();
    }
    uint64_t g = __atomic_load_n(&jump_gen, __ATOMIC_ACQUIRE);
    if (self.seen_gen != g)
        drop_jump_cache(g);
    uint64_t have = __atomic_load_n(&cache_epoch, __ATOMIC_ACQUIRE);
    if (epoch != have) {
        __atomic_store_n(&self.active, 0, __ATOMIC_SEQ_CST);
        if (epoch < have || epoch != code_epoch_now())
            return false;       /* behind: catch up in the interpreter first */
        jit_code_changed(epoch);
        return jit_run_begin(cpu, epoch);
    }
    self.epoch = epoch;
    self.run_begun = true;
    return true;
}

void jit_run_end(void)
{
    settle();
    if (self.lock_state != LOCK_NONE)
        unlock_cache();
    __atomic_store_n(&self.active, 0, __ATOMIC_SEQ_CST);
}

JitExit *jit_enter(Cpu *cpu, const uint8_t *entry)
{
    settle();
    jit_stats.enters++;
    return enter_tramp(cpu, entry);
}

const uint8_t *jit_exit_trampoline(void)
{
    return exit_tramp;
}

static void add_stats(JitStats *sum, const JitStats *s)
{
    sum->translations += __atomic_load_n(&s->translations, __ATOMIC_RELAXED);
    sum->code_bytes += __atomic_load_n(&s->code_bytes, __ATOMIC_RELAXED);
    sum->guest_insns += __atomic_load_n(&s->guest_insns, __ATOMIC_RELAXED);
    sum->chain_links += __atomic_load_n(&s->chain_links, __ATOMIC_RELAXED);
    sum->enters += __atomic_load_n(&s->enters, __ATOMIC_RELAXED);
    sum->jump_fills += __atomic_load_n(&s->jump_fills, __ATOMIC_RELAXED);
    sum->indirect_exits += __atomic_load_n(&s->indirect_exits, __ATOMIC_RELAXED);
    sum->probes += __atomic_load_n(&s->probes, __ATOMIC_RELAXED);
    sum->dropped += __atomic_load_n(&s->dropped, __ATOMIC_RELAXED);
    sum->translate_seconds += s->translate_seconds;
}

void jit_thread_exit(void)
{
    jit_verify_thread_exit();
    jit_run_end();
    if (!self.registered)
        return;
    pthread_mutex_lock(&threads_lock);
    for (JitThread **p = &threads; *p; p = &(*p)->next) {
        if (*p == &self) {
            *p = self.next;
            break;
        }
    }
    add_stats(&exited_stats, &jit_stats);
    memset(&jit_stats, 0, sizeof jit_stats);
    pthread_mutex_unlock(&threads_lock);
    self.registered = false;
    self.run_begun = false;
    self.cpu = NULL;
    if (jump_cache)
        munmap(jump_cache, JUMP_CACHE_BYTES);
    jump_cache = NULL;
}

void jit_begin(Emit *e)
{
    if (self.lock_state == LOCK_NONE) {
        lock_cache();
        self.lock_state = LOCK_IMPLICIT;
    }
    e->buf = cache_base + cache_used;
    e->cap = cache_size - cache_used;
    e->len = 0;
    e->overflow = false;
}

size_t jit_emit_chain_jmp(Emit *e)
{
    static const uint8_t nops[4][3] = { { 0 }, { 0x90 }, { 0x66, 0x90 }, { 0x0f, 0x1f, 0x00 } };
    /* The rel32 follows the one-byte opcode: make e->len + 1 a multiple
     * of 4 (the buffer starts 64-byte aligned). */
    size_t pad = (4 - (e->len + 1) % 4) % 4;
    for (size_t i = 0; i < pad; i++)
        emit_u8(e, nops[pad][i]);
    return x86_jmp(e, e->len + 5);
}

static void *carve(size_t *at, size_t size)
{
    *at = (*at + 15) & ~(size_t)15;
    void *p = cache_base + *at;
    *at += size;
    return p;
}

/* --perfmap.  perf reads /tmp/perf-PID.map ("START SIZE NAME", hex) to
 * name code outside any ELF file.  All threads append to one file, a line
 * per write(2) (O_APPEND keeps lines whole); a forked child opens its own,
 * under its own pid.  A flush reuses cache addresses: perf takes the newer
 * line for an address it finds twice. */
static bool perfmap_wanted;
static const char *perfmap_isa;
static int perfmap_fd = -1;
static pid_t perfmap_pid;
static pthread_mutex_t perfmap_lock = PTHREAD_MUTEX_INITIALIZER;

void jit_perfmap_open(const char *isa)
{
    perfmap_isa = isa;
    perfmap_wanted = true;
}

/* Append "HOSTADDR SIZE ISA:GUESTPC" for t, if the map is wanted. */
static void perfmap_note(const JitTrans *t)
{
    char line[96];

    if (!perfmap_wanted)
        return;
    pthread_mutex_lock(&perfmap_lock);
    if (perfmap_fd < 0 || perfmap_pid != getpid()) {
        char path[64];
        if (perfmap_fd >= 0)
            close(perfmap_fd);
        perfmap_pid = getpid();
        snprintf(path, sizeof path, "/tmp/perf-%d.map", (int)perfmap_pid);
        perfmap_fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
        if (perfmap_fd < 0) {
            xlat_error(path, "--perfmap: %s", strerror(errno));
            perfmap_wanted = false;
        }
    }
    if (perfmap_fd >= 0) {
        int n = snprintf(line, sizeof line, "%llx %x %s:%#llx\n",
                         (unsigned long long)(uintptr_t)t->code, t->code_len, perfmap_isa,
                         (unsigned long long)t->guest_pc);
        if (write(perfmap_fd, line, (size_t)n) != n)
            perfmap_wanted = false;
    }
    pthread_mutex_unlock(&perfmap_lock);
}

JitTrans *jit_finish(Emit *e, uint64_t guest_pc, uint32_t guest_insns,
                     const int8_t guest_of_host[16], const JitSite *sites, uint32_t nsites,
                     const JitExit *exits, uint32_t nexits, JitExit **exits_out)
{
    size_t at = cache_used + e->len;
    size_t need = ((at + 15) & ~(size_t)15) + sizeof(JitTrans) + 16 + nsites * sizeof(JitSite) +
                  16 + nexits * sizeof(JitExit) + 64;
    if (e->overflow || need > cache_size) {
        flush_locked();
        return NULL;
    }
    JitTrans *t = carve(&at, sizeof *t);
    t->guest_pc = guest_pc;
    t->code = cache_base + cache_used;
    t->code_len = (uint32_t)e->len;
    t->nsites = nsites;
    t->guest_insns = guest_insns;
    t->verify_count = t->verify_nblocks = t->verify_unconfirmed = 0;
    t->verify_blocks = NULL;
    t->src = NULL;
    t->nsrc = 0;
    memcpy(t->guest_of_host, guest_of_host, 16);
    t->sites = carve(&at, nsites * sizeof(JitSite));
    memcpy(t->sites, sites, nsites * sizeof(JitSite));
    JitExit *x = carve(&at, nexits * sizeof(JitExit));
    memcpy(x, exits, nexits * sizeof(JitExit));
    for (uint32_t i = 0; i < nexits; i++) {
        x[i].rel32 = t->code + (size_t)exits[i].rel32;      /* offsets become addresses */
        memcpy(&x[i].unlinked_rel, x[i].rel32, 4);
        x[i].linked = 0;
        x[i].from_pc = guest_pc;
        x[i].linked_skip = 0;
    }
    t->exits = x;
    t->nexits = nexits;
    t->dropped = 0;
    t->entry_check_len = 0;
    *exits_out = x;
    cache_used = (at + 63) & ~(size_t)63;

    /* The fault handler may look at it at once (this thread runs it next). */
    size_t n = n_by_addr;
    by_addr[n] = t;
    __atomic_store_n(&n_by_addr, n + 1, __ATOMIC_RELEASE);
    if (self.npending == (int)(sizeof self.pending / sizeof self.pending[0]))
        publish_pending();
    self.pending[self.npending++] = t;
    jit_stats.translations++;
    jit_stats.code_bytes += e->len;
    jit_stats.guest_insns += guest_insns;
    perfmap_note(t);
    return t;
}

void jit_note_src(JitTrans *t, const JitSrc *src, unsigned n)
{
    size_t at = cache_used;
    if (!n || ((at + 15) & ~(size_t)15) + n * sizeof *src + 64 > cache_size)
        return;
    JitSrc *s = carve(&at, n * sizeof *src);
    memcpy(s, src, n * sizeof *src);
    t->src = s;
    __atomic_store_n(&t->nsrc, n, __ATOMIC_RELEASE);
    cache_used = (at + 63) & ~(size_t)63;
}

void jit_link(JitExit *x, JitTrans *t)
{
    settle();
    if (__atomic_load_n(&t->dropped, __ATOMIC_RELAXED))
        return;     /* found just before it was dropped */
    /* Bounded latency without a check at every entry: a chained jump to
     * a translation of a later guest PC enters after its check for
     * jit_exit.  A cycle of translations cannot climb in guest PC all the
     * way round, so it passes a check at least once a turn: at a jump to
     * an earlier (or the same) PC, through the jump cache or the run loop
     * (whole entries), or at a loop's back edge inside a translation.  A
     * return through the return-address stack resumes its caller's
     * translation, whose own jumps obey the same rule. */
    uint32_t skip = x->from_pc < t->guest_pc && jit_enabled(JIT_TECH_ENTRYSKIP)
                        ? t->entry_check_len : 0;
    x->linked_skip = skip;
    if (!patch_rel32(x->rel32, (int32_t)(t->code + skip - (x->rel32 + 4))))
        return;     /* could tear under a running thread: stays unchained */
    __atomic_store_n(&x->linked, 1, __ATOMIC_SEQ_CST);
    /* Dropped meanwhile?  The dropper sets dropped, then looks at linked
     * (both seq_cst): it saw this link and undid it, or this sees it. */
    if (__atomic_load_n(&t->dropped, __ATOMIC_SEQ_CST)) {
        patch_rel32(x->rel32, x->unlinked_rel);
        __atomic_store_n(&x->linked, 0, __ATOMIC_RELAXED);
        return;
    }
    jit_stats.chain_links++;
}

void jit_emit_jump_cache_offset(Emit *e, unsigned pc_shift)
{
    x86_mov_rr(e, 4, X86_RCX, X86_RAX);
    x86_alu_ri(e, X86_AND, 4, X86_RCX, (int32_t)(((1u << JIT_JUMP_CACHE_BITS) - 1) << pc_shift));
    if (pc_shift < 4)
        x86_shift_ri(e, X86_SHL, 4, X86_RCX, 4 - pc_shift);
    else if (pc_shift > 4)
        x86_shift_ri(e, X86_SHR, 4, X86_RCX, pc_shift - 4);
}

size_t jit_emit_jump_cache_probe(Emit *e, unsigned pc_shift)
{
    jit_emit_jump_cache_offset(e, pc_shift);
    x86_alu_rm(e, X86_ADD, 8, X86_RCX, x86_mem(X86_R15, JIT_CPU_OFF(jit_jump_cache)));
    x86_alu_rm(e, X86_CMP, 8, X86_RAX, x86_mem(X86_RCX, 0));
    size_t miss = x86_jcc(e, X86_CC_NE, 0);
    x86_jmp_m(e, x86_mem(X86_RCX, 8));
    return miss;
}

void jit_jump_cache_fill(JitTrans *t)
{
    jit_jump_cache_fill_shifted(t, 1);
}

void jit_jump_cache_fill_shifted(JitTrans *t, unsigned pc_shift)
{
    settle();
    if (__atomic_load_n(&t->dropped, __ATOMIC_RELAXED))
        return;
    JitJumpEntry *j = &jump_cache[jit_jump_cache_slot(t->guest_pc, pc_shift)];
    j->guest_pc = t->guest_pc;
    j->code = t->code;
    self.jump_cache_used = true;
    jit_stats.jump_fills++;
}

/* The ucontext slot of each host register. */
static const int greg_of[16] = {
    REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI, REG_RDI,
    REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
};

/* async-signal-safe */
bool jit_fault_fixup(Cpu *cpu, void *uctx)
{
    ucontext_t *uc = uctx;
    const uint8_t *rip = (const uint8_t *)(uintptr_t)uc->uc_mcontext.gregs[REG_RIP];

    const uint8_t *base = __atomic_load_n(&cache_base, __ATOMIC_ACQUIRE);
    size_t n = base ? __atomic_load_n(&n_by_addr, __ATOMIC_ACQUIRE) : 0;

    if (!base || rip < base || rip >= base + cache_size || n == 0)
        return false;
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (by_addr[mid]->code <= rip)
            lo = mid;
        else
            hi = mid;
    }
    JitTrans *t = by_addr[lo];
    if (rip < t->code || rip >= t->code + t->code_len)
        return false;
    uint32_t off = (uint32_t)(rip - t->code);
    for (uint32_t i = 0; i < t->nsites; i++) {
        if (t->sites[i].host_off != off)
            continue;
        cpu->pc = t->sites[i].guest_pc;
        for (int h = 0; h < 16; h++)
            if (t->guest_of_host[h] >= 0)
                cpu->x[t->guest_of_host[h]] = (uint64_t)uc->uc_mcontext.gregs[greg_of[h]];
        for (int g = 0; g < 32; g++)
            if (t->sites[i].sext_regs >> g & 1)
                cpu->x[g] = (uint64_t)(int64_t)(int32_t)cpu->x[g];
        return true;
    }
    return false;
}

void jit_print_stats(void)
{
    JitStats sum;

    pthread_mutex_lock(&threads_lock);
    sum = exited_stats;
    for (JitThread *t = threads; t; t = t->next)
        if (t != &self)
            add_stats(&sum, t->stats);
    pthread_mutex_unlock(&threads_lock);
    add_stats(&sum, &jit_stats);
    xlat_log("jit: %llu superblocks translated (%llu guest insns, %llu bytes of code), "
             "%llu flushes, %llu dropped, %.3f s translating\n",
             (unsigned long long)sum.translations, (unsigned long long)sum.guest_insns,
             (unsigned long long)sum.code_bytes,
             (unsigned long long)__atomic_load_n(&flushes, __ATOMIC_RELAXED),
             (unsigned long long)sum.dropped, sum.translate_seconds);
    xlat_log("jit: %llu entries from the run loop, %llu chain links, %llu indirect exits, "
             "%llu jump-cache fills\n",
             (unsigned long long)sum.enters, (unsigned long long)sum.chain_links,
             (unsigned long long)sum.indirect_exits, (unsigned long long)sum.jump_fills);
    /* A lookup that misses leaves for the run loop: an indirect exit. */
    uint64_t hits = sum.probes > sum.indirect_exits ? sum.probes - sum.indirect_exits : 0;
    xlat_log("jit: %llu inline jump-cache lookups, %.2f%% hits; %llu code-page write faults "
             "(self-modifying code)\n",
             (unsigned long long)sum.probes, sum.probes ? 100.0 * (double)hits / (double)sum.probes : 0.0,
             (unsigned long long)smc_fault_count());
}
