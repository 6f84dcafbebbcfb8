/*
 * Writes the malformed ELF files of the bad-input tests into a directory:
 *   mkbad DIR
 * and prints one line per file: NAME EXPECT, where EXPECT is "run" for the
 * control file (a good program that exits with status 7), "error" for every
 * file xlat must refuse with one line on stderr, "either" for files that
 * may do one or the other, and "flip" for the good program with random
 * bytes of its headers flipped, which may even run and die of a signal.
 *
 * The files are built from scratch, field by field, so each one breaks
 * exactly one thing in an otherwise good riscv64 program:
 *
 *   0    ELF header (64 bytes; 52 for the ELF32 file)
 *   64   program headers: PT_LOAD of the whole file at 0x10000 (R+X),
 *        PT_GNU_STACK, and whatever a variant adds
 *   ...  code: li a0, 7; li a7, 93 (exit); ecall
 */
#include <elf.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BASE_VADDR 0x10000ULL
#define MAX_PH 8

typedef struct Image {
    bool be, elf32;                 /* big-endian; ELFCLASS32 */
    unsigned char ident[EI_NIDENT];
    uint16_t type, machine;
    uint32_t version;
    uint64_t entry, phoff, shoff;
    uint16_t ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
    Elf64_Phdr ph[MAX_PH];
    unsigned nph;                   /* program headers written (phnum may lie) */
    unsigned char tail[256];        /* bytes after the headers: code, strings */
    size_t tail_len;
    long cut;                       /* write only this many bytes (-1: all) */
} Image;

static const uint32_t code[] = {
    0x00700513, /* addi a0, zero, 7 */
    0x05d00893, /* addi a7, zero, 93 (exit) */
    0x00000073, /* ecall */
};

static size_t headers_size(const Image *im)
{
    return im->elf32 ? 52 + im->nph * 32 : 64 + im->nph * 56;
}

/* The good program; variants change it before write_image. */
static void base(Image *im)
{
    memset(im, 0, sizeof *im);
    memcpy(im->ident, ELFMAG, SELFMAG);
    im->ident[EI_CLASS] = ELFCLASS64;
    im->ident[EI_DATA] = ELFDATA2LSB;
    im->ident[EI_VERSION] = EV_CURRENT;
    im->ident[EI_OSABI] = ELFOSABI_SYSV;
    im->type = ET_EXEC;
    im->machine = EM_RISCV;
    im->version = EV_CURRENT;
    im->phoff = 64;
    im->ehsize = 64;
    im->phentsize = sizeof(Elf64_Phdr);
    im->nph = 2;
    im->phnum = 2;
    im->ph[0] = (Elf64_Phdr){ .p_type = PT_LOAD, .p_flags = PF_R | PF_X, .p_offset = 0,
                              .p_vaddr = BASE_VADDR, .p_paddr = BASE_VADDR, .p_align = 0x1000 };
    im->ph[1] = (Elf64_Phdr){ .p_type = PT_GNU_STACK, .p_flags = PF_R | PF_W, .p_align = 16 };
    memcpy(im->tail, code, sizeof code);
    im->tail_len = sizeof code;
    im->cut = -1;
}

/* Where the code lands once the headers are laid out; call after the
 * variant has set nph, and before changing what it wants to break. */
static void layout(Image *im)
{
    size_t code_off = headers_size(im);
    size_t total = code_off + im->tail_len;

    im->entry = BASE_VADDR + code_off;
    im->ph[0].p_filesz = im->ph[0].p_memsz = total;
}

static void put(unsigned char *p, uint64_t v, int n, bool be)
{
    for (int i = 0; i < n; i++)
        p[be ? n - 1 - i : i] = (unsigned char)(v >> (8 * i));
}

/* The bytes of the file: returns its length. */
static size_t serialize(const Image *im, unsigned char *buf)
{
    size_t hs = im->elf32 ? 52 : 64, n;
    bool be = im->be;
    int w = im->elf32 ? 4 : 8;

    memset(buf, 0, 4096);
    memcpy(buf, im->ident, EI_NIDENT);
    put(buf + 16, im->type, 2, be);
    put(buf + 18, im->machine, 2, be);
    put(buf + 20, im->version, 4, be);
    put(buf + 24, im->entry, w, be);
    put(buf + 24 + w, im->phoff, w, be);
    put(buf + 24 + 2 * w, im->shoff, w, be);
    unsigned char *p = buf + 24 + 3 * w + 4;    /* after e_flags */
    put(p, im->ehsize, 2, be);
    put(p + 2, im->phentsize, 2, be);
    put(p + 4, im->phnum, 2, be);
    put(p + 6, im->shentsize, 2, be);
    put(p + 8, im->shnum, 2, be);
    put(p + 10, im->shstrndx, 2, be);
    for (unsigned i = 0; i < im->nph; i++) {
        const Elf64_Phdr *ph = &im->ph[i];
        if (im->elf32) {
            unsigned char *q = buf + hs + 32 * i;
            put(q, ph->p_type, 4, be);
            put(q + 4, ph->p_offset, 4, be);
            put(q + 8, ph->p_vaddr, 4, be);
            put(q + 12, ph->p_paddr, 4, be);
            put(q + 16, ph->p_filesz, 4, be);
            put(q + 20, ph->p_memsz, 4, be);
            put(q + 24, ph->p_flags, 4, be);
            put(q + 28, ph->p_align, 4, be);
        } else {
            unsigned char *q = buf + hs + 56 * i;
            put(q, ph->p_type, 4, be);
            put(q + 4, ph->p_flags, 4, be);
            put(q + 8, ph->p_offset, 8, be);
            put(q + 16, ph->p_vaddr, 8, be);
            put(q + 24, ph->p_paddr, 8, be);
            put(q + 32, ph->p_filesz, 8, be);
            put(q + 40, ph->p_memsz, 8, be);
            put(q + 48, ph->p_align, 8, be);
        }
    }
    n = headers_size(im);
    memcpy(buf + n, im->tail, im->tail_len);
    n += im->tail_len;
    if (im->cut >= 0 && (size_t)im->cut < n)
        n = (size_t)im->cut;
    return n;
}

static void write_file(const char *dir, const char *name, const unsigned char *buf, size_t n,
                       const char *expect)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(buf, 1, n, f) != n || fclose(f) != 0) {
        perror(path);
        exit(1);
    }
    printf("%s %s\n", name, expect);
}

static void write_image_expect(const char *dir, const char *name, const Image *im,
                               const char *expect)
{
    unsigned char buf[4096];

    write_file(dir, name, buf, serialize(im, buf), expect);
}

static void write_image(const char *dir, const char *name, const Image *im)
{
    write_image_expect(dir, name, im, "error");
}

/* A PT_INTERP naming path, its string in the tail after the code. */
static void add_interp(Image *im, const char *path, size_t len)
{
    im->nph = im->phnum = 3;
    size_t at = im->tail_len;
    memcpy(im->tail + at, path, len);
    im->tail_len += len;
    layout(im);
    im->ph[2] = (Elf64_Phdr){ .p_type = PT_INTERP, .p_flags = PF_R,
                              .p_offset = headers_size(im) + at, .p_filesz = len,
                              .p_memsz = len, .p_align = 1 };
    im->ph[2].p_vaddr = BASE_VADDR + im->ph[2].p_offset;
}

int main(int argc, char **argv)
{
    Image im;
    char name[64];

    if (argc != 2) {
        fprintf(stderr, "usage: mkbad DIR\n");
        return 2;
    }
    const char *dir = argv[1];

    base(&im), layout(&im);
    write_image_expect(dir, "good", &im, "run");

    /* Truncated at points inside the ident, the header, the program
     * headers and the segment. */
    static const long cuts[] = { 0, 1, 4, 15, 16, 40, 63, 64, 100, 119, 150, 180 };
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        base(&im), layout(&im);
        im.cut = cuts[i];
        snprintf(name, sizeof name, "truncated-%ld", cuts[i]);
        write_image(dir, name, &im);
    }

    /* The ELF header. */
    base(&im), layout(&im); im.ident[EI_MAG1] = 'L';
    write_image(dir, "bad-magic", &im);
    base(&im), layout(&im); im.ident[EI_CLASS] = 0;
    write_image(dir, "class-none", &im);
    base(&im), layout(&im); im.ident[EI_CLASS] = 7;
    write_image(dir, "class-7", &im);
    base(&im), layout(&im); im.ident[EI_DATA] = 0;
    write_image(dir, "data-none", &im);
    base(&im), layout(&im); im.ident[EI_VERSION] = 9; im.version = 9;
    write_image(dir, "version-9", &im);
    base(&im), layout(&im); im.type = ET_REL;
    write_image(dir, "type-rel", &im);
    base(&im), layout(&im); im.type = ET_CORE;
    write_image(dir, "type-core", &im);
    base(&im), layout(&im); im.machine = EM_X86_64;
    write_image(dir, "machine-x86-64", &im);
    base(&im), layout(&im); im.machine = 0xbeef;
    write_image(dir, "machine-unknown", &im);
    base(&im), layout(&im); im.be = true; im.ident[EI_DATA] = ELFDATA2MSB;
    write_image(dir, "big-endian", &im);
    /* A well-formed ELF32 riscv32 program and an i386 one. */
    base(&im);
    im.elf32 = true;
    im.ident[EI_CLASS] = ELFCLASS32;
    im.ehsize = 52;
    im.phoff = 52;
    im.phentsize = 32;
    layout(&im);
    write_image(dir, "elf32-riscv", &im);
    im.machine = EM_386;
    write_image(dir, "elf32-i386", &im);

    /* The program header table. */
    base(&im), layout(&im); im.phoff = 1ULL << 40;
    write_image(dir, "phoff-huge", &im);
    base(&im), layout(&im); im.phoff = 3;
    write_image(dir, "phoff-unaligned", &im);
    base(&im), layout(&im); im.phoff = 150;
    write_image(dir, "phoff-past-end", &im);
    base(&im), layout(&im); im.phoff = UINT64_MAX - 8;
    write_image(dir, "phoff-wrap", &im);
    base(&im), layout(&im); im.phnum = 0;
    write_image(dir, "phnum-0", &im);
    base(&im), layout(&im); im.phnum = 0xffff;
    write_image(dir, "phnum-xnum", &im);
    base(&im), layout(&im); im.phnum = 0xfffe;
    write_image(dir, "phnum-huge", &im);
    base(&im), layout(&im); im.phnum = 3;
    write_image(dir, "phnum-past-end", &im);
    base(&im), layout(&im); im.phentsize = 0;
    write_image(dir, "phentsize-0", &im);
    base(&im), layout(&im); im.phentsize = 32;
    write_image(dir, "phentsize-32", &im);
    base(&im), layout(&im); im.phentsize = 0xffff;
    write_image(dir, "phentsize-huge", &im);
    /* Section headers do not matter for loading (Linux ignores them):
     * garbage there may run or be refused, but never crash. */
    base(&im), layout(&im); im.shoff = 1ULL << 50; im.shnum = 0xfff0; im.shentsize = 64;
    write_image_expect(dir, "shoff-huge", &im, "either");
    base(&im), layout(&im); im.shoff = 64; im.shnum = 0; im.shentsize = 64;
    write_image_expect(dir, "shnum-in-section-0", &im, "either");

    /* Segments. */
    base(&im), layout(&im); im.ph[0].p_type = PT_NOTE;
    write_image(dir, "no-load", &im);
    base(&im), layout(&im); im.ph[0].p_memsz = 1ULL << 62;
    write_image(dir, "memsz-huge", &im);
    base(&im), layout(&im); im.ph[0].p_memsz = UINT64_MAX;
    write_image(dir, "memsz-max", &im);
    base(&im), layout(&im); im.ph[0].p_filesz = 1ULL << 40; im.ph[0].p_memsz = 1ULL << 40;
    write_image(dir, "filesz-huge", &im);
    base(&im), layout(&im); im.ph[0].p_filesz = 4096;
    write_image(dir, "filesz-past-end", &im);
    base(&im), layout(&im); im.ph[0].p_memsz = 16;
    write_image(dir, "filesz-over-memsz", &im);
    base(&im), layout(&im); im.ph[0].p_offset = 1ULL << 40;
    write_image(dir, "offset-huge", &im);
    base(&im), layout(&im); im.ph[0].p_offset = UINT64_MAX - 16;
    write_image(dir, "offset-wrap", &im);
    base(&im), layout(&im);
    im.ph[0].p_vaddr = UINT64_MAX & ~0xfffULL; im.entry = im.ph[0].p_vaddr + 0xb0;
    write_image(dir, "vaddr-wrap", &im);
    base(&im), layout(&im);
    im.ph[0].p_vaddr = 1ULL << 62; im.entry = im.ph[0].p_vaddr + 0xb0;
    write_image(dir, "vaddr-high", &im);
    base(&im), layout(&im); im.ph[0].p_vaddr = 0; im.entry = 0xb0;
    write_image(dir, "vaddr-zero", &im);
    /* Two PT_LOADs of the same bytes at the same place, and out of order. */
    base(&im);
    im.nph = im.phnum = 3;
    layout(&im);
    im.ph[2] = im.ph[0];
    write_image(dir, "overlapping", &im);
    im.ph[2].p_vaddr = BASE_VADDR + 0x80;
    write_image(dir, "overlapping-partly", &im);
    im.ph[2].p_vaddr = BASE_VADDR - 0x4000;
    write_image(dir, "unordered", &im);
    /* An ET_DYN whose segments span more than the guest address space. */
    base(&im);
    im.type = ET_DYN;
    im.nph = im.phnum = 3;
    layout(&im);
    im.ph[0].p_vaddr = 0;
    im.entry -= BASE_VADDR;
    im.ph[2] = im.ph[0];
    im.ph[2].p_vaddr = 1ULL << 55;
    write_image(dir, "dyn-span-huge", &im);

    /* The entry point. */
    base(&im), layout(&im); im.entry = 0;
    write_image(dir, "entry-zero", &im);
    base(&im), layout(&im); im.entry = BASE_VADDR + 0x10000;
    write_image(dir, "entry-past-segment", &im);
    base(&im), layout(&im); im.entry = UINT64_MAX;
    write_image(dir, "entry-max", &im);

    /* PT_INTERP. */
    base(&im); add_interp(&im, "/nonexistent/ld.so", 19);
    write_image(dir, "interp-missing", &im);
    base(&im); add_interp(&im, "/bin/sh", 8);
    write_image(dir, "interp-x86-64", &im);
    base(&im); add_interp(&im, "/etc", 5);
    write_image(dir, "interp-directory", &im);
    base(&im); add_interp(&im, "/bin/sh!", 8);
    write_image(dir, "interp-unterminated", &im);
    base(&im); add_interp(&im, "", 1);
    write_image(dir, "interp-empty", &im);
    base(&im); add_interp(&im, "/bin/sh", 8); im.ph[2].p_filesz = 1ULL << 40;
    write_image(dir, "interp-size-huge", &im);
    base(&im); add_interp(&im, "/bin/sh", 8); im.ph[2].p_offset = 1ULL << 40;
    write_image(dir, "interp-offset-huge", &im);

    /* Random bytes of the headers flipped (a fixed seed, so a failure
     * reproduces): anything may happen except a crash of xlat. */
    uint64_t rng = 0x9e3779b97f4a7c15ULL;
    for (int k = 1; k <= 40; k++) {
        unsigned char buf[4096];
        base(&im), layout(&im);
        size_t n = serialize(&im, buf);
        int flips = 1 + k % 4;
        for (int j = 0; j < flips; j++) {
            rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
            size_t at = (rng >> 33) % headers_size(&im);
            buf[at] ^= (unsigned char)(1u << ((rng >> 20) & 7)) | (k % 3 == 0 ? (rng >> 40) : 0);
        }
        snprintf(name, sizeof name, "flip-%d", k);
        write_file(dir, name, buf, n, "flip");
    }
    return 0;
}
