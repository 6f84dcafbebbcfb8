/*
 * The guest's view of /proc.
 *
 * Files under /proc describing the process would describe xlat (an
 * x86-64 program with its own libraries and heap), so the ones that guests
 * read about themselves are generated here: when the guest opens
 * /proc/self/maps (or /proc/<own pid>/maps, /proc/thread-self/maps), xlat
 * writes the text into a memfd and hands that descriptor over, positioned
 * at 0, so read, lseek and mmap work on it like on a file.
 *
 *   maps, smaps   the guest's mappings (loader/aspace.h) at guest addresses
 *   auxv          the guest's auxiliary vector, as it sits on its stack
 *   cmdline       the guest's argv strings
 *   exe           (readlink and open) the guest program: see fs.c
 *   /proc/cpuinfo a CPU of the guest's ISA, one entry per host CPU
 * Everything else under /proc passes through to the host.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <elf.h>

#include "loader/aspace.h"
#include "syscall/internal.h"

/* The part of path after the process directory when path names a file of
 * this process ("/proc/self/maps" -> "maps"), else NULL. */
static const char *own_proc_file(const char *path)
{
    char pid[32];
    size_t n;

    if (strncmp(path, "/proc/", 6) != 0)
        return NULL;
    path += 6;
    if (!strncmp(path, "self/", 5))
        return path + 5;
    if (!strncmp(path, "thread-self/", 12))
        return path + 12;
    n = (size_t)snprintf(pid, sizeof pid, "%d/", getpid());
    if (!strncmp(path, pid, n))
        return path + n;
    return NULL;
}

static void maps_line(FILE *f, const GuestMapping *m)
{
    const char *name = m->name;
    char *real = NULL;
    int len;

    /* The loader records the program as named on the command line; the
     * kernel shows absolute paths. */
    if (name && name[0] != '/' && name[0] != '[')
        real = realpath(name, NULL);
    if (real)
        name = real;

    fprintf(f, "%08llx-%08llx %c%c%c%c %08llx %02x:%02x %llu %n",
            (unsigned long long)m->start, (unsigned long long)m->end,
            (m->prot & PROT_READ) ? 'r' : '-', (m->prot & PROT_WRITE) ? 'w' : '-',
            (m->prot & PROT_EXEC) ? 'x' : '-', (m->flags & MAP_SHARED) ? 's' : 'p',
            (unsigned long long)m->offset, major(m->dev), minor(m->dev),
            (unsigned long long)m->ino, &len);
    if (name && *name)
        fprintf(f, "%*s%s", len < 73 ? 73 - len : 0, "", name);
    fputc('\n', f);
    free(real);
}

/* Resident pages of a guest range, in KiB, from the host's view of it. */
static unsigned long long resident_kib(const Vm *vm, const GuestMapping *m)
{
    size_t pages = (m->end - m->start) / GUEST_PAGE_SIZE;
    unsigned char *vec = malloc(pages ? pages : 1);
    unsigned long long n = 0;

    if (vec && mincore(g2h(vm, m->start), m->end - m->start, vec) == 0)
        for (size_t i = 0; i < pages; i++)
            n += vec[i] & 1;
    free(vec);
    return n * (GUEST_PAGE_SIZE / 1024);
}

static void write_maps_locked(Cpu *cpu, FILE *f, bool smaps)
{
    unsigned n;
    const GuestMapping *m = aspace_mappings(cpu->vm, &n);
    static const char *const zero_fields[] = {
        "Shared_Clean", "Shared_Dirty", "Private_Clean", "Referenced", "Anonymous",
        "LazyFree", "AnonHugePages", "ShmemPmdMapped", "FilePmdMapped", "Shared_Hugetlb",
        "Private_Hugetlb", "Swap", "SwapPss", "Locked",
    };

    for (unsigned i = 0; i < n; i++) {
        maps_line(f, &m[i]);
        if (!smaps)
            continue;
        unsigned long long rss = resident_kib(cpu->vm, &m[i]);
        fprintf(f, "%-16s%8llu kB\n", "Size:", (unsigned long long)(m[i].end - m[i].start) / 1024);
        fprintf(f, "%-16s%8llu kB\n", "KernelPageSize:", GUEST_PAGE_SIZE / 1024);
        fprintf(f, "%-16s%8llu kB\n", "MMUPageSize:", GUEST_PAGE_SIZE / 1024);
        fprintf(f, "%-16s%8llu kB\n", "Rss:", rss);
        fprintf(f, "%-16s%8llu kB\n", "Pss:", rss);
        fprintf(f, "%-16s%8llu kB\n", "Private_Dirty:", rss);
        for (size_t k = 0; k < sizeof zero_fields / sizeof zero_fields[0]; k++) {
            char key[32];
            snprintf(key, sizeof key, "%s:", zero_fields[k]);
            fprintf(f, "%-16s%8d kB\n", key, 0);
        }
        fprintf(f, "THPeligible:    0\nVmFlags: %s%s%s%s\n", (m[i].prot & PROT_READ) ? "rd " : "",
                (m[i].prot & PROT_WRITE) ? "wr " : "", (m[i].prot & PROT_EXEC) ? "ex " : "",
                (m[i].flags & MAP_SHARED) ? "sh" : "mr mw me");
    }
}

static void write_maps(Cpu *cpu, FILE *f, bool smaps)
{
    aspace_lock();      /* another thread's mmap must not move the list under us */
    write_maps_locked(cpu, f, smaps);
    aspace_unlock();
}

/* cf. linux: arch/arm64/kernel/cpuinfo.c (hwcap_str), AT_HWCAP bits 0..31 */
static const char *const a64_hwcap_names[32] = {
    "fp", "asimd", "evtstrm", "aes", "pmull", "sha1", "sha2", "crc32", "atomics", "fphp",
    "asimdhp", "cpuid", "asimdrdm", "jscvt", "fcma", "lrcpc", "dcpop", "sha3", "sm3", "sm4",
    "asimddp", "sha512", "sve", "asimdfhm", "dit", "uscat", "ilrcpc", "flagm", "ssbs", "sb",
    "paca", "pacg",
};

static void write_cpuinfo(Cpu *cpu, FILE *f)
{
    const GuestIsa *isa = cpu->vm->isa;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

    if (ncpu < 1)
        ncpu = 1;
    for (long i = 0; i < ncpu; i++) {
        if (isa->elf_machine == EM_AARCH64) {
            fprintf(f, "processor\t: %ld\nBogoMIPS\t: 50.00\nFeatures\t:", i);
            for (int b = 0; b < 32; b++)
                if (isa->hwcap & (1ULL << b))
                    fprintf(f, " %s", a64_hwcap_names[b]);
            fprintf(f, "\nCPU implementer\t: 0x00\nCPU architecture: 8\nCPU variant\t: 0x0\n"
                       "CPU part\t: 0x000\nCPU revision\t: 0\n\n");
        } else {
            /* cf. linux: arch/riscv/kernel/cpu.c; the letters in canonical order. */
            static const char order[] = "imafdqcbkjtpvh";
            fprintf(f, "processor\t: %ld\nhart\t\t: %ld\nisa\t\t: rv64", i, i);
            for (const char *c = order; *c; c++)
                if (isa->hwcap & (1ULL << (*c - 'a')))
                    fputc(*c, f);
            fprintf(f, "\nmmu\t\t: sv39\nuarch\t\t: xlat,rv64gc\n\n");
        }
    }
}

static void write_guest_bytes(Cpu *cpu, FILE *f, uint64_t start, uint64_t end)
{
    if (end > start && guest_range_ok(cpu->vm, start, end - start))
        fwrite(g2h(cpu->vm, start), 1, end - start, f);
}

int64_t procfs_open(Cpu *cpu, const char *path, int flags, bool *handled)
{
    const char *file = own_proc_file(path);
    enum { MAPS, SMAPS, AUXV, CMDLINE, CPUINFO } what;

    *handled = false;
    if (file && !strcmp(file, "maps"))
        what = MAPS;
    else if (file && !strcmp(file, "smaps"))
        what = SMAPS;
    else if (file && !strcmp(file, "auxv"))
        what = AUXV;
    else if (file && !strcmp(file, "cmdline"))
        what = CMDLINE;
    else if (!strcmp(path, "/proc/cpuinfo"))
        what = CPUINFO;
    else
        return 0;
    *handled = true;
    if ((flags & O_ACCMODE) != O_RDONLY)
        return -EACCES;
    int fd = memfd_create("xlat-proc", (flags & O_CLOEXEC) ? MFD_CLOEXEC : 0);
    if (fd < 0)
        return -errno;
    FILE *f = fdopen(dup(fd), "w");
    if (!f) {
        close(fd);
        return -ENOMEM;
    }
    switch (what) {
    case MAPS: write_maps(cpu, f, false); break;
    case SMAPS: write_maps(cpu, f, true); break;
    case AUXV: write_guest_bytes(cpu, f, cpu->vm->auxv_addr, cpu->vm->auxv_addr + cpu->vm->auxv_len); break;
    case CMDLINE: write_guest_bytes(cpu, f, cpu->vm->arg_start, cpu->vm->arg_end); break;
    case CPUINFO: write_cpuinfo(cpu, f); break;
    }
    fclose(f);
    lseek(fd, 0, SEEK_SET);
    if (flags & O_NONBLOCK)
        fcntl(fd, F_SETFL, O_NONBLOCK);
    return fd;
}
