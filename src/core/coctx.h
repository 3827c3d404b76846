/* Machine contexts for coroutines: the registers a C function must keep, saved on the stack
 * being left, so that a switch costs a handful of instructions and no system call. Written
 * for x86_64 and aarch64 (ELF); elsewhere ucontext (swapcontext()) does it, slower. Never
 * calls PHP; one thread only. */
#ifndef WS_CORE_COCTX_H
#define WS_CORE_COCTX_H

#include <stdbool.h>
#include <stddef.h>

#if !defined(__ELF__) || !(defined(__x86_64__) || defined(__aarch64__))
#define WS_COCTX_UCONTEXT 1
#endif
#ifdef WS_COCTX_UCONTEXT
#include <ucontext.h>
#endif

typedef struct ws_coctx {
#ifdef WS_COCTX_UCONTEXT
	ucontext_t uc;
#else
	void *sp; /* where its registers are, while switched out */
#endif
	void (*fn)(void *); /* what a context made by ws_coctx_make() runs */
	void *arg;
	const void *stack_lo; /* its stack, for AddressSanitizer (which learns the bounds of */
	size_t stack_size;    /* a stack it did not make on the first switch away from it) */
} ws_coctx;

/* Make ctx run fn(arg) on the stack [lo, lo + size) when first switched to. fn must never
 * return: it ends with ws_coctx_switch(ctx, ..., true). */
void ws_coctx_make(ws_coctx *ctx, void *lo, size_t size, void (*fn)(void *), void *arg);
/* Save the running context in from and run to (made, or saved by an earlier switch). Returns
 * when a switch to from is made. ending: from is never switched to again, so the call does not
 * return and its stack may be freed once to runs. */
void ws_coctx_switch(ws_coctx *from, ws_coctx *to, bool ending);

#endif
