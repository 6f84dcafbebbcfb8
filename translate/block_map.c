/*
 * The block map (see block_map.h).
 */
#include "translate/block_map.h"

#include <stdlib.h>

/* Small at first: a short process decodes a few hundred blocks, and every
 * page of the table that they scatter over is a page fault. */
#define INITIAL_SLOTS 512

static void grow(BlockMap *map)
{
    uint64_t cap = map->slots ? (map->mask + 1) * 2 : INITIAL_SLOTS;
    BlockMapEntry *old = map->slots;
    uint64_t oldcap = map->slots ? map->mask + 1 : 0;

    map->slots = calloc(cap, sizeof *map->slots);
    map->mask = cap - 1;
    map->used = 0;
    for (uint64_t i = 0; i < oldcap; i++)
        if (old[i].block)
            block_map_put(map, old[i].pc, old[i].block);
    free(old);
}

static bool forked_child;
__thread uint64_t block_map_quiet;

void block_map_fork_child(void)
{
    forked_child = true;
    block_map_quiet = BLOCK_MAP_QUIET_BLOCKS;
}

uint64_t block_map_load_limit(uint64_t cap, bool chained)
{
    if (chained)
        return forked_child ? 4 * cap : cap;
    return forked_child ? cap - cap / 8 : cap / 2;
}

void block_map_put(BlockMap *map, uint64_t pc, void *block)
{
    if (!map->slots || map->used + 1 > block_map_load_limit(map->mask + 1, false))
        grow(map);
    uint64_t i = block_map_hash(pc, map->mask);
    while (map->slots[i].block && map->slots[i].pc != pc)
        i = (i + 1) & map->mask;
    if (!map->slots[i].block)
        map->used++;
    map->slots[i].pc = pc;
    map->slots[i].block = block;
    if (map->used == 1 || pc < map->lo)
        map->lo = pc;
    if (map->used == 1 || pc >= map->hi)
        map->hi = pc + 1;
}

void block_map_flush(BlockMap *map, void (*free_block)(void *))
{
    if (!map->slots)
        return;
    for (uint64_t i = 0; i <= map->mask; i++) {
        if (map->slots[i].block)
            free_block(map->slots[i].block);
        map->slots[i].block = 0;
        map->slots[i].pc = 0;
    }
    map->used = 0;
    map->lo = map->hi = 0;
    map->generation++;
}

int block_map_may_overlap(const BlockMap *map, uint64_t lo, uint64_t hi)
{
    /* A block starts before lo may extend into it: allow its maximum length. */
    return map->used && lo < map->hi && hi + 512 > map->lo;
}
