/* A fixed-size hash table of rows in one shared mapping made by ws_table_create() before the
 * fork, so every process that inherits it reads and writes the same rows. Each bucket has a
 * robust mutex guarding its chain, held only for memory copies: a row is never seen half
 * written, and a process that dies holding one blocks nobody. The column layout is local to
 * each process (copied by the fork). Never calls PHP. */
#ifndef WS_CORE_SHM_TABLE_H
#define WS_CORE_SHM_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define WS_TABLE_KEY_MAX 63 /* bytes; a key of 1..63 bytes */

/* Swoole's numbers */
typedef enum ws_table_type {
	WS_TABLE_INT = 1,
	WS_TABLE_FLOAT = 2,
	WS_TABLE_STRING = 3,
} ws_table_type;

typedef struct ws_table_column {
	char *name; /* owned, NUL-terminated */
	size_t name_len;
	ws_table_type type;
	uint32_t size;   /* bytes in a row: 8 for a number, 4 (the length) + capacity for a string */
	uint32_t offset; /* of the value in a row's data */
} ws_table_column;

/* Bytes a string column holds: its size less the length in front. */
#define WS_TABLE_STRING_CAPACITY(col) ((col)->size - (uint32_t) sizeof(uint32_t))

/* One value to write or compare; the field the column's type names is used. */
typedef struct ws_table_value {
	const ws_table_column *col;
	int64_t i;
	double d;
	const char *s; /* not owned; len bytes, at most the column's capacity */
	size_t len;
} ws_table_value;

typedef enum ws_table_result {
	WS_TABLE_OK = 0,
	WS_TABLE_NOT_FOUND, /* no row with that key (or, for a compare, a different value) */
	WS_TABLE_EXISTS,    /* add(): the key has a row already */
	WS_TABLE_FULL,      /* the key's bucket is taken and no spare row is left */
} ws_table_result;

typedef enum ws_table_write_mode {
	WS_TABLE_SET,    /* insert or update */
	WS_TABLE_ADD,    /* insert only */
	WS_TABLE_UPDATE, /* update only */
} ws_table_write_mode;

typedef struct ws_table_stats {
	uint64_t num, conflict_count, conflict_max_level, insert_count, update_count, delete_count;
	uint32_t available_slice_num, total_slice_num;
} ws_table_stats;

typedef struct ws_table ws_table;

/* A table of at least size rows (rounded up to a power of two, at least 64, at most 2^30), plus
 * size * conflict_proportion (clamped to 0.2..1) spare rows for keys whose bucket is taken.
 * Nothing is mapped yet. NULL with errno. */
ws_table *ws_table_new(uint64_t size, double conflict_proportion);
/* Add a column before create(). A string holds capacity bytes (rounded up to 8). EEXIST: the
 * name is taken; EINVAL: unknown type, or capacity 0 for a string; EFBIG: a row would exceed
 * 4 GiB; EBUSY: created already. WS_OK/WS_ERR with errno. */
int ws_table_add_column(ws_table *t, const char *name, size_t len, ws_table_type type,
                        uint64_t capacity);
/* NULL when no column has that name. */
const ws_table_column *ws_table_column_find(const ws_table *t, const char *name, size_t len);
uint32_t ws_table_ncolumns(const ws_table *t);
const ws_table_column *ws_table_column_at(const ws_table *t, uint32_t i);
/* Bytes of one row's values (what a whole-row read copies out). */
size_t ws_table_data_size(const ws_table *t);
/* Map the rows, all empty. WS_ERR with errno (EBUSY: created already; ENOMEM). */
int ws_table_create(ws_table *t);
/* Created, and destroyed by no process since. */
bool ws_table_ready(const ws_table *t);
/* Rows asked for (after rounding) and bytes mapped (0 before create()). */
uint64_t ws_table_size(const ws_table *t);
uint64_t ws_table_memory_size(const ws_table *t);
/* Rows in use across all processes. */
uint64_t ws_table_count(const ws_table *t);
void ws_table_get_stats(const ws_table *t, ws_table_stats *s);
/* How many row locks this process took over from a process that died holding them since the
 * last call (the caller reports them). */
uint32_t ws_table_take_recovered(ws_table *t);

/* Write values into key's row as mode says. Values of other columns of a new row are zero. */
ws_table_result ws_table_write(ws_table *t, const char *key, size_t klen, ws_table_write_mode mode,
                               const ws_table_value *values, size_t nvalues);
/* Write values into key's row if each of expected equals the row's value (bytes compared: 0.0
 * is not -0.0, a NaN equals the same NaN). */
ws_table_result ws_table_cmpset(ws_table *t, const char *key, size_t klen,
                                const ws_table_value *expected, size_t nexpected,
                                const ws_table_value *values, size_t nvalues);
/* Copy len bytes at offset of key's row data into out (out NULL: only ask whether it exists). */
ws_table_result ws_table_read(ws_table *t, const char *key, size_t klen, size_t offset, size_t len,
                              char *out);
/* Delete key's row if each of expected matches (nexpected 0: always), first copying len bytes
 * at offset of its data into out when out is not NULL. */
ws_table_result ws_table_delete(ws_table *t, const char *key, size_t klen,
                                const ws_table_value *expected, size_t nexpected, size_t offset,
                                size_t len, char *out);
/* Add by (its i or d, as col's type) to col of key's row, made (all zero) if missing; the sum
 * in *sum. col is an int or float column. */
ws_table_result ws_table_incr(ws_table *t, const char *key, size_t klen, const ws_table_column *col,
                              const ws_table_value *by, ws_table_value *sum);

/* Where an iteration is: a bucket and the row's place in its chain. Zero: the start. */
typedef struct ws_table_cursor {
	uint64_t bucket;
	uint32_t depth;
} ws_table_cursor;
/* Copy the row at or after cur (its key, klen and data_size() bytes) and move cur past it.
 * false at the end. Rows written meanwhile may be seen or not, but each one whole. */
bool ws_table_next(ws_table *t, ws_table_cursor *cur, char *key, size_t *klen, char *data);

/* Mark it destroyed for every process (each sees !ready()) and unmap it here. */
void ws_table_destroy(ws_table *t);
/* Unmap in this process only and free the handle. */
void ws_table_free(ws_table *t);

#endif
