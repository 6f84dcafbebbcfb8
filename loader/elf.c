/*
 * ELF loading with libelf.
 *
 * Every value read from the file is checked before it is used: the file is
 * untrusted input (the fuzz harness in tests/fuzz/ feeds this code random
 * files), and a bad file must end in one line of error, not a crash and not
 * a mapping outside the guest range.  The checks follow what Linux's
 * binfmt_elf accepts: PT_LOAD segments in ascending, non-overlapping order,
 * p_filesz <= p_memsz, p_offset congruent to p_vaddr modulo the page size
 * (mapped straight from the file; otherwise the bytes are copied), and the
 * whole image inside the guest range.
 */
#include "loader/loader.h"

#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/isa.h"
#include "loader/aspace.h"

#define MAX_PHNUM 512

static const GuestIsa *isa_for_machine(uint16_t machine)
{
    if (machine == guest_isa_riscv64.elf_machine)
        return &guest_isa_riscv64;
    if (machine == guest_isa_aarch64.elf_machine)
        return &guest_isa_aarch64;
    return NULL;
}

static const char *machine_name(uint16_t machine)
{
    switch (machine) {
    case EM_X86_64: return "x86-64";
    case EM_386: return "i386";
    case EM_ARM: return "32-bit ARM";
    case EM_PPC64: return "ppc64";
    case EM_S390: return "s390";
    case EM_MIPS: return "MIPS";
    default: return NULL;
    }
}

/* Checks of the ELF header that the probe and the loader share. */
static bool check_header(Elf *elf, GElf_Ehdr *eh, const GuestIsa **isa, bool is_interp,
                         char *why, size_t whylen)
{
    if (elf_kind(elf) != ELF_K_ELF) {
        snprintf(why, whylen, "not an ELF file");
        return false;
    }
    char *ident = elf_getident(elf, NULL);
    if (!ident || gelf_getclass(elf) != ELFCLASS64) {
        snprintf(why, whylen, "32-bit ELF files are not supported (xlat runs riscv64 and aarch64 programs)");
        return false;
    }
    if (ident[EI_DATA] != ELFDATA2LSB) {
        snprintf(why, whylen, "big-endian ELF files are not supported");
        return false;
    }
    if (!gelf_getehdr(elf, eh)) {
        snprintf(why, whylen, "corrupted ELF header: %s", elf_errmsg(-1));
        return false;
    }
    *isa = isa_for_machine(eh->e_machine);
    if (!*isa) {
        const char *name = machine_name(eh->e_machine);
        if (name)
            snprintf(why, whylen, "ELF file for %s, not a guest xlat runs (riscv64, aarch64)%s", name,
                     eh->e_machine == EM_X86_64 && !is_interp ? ": run it directly" : "");
        else
            snprintf(why, whylen, "ELF file for unsupported machine %u", eh->e_machine);
        return false;
    }
    if (eh->e_type != ET_EXEC && eh->e_type != ET_DYN) {
        snprintf(why, whylen, "not an executable (ELF type %u)", eh->e_type);
        return false;
    }
    return true;
}

static Elf *open_elf(const char *path, int *fdp, struct stat *st, char *why, size_t whylen)
{
    /* O_NONBLOCK: opening a FIFO would otherwise wait for a writer forever;
     * it changes nothing for the regular files that get past fstat. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);

    if (fd < 0) {
        snprintf(why, whylen, "%s", strerror(errno));
        return NULL;
    }
    if (fstat(fd, st) != 0 || !S_ISREG(st->st_mode)) {
        snprintf(why, whylen, "%s", S_ISDIR(st->st_mode) ? "is a directory" : "not a regular file");
        close(fd);
        return NULL;
    }
    elf_version(EV_CURRENT);
    Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
    if (!elf) {
        snprintf(why, whylen, "not an ELF file (%s)", elf_errmsg(-1));
        close(fd);
        return NULL;
    }
    *fdp = fd;
    return elf;
}

const GuestIsa *loader_probe(const char *path, char *why, size_t whylen)
{
    struct stat st;
    int fd;
    GElf_Ehdr eh;
    const GuestIsa *isa = NULL;
    Elf *elf = open_elf(path, &fd, &st, why, whylen);

    if (!elf)
        return NULL;
    if (!check_header(elf, &eh, &isa, false, why, whylen))
        isa = NULL;
    elf_end(elf);
    close(fd);
    return isa;
}

static uint64_t random_pages(uint64_t max_pages)
{
    uint64_t r = 0;

    if (max_pages == 0 || getrandom(&r, sizeof r, 0) != sizeof r)
        return 0;
    return r % max_pages;
}

/* Where an ET_DYN image goes.  The main program goes at two thirds of the
 * guest range, as Linux's ELF_ET_DYN_BASE, plus a random offset unless the
 * personality asks for no randomization; a dynamic loader goes where mmap
 * would put it. */
static uint64_t choose_base(Vm *vm, uint64_t span, bool is_interp)
{
    bool randomize = !(personality(0xffffffff) & ADDR_NO_RANDOMIZE);

    if (!is_interp) {
        uint64_t base = ((vm->guest_limit - vm->guest_min) / 3 * 2 + vm->guest_min) & GUEST_PAGE_MASK;
        uint64_t room = (vm->guest_limit - base) / 4;
        if (randomize && room > span)
            base += random_pages(((room - span) < (1ULL << 30) ? (room - span) : (1ULL << 30)) /
                                 GUEST_PAGE_SIZE) * GUEST_PAGE_SIZE;
        if (guest_range_ok(vm, base, span) && !aspace_is_used(vm, base, span))
            return base;
    }
    return aspace_find_free(vm, span, 0);
}

static int prot_of(uint32_t p_flags)
{
    return (p_flags & PF_R ? PROT_READ : 0) | (p_flags & PF_W ? PROT_WRITE : 0) |
           (p_flags & PF_X ? PROT_EXEC : 0);
}

/* Does PT_NOTE segment p hold the note the Go linker writes ("Go", type 4,
 * NT_GO_BUILDID)?  Only a small segment is read; a malformed one is no
 * Go note (the notes are a hint for the translators, nothing more).  Go names it
 * "Go\0\0" (namesz 4). */
static bool has_go_note(int fd, const struct stat *st, const GElf_Phdr *p)
{
    unsigned char buf[512];

    if (p->p_filesz < 16 || p->p_filesz > sizeof buf || p->p_offset > (uint64_t)st->st_size ||
        p->p_filesz > (uint64_t)st->st_size - p->p_offset ||
        pread(fd, buf, p->p_filesz, (off_t)p->p_offset) != (ssize_t)p->p_filesz)
        return false;
    for (size_t at = 0; at + 12 <= p->p_filesz;) {
        uint32_t namesz, descsz, type;
        memcpy(&namesz, buf + at, 4);
        memcpy(&descsz, buf + at + 4, 4);
        memcpy(&type, buf + at + 8, 4);
        size_t name = at + 12, desc = name + ((namesz + 3u) & ~3u);
        if (namesz > sizeof buf || descsz > sizeof buf || desc > p->p_filesz)
            return false;
        if ((namesz == 3 || namesz == 4) && type == 4 && !memcmp(buf + name, "Go", 3))
            return true;
        at = desc + ((descsz + 3u) & ~3u);
    }
    return false;
}

/* Map one PT_LOAD segment whose extent has already been checked. */
static bool map_segment(Vm *vm, int fd, const char *path, const GElf_Phdr *ph, uint64_t bias,
                        char *why, size_t whylen)
{
    uint64_t vaddr = ph->p_vaddr + bias;
    uint64_t page = vaddr & GUEST_PAGE_MASK;
    uint64_t in_page = vaddr - page;
    uint64_t file_end = vaddr + ph->p_filesz;
    uint64_t mem_end = vaddr + ph->p_memsz;
    int prot = prot_of(ph->p_flags);
    int err;

    if (ph->p_filesz > 0) {
        uint64_t len = in_page + ph->p_filesz;
        /* Writable only for as long as the .bss zeroing below needs it:
         * a segment without it is mapped with its own protection at once
         * (no mprotect after). */
        int map_prot = prot;
        if (mem_end > file_end && page_align_up(file_end) > file_end)
            map_prot |= PROT_WRITE;
        if ((ph->p_offset & ~GUEST_PAGE_MASK) == in_page) {
            err = aspace_map(vm, page, len, map_prot, MAP_PRIVATE, fd,
                             ph->p_offset - in_page, path);
        } else {
            map_prot = PROT_READ | PROT_WRITE;
            /* Not congruent with the page size: copy the bytes. */
            err = aspace_map(vm, page, len, PROT_READ | PROT_WRITE,
                             MAP_PRIVATE | MAP_ANONYMOUS, -1, 0, path);
            if (err == 0 && pread(fd, g2h(vm, vaddr), ph->p_filesz, ph->p_offset) !=
                                (ssize_t)ph->p_filesz)
                err = -EIO;
        }
        if (err) {
            snprintf(why, whylen, "cannot map segment at %#llx: %s", (unsigned long long)vaddr,
                     strerror(-err));
            return false;
        }
        /* .bss that starts inside the last file page is zeroed by hand, to
         * the end of that page as Linux does: ld.so's first allocations
         * use the rest of that page and count on it being zero. */
        if (mem_end > file_end)
            memset(g2h(vm, file_end), 0, page_align_up(file_end) - file_end);
        if (map_prot != prot)
            aspace_protect(vm, page, len, prot);
    }
    uint64_t anon = page_align_up(ph->p_filesz > 0 ? file_end : vaddr);
    if (ph->p_filesz == 0)
        anon = page;
    if (page_align_up(mem_end) > anon) {
        err = aspace_map(vm, anon, page_align_up(mem_end) - anon, prot,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0, NULL);
        if (err) {
            snprintf(why, whylen, "cannot map .bss at %#llx: %s", (unsigned long long)anon,
                     strerror(-err));
            return false;
        }
    }
    return true;
}

bool elf_load_image(Vm *vm, const char *path, ElfImage *img, bool is_interp, char *why,
                    size_t whylen)
{
    struct stat st;
    int fd;
    GElf_Ehdr eh;
    const GuestIsa *isa;
    size_t phnum = 0;
    bool ok = false;
    GElf_Phdr *ph = NULL;
    Elf *elf = open_elf(path, &fd, &st, why, whylen);

    memset(img, 0, sizeof *img);
    if (!elf)
        return false;
    if (!check_header(elf, &eh, &isa, is_interp, why, whylen))
        goto out;
    img->machine = eh.e_machine;
    img->is_dyn = eh.e_type == ET_DYN;
    img->exec_stack = true;
    if (elf_getphdrnum(elf, &phnum) != 0 || phnum == 0 || phnum > MAX_PHNUM) {
        snprintf(why, whylen, "corrupted ELF: bad program header table");
        goto out;
    }
    if (eh.e_phentsize != sizeof(Elf64_Phdr)) {
        snprintf(why, whylen, "corrupted ELF: program header entry size %u", eh.e_phentsize);
        goto out;
    }
    ph = calloc(phnum, sizeof *ph);
    uint64_t lo = UINT64_MAX, hi = 0, prev_end = 0;
    size_t nload = 0;
    for (size_t i = 0; i < phnum; i++) {
        if (!gelf_getphdr(elf, (int)i, &ph[i])) {
            snprintf(why, whylen, "corrupted ELF: program header %zu: %s", i, elf_errmsg(-1));
            goto out;
        }
        const GElf_Phdr *p = &ph[i];
        if (p->p_type == PT_GNU_STACK)
            img->exec_stack = (p->p_flags & PF_X) != 0;
        if (p->p_type == PT_INTERP && !is_interp) {
            if (p->p_filesz < 2 || p->p_filesz > 4096 || p->p_offset > (uint64_t)st.st_size ||
                p->p_filesz > (uint64_t)st.st_size - p->p_offset) {
                snprintf(why, whylen, "corrupted ELF: bad PT_INTERP");
                goto out;
            }
            free(img->interp);
            img->interp = calloc(1, p->p_filesz + 1);
            if (pread(fd, img->interp, p->p_filesz, p->p_offset) != (ssize_t)p->p_filesz ||
                img->interp[p->p_filesz - 1] != '\0' || strlen(img->interp) == 0) {
                snprintf(why, whylen, "corrupted ELF: bad PT_INTERP");
                goto out;
            }
        }
        if (p->p_type == PT_NOTE)
            img->go |= has_go_note(fd, &st, p);
        if (p->p_type != PT_LOAD)
            continue;
        if (p->p_filesz > p->p_memsz) {
            snprintf(why, whylen, "corrupted ELF: segment %zu has p_filesz > p_memsz", i);
            goto out;
        }
        if (p->p_offset > (uint64_t)st.st_size || p->p_filesz > (uint64_t)st.st_size - p->p_offset) {
            snprintf(why, whylen, "truncated ELF: segment %zu extends past the end of the file", i);
            goto out;
        }
        if (p->p_memsz > vm->guest_limit - vm->guest_min ||
            p->p_vaddr > vm->guest_limit - p->p_memsz) {
            snprintf(why, whylen, "segment %zu is too large or too high (%#llx bytes at %#llx)", i,
                     (unsigned long long)p->p_memsz, (unsigned long long)p->p_vaddr);
            goto out;
        }
        if (p->p_memsz == 0)
            continue;
        if (nload > 0 && p->p_vaddr < prev_end) {
            snprintf(why, whylen, "overlapping or unordered PT_LOAD segments at %#llx",
                     (unsigned long long)p->p_vaddr);
            goto out;
        }
        prev_end = p->p_vaddr + p->p_memsz;
        if (p->p_vaddr < lo)
            lo = p->p_vaddr;
        if (prev_end > hi)
            hi = prev_end;
        nload++;
    }
    if (nload == 0) {
        snprintf(why, whylen, "no loadable segments");
        goto out;
    }
    lo &= GUEST_PAGE_MASK;
    hi = page_align_up(hi);
    uint64_t bias = 0;
    if (img->is_dyn) {
        uint64_t base = choose_base(vm, hi - lo, is_interp);
        if (!base) {
            snprintf(why, whylen, "no room for %#llx bytes in the guest address space",
                     (unsigned long long)(hi - lo));
            goto out;
        }
        bias = base - lo;
    } else if (!guest_range_ok(vm, lo, hi - lo)) {
        snprintf(why, whylen, "segments at %#llx-%#llx are outside the guest address space",
                 (unsigned long long)lo, (unsigned long long)hi);
        goto out;
    } else if (aspace_is_used(vm, lo, hi - lo)) {
        snprintf(why, whylen, "segments at %#llx-%#llx overlap another image",
                 (unsigned long long)lo, (unsigned long long)hi);
        goto out;
    }
    for (size_t i = 0; i < phnum; i++) {
        if (ph[i].p_type == PT_LOAD && ph[i].p_memsz > 0 &&
            !map_segment(vm, fd, path, &ph[i], bias, why, whylen))
            goto out;
    }
    img->load_bias = bias;
    img->lo = lo + bias;
    img->hi = hi + bias;
    img->entry = eh.e_entry + bias;
    img->phnum = phnum;
    img->phent = eh.e_phentsize;
    /* AT_PHDR: PT_PHDR if present, else the headers inside the first segment. */
    img->phdr = 0;
    for (size_t i = 0; i < phnum; i++)
        if (ph[i].p_type == PT_PHDR)
            img->phdr = ph[i].p_vaddr + bias;
    for (size_t i = 0; !img->phdr && i < phnum; i++)
        if (ph[i].p_type == PT_LOAD && eh.e_phoff >= ph[i].p_offset &&
            eh.e_phoff - ph[i].p_offset < ph[i].p_filesz)
            img->phdr = ph[i].p_vaddr + bias + (eh.e_phoff - ph[i].p_offset);
    if (!guest_range_ok(vm, img->entry, 2) || img->entry < img->lo || img->entry >= img->hi) {
        snprintf(why, whylen, "entry point %#llx is outside the loaded segments",
                 (unsigned long long)eh.e_entry);
        goto out;
    }
    ok = true;
out:
    free(ph);
    if (!ok) {
        free(img->interp);
        img->interp = NULL;
    }
    elf_end(elf);
    close(fd);
    return ok;
}
