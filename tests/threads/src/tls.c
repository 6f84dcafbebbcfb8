/* Thread-local storage (__thread, initialized and zeroed, and
 * pthread keys with destructors), and an atomic counter many threads
 * increment. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#define NTHREADS 8

static __thread long tls_counter = 1000;
static __thread char tls_buf[64];
static __thread int tls_zero;
static pthread_key_t key;
static int destructor_runs;
static atomic_long counter;
static long plain_cas_counter;
static unsigned long long counter64 = 0;

static void destructor(void *p)
{
    __atomic_add_fetch(&destructor_runs, (int)(long)p, __ATOMIC_SEQ_CST);
}

static void *worker(void *arg)
{
    long id = (long)arg;

    if (tls_counter != 1000 || tls_zero != 0 || tls_buf[0] != 0)
        return (void *)-1L;
    for (int i = 0; i < 1000; i++)
        tls_counter += id;
    snprintf(tls_buf, sizeof tls_buf, "thread %ld", id);
    pthread_setspecific(key, (void *)id);
    for (int i = 0; i < 20000; i++) {
        atomic_fetch_add(&counter, 1);
        long old = __atomic_load_n(&plain_cas_counter, __ATOMIC_RELAXED);
        while (!__atomic_compare_exchange_n(&plain_cas_counter, &old, old + 3, 1,
                                            __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
            ;
        __atomic_fetch_add(&counter64, 0x100000001ULL, __ATOMIC_RELAXED);
    }
    /* Still this thread's own values after everybody ran. */
    char expect[64];
    snprintf(expect, sizeof expect, "thread %ld", id);
    for (int i = 0; expect[i]; i++)
        if (expect[i] != tls_buf[i])
            return (void *)-2L;
    if ((long)pthread_getspecific(key) != id)
        return (void *)-3L;
    return (void *)tls_counter;
}

int main(void)
{
    pthread_t t[NTHREADS];

    pthread_key_create(&key, destructor);
    for (long i = 0; i < NTHREADS; i++)
        pthread_create(&t[i], NULL, worker, (void *)(i + 1));
    for (int i = 0; i < NTHREADS; i++) {
        void *r;
        pthread_join(t[i], &r);
        printf("thread %d: tls result %ld\n", i + 1, (long)r);
    }
    printf("main tls_counter %ld\n", tls_counter);
    printf("atomic counter %ld (expected %d)\n", (long)atomic_load(&counter), NTHREADS * 20000);
    printf("cas counter %ld\n", plain_cas_counter);
    printf("64-bit counter %#llx\n", counter64);
    printf("destructor sum %d\n", destructor_runs);
    return 0;
}
