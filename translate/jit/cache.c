/*
 * The code cache (see cache.h for the layout and the conventions).
 */
#include "translate/jit/cache.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include "core/log.h"
#include "translate/block_map.h"

#define DEFAULT_CACHE_SIZE (64u << 20)

__thread JitJumpEntry jit_jump_cache[1 << JIT_JUMP_CACHE_BITS];
__thread JitStats jit_stats;

static __thread uint8_t *cache_base;
static __thread size_t cache_size;
static __thread size_t trampolines_end;  /* the trampolines are never flushed */
static __thread size_t cache_used;
static __thread const uint8_t *exit_tramp;
static __thread JitExit *(*enter_tramp)(Cpu *cpu, const uint8_t *entry);

static __thread BlockMap by_pc;          /* guest pc -> JitTrans */
static __thread JitTrans **by_addr;      /* in code address order, for the fault handler */
static __thread size_t n_by_addr, cap_by_addr;

/* The callee-saved registers translated code may use, saved by jit_enter. */
static const X86Reg saved[] = { X86_RBX, X86_RBP, X86_R12, X86_R13, X86_R14, X86_R15 };

void jit_cache_init(size_t size)
{
    if (cache_base)
        return;
    cache_size = size ? size : DEFAULT_CACHE_SIZE;
    if (cache_size < (1u << 16))
        cache_size = 1u << 16;
    if (cache_size > (1u << 30))
        cache_size = 1u << 30;          /* rel32 links must reach across it */
    void *p = mmap(NULL, cache_size, PROT_READ | PROT_WRITE | PROT_EXEC,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        xlat_error(NULL, "cannot map the code cache; running without translation");
        return;
    }
    cache_base = p;

    /* jit_enter(cpu = rdi, entry = rsi): save, set r15, go.  Six pushes
     * after the return address leave rsp 8 off a 16-byte boundary; the
     * sub makes calls from translated code aligned. */
    Emit e = { cache_base, 0, cache_size, false };
    for (size_t i = 0; i < sizeof saved / sizeof saved[0]; i++)
        x86_push(&e, saved[i]);
    x86_alu_ri(&e, X86_SUB, 8, X86_RSP, 8);
    x86_lea(&e, 8, X86_R15, x86_mem(X86_RDI, JIT_CPU_BIAS));
    x86_jmp_r(&e, X86_RSI);
    while (e.len % 16)
        x86_int3(&e);
    exit_tramp = cache_base + e.len;
    x86_alu_ri(&e, X86_ADD, 8, X86_RSP, 8);
    for (size_t i = sizeof saved / sizeof saved[0]; i-- > 0;)
        x86_pop(&e, saved[i]);
    x86_ret(&e);
    while (e.len % 64)
        x86_int3(&e);
    enter_tramp = (JitExit *(*)(Cpu *, const uint8_t *))(void *)cache_base;
    trampolines_end = cache_used = e.len;
}

bool jit_cache_ready(void)
{
    return cache_base != NULL;
}

JitExit *jit_enter(Cpu *cpu, const uint8_t *entry)
{
    jit_stats.enters++;
    return enter_tramp(cpu, entry);
}

const uint8_t *jit_exit_trampoline(void)
{
    return exit_tramp;
}

JitTrans *jit_lookup(uint64_t pc)
{
    return block_map_get(&by_pc, pc);
}

void jit_mark_untranslatable(uint64_t pc)
{
    block_map_put(&by_pc, pc, JIT_UNTRANSLATABLE);
}

static void forget(void *t)
{
}

void jit_flush(void)
{
    block_map_flush(&by_pc, forget);
    n_by_addr = 0;
    cache_used = trampolines_end;
    memset(jit_jump_cache, 0, sizeof jit_jump_cache);
    jit_stats.flushes++;
}

void jit_thread_exit(void)
{
    if (!cache_base)
        return;
    jit_flush();
    free(by_pc.slots);
    memset(&by_pc, 0, sizeof by_pc);
    free(by_addr);
    by_addr = NULL;
    n_by_addr = cap_by_addr = 0;
    munmap(cache_base, cache_size);
    cache_base = NULL;
}

void jit_begin(Emit *e)
{
    e->buf = cache_base + cache_used;
    e->cap = cache_size - cache_used;
    e->len = 0;
    e->overflow = false;
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
        jit_flush();
        return NULL;
    }
    JitTrans *t = carve(&at, sizeof *t);
    t->guest_pc = guest_pc;
    t->code = cache_base + cache_used;
    t->code_len = (uint32_t)e->len;
    t->nsites = nsites;
    t->guest_insns = guest_insns;
    memcpy(t->guest_of_host, guest_of_host, 16);
    t->sites = carve(&at, nsites * sizeof(JitSite));
    memcpy(t->sites, sites, nsites * sizeof(JitSite));
    JitExit *x = carve(&at, nexits * sizeof(JitExit));
    memcpy(x, exits, nexits * sizeof(JitExit));
    for (uint32_t i = 0; i < nexits; i++)
        x[i].rel32 = t->code + (size_t)exits[i].rel32;      /* offsets become addresses */
    *exits_out = x;
    cache_used = (at + 63) & ~(size_t)63;

    if (n_by_addr == cap_by_addr) {
        cap_by_addr = cap_by_addr ? cap_by_addr * 2 : 1024;
        by_addr = realloc(by_addr, cap_by_addr * sizeof *by_addr);
    }
    by_addr[n_by_addr++] = t;
    block_map_put(&by_pc, guest_pc, t);
    jit_stats.translations++;
    jit_stats.code_bytes += e->len;
    jit_stats.guest_insns += guest_insns;
    perfmap_note(t);
    return t;
}

void jit_link(JitExit *x, JitTrans *t)
{
    int32_t rel = (int32_t)(t->code - (x->rel32 + 4));
    memcpy(x->rel32, &rel, 4);
    x->linked = 1;
    jit_stats.chain_links++;
}

void jit_jump_cache_fill(JitTrans *t)
{
    JitJumpEntry *j = &jit_jump_cache[(t->guest_pc >> 1) & ((1 << JIT_JUMP_CACHE_BITS) - 1)];
    j->guest_pc = t->guest_pc;
    j->code = t->code;
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

    if (!cache_base || rip < cache_base || rip >= cache_base + cache_size || n_by_addr == 0)
        return false;
    size_t lo = 0, hi = n_by_addr;
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
        return true;
    }
    return false;
}

void jit_print_stats(void)
{
    xlat_log("jit: %llu superblocks translated (%llu guest insns, %llu bytes of code), "
             "%llu flushes, %.3f s translating\n",
             (unsigned long long)jit_stats.translations, (unsigned long long)jit_stats.guest_insns,
             (unsigned long long)jit_stats.code_bytes, (unsigned long long)jit_stats.flushes,
             jit_stats.translate_seconds);
    xlat_log("jit: %llu entries from the run loop, %llu chain links, %llu indirect exits, "
             "%llu jump-cache fills\n",
             (unsigned long long)jit_stats.enters, (unsigned long long)jit_stats.chain_links,
             (unsigned long long)jit_stats.indirect_exits,
             (unsigned long long)jit_stats.jump_fills);
}
