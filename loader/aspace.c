/*
 * Guest address-space bookkeeping: see aspace.h for the design.
 *
 * The mappings are a sorted array of disjoint ranges.  Guests have tens to
 * a few thousand mappings, and every change is a system call anyway, so an
 * array with memmove is simpler and no slower in practice than a tree.
 */
#include "loader/aspace.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <stdbool.h>
#include <sys/stat.h>

#include "core/log.h"

static GuestMapping *maps;
static pthread_mutex_t aspace_mutex = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;

void aspace_lock(void)
{
    pthread_mutex_lock(&aspace_mutex);
}

void aspace_unlock(void)
{
    pthread_mutex_unlock(&aspace_mutex);
}

/* A guest fork while another thread maps memory: the child must not
 * inherit the lock held (it has only the forking thread).  The forking
 * thread holds it across the fork; in the child its tid is new, so the
 * recursive mutex (owned by the old tid) is made anew, not unlocked. */
void aspace_fork_child(void)
{
    pthread_mutex_t fresh = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
    aspace_mutex = fresh;
}

static void register_fork_handlers(void)
{
    static bool done;
    if (!done) {
        done = true;
        pthread_atfork(aspace_lock, aspace_unlock, aspace_fork_child);
    }
}

static unsigned nmaps, capmaps;

/* Candidate sizes for the reservation, largest first.  256 GiB is what a
 * riscv64 Sv39 process has; the fallback (with the guard after it, vm.h)
 * fits below the shadow memory of AddressSanitizer builds, which starts at
 * 2 GiB. */
static const uint64_t reserve_sizes[] = {
    1ULL << 38, 1ULL << 36, 0x7fff0000ULL - 0x10000ULL - VM_GUARD_SIZE,
};
#define GUEST_MIN 0x10000ULL

bool aspace_init(Vm *vm)
{
    register_fork_handlers();
    for (size_t i = 0; i < sizeof reserve_sizes / sizeof reserve_sizes[0]; i++) {
        void *want = (void *)(uintptr_t)GUEST_MIN;
        void *p = mmap(want, reserve_sizes[i] + VM_GUARD_SIZE, PROT_NONE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
        if (p == MAP_FAILED)
            continue;
        if (p != want) {        /* kernels without MAP_FIXED_NOREPLACE */
            munmap(p, reserve_sizes[i] + VM_GUARD_SIZE);
            continue;
        }
        vm->guest_base = 0;
        vm->guest_min = GUEST_MIN;
        vm->guest_limit = GUEST_MIN + reserve_sizes[i];
        return true;
    }
    errno = ENOMEM;
    return false;
}

static unsigned first_ending_after(uint64_t addr)
{
    unsigned lo = 0, hi = nmaps;

    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        if (maps[mid].end <= addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool aspace_is_used(Vm *vm, uint64_t start, uint64_t len)
{
    unsigned i = first_ending_after(start);

    return i < nmaps && maps[i].start < start + len;
}

uint64_t aspace_find_free(Vm *vm, uint64_t len, uint64_t hint)
{
    len = page_align_up(len);
    if (len == 0 || len > vm->guest_limit - vm->guest_min)
        return 0;
    hint &= GUEST_PAGE_MASK;
    if (hint && guest_range_ok(vm, hint, len) && !aspace_is_used(vm, hint, len))
        return hint;
    /* Top-down from mmap_next, as Linux places mmaps below the stack. */
    uint64_t top = vm->mmap_next ? vm->mmap_next : vm->guest_limit;
    for (int pass = 0; pass < 2; pass++) {
        uint64_t end = top;
        int i = (int)first_ending_after(end) - 1;
        if (i + 1 < (int)nmaps && maps[i + 1].start < end)
            end = maps[i + 1].start;
        for (;;) {
            uint64_t gap_start = i >= 0 ? maps[i].end : vm->guest_min;
            if (end >= gap_start + len && end - len >= vm->guest_min)
                return end - len;
            if (i < 0)
                break;
            end = maps[i].start;
            i--;
        }
        top = vm->guest_limit;
    }
    return 0;
}

static void free_name(GuestMapping *m)
{
    free(m->name);
    m->name = NULL;
}

void aspace_forget(Vm *vm, uint64_t start, uint64_t len)
{
    uint64_t end = start + len;
    unsigned i = first_ending_after(start);

    while (i < nmaps && maps[i].start < end) {
        GuestMapping *m = &maps[i];
        if (m->start < start && m->end > end) {
            /* Split in two. */
            if (nmaps == capmaps) {
                capmaps = capmaps ? capmaps * 2 : 64;
                maps = realloc(maps, capmaps * sizeof *maps);
                m = &maps[i];
            }
            memmove(&maps[i + 1], &maps[i], (nmaps - i) * sizeof *maps);
            nmaps++;
            maps[i + 1].name = m->name ? strdup(m->name) : NULL;
            maps[i + 1].offset += end - m->start;
            maps[i + 1].start = end;
            m->end = start;
            return;
        }
        if (m->start < start) {
            m->end = start;
            i++;
        } else if (m->end > end) {
            m->offset += end - m->start;
            m->start = end;
            i++;
        } else {
            free_name(m);
            memmove(&maps[i], &maps[i + 1], (nmaps - i - 1) * sizeof *maps);
            nmaps--;
        }
    }
}

void aspace_record(Vm *vm, uint64_t start, uint64_t len, int prot, int flags,
                   uint64_t offset, uint64_t dev, uint64_t ino, const char *name)
{
    aspace_forget(vm, start, len);
    unsigned i = first_ending_after(start);

    if (nmaps == capmaps) {
        capmaps = capmaps ? capmaps * 2 : 64;
        maps = realloc(maps, capmaps * sizeof *maps);
    }
    memmove(&maps[i + 1], &maps[i], (nmaps - i) * sizeof *maps);
    nmaps++;
    maps[i] = (GuestMapping){ .start = start, .end = start + len, .prot = prot,
                              .flags = flags, .offset = offset, .dev = dev, .ino = ino,
                              .name = name ? strdup(name) : NULL };
}

int aspace_map(Vm *vm, uint64_t start, uint64_t len, int prot, int flags, int fd,
               uint64_t offset, const char *name)
{
    struct stat st = { 0 };

    len = page_align_up(len);
    if (!guest_range_ok(vm, start, len) || (start & ~GUEST_PAGE_MASK))
        return -ENOMEM;
    flags &= ~(MAP_FIXED_NOREPLACE | MAP_GROWSDOWN);
    void *p = mmap(g2h(vm, start), len, prot, flags | MAP_FIXED, fd, (off_t)offset);
    if (p == MAP_FAILED)
        return -errno;
    if (fd >= 0 && !(flags & MAP_ANONYMOUS))
        fstat(fd, &st);
    else
        offset = 0;
    aspace_record(vm, start, len, prot, flags, offset, st.st_dev, st.st_ino, name);
    if (log_enabled(LOG_PAGE))
        xlat_log("page: map %#llx-%#llx prot %d %s\n", (unsigned long long)start,
                 (unsigned long long)(start + len), prot, name ? name : "");
    return 0;
}

int aspace_unmap(Vm *vm, uint64_t start, uint64_t len)
{
    len = page_align_up(len);
    if (!guest_range_ok(vm, start, len) || (start & ~GUEST_PAGE_MASK))
        return -EINVAL;
    void *p = mmap(g2h(vm, start), len, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
    if (p == MAP_FAILED)
        return -errno;
    aspace_forget(vm, start, len);
    if (log_enabled(LOG_PAGE))
        xlat_log("page: unmap %#llx-%#llx\n", (unsigned long long)start,
                 (unsigned long long)(start + len));
    return 0;
}

int aspace_protect(Vm *vm, uint64_t start, uint64_t len, int prot)
{
    len = page_align_up(len);
    if (!guest_range_ok(vm, start, len) || (start & ~GUEST_PAGE_MASK))
        return -ENOMEM;
    /* Every page must be mapped, as for the kernel's mprotect. */
    uint64_t at = start;
    for (unsigned i = first_ending_after(start); at < start + len; i++) {
        if (i >= nmaps || maps[i].start > at)
            return -ENOMEM;
        at = maps[i].end;
    }
    if (mprotect(g2h(vm, start), len, prot) != 0)
        return -errno;
    /* Split the records at the edges and set the new protection. */
    for (unsigned i = first_ending_after(start); i < nmaps && maps[i].start < start + len; i++) {
        GuestMapping m = maps[i];
        uint64_t s = m.start > start ? m.start : start;
        uint64_t e = m.end < start + len ? m.end : start + len;
        if (m.prot == prot)
            continue;
        char *name = m.name ? strdup(m.name) : NULL;   /* record frees the old one */
        aspace_record(vm, s, e - s, prot, m.flags, m.offset + (s - m.start), m.dev, m.ino,
                      name);
        free(name);
        i = first_ending_after(s);
    }
    return 0;
}

void aspace_reset(Vm *vm)
{
    while (nmaps > 0) {
        uint64_t start = maps[0].start, len = maps[0].end - maps[0].start;
        if (aspace_unmap(vm, start, len) != 0)
            aspace_forget(vm, start, len);
    }
}

const GuestMapping *aspace_mappings(Vm *vm, unsigned *count)
{
    *count = nmaps;
    return maps;
}

int aspace_prot_at(Vm *vm, uint64_t addr)
{
    aspace_lock();
    unsigned i = first_ending_after(addr);
    int prot = i < nmaps && maps[i].start <= addr ? maps[i].prot : -1;
    aspace_unlock();
    return prot;
}

bool aspace_writable(Vm *vm, uint64_t addr, uint64_t len)
{
    if (!guest_range_ok(vm, addr, len))
        return false;
    for (uint64_t p = addr & GUEST_PAGE_MASK; p < addr + len; p += GUEST_PAGE_SIZE) {
        int prot = aspace_prot_at(vm, p);
        if (prot < 0 || !(prot & PROT_WRITE))
            return false;
    }
    return true;
}
