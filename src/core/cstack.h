/* C stacks for coroutines, carved from shared mappings so that 100 000 of them do not each
 * cost mappings of their own (vm.max_map_count). Never calls PHP; one thread only. */
#ifndef WS_CORE_CSTACK_H
#define WS_CORE_CSTACK_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ws_cstack ws_cstack;

/* A stack of size usable bytes (rounded up to pages). NULL with errno when it cannot be
 * mapped. */
ws_cstack *ws_cstack_new(size_t size);
/* Give s back; its chunk is unmapped once none of its stacks is in use. */
void ws_cstack_free(ws_cstack *s);
/* The usable part of s: [lo, lo + size), the stack grows down from lo + size. */
void *ws_cstack_lo(const ws_cstack *s);
size_t ws_cstack_size(const ws_cstack *s);
/* Whether stacks get a guard page of their own below them (MADV_GUARD_INSTALL, Linux 6.13+);
 * false when the kernel lacks it: an overflow then runs into the stack below unseen. */
bool ws_cstack_guarded(void);

#endif
