/*
 * capstone (the disassembler of -d out_asm and of aarch64's -d in_asm),
 * loaded with dlopen on first use.  Linked normally, every xlat process
 * paid the dynamic loader's relocation of capstone's tables at start-up:
 * about 40% of the start-up time of a short guest process, for a library
 * only logging uses.
 */
#ifndef XLAT_CORE_CAPSTONE_LAZY_H
#define XLAT_CORE_CAPSTONE_LAZY_H

#include <capstone/capstone.h>

/* As cs_open, cs_disasm, cs_free and cs_close; capstone_open fails with
 * CS_ERR_HANDLE when the library cannot be loaded.  Thread-safe. */
cs_err capstone_open(cs_arch arch, cs_mode mode, csh *handle);
size_t capstone_disasm(csh handle, const uint8_t *code, size_t size, uint64_t address,
                       size_t count, cs_insn **insn);
void capstone_free(cs_insn *insn, size_t count);
cs_err capstone_close(csh *handle);

#endif
