/*
 * The run loop of translated code (see run.h).
 */
#include "translate/jit/run.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/log.h"
#include "core/vm.h"
#include "translate/jit/techniques.h"

size_t jit_cache_size_option;

/* signals/signals.c's hook for faults in translated code (weak: the
 * signal code may not be linked in, as in unit tests). */
extern bool (*signals_fault_fixup)(Cpu *cpu, void *host_ucontext) __attribute__((weak));
extern bool (*signals_load_address)(Cpu *cpu, uint64_t *addr) __attribute__((weak));

static __thread bool started;     /* this thread's part of the cache is set up */
static bool stats_registered;

static void print_stats(void)
{
    if (log_enabled(LOG_STATS)) {
        jit_print_stats();
        jit_verify_print_stats();
    }
}

/* The translation of pc, made now if there is none (by this thread or,
 * under the lock, by the first of several asking at once). */
static JitTrans *find_or_translate(Cpu *cpu, uint64_t pc, const JitFrontEnd *fe)
{
    JitTrans *t = jit_lookup(pc);
    if (t)
        return t;
    jit_translate_lock();
    t = jit_lookup(pc);     /* another thread may have just translated it */
    if (!t) {
        t = fe->translate(cpu, pc);
        if (!t) {
            jit_mark_untranslatable(pc);
            t = JIT_UNTRANSLATABLE;
        }
    }
    jit_translate_unlock();
    return t;
}

bool jit_run(Cpu *cpu, uint64_t pc, uint64_t epoch, const JitFrontEnd *fe)
{
    if (cpu->jit_exit) {
        /* Set with signal_pending (signals/), or by a flush of the code
         * cache; cleared here first, so a signal arriving now sets it again. */
        cpu->jit_exit = 0;
        if (cpu->signal_pending) {
            cpu->jit_exit = 1;
            return false;
        }
    }
    if (!started) {
        started = true;
        JitFixedReg fixed[JIT_MAX_FIXED];
        jit_cache_init(jit_cache_size_option, fixed, fe->fixed_regs ? fe->fixed_regs(fixed) : 0);
        if (!__atomic_exchange_n(&stats_registered, true, __ATOMIC_SEQ_CST)) {
            log_at_exit(print_stats);
            if (&signals_fault_fixup)
                signals_fault_fixup = fe->fault_fixup;
            if (&signals_load_address)
                signals_load_address = fe->load_address;
        }
    }
    if (!jit_cache_ready() || !jit_run_begin(cpu, epoch))
        return false;
    cpu->jit_guest_limit = cpu->vm->guest_limit - cpu->vm->guest_min;
    cpu->jit_base_limit = cpu->vm->guest_limit + JIT_BASE_SLACK;
    JitTrans *t = find_or_translate(cpu, pc, fe);
    if (t == JIT_UNTRANSLATABLE) {
        jit_run_end();
        return false;
    }
    for (;;) {
        JitExit *x = jit_verify_on ? jit_verify_enter(cpu, t, fe->verify, fe->enter)
                                   : fe->enter(cpu, t);
        if (cpu->exit_requested || cpu->jit_exit || cpu->signal_pending)
            break;
        JitTrans *next = jit_lookup(cpu->pc);
        if (!next || next == JIT_UNTRANSLATABLE)
            break;
        if (x) {
            if (!x->linked && jit_enabled(JIT_TECH_CHAIN) && jit_verify_may_link(t, next))
                jit_link(x, next);
        } else {
            jit_stats.indirect_exits++;
            if (jit_enabled(JIT_TECH_JUMPCACHE) && jit_verify_may_fill(next))
                fe->jump_cache_fill(next);
        }
        t = next;
    }
    jit_stats.probes += cpu->jit_probes;
    cpu->jit_probes = 0;
    jit_run_end();
    return true;
}

bool jit_reserve_below_guest(const Vm *vm)
{
    static bool holds;

    if (holds || vm->guest_min < VM_GUARD_SIZE)
        return holds;
    /* Read with plain system calls: stdio's buffer would be a heap page
     * of its own, at every start. */
    char text[32];
    int fd = open("/proc/sys/vm/mmap_min_addr", O_RDONLY | O_CLOEXEC);
    ssize_t n = fd >= 0 ? read(fd, text, sizeof text - 1) : -1;
    if (fd >= 0)
        close(fd);
    if (n <= 0 || text[0] < '0' || text[0] > '9')
        return false;
    text[n] = '\0';
    unsigned long long min_addr = strtoull(text, NULL, 10);
    uint64_t lo = vm->guest_min - VM_GUARD_SIZE;
    if (min_addr > lo)
        lo = (min_addr + 4095) & ~4095ULL;
    if (lo < vm->guest_min) {
        void *want = (void *)(uintptr_t)lo;
        size_t len = (size_t)(vm->guest_min - lo);
        void *p = mmap(want, len, PROT_NONE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
        if (p == MAP_FAILED)
            return false;
        if (p != want) {        /* kernels without MAP_FIXED_NOREPLACE */
            munmap(p, len);
            return false;
        }
    }
    holds = true;
    return true;
}

bool jit_base_checks_hold(const Vm *vm)
{
    return jit_reserve_below_guest(vm) && vm->guest_min <= VM_GUARD_SIZE && vm->guest_base == 0;
}
