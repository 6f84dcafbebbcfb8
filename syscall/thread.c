/*
 * Threads: clone with CLONE_VM, futexes, thread exit.
 *
 * Each guest thread is a host thread (pthread) with its own Cpu and
 * SigState.  Guest thread ids are the host thread ids, so futex words that
 * hold tids (PI futexes, robust lists) mean the same thing to the host
 * kernel, and futex calls pass straight through on guest addresses (direct
 * mapping).  The robust-list head has the same layout on every 64-bit Linux,
 * so set_robust_list goes to the host kernel too, which then walks the
 * guest's list when the thread dies, exactly as for a native thread.
 * CLONE_CHILD_CLEARTID is done by xlat at guest thread exit (store 0, wake
 * one waiter): the host thread's own tid slot belongs to the host libc.
 *
 * What threads share inside xlat: the signal actions (mutex in signals.c),
 * the guest address-space bookkeeping (aspace_lock), the log (one stdio
 * call per line), and the code caches, each thread keeping its own decoded
 * blocks and re-validating them against a global code epoch (interp.c).
 */
#include <elf.h>
#include <linux/futex.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "core/log.h"
#include "signals/signals.h"
#include "syscall/internal.h"

#define GUEST_CLONE_VM 0x00000100
#define GUEST_CLONE_FS 0x00000200
#define GUEST_CLONE_FILES 0x00000400
#define GUEST_CLONE_SIGHAND 0x00000800
#define GUEST_CLONE_THREAD 0x00010000
#define GUEST_CLONE_SYSVSEM 0x00040000
#define GUEST_CLONE_SETTLS 0x00080000
#define GUEST_CLONE_PARENT_SETTID 0x00100000
#define GUEST_CLONE_CHILD_CLEARTID 0x00200000
#define GUEST_CLONE_DETACHED 0x00400000
#define GUEST_CLONE_CHILD_SETTID 0x01000000

static int live_threads = 1;

int guest_threads_live(void)
{
    return __atomic_load_n(&live_threads, __ATOMIC_SEQ_CST);
}

/* Per guest thread, beside its Cpu. */
typedef struct ThreadStart {
    Cpu *cpu;
    uint64_t flags, parent_tid, child_tid;
    sem_t started;
    pid_t tid;
} ThreadStart;

static __thread uint64_t clear_child_tid;

static void thread_exit_cleanup(Cpu *cpu)
{
    if (clear_child_tid && guest_range_ok(cpu->vm, clear_child_tid, 4)) {
        uint32_t *p = g2h(cpu->vm, clear_child_tid);
        __atomic_store_n(p, 0, __ATOMIC_SEQ_CST);
        syscall(SYS_futex, p, FUTEX_WAKE, 1, NULL, NULL, 0);
    }
}

static void *thread_main(void *arg)
{
    ThreadStart *ts = arg;
    Cpu *cpu = ts->cpu;

    cpu->tid = gettid();
    /* Both tid stores happen before any guest code of either thread runs
     * on, as the kernel does them: the child may exit (and clear its tid)
     * before the parent is scheduled again. */
    if (ts->flags & GUEST_CLONE_PARENT_SETTID) {
        uint32_t *p = guest_buf(cpu, ts->parent_tid, 4);
        if (p)
            *p = (uint32_t)cpu->tid;
    }
    if (ts->flags & GUEST_CLONE_CHILD_SETTID) {
        uint32_t *p = guest_buf(cpu, ts->child_tid, 4);
        if (p)
            *p = (uint32_t)cpu->tid;
    }
    if (ts->flags & GUEST_CLONE_CHILD_CLEARTID)
        clear_child_tid = ts->child_tid;
    ts->tid = cpu->tid;
    guest_set_mask(cpu, cpu->sig->mask);
    sem_post(&ts->started);     /* ts belongs to the parent from here on */
    cpu_loop(cpu);
    thread_exit_cleanup(cpu);
    free(cpu->sig);
    free(cpu);
    return NULL;
}

int64_t thread_clone(Cpu *cpu, const uint64_t *a)
{
    uint64_t flags = a[0];
    const uint64_t need = GUEST_CLONE_VM | GUEST_CLONE_SIGHAND | GUEST_CLONE_THREAD;
    const GuestIsa *isa = cpu->vm->isa;

    if ((flags & need) != need) {
        if (log_enabled(LOG_UNIMP))
            xlat_log("unimp: clone flags %#llx (CLONE_VM without a thread)\n",
                     (unsigned long long)flags);
        return -EINVAL;
    }
    Cpu *child = malloc(sizeof *child);
    memcpy(child, cpu, sizeof *child);
    child->sig = sigstate_new(cpu->sig);
    child->signal_pending = 0;
    child->jit_exit = 0;
    child->exit_requested = false;
    /* The child resumes after the syscall instruction, with result 0. */
    child->pc = cpu->pc + (isa->syscall_pc_past ? 0 : 4);
    isa->syscall_set_result(child, 0);
    if (a[1]) {
        if (isa->elf_machine == EM_AARCH64)     /* sp is x[31] */
            child->x[31] = a[1];
        else
            child->x[2] = a[1];
    }
    if (flags & GUEST_CLONE_SETTLS)
        isa->set_tls(child, a[3]);

    ThreadStart ts = { .cpu = child, .flags = flags, .parent_tid = a[2], .child_tid = a[4] };
    pthread_attr_t attr;
    pthread_t th;
    sem_init(&ts.started, 0, 0);
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 1 << 20);
    __atomic_add_fetch(&live_threads, 1, __ATOMIC_SEQ_CST);
    int err = pthread_create(&th, &attr, thread_main, &ts);
    pthread_attr_destroy(&attr);
    if (err) {
        __atomic_sub_fetch(&live_threads, 1, __ATOMIC_SEQ_CST);
        free(child->sig);
        free(child);
        return -err;
    }
    while (sem_wait(&ts.started) != 0)
        ;
    sem_destroy(&ts.started);
    return ts.tid;
}

static int64_t sys_exit(Cpu *cpu, const uint64_t *a)
{
    if (__atomic_sub_fetch(&live_threads, 1, __ATOMIC_SEQ_CST) == 0) {
        /* The last thread: the process ends with its status, through
         * exit() so that the exit handlers (-d stats) run as after
         * exit_group. */
        thread_exit_cleanup(cpu);
        if (log_file)
            fflush(log_file);
        exit((int)(a[0] & 0xff));
    }
    if (cpu->tid == getpid()) {
        /* The main thread leaves while others run on: its host thread must
         * stay (it owns the process), so it just stops. */
        thread_exit_cleanup(cpu);
        for (;;)
            pause();
    }
    cpu->exit_requested = true;     /* thread_main frees it after cpu_loop */
    return 0;
}

static int64_t sys_exit_group(Cpu *cpu, const uint64_t *a)
{
    if (log_file)
        fflush(log_file);
    if (__atomic_load_n(&live_threads, __ATOMIC_SEQ_CST) == 1) {
        /* The only thread: exit() at once (its handlers print -d stats).
         * Returning through the run loop would free every decoded block
         * and translation first, work the process's end does anyway. */
        exit((int)(a[0] & 0xff));
    }
    log_run_exit();     /* exit()'s handlers do not run on this path */
    syscall(SYS_exit_group, (int)(a[0] & 0xff));
    return 0;
}

static int64_t sys_set_tid_address(Cpu *cpu, const uint64_t *a)
{
    clear_child_tid = a[0];
    return gettid();
}

static int64_t sys_gettid(Cpu *cpu, const uint64_t *a)
{
    return gettid();
}

static int64_t sys_futex(Cpu *cpu, const uint64_t *a)
{
    int op = (int)a[1];
    int cmd = op & FUTEX_CMD_MASK;
    void *uaddr = guest_buf(cpu, a[0], 4);
    long timeout_or_val2 = (long)a[3];
    void *uaddr2 = NULL;

    if (!uaddr)
        return -EFAULT;
    switch (cmd) {
    case FUTEX_WAIT: case FUTEX_WAIT_BITSET: case FUTEX_LOCK_PI: case FUTEX_LOCK_PI2:
    case FUTEX_WAIT_REQUEUE_PI:
        if (a[3]) {
            void *ts = guest_buf(cpu, a[3], 16);   /* struct timespec: same layout */
            if (!ts)
                return -EFAULT;
            timeout_or_val2 = (long)ts;
        }
        break;
    default:
        break;          /* REQUEUE, CMP_REQUEUE, WAKE_OP: the slot is val2 */
    }
    if (cmd == FUTEX_REQUEUE || cmd == FUTEX_CMP_REQUEUE || cmd == FUTEX_WAKE_OP ||
        cmd == FUTEX_CMP_REQUEUE_PI || cmd == FUTEX_WAIT_REQUEUE_PI) {
        uaddr2 = guest_buf(cpu, a[4], 4);
        if (!uaddr2)
            return -EFAULT;
    }
    return safe_syscall(SYS_futex, (long)uaddr, op, (long)a[2], timeout_or_val2, (long)uaddr2,
                        (long)a[5]);
}

static int64_t sys_set_robust_list(Cpu *cpu, const uint64_t *a)
{
    /* struct robust_list_head: the same three 64-bit words everywhere. */
    return host_result(syscall(SYS_set_robust_list, guest_buf(cpu, a[0], a[1]), a[1]));
}

static int64_t sys_get_robust_list(Cpu *cpu, const uint64_t *a)
{
    void *head = NULL;
    size_t len = 0;
    uint64_t *headp = guest_buf(cpu, a[1], 8), *lenp = guest_buf(cpu, a[2], 8);

    if (!headp || !lenp)
        return -EFAULT;
    if (syscall(SYS_get_robust_list, (int)a[0], &head, &len) != 0)
        return -errno;
    *headp = head ? h2g(cpu->vm, head) : 0;
    *lenp = len;
    return 0;
}

static int64_t sys_membarrier(Cpu *cpu, const uint64_t *a)
{
    return host_result(syscall(SYS_membarrier, (int)a[0], (unsigned)a[1], (int)a[2]));
}

void syscall_register_thread(SyscallDesc *t)
{
    SYSCALL(t, 93, exit, A_INT);
    SYSCALL(t, 94, exit_group, A_INT);
    SYSCALL(t, 96, set_tid_address, A_PTR);
    SYSCALL(t, 98, futex, A_PTR, A_INT, A_INT, A_PTR, A_PTR, A_INT);
    SYSCALL(t, 99, set_robust_list, A_PTR, A_INT);
    SYSCALL(t, 100, get_robust_list, A_INT, A_PTR, A_PTR);
    SYSCALL(t, 178, gettid);
    SYSCALL(t, 283, membarrier, A_INT, A_HEX, A_INT);
}
