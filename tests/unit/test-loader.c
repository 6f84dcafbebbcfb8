/*
 * Unit tests of the loader's pieces: the guest address-space bookkeeping
 * (loader/aspace.c), ELF images (loader/elf.c) and the initial stack with
 * its auxv (loader/stack.c).  The ELF tests load the guest programs that
 * the build made (guest-bins/out/<isa>/demo, found through $top_builddir).
 */
#include <elf.h>
#include <glib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "core/isa.h"
#include "core/vm.h"
#include "loader/aspace.h"
#include "loader/loader.h"

static Vm vm;

static void test_aspace(void)
{
    uint64_t base = vm.guest_min + (64ULL << 20);

    g_assert_false(aspace_is_used(&vm, base, 3 * GUEST_PAGE_SIZE));
    g_assert_cmpint(aspace_map(&vm, base, 3 * GUEST_PAGE_SIZE, PROT_READ | PROT_WRITE,
                               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0, "t"), ==, 0);
    g_assert_true(aspace_is_used(&vm, base + GUEST_PAGE_SIZE, 1));
    g_assert_cmpint(aspace_prot_at(&vm, base), ==, PROT_READ | PROT_WRITE);
    /* The memory is really there, zeroed. */
    g_assert_cmpint(*(uint8_t *)g2h(&vm, base + 100), ==, 0);
    *(uint8_t *)g2h(&vm, base + 100) = 7;
    /* A hint on a used range is not taken. */
    uint64_t other = aspace_find_free(&vm, GUEST_PAGE_SIZE, base);
    g_assert_cmpuint(other, !=, 0);
    g_assert_false(other >= base && other < base + 3 * GUEST_PAGE_SIZE);
    /* A hint on a free range is. */
    g_assert_cmpuint(aspace_find_free(&vm, GUEST_PAGE_SIZE, base + 8 * GUEST_PAGE_SIZE), ==,
                     base + 8 * GUEST_PAGE_SIZE);
    /* mprotect of the middle page splits the mapping in three. */
    g_assert_cmpint(aspace_protect(&vm, base + GUEST_PAGE_SIZE, GUEST_PAGE_SIZE, PROT_READ), ==, 0);
    g_assert_cmpint(aspace_prot_at(&vm, base), ==, PROT_READ | PROT_WRITE);
    g_assert_cmpint(aspace_prot_at(&vm, base + GUEST_PAGE_SIZE), ==, PROT_READ);
    g_assert_cmpint(aspace_prot_at(&vm, base + 2 * GUEST_PAGE_SIZE), ==, PROT_READ | PROT_WRITE);
    /* mprotect over a hole fails as the kernel's does. */
    g_assert_cmpint(aspace_protect(&vm, base, 5 * GUEST_PAGE_SIZE, PROT_READ), ==, -ENOMEM);
    /* Unmapping the first page leaves the rest. */
    g_assert_cmpint(aspace_unmap(&vm, base, GUEST_PAGE_SIZE), ==, 0);
    g_assert_cmpint(aspace_prot_at(&vm, base), ==, -1);
    g_assert_cmpint(aspace_prot_at(&vm, base + GUEST_PAGE_SIZE), ==, PROT_READ);
    g_assert_cmpint(aspace_unmap(&vm, base, 3 * GUEST_PAGE_SIZE), ==, 0);
    g_assert_false(aspace_is_used(&vm, base, 3 * GUEST_PAGE_SIZE));
    /* Outside the guest range nothing maps. */
    g_assert_cmpint(aspace_map(&vm, vm.guest_limit, GUEST_PAGE_SIZE, PROT_READ,
                               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0, NULL), ==, -ENOMEM);
}

static char *guest_bin(const char *isa, const char *name)
{
    const char *top = getenv("top_builddir");
    char *path = g_strdup_printf("%s/guest-bins/out/%s/%s", top ? top : ".", isa, name);

    if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
        g_free(path);
        return NULL;
    }
    return path;
}

static void test_elf_static(void)
{
    char why[256];
    ElfImage img;
    char *path = guest_bin("riscv64", "demo");

    if (!path) {
        g_test_skip("guest-bins/out/riscv64/demo is not built");
        return;
    }
    g_assert_true(loader_probe(path, why, sizeof why) == &guest_isa_riscv64);
    vm.isa = &guest_isa_riscv64;
    g_assert_true(elf_load_image(&vm, path, &img, false, why, sizeof why));
    g_assert_false(img.is_dyn);
    g_assert_null(img.interp);
    g_assert_false(img.exec_stack);
    g_assert_cmpuint(img.machine, ==, EM_RISCV);
    g_assert_cmpuint(img.entry, >=, img.lo);
    g_assert_cmpuint(img.entry, <, img.hi);
    g_assert_cmpuint(img.phent, ==, sizeof(Elf64_Phdr));
    /* AT_PHDR points at the program headers, inside the mapped image. */
    const Elf64_Phdr *ph = g2h(&vm, img.phdr);
    g_assert_cmpuint(ph[0].p_type, !=, PT_NULL);
    /* The text is mapped read-execute, not writable. */
    g_assert_cmpint(aspace_prot_at(&vm, img.entry), ==, PROT_READ | PROT_EXEC);
    /* A second load at the same fixed address is refused. */
    ElfImage again;
    g_assert_false(elf_load_image(&vm, path, &again, false, why, sizeof why));
    g_assert_nonnull(strstr(why, "overlap"));
    g_free(path);
}

static uint64_t auxv_get(const uint64_t *auxv, uint64_t type)
{
    for (; auxv[0] != AT_NULL; auxv += 2)
        if (auxv[0] == type)
            return auxv[1];
    return UINT64_MAX;
}

static void test_stack(void)
{
    char why[256];
    ElfImage exe = { .entry = 0x10000, .phdr = 0x10040, .phnum = 9, .phent = 56 };
    char *argv[] = { "prog", "first arg", "", NULL };
    char *envp[] = { "A=1", "EMPTY=", NULL };

    vm.isa = &guest_isa_riscv64;
    stack_place(&vm);
    uint64_t sp = stack_build(&vm, &exe, NULL, argv, envp, "/path/prog", why, sizeof why);
    g_assert_cmpuint(sp, !=, 0);
    g_assert_cmpuint(sp % 16, ==, 0);
    const uint64_t *w = g2h(&vm, sp);
    g_assert_cmpuint(w[0], ==, 3);
    g_assert_cmpstr(g2h(&vm, w[1]), ==, "prog");
    g_assert_cmpstr(g2h(&vm, w[2]), ==, "first arg");
    g_assert_cmpstr(g2h(&vm, w[3]), ==, "");
    g_assert_cmpuint(w[4], ==, 0);
    g_assert_cmpstr(g2h(&vm, w[5]), ==, "A=1");
    g_assert_cmpstr(g2h(&vm, w[6]), ==, "EMPTY=");
    g_assert_cmpuint(w[7], ==, 0);
    const uint64_t *auxv = &w[8];
    g_assert_cmpuint(auxv_get(auxv, AT_PAGESZ), ==, 4096);
    g_assert_cmpuint(auxv_get(auxv, AT_ENTRY), ==, 0x10000);
    g_assert_cmpuint(auxv_get(auxv, AT_PHDR), ==, 0x10040);
    g_assert_cmpuint(auxv_get(auxv, AT_PHNUM), ==, 9);
    g_assert_cmpuint(auxv_get(auxv, AT_PHENT), ==, 56);
    g_assert_cmpuint(auxv_get(auxv, AT_BASE), ==, 0);
    g_assert_cmpuint(auxv_get(auxv, AT_SECURE), ==, 0);
    g_assert_cmpuint(auxv_get(auxv, AT_HWCAP), ==, guest_isa_riscv64.hwcap);
    /* riscv64: I, M, A, F, D, C */
    g_assert_cmpuint(guest_isa_riscv64.hwcap, ==, (1 << 8) | (1 << 12) | 1 | (1 << 5) | (1 << 3) | (1 << 2));
    g_assert_cmpstr(g2h(&vm, auxv_get(auxv, AT_EXECFN)), ==, "/path/prog");
    uint64_t rnd = auxv_get(auxv, AT_RANDOM);
    g_assert_cmpuint(rnd, >, sp);
    g_assert_cmpuint(rnd + 16, <=, vm.stack_top);
    g_assert_cmpuint(auxv_get(auxv, AT_UID), ==, getuid());
    /* /proc/self/auxv and cmdline are served from what the builder recorded. */
    g_assert_cmpuint(vm.auxv_addr, ==, sp + 8 * 8);
    g_assert_cmpuint(vm.arg_start, ==, w[1]);
    g_assert_cmpuint(vm.arg_end, ==, w[5]);
    /* The stack is mapped read-write at the top of the guest range. */
    g_assert_cmpint(aspace_prot_at(&vm, sp) & (PROT_READ | PROT_WRITE), ==, PROT_READ | PROT_WRITE);
    g_assert_cmpuint(vm.stack_top, ==, vm.guest_limit);

    /* aarch64 adds AT_PLATFORM ("aarch64") and its own HWCAP. */
    vm.isa = &guest_isa_aarch64;
    aspace_unmap(&vm, vm.stack_top - (8ULL << 20), 8ULL << 20);
    sp = stack_build(&vm, &exe, NULL, argv, envp, "/path/prog", why, sizeof why);
    g_assert_cmpuint(sp, !=, 0);
    w = g2h(&vm, sp);
    auxv = &w[8];
    g_assert_cmpstr(g2h(&vm, auxv_get(auxv, AT_PLATFORM)), ==, "aarch64");
    g_assert_cmpuint(auxv_get(auxv, AT_HWCAP), ==, guest_isa_aarch64.hwcap);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    if (!aspace_init(&vm))
        g_error("cannot reserve the guest address space");
    g_test_add_func("/loader/aspace", test_aspace);
    g_test_add_func("/loader/elf-static", test_elf_static);
    g_test_add_func("/loader/stack-auxv", test_stack);
    return g_test_run();
}
