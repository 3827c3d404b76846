/* The three lock types over pthread objects initialised PTHREAD_PROCESS_SHARED. Only the
 * mutex is robust: the kernel releases a dead holder's mutex and the next locker learns it
 * (EOWNERDEAD); POSIX has no robust readers-writer lock or spinlock. */
#include "shm_lock.h"
#include "shm_usage.h"

#include <errno.h>
#include <sched.h>
#include <stdint.h>
#include <sys/mman.h>
#include <time.h>

struct ws_shm_lock {
	ws_lock_type type; /* ro */
	union {
		pthread_mutex_t mutex;
		pthread_rwlock_t rwlock;
		pthread_spinlock_t spin;
	} u;
};

int ws_shm_mutex_init(pthread_mutex_t *m)
{
	pthread_mutexattr_t a;
	int r = pthread_mutexattr_init(&a);
	if (r != 0) {
		return r;
	}
	pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
	pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
	r = pthread_mutex_init(m, &a);
	pthread_mutexattr_destroy(&a);
	return r;
}

/* r from a lock call: a dead owner's mutex is ours now, once marked consistent */
static int mutex_taken(pthread_mutex_t *m, int r, bool *recovered)
{
	if (r == EOWNERDEAD) {
		pthread_mutex_consistent(m);
		*recovered = true;
		return 0;
	}
	return r;
}

int ws_shm_mutex_lock(pthread_mutex_t *m, bool *recovered)
{
	return mutex_taken(m, pthread_mutex_lock(m), recovered);
}

ws_shm_lock *ws_shm_lock_create(ws_lock_type type)
{
	if (type != WS_LOCK_MUTEX && type != WS_LOCK_RWLOCK && type != WS_LOCK_SPINLOCK) {
		errno = EINVAL;
		return NULL;
	}
	ws_shm_lock *l =
	    mmap(NULL, sizeof(*l), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (l == MAP_FAILED) {
		return NULL;
	}
	l->type = type;
	int r;
	if (type == WS_LOCK_MUTEX) {
		r = ws_shm_mutex_init(&l->u.mutex);
	} else if (type == WS_LOCK_RWLOCK) {
		pthread_rwlockattr_t a;
		pthread_rwlockattr_init(&a);
		pthread_rwlockattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
		r = pthread_rwlock_init(&l->u.rwlock, &a);
		pthread_rwlockattr_destroy(&a);
	} else {
		r = pthread_spin_init(&l->u.spin, PTHREAD_PROCESS_SHARED);
	}
	if (r != 0) {
		munmap(l, sizeof(*l));
		errno = r;
		return NULL;
	}
	ws_shm_usage_add(WS_SHM_LOCK, (int64_t) sizeof(*l));
	return l;
}

ws_lock_type ws_shm_lock_type(const ws_shm_lock *l)
{
	return l->type;
}

/* The wall-clock instant timeout seconds from now, as the pthread timed calls want it. */
static struct timespec deadline_after(double timeout)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	int64_t ns = (int64_t) ts.tv_nsec + (int64_t) (timeout * 1e9);
	ts.tv_sec += ns / 1000000000;
	ts.tv_nsec = ns % 1000000000;
	return ts;
}

static double monotonic_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A spinlock has no timed wait: try until the deadline, yielding the CPU between tries. */
static int spin_acquire(pthread_spinlock_t *s, double timeout)
{
	if (timeout < 0) {
		return pthread_spin_lock(s);
	}
	double until = monotonic_now() + timeout;
	for (;;) {
		int r = pthread_spin_trylock(s);
		if (r != EBUSY || timeout == 0) {
			return r;
		}
		if (monotonic_now() >= until) {
			return ETIMEDOUT;
		}
		sched_yield();
	}
}

int ws_shm_lock_acquire(ws_shm_lock *l, bool shared, double timeout, bool *recovered)
{
	if (l->type == WS_LOCK_SPINLOCK) {
		return spin_acquire(&l->u.spin, timeout);
	}
	if (l->type == WS_LOCK_RWLOCK) {
		pthread_rwlock_t *rw = &l->u.rwlock;
		if (timeout < 0) {
			return shared ? pthread_rwlock_rdlock(rw) : pthread_rwlock_wrlock(rw);
		}
		if (timeout == 0) {
			return shared ? pthread_rwlock_tryrdlock(rw) : pthread_rwlock_trywrlock(rw);
		}
		struct timespec ts = deadline_after(timeout);
		return shared ? pthread_rwlock_timedrdlock(rw, &ts) : pthread_rwlock_timedwrlock(rw, &ts);
	}
	pthread_mutex_t *m = &l->u.mutex;
	if (timeout < 0) {
		return mutex_taken(m, pthread_mutex_lock(m), recovered);
	}
	if (timeout == 0) {
		return mutex_taken(m, pthread_mutex_trylock(m), recovered);
	}
	struct timespec ts = deadline_after(timeout);
	return mutex_taken(m, pthread_mutex_timedlock(m, &ts), recovered);
}

int ws_shm_lock_release(ws_shm_lock *l)
{
	if (l->type == WS_LOCK_SPINLOCK) {
		return pthread_spin_unlock(&l->u.spin);
	}
	if (l->type == WS_LOCK_RWLOCK) {
		return pthread_rwlock_unlock(&l->u.rwlock);
	}
	return pthread_mutex_unlock(&l->u.mutex);
}

void ws_shm_lock_free(ws_shm_lock *l)
{
	ws_shm_usage_add(WS_SHM_LOCK, -(int64_t) sizeof(*l));
	munmap(l, sizeof(*l));
}
