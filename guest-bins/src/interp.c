/* A small bytecode interpreter: the dispatch loop is a jump table, so this
 * program is mostly indirect branches, calls through function pointers and
 * recursion, the code translators find hardest.  It runs a few programs
 * written in its bytecode and prints their results. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

enum op {
    PUSH, LOAD, STORE, ADD, SUB, MUL, DIVMOD, LT, JMP, JZ, CALL, RET, PRINT, HALT, DUP, DROP, ARG,
};

struct machine {
    int64_t stack[256];
    int sp;
    int64_t vars[16];
    int frames[64];
    int64_t frame_args[64];
    int fp;
    uint64_t steps;
};

static int64_t pop(struct machine *m)
{
    return m->stack[--m->sp];
}

static void push(struct machine *m, int64_t v)
{
    m->stack[m->sp++] = v;
}

static void run(struct machine *m, const int64_t *code)
{
    int pc = 0;
    for (;;) {
        m->steps++;
        int64_t a, b;
        switch ((enum op)code[pc++]) {
        case PUSH: push(m, code[pc++]); break;
        case LOAD: push(m, m->vars[code[pc++]]); break;
        case STORE: m->vars[code[pc++]] = pop(m); break;
        case ADD: b = pop(m); a = pop(m); push(m, a + b); break;
        case SUB: b = pop(m); a = pop(m); push(m, a - b); break;
        case MUL: b = pop(m); a = pop(m); push(m, a * b); break;
        case DIVMOD: b = pop(m); a = pop(m); push(m, a / b); push(m, a % b); break;
        case LT: b = pop(m); a = pop(m); push(m, a < b); break;
        case JMP: pc = (int)code[pc]; break;
        case JZ: a = pop(m); pc = a ? pc + 1 : (int)code[pc]; break;
        case CALL: /* argument on the stack; result replaces it */
            m->frame_args[m->fp] = pop(m);
            m->frames[m->fp++] = pc + 1;
            pc = (int)code[pc];
            break;
        case RET: pc = m->frames[--m->fp]; break;
        case ARG: push(m, m->frame_args[m->fp - 1]); break;
        case PRINT: printf("  %lld\n", (long long)pop(m)); break;
        case DUP: a = pop(m); push(m, a); push(m, a); break;
        case DROP: m->sp--; break;
        case HALT: return;
        }
    }
}

/* Recursive fibonacci: fib(n) = n < 2 ? n : fib(n-1) + fib(n-2). */
static const int64_t fib_program[] = {
    PUSH, 24, CALL, 6, PRINT, HALT,
    /* 6: */ ARG, PUSH, 2, LT, JZ, 14, ARG, RET,
    /* 14: */ ARG, PUSH, 1, SUB, CALL, 6, ARG, PUSH, 2, SUB, CALL, 6, ADD, RET,
};

/* The sum of i*i mod 7 for i below 300000. */
static const int64_t loop_program[] = {
    PUSH, 0, STORE, 0, PUSH, 0, STORE, 1,
    /* 8: */ LOAD, 0, PUSH, 300000, LT, JZ, 38,
    LOAD, 0, LOAD, 0, MUL, PUSH, 7, DIVMOD, LOAD, 1, ADD, STORE, 1, DROP,
    LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 8,
    /* 38: */ LOAD, 1, PRINT, HALT,
};

typedef int64_t (*reducer)(int64_t, int64_t);
static int64_t r_add(int64_t a, int64_t b) { return a + b; }
static int64_t r_xor(int64_t a, int64_t b) { return a ^ (b * 0x9e3779b1); }
static int64_t r_max(int64_t a, int64_t b) { return a > b ? a : b; }
static int64_t r_mix(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * 31 + (uint64_t)b); }

static int ackermann(int m, int n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

int main(void)
{
    static struct machine m;
    printf("fib(24):\n");
    run(&m, fib_program);
    printf("loop:\n");
    memset(&m, 0, sizeof m);
    run(&m, loop_program);
    printf("steps %llu\n", (unsigned long long)m.steps);

    static const reducer reducers[] = { r_add, r_xor, r_max, r_mix };
    int64_t acc[4] = { 0, 0, 0, 0 };
    for (int64_t i = 0; i < 1000000; i++) {
        int which = (int)((i * 7 + (i >> 3)) & 3);
        acc[which] = reducers[which](acc[which], i);
    }
    printf("reducers %llx %llx %llx %llx\n", (unsigned long long)acc[0], (unsigned long long)acc[1],
           (unsigned long long)acc[2], (unsigned long long)acc[3]);
    printf("ackermann(2, 300) = %d, ackermann(3, 6) = %d\n", ackermann(2, 300), ackermann(3, 6));
    return 0;
}
