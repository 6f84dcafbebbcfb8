/*
 * Loading a shared library at run time, for the libraries only some runs
 * need (capstone, for the disassembly logs).  Two implementations, the
 * build picks one per program: libload-dynamic.c (dlopen) for dynamically
 * linked programs, libload-static.c for the static-PIE xlat.
 */
#ifndef XLAT_CORE_LIBLOAD_H
#define XLAT_CORE_LIBLOAD_H

/* The library SONAME, its symbols bound now and kept to itself; NULL if
 * it cannot be loaded. */
void *libload_open(const char *soname);
/* The address of symbol name in lib, or NULL. */
void *libload_sym(void *lib, const char *name);

#endif
