/*
 * libload.h for dynamically linked programs: dlopen.
 */
#include "core/libload.h"

#include <dlfcn.h>

void *libload_open(const char *soname)
{
    return dlopen(soname, RTLD_NOW | RTLD_LOCAL);
}

void *libload_sym(void *lib, const char *name)
{
    return dlsym(lib, name);
}
