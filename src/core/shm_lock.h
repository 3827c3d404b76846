/* Locks that several processes share: a mutex (robust: a holder's death never blocks the
 * others), a readers-writer lock and a spinlock, each in a shared mapping of its own made
 * before the fork, so every child that inherits it locks the same object. Never calls PHP. */
#ifndef WS_CORE_SHM_LOCK_H
#define WS_CORE_SHM_LOCK_H

#include <pthread.h>
#include <stdbool.h>

/* Swoole's numbers, so programs that pass its constants as integers get the same lock */
typedef enum ws_lock_type {
	WS_LOCK_RWLOCK = 1,
	WS_LOCK_MUTEX = 3,
	WS_LOCK_SPINLOCK = 5,
} ws_lock_type;

typedef struct ws_shm_lock ws_shm_lock;

/* Map and initialise a lock nobody holds. NULL with errno (EINVAL: unknown type). */
ws_shm_lock *ws_shm_lock_create(ws_lock_type type);
ws_lock_type ws_shm_lock_type(const ws_shm_lock *l);
/* Take it; shared: as a reader (a readers-writer lock only; the others are always exclusive).
 * timeout < 0: wait as long as it takes; 0: one try; > 0: seconds. 0 on success, else the
 * error number (EBUSY for a failed try, ETIMEDOUT, EDEADLK). *recovered: the mutex was held
 * by a process that died, which the caller should report: what it guarded may be half
 * written. */
int ws_shm_lock_acquire(ws_shm_lock *l, bool shared, double timeout, bool *recovered);
/* 0, or the error number (EPERM: this process does not hold the mutex). */
int ws_shm_lock_release(ws_shm_lock *l);
/* Unmap in this process only; the others keep theirs. */
void ws_shm_lock_free(ws_shm_lock *l);

/* A robust, process-shared mutex in memory the caller shares. 0 or an error number. */
int ws_shm_mutex_init(pthread_mutex_t *m);
/* Lock it; a dead holder's mutex is made consistent and taken, with *recovered set (left
 * alone otherwise). 0 or an error number. */
int ws_shm_mutex_lock(pthread_mutex_t *m, bool *recovered);

#endif
