/* C stacks for coroutines. A guard page made with mprotect() splits a mapping in two, so a
 * stack of its own mapping with a guard costs 2 of the vm.max_map_count (65 530 by default)
 * mappings a process may have: 32 000 stacks at most. Stacks are instead carved from chunks
 * mapped CHUNK_BYTES at a time, one mapping per chunk. Each stack keeps its lowest page as its
 * guard: where the kernel has MADV_GUARD_INSTALL (Linux 6.13+) that page faults like an
 * mprotect()ed one without splitting the mapping; elsewhere it is only headroom. Pages never
 * touched cost address space only (MAP_NORESERVE), and a chunk whose stacks are all free again
 * is unmapped, but one, kept for the next burst. */
#include "cstack.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#if __has_include(<sanitizer/asan_interface.h>)
#include <sanitizer/asan_interface.h> /* its macros do nothing unless built with ASan */
#endif
#endif

#ifndef MAP_NORESERVE
#define MAP_NORESERVE 0
#endif
#ifndef MAP_STACK
#define MAP_STACK 0
#endif
#if defined(__linux__) && !defined(MADV_GUARD_INSTALL)
#define MADV_GUARD_INSTALL 102
#endif

#define CHUNK_BYTES ((size_t) 16 << 20)

typedef struct ws_cstack_chunk ws_cstack_chunk;

struct ws_cstack {
	ws_cstack_chunk *chunk;
	char *lo;        /* usable part, above the guard page */
	ws_cstack *next; /* in the chunk's free list */
	unsigned vg_id;  /* valgrind's id of the stack while in use */
};

struct ws_cstack_chunk {
	ws_cstack_chunk *next; /* in the list of chunks with a free stack */
	char *base;            /* the mapping */
	size_t bytes;          /* its length */
	size_t size;           /* usable bytes of each stack */
	unsigned count, used;
	bool listed;
	ws_cstack *free;
	ws_cstack stacks[];
};

static ws_cstack_chunk *partial; /* chunks with a free stack */
static ws_cstack_chunk *spare;   /* an empty chunk kept mapped */
static int guard_works = -1;     /* MADV_GUARD_INSTALL: -1 not tried yet */

static size_t page_size(void)
{
	static size_t page;
	if (!page) {
		long p = sysconf(_SC_PAGESIZE);
		page = p > 0 ? (size_t) p : 4096;
	}
	return page;
}

static void list_add(ws_cstack_chunk *c)
{
	c->next = partial;
	partial = c;
	c->listed = true;
}

/* A chunk leaves the list when it fills up, mostly its head since stacks are taken from there,
 * or when it empties, once per chunk drained: the walk is short or rare. */
static void list_remove(ws_cstack_chunk *c)
{
	ws_cstack_chunk **p = &partial;
	while (*p != c) {
		p = &(*p)->next;
	}
	*p = c->next;
	c->listed = false;
}

static void guard(char *page)
{
#ifdef MADV_GUARD_INSTALL
	if (guard_works != 0) {
		guard_works = madvise(page, page_size(), MADV_GUARD_INSTALL) == 0;
	}
#else
	(void) page;
	guard_works = 0;
#endif
}

static ws_cstack_chunk *chunk_new(size_t size)
{
	size_t slot = size + page_size(); /* the guard page, then the stack */
	unsigned count = CHUNK_BYTES / slot > 0 ? (unsigned) (CHUNK_BYTES / slot) : 1;
	ws_cstack_chunk *c = malloc(sizeof(*c) + count * sizeof(ws_cstack));
	if (!c) {
		return NULL;
	}
	c->bytes = count * slot;
	c->base = mmap(NULL, c->bytes, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
	if (c->base == MAP_FAILED) {
		int e = errno;
		free(c);
		errno = e;
		return NULL;
	}
	c->size = size;
	c->count = count;
	c->used = 0;
	c->free = NULL;
	for (unsigned i = count; i-- > 0;) {
		ws_cstack *s = &c->stacks[i];
		s->chunk = c;
		s->lo = c->base + i * slot + page_size();
		s->next = c->free;
		c->free = s;
		guard(s->lo - page_size());
	}
	list_add(c);
	return c;
}

ws_cstack *ws_cstack_new(size_t size)
{
	size = (size + page_size() - 1) & ~(page_size() - 1);
	ws_cstack_chunk *c = partial;
	while (c && c->size != size) {
		c = c->next;
	}
	if (!c && spare && spare->size == size) {
		c = spare;
		spare = NULL;
		list_add(c);
	}
	if (!c && !(c = chunk_new(size))) {
		return NULL;
	}
	ws_cstack *s = c->free;
	c->free = s->next;
	if (++c->used == c->count) {
		list_remove(c);
	}
#ifdef VALGRIND_STACK_REGISTER
	s->vg_id = VALGRIND_STACK_REGISTER(s->lo, s->lo + size);
#endif
	return s;
}

void ws_cstack_free(ws_cstack *s)
{
	ws_cstack_chunk *c = s->chunk;
#ifdef VALGRIND_STACK_DEREGISTER
	VALGRIND_STACK_DEREGISTER(s->vg_id);
#endif
#ifdef ASAN_UNPOISON_MEMORY_REGION
	/* the frames of the coroutine that ran on it left poisoned red zones behind */
	ASAN_UNPOISON_MEMORY_REGION(s->lo, c->size);
#endif
	s->next = c->free;
	c->free = s;
	if (!c->listed) {
		list_add(c);
	}
	if (--c->used > 0) {
		return;
	}
	list_remove(c);
	if (!spare) {
		spare = c;
		return;
	}
	munmap(c->base, c->bytes);
	free(c);
}

void *ws_cstack_lo(const ws_cstack *s)
{
	return s->lo;
}

size_t ws_cstack_size(const ws_cstack *s)
{
	return s->chunk->size;
}

bool ws_cstack_guarded(void)
{
	return guard_works == 1;
}
