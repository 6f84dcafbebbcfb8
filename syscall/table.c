/*
 * The syscall table and dispatch.  riscv64 and aarch64 use the
 * asm-generic numbers (cf. linux: include/uapi/asm-generic/unistd.h), so
 * one table serves both guests.  An unknown number is -ENOSYS to the guest
 * and a line under -d unimp.  -strace prints every call with its decoded
 * arguments and its result, in strace's style.
 */
#include <stdio.h>
#include <string.h>

#include "core/log.h"
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
    table_ready = true;
}

static void strace_arg(const Cpu *cpu, char *buf, size_t size, ArgKind kind, uint64_t v)
{
    char s[64];

    switch (kind) {
    case A_STR:
        if (guest_string(cpu, v, s, sizeof s) < 0) {
            if (guest_string(cpu, v, s, 1) == -ENAMETOOLONG)
                snprintf(buf, size, "\"%.*s\"...", (int)sizeof s - 1,
                         (const char *)g2h(cpu->vm, v));
            else
                snprintf(buf, size, "%#llx", (unsigned long long)v);
        } else {
            snprintf(buf, size, "\"%s\"", s);
        }
        break;
    case A_FD:
        if ((int)v == -100)
            snprintf(buf, size, "AT_FDCWD");
        else
            snprintf(buf, size, "%d", (int)v);
        break;
    case A_INT:
    case A_SIG:
        snprintf(buf, size, "%lld", (long long)v);
        break;
    case A_OCT:
        snprintf(buf, size, "%#llo", (unsigned long long)v);
        break;
    default:
        snprintf(buf, size, "%#llx", (unsigned long long)v);
        break;
    }
}

static void strace_call(const Cpu *cpu, uint64_t nr, const SyscallDesc *d, const uint64_t *a,
                        int64_t ret, bool done)
{
    char line[512];
    size_t n = 0;

    if (!done && !(d && strcmp(d->name, "exit_group") == 0) && !(d && strcmp(d->name, "exit") == 0) &&
        !(d && strcmp(d->name, "execve") == 0))
        return;
    n += snprintf(line + n, sizeof line - n, "%d ", cpu->tid);
    if (d)
        n += snprintf(line + n, sizeof line - n, "%s(", d->name);
    else
        n += snprintf(line + n, sizeof line - n, "syscall_%llu(", (unsigned long long)nr);
    for (int i = 0; i < 6 && d && d->args[i] != A_END && n < sizeof line; i++) {
        char arg[128];
        strace_arg(cpu, arg, sizeof arg, d->args[i], a[i]);
        n += snprintf(line + n, sizeof line - n, "%s%s", i ? ", " : "", arg);
    }
    if (n >= sizeof line)
        n = sizeof line - 1;
    if (!done)
        n += snprintf(line + n, sizeof line - n, ") ...\n");
    else if (ret < 0 && ret >= -4095)
        n += snprintf(line + n, sizeof line - n, ") = -1 %s (%s)\n", strerrorname_np((int)-ret) ?: "E?",
                      strerror((int)-ret));
    else
        n += snprintf(line + n, sizeof line - n, ") = %lld%s", (long long)ret, "\n");
    xlat_log("%s", line);
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
        ret = d->handler(cpu, a);
    } else {
        if (log_enabled(LOG_UNIMP))
            xlat_log("unimp: syscall %llu\n", (unsigned long long)nr);
        ret = -ENOSYS;
    }
    if (log_enabled(LOG_STRACE))
        strace_call(cpu, nr, d, a, ret, true);
    isa->syscall_set_result(cpu, (uint64_t)ret);
}
