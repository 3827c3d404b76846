/* A request body too large for memory, written to temp files as it arrives: a raw body to one
 * file; a multipart/form-data body cut into parts on the fly, its files each to a temp file,
 * its plain fields kept in memory (bounded). No PHP: the binding reads the result. */
#ifndef WS_CORE_SPOOL_H
#define WS_CORE_SPOOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "proto/multipart.h"

/* $_FILES error codes (PHP's UPLOAD_ERR_*). */
enum {
	WS_UPLOAD_OK = 0,
	WS_UPLOAD_PARTIAL = 3,
	WS_UPLOAD_NO_FILE = 4,
	WS_UPLOAD_NO_TMP_DIR = 6,
	WS_UPLOAD_CANT_WRITE = 7,
};

/* One part of a multipart body: a field (filename NULL) or a file. Strings are NUL-ended. */
typedef struct ws_spool_part {
	char *name;
	char *filename; /* NULL: a plain field */
	char *type;
	char *value; /* a field's value (value_len bytes); a file's temp file path, or NULL */
	size_t value_len;
	uint64_t size; /* a file's bytes written */
	int error;     /* WS_UPLOAD_* of a file */
	int fd;        /* open while the file part is being written; -1 after */
} ws_spool_part;

typedef struct ws_spool {
	char *head; /* the request head, the message delivered once the body is in */
	size_t head_len;
	uint64_t left; /* body bytes still to come */
	int status;    /* an HTTP status to answer instead (500: the disk failed), 0 */
	/* raw body */
	int fd;
	char *path;
	/* multipart body */
	bool multipart;
	ws_mp_stream mp;
	ws_spool_part *parts;
	size_t nparts, cap;
	ws_spool_part *cur; /* the part being read; NULL: none, or one that is ignored */
	size_t field_bytes; /* of the plain fields, bounded by max_fields */
	size_t max_fields;  /* the connection's package limit */
	unsigned files;     /* file parts written */
	bool keep_alive;    /* of the request */
} ws_spool;

/* Where temp files go (the binding sets it at worker start; "" or NULL: the system's). */
void ws_spool_set_dir(const char *dir);
const char *ws_spool_dir(void);
/* At most this many file parts get a temp file; later ones are dropped (max_file_uploads). */
void ws_spool_set_max_files(unsigned n);

/* A spool for the body of the request whose head is head[0, head_len) (copied): body_len
 * bytes, multipart when boundary.len > 0. max_fields bounds the bytes of plain fields kept in
 * memory (413 past it). NULL on ENOMEM, or when the raw body's temp file cannot be made. */
ws_spool *ws_spool_new(const char *head, size_t head_len, uint64_t body_len, ws_http_span boundary,
                       size_t max_fields);
/* Take the next bytes of the body: how many were used (at most left). Unused ones must come
 * again with more (see ws_mp_stream_feed). s->status set: answer it and close. */
size_t ws_spool_feed(ws_spool *s, const char *buf, size_t len);
static inline bool ws_spool_complete(const ws_spool *s)
{
	return s->left == 0;
}
/* Remove the temp files still there and free s. NULL is ignored. */
void ws_spool_free(ws_spool *s);

#endif
