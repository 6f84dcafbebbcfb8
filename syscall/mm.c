/*
 * Memory system calls, always inside the guest address space
 * (loader/aspace.h): mmap picks guest addresses itself and maps with
 * MAP_FIXED over xlat's reservation; munmap puts the reservation back;
 * mremap moves or grows only into free guest addresses.  Anything that
 * may remove or change guest code tells the interpreter to forget its
 * decodings of that range.
 */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/log.h"
#include "loader/aspace.h"
#include "syscall/internal.h"
#include "translate/jit/smc.h"

static void invalidate(Cpu *cpu, uint64_t addr, uint64_t len)
{
    smc_forget(addr, len);
    if (cpu->vm->isa->invalidate)
        cpu->vm->isa->invalidate(cpu->vm, addr, len);
}

static int64_t sys_brk(Cpu *cpu, const uint64_t *a)
{
    Vm *vm = cpu->vm;
    uint64_t want = a[0];
    uint64_t cur_end = page_align_up(vm->brk_cur);

    if (want < vm->brk_start || want > vm->guest_limit)
        return (int64_t)vm->brk_cur;
    uint64_t new_end = page_align_up(want);
    if (new_end > cur_end) {
        if (aspace_is_used(vm, cur_end, new_end - cur_end) ||
            aspace_map(vm, cur_end, new_end - cur_end, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0, "[heap]") != 0)
            return (int64_t)vm->brk_cur;
    } else if (new_end < cur_end) {
        aspace_unmap(vm, new_end, cur_end - new_end);
    }
    vm->brk_cur = want;
    return (int64_t)want;
}

/* The file behind fd, for the guest's /proc/self/maps. */
static void fd_name(int fd, char *buf, size_t size)
{
    char link[64];
    ssize_t n;

    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    n = readlink(link, buf, size - 1);
    buf[n > 0 ? n : 0] = '\0';
}

static int64_t sys_mmap(Cpu *cpu, const uint64_t *a)
{
    Vm *vm = cpu->vm;
    uint64_t addr = a[0], len = a[1], off = a[5];
    int prot = (int)a[2], flags = (int)a[3], fd = (int)a[4];
    char name[4096] = "";

    if (len == 0 || (off & (GUEST_PAGE_SIZE - 1)))
        return -EINVAL;
    if (page_align_up(len) < len || page_align_up(len) == 0)
        return -ENOMEM;
    len = page_align_up(len);
    /* Host-only flags never come from a guest: 0x40 is x86's MAP_32BIT. */
    flags &= ~0x40;
    if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) {
        if (addr & (GUEST_PAGE_SIZE - 1))
            return -EINVAL;
        if (!guest_range_ok(vm, addr, len))
            return -ENOMEM;
        if ((flags & MAP_FIXED_NOREPLACE) && !(flags & MAP_FIXED) && aspace_is_used(vm, addr, len))
            return -EEXIST;
    } else {
        addr = aspace_find_free(vm, len, addr);
        if (!addr)
            return -ENOMEM;
    }
    if (!(flags & MAP_ANONYMOUS))
        fd_name(fd, name, sizeof name);
    invalidate(cpu, addr, len);
    int err = aspace_map(vm, addr, len, prot, flags, (flags & MAP_ANONYMOUS) ? -1 : fd, off,
                         name[0] ? name : NULL);
    return err ? err : (int64_t)addr;
}

static int64_t sys_munmap(Cpu *cpu, const uint64_t *a)
{
    if ((a[0] & (GUEST_PAGE_SIZE - 1)) || a[1] == 0)
        return -EINVAL;
    if (!guest_range_ok(cpu->vm, a[0], page_align_up(a[1])))
        return -EINVAL;
    invalidate(cpu, a[0], a[1]);
    return aspace_unmap(cpu->vm, a[0], a[1]);
}

static int64_t sys_mprotect(Cpu *cpu, const uint64_t *a)
{
    if (a[0] & (GUEST_PAGE_SIZE - 1))
        return -EINVAL;
    if (a[1] == 0)
        return 0;
    invalidate(cpu, a[0], a[1]);
    return aspace_protect(cpu->vm, a[0], a[1], (int)a[2]);
}

static const GuestMapping *mapping_at(Vm *vm, uint64_t addr)
{
    unsigned n;
    const GuestMapping *m = aspace_mappings(vm, &n);

    for (unsigned i = 0; i < n; i++)
        if (m[i].start <= addr && addr < m[i].end)
            return &m[i];
    return NULL;
}

static int64_t sys_mremap(Cpu *cpu, const uint64_t *a)
{
    Vm *vm = cpu->vm;
    uint64_t old = a[0], old_len = page_align_up(a[1]), new_len = page_align_up(a[2]);
    int flags = (int)a[3];

    if ((old & (GUEST_PAGE_SIZE - 1)) || new_len == 0 || (flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED)))
        return -EINVAL;
    const GuestMapping *m = mapping_at(vm, old);
    if (!m || !guest_range_ok(vm, old, old_len) || old_len == 0 || m->end < old + old_len)
        return -EFAULT;
    GuestMapping keep = *m;
    char *name = keep.name ? strdup(keep.name) : NULL;
    int64_t ret;

    invalidate(cpu, old, old_len);
    if (new_len <= old_len && !(flags & MREMAP_FIXED)) {
        if (new_len < old_len)
            aspace_unmap(vm, old + new_len, old_len - new_len);
        ret = (int64_t)old;
        goto out;
    }
    uint64_t target;
    if (flags & MREMAP_FIXED) {
        target = a[4];
        if ((target & (GUEST_PAGE_SIZE - 1)) || !guest_range_ok(vm, target, new_len)) {
            ret = -EINVAL;
            goto out;
        }
    } else if (!aspace_is_used(vm, old + old_len, new_len - old_len) &&
               guest_range_ok(vm, old, new_len)) {
        /* Grow in place: open a hole in the reservation, then extend into it. */
        munmap(g2h(vm, old + old_len), new_len - old_len);
        if (mremap(g2h(vm, old), old_len, new_len, 0) == MAP_FAILED) {
            ret = -errno;
            mmap(g2h(vm, old + old_len), new_len - old_len, PROT_NONE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
            goto out;
        }
        aspace_record(vm, old, new_len, keep.prot, keep.flags, keep.offset, keep.dev, keep.ino, name);
        ret = (int64_t)old;
        goto out;
    } else if (!(flags & MREMAP_MAYMOVE)) {
        ret = -ENOMEM;
        goto out;
    } else {
        target = aspace_find_free(vm, new_len, 0);
        if (!target) {
            ret = -ENOMEM;
            goto out;
        }
    }
    if (mremap(g2h(vm, old), old_len, new_len, MREMAP_MAYMOVE | MREMAP_FIXED, g2h(vm, target)) ==
        MAP_FAILED) {
        ret = -errno;
        goto out;
    }
    /* The old range is a hole now: give it back to the reservation. */
    mmap(g2h(vm, old), old_len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED,
         -1, 0);
    aspace_forget(vm, old, old_len);
    aspace_record(vm, target, new_len, keep.prot, keep.flags, keep.offset, keep.dev, keep.ino, name);
    invalidate(cpu, target, new_len);
    ret = (int64_t)target;
out:
    free(name);
    return ret;
}

static int64_t sys_madvise(Cpu *cpu, const uint64_t *a)
{
    if (!guest_range_ok(cpu->vm, a[0], a[1]))
        return -ENOMEM;
    /* Advice only: MADV_DONTNEED zeroes anonymous pages, which the host does too. */
    return host_result(madvise(g2h(cpu->vm, a[0]), a[1], (int)a[2]));
}

/* riscv_flush_icache (riscv64 only: on aarch64 259 is no syscall).  Like
 * the kernel, it ignores the range and flushes everything, for every
 * thread: the others drop their translations at their next safe point.
 * cf. linux: arch/riscv/include/uapi/asm/unistd.h, arch/riscv/mm/cacheflush.c */
#define SYS_RISCV_FLUSH_ICACHE_LOCAL 1
static int64_t sys_riscv_flush_icache(Cpu *cpu, const uint64_t *a)
{
    if (cpu->vm->isa->elf_machine != EM_RISCV)
        return -ENOSYS;
    if (a[2] & ~(uint64_t)SYS_RISCV_FLUSH_ICACHE_LOCAL)
        return -EINVAL;
    invalidate(cpu, 0, UINT64_MAX);
    return 0;
}

static int64_t sys_msync(Cpu *cpu, const uint64_t *a)
{
    if (!guest_range_ok(cpu->vm, a[0], a[1]))
        return -ENOMEM;
    return host_result(msync(g2h(cpu->vm, a[0]), a[1], (int)a[2]));
}

static int64_t sys_mincore(Cpu *cpu, const uint64_t *a)
{
    unsigned char *vec = guest_buf(cpu, a[2], (page_align_up(a[1]) / GUEST_PAGE_SIZE));
    if (!guest_range_ok(cpu->vm, a[0], a[1]))
        return -ENOMEM;
    if (!vec)
        return -EFAULT;
    return host_result(mincore(g2h(cpu->vm, a[0]), a[1], vec));
}

static int64_t sys_mlock(Cpu *cpu, const uint64_t *a)
{
    if (!guest_range_ok(cpu->vm, a[0], a[1]))
        return -ENOMEM;
    return host_result(mlock(g2h(cpu->vm, a[0]), a[1]));
}

static int64_t sys_munlock(Cpu *cpu, const uint64_t *a)
{
    if (!guest_range_ok(cpu->vm, a[0], a[1]))
        return -ENOMEM;
    return host_result(munlock(g2h(cpu->vm, a[0]), a[1]));
}

static int64_t sys_mlockall(Cpu *cpu, const uint64_t *a)
{
    /* Would lock xlat's whole reservation; accepted as advice. */
    return 0;
}

static int64_t sys_munlockall(Cpu *cpu, const uint64_t *a)
{
    return 0;
}

void syscall_register_mm(SyscallDesc *t)
{
    SYSCALL(t, 228, mlock, A_HEX, A_HEX);
    SYSCALL(t, 229, munlock, A_HEX, A_HEX);
    SYSCALL(t, 230, mlockall, A_HEX);
    SYSCALL(t, 231, munlockall);
    SYSCALL(t, 214, brk, A_HEX);
    SYSCALL(t, 215, munmap, A_HEX, A_HEX);
    SYSCALL(t, 216, mremap, A_HEX, A_HEX, A_HEX, A_HEX, A_HEX);
    SYSCALL(t, 222, mmap, A_HEX, A_HEX, A_PROT, A_MFLAGS, A_FD, A_HEX);
    SYSCALL(t, 226, mprotect, A_HEX, A_HEX, A_PROT);
    SYSCALL(t, 227, msync, A_HEX, A_HEX, A_HEX);
    SYSCALL(t, 232, mincore, A_HEX, A_HEX, A_PTR);
    SYSCALL(t, 233, madvise, A_HEX, A_HEX, A_INT);
    SYSCALL(t, 259, riscv_flush_icache, A_HEX, A_HEX, A_HEX);
}
