/*
 * Loading a guest program: the ELF image (and its PT_INTERP dynamic
 * loader), the stack with argv, envp and auxv, and the initial registers.
 */
#ifndef XLAT_LOADER_LOADER_H
#define XLAT_LOADER_LOADER_H

#include <stdbool.h>
#include <stdint.h>

#include "core/cpu.h"
#include "core/vm.h"

/* What the loader learned about one ELF image. */
typedef struct ElfImage {
    uint16_t machine;
    bool is_dyn;                /* ET_DYN: PIE or shared object */
    uint64_t load_bias;         /* added to every p_vaddr */
    uint64_t entry;             /* biased */
    uint64_t phdr, phnum, phent;    /* AT_PHDR (biased), AT_PHNUM, AT_PHENT */
    uint64_t lo, hi;            /* biased extent of the PT_LOAD segments */
    bool exec_stack;            /* PT_GNU_STACK asked for PROT_EXEC (or absent) */
    char *interp;               /* PT_INTERP path, or NULL */
    bool go;                    /* a PT_NOTE holds Go's build ID: the Go toolchain built it */
} ElfImage;

/* Which guest ISA a file is for: reads only the ELF header.  On failure
 * writes a reason (for "xlat: FILE: reason") and returns NULL. */
const GuestIsa *loader_probe(const char *path, char *why, size_t whylen);

/* Load the program at path with its interpreter, build the initial stack,
 * and set the registers of cpu.  argv[0] is what the guest sees as argv[0];
 * exe_path is the file to load.  Returns false after printing the one-line
 * error. */
bool loader_load_program(Vm *vm, Cpu *cpu, const char *exe_path, char **argv, char **envp);

/* Map one ELF file into the guest.  bias_hint: 0 to choose; for ET_EXEC it
 * is ignored.  Returns false with a reason in why. */
bool elf_load_image(Vm *vm, const char *path, ElfImage *img, bool is_interp, char *why,
                    size_t whylen);

/* Choose where the stack goes (the top of the guest range) and where
 * mmap's top-down search starts below it; before anything is mapped. */
void stack_place(Vm *vm);

/* Build the stack (at the place stack_place chose): returns the initial sp, or 0 (reason in why). */
uint64_t stack_build(Vm *vm, const ElfImage *exe, const ElfImage *interp, char **argv,
                     char **envp, const char *execfn, char *why, size_t whylen);

/* Look a guest absolute path up under the sysroot first: writes the host
 * path to use into out (which is path itself when not found there). */
const char *sysroot_path(const Vm *vm, const char *path, char *out, size_t outlen);

#endif
