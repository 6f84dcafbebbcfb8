/* The allocator under load: small and large blocks (large ones come from
 * mmap), realloc growing and shrinking, calloc zeroing, and two workloads
 * (a linked list and a hash table) that end in a checksum.  No address is
 * printed, only contents and alignment. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t lcg_state = 12345;

static uint32_t lcg_next(void)
{
    lcg_state = lcg_state * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(lcg_state >> 32);
}

static int failures;

static void fill(unsigned char *p, size_t size, unsigned seed)
{
    for (size_t i = 0; i < size; i++)
        p[i] = (unsigned char)(seed + i * 131);
}

static int verify(const unsigned char *p, size_t size, unsigned seed)
{
    for (size_t i = 0; i < size; i++)
        if (p[i] != (unsigned char)(seed + i * 131))
            return 0;
    return 1;
}

static void sizes(void)
{
    static const size_t list[] = {
        0, 1, 7, 8, 15, 16, 24, 31, 32, 100, 127, 128, 255, 256, 1000, 4095, 4096, 4097,
        65536, 131071, 131072, 200000, 1 << 20, 3 << 20, 8 << 20, 33 << 20,
    };
    size_t n = sizeof list / sizeof list[0];
    unsigned char *blocks[sizeof list / sizeof list[0]];
    int misaligned = 0;
    for (size_t i = 0; i < n; i++) {
        blocks[i] = malloc(list[i]);
        if (!blocks[i] && list[i]) {
            printf("malloc(%zu) failed\n", list[i]);
            failures++;
            continue;
        }
        misaligned += ((uintptr_t)blocks[i] & 15) != 0;
        fill(blocks[i], list[i], (unsigned)i);
    }
    int good = 0;
    for (size_t i = 0; i < n; i++)
        good += verify(blocks[i], list[i], (unsigned)i);
    printf("malloc: %zu sizes, %d intact, %d misaligned\n", n, good, misaligned);
    /* Grow and shrink every block with realloc; contents must follow. */
    for (size_t i = 0; i < n; i++) {
        size_t bigger = list[i] * 3 + 10;
        blocks[i] = realloc(blocks[i], bigger);
        int kept = verify(blocks[i], list[i], (unsigned)i);
        fill(blocks[i], bigger, (unsigned)i + 1);
        blocks[i] = realloc(blocks[i], list[i] / 2 + 1);
        kept &= verify(blocks[i], list[i] / 2 + 1, (unsigned)i + 1);
        if (!kept) {
            printf("realloc lost data at size %zu\n", list[i]);
            failures++;
        }
        free(blocks[i]);
    }
    /* calloc of fresh and recycled memory reads as zero. */
    for (int round = 0; round < 3; round++) {
        size_t size = (size_t)(round + 1) << 20;
        unsigned char *p = malloc(size);
        memset(p, 0xa5, size);
        free(p);
        p = calloc(size / 16, 16);
        size_t nonzero = 0;
        for (size_t i = 0; i < size; i++)
            nonzero += p[i] != 0;
        unsigned char *q = calloc(1000, 3);
        for (size_t i = 0; i < 3000; i++)
            nonzero += q[i] != 0;
        printf("calloc round %d: %zu nonzero bytes\n", round, nonzero);
        free(p);
        free(q);
    }
    void *aligned = aligned_alloc(4096, 8192);
    void *memaligned = NULL;
    int rc = posix_memalign(&memaligned, 256, 1000);
    printf("aligned_alloc 4096: %d, posix_memalign 256: %d %d\n", ((uintptr_t)aligned & 4095) == 0,
           rc, ((uintptr_t)memaligned & 255) == 0);
    free(aligned);
    free(memaligned);
    {
        void *huge = malloc(SIZE_MAX / 2);
        printf("malloc(SIZE_MAX/2): %s\n", huge ? "succeeded" : "NULL");
        free(huge);
    }
}

/* Random mix of allocations and frees, checking every block on free. */
static void churn(void)
{
    enum { SLOTS = 2000 };
    static unsigned char *slot[SLOTS];
    static size_t slot_size[SLOTS];
    unsigned long corrupted = 0, allocations = 0;
    for (int step = 0; step < 20000; step++) {
        uint32_t r = lcg_next();
        size_t i = r % SLOTS;
        if (slot[i]) {
            corrupted += !verify(slot[i], slot_size[i], (unsigned)i);
            free(slot[i]);
            slot[i] = NULL;
        } else {
            uint32_t kind = lcg_next() % 100;
            size_t size = kind < 70 ? lcg_next() % 64 : kind < 95 ? lcg_next() % 4096 : lcg_next() % 300000;
            slot[i] = malloc(size);
            slot_size[i] = size;
            fill(slot[i], size, (unsigned)i);
            allocations++;
        }
    }
    for (size_t i = 0; i < SLOTS; i++) {
        if (slot[i])
            corrupted += !verify(slot[i], slot_size[i], (unsigned)i);
        free(slot[i]);
    }
    printf("churn: %lu allocations, %lu corrupted\n", allocations, corrupted);
}

struct node {
    struct node *next;
    uint64_t value;
    char tag[8];
};

static void linked_list(void)
{
    struct node *head = NULL;
    for (uint64_t i = 0; i < 100000; i++) {
        struct node *n = malloc(sizeof *n);
        n->value = i * i + 7;
        snprintf(n->tag, sizeof n->tag, "%u", (unsigned)(i % 1000000));
        n->next = head;
        head = n;
    }
    /* Reverse it, drop every third node, then sum. */
    struct node *reversed = NULL;
    while (head) {
        struct node *next = head->next;
        head->next = reversed;
        reversed = head;
        head = next;
    }
    uint64_t index = 0;
    for (struct node **link = &reversed; *link; index++) {
        if (index % 3 == 0) {
            struct node *dead = *link;
            *link = dead->next;
            free(dead);
        } else {
            link = &(*link)->next;
        }
    }
    uint64_t sum = 0, count = 0;
    while (reversed) {
        struct node *next = reversed->next;
        sum = sum * 1000003 + reversed->value + (uint64_t)atoi(reversed->tag);
        count++;
        free(reversed);
        reversed = next;
    }
    printf("list: %llu nodes, checksum %016llx\n", (unsigned long long)count, (unsigned long long)sum);
}

struct entry {
    char *key;
    uint64_t count;
    struct entry *next;
};

static uint32_t hash_string(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void hash_table(void)
{
    size_t buckets = 16, used = 0;
    struct entry **table = calloc(buckets, sizeof *table);
    for (int i = 0; i < 300000; i++) {
        char key[32];
        snprintf(key, sizeof key, "k%u", lcg_next() % 50000);
        uint32_t h = hash_string(key);
        struct entry *e = table[h & (buckets - 1)];
        while (e && strcmp(e->key, key) != 0)
            e = e->next;
        if (e) {
            e->count++;
            continue;
        }
        e = malloc(sizeof *e);
        e->key = strdup(key);
        e->count = 1;
        e->next = table[h & (buckets - 1)];
        table[h & (buckets - 1)] = e;
        if (++used > buckets * 2) {
            /* Grow: rehash into a table twice the size. */
            struct entry **bigger = calloc(buckets * 2, sizeof *bigger);
            for (size_t b = 0; b < buckets; b++) {
                while (table[b]) {
                    struct entry *moving = table[b];
                    table[b] = moving->next;
                    size_t slot = hash_string(moving->key) & (buckets * 2 - 1);
                    moving->next = bigger[slot];
                    bigger[slot] = moving;
                }
            }
            free(table);
            table = bigger;
            buckets *= 2;
        }
    }
    uint64_t checksum = 0, max = 0;
    const char *max_key = "";
    for (size_t b = 0; b < buckets; b++) {
        for (struct entry *e = table[b]; e; e = e->next) {
            checksum += (uint64_t)hash_string(e->key) * e->count;
            if (e->count > max || (e->count == max && strcmp(e->key, max_key) < 0)) {
                max = e->count;
                max_key = e->key;
            }
        }
    }
    printf("hash: %zu keys in %zu buckets, checksum %016llx, most frequent %s x%llu\n", used, buckets,
           (unsigned long long)checksum, max_key, (unsigned long long)max);
    for (size_t b = 0; b < buckets; b++) {
        while (table[b]) {
            struct entry *e = table[b];
            table[b] = e->next;
            free(e->key);
            free(e);
        }
    }
    free(table);
}

int main(void)
{
    sizes();
    churn();
    linked_list();
    hash_table();
    printf("failures: %d\n", failures);
    return failures != 0;
}
