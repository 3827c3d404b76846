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
/* Whether a go() at the top level made a loop that has not run yet. */
bool wserver_event_loop_pending(void);
/* Drop that loop without running it: a server starts, and the timers it had moved into its
 * master (wserver_timer_to_master()); no coroutine may be live. */
void wserver_event_loop_drop(void);

#endif
