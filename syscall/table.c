/*
 * The syscall table and dispatch.  riscv64 and aarch64 use the
 * asm-generic numbers (cf. linux: include/uapi/asm-generic/unistd.h), so
 * one table serves both guests.  An unknown number is -ENOSYS to the guest
 * and a line under -d unimp.  -strace (strace.c) prints every call with
 * its decoded arguments and its result.
 */
#include <stdio.h>
#include <string.h>

#include "core/log.h"
#include "loader/aspace.h"
#include "signals/signals.h"
#include "syscall/internal.h"
#include "syscall/syscall.h"

static SyscallDesc table[SYSCALL_TABLE_SIZE];
static bool table_ready;

static void table_init(void)
{
    syscall_register_fs(table);
    syscall_register_mm(table);
    syscall_register_proc(table);
    syscall_register_time(table);
    syscall_register_process(table);
    syscall_register_poll(table);
    syscall_register_net(table);
    syscall_register_fsattr(table);
    syscall_register_xfer(table);
    /* Last: signals and threads own these numbers whatever came before. */
    syscall_register_signal(table);
    syscall_register_thread(table);
    table_ready = true;
}

void syscall_do(Cpu *cpu)
{
    const GuestIsa *isa = cpu->vm->isa;
    uint64_t nr = isa->syscall_nr(cpu);
    uint64_t a[6];
    int64_t ret;

    if (!table_ready)
        table_init();
    for (int i = 0; i < 6; i++)
        a[i] = isa->syscall_arg(cpu, i);
    const SyscallDesc *d = nr < SYSCALL_TABLE_SIZE && table[nr].handler ? &table[nr] : NULL;
    if (log_enabled(LOG_STRACE))
        strace_call(cpu, nr, d, a, 0, false);
    if (d) {
        /* Calls that change the guest address space run one at a time
         * (loader/aspace.h); nothing else waits on them. */
        bool mm = nr == 214 || nr == 215 || nr == 216 || nr == 222 || nr == 226;
        if (mm)
            aspace_lock();
        ret = d->handler(cpu, a);
        if (mm)
            aspace_unlock();
        /* Interrupted by a signal for the guest: the run loop delivers it
         * and restarts the call if the guest's SA_RESTART says so. */
        if (ret == -EINTR && cpu->signal_pending)
            signals_note_interrupted(cpu, (int)nr, cpu->pc - (uint64_t)isa->syscall_pc_past,
                                     a[0]);
    } else {
        if (log_enabled(LOG_UNIMP))
            xlat_log("unimp: syscall %llu\n", (unsigned long long)nr);
        ret = -ENOSYS;
    }
    if (log_enabled(LOG_STRACE))
        strace_call(cpu, nr, d, a, ret, true);
    isa->syscall_set_result(cpu, (uint64_t)ret);
}
