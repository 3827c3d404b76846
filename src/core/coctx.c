/* Machine contexts for coroutines. ws_coctx_jump(&from->sp, to->sp) pushes the registers the
 * C calling convention says a callee keeps (x86_64 SysV: rbx, rbp, r12-r15, the SSE and x87
 * control words; aarch64 AAPCS64: x19-x30, d8-d15) on the running stack, stores the stack
 * pointer, loads to's and pops to's registers: its "ret" returns where to had called
 * ws_coctx_jump. A new context gets a stack laid out as if it had called it, and "returns"
 * into ws_coctx_entry, which calls coctx_boot(). */
#include "coctx.h"

#include <stdint.h>
#include <stdlib.h>

#if defined(__SANITIZE_ADDRESS__)
#define WS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WS_ASAN 1
#endif
#endif
#ifdef WS_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

/* The context being left and the one being entered, by the switch under way: the entered one
 * learns from them who it runs for (AddressSanitizer) and, when new, what to run. */
static ws_coctx *switch_from, *switch_to;

static void coctx_arrived(void *fake_stack)
{
#ifdef WS_ASAN
	__sanitizer_finish_switch_fiber(fake_stack, &switch_from->stack_lo, &switch_from->stack_size);
#else
	(void) fake_stack;
#endif
}

/* The first code of a new context. */
static void coctx_boot(void)
{
	ws_coctx *self = switch_to;
	coctx_arrived(NULL);
	self->fn(self->arg);
	abort(); /* fn must switch away for good instead of returning */
}

#ifndef WS_COCTX_UCONTEXT

void ws_coctx_jump(void **save_sp, void *sp) __attribute__((visibility("hidden")));
void ws_coctx_entry(void) __attribute__((visibility("hidden")));

#if defined(__x86_64__)
__asm__(".text\n"
        ".p2align 4\n"
        ".globl ws_coctx_jump\n"
        ".hidden ws_coctx_jump\n"
        ".type ws_coctx_jump,@function\n"
        "ws_coctx_jump:\n"
        "	pushq %rbp\n"
        "	pushq %rbx\n"
        "	pushq %r12\n"
        "	pushq %r13\n"
        "	pushq %r14\n"
        "	pushq %r15\n"
        "	subq $8, %rsp\n"
        "	stmxcsr (%rsp)\n"
        "	fnstcw 4(%rsp)\n"
        "	movq %rsp, (%rdi)\n"
        "	movq %rsi, %rsp\n"
        "	ldmxcsr (%rsp)\n"
        "	fldcw 4(%rsp)\n"
        "	addq $8, %rsp\n"
        "	popq %r15\n"
        "	popq %r14\n"
        "	popq %r13\n"
        "	popq %r12\n"
        "	popq %rbx\n"
        "	popq %rbp\n"
        "	ret\n"
        ".size ws_coctx_jump,.-ws_coctx_jump\n"
        ".p2align 4\n"
        ".globl ws_coctx_entry\n"
        ".hidden ws_coctx_entry\n"
        ".type ws_coctx_entry,@function\n"
        "ws_coctx_entry:\n"
        "	callq *%r12\n"
        "	ud2\n"
        ".size ws_coctx_entry,.-ws_coctx_entry\n"
        ".section .note.GNU-stack,\"\",@progbits\n"
        ".text\n");

/* The frame ws_coctx_jump pops: control words (MXCSR and the x87 control word, here at their
 * power-on values), r15, r14, r13, r12 (what ws_coctx_entry calls), rbx, rbp, return address */
enum { FRAME_WORDS = 8, FRAME_CALLS = 4, FRAME_RET = 7 };
#define FRAME_WORD0 0x037F00001F80u

#elif defined(__aarch64__)
__asm__(".text\n"
        ".p2align 4\n"
        ".globl ws_coctx_jump\n"
        ".hidden ws_coctx_jump\n"
        ".type ws_coctx_jump,%function\n"
        "ws_coctx_jump:\n"
        "	sub sp, sp, #160\n"
        "	stp d8, d9, [sp, #0]\n"
        "	stp d10, d11, [sp, #16]\n"
        "	stp d12, d13, [sp, #32]\n"
        "	stp d14, d15, [sp, #48]\n"
        "	stp x19, x20, [sp, #64]\n"
        "	stp x21, x22, [sp, #80]\n"
        "	stp x23, x24, [sp, #96]\n"
        "	stp x25, x26, [sp, #112]\n"
        "	stp x27, x28, [sp, #128]\n"
        "	stp x29, x30, [sp, #144]\n"
        "	mov x9, sp\n"
        "	str x9, [x0]\n"
        "	mov sp, x1\n"
        "	ldp d8, d9, [sp, #0]\n"
        "	ldp d10, d11, [sp, #16]\n"
        "	ldp d12, d13, [sp, #32]\n"
        "	ldp d14, d15, [sp, #48]\n"
        "	ldp x19, x20, [sp, #64]\n"
        "	ldp x21, x22, [sp, #80]\n"
        "	ldp x23, x24, [sp, #96]\n"
        "	ldp x25, x26, [sp, #112]\n"
        "	ldp x27, x28, [sp, #128]\n"
        "	ldp x29, x30, [sp, #144]\n"
        "	add sp, sp, #160\n"
        "	ret\n"
        ".size ws_coctx_jump,.-ws_coctx_jump\n"
        ".p2align 4\n"
        ".globl ws_coctx_entry\n"
        ".hidden ws_coctx_entry\n"
        ".type ws_coctx_entry,%function\n"
        "ws_coctx_entry:\n"
        "	blr x19\n"
        "	brk #0\n"
        ".size ws_coctx_entry,.-ws_coctx_entry\n"
        ".section .note.GNU-stack,\"\",%progbits\n"
        ".text\n");

/* The frame ws_coctx_jump pops: d8-d15, x19 (what ws_coctx_entry calls) to x28, x29 (frame
 * pointer), x30 (return address) */
enum { FRAME_WORDS = 20, FRAME_CALLS = 8, FRAME_RET = 19 };
#define FRAME_WORD0 0
#endif

void ws_coctx_make(ws_coctx *ctx, void *lo, size_t size, void (*fn)(void *), void *arg)
{
	/* 16-byte aligned top: the call in ws_coctx_entry then gives coctx_boot the alignment
	 * the ABI promises at a function's entry */
	uintptr_t top = ((uintptr_t) lo + size) & ~(uintptr_t) 15;
	uintptr_t *frame = (uintptr_t *) top - FRAME_WORDS;
	for (int i = 0; i < FRAME_WORDS; i++) {
		frame[i] = 0;
	}
	frame[0] = FRAME_WORD0;
	frame[FRAME_CALLS] = (uintptr_t) coctx_boot;
	frame[FRAME_RET] = (uintptr_t) ws_coctx_entry;
	ctx->sp = frame;
	ctx->fn = fn;
	ctx->arg = arg;
	ctx->stack_lo = lo;
	ctx->stack_size = size;
}

static void coctx_jump(ws_coctx *from, ws_coctx *to)
{
	ws_coctx_jump(&from->sp, to->sp);
}

#else /* ucontext */

void ws_coctx_make(ws_coctx *ctx, void *lo, size_t size, void (*fn)(void *), void *arg)
{
	if (getcontext(&ctx->uc) != 0) {
		abort();
	}
	ctx->uc.uc_stack.ss_sp = lo;
	ctx->uc.uc_stack.ss_size = size;
	ctx->uc.uc_link = NULL;
	makecontext(&ctx->uc, coctx_boot, 0);
	ctx->fn = fn;
	ctx->arg = arg;
	ctx->stack_lo = lo;
	ctx->stack_size = size;
}

static void coctx_jump(ws_coctx *from, ws_coctx *to)
{
	swapcontext(&from->uc, &to->uc);
}
#endif

void ws_coctx_switch(ws_coctx *from, ws_coctx *to, bool ending)
{
	void *fake_stack = NULL;
#ifdef WS_ASAN
	__sanitizer_start_switch_fiber(ending ? NULL : &fake_stack, to->stack_lo, to->stack_size);
#endif
	switch_from = from;
	switch_to = to;
	coctx_jump(from, to);
	if (ending) {
		abort(); /* an ended context was switched to */
	}
	coctx_arrived(fake_stack);
}
