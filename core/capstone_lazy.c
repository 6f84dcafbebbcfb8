/*
 * capstone loaded on first use (capstone_lazy.h).
 *
 * The library is opened through core/libload.h, which the static-PIE build
 * of xlat implements with the static C library's loader.  capstone is told
 * to allocate with xlat's malloc, so one heap serves both.
 */
#include "core/capstone_lazy.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/libload.h"

#define STR2(x) #x
#define STR(x) STR2(x)

static struct {
    cs_err (*open)(cs_arch, cs_mode, csh *);
    size_t (*disasm)(csh, const uint8_t *, size_t, uint64_t, size_t, cs_insn **);
    void (*free)(cs_insn *, size_t);
    cs_err (*close)(csh *);
} cs;
static pthread_once_t cs_once = PTHREAD_ONCE_INIT;

static void cs_load(void)
{
    /* The soname of the API the header describes. */
    void *lib = libload_open("libcapstone.so." STR(CS_API_MAJOR));

    if (!lib)
        return;
    cs.open = (cs_err (*)(cs_arch, cs_mode, csh *))libload_sym(lib, "cs_open");
    cs.disasm = (size_t (*)(csh, const uint8_t *, size_t, uint64_t, size_t, cs_insn **))
        libload_sym(lib, "cs_disasm");
    cs.free = (void (*)(cs_insn *, size_t))libload_sym(lib, "cs_free");
    cs.close = (cs_err (*)(csh *))libload_sym(lib, "cs_close");
    cs_err (*option)(csh, cs_opt_type, size_t) =
        (cs_err (*)(csh, cs_opt_type, size_t))libload_sym(lib, "cs_option");
    static cs_opt_mem mem = { malloc, calloc, realloc, free, vsnprintf };
    if (!cs.open || !cs.disasm || !cs.free || !cs.close || !option ||
        option(0, CS_OPT_MEM, (size_t)&mem) != CS_ERR_OK)
        cs.open = NULL;
}

cs_err capstone_open(cs_arch arch, cs_mode mode, csh *handle)
{
    pthread_once(&cs_once, cs_load);
    return cs.open ? cs.open(arch, mode, handle) : CS_ERR_HANDLE;
}

size_t capstone_disasm(csh handle, const uint8_t *code, size_t size, uint64_t address,
                       size_t count, cs_insn **insn)
{
    return cs.disasm(handle, code, size, address, count, insn);
}

void capstone_free(cs_insn *insn, size_t count)
{
    cs.free(insn, count);
}

cs_err capstone_close(csh *handle)
{
    return cs.close(handle);
}
