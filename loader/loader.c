/*
 * Loading a whole guest program: the executable, its PT_INTERP dynamic
 * loader looked up under the sysroot, and the initial stack.  As Linux
 * does for a dynamic program, execution starts at the loader's entry with
 * AT_BASE = the loader's base and AT_ENTRY = the program's entry.
 */
#include "loader/loader.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/isa.h"
#include "core/log.h"
#include "loader/aspace.h"

/* The names at the top of the sysroot, read once: a path whose first
 * component is not among them has nothing under the sysroot and costs no
 * lstat.  (sqlite stats the absolute path of its journal before each
 * transaction: with the cross compilers' sysroot as default, every one of
 * those failed twice.)  A name added at the top of the sysroot while the
 * program runs is not seen; qemu-user remembers every lookup. */
static const char *top_root;
static char **top_names;
static size_t top_count;
static bool top_known;
static pthread_once_t top_once = PTHREAD_ONCE_INIT;

static void read_top(void)
{
    DIR *d = opendir(top_root);
    struct dirent *de;
    size_t cap = 0;

    if (!d)
        return;
    while ((de = readdir(d))) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        if (top_count == cap) {
            cap = cap ? 2 * cap : 32;
            char **grown = realloc(top_names, cap * sizeof *grown);
            if (!grown)
                goto fail;
            top_names = grown;
        }
        if (!(top_names[top_count] = strdup(de->d_name)))
            goto fail;
        top_count++;
    }
    closedir(d);
    top_known = true;
    return;
fail:
    closedir(d);
    top_count = 0;      /* not known: every path is looked up */
}

/* Might path (absolute) exist under the sysroot? */
static bool maybe_in_sysroot(const char *sysroot, const char *path)
{
    const char *name = path + 1;
    size_t len = strcspn(name, "/");

    top_root = sysroot;
    pthread_once(&top_once, read_top);
    if (!top_known || len == 0 || (len <= 2 && name[0] == '.'))
        return true;
    for (size_t i = 0; i < top_count; i++)
        if (!strncmp(top_names[i], name, len) && top_names[i][len] == '\0')
            return true;
    return false;
}

const char *sysroot_path(const Vm *vm, const char *path, char *out, size_t outlen)
{
    struct stat st;

    if (!vm->opt.sysroot || path[0] != '/' || !maybe_in_sysroot(vm->opt.sysroot, path))
        return path;
    if ((size_t)snprintf(out, outlen, "%s%s", vm->opt.sysroot, path) >= outlen)
        return path;
    if (lstat(out, &st) == 0)
        return out;
    return path;
}

bool loader_load_program(Vm *vm, Cpu *cpu, const char *exe_path, char **argv, char **envp)
{
    ElfImage exe, interp;
    char why[512];
    bool have_interp = false;

    stack_place(vm);
    if (!elf_load_image(vm, exe_path, &exe, false, why, sizeof why)) {
        xlat_error(exe_path, "%s", why);
        return false;
    }
    if (exe.interp) {
        char buf[4096];
        const char *path = sysroot_path(vm, exe.interp, buf, sizeof buf);
        if (access(path, F_OK) != 0) {
            if (vm->opt.sysroot)
                xlat_error(exe_path, "dynamic loader %s not found (looked in %s%s and %s)",
                           exe.interp, vm->opt.sysroot, exe.interp, exe.interp);
            else
                xlat_error(exe_path, "dynamic loader %s not found (no sysroot: use -L DIR)",
                           exe.interp);
            return false;
        }
        if (!elf_load_image(vm, path, &interp, true, why, sizeof why)) {
            xlat_error(exe_path, "dynamic loader %s: %s", path, why);
            return false;
        }
        if (interp.machine != exe.machine) {
            xlat_error(exe_path, "dynamic loader %s is for another machine", path);
            return false;
        }
        have_interp = true;
    }
    vm->brk_start = vm->brk_cur = exe.hi;
    vm->entry = exe.entry;
    vm->load_bias = exe.load_bias;
    vm->phdr = exe.phdr;
    vm->go_code = exe.go;
    vm->interp_base = have_interp ? interp.load_bias : 0;

    uint64_t sp = stack_build(vm, &exe, have_interp ? &interp : NULL, argv, envp, exe_path, why,
                              sizeof why);
    if (!sp) {
        xlat_error(exe_path, "%s", why);
        return false;
    }
    vm->isa->init_cpu(cpu, have_interp ? interp.entry : exe.entry, sp);
    free(exe.interp);
    return true;
}
