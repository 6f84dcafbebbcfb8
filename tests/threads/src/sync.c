/* pthread mutexes, condition variables, barriers and rwlocks. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define NTHREADS 6
#define ITEMS 2000

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long shared_sum;

/* A bounded queue: producers and consumers on two condition variables. */
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static int queue[8], qhead, qcount;
static long consumed_sum, consumed_count;

static void *mutex_worker(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 10000; i++) {
        pthread_mutex_lock(&lock);
        shared_sum += id;
        pthread_mutex_unlock(&lock);
    }
    return (void *)(id * 100);
}

static void *producer(void *arg)
{
    long base = (long)arg * ITEMS;
    for (int i = 0; i < ITEMS; i++) {
        pthread_mutex_lock(&qlock);
        while (qcount == 8)
            pthread_cond_wait(&not_full, &qlock);
        queue[(qhead + qcount) % 8] = (int)(base + i);
        qcount++;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&qlock);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    for (;;) {
        pthread_mutex_lock(&qlock);
        while (qcount == 0)
            pthread_cond_wait(&not_empty, &qlock);
        int v = queue[qhead];
        qhead = (qhead + 1) % 8;
        qcount--;
        pthread_cond_signal(&not_full);
        if (v < 0) {
            pthread_mutex_unlock(&qlock);
            return NULL;
        }
        consumed_sum += v;
        consumed_count++;
        pthread_mutex_unlock(&qlock);
    }
}

static pthread_barrier_t barrier;
static int phase_seen[NTHREADS][3];
static int phase_counter;

static void *barrier_worker(void *arg)
{
    long id = (long)arg;
    for (int phase = 0; phase < 3; phase++) {
        __atomic_add_fetch(&phase_counter, 1, __ATOMIC_SEQ_CST);
        int r = pthread_barrier_wait(&barrier);
        if (r != 0 && r != PTHREAD_BARRIER_SERIAL_THREAD)
            abort();
        /* Everybody arrived: the counter is exactly (phase+1)*N. */
        phase_seen[id][phase] = __atomic_load_n(&phase_counter, __ATOMIC_SEQ_CST);
        pthread_barrier_wait(&barrier);
    }
    return NULL;
}

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static long rw_a, rw_b;         /* writers keep rw_a + rw_b == 0 */
static int rw_bad;

static void *rw_reader(void *arg)
{
    for (int i = 0; i < 5000; i++) {
        pthread_rwlock_rdlock(&rw);
        if (rw_a + rw_b != 0)
            __atomic_add_fetch(&rw_bad, 1, __ATOMIC_SEQ_CST);
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}

static void *rw_writer(void *arg)
{
    for (int i = 0; i < 2000; i++) {
        pthread_rwlock_wrlock(&rw);
        rw_a++;
        rw_b--;
        pthread_rwlock_unlock(&rw);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NTHREADS];
    void *ret;

    for (long i = 0; i < NTHREADS; i++)
        pthread_create(&t[i], NULL, mutex_worker, (void *)(i + 1));
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(t[i], &ret);
        printf("mutex: thread %d returned %ld\n", i, (long)ret);
    }
    printf("mutex: sum %ld\n", shared_sum);

    pthread_mutex_t tl;
    pthread_mutex_init(&tl, NULL);
    pthread_mutex_lock(&tl);
    printf("trylock while held: %s\n", pthread_mutex_trylock(&tl) ? "busy" : "taken");
    pthread_mutex_unlock(&tl);
    pthread_mutexattr_t ma;
    pthread_mutexattr_init(&ma);
    pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_t rec;
    pthread_mutex_init(&rec, &ma);
    int rr = pthread_mutex_lock(&rec) | pthread_mutex_lock(&rec) | pthread_mutex_unlock(&rec) |
             pthread_mutex_unlock(&rec);
    printf("recursive mutex: %d\n", rr);
    pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_t ec;
    pthread_mutex_init(&ec, &ma);
    pthread_mutex_lock(&ec);
    printf("errorcheck relock: %d\n", pthread_mutex_lock(&ec));
    pthread_mutex_unlock(&ec);

    pthread_t prod[3], cons[3];
    for (long i = 0; i < 3; i++) {
        pthread_create(&prod[i], NULL, producer, (void *)i);
        pthread_create(&cons[i], NULL, consumer, NULL);
    }
    for (int i = 0; i < 3; i++)
        pthread_join(prod[i], NULL);
    for (int i = 0; i < 3; i++) {
        pthread_mutex_lock(&qlock);
        while (qcount == 8)
            pthread_cond_wait(&not_full, &qlock);
        queue[(qhead + qcount) % 8] = -1;
        qcount++;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&qlock);
    }
    for (int i = 0; i < 3; i++)
        pthread_join(cons[i], NULL);
    printf("condvar queue: %ld items, sum %ld\n", consumed_count, consumed_sum);

    /* A timed wait that times out. */
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += 20 * 1000 * 1000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    pthread_mutex_lock(&qlock);
    int tw = pthread_cond_timedwait(&not_empty, &qlock, &ts);
    pthread_mutex_unlock(&qlock);
    printf("cond_timedwait: %s\n", tw == ETIMEDOUT ? "ETIMEDOUT" : "other");

    pthread_barrier_init(&barrier, NULL, NTHREADS);
    for (long i = 0; i < NTHREADS; i++)
        pthread_create(&t[i], NULL, barrier_worker, (void *)i);
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < NTHREADS; i++)
        printf("barrier: thread %d saw %d %d %d\n", i, phase_seen[i][0], phase_seen[i][1],
               phase_seen[i][2]);
    pthread_barrier_destroy(&barrier);

    pthread_t r[4], w[2];
    for (int i = 0; i < 4; i++)
        pthread_create(&r[i], NULL, rw_reader, NULL);
    for (int i = 0; i < 2; i++)
        pthread_create(&w[i], NULL, rw_writer, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(r[i], NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(w[i], NULL);
    printf("rwlock: a=%ld b=%ld inconsistent reads=%d\n", rw_a, rw_b, rw_bad);
    pthread_rwlock_wrlock(&rw);
    printf("rwlock tryrdlock while written: %s\n", pthread_rwlock_tryrdlock(&rw) ? "busy" : "got");
    pthread_rwlock_unlock(&rw);
    return 0;
}
