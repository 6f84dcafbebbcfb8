/*
 * The guest address space in direct mode.
 *
 * xlat reserves one range of guest addresses at start-up (PROT_NONE,
 * MAP_NORESERVE) and keeps a sorted list of the guest's mappings inside
 * it.  Every guest mapping (ELF segments, stack, brk, mmap) is created with
 * MAP_FIXED over the reservation; an unmapped range goes back to PROT_NONE,
 * so nothing else in the process (xlat's own heap, libraries, threads) can
 * ever be placed inside the guest range, and the guest can never map over
 * xlat.  The list answers "where is a free range" for the guest's mmap and
 * describes the guest's view of /proc/self/maps.
 *
 * Threads: every function here takes the address-space lock (a recursive
 * mutex), and callers that need several steps to be one (find a free range,
 * then map it) hold it around them with aspace_lock()/aspace_unlock().
 */
#ifndef XLAT_LOADER_ASPACE_H
#define XLAT_LOADER_ASPACE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/vm.h"

#define GUEST_PAGE_SIZE 4096ULL
#define GUEST_PAGE_MASK (~(GUEST_PAGE_SIZE - 1))

static inline uint64_t page_align_up(uint64_t v)
{
    return (v + GUEST_PAGE_SIZE - 1) & GUEST_PAGE_MASK;
}

typedef struct GuestMapping {
    uint64_t start, end;        /* guest addresses, page aligned */
    int prot;                   /* PROT_* */
    int flags;                  /* MAP_SHARED / MAP_PRIVATE ... as given */
    uint64_t offset;            /* file offset of start */
    uint64_t dev, ino;          /* of the mapped file, 0 for anonymous */
    char *name;                 /* file path, "[stack]", "[heap]", or NULL */
} GuestMapping;

/* The address-space lock (recursive). */
void aspace_lock(void);
void aspace_unlock(void);
/* In a forked child whose parent held the lock across the fork (as the
 * fork handlers do): the child's lock, free. */
void aspace_fork_child(void);

/* Reserve the guest range; returns false (with errno) when no range fits. */
bool aspace_init(Vm *vm);

/* Find a free, page-aligned range of len bytes; hint is used when free.
 * Returns 0 when nothing fits. */
uint64_t aspace_find_free(Vm *vm, uint64_t len, uint64_t hint);

/* Is any part of [start, start+len) mapped by the guest? */
bool aspace_is_used(Vm *vm, uint64_t start, uint64_t len);

/* Map at a fixed guest address (host mmap with MAP_FIXED at g2h(start)).
 * Returns 0 or -errno. */
int aspace_map(Vm *vm, uint64_t start, uint64_t len, int prot, int flags, int fd,
               uint64_t offset, const char *name);

/* Unmap: the range returns to the PROT_NONE reservation.  0 or -errno. */
int aspace_unmap(Vm *vm, uint64_t start, uint64_t len);

/* Change protection of mapped pages.  0 or -errno (ENOMEM if unmapped). */
int aspace_protect(Vm *vm, uint64_t start, uint64_t len, int prot);

/* Iterate the mappings in address order (for /proc/self/maps). */
const GuestMapping *aspace_mappings(Vm *vm, unsigned *count);

/* Record a mapping whose host mapping already exists (mremap's result). */
void aspace_record(Vm *vm, uint64_t start, uint64_t len, int prot, int flags,
                   uint64_t offset, uint64_t dev, uint64_t ino, const char *name);
/* Forget the records of [start, start+len) without touching host memory. */
void aspace_forget(Vm *vm, uint64_t start, uint64_t len);



/* Unmap every guest mapping (the range stays reserved), for a fresh start:
 * the ELF loader's fuzz harness runs many loads in one process. */
void aspace_reset(Vm *vm);

/* Protection of the guest page holding addr, or -1 when it is unmapped. */
int aspace_prot_at(Vm *vm, uint64_t addr);

/* Is all of [addr, addr+len) mapped writable for the guest? */
bool aspace_writable(Vm *vm, uint64_t addr, uint64_t len);
#endif
