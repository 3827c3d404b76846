/* Layout of the mapping: a header (counters, the spare-row list and its mutex), then the rows:
 * buckets first, spare rows after them. A key hashes to a bucket; when that bucket holds
 * another key, a spare row is chained to it. The bucket row's mutex (beside its key, in the
 * same cache line) guards the whole chain; a spare row's mutex is unused. The header's mutex
 * guards only the spare-row list. Rows refer to each other by index, never by address. */
#include "shm_table.h"
#include "shm_usage.h"
#include "buffer.h"
#include "shm_lock.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define ALIGN8(n) (((n) + 7) & ~(uint64_t) 7)

typedef struct row {
	pthread_mutex_t lock; /* a bucket row's: guards its chain */
	uint32_t next;        /* index + 1 of the next row in the chain; 0: the last */
	uint8_t active;       /* a bucket row in use (spare rows in a chain are always in use) */
	uint8_t key_len;      /* 1..WS_TABLE_KEY_MAX */
	char key[WS_TABLE_KEY_MAX + 1];
} row;

#define DATA_OFFSET ALIGN8(sizeof(row))

typedef union shm_header {
	struct {
		pthread_mutex_t spare_lock; /* guards spare_head and spare_count */
		uint32_t spare_head;        /* index + 1 of the first free spare row; 0: none */
		uint32_t spare_count;
		uint32_t destroyed; /* set once by destroy(); read by every operation */
		uint64_t num, conflict_count, conflict_max_level; /* atomics */
		uint64_t insert_count, update_count, delete_count;
	} h;
	char pad[192];
} shm_header;

struct ws_table {
	uint64_t size;            /* buckets: a power of two */
	uint64_t spares;          /* spare rows */
	ws_table_column *columns; /* owned */
	uint32_t ncolumns;
	size_t data_size; /* bytes of values in a row */
	size_t row_size;  /* header + values, 8-aligned */
	shm_header *shm;  /* NULL until create() and after destroy() */
	size_t shm_size;
	char *rows;         /* in shm */
	uint32_t recovered; /* row locks taken over from dead processes, not yet reported */
};

ws_table *ws_table_new(uint64_t size, double conflict_proportion)
{
	uint64_t buckets = 64;
	/* at most 2^30: every row's index + 1 (the links) fits in 32 bits */
	while (buckets < size && buckets < ((uint64_t) 1 << 30)) {
		buckets <<= 1;
	}
	if (!(conflict_proportion >= 0.2)) { /* also NaN */
		conflict_proportion = 0.2;
	} else if (conflict_proportion > 1) {
		conflict_proportion = 1;
	}
	ws_table *t = calloc(1, sizeof(*t));
	if (!t) {
		return NULL;
	}
	t->size = buckets;
	t->spares = (uint64_t) ((double) buckets * conflict_proportion);
	return t;
}

int ws_table_add_column(ws_table *t, const char *name, size_t len, ws_table_type type,
                        uint64_t capacity)
{
	if (t->shm) {
		errno = EBUSY;
		return WS_ERR;
	}
	if (ws_table_column_find(t, name, len)) {
		errno = EEXIST;
		return WS_ERR;
	}
	uint64_t size;
	if (type == WS_TABLE_INT || type == WS_TABLE_FLOAT) {
		size = 8;
	} else if (type == WS_TABLE_STRING && capacity > 0) {
		size = sizeof(uint32_t) + ALIGN8(capacity);
	} else {
		errno = EINVAL;
		return WS_ERR;
	}
	if (capacity > UINT32_MAX || t->data_size + size > UINT32_MAX) {
		errno = EFBIG;
		return WS_ERR;
	}
	ws_table_column *cols = realloc(t->columns, (t->ncolumns + 1) * sizeof(*cols));
	char *copy = malloc(len + 1);
	if (!cols || !copy) {
		if (cols) {
			t->columns = cols;
		}
		free(copy);
		errno = ENOMEM;
		return WS_ERR;
	}
	memcpy(copy, name, len);
	copy[len] = '\0';
	t->columns = cols;
	cols[t->ncolumns++] =
	    (ws_table_column){copy, len, type, (uint32_t) size, (uint32_t) t->data_size};
	t->data_size += size;
	return WS_OK;
}

const ws_table_column *ws_table_column_find(const ws_table *t, const char *name, size_t len)
{
	for (uint32_t i = 0; i < t->ncolumns; i++) {
		if (t->columns[i].name_len == len && memcmp(t->columns[i].name, name, len) == 0) {
			return &t->columns[i];
		}
	}
	return NULL;
}

uint32_t ws_table_ncolumns(const ws_table *t)
{
	return t->ncolumns;
}

const ws_table_column *ws_table_column_at(const ws_table *t, uint32_t i)
{
	return &t->columns[i];
}

size_t ws_table_data_size(const ws_table *t)
{
	return t->data_size;
}

static row *row_at(const ws_table *t, uint64_t index)
{
	return (row *) (t->rows + index * t->row_size);
}

static char *data_of(row *r)
{
	return (char *) r + DATA_OFFSET;
}

int ws_table_create(ws_table *t)
{
	if (t->shm) {
		errno = EBUSY;
		return WS_ERR;
	}
	t->row_size = ALIGN8(DATA_OFFSET + t->data_size);
	size_t size;
	if (__builtin_mul_overflow(t->size + t->spares, t->row_size, &size) ||
	    __builtin_add_overflow(size, sizeof(shm_header), &size)) {
		errno = ENOMEM;
		return WS_ERR;
	}
	void *m = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED) {
		errno = ENOMEM;
		return WS_ERR;
	}
	/* a fresh anonymous mapping is zero: every row empty, every counter 0 */
	t->shm = m;
	t->shm_size = size;
	ws_shm_usage_add(WS_SHM_TABLE, (int64_t) size);
	t->rows = (char *) m + sizeof(shm_header);
	ws_shm_mutex_init(&t->shm->h.spare_lock);
	for (uint64_t i = 0; i < t->size; i++) {
		ws_shm_mutex_init(&row_at(t, i)->lock);
	}
	/* the spare rows as a list, in index order */
	for (uint64_t i = 0; i < t->spares; i++) {
		uint64_t index = t->size + i;
		row_at(t, index)->next = i + 1 < t->spares ? (uint32_t) (index + 2) : 0;
	}
	t->shm->h.spare_head = t->spares ? (uint32_t) (t->size + 1) : 0;
	t->shm->h.spare_count = (uint32_t) t->spares;
	return WS_OK;
}

bool ws_table_ready(const ws_table *t)
{
	return t->shm && !__atomic_load_n(&t->shm->h.destroyed, __ATOMIC_ACQUIRE);
}

uint64_t ws_table_size(const ws_table *t)
{
	return t->size;
}

uint64_t ws_table_memory_size(const ws_table *t)
{
	return t->shm ? t->shm_size : 0;
}

uint64_t ws_table_count(const ws_table *t)
{
	return t->shm ? __atomic_load_n(&t->shm->h.num, __ATOMIC_RELAXED) : 0;
}

#define LOAD(field) __atomic_load_n(&t->shm->h.field, __ATOMIC_RELAXED)

void ws_table_get_stats(const ws_table *t, ws_table_stats *s)
{
	s->num = LOAD(num);
	s->conflict_count = LOAD(conflict_count);
	s->conflict_max_level = LOAD(conflict_max_level);
	s->insert_count = LOAD(insert_count);
	s->update_count = LOAD(update_count);
	s->delete_count = LOAD(delete_count);
	s->available_slice_num = LOAD(spare_count);
	s->total_slice_num = (uint32_t) t->spares;
}

#define BUMP(field, n) __atomic_add_fetch(&t->shm->h.field, (n), __ATOMIC_RELAXED)

uint32_t ws_table_take_recovered(ws_table *t)
{
	uint32_t n = t->recovered;
	t->recovered = 0;
	return n;
}

/* FNV-1a, then a finalizer that spreads every bit into the low ones the mask keeps. */
static uint64_t hash_key(const char *key, size_t klen)
{
	uint64_t h = 14695981039346656037ULL;
	for (size_t i = 0; i < klen; i++) {
		h = (h ^ (unsigned char) key[i]) * 1099511628211ULL;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h;
}

static uint64_t bucket_of(const ws_table *t, const char *key, size_t klen)
{
	return hash_key(key, klen) & (t->size - 1);
}

static void lock_bucket(ws_table *t, uint64_t b)
{
	bool recovered = false;
	ws_shm_mutex_lock(&row_at(t, b)->lock, &recovered);
	if (recovered) {
		t->recovered++;
	}
}

static void unlock_bucket(ws_table *t, uint64_t b)
{
	pthread_mutex_unlock(&row_at(t, b)->lock);
}

/* In bucket b's chain (locked): the row with key, or NULL; *prev is the row before it (NULL:
 * it is the bucket row), or the chain's last row when not found; *level its place (1-based). */
static row *find(ws_table *t, uint64_t b, const char *key, size_t klen, row **prev, uint32_t *level)
{
	row *r = row_at(t, b);
	*prev = NULL;
	*level = 0;
	if (!r->active) {
		return NULL;
	}
	for (uint32_t n = 1;; n++) {
		*level = n;
		if (r->key_len == klen && memcmp(r->key, key, klen) == 0) {
			return r;
		}
		if (!r->next) {
			*prev = r;
			return NULL;
		}
		*prev = r;
		r = row_at(t, r->next - 1);
	}
}

static row *spare_take(ws_table *t)
{
	bool recovered = false;
	ws_shm_mutex_lock(&t->shm->h.spare_lock, &recovered);
	if (recovered) {
		t->recovered++;
	}
	row *r = NULL;
	uint32_t head = t->shm->h.spare_head;
	if (head) {
		r = row_at(t, head - 1);
		t->shm->h.spare_head = r->next;
		t->shm->h.spare_count--;
	}
	pthread_mutex_unlock(&t->shm->h.spare_lock);
	return r;
}

static void spare_give(ws_table *t, row *r)
{
	bool recovered = false;
	uint32_t index = (uint32_t) (((char *) r - t->rows) / t->row_size);
	ws_shm_mutex_lock(&t->shm->h.spare_lock, &recovered);
	if (recovered) {
		t->recovered++;
	}
	r->active = 0;
	r->key_len = 0;
	r->next = t->shm->h.spare_head;
	t->shm->h.spare_head = index + 1;
	t->shm->h.spare_count++;
	pthread_mutex_unlock(&t->shm->h.spare_lock);
}

/* A new row for key in bucket b (locked), values all zero, or NULL when no spare is left. */
static row *insert(ws_table *t, uint64_t b, row *last, uint32_t level, const char *key, size_t klen)
{
	row *r = row_at(t, b);
	if (r->active) {
		r = spare_take(t);
		if (!r) {
			return NULL;
		}
		r->next = 0;
		last->next = (uint32_t) (((char *) r - t->rows) / t->row_size) + 1;
		BUMP(conflict_count, 1);
		uint64_t max = LOAD(conflict_max_level);
		while (level > max &&
		       !__atomic_compare_exchange_n(&t->shm->h.conflict_max_level, &max, level, false,
		                                    __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
		}
	}
	memcpy(r->key, key, klen);
	r->key[klen] = '\0';
	r->key_len = (uint8_t) klen;
	r->active = 1;
	memset(data_of(r), 0, t->data_size);
	BUMP(num, 1);
	BUMP(insert_count, 1);
	return r;
}

/* Unlink r from bucket b's chain (locked): the bucket row takes its successor's place. */
static void unlink_row(ws_table *t, uint64_t b, row *r, row *prev)
{
	row *head = row_at(t, b);
	if (r == head && !r->next) {
		r->active = 0;
		r->key_len = 0;
	} else if (r == head) {
		row *next = row_at(t, r->next - 1);
		r->next = next->next;
		r->key_len = next->key_len;
		memcpy(r->key, next->key, sizeof(r->key));
		memcpy(data_of(r), data_of(next), t->data_size);
		spare_give(t, next);
	} else {
		prev->next = r->next;
		spare_give(t, r);
	}
	BUMP(num, -1);
	BUMP(delete_count, 1);
}

static void put(row *r, const ws_table_value *v)
{
	char *p = data_of(r) + v->col->offset;
	if (v->col->type == WS_TABLE_INT) {
		memcpy(p, &v->i, 8);
	} else if (v->col->type == WS_TABLE_FLOAT) {
		memcpy(p, &v->d, 8);
	} else {
		uint32_t len = v->len < WS_TABLE_STRING_CAPACITY(v->col) ? (uint32_t) v->len
		                                                         : WS_TABLE_STRING_CAPACITY(v->col);
		memcpy(p, &len, sizeof(len));
		memcpy(p + sizeof(len), v->s, len);
	}
}

static bool matches(row *r, const ws_table_value *v)
{
	const char *p = data_of(r) + v->col->offset;
	if (v->col->type == WS_TABLE_INT) {
		return memcmp(p, &v->i, 8) == 0;
	}
	if (v->col->type == WS_TABLE_FLOAT) {
		return memcmp(p, &v->d, 8) == 0;
	}
	uint32_t len;
	memcpy(&len, p, sizeof(len));
	return len == v->len && memcmp(p + sizeof(len), v->s, len) == 0;
}

static bool all_match(row *r, const ws_table_value *expected, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!matches(r, &expected[i])) {
			return false;
		}
	}
	return true;
}

ws_table_result ws_table_write(ws_table *t, const char *key, size_t klen, ws_table_write_mode mode,
                               const ws_table_value *values, size_t nvalues)
{
	uint64_t b = bucket_of(t, key, klen);
	row *prev;
	uint32_t level;
	ws_table_result res = WS_TABLE_OK;
	lock_bucket(t, b);
	row *r = find(t, b, key, klen, &prev, &level);
	if (r && mode == WS_TABLE_ADD) {
		res = WS_TABLE_EXISTS;
	} else if (!r && mode == WS_TABLE_UPDATE) {
		res = WS_TABLE_NOT_FOUND;
	} else {
		if (r) {
			BUMP(update_count, 1);
		} else if (!(r = insert(t, b, prev, level, key, klen))) {
			res = WS_TABLE_FULL;
		}
		for (size_t i = 0; r && i < nvalues; i++) {
			put(r, &values[i]);
		}
	}
	unlock_bucket(t, b);
	return res;
}

ws_table_result ws_table_cmpset(ws_table *t, const char *key, size_t klen,
                                const ws_table_value *expected, size_t nexpected,
                                const ws_table_value *values, size_t nvalues)
{
	uint64_t b = bucket_of(t, key, klen);
	row *prev;
	uint32_t level;
	ws_table_result res = WS_TABLE_NOT_FOUND;
	lock_bucket(t, b);
	row *r = find(t, b, key, klen, &prev, &level);
	if (r && all_match(r, expected, nexpected)) {
		for (size_t i = 0; i < nvalues; i++) {
			put(r, &values[i]);
		}
		BUMP(update_count, 1);
		res = WS_TABLE_OK;
	}
	unlock_bucket(t, b);
	return res;
}

ws_table_result ws_table_read(ws_table *t, const char *key, size_t klen, size_t offset, size_t len,
                              char *out)
{
	uint64_t b = bucket_of(t, key, klen);
	row *prev;
	uint32_t level;
	lock_bucket(t, b);
	row *r = find(t, b, key, klen, &prev, &level);
	if (r && out) {
		memcpy(out, data_of(r) + offset, len);
	}
	unlock_bucket(t, b);
	return r ? WS_TABLE_OK : WS_TABLE_NOT_FOUND;
}

ws_table_result ws_table_delete(ws_table *t, const char *key, size_t klen,
                                const ws_table_value *expected, size_t nexpected, size_t offset,
                                size_t len, char *out)
{
	uint64_t b = bucket_of(t, key, klen);
	row *prev;
	uint32_t level;
	ws_table_result res = WS_TABLE_NOT_FOUND;
	lock_bucket(t, b);
	row *r = find(t, b, key, klen, &prev, &level);
	if (r && all_match(r, expected, nexpected)) {
		if (out) {
			memcpy(out, data_of(r) + offset, len);
		}
		unlink_row(t, b, r, prev);
		res = WS_TABLE_OK;
	}
	unlock_bucket(t, b);
	return res;
}

ws_table_result ws_table_incr(ws_table *t, const char *key, size_t klen, const ws_table_column *col,
                              const ws_table_value *by, ws_table_value *sum)
{
	uint64_t b = bucket_of(t, key, klen);
	row *prev;
	uint32_t level;
	ws_table_result res = WS_TABLE_OK;
	lock_bucket(t, b);
	row *r = find(t, b, key, klen, &prev, &level);
	if (r) {
		BUMP(update_count, 1);
	} else if (!(r = insert(t, b, prev, level, key, klen))) {
		res = WS_TABLE_FULL;
	}
	if (r) {
		char *p = data_of(r) + col->offset;
		sum->col = col;
		if (col->type == WS_TABLE_FLOAT) {
			memcpy(&sum->d, p, 8);
			sum->d += by->d;
			memcpy(p, &sum->d, 8);
		} else {
			memcpy(&sum->i, p, 8);
			/* wraps around as Swoole's C long does, without signed overflow */
			sum->i = (int64_t) ((uint64_t) sum->i + (uint64_t) by->i);
			memcpy(p, &sum->i, 8);
		}
	}
	unlock_bucket(t, b);
	return res;
}

bool ws_table_next(ws_table *t, ws_table_cursor *cur, char *key, size_t *klen, char *data)
{
	for (; cur->bucket < t->size; cur->bucket++, cur->depth = 0) {
		lock_bucket(t, cur->bucket);
		row *r = row_at(t, cur->bucket);
		if (r->active) {
			for (uint32_t n = 0; r && n < cur->depth; n++) {
				r = r->next ? row_at(t, r->next - 1) : NULL;
			}
			if (r) {
				memcpy(key, r->key, r->key_len);
				*klen = r->key_len;
				memcpy(data, data_of(r), t->data_size);
				unlock_bucket(t, cur->bucket);
				cur->depth++;
				return true;
			}
		}
		unlock_bucket(t, cur->bucket);
	}
	return false;
}

void ws_table_destroy(ws_table *t)
{
	if (t->shm) {
		__atomic_store_n(&t->shm->h.destroyed, 1, __ATOMIC_RELEASE);
		munmap(t->shm, t->shm_size);
		ws_shm_usage_add(WS_SHM_TABLE, -(int64_t) t->shm_size);
		t->shm = NULL;
	}
}

void ws_table_free(ws_table *t)
{
	if (t->shm) {
		munmap(t->shm, t->shm_size);
		ws_shm_usage_add(WS_SHM_TABLE, -(int64_t) t->shm_size);
	}
	for (uint32_t i = 0; i < t->ncolumns; i++) {
		free(t->columns[i].name);
	}
	free(t->columns);
	free(t);
}
