/*
 * The code epoch (see code_epoch.h).
 *
 * Which guest pages hold decoded code is kept in a two-level bitmap: one
 * bit per 4 KiB page, in chunks of 1 GiB of guest address space allocated
 * when code is first decoded there.  Bits are only ever set: a page that
 * once held code keeps invalidating (at worst one needless flush).  A
 * guest that maps and unmaps data all the time (a Go heap, an allocator's
 * arenas) then moves nothing, even when its data lies between two pieces
 * of code (the program low, the vdso and signal trampoline high).
 */
#include "translate/code_epoch.h"

#include <stdbool.h>
#include <stddef.h>
#include <sys/mman.h>

#define PAGE_BITS 12
#define CHUNK_BITS 30
#define VA_BITS 48
#define PAGES_PER_CHUNK (1u << (CHUNK_BITS - PAGE_BITS))
#define NCHUNKS (1u << (VA_BITS - CHUNK_BITS))
#define CHUNK_BYTES (PAGES_PER_CHUNK / 8)

uint64_t code_epoch;
static uint64_t code_lo = UINT64_MAX, code_hi;
static uint64_t *chunks[NCHUNKS];   /* PAGES_PER_CHUNK bits each */

/* What each move of the epoch changed: a ring indexed by the new epoch.
 * A writer claims its slot by moving the epoch, then fills it in and
 * stamps it with that epoch last; a reader that finds another stamp (not
 * yet written, or already overwritten by a later move) treats the move as
 * a change of everything. */
#define LOG_SLOTS 256

typedef struct EpochChange {
    uint64_t epoch, lo, hi;
} EpochChange;

static EpochChange changes[LOG_SLOTS];

/* async-signal-safe */
void code_epoch_bump_range(uint64_t lo, uint64_t hi)
{
    uint64_t e = __atomic_add_fetch(&code_epoch, 1, __ATOMIC_SEQ_CST);
    EpochChange *c = &changes[e % LOG_SLOTS];

    __atomic_store_n(&c->epoch, 0, __ATOMIC_SEQ_CST);
    __atomic_store_n(&c->lo, lo, __ATOMIC_RELAXED);
    __atomic_store_n(&c->hi, hi, __ATOMIC_RELAXED);
    __atomic_store_n(&c->epoch, e, __ATOMIC_SEQ_CST);
}

void code_epoch_bump(void)
{
    code_epoch_bump_range(0, UINT64_MAX);
}

bool code_epoch_changes(uint64_t from, uint64_t to, uint64_t (*ranges)[2], unsigned max,
                        unsigned *n)
{
    *n = 0;
    if (to - from > max || to - from >= LOG_SLOTS)
        return false;
    for (uint64_t e = from + 1; e <= to; e++) {
        const EpochChange *c = &changes[e % LOG_SLOTS];
        if (__atomic_load_n(&c->epoch, __ATOMIC_SEQ_CST) != e)
            return false;
        uint64_t lo = __atomic_load_n(&c->lo, __ATOMIC_RELAXED);
        uint64_t hi = __atomic_load_n(&c->hi, __ATOMIC_RELAXED);
        if (__atomic_load_n(&c->epoch, __ATOMIC_SEQ_CST) != e || hi == UINT64_MAX)
            return false;       /* overwritten meanwhile, or everything changed */
        ranges[*n][0] = lo;
        ranges[*n][1] = hi;
        (*n)++;
    }
    return true;
}

static uint64_t *chunk_get(uint64_t c)
{
    uint64_t *p = __atomic_load_n(&chunks[c], __ATOMIC_ACQUIRE);
    if (p)
        return p;
    /* Mapped, not calloc'ed: code is sparse, and only the pages of the
     * bitmap that get a bit set are ever committed. */
    uint64_t *fresh = mmap(NULL, CHUNK_BYTES, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (fresh == MAP_FAILED)
        return NULL;
    if (__atomic_compare_exchange_n(&chunks[c], &p, fresh, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE))
        return fresh;
    munmap(fresh, CHUNK_BYTES);     /* another thread's came first */
    return p;
}

/* Whether any page of [lo, hi) (both below 2^VA_BITS) may hold code. */
static bool pages_hold_code(uint64_t lo, uint64_t hi)
{
    for (uint64_t page = lo >> PAGE_BITS; page <= (hi - 1) >> PAGE_BITS;) {
        uint64_t c = page >> (CHUNK_BITS - PAGE_BITS);
        const uint64_t *bits = __atomic_load_n(&chunks[c], __ATOMIC_ACQUIRE);
        if (!bits) {
            page = (c + 1) << (CHUNK_BITS - PAGE_BITS);
            continue;
        }
        uint64_t i = page & (PAGES_PER_CHUNK - 1);
        if (__atomic_load_n(&bits[i / 64], __ATOMIC_RELAXED) & (1ull << (i % 64)))
            return true;
        page++;
    }
    return false;
}

void code_epoch_invalidate(uint64_t addr, uint64_t len)
{
    uint64_t lo = __atomic_load_n(&code_lo, __ATOMIC_ACQUIRE);
    uint64_t hi = __atomic_load_n(&code_hi, __ATOMIC_ACQUIRE);

    if (!len || addr >= hi || addr + len <= lo)
        return;
    if (addr + len < addr || hi > (1ull << VA_BITS)) {
        code_epoch_bump();      /* outside the bitmap: assume code */
        return;
    }
    if (pages_hold_code(addr > lo ? addr : lo, addr + len < hi ? addr + len : hi))
        code_epoch_bump_range(addr, addr + len);
}

void code_epoch_note_range(uint64_t lo, uint64_t hi)
{
    uint64_t cur = __atomic_load_n(&code_lo, __ATOMIC_RELAXED);
    while (lo < cur && !__atomic_compare_exchange_n(&code_lo, &cur, lo, false, __ATOMIC_SEQ_CST,
                                                    __ATOMIC_RELAXED))
        ;
    cur = __atomic_load_n(&code_hi, __ATOMIC_RELAXED);
    while (hi > cur && !__atomic_compare_exchange_n(&code_hi, &cur, hi, false, __ATOMIC_SEQ_CST,
                                                    __ATOMIC_RELAXED))
        ;
    if (hi <= lo || hi > (1ull << VA_BITS))
        return;     /* code_hi past the bitmap: invalidate assumes code */
    for (uint64_t page = lo >> PAGE_BITS; page <= (hi - 1) >> PAGE_BITS; page++) {
        uint64_t *bits = chunk_get(page >> (CHUNK_BITS - PAGE_BITS));
        uint64_t i = page & (PAGES_PER_CHUNK - 1), bit = 1ull << (i % 64);
        if (!bits) {
            /* No memory for the bitmap: make every change count. */
            __atomic_store_n(&code_hi, UINT64_MAX, __ATOMIC_SEQ_CST);
            return;
        }
        if (!(__atomic_load_n(&bits[i / 64], __ATOMIC_RELAXED) & bit))
            __atomic_or_fetch(&bits[i / 64], bit, __ATOMIC_SEQ_CST);
    }
}
