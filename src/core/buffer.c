/* Send queue and read buffer. Plain memory, writev and sendfile; never calls PHP, never logs. */
#include "buffer.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/uio.h>
#include <unistd.h>

#define WS_IOV_BATCH 64
/* Copies up to this size are packed in blocks; bigger ones get a malloc each. */
#define WS_COPY_PACKED 1024

/* 4 KB pieces of memory, for the blocks of small copies and the first 4 KB of a read buffer.
 * Each connection with pipelined requests takes one of each per read and gives them back
 * once written: the last WS_SPARE_MAX given back are kept for the next, so a busy worker does
 * not go through malloc and free for them (4 KB is past glibc's fast per-thread cache). */
#define WS_PIECE     4096
#define WS_SPARE_MAX 64
static void *spare[WS_SPARE_MAX];
static unsigned spare_count;

static void *piece_get(void)
{
	return spare_count ? spare[--spare_count] : malloc(WS_PIECE);
}

static void piece_put(void *p)
{
	if (spare_count < WS_SPARE_MAX) {
		spare[spare_count++] = p;
	} else {
		free(p);
	}
}

struct ws_copy_block {
	uint32_t refs; /* the chunks in it, plus the queue's hold while it is the queue's block */
	uint32_t used; /* bytes filled from data */
	char data[WS_PIECE - 2 * sizeof(uint32_t)];
};
#define WS_BLOCK_SIZE sizeof(((ws_copy_block *) 0)->data)

static void free_block(void *p)
{
	free(p);
}
static const ws_owner_ops malloc_ops = {NULL, free_block};

static ws_chunk *sendq_slot(ws_sendq *q)
{
	if (q->head + q->count == q->cap) {
		if (q->head > 0) {
			memmove(q->chunks, q->chunks + q->head, q->count * sizeof(ws_chunk));
			q->head = 0;
		} else {
			uint32_t cap = q->cap ? q->cap * 2 : 8;
			ws_chunk *n = realloc(q->chunks, cap * sizeof(ws_chunk));
			if (!n) {
				errno = ENOMEM;
				return NULL;
			}
			q->chunks = n;
			q->cap = cap;
		}
	}
	return &q->chunks[q->head + q->count++];
}

int ws_sendq_push_ref(ws_sendq *q, const char *data, size_t len, void *owner,
                      const ws_owner_ops *ops)
{
	if (len == 0) {
		return WS_OK;
	}
	ws_chunk *c = sendq_slot(q);
	if (!c) {
		return WS_ERR;
	}
	if (ops && ops->retain) {
		ops->retain(owner);
	}
	*c = (ws_chunk){data, len, owner, ops, -1, 0};
	q->bytes += len;
	return WS_OK;
}

int ws_sendq_push_file(ws_sendq *q, int fd, off_t offset, size_t len)
{
	if (len == 0) {
		close(fd);
		return WS_OK;
	}
	ws_chunk *c = sendq_slot(q);
	if (!c) {
		close(fd);
		return WS_ERR;
	}
	*c = (ws_chunk){NULL, len, NULL, NULL, fd, offset};
	q->file_bytes += len;
	return WS_OK;
}

static void block_release(void *owner)
{
	ws_copy_block *b = owner;
	if (--b->refs == 0) {
		piece_put(b);
	}
}
static const ws_owner_ops block_ops = {NULL, block_release};

/* The queue lets go of its block (freed once no chunk is in it). */
static void sendq_drop_block(ws_sendq *q)
{
	if (q->block) {
		block_release(q->block);
		q->block = NULL;
	}
}

/* Copy len (<= WS_COPY_PACKED) bytes into the queue's block, extending the last chunk when it
 * ends where they go. */
static int sendq_pack(ws_sendq *q, const char *data, size_t len)
{
	ws_copy_block *b = q->block;
	if (!b || WS_BLOCK_SIZE - b->used < len) {
		_Static_assert(sizeof(ws_copy_block) == WS_PIECE, "a block is one piece");
		ws_copy_block *n = piece_get();
		if (!n) {
			errno = ENOMEM;
			return WS_ERR;
		}
		n->refs = 1;
		n->used = 0;
		sendq_drop_block(q);
		q->block = b = n;
	}
	char *to = b->data + b->used;
	ws_chunk *last = q->count ? &q->chunks[q->head + q->count - 1] : NULL;
	if (last && last->owner == b && last->data + last->len == to) {
		last->len += len;
		q->bytes += len;
	} else if (ws_sendq_push_ref(q, to, len, b, &block_ops) != WS_OK) {
		return WS_ERR;
	} else {
		b->refs++;
	}
	memcpy(to, data, len);
	b->used += (uint32_t) len;
	return WS_OK;
}

int ws_sendq_push_copy(ws_sendq *q, const char *data, size_t len)
{
	if (len == 0) {
		return WS_OK;
	}
	if (len <= WS_COPY_PACKED) {
		return sendq_pack(q, data, len);
	}
	char *p = malloc(len);
	if (!p) {
		errno = ENOMEM;
		return WS_ERR;
	}
	memcpy(p, data, len);
	if (ws_sendq_push_ref(q, p, len, p, &malloc_ops) != WS_OK) {
		free(p);
		return WS_ERR;
	}
	return WS_OK;
}

int ws_sendq_push_static(ws_sendq *q, const char *data, size_t len)
{
	return ws_sendq_push_ref(q, data, len, NULL, NULL);
}

static void chunk_release(ws_chunk *c)
{
	if (c->fd >= 0) {
		close(c->fd);
	} else if (c->ops && c->ops->release) {
		c->ops->release(c->owner);
	}
}

static void sendq_pop(ws_sendq *q)
{
	chunk_release(&q->chunks[q->head]);
	q->head++;
	if (--q->count == 0) {
		q->head = 0;
		sendq_drop_block(q); /* an idle connection keeps no block */
	}
}

/* The file chunk at the head of the queue: sendfile as much as the socket takes. Returns the
 * bytes sent, 0 when it would block, -1 with errno. */
static ssize_t flush_file(ws_sendq *q, int fd)
{
	ws_chunk *c = &q->chunks[q->head];
	/* Linux sends at most 0x7ffff000 bytes per call */
	size_t want = c->len < 0x7ffff000 ? c->len : 0x7ffff000;
	ssize_t w;
	do {
		w = sendfile(fd, c->fd, &c->offset, want);
	} while (w < 0 && errno == EINTR);
	if (w < 0) {
		return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
	}
	if (w == 0) {
		errno = EIO; /* the file is shorter than announced: the reply cannot be completed */
		return -1;
	}
	c->len -= (size_t) w;
	q->file_bytes -= (size_t) w;
	if (c->len == 0) {
		sendq_pop(q);
	}
	return w;
}

ssize_t ws_sendq_flush(ws_sendq *q, int fd)
{
	size_t total = 0;
	while (q->count > 0) {
		if (q->chunks[q->head].fd >= 0) {
			size_t want = q->chunks[q->head].len;
			ssize_t w = flush_file(q, fd);
			if (w < 0) {
				return -1;
			}
			total += (size_t) w;
			if ((size_t) w < want) {
				return (ssize_t) total; /* the socket buffer is full */
			}
			continue;
		}
		/* the memory chunks up to the next file chunk go in one writev */
		struct iovec iov[WS_IOV_BATCH];
		int n = 0;
		size_t want = 0;
		while (n < WS_IOV_BATCH && (uint32_t) n < q->count && q->chunks[q->head + n].fd < 0) {
			ws_chunk *c = &q->chunks[q->head + n];
			iov[n].iov_base = (void *) c->data;
			iov[n].iov_len = c->len;
			want += c->len;
			n++;
		}
		ssize_t w = writev(fd, iov, n);
		if (w < 0) {
			if (errno == EINTR) {
				continue;
			}
			if (errno == EAGAIN || errno == EWOULDBLOCK) {
				return (ssize_t) total;
			}
			return -1;
		}
		total += (size_t) w;
		q->bytes -= (size_t) w;
		size_t left = (size_t) w;
		while (left > 0) {
			ws_chunk *c = &q->chunks[q->head];
			if (left < c->len) {
				c->data += left;
				c->len -= left;
				break;
			}
			left -= c->len;
			sendq_pop(q);
		}
		if ((size_t) w < want) {
			return (ssize_t) total; /* short write: the socket buffer is full */
		}
	}
	return (ssize_t) total;
}

/* Drop n written bytes of memory chunks from the head. */
static void sendq_advance(ws_sendq *q, size_t n)
{
	q->bytes -= n;
	while (n > 0) {
		ws_chunk *c = &q->chunks[q->head];
		if (n < c->len) {
			c->data += n;
			c->len -= n;
			return;
		}
		n -= c->len;
		sendq_pop(q);
	}
}

/* The next bytes to offer write: *p and the count, from the head chunk as it is when it is big
 * or alone, else gathered into scratch. The same head gives the same first bytes, as a TLS
 * retry needs. 0 with errno on a file error. */
static size_t sendq_next(ws_sendq *q, const char **p, char *scratch, size_t cap)
{
	ws_chunk *c = &q->chunks[q->head];
	if (c->fd >= 0) {
		size_t want = c->len < cap ? c->len : cap;
		ssize_t r;
		do {
			r = pread(c->fd, scratch, want, c->offset);
		} while (r < 0 && errno == EINTR);
		if (r <= 0) {
			if (r == 0) {
				errno = EIO; /* the file is shorter than announced */
			}
			return 0;
		}
		*p = scratch;
		return (size_t) r;
	}
	if (c->len >= cap || q->count == 1 || q->chunks[q->head + 1].fd >= 0) {
		*p = c->data;
		return c->len;
	}
	size_t n = 0;
	for (uint32_t i = 0; i < q->count && n < cap; i++) {
		const ws_chunk *k = &q->chunks[q->head + i];
		if (k->fd >= 0) {
			break;
		}
		size_t take = k->len < cap - n ? k->len : cap - n;
		memcpy(scratch + n, k->data, take);
		n += take;
	}
	*p = scratch;
	return n;
}

ssize_t ws_sendq_flush_via(ws_sendq *q, ws_write_fn write, void *ctx, char *scratch, size_t cap)
{
	size_t total = 0;
	while (q->count > 0) {
		const char *p;
		size_t n = sendq_next(q, &p, scratch, cap);
		if (n == 0) {
			return -1;
		}
		ssize_t w = write(ctx, p, n);
		if (w < 0) {
			return -1;
		}
		if (w == 0) {
			break;
		}
		total += (size_t) w;
		ws_chunk *c = &q->chunks[q->head];
		if (c->fd >= 0) {
			c->offset += w;
			c->len -= (size_t) w;
			q->file_bytes -= (size_t) w;
			if (c->len == 0) {
				sendq_pop(q);
			}
		} else {
			sendq_advance(q, (size_t) w);
		}
	}
	return (ssize_t) total;
}

void ws_sendq_free(ws_sendq *q)
{
	for (uint32_t i = 0; i < q->count; i++) {
		chunk_release(&q->chunks[q->head + i]);
	}
	sendq_drop_block(q);
	free(q->chunks);
	memset(q, 0, sizeof(*q));
}

char *ws_rbuf_reserve(ws_rbuf *b, size_t n)
{
	if (b->cap - b->len >= n) {
		return b->data + b->len;
	}
	if (b->off > 0) {
		memmove(b->data, b->data + b->off, b->len - b->off);
		b->len -= b->off;
		b->off = 0;
		if (b->cap - b->len >= n) {
			return b->data + b->len;
		}
	}
	size_t cap = b->cap ? b->cap : WS_PIECE;
	while (cap - b->len < n) {
		cap *= 2;
	}
	char *p = !b->data && cap == WS_PIECE ? piece_get() : realloc(b->data, cap);
	if (!p) {
		errno = ENOMEM;
		return NULL;
	}
	b->data = p;
	b->cap = cap;
	return b->data + b->len;
}

int ws_rbuf_append(ws_rbuf *b, const char *p, size_t n)
{
	if (n == 0) {
		return WS_OK;
	}
	char *w = ws_rbuf_reserve(b, n);
	if (!w) {
		return WS_ERR;
	}
	memcpy(w, p, n);
	b->len += n;
	return WS_OK;
}

void ws_rbuf_consume(ws_rbuf *b, size_t n)
{
	b->off += n;
	if (b->off >= b->len) {
		ws_rbuf_free(b);
	}
}

void ws_rbuf_free(ws_rbuf *b)
{
	if (b->data && b->cap == WS_PIECE) {
		piece_put(b->data);
	} else {
		free(b->data);
	}
	memset(b, 0, sizeof(*b));
}

int ws_sendq_push_owned(ws_sendq *q, char *data, size_t len)
{
	return ws_sendq_push_ref(q, data, len, data, &malloc_ops);
}

void ws_sendq_drop_first(ws_sendq *q)
{
	if (q->count == 0) {
		return;
	}
	ws_chunk *c = &q->chunks[q->head];
	q->bytes -= c->len;
	sendq_pop(q);
}
