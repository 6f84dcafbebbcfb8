/*
 * The initial stack, laid out as Linux's create_elf_tables() does
 * (fs/binfmt_elf.c), from the top down:
 *
 *   execfn string, envp strings, argv strings      (copied first, highest)
 *   platform string (aarch64), 16 AT_RANDOM bytes
 *   padding to 16 bytes
 *   auxv pairs ... AT_NULL
 *   envp[] NULL
 *   argv[] NULL
 *   argc                                           <- sp, 16-byte aligned
 *
 * The stack's size follows RLIMIT_STACK, as the kernel's stack rlimit does.
 */
#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <unistd.h>

#include "core/isa.h"
#include "loader/aspace.h"
#include "loader/loader.h"

#ifndef AT_MINSIGSTKSZ
#define AT_MINSIGSTKSZ 51
#endif

static uint64_t stack_size(void)
{
    struct rlimit rl;
    uint64_t size = 8ULL << 20;

    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        size = rl.rlim_cur;
    if (size < (128ULL << 10))
        size = 128ULL << 10;
    if (size > (1ULL << 30))
        size = 1ULL << 30;
    return page_align_up(size);
}

static uint64_t push_bytes(Vm *vm, uint64_t *sp, const void *data, size_t len)
{
    *sp -= len;
    memcpy(g2h(vm, *sp), data, len);
    return *sp;
}

void stack_place(Vm *vm)
{
    uint64_t size = stack_size();
    uint64_t bottom = vm->guest_limit - size;
    /* Leave a gap below the stack for it to grow into, as Linux's mmap_base does. */
    uint64_t gap = 128ULL << 20;

    vm->stack_top = vm->guest_limit;
    vm->mmap_next = bottom > vm->guest_min + 2 * gap ? bottom - gap : bottom;
}

uint64_t stack_build(Vm *vm, const ElfImage *exe, const ElfImage *interp, char **argv,
                     char **envp, const char *execfn, char *why, size_t whylen)
{
    const GuestIsa *isa = vm->isa;
    uint64_t size = stack_size();
    uint64_t top = vm->stack_top;
    uint64_t bottom = top - size;
    int prot = PROT_READ | PROT_WRITE | (exe->exec_stack ? PROT_EXEC : 0);
    size_t argc = 0, envc = 0, strings = 0;

    for (; argv[argc]; argc++)
        strings += strlen(argv[argc]) + 1;
    for (; envp[envc]; envc++)
        strings += strlen(envp[envc]) + 1;
    strings += strlen(execfn) + 1;
    /* Linux refuses argument space above a quarter of the stack limit. */
    if (strings + (argc + envc + 64) * 8 > size / 4) {
        snprintf(why, whylen, "argument list too long");
        return 0;
    }
    int err = aspace_map(vm, bottom, size, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1,
                         0, "[stack]");
    if (err) {
        snprintf(why, whylen, "cannot map the stack: %s", strerror(-err));
        return 0;
    }

    uint64_t sp = top - 8;      /* the kernel leaves one word at the very top */
    uint64_t execfn_addr = push_bytes(vm, &sp, execfn, strlen(execfn) + 1);
    uint64_t *env_addr = calloc(envc + 1, sizeof *env_addr);
    uint64_t *arg_addr = calloc(argc + 1, sizeof *arg_addr);
    for (size_t i = envc; i-- > 0;)
        env_addr[i] = push_bytes(vm, &sp, envp[i], strlen(envp[i]) + 1);
    vm->arg_end = sp;
    for (size_t i = argc; i-- > 0;)
        arg_addr[i] = push_bytes(vm, &sp, argv[i], strlen(argv[i]) + 1);
    vm->arg_start = argc ? arg_addr[0] : sp;
    if (argc == 0)
        vm->arg_end = sp;
    uint64_t platform_addr = 0;
    if (isa->platform) {
        sp &= ~7ULL;
        platform_addr = push_bytes(vm, &sp, isa->platform, strlen(isa->platform) + 1);
    }
    uint8_t random_bytes[16];
    if (getrandom(random_bytes, sizeof random_bytes, 0) != sizeof random_bytes)
        memset(random_bytes, 0x5a, sizeof random_bytes);
    sp &= ~15ULL;
    uint64_t random_addr = push_bytes(vm, &sp, random_bytes, sizeof random_bytes);

    uint64_t auxv[2 * 32];
    size_t n = 0;
#define AUX(type, value) (auxv[n++] = (type), auxv[n++] = (value))
    if (isa->minsigstksz)
        AUX(AT_MINSIGSTKSZ, isa->minsigstksz);
    AUX(AT_HWCAP, isa->hwcap);
    AUX(AT_PAGESZ, GUEST_PAGE_SIZE);
    AUX(AT_CLKTCK, (uint64_t)sysconf(_SC_CLK_TCK));
    AUX(AT_PHDR, exe->phdr);
    AUX(AT_PHENT, exe->phent);
    AUX(AT_PHNUM, exe->phnum);
    AUX(AT_BASE, interp ? interp->load_bias : 0);
    AUX(AT_FLAGS, 0);
    AUX(AT_ENTRY, exe->entry);
    AUX(AT_UID, getuid());
    AUX(AT_EUID, geteuid());
    AUX(AT_GID, getgid());
    AUX(AT_EGID, getegid());
    AUX(AT_SECURE, 0);
    AUX(AT_RANDOM, random_addr);
    if (isa->hwcap2)
        AUX(AT_HWCAP2, isa->hwcap2);
    AUX(AT_EXECFN, execfn_addr);
    if (platform_addr)
        AUX(AT_PLATFORM, platform_addr);
    AUX(AT_NULL, 0);
#undef AUX

    /* Align so that sp (at argc) ends up 16-byte aligned. */
    size_t words = 1 + (argc + 1) + (envc + 1) + n;
    sp = (sp - words * 8) & ~15ULL;
    uint64_t *w = g2h(vm, sp);
    size_t k = 0;
    w[k++] = argc;
    for (size_t i = 0; i < argc; i++)
        w[k++] = arg_addr[i];
    w[k++] = 0;
    for (size_t i = 0; i < envc; i++)
        w[k++] = env_addr[i];
    w[k++] = 0;
    vm->auxv_addr = sp + k * 8;
    vm->auxv_len = n * 8;
    memcpy(&w[k], auxv, n * 8);
    free(env_addr);
    free(arg_addr);
    return sp;
}
