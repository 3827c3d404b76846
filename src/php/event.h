/* WServer\Event and the loop a script outside any server gets for its coroutines: made by
 * Coroutine\run(), or by a go() at the top of the script and then run when the script ends
 * (event.c). */
#ifndef WSERVER_PHP_EVENT_H
#define WSERVER_PHP_EVENT_H

#include "php.h"

void wserver_event_minit(void);
/* Make the script's loop and run coroutines on it. implicit: a go() at the top level made it,
 * so it runs when the script ends (a shutdown function). false with an exception. */
bool wserver_event_loop_begin(const char *who, bool implicit);
/* Run the loop until every coroutine ended, then drop it. Returns whether they all ended by
 * themselves (false: some waited on nothing and were canceled); *exited: exit() was called in
 * one. */
bool wserver_event_loop_wait(bool *exited);
/* Run fn(arg) (loop context, no PHP needed) on the next loop round, in order with the
 * Event::defer() callbacks. Nothing happens without a loop. */
void wserver_event_defer(void (*fn)(void *arg), void *arg);
/* Whether Event keeps the loop busy (fds watched by add(), defer()s, a cycle()). */
bool wserver_event_has_work(void);
/* Stop the script's loop when nothing is left to run on it. */
void wserver_event_maybe_done(void);
/* The descriptor of an Event::add() argument: an int, a stream or socket resource, or an
 * object with an int $fd; -1 with a warning otherwise. */
int wserver_event_fd_of(zval *sock);
/* Whether a go() at the top level made a loop that has not run yet. */
bool wserver_event_loop_pending(void);
/* Drop that loop without running it: a server starts, and the timers it had moved into its
 * master (wserver_timer_to_master()); no coroutine may be live. */
void wserver_event_loop_drop(void);

#endif
