/* The one table of control signals. The numbers follow Workerman 4 (SPEC §3): SIGTERM is a
 * graceful stop, so that systemd, Docker and Kubernetes get a clean drain. Never calls PHP. */
#include "signals.h"

#include <signal.h>

const ws_signal ws_signals[WS_NSIGNALS] = {
    {SIGINT, WS_SIG_STOP, "stop"},
    {SIGTERM, WS_SIG_GRACEFUL_STOP, "graceful stop"},
    {SIGUSR1, WS_SIG_RELOAD, "reload"},
    {SIGQUIT, WS_SIG_GRACEFUL_RELOAD, "graceful reload"},
    {SIGUSR2, WS_SIG_STATUS, "status"},
    {SIGIO, WS_SIG_CONNECTIONS, "connections"},
    {SIGHUP, WS_SIG_REOPEN_LOG, "reopen log"},
};

ws_sig_action ws_signal_action(int signum)
{
	for (size_t i = 0; i < WS_NSIGNALS; i++) {
		if (ws_signals[i].signum == signum) {
			return ws_signals[i].action;
		}
	}
	return WS_SIG_NONE;
}

int ws_signal_of(ws_sig_action action)
{
	for (size_t i = 0; i < WS_NSIGNALS; i++) {
		if (ws_signals[i].action == action) {
			return ws_signals[i].signum;
		}
	}
	return 0;
}

const char *ws_signal_what(ws_sig_action action)
{
	for (size_t i = 0; i < WS_NSIGNALS; i++) {
		if (ws_signals[i].action == action) {
			return ws_signals[i].what;
		}
	}
	return "";
}
