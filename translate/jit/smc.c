/*
 * Write-protection of guest code pages (see smc.h).
 *
 * The protected pages are a small fixed table of guest page addresses,
 * changed with atomic operations only, so the fault handler can read and
 * clear entries without a lock.  When it is full, further pages are not
 * protected: fence.i and riscv_flush_icache still invalidate them.
 */
#include "translate/jit/smc.h"

#include <sys/mman.h>

#include "loader/aspace.h"
#include "translate/code_epoch.h"

#define SMC_SLOTS 256

int smc_protected_pages;
static uint64_t slots[SMC_SLOTS];  /* guest page address, 0: free */

static int find(uint64_t page)
{
    for (int i = 0; i < SMC_SLOTS; i++)
        if (__atomic_load_n(&slots[i], __ATOMIC_ACQUIRE) == page)
            return i;
    return -1;
}

/* Clear slot i if it still holds page; true if this call cleared it. */
static bool take(int i, uint64_t page)
{
    uint64_t want = page;
    if (!__atomic_compare_exchange_n(&slots[i], &want, 0, false, __ATOMIC_SEQ_CST,
                                     __ATOMIC_RELAXED))
        return false;
    __atomic_sub_fetch(&smc_protected_pages, 1, __ATOMIC_SEQ_CST);
    return true;
}

void smc_protect(Vm *vm, uint64_t lo, uint64_t hi)
{
    for (uint64_t page = lo & GUEST_PAGE_MASK; page < hi; page += GUEST_PAGE_SIZE) {
        aspace_lock();
        int prot = aspace_prot_at(vm, page);
        if (prot >= 0 && (prot & PROT_WRITE) && (prot & PROT_EXEC) && find(page) < 0) {
            for (int i = 0; i < SMC_SLOTS; i++) {
                uint64_t free_slot = 0;
                if (__atomic_compare_exchange_n(&slots[i], &free_slot, page, false,
                                                __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {
                    __atomic_add_fetch(&smc_protected_pages, 1, __ATOMIC_SEQ_CST);
                    mprotect(g2h(vm, page), GUEST_PAGE_SIZE, prot & ~PROT_WRITE);
                    break;
                }
            }
        }
        aspace_unlock();
    }
}

static uint64_t smc_faults;     /* writes that hit a protected code page */

uint64_t smc_fault_count(void)
{
    return __atomic_load_n(&smc_faults, __ATOMIC_RELAXED);
}

/* async-signal-safe (but for the address-space lock) */
bool smc_write_fault(Cpu *cpu, uint64_t addr)
{
    uint64_t page = addr & GUEST_PAGE_MASK;
    int prot = aspace_prot_at(cpu->vm, page);

    /* A write to a page the guest may write faults only by xlat's doing:
     * the page is in the table, or another thread has just released it
     * (then the write is simply retried). */
    if (prot < 0 || !(prot & PROT_WRITE))
        return false;
    int i = find(page);
    if (i >= 0 && take(i, page)) {
        __atomic_add_fetch(&smc_faults, 1, __ATOMIC_RELAXED);
        code_epoch_bump_range(page, page + GUEST_PAGE_SIZE);
        cpu->jit_exit = 1;  /* leave translated code at its next check */
    }
    /* Always: should the host protection differ from the guest's for
     * another reason, the retried write must not fault forever. */
    mprotect(g2h(cpu->vm, page), GUEST_PAGE_SIZE, prot);
    return true;
}

void smc_release(Vm *vm, uint64_t addr, uint64_t len)
{
    if (!__atomic_load_n(&smc_protected_pages, __ATOMIC_ACQUIRE) || !len)
        return;
    bool released = false;
    aspace_lock();
    for (int i = 0; i < SMC_SLOTS; i++) {
        uint64_t page = __atomic_load_n(&slots[i], __ATOMIC_ACQUIRE);
        if (page && page < addr + len && page + GUEST_PAGE_SIZE > addr && take(i, page)) {
            int prot = aspace_prot_at(vm, page);
            if (prot >= 0)
                mprotect(g2h(vm, page), GUEST_PAGE_SIZE, prot);
            released = true;
        }
    }
    aspace_unlock();
    if (released)
        code_epoch_bump_range(addr & GUEST_PAGE_MASK, addr + len);
}

void smc_forget(uint64_t addr, uint64_t len)
{
    if (!__atomic_load_n(&smc_protected_pages, __ATOMIC_ACQUIRE))
        return;
    for (int i = 0; i < SMC_SLOTS; i++) {
        uint64_t page = __atomic_load_n(&slots[i], __ATOMIC_ACQUIRE);
        if (page && page - addr < len)
            take(i, page);
    }
}
