/* What each control signal means (SPEC §3), once: the CLI sends by it, the master, the manager
 * and each worker act by it. */
#ifndef WS_CORE_SIGNALS_H
#define WS_CORE_SIGNALS_H

#include <stdbool.h>
#include <stddef.h>

typedef enum ws_sig_action {
	WS_SIG_NONE = 0, /* not a control signal */
	WS_SIG_STOP,
	WS_SIG_GRACEFUL_STOP,
	WS_SIG_RELOAD,
	WS_SIG_GRACEFUL_RELOAD,
	WS_SIG_STATUS,
	WS_SIG_CONNECTIONS,
	WS_SIG_REOPEN_LOG,
} ws_sig_action;

typedef struct ws_signal {
	int signum;
	ws_sig_action action;
	const char *what; /* in words, for the log: "graceful stop" */
} ws_signal;

/* The control signals, one row each. */
#define WS_NSIGNALS 7
extern const ws_signal ws_signals[WS_NSIGNALS];

/* The action signum carries; WS_SIG_NONE for any other signal. Signal-safe. */
ws_sig_action ws_signal_action(int signum);
/* The signal that carries action (0 for WS_SIG_NONE). Signal-safe. */
int ws_signal_of(ws_sig_action action);
/* The action in words ("reload"); "" for WS_SIG_NONE. */
const char *ws_signal_what(ws_sig_action action);

static inline bool ws_sig_is_stop(ws_sig_action a)
{
	return a == WS_SIG_STOP || a == WS_SIG_GRACEFUL_STOP;
}

static inline bool ws_sig_is_reload(ws_sig_action a)
{
	return a == WS_SIG_RELOAD || a == WS_SIG_GRACEFUL_RELOAD;
}

static inline bool ws_sig_is_graceful(ws_sig_action a)
{
	return a == WS_SIG_GRACEFUL_STOP || a == WS_SIG_GRACEFUL_RELOAD;
}

#endif
