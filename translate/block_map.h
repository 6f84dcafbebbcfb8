/*
 * The block map: guest PC -> predecoded block (or, later, translation).
 *
 * Open addressing with linear probing over a power-of-two table of
 * (pc, pointer) pairs; the lookup is on the interpreter's path between
 * blocks, so it is one multiply-shift hash and usually one probe.
 * Flushing frees every block through the caller's function (fence.i,
 * IC IVAU, unmapping code).
 */
#ifndef XLAT_TRANSLATE_BLOCK_MAP_H
#define XLAT_TRANSLATE_BLOCK_MAP_H

#include <stdbool.h>
#include <stdint.h>

typedef struct BlockMapEntry {
    uint64_t pc;
    void *block;
} BlockMapEntry;

typedef struct BlockMap {
    BlockMapEntry *slots;
    uint64_t mask;          /* capacity - 1 */
    uint64_t used;
    uint64_t lo, hi;        /* range of guest PCs with a block, for cheap range checks */
    uint64_t generation;    /* bumped by every flush, so cached pointers can be checked */
} BlockMap;

static inline uint64_t block_map_hash(uint64_t pc, uint64_t mask)
{
    return ((pc >> 1) * 0x9e3779b97f4a7c15ULL >> 20) & mask;
}

static inline void *block_map_get(const BlockMap *map, uint64_t pc)
{
    if (!map->slots)
        return 0;
    for (uint64_t i = block_map_hash(pc, map->mask);; i = (i + 1) & map->mask) {
        if (map->slots[i].pc == pc && map->slots[i].block)
            return map->slots[i].block;
        if (!map->slots[i].block)
            return 0;
    }
}

void block_map_put(BlockMap *map, uint64_t pc, void *block);

/* In a forked child (syscall/process.c calls this there): the decoded-block
 * tables it inherited share their pages with the parent copy-on-write, and
 * growing one (a new table, every entry moved) copies them all.  A child
 * that decodes its own few blocks and then execs would grow the table
 * every time the parent's sits just below its limit, so from here on the
 * tables grow only when much fuller (block_map_load_limit). */
void block_map_fork_child(void);
/* Blocks a forked child has left to run quietly (0: not quiet).  Every
 * page the child writes that it shares with its parent is a page fault and
 * a page copy, and most children exec within a few hundred blocks (a shell
 * running a command: about 430 blocks from fork to execve, 60 of them new).
 * So for its first BLOCK_MAP_QUIET_BLOCKS blocks the child's interpreter
 * writes nothing its parent made: it interprets every block (no entry
 * counts, successor links or translations, whose writes land in the
 * parent's blocks, maps, code cache and jump cache) and keeps the blocks
 * it decodes in a map of its own, which joins the main one when the quiet
 * blocks run out.  A child that lives on loses only those blocks' worth of
 * translation: its hot code reaches the translator a few thousand blocks
 * later. */
#define BLOCK_MAP_QUIET_BLOCKS 4096
extern __thread uint64_t block_map_quiet;
/* How many entries a table of cap slots (buckets) may hold before it
 * grows: cap / 2 normally, 7 * cap / 8 in a forked child; chained tables
 * (chained set): cap and 4 * cap. */
uint64_t block_map_load_limit(uint64_t cap, bool chained);
/* Free every block (with free_block) and empty the map. */
void block_map_flush(BlockMap *map, void (*free_block)(void *));
/* Does any block start in [lo, hi)?  (Conservative: may answer yes.) */
int block_map_may_overlap(const BlockMap *map, uint64_t lo, uint64_t hi);

#endif
