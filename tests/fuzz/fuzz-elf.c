/*
 * Fuzz target for the ELF loader: loader_probe, elf_load_image and
 * stack_build over one untrusted file.
 *
 * Each input is written to a memfd and loaded through /proc/self/fd/N, the
 * way xlat opens a program.  The guest range is reserved once (aspace_init);
 * after every input aspace_reset unmaps whatever the load mapped, so inputs
 * are independent.  An ET_DYN input that loads is also loaded a second time
 * as its own PT_INTERP (the dynamic-loader path of elf_load_image), and the
 * stack is built over both, as loader_load_program does.
 *
 * Besides crashes and sanitizer reports, the harness aborts when the loader
 * breaks one of its promises: a failure without a one-line reason, a probe
 * that accepts what the loader then rejects for the header (or the reverse),
 * an image or a mapping outside the guest range, an entry point outside the
 * image.
 *
 * Two builds (see tests/fuzz/README):
 *   clang -fsanitize=fuzzer,address,undefined ...   the libFuzzer target;
 *   $(CC) -DFUZZ_ELF_MAIN ...                      a plain driver that runs
 *       every file named on the command line (directories: every file in
 *       them) once; a file whose name ends in ".hex" holds the input as hex
 *       digits (whitespace and '#' comments ignored), which is how the crash
 *       reproducers are kept in the tree without committing binaries.
 */
#include <ctype.h>
#include <dirent.h>
#include <elf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/isa.h"
#include "core/vm.h"
#include "loader/aspace.h"
#include "loader/loader.h"

/* The loader needs only the ELF and auxv fields of the guest ISAs; these
 * stand in for translate/<isa>/isa.c, so the harness links without the
 * interpreters. */
const GuestIsa guest_isa_riscv64 = {
    .name = "riscv64", .elf_machine = EM_RISCV, .hwcap = 0x112d,
};
const GuestIsa guest_isa_aarch64 = {
    .name = "aarch64", .elf_machine = EM_AARCH64, .hwcap = 0xff, .platform = "aarch64",
    .minsigstksz = 5120,
};

static Vm vm;
static int memfd = -1;
static char memfd_path[64];

static void setup(void)
{
    if (!aspace_init(&vm)) {
        perror("fuzz-elf: aspace_init");
        exit(2);
    }
    memfd = memfd_create("fuzz-elf", MFD_CLOEXEC);
    if (memfd < 0) {
        perror("fuzz-elf: memfd_create");
        exit(2);
    }
    snprintf(memfd_path, sizeof memfd_path, "/proc/self/fd/%d", memfd);
}

static void broken(const char *promise, const char *why)
{
    fprintf(stderr, "fuzz-elf: loader broke a promise: %s (%s)\n", promise, why ? why : "");
    abort();
}

static void check_reason(const char *why)
{
    if (why[0] == '\0')
        broken("failure without a reason", why);
    if (strchr(why, '\n'))
        broken("reason longer than one line", why);
}

static bool header_reason(const char *why)
{
    /* The reasons check_header gives, which the probe must give too. */
    return !strncmp(why, "not an ELF", 10) || strstr(why, "32-bit") ||
           strstr(why, "big-endian") || strstr(why, "corrupted ELF header") ||
           strstr(why, "ELF file for") || strstr(why, "not an executable");
}

static void check_image(const ElfImage *img)
{
    unsigned n;
    const GuestMapping *m = aspace_mappings(&vm, &n);

    if (!guest_range_ok(&vm, img->lo, img->hi - img->lo) || img->lo >= img->hi)
        broken("image outside the guest range", NULL);
    if (img->entry < img->lo || img->entry >= img->hi)
        broken("entry point outside the image", NULL);
    for (unsigned i = 0; i < n; i++)
        if (!guest_range_ok(&vm, m[i].start, m[i].end - m[i].start) || m[i].start >= m[i].end ||
            (i > 0 && m[i].start < m[i - 1].end))
            broken("bad mapping list", NULL);
}

static void load_one(void)
{
    char why[512] = "";
    ElfImage exe, interp;
    char *argv[] = { "prog", "-x", NULL };
    char *envp[] = { "A=1", "PATH=/bin", NULL };

    const GuestIsa *isa = loader_probe(memfd_path, why, sizeof why);
    if (!isa)
        check_reason(why);
    vm.isa = isa ? isa : &guest_isa_riscv64;
    stack_place(&vm);
    why[0] = '\0';
    bool loaded = elf_load_image(&vm, memfd_path, &exe, false, why, sizeof why);
    if (!loaded) {
        check_reason(why);
        if (isa && header_reason(why))
            broken("probe accepted a header the loader rejects", why);
    } else {
        if (!isa)
            broken("loader accepted a file the probe rejects", NULL);
        check_image(&exe);
        bool have_interp = false;
        if (exe.is_dyn) {
            have_interp = elf_load_image(&vm, memfd_path, &interp, true, why, sizeof why);
            if (have_interp) {
                check_image(&interp);
                if (interp.interp)
                    broken("interpreter image with its own PT_INTERP", NULL);
            } else {
                check_reason(why);
            }
        }
        uint64_t sp = stack_build(&vm, &exe, have_interp ? &interp : NULL, argv, envp, "prog",
                                  why, sizeof why);
        if (!sp)
            check_reason(why);
        else if ((sp & 15) || *(uint64_t *)g2h(&vm, sp) != 2)
            broken("bad initial stack", NULL);
        free(exe.interp);
    }
    aspace_reset(&vm);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (memfd < 0)
        setup();
    if (ftruncate(memfd, 0) != 0 || pwrite(memfd, data, size, 0) != (ssize_t)size) {
        perror("fuzz-elf: writing the input");
        exit(2);
    }
    load_one();
    return 0;
}

#ifdef FUZZ_ELF_MAIN
/* Read a whole file; ".hex" files are decoded.  Returns NULL on error. */
static uint8_t *read_input(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    size_t cap = 4096, n = 0;
    uint8_t *buf = malloc(cap);
    int c;

    if (!f) {
        perror(path);
        free(buf);
        return NULL;
    }
    while ((c = getc(f)) != EOF) {
        if (n == cap)
            buf = realloc(buf, cap *= 2);
        buf[n++] = (uint8_t)c;
    }
    fclose(f);
    size_t len = strlen(path);
    if (len > 4 && !strcmp(path + len - 4, ".hex")) {
        size_t out = 0;
        int half = -1;
        for (size_t i = 0; i < n; i++) {
            if (buf[i] == '#') {
                while (i < n && buf[i] != '\n')
                    i++;
                continue;
            }
            if (!isxdigit(buf[i]))
                continue;
            int v = isdigit(buf[i]) ? buf[i] - '0' : tolower(buf[i]) - 'a' + 10;
            if (half < 0) {
                half = v;
            } else {
                buf[out++] = (uint8_t)(half << 4 | v);
                half = -1;
            }
        }
        n = out;
    }
    *size = n;
    return buf;
}

static int run_path(const char *path)
{
    DIR *d = opendir(path);

    if (d) {
        struct dirent *e;
        int bad = 0;
        while ((e = readdir(d))) {
            if (e->d_name[0] == '.')
                continue;
            char sub[4096];
            snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
            bad |= run_path(sub);
        }
        closedir(d);
        return bad;
    }
    size_t size;
    uint8_t *data = read_input(path, &size);
    if (!data)
        return 1;
    LLVMFuzzerTestOneInput(data, size);
    free(data);
    return 0;
}

int main(int argc, char **argv)
{
    int bad = 0;

    if (argc < 2) {
        fprintf(stderr, "usage: fuzz-elf FILE|DIR...\n");
        return 2;
    }
    for (int i = 1; i < argc; i++)
        bad |= run_path(argv[i]);
    return bad;
}
#endif
