/*
 * The code epoch (see code_epoch.h).
 */
#include "translate/code_epoch.h"

#include <stdbool.h>

uint64_t code_epoch;
static uint64_t code_lo = UINT64_MAX, code_hi;

void code_epoch_bump(void)
{
    __atomic_add_fetch(&code_epoch, 1, __ATOMIC_SEQ_CST);
}

void code_epoch_invalidate(uint64_t addr, uint64_t len)
{
    /* A block that starts below addr may reach into it: allow for its length. */
    if (addr < __atomic_load_n(&code_hi, __ATOMIC_RELAXED) + 512 &&
        addr + len > __atomic_load_n(&code_lo, __ATOMIC_RELAXED))
        code_epoch_bump();
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
}
