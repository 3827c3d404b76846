/* Send queue (memory chunks written with writev, file chunks with sendfile, each released when
 * written) and read buffer. */
#ifndef WS_CORE_BUFFER_H
#define WS_CORE_BUFFER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* How a chunk's owner is kept alive while queued: retain on enqueue, release when written. */
typedef struct ws_owner_ops {
	void (*retain)(void *owner);
	void (*release)(void *owner);
} ws_owner_ops;

typedef struct ws_chunk {
	const char *data;        /* next byte to write; unused by a file chunk */
	size_t len;              /* bytes left */
	void *owner;             /* NULL: static data */
	const ws_owner_ops *ops; /* NULL: static data */
	int fd;                  /* owned: >= 0 makes this a file chunk, sent from offset */
	off_t offset;
} ws_chunk;

/* Where small copies are packed (see ws_sendq_push_copy). */
typedef struct ws_copy_block ws_copy_block;

typedef struct ws_sendq {
	ws_chunk *chunks; /* owned ring-less array; live chunks are [head, head + count) */
	uint32_t head, count, cap;
	ws_copy_block *block; /* held while the queue is not empty: small copies go there */
	size_t bytes;         /* bytes queued in memory (what maxSendBufferSize limits) */
	size_t file_bytes;    /* bytes still to send from files: on disk, not in memory */
} ws_sendq;

/* Queue len bytes of owner's data by reference (ops->retain is called). WS_ERR on ENOMEM. */
int ws_sendq_push_ref(ws_sendq *q, const char *data, size_t len, void *owner,
                      const ws_owner_ops *ops);
/* Queue len bytes, copied. Small copies are packed one after the other in a block the queue
 * holds until it is empty, and one that follows the previous copy extends its chunk: the
 * replies to a batch of pipelined requests cost no malloc each, and go as one iovec. (So a
 * chunk is not one message: ws_sendq_drop_first() is for queues without copies.) */
int ws_sendq_push_copy(ws_sendq *q, const char *data, size_t len);
/* Queue static bytes that outlive the queue (no copy, no release). */
int ws_sendq_push_static(ws_sendq *q, const char *data, size_t len);
/* Queue len bytes of malloc'd data, which the queue now owns (freed once written). */
int ws_sendq_push_owned(ws_sendq *q, char *data, size_t len);
/* Release the first chunk whole, written or not. */
void ws_sendq_drop_first(ws_sendq *q);
/* Queue len bytes of file fd from offset, sent with sendfile(). Takes fd: it is closed once
 * sent, when the queue is freed, and on failure (WS_ERR on ENOMEM). */
int ws_sendq_push_file(ws_sendq *q, int fd, off_t offset, size_t len);
/* writev (sendfile for file chunks) as much as the socket takes. Returns bytes written (0 when it
 * would block) or -1 with errno on a socket error (EIO: a file ended before its length). Written
 * chunks are released. */
ssize_t ws_sendq_flush(ws_sendq *q, int fd);
/* A writer other than the socket (TLS): bytes taken (> 0), 0 when the socket is full (the same
 * bytes are offered first next time), -1 with errno on an error. */
typedef ssize_t (*ws_write_fn)(void *ctx, const char *p, size_t n);
/* Flush through write, at most cap bytes a call: small memory chunks gathered into scratch, file
 * chunks read into it (no sendfile: the bytes must pass through write). Results as
 * ws_sendq_flush(). */
ssize_t ws_sendq_flush_via(ws_sendq *q, ws_write_fn write, void *ctx, char *scratch, size_t cap);
/* Release every chunk and the array. */
void ws_sendq_free(ws_sendq *q);

static inline bool ws_sendq_empty(const ws_sendq *q)
{
	return q->count == 0;
}

/* Read buffer: bytes received but not yet consumed as messages. */
typedef struct ws_rbuf {
	char *data; /* owned, malloc'd; NULL while empty */
	size_t off; /* first unconsumed byte */
	size_t len; /* end of received bytes */
	size_t cap;
} ws_rbuf;

/* Append n bytes. WS_ERR on ENOMEM. */
int ws_rbuf_append(ws_rbuf *b, const char *p, size_t n);
/* Make room for at least n more bytes at the end; returns the write pointer or NULL. */
char *ws_rbuf_reserve(ws_rbuf *b, size_t n);
/* Drop n consumed bytes at the front; frees the storage once empty. */
void ws_rbuf_consume(ws_rbuf *b, size_t n);
void ws_rbuf_free(ws_rbuf *b);

static inline size_t ws_rbuf_size(const ws_rbuf *b)
{
	return b->len - b->off;
}

#define WS_OK  0
#define WS_ERR -1

#endif
